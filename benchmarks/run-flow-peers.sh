#!/usr/bin/env bash
# Min-cost flow side by side on the same DIMACS files: Caravan's adapter (its network simplex, OR-Tools' MinCostFlow and
# the LP backends), LEMON's network simplex (liblemon-utils) and NetworkX (python3-networkx).
# Usage: benchmarks/run-flow-peers.sh [sizes...]   sizes: 2k (multi-commodity LP) 5k 50k 100k 200k 500k (default 5k 50k)
# Needs: /usr/bin/dimacs-solver, /usr/bin/python3 with networkx, ../shared/peers (or PEERS=dir).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
peers="${PEERS:-$root/../shared/peers}"
out="${OUT:-$root/artifacts/flow-peers}"
mkdir -p "$out"
sizes=("${@:-5k 50k}")
[[ $# -eq 0 ]] && sizes=(5k 50k)
dotnet build -c Release "$root/benchmarks/Caravan.Benchmarks" -v q >/dev/null
bench="$root/benchmarks/Caravan.Benchmarks/bin/Release/net10.0/Caravan.Benchmarks.dll"
for size in "${sizes[@]}"; do
  case "$size" in
    2k) n=2000; m=8000; k=20 ;;
    5k) n=5000; m=20000; k=50 ;;
    50k) n=50000; m=200000; k=200 ;;
    100k) n=100000; m=400000; k=250 ;;
    200k) n=200000; m=800000; k=350 ;;
    500k) n=500000; m=2000000; k=500 ;;
    *) echo "unknown size $size" >&2; exit 2 ;;
  esac
  file="$out/mcf-$size.min"
  [[ -f "$file" ]] || /usr/bin/python3 "$peers/genmcf.py" "$n" "$m" "$k" "$file"
  echo "== $size: $file"
  extra=()
  [[ "$size" == 2k ]] && extra=(--commodities 5 --lp-limit 60)
  [[ "$size" == 5k ]] && extra=(--lp-file-max-nodes 5000 --lp-limit 60)
  [[ "$size" == 50k ]] && extra=(--lp-file-max-nodes 50000 --lp-limit 60)
  dotnet "$bench" flow-peers "${extra[@]}" "$file"
  for run in 1 2 3; do
    echo "  LEMON run $run: $(/usr/bin/dimacs-solver "$file" 2>&1 | grep -E '^(Setup|Run)' | tr '\n' ' ')"
  done
  if [[ "$size" == 5k || "$size" == 50k || "$size" == 2k ]]; then
    echo "  $(/usr/bin/python3 "$peers/nx_mcf.py" "$file")"
  fi
done
