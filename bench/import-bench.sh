#!/usr/bin/env bash
# Unit import benchmark (not a test): `courtyard-server import-units` of a 50,000-row CSV
# (500 buildings x 100 units, areas with two decimals, purpose and status given) into a
# fresh estate, on a Release build.
#
#   bash bench/import-bench.sh
#
# For each database: BENCH_RUNS (3) fresh runs (new state folder, estate and buildings, the
# file imported once: 50,000 units created), the median taken; then, on the last run's state,
# the same file again (50,000 unchanged: the check and compare without writes). Target: a
# fresh import <= 10 s on SQLite. Prints a Markdown table (also bench/results/import-latest.md).
#
# Databases: SQLite always; PostgreSQL too when COURTYARD_TEST_PG_URL is set (a fresh
# database in that server per run, dropped afterwards; scripts/pg-test.sh env).
# Environment: BENCH_RUNS (3), BENCH_ROWS (50000), BENCH_BUILD_DIR (build-bench),
#   BENCH_SERVER (a courtyard-server to use instead of building one), BENCH_KEEP_STATE=1.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

runs=${BENCH_RUNS:-3}
rows=${BENCH_ROWS:-50000}
build=${BENCH_BUILD_DIR:-build-bench}
results=$root/bench/results
per_building=100
buildings=$(((rows + per_building - 1) / per_building))
log() { echo "import-bench: $*" >&2; }
die() { log "$*"; exit 1; }

if [[ -n ${BENCH_SERVER:-} ]]; then
  server=$BENCH_SERVER
  log "using $server (BENCH_SERVER)"
else
  log "building courtyard-server (Release) in $build"
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCOURTYARD_BUILD_APPS=OFF -DCOURTYARD_BUILD_TESTS=OFF >/dev/null
  cmake --build "$build" --target courtyard-server -j"$(nproc)" >&2
  server=$(find "$build" -type f -name courtyard-server -perm -u+x -not -path '*/CMakeFiles/*' | head -n 1)
  [[ -n $server ]] || die "courtyard-server not found in $build"
fi

work=$(mktemp -d /tmp/courtyard-import-bench.XXXXXX)
pg_dbs=()
cleanup() {
  for db in "${pg_dbs[@]+"${pg_dbs[@]}"}"; do
    psql "$COURTYARD_TEST_PG_URL" -qc "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1 || true
  done
  if [[ -n ${BENCH_KEEP_STATE:-} ]]; then log "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

# The file: "Building N" as seed-bench names its buildings, numbers like 12-0304.
csv=$work/units.csv
awk -v rows="$rows" -v per="$per_building" 'BEGIN {
  split("residential shop office storage", purpose, " "); split("occupied vacant notHandedOver", status, " ");
  print "building,number,floor,area,purpose,status";
  for (i = 0; i < rows; ++i) {
    b = int(i / per) + 1; n = i % per; floor = int(n / 4) + 1;
    printf "Building %d,%d-%02d%02d,%d,%d.%02d,%s,%s\n", b, b, floor, n % 4 + 1, floor, 60 + (i * 7) % 100, (i * 13) % 100,
      purpose[i % 4 + 1], status[i % 3 + 1];
  }
}' >"$csv"
log "$csv: $rows rows, $(du -k "$csv" | cut -f1) KiB"

# A fresh state folder with the bench estate (no units) and its buildings.
# $1: state folder, $2: sqlite | postgres. Prints the SQL runner's database argument.
setup() {
  local state=$1 db=$2 init_args=()
  if [[ $db == postgres ]]; then
    local name=courtyard_import_bench_$$_${#pg_dbs[@]}
    pg_dbs+=("$name")
    psql "$COURTYARD_TEST_PG_URL" -qc "CREATE DATABASE $name" >/dev/null
    init_args=(--db-driver postgres --db-url "${COURTYARD_TEST_PG_URL%/*}/$name")
  fi
  "$server" init --state "$state" ${init_args[@]+"${init_args[@]}"} >/dev/null
  "$server" seed-bench --state "$state" --units 0 --tickets 0 >/dev/null
  local sql="INSERT INTO buildings (id, estate_id, name, rev)
             SELECT 'bld-i-' || n, 'est-bench', 'Building ' || n, 0 FROM"
  if [[ $db == postgres ]]; then
    psql "${COURTYARD_TEST_PG_URL%/*}/$name" -qc "$sql generate_series(1, $buildings) AS g(n)" >/dev/null
  else
    sqlite3 "$state/courtyard.db" "WITH RECURSIVE g(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM g WHERE n < $buildings) $sql g"
  fi
}

# Seconds (3 decimals) that `import-units` takes on $1; its summary on stderr.
timed_import() {
  local start end out
  start=$(date +%s.%N)
  out=$("$server" import-units --state "$1" --estate est-bench "$csv") || { echo "$out" >&2; die "import-units failed"; }
  end=$(date +%s.%N)
  log "$out"
  echo "$start $end" | awk '{ printf "%.3f", $2 - $1 }'
}

median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

dbs=(sqlite)
[[ -n ${COURTYARD_TEST_PG_URL:-} ]] && dbs+=(postgres)
table="| database | fresh import of $rows rows (median of $runs) | runs | re-import (all unchanged) |
|---|---|---|---|"
verdict=PASS
for db in "${dbs[@]}"; do
  times=()
  for ((r = 1; r <= runs; ++r)); do
    state=$work/$db-$r
    setup "$state" "$db"
    times+=("$(timed_import "$state")")
    log "$db run $r: ${times[-1]} s"
  done
  again=$(timed_import "$state")
  log "$db re-import: $again s"
  med=$(median "${times[@]}")
  table+="
| $db | $med s | ${times[*]} | $again s |"
  if [[ $db == sqlite ]] && awk -v t="$med" 'BEGIN { exit !(t > 10) }'; then verdict=MISS; fi
done

mkdir -p "$results"
{
  echo "$table"
  echo
  echo "SQLite fresh import <= 10 s: $verdict"
} | tee "$results/import-latest.md"
