# Sourced by bench/validate-instructions.sh and bench/validate-scaling.sh, with their arguments: the repository as the
# working directory, LARGE (the first argument, default 10,000 customers), NATIVE (a native mssp-tui, default the
# publish folder's), a temporary folder $work removed on exit, and generate_registries, which writes $work/small.yaml
# (10 customers) and $work/large.yaml (LARGE customers).
cd "$(dirname "${BASH_SOURCE[0]}")/.."
LARGE=${1:-10000}
NATIVE=${NATIVE:-publish/linux-x64/mssp-tui}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

generate_registries() {
  dotnet run -c Release --project bench/MsspTui.Benchmarks -- generate 10 "$work/small.yaml" >/dev/null
  dotnet run -c Release --project bench/MsspTui.Benchmarks -- generate "$LARGE" "$work/large.yaml" >/dev/null
}
