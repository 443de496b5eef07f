#!/usr/bin/env bash
# `validate` of 10 customers against 10,000 (the issue's bound: 10k <= 2x the time of 10), whole process, side by side
# in one hyperfine run, for the JIT build and, if present, the native (AOT) build. Prints the medians and the ratio.
# Usage: bench/validate-scaling.sh [LARGE_N]   (env: RUNS=10, NATIVE=path to a native mssp-tui,
#        JIT_DLL=path to mssp-tui.dll; build first: dotnet build src/MsspTui -c Release)
set -euo pipefail
source "$(dirname "$0")/validate-registries.sh"
RUNS=${RUNS:-10}
JIT_DLL=${JIT_DLL:-src/MsspTui/bin/Release/net10.0/mssp-tui.dll}

command -v hyperfine >/dev/null || { echo "hyperfine is needed (apt-get install hyperfine)" >&2; exit 2; }
[ -f "$JIT_DLL" ] || { echo "$JIT_DLL not found; run: dotnet build src/MsspTui -c Release" >&2; exit 2; }

generate_registries
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), load $(cut -d' ' -f1-3 /proc/loadavg)"

# run LABEL COMMAND...: hyperfine on COMMAND --registry small vs large; prints both medians and large/small.
run() {
  local label=$1; shift
  local cmd="$*"
  hyperfine --warmup 2 --runs "$RUNS" -N --export-json "$work/$label.json" \
    -n "$label 10" "$cmd validate --registry $work/small.yaml" \
    -n "$label $LARGE" "$cmd validate --registry $work/large.yaml" >/dev/null
  jq -r --arg name "$label" --arg large "$LARGE" '
    .results as $r
    | ($r[0].median * 1000) as $small | ($r[1].median * 1000) as $big
    | "\($name): validate 10 = \($small | floor) ms, validate \($large) = \($big | floor) ms (medians of \($r[0].times | length)), ratio \((($big / $small) * 100 | round) / 100)"' \
    "$work/$label.json"
}

run jit dotnet "$JIT_DLL"
if [ -x "$NATIVE" ]; then run native "$NATIVE"; else echo "native: $NATIVE not found (dotnet publish src/MsspTui/MsspTui.csproj -c Release -r linux-x64 -o publish/linux-x64)"; fi
