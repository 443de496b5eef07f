#!/usr/bin/env bash
# Side-by-side in tmux, in one run: launch -> first frame with N customers, and keystrokes -> one result,
# for fzf (on the same names) and mssp-tui. Usage: bench/first-frame.sh [N] [MSSP_TUI_COMMAND...]
# Default command: the native build at publish/linux-x64/mssp-tui (see docs/performance.md), else `dotnet mssp-tui.dll`.
# JIT=1 also measures the JIT build (`dotnet src/MsspTui/bin/Release/net10.0/mssp-tui.dll`; build it first) in the
# same run. Needs tmux and fzf. Prints one line per measurement (median of RUNS runs, milliseconds, ratio to fzf).
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-10000}; shift || true
RUNS=${RUNS:-5}
QUERY=${QUERY:-"Humongous Manufacturing 9999"}   # only customer 9999 of N>=10000 has it (index 15 of 24 first words, 0 of 16 second words, four 9s)
work=$(mktemp -d)
trap 'tmux kill-server -L mssp-bench 2>/dev/null || true; rm -rf "$work"' EXIT

if [ $# -gt 0 ]; then mssp=("$@")
elif [ -x publish/linux-x64/mssp-tui ]; then mssp=("$PWD/publish/linux-x64/mssp-tui")
else mssp=(dotnet "$PWD/src/MsspTui/bin/Release/net10.0/mssp-tui.dll"); fi

dotnet run -c Release --project bench/MsspTui.Benchmarks -- generate "$N" "$work/customers.yaml" "$work/names.txt" >/dev/null

now_ms() { date +%s%3N; }
tm() { tmux -L mssp-bench "$@"; }

# wait_for REGEX: poll the pane until it shows REGEX; prints the elapsed ms since $start.
wait_for() {
  local deadline=$(( $(now_ms) + 30000 ))
  while ! tm capture-pane -p -t bench 2>/dev/null | grep -Eq -- "$1"; do
    [ "$(now_ms)" -gt "$deadline" ] && { echo "timeout waiting for /$1/" >&2; tm capture-pane -p -t bench >&2 || true; return 1; }
    sleep 0.002
  done
  echo $(( $(now_ms) - start ))
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

measure() { # name, ready-regex, one-result-regex, command...
  local name=$1 ready=$2 found=$3; shift 3
  local first=() typed=()
  for _ in $(seq "$RUNS"); do
    tm kill-server 2>/dev/null || true
    start=$(now_ms)
    tm new-session -d -s bench -x 120 -y 40 "$*"
    first+=("$(wait_for "$ready")")
    start=$(now_ms)
    tm send-keys -t bench -l "$QUERY"
    typed+=("$(wait_for "$found")")
    tm kill-server 2>/dev/null || true
  done
  local f t
  f=$(printf '%s\n' "${first[@]}" | median)
  t=$(printf '%s\n' "${typed[@]}" | median)
  if [ "$name" = fzf ]; then fzf_first=$f; fzf_typed=$t; fi
  printf '%-10s N=%-7s first frame %5s ms (%4s x fzf)   query "%s" -> one result %5s ms (%4s x fzf)\n' "$name" "$N" \
    "$f" "$(ratio "$f" "$fzf_first")" "$QUERY" "$t" "$(ratio "$t" "$fzf_typed")"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", (b > 0 ? a / b : 0) }'; }

measure fzf " $N/$N" " 1/$N" "fzf < '$work/names.txt'"
measure mssp-tui " $N/$N" " 1/$N" "MSSP_TUI_STATE_DIR='$work/state' ${mssp[*]} --registry '$work/customers.yaml'"
if [ "${JIT:-0}" = 1 ]; then
  measure mssp-jit " $N/$N" " 1/$N" "MSSP_TUI_STATE_DIR='$work/state' dotnet '$PWD/src/MsspTui/bin/Release/net10.0/mssp-tui.dll' --registry '$work/customers.yaml'"
fi
