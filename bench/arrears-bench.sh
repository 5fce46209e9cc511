#!/usr/bin/env bash
# Arrears list benchmark (not a test): GET /v1/estates/est-bench/arrears on an estate of
# BENCH_UNITS (5,000) units with a year of property-fee bills and payments on about half of
# them, timed by the server itself (its request log line "GET /v1/... 200 12.34ms"): cold, the
# median of BENCH_COLD_RUNS (5) first requests after a change (a reminder logged), and warm,
# the median of BENCH_RUNS (20) requests after them (the server's kept answer, sorted and
# filtered per request). Target: <= 50 ms server time.
#
#   bash bench/arrears-bench.sh
#
# The estate: seed-bench's est-bench (its units and residents), a manager made with
# create-user, a property fee item (¥2.50/m²) set by commands, the twelve months before the
# current one billed with generate-bills, and payments imported with import-payments from a
# generated CSV (full payments, partial ones and none, so every age bucket has units); the
# import's time is reported too.
#
# Databases: SQLite, then PostgreSQL (a fresh database in the private test PostgreSQL,
# scripts/pg-test.sh) unless BENCH_DBS says otherwise ("sqlite", "postgres" or both).
# Environment: BENCH_UNITS (5000), BENCH_RUNS (20), BENCH_COLD_RUNS (5), BENCH_DBS ("sqlite postgres"),
#   BENCH_BUILD_DIR (build-bench), BENCH_SERVER (a courtyard-server to use instead of building
#   one), BENCH_KEEP_STATE=1 (keep the state folders).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

units=${BENCH_UNITS:-5000}
runs=${BENCH_RUNS:-20}
cold_runs=${BENCH_COLD_RUNS:-5}
dbs=${BENCH_DBS:-sqlite postgres}
build=${BENCH_BUILD_DIR:-build-bench}
results=$root/bench/results
password='Bench!Arrears7'
manager_phone=13900009999
log() { echo "arrears-bench: $*" >&2; }
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

work=$(mktemp -d /tmp/courtyard-arrears-bench.XXXXXX)
server_pid=
pg_dbs=()
cleanup() {
  local status=$?
  if [[ -n $server_pid ]]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  for db in "${pg_dbs[@]+"${pg_dbs[@]}"}"; do
    psql "$COURTYARD_TEST_PG_URL" -qc "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1 || true
  done
  if [[ -n ${BENCH_KEEP_STATE:-} ]]; then log "kept $work"; else rm -rf "$work"; fi
  exit "$status"
}
trap cleanup EXIT

