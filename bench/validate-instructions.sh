#!/usr/bin/env bash
# Instructions, not seconds: `validate` of 10 customers and of LARGE_N (default 10,000) by the native build, counted by
# valgrind's callgrind (user-space instructions of the whole process, all threads). On a shared VM wall time varies by
# half between runs; these counts repeat within 0.3%, so they show what a change to the checks did. They leave out the
# kernel (page faults, reading the file) and how well two threads overlap: bench/validate-scaling.sh measures time.
# Usage: bench/validate-instructions.sh [LARGE_N]   (env: NATIVE=path to a native mssp-tui)
set -euo pipefail
source "$(dirname "$0")/validate-registries.sh"

command -v valgrind >/dev/null || { echo "valgrind is needed (apt-get install valgrind)" >&2; exit 2; }
[ -x "$NATIVE" ] || { echo "$NATIVE not found; run: dotnet publish src/MsspTui/MsspTui.csproj -c Release -r linux-x64 -o publish/linux-x64" >&2; exit 2; }

generate_registries

# count FILE: the instructions of one `validate --registry FILE` (valgrind's "I refs").
count() {
  valgrind --tool=callgrind --callgrind-out-file="$work/callgrind.out" "$NATIVE" validate --registry "$1" 2>&1 >/dev/null |
    sed -n 's/.*I *refs: *//p' | tr -d ','
}

small=$(count "$work/small.yaml")
large=$(count "$work/large.yaml")
echo "validate 10 = $small instructions, validate $LARGE = $large instructions;" \
  "$(( (large - small) / (LARGE - 10) )) instructions a customer beyond the first 10"
