#!/usr/bin/env bash
# Equilibrium assignment side by side with tap-b (Algorithm B in C, github.com/spartalab/tap-b,
# Boyles et al.) on the same TNTP files: Chicago-Sketch to a relative gap of 1e-6, Austin to 1e-4.
# Caravan runs on 1 and 2 threads, tap-b serial and parallel; each configuration RUNS times
# (default 3), interleaved, and the medians and their ratios are printed.
# Usage: benchmarks/run-assign-peers.sh [TNTP_DIR]   (default ../shared/data/tntp from the repository)
# Env:   RUNS=3  NETWORKS="chicago austin"  TAPB=../shared/peers/tap-b/run.sh
# Times: "solve" is what each tool reports for its iterations — Caravan's includes building the
# first bushes and measuring the gap each iteration, tap-b's excludes both, so that ratio is
# conservative for Caravan; "wall" is the whole process (read, set-up, solve) for both.
# Austin has 1,157 zone pairs no path joins; both tools get a trip table without them (tap-b would
# otherwise route them over 99,999-cost artificial links, inflating its TSTT and so its gap's
# denominator).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
tntp="$(cd "${1:-$root/../shared/data/tntp}" && pwd)"
tapb="${TAPB:-$root/../shared/peers/tap-b/run.sh}"
runs="${RUNS:-3}"
out="${OUT:-$root/artifacts/assign-peers}"
mkdir -p "$out"
dotnet build -c Release "$root/benchmarks/Caravan.Benchmarks" -v q >/dev/null
bench="$root/benchmarks/Caravan.Benchmarks/bin/Release/net10.0/Caravan.Benchmarks.dll"

median() { grep -v '^$' | sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "nan"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
now() { date +%s.%N; }

# caravan THREADS NET TRIPS GAP -> "solve wall iterations gap"
caravan() {
  local start line end
  start=$(now)
  line=$(dotnet "$bench" assign-peers "$2" "$3" "$4" "$1" 1 | grep '^caravan run')
  end=$(now)
  echo "$(sed -E 's/.*solve ([0-9.]+) s.*/\1/' <<<"$line") $(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }') \
$(sed -E 's/.* ([0-9]+) iterations.*/\1/' <<<"$line") $(sed -E 's/.*gap ([0-9.E+-]+),.*/\1/' <<<"$line")"
}

# tapb KIND NET TRIPS GAP -> "solve wall iterations gap"
tapb() {
  local start log end last
  start=$(now)
  log=$("$tapb" "$2" "$3" "$4" 3600 "$1" 2>&1)
  end=$(now)
  last=$(grep '^Iteration' <<<"$log" | tail -1)
  echo "$(sed -E 's/.*time ([0-9.]+),.*/\1/' <<<"$last") $(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }') \
$(sed -E 's/^Iteration ([0-9]+):.*/\1/' <<<"$last") $(sed -E 's/.*gap ([0-9.]+),.*/\1/' <<<"$last")"
}

compare() {
  local name=$1 net=$2 trips=$3 gap=$4
  echo "== $name to relative gap $gap ($runs runs each; load average before: $(cut -d' ' -f1-3 /proc/loadavg))"
  local configs=("caravan 1" "caravan 2" "tapb serial" "tapb parallel")
  declare -A solve wall iters gaps
  for run in $(seq "$runs"); do
    for config in "${configs[@]}"; do
      read -r s w i g < <($config "$net" "$trips" "$gap")
      solve[$config]+="$s"$'\n'; wall[$config]+="$w"$'\n'; iters[$config]=$i; gaps[$config]=$g
      echo "  run $run $config: solve $s s, wall $w s, $i iterations, gap $g"
    done
  done
  for config in "${configs[@]}"; do
    printf '  median %-15s solve %8.3f s  wall %8.3f s  (%s iterations, gap %s)\n' "$config" \
      "$(median <<<"${solve[$config]}")" "$(median <<<"${wall[$config]}")" "${iters[$config]}" "${gaps[$config]}"
  done
  local c1 c2 ts tp w1 w2 wts wtp
  c1=$(median <<<"${solve[caravan 1]}"); c2=$(median <<<"${solve[caravan 2]}")
  ts=$(median <<<"${solve[tapb serial]}"); tp=$(median <<<"${solve[tapb parallel]}")
  w1=$(median <<<"${wall[caravan 1]}"); w2=$(median <<<"${wall[caravan 2]}")
  wts=$(median <<<"${wall[tapb serial]}"); wtp=$(median <<<"${wall[tapb parallel]}")
  awk -v c1="$c1" -v c2="$c2" -v ts="$ts" -v tp="$tp" -v w1="$w1" -v w2="$w2" -v wts="$wts" -v wtp="$wtp" 'BEGIN {
    printf "  ratio caravan 1 thread / tap-b serial:    solve %.2f, wall %.2f\n", c1 / ts, w1 / wts
    printf "  ratio caravan 2 threads / tap-b serial:   solve %.2f, wall %.2f\n", c2 / ts, w2 / wts
    printf "  ratio caravan 2 threads / tap-b parallel: solve %.2f, wall %.2f\n", c2 / tp, w2 / wtp }'
  echo "  load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
}

for network in ${NETWORKS:-chicago austin}; do
  case "$network" in
    chicago) compare Chicago-Sketch "$tntp/Chicago-Sketch/ChicagoSketch_net.tntp" "$tntp/Chicago-Sketch/ChicagoSketch_trips.tntp" 1e-6 ;;
    austin)
      reachable="$out/Austin_trips_reachable.tntp"
      dotnet "$bench" assign-peers reachable "$tntp/Austin/Austin_net.tntp" "$tntp/Austin/Austin_trips.tntp" "$reachable"
      compare Austin "$tntp/Austin/Austin_net.tntp" "$reachable" 1e-4 ;;
    *) echo "unknown network $network (chicago, austin)" >&2; exit 2 ;;
  esac
done
