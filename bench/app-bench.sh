#!/usr/bin/env bash
# App benchmarks (not a test), offscreen, Release build:
#   1. Cold start: the Resident app started with 10,000 work orders in its store (a kept
#      session, no server reachable: the offline start), time from spawn to its first frame,
#      against a minimal Qt Quick Controls app started the same way. Runs alternate; medians.
#      Target: ratio <= 1.5.
#   2. Scrolling: the Staff app signed in as a technician with 10,000 orders in "my orders";
#      the list is scrolled 24 px per frame and each frame's work (polish, sync, render) is
#      timed. Target: no frame over 16 ms.
#
#   bash bench/app-bench.sh
#
# Environment: BENCH_BUILD_DIR (build-appbench), BENCH_RUNS (15 start-ups each), BENCH_TICKETS
#   (10000), BENCH_SCROLL_FRAMES (3000), BENCH_SCROLL_STEP ("my-orders:ordersList").
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
build=${BENCH_BUILD_DIR:-build-appbench}
runs=${BENCH_RUNS:-15}
tickets=${BENCH_TICKETS:-10000}
frames=${BENCH_SCROLL_FRAMES:-3000}
scroll=${BENCH_SCROLL_STEP:-my-orders:ordersList}
log() { echo "bench: $*" >&2; }

bash scripts/install-deps.sh >&2
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCOURTYARD_BUILD_APPS=ON -DCOURTYARD_BUILD_TESTS=ON -DCOURTYARD_DEVTOOLS=ON >&2
cmake --build "$build" -j"$(nproc)" --target courtyard-resident courtyard-staff bench_app_prepare bench_minimal_quick >&2

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME=$work/data XDG_RUNTIME_DIR=$work/runtime XDG_CACHE_HOME=$work/cache
export QT_QPA_PLATFORM=offscreen COURTYARD_TOKEN_STORE=file
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unreachable=https://127.0.0.1:9 # nothing listens there: the apps start offline

"$build/bench/client/bench_app_prepare" --data "$XDG_DATA_HOME/Courtyard/courtyard-resident" --role resident --tickets "$tickets" >&2
"$build/bench/client/bench_app_prepare" --data "$XDG_DATA_HOME/Courtyard/courtyard-staff" --role technician --tickets "$tickets" >&2

first_frame() { # prints the first-frame time in ms of one start of "$@"
  COURTYARD_BENCH_T0=$(date +%s%3N) "$@" 2>/dev/null | awk '/^first-frame-ms/ {print $2}'
}
median() { sort -n | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

log "cold start: $runs runs each, alternating (one warm-up run each first)"
first_frame "$build/app/resident/courtyard-resident" --server "$unreachable" --first-frame-exit >/dev/null
first_frame "$build/bench/client/bench_minimal_quick" >/dev/null
: >"$work/app.txt"; : >"$work/base.txt"
for ((i = 0; i < runs; i++)); do
  first_frame "$build/app/resident/courtyard-resident" --server "$unreachable" --first-frame-exit >>"$work/app.txt"
  first_frame "$build/bench/client/bench_minimal_quick" >>"$work/base.txt"
done
app=$(median <"$work/app.txt")
base=$(median <"$work/base.txt")
ratio=$(awk -v a="$app" -v b="$base" 'BEGIN {printf "%.2f", a / b}')
verdict=$(awk -v r="$ratio" 'BEGIN {print (r <= 1.5) ? "PASS" : "MISS"}')
echo "cold start to first frame (median of $runs): resident app with $tickets orders ${app} ms, minimal Qt Quick app ${base} ms, ratio ${ratio} (target <= 1.5) $verdict"

log "scrolling: $frames frames of the technician's list ($scroll)"
out=$("$build/app/staff/courtyard-staff" --server "$unreachable" --scroll-bench "$scroll:$frames" 2>/dev/null | grep '^scroll-bench' || true)
echo "$out"
over() { echo "$out" | awk -v kind="$1" '$2 == kind":" {for (i = 1; i <= NF; i++) if ($i == "over16") print $(i+1)}'; }
wall=$(over wall); cpu=$(over cpu)
if [[ -z $wall || -z $cpu ]]; then echo "scrolling: no result (is there a tour step and list named $scroll?)"; exit 1; fi
verdict=$([[ $wall == 0 && $cpu == 0 ]] && echo PASS || echo MISS)
echo "scrolling: frames over 16 ms: $wall (wall), $cpu (GUI thread CPU) $verdict"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
