#!/usr/bin/env bash
# Side-by-side routing on the same seeded grid: Caravan vs QuikGraph (in-process) vs NetworkX
# (Debian python3-networkx, run with /usr/bin/python3 on shared/peers/nx_dij.py).
# Usage: benchmarks/peers/routing.sh [nodes ...]   (default 250000). Prints Markdown tables.
# QuikGraph's Yen takes minutes on 250k nodes; set NO_QUIKGRAPH_YEN=1 to skip it.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
script="${NX_DIJ:-$root/../shared/peers/nx_dij.py}"
[ -f "$script" ] || script=/work/shared/peers/nx_dij.py
if ! /usr/bin/python3 -c 'import networkx' 2>/dev/null; then
  echo "NetworkX missing: apt-get install -y python3-networkx" >&2
fi
dotnet build -c Release "$root/benchmarks/Caravan.Benchmarks" -v q --nologo >/dev/null
extra=()
[ "${NO_QUIKGRAPH_YEN:-0}" = 1 ] && extra+=(--no-quikgraph-yen)
for n in "${@:-250000}"; do
  dotnet "$root/benchmarks/Caravan.Benchmarks/bin/Release/net10.0/Caravan.Benchmarks.dll" peers-routing "$n" "$script" "${extra[@]}"
done