median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END {
  if (NR % 2) printf "%.2f", v[(NR + 1) / 2]; else printf "%.2f", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# The twelve months before the current one (UTC is close enough for choosing months).
periods=()
for ((m = 12; m >= 1; m--)); do periods+=("$(date -u -d "$(date -u +%Y-%m-15) -$m month" +%Y-%m)"); done

declare -A result_ms result_cold result_import result_rows
run_db() {
  local db=$1 state=$work/$db init_args=() sql
  mkdir -p "$state"
  if [[ $db == postgres ]]; then
    bash scripts/pg-test.sh start >&2
    eval "$(bash scripts/pg-test.sh env)"
    local name=courtyard_arrears_$$
    psql "$COURTYARD_TEST_PG_URL" -qc "CREATE DATABASE $name" >/dev/null
    pg_dbs+=("$name")
    init_args=(--db-driver postgres --db-url "${COURTYARD_TEST_PG_URL%/*}/$name")
    sql() { psql "${COURTYARD_TEST_PG_URL%/*}/$name" -qAt -F, -c "$1"; }
  else
    sql() { sqlite3 -csv "$state/courtyard.db" "$1"; }
  fi
  log "$db: init, seed-bench --units $units"
  "$server" init --state "$state" ${init_args[@]+"${init_args[@]}"} >&2
  "$server" seed-bench --state "$state" --units "$units" --tickets 0 >&2
  printf '%s\n' "$password" | "$server" create-user --state "$state" --phone "$manager_phone" --name 'Bench Manager' \
    --role manager --estate est-bench >&2

  "$server" serve --state "$state" --port 0 --auto-generate-bills 0 >"$state/serve.log" 2>&1 &
  server_pid=$!
  local i port
  for ((i = 0; i < 300; i++)); do
    grep -q 'listening on' "$state/serve.log" && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$state/serve.log" >&2; die "courtyard-server exited"; }
    sleep 0.1
  done
  port=$(grep -m1 -oE 'listening on https://[^ ]+' "$state/serve.log" | grep -oE '[0-9]+$' || true)
  [[ -n $port ]] || die "no port in the server's log"
  local base=https://127.0.0.1:$port token
  api() {
    local args=(-sS --fail-with-body --cacert "$state/ca.pem" -X "$1" -H 'Accept: application/json')
    [[ -n ${token:-} ]] && args+=(-H "Authorization: Bearer $token")
    [[ -n ${3:-} ]] && args+=(-H "Content-Type: ${4:-application/json}" --data-binary "$3")
    curl "${args[@]}" "$base$2"
  }
  token=
  token=$(api POST /v1/auth/login "$(jq -cn --arg p "$manager_phone" --arg w "$password" '{phone: $p, password: $w}')" \
    | jq -er .accessToken) || die "the bench manager cannot log in"
  local item rate
  item=$(cat /proc/sys/kernel/random/uuid)
  rate=$(cat /proc/sys/kernel/random/uuid)
  command() {
    api POST /v1/commands "$(jq -cn --arg id "$(cat /proc/sys/kernel/random/uuid)" --arg t "$1" --argjson p "$2" \
      '{id: $id, type: $t, payload: $p}')" | jq -e '.status == "applied"' >/dev/null || die "$1 was not applied"
  }
  command feeItem.save "$(jq -cn --arg i "$item" '{itemId: $i, estateId: "est-bench", kind: "property", name: "物业费"}')"
  command feeRate.add "$(jq -cn --arg r "$rate" --arg i "$item" --arg f "${periods[0]}" \
    '{rateId: $r, itemId: $i, validFrom: $f, rateCentiFen: 25000}')"
  kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=

  log "$db: generate-bills for ${periods[0]} .. ${periods[-1]}"
  local p
  for p in "${periods[@]}"; do
    "$server" generate-bills --state "$state" --estate est-bench --period "$p" >/dev/null
  done
  # Payments: units 0, 3, 6, ... paid everything; 1, 4, 7, ... the first half of the year and half
  # of the next month; the rest nothing.
  local csv=$work/$db-payments.csv
  {
    echo 'bill number,amount,paid time,transaction id'
    sql "SELECT b.number, b.total_fen, b.period, u.id FROM bills b JOIN units u ON u.id = b.unit_id
         WHERE b.estate_id = 'est-bench' ORDER BY u.id, b.period" \
      | awk -F, -v first="${periods[0]}" -v half="${periods[6]}" '{
          n = $4; sub(/^unit-b-/, "", n); n += 0; fen = $2
          if (n % 3 == 1) { if ($3 > half) next; if ($3 == half) fen = int(fen / 2) }
          else if (n % 3 == 2) next
          printf "%s,%d.%02d,%s-20 10:00:00,T%s\n", $1, fen / 100, fen % 100, $3, $1 }'
  } >"$csv"
  result_rows[$db]=$(($(wc -l <"$csv") - 1))
  log "$db: import-payments of ${result_rows[$db]} rows"
  local t0 t1
  t0=$(date +%s.%N)
  "$server" import-payments --state "$state" --estate est-bench --provider bench "$csv" >/dev/null
  t1=$(date +%s.%N)
  result_import[$db]=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }')

  "$server" serve --state "$state" --port 0 --auto-generate-bills 0 >"$state/serve.log" 2>&1 &
  server_pid=$!
  for ((i = 0; i < 300; i++)); do
    grep -q 'listening on' "$state/serve.log" && break
    sleep 0.1
  done
  port=$(grep -m1 -oE 'listening on https://[^ ]+' "$state/serve.log" | grep -oE '[0-9]+$')
  base=https://127.0.0.1:$port
  token=$(api POST /v1/auth/login "$(jq -cn --arg p "$manager_phone" --arg w "$password" '{phone: $p, password: $w}')" \
    | jq -er .accessToken)
  local listed unit
  listed=$(api GET /v1/estates/est-bench/arrears | jq '.totals.units')
  unit=$(api GET /v1/estates/est-bench/arrears | jq -er '.units[0].unitId')
  # Cold: the first request after a change of the estate's fee records (a reminder logged,
  # which changes the answer's fingerprint as a payment, reversal or waiver does).
  timed() { grep -E 'GET /v1/estates/est-bench/arrears(\?[^ ]*)? 200 ' "$state/serve.log" | grep -oE '[0-9.]+ms' | tr -d 'ms'; }
  local cold=()
  for ((i = 0; i < cold_runs; i++)); do
    command reminder.log "$(jq -cn --arg r "$(cat /proc/sys/kernel/random/uuid)" --arg u "$unit" \
      '{reminderId: $r, unitId: $u, channel: "letter"}')"
    api GET /v1/estates/est-bench/arrears >/dev/null
    sleep 0.2
    cold+=("$(timed | tail -n 1)")
  done
  # Warm: the same estate, date and records again (sorted and filtered from the kept rows).
  for ((i = 0; i < runs; i++)); do
    api GET "/v1/estates/est-bench/arrears?sort=$([[ $((i % 2)) == 0 ]] && echo amount || echo age)" >/dev/null
  done
  sleep 0.5
  local ms=()
  mapfile -t ms < <(timed | tail -n "$runs")
  [[ ${#ms[@]} == "$runs" ]] || die "found ${#ms[@]} timed requests in the server log, not $runs"
  result_ms[$db]=$(median "${ms[@]}")
  result_cold[$db]=$(median "${cold[@]}")
  log "$db: $listed units in arrears; cold (after a change) median ${result_cold[$db]} ms (${cold[*]});" \
    "warm median ${result_ms[$db]} ms server time over $runs requests"
  kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=
}

for db in $dbs; do run_db "$db"; done

mkdir -p "$results"
{
  echo "| database | units | bills | payments imported | import (s) | GET arrears cold, after a change (ms) | warm (ms) | target (<= 50 ms) |"
  echo "|---|---|---|---|---|---|---|---|"
  for db in $dbs; do
    verdict=$(awk -v c="${result_cold[$db]}" -v w="${result_ms[$db]}" 'BEGIN {
      print "cold " (c <= 50 ? "PASS" : "MISS") ", warm " (w <= 50 ? "PASS" : "MISS") }')
    echo "| $db | $units | $((units * 12)) | ${result_rows[$db]} | ${result_import[$db]} | ${result_cold[$db]} | ${result_ms[$db]} | $verdict |"
  done
} | tee "$results/arrears-latest.md"
