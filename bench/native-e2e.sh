#!/usr/bin/env bash
# Publishes the native (AOT) mssp-tui and runs the end-to-end suite against it (validate, url, open, drift against
# the fake Graph server, the picker in tmux): the JIT build is what `dotnet test` checks; this checks the binary
# users get.
# Usage: bench/native-e2e.sh [RID]   (default linux-x64; skip the publish with SKIP_PUBLISH=1)
# Needs the .NET 10 SDK, the native toolchain Native AOT needs (clang or gcc, zlib headers), and tmux for the picker.
set -euo pipefail
cd "$(dirname "$0")/.."
rid=${1:-linux-x64}
out="$PWD/publish/$rid"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if [ "${SKIP_PUBLISH:-0}" != 1 ]; then
  log=$(mktemp)
  dotnet publish src/MsspTui/MsspTui.csproj -c Release -r "$rid" -o "$out" | tee "$log"
  # Trim/AOT analysis warnings (ILxxxx) fail the check; NuGet's NU1603 (a nearby package version was resolved
  # because the feed lacks the exact one) is about restore, not about the native build.
  if grep -E 'warning IL[0-9]{4}' "$log"; then
    echo "native-e2e: the publish reported trim/AOT warnings (above)" >&2
    exit 1
  fi
  rm -f "$log"
fi

exe="$out/mssp-tui"
[ -x "$exe" ] || { echo "native-e2e: $exe not found" >&2; exit 1; }
MSSP_TUI_EXE="$exe" dotnet test tests/MsspTui.EndToEnd.Tests -c Release --logger "console;verbosity=normal"
