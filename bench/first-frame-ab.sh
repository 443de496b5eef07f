#!/usr/bin/env bash
# Launch -> first frame in tmux for fzf and one or more mssp-tui builds, one launch of each in turn (so the machine's
# drift, which is large on a shared VM, hits all of them alike), on the same generated names. Prints the median,
# first and third quartile per command. Usage: bench/first-frame-ab.sh [N] MSSP_TUI_BINARY...
# RUNS launches each (default 21). COLD=1 appends a comment to the registry before every mssp-tui launch, so each
# one is a start-up cache miss (the first start after a registry change). Needs tmux and fzf.
set -euo pipefail
N=${1:-10000}; shift || true
binaries=()
for binary in "$@"; do binaries+=("$(realpath "$binary")"); done
cd "$(dirname "$0")/.."
[ ${#binaries[@]} -gt 0 ] || binaries=("$PWD/publish/linux-x64/mssp-tui")
RUNS=${RUNS:-21}
work=$(mktemp -d)
trap 'tmux kill-server -L mssp-ab 2>/dev/null || true; rm -rf "$work"' EXIT
dotnet run -c Release --project bench/MsspTui.Benchmarks -- generate "$N" "$work/customers.yaml" "$work/names.txt" >/dev/null

now_ms() { date +%s%3N; }
tm() { tmux -L mssp-ab "$@"; }

# launch COMMAND: ms from starting tmux until the pane shows all N items.
launch() {
  tm kill-server 2>/dev/null || true
  local start deadline
  start=$(now_ms); deadline=$(( start + 30000 ))
  tm new-session -d -s ab -x 120 -y 40 "$1"
  while ! tm capture-pane -p -t ab 2>/dev/null | grep -q -- " $N/$N"; do
    [ "$(now_ms)" -gt "$deadline" ] && { echo "timeout: $1" >&2; tm capture-pane -p -t ab >&2 || true; exit 1; }
    sleep 0.002
  done
  echo $(( $(now_ms) - start ))
  tm kill-server 2>/dev/null || true
}

commands=("fzf < '$work/names.txt'")
for binary in "${binaries[@]}"; do commands+=("MSSP_TUI_STATE_DIR='$work/state' '$binary' --registry '$work/customers.yaml'"); done
# One untimed launch each: the first start on a new registry writes its cache entry (unless every launch is cold).
[ "${COLD:-0}" = 1 ] || for command in "${commands[@]}"; do launch "$command" >/dev/null; done
declare -a times
for run in $(seq "$RUNS"); do
  for i in "${!commands[@]}"; do
    if [ "${COLD:-0}" = 1 ] && [ "$i" -gt 0 ]; then echo "# run $run, command $i" >> "$work/customers.yaml"; fi
    times[i]="${times[i]:-} $(launch "${commands[i]}")"
  done
done

for i in "${!commands[@]}"; do
  name=fzf; [ "$i" -gt 0 ] && name=${binaries[i-1]}
  printf '%s\n' ${times[i]} | sort -n | awk -v name="$name" -v n="$N" -v runs="$RUNS" \
    '{a[NR]=$1} END {printf "%-45s N=%-7s first frame median %4d ms  (quartiles %d-%d, %d launches)\n", name, n, a[int((NR+1)/2)], a[int((NR+3)/4)], a[int((3*NR+3)/4)], runs}'
done
