#!/usr/bin/env bash
# Replications per second of the flagship simulation: local (all cores) against a cluster of
# 1, 2 and 3 silos started by 'caravan cluster up' on the same machine. The wall time is the
# manifest's (the run only: no process start, no cluster connection). Usage:
#   benchmarks/cluster/scaling.sh [RUNS] [REPEATS]     (build first: dotnet build src/Caravan.Cli -c Release)
set -euo pipefail
RUNS=${1:-800}
REPEATS=${2:-2}
CARAVAN=${CARAVAN:-src/Caravan.Cli/bin/Release/net10.0/caravan}
ARGS=(simulate --commodity gallium --commodity u3o8 --runs "$RUNS" --seed 3 --format json)
wall() { python3 -c 'import json,sys; print(json.load(sys.stdin)["manifest"]["wallTimeSeconds"])'; }
report() { python3 -c "import sys; w=sorted(map(float,sys.argv[2:])); print(f'$1: best {w[0]:.2f} s of {len(w)}, {$RUNS/w[0]:.1f} replications/s')" "$@"; }

times=(); for _ in $(seq "$REPEATS"); do times+=("$("$CARAVAN" "${ARGS[@]}" | wall)"); done
report "local, $(nproc) cores" "${times[@]}"
for nodes in 1 2 3; do
  "$CARAVAN" cluster up --nodes "$nodes" >/dev/null 2>&1 &
  up=$!
  gateways=$(seq -s, -f 'localhost:%g' 30000 $((30000 + nodes - 1)))
  sleep 8
  "$CARAVAN" simulate --runs 16 --cluster "$gateways" --format json >/dev/null   # warm the silos (JIT, dataset)
  times=(); for _ in $(seq "$REPEATS"); do times+=("$("$CARAVAN" "${ARGS[@]}" --cluster "$gateways" | wall)"); done
  report "cluster, $nodes silo(s)" "${times[@]}"
  kill -TERM "$up"; wait "$up" 2>/dev/null || true
done
