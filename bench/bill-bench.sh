#!/usr/bin/env bash
# Bill generation benchmark (not a test): `courtyard-server generate-bills` for one month of
# an estate of 50,000 units (500 buildings x 100 units, areas with two decimals) with three
# fee items (property fee ¥2.35/m² half up, maintenance fund ¥0.25/m² up, a fixed ¥10), on a
# Release build.
#
#   bash bench/bill-bench.sh
#
# For each database: BENCH_RUNS (3) fresh runs (new state folder; estate, buildings, units
# and items written in SQL; the month generated once: 50,000 bills, 150,000 lines), the
# median taken; then, on the last run's state, the same month again (nothing new: the
# idempotent check alone). Target: <= 10 s on SQLite. Prints a Markdown table (also
# bench/results/bill-latest.md).
#
# Databases: SQLite always; PostgreSQL too when COURTYARD_TEST_PG_URL is set (a fresh
# database in that server per run, dropped afterwards; scripts/pg-test.sh env).
# Environment: BENCH_RUNS (3), BENCH_UNITS (50000), BENCH_BUILD_DIR (build-bench),
#   BENCH_SERVER (a courtyard-server to use instead of building one), BENCH_KEEP_STATE=1.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

runs=${BENCH_RUNS:-3}
units=${BENCH_UNITS:-50000}
build=${BENCH_BUILD_DIR:-build-bench}
results=$root/bench/results
per_building=100
buildings=$(((units + per_building - 1) / per_building))
period=2026-12
log() { echo "bill-bench: $*" >&2; }
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

work=$(mktemp -d /tmp/courtyard-bill-bench.XXXXXX)
pg_dbs=()
cleanup() {
  for db in "${pg_dbs[@]+"${pg_dbs[@]}"}"; do
    psql "$COURTYARD_TEST_PG_URL" -qc "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1 || true
  done
  if [[ -n ${BENCH_KEEP_STATE:-} ]]; then log "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

# The estate's buildings, units and fee items, the same SQL on both databases; $1 is the
# row source of 1..N ("generate_series(1, N) AS g(n)" or a recursive CTE's "g").
estate_sql() {
  local series_b=$1 series_u=$2
  cat <<SQL
INSERT INTO buildings (id, estate_id, name, rev) SELECT 'bld-b-' || n, 'est-bench', 'Building ' || n, 0 FROM $series_b;
INSERT INTO units (id, estate_id, building_id, number, floor, area_centi_sqm, purpose, status, rev)
  SELECT 'unit-b-' || n, 'est-bench', 'bld-b-' || ((n - 1) / $per_building + 1), 'n' || n, 1, 6000 + (n * 7) % 10000,
         'residential', 'occupied', 0 FROM $series_u;
INSERT INTO fee_items (id, estate_id, kind, name, rounding, rev) VALUES
  ('item-property', 'est-bench', 'property', '物业费', 'half_up', 0),
  ('item-fund', 'est-bench', 'maintenance_fund', '维修基金', 'up', 0),
  ('item-fixed', 'est-bench', 'fixed', '垃圾清运费', 'half_up', 0);
INSERT INTO fee_rates (id, item_id, estate_id, valid_from, rate_centi_fen, created_at, rev) VALUES
  ('rate-property', 'item-property', 'est-bench', '2026-01', 23500, 0, 0),
  ('rate-fund', 'item-fund', 'est-bench', '2026-01', 2500, 0, 0),
  ('rate-fixed', 'item-fixed', 'est-bench', '2026-01', 100000, 0, 0);
SQL
}

# A fresh state folder with the bench estate. $1: state folder, $2: sqlite | postgres.
setup() {
  local state=$1 db=$2 init_args=()
  if [[ $db == postgres ]]; then
    local name=courtyard_bill_bench_$$_${#pg_dbs[@]}
    pg_dbs+=("$name")
    psql "$COURTYARD_TEST_PG_URL" -qc "CREATE DATABASE $name" >/dev/null
    init_args=(--db-driver postgres --db-url "${COURTYARD_TEST_PG_URL%/*}/$name")
  fi
  "$server" init --state "$state" ${init_args[@]+"${init_args[@]}"} >/dev/null
  "$server" seed-bench --state "$state" --units 0 --tickets 0 >/dev/null
  if [[ $db == postgres ]]; then
    estate_sql "generate_series(1, $buildings) AS g(n)" "generate_series(1, $units) AS g(n)" \
      | psql "${COURTYARD_TEST_PG_URL%/*}/$name" -q -v ON_ERROR_STOP=1 >/dev/null
    psql "${COURTYARD_TEST_PG_URL%/*}/$name" -qc "ANALYZE" >/dev/null
  else
    local cte="WITH RECURSIVE g(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM g WHERE n < %d)"
    {
      estate_sql "g" "g" | awk -v b="$(printf "$cte" "$buildings")" -v u="$(printf "$cte" "$units")" '
        /^INSERT INTO buildings/ { print b; } /^INSERT INTO units/ { print u; } { print }'
    } | sqlite3 -bail "$state/courtyard.db"
  fi
}

# Seconds (3 decimals) that `generate-bills` takes on $1; its report on stderr.
timed_generate() {
  local start end out
  start=$(date +%s.%N)
  out=$("$server" generate-bills --state "$1" --estate est-bench --period "$period") || { echo "$out" >&2; die "generate-bills failed"; }
  end=$(date +%s.%N)
  log "$out"
  echo "$start $end" | awk '{ printf "%.3f", $2 - $1 }'
}

median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

dbs=(sqlite)
[[ -n ${COURTYARD_TEST_PG_URL:-} ]] && dbs+=(postgres)
table="| database | $units units × 3 items, one month (median of $runs) | runs | again (nothing new) |
|---|---|---|---|"
verdict=PASS
for db in "${dbs[@]}"; do
  times=()
  for ((r = 1; r <= runs; ++r)); do
    state=$work/$db-$r
    setup "$state" "$db"
    times+=("$(timed_generate "$state")")
    log "$db run $r: ${times[-1]} s"
  done
  again=$(timed_generate "$state")
  log "$db again: $again s"
  med=$(median "${times[@]}")
  table+="
| $db | $med s | ${times[*]} | $again s |"
  if [[ $db == sqlite ]] && awk -v t="$med" 'BEGIN { exit !(t > 10) }'; then verdict=MISS; fi
done

mkdir -p "$results"
{
  echo "$table"
  echo
  echo "SQLite generation <= 10 s: $verdict"
} | tee "$results/bill-latest.md"
