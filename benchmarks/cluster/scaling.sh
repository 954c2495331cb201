#!/usr/bin/env bash
# Replications per second of the flagship simulation, local (all cores) against a cluster of silos
# started by 'caravan cluster up' on the same machine. For each silo count the local and the cluster
# runs alternate (local, cluster, local, cluster, ...) so both see the same background load, and the
# best of each is reported. The wall time is the manifest's: the run only, no process start and no
# cluster connection. Build first: dotnet build src/Caravan.Cli -c Release. Usage:
#   [NODES="1 2 3"] benchmarks/cluster/scaling.sh [RUNS] [REPEATS]
set -euo pipefail
RUNS=${1:-800}
REPEATS=${2:-3}
CARAVAN=${CARAVAN:-src/Caravan.Cli/bin/Release/net10.0/caravan}
ARGS=(simulate --commodity gallium --commodity u3o8 --runs "$RUNS" --seed 3 --format json)
wall() { python3 -c 'import json,sys; print(json.load(sys.stdin)["manifest"]["wallTimeSeconds"])'; }
best() { python3 -c "import sys; w=sorted(map(float,sys.argv[1:])); print(f'{w[0]:.2f}')" "$@"; }

echo "runs $RUNS, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
for nodes in ${NODES:-1 2 3}; do
  "$CARAVAN" cluster up --nodes "$nodes" >/dev/null 2>&1 &
  up=$!
  gateways=$(seq -s, -f 'localhost:%g' 30000 $((30000 + nodes - 1)))
  sleep 8
  "$CARAVAN" simulate --runs 16 --cluster "$gateways" --format json >/dev/null   # the silos' first run: JIT
  locals=(); clusters=()
  for _ in $(seq "$REPEATS"); do
    locals+=("$("$CARAVAN" "${ARGS[@]}" | wall)")
    clusters+=("$("$CARAVAN" "${ARGS[@]}" --cluster "$gateways" | wall)")
  done
  l=$(best "${locals[@]}"); c=$(best "${clusters[@]}")
  python3 -c "l,c=$l,$c; print(f'$nodes silo(s): local {l:.2f} s ({$RUNS/l:.1f}/s), cluster {c:.2f} s ({$RUNS/c:.1f}/s), cluster/local {c/l:.3f}  [local ${locals[*]}; cluster ${clusters[*]}]')"
  kill -TERM "$up"; wait "$up" 2>/dev/null || true
done
