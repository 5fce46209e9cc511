#!/usr/bin/env bash
# Server benchmark (not a test): a Release courtyard-server on a throw-away state folder
# seeded with 5,000 units and 50,000 tickets, measured over HTTPS with wrk.
#
#   bash bench/server-bench.sh
#
# Scenarios (wrk -t2 -c32 -d10s --latency, each run twice, median taken):
#   a  GET  /v1/health                      trivial route: no auth, no database (the ceiling)
#   b  GET  /v1/sync?since=<current cursor> no-change pull (the common case: nothing new)
#   c  GET  /v1/sync?since=0&limit=100      first page of a full pull
#   d  POST /v1/auth/login                  full login (scrypt password check + new session)
# Prints a Markdown table (also written to bench/results/latest.md) and PASS/MISS per target:
#   no-change pulls >= 25% of the trivial route's req/s; their p99 <= 10 ms at 32 connections;
#   peak server RSS (VmHWM) <= 150 MB.
#
# Environment: BENCH_THREADS (2), BENCH_CONNECTIONS (32), BENCH_DURATION (10s), BENCH_RUNS (2),
#   BENCH_WARMUP (2s, 0 = none), BENCH_UNITS (5000), BENCH_TICKETS (50000),
#   BENCH_DB (sqlite | postgres: a fresh database in the private test PostgreSQL,
#   scripts/pg-test.sh), BENCH_BUILD_DIR (build-bench), BENCH_SERVER (a courtyard-server to use
#   instead of building one), BENCH_KEEP_STATE=1 (keep the state folder).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

threads=${BENCH_THREADS:-2}
connections=${BENCH_CONNECTIONS:-32}
duration=${BENCH_DURATION:-10s}
runs=${BENCH_RUNS:-2}
warmup=${BENCH_WARMUP:-2s}
units=${BENCH_UNITS:-5000}
tickets=${BENCH_TICKETS:-50000}
db=${BENCH_DB:-sqlite}
build=${BENCH_BUILD_DIR:-build-bench}
results=$root/bench/results
log() { echo "bench: $*" >&2; }
die() { log "$*"; exit 1; }

bash scripts/install-deps.sh >&2

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

state=$(mktemp -d /tmp/courtyard-bench.XXXXXX)
server_pid=
pg_db=
pg_started=
cleanup() {
  local status=$?
  trap - INT TERM EXIT
  if [[ -n $server_pid ]]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  if [[ -n $pg_db ]]; then
    psql "$COURTYARD_TEST_PG_URL" -qc "DROP DATABASE IF EXISTS $pg_db" >/dev/null 2>&1 || true
  fi
  [[ -n $pg_started ]] && bash scripts/pg-test.sh stop

  if [[ -n ${BENCH_KEEP_STATE:-} ]]; then log "state kept in $state"; else rm -rf "$state"; fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

init_args=()
if [[ $db == postgres ]]; then
  bash scripts/pg-test.sh status 2>/dev/null || pg_started=1
  bash scripts/pg-test.sh start
  eval "$(bash scripts/pg-test.sh env)"
  pg_db=courtyard_bench_$$
  psql "$COURTYARD_TEST_PG_URL" -qc "CREATE DATABASE $pg_db" >/dev/null
  init_args=(--db-driver postgres --db-url "${COURTYARD_TEST_PG_URL%/*}/$pg_db")
elif [[ $db != sqlite ]]; then
  die "BENCH_DB must be sqlite or postgres"
fi

log "state folder $state ($db)"
"$server" init --state "$state" ${init_args[@]+"${init_args[@]}"} >&2
log "seed-bench: $units units, $tickets tickets"
seed_start=$(date +%s)
seed_out=$("$server" seed-bench --state "$state" --units "$units" --tickets "$tickets" 2>&1) \
  || { echo "$seed_out" >&2; die "seed-bench failed"; }
seed_seconds=$(($(date +%s) - seed_start))
echo "$seed_out" >&2
# The resident login seed-bench printed: "... resident login 13700000000 / PASSWORD"
# (or, failing that, a phone number and a "password: ..." anywhere in its output).
phone='' bench_password=''
if [[ $seed_out =~ (1[0-9]{10})[[:space:]]*/[[:space:]]*([^[:space:]]+) ]]; then
  phone=${BASH_REMATCH[1]}
  bench_password=${BASH_REMATCH[2]}
else
  phone=$(grep -oE '\b1[0-9]{10}\b' <<<"$seed_out" | head -n 1 || true)
  bench_password=$(grep -oiE 'password"?[[:space:]]*[:=]?[[:space:]]*"?[^"[:space:],}]+' <<<"$seed_out" \
    | head -n 1 | sed -E 's/^[Pp][Aa][Ss][Ss][Ww][Oo][Rr][Dd]"?[[:space:]]*[:=]?[[:space:]]*"?//' || true)
fi
[[ -n $phone && -n $bench_password ]] || die "could not read the resident login from seed-bench's output"
log "resident login: $phone"

# Serve on a free port; lift the login rate limits so the login scenario measures the
# login itself, not the limiter.
serve_args=(serve --state "$state" --port 0)
help_text=$({ timeout 10 "$server" --help; timeout 10 "$server" serve --help; } 2>&1 </dev/null || true)
if grep -q -- '--max-logins-per-address-per-minute' <<<"$help_text"; then
  serve_args+=(--max-login-failures-per-account 1000000000 --max-logins-per-address-per-minute 1000000000)
else
  log "warning: this courtyard-server has no --max-logins-per-address-per-minute; the login scenario will hit the rate limit"
fi
"$server" "${serve_args[@]}" >"$state/serve.log" 2>&1 &
server_pid=$!
for ((i = 0; i < 300; i++)); do
  grep -q 'listening on' "$state/serve.log" && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$state/serve.log" >&2; die "courtyard-server exited"; }
  sleep 0.1
done
port=$(grep -m1 -oE 'listening on https://[^ ]+' "$state/serve.log" | grep -oE '[0-9]+$' || true)
[[ -n $port ]] || { cat "$state/serve.log" >&2; die "no 'listening on https://HOST:PORT' line from the server"; }
base=https://127.0.0.1:$port
log "server pid $server_pid at $base"

api() {   # api METHOD PATH [BODY] -> body on stdout; fails on a non-2xx answer
  local method=$1 path=$2 body=${3:-}
  local args=(-sS --fail-with-body --cacert "$state/ca.pem" -X "$method" -H 'Accept: application/json')
  [[ -n ${token:-} ]] && args+=(-H "Authorization: Bearer $token")
  [[ -n $body ]] && args+=(-H 'Content-Type: application/json' --data-binary "$body")
  curl "${args[@]}" "$base$path"
}

login_body=$(jq -cn --arg p "$phone" --arg w "$bench_password" '{phone: $p, password: $w}')
token=
token=$(api POST /v1/auth/login "$login_body" | jq -er .accessToken) || die "login as $phone failed"
api GET /v1/health >/dev/null || die "GET /v1/health failed"

# The current cursor: pull until hasMore is false.
cursor=0 pages=0 changes=0
while :; do
  page=$(api GET "/v1/sync?since=$cursor&limit=1000") || die "GET /v1/sync failed"
  cursor=$(jq -er .cursor <<<"$page")
  changes=$((changes + $(jq '.changes | length' <<<"$page")))
  pages=$((pages + 1))
  [[ $(jq -r .hasMore <<<"$page") == true ]] || break
done
nochange_count=$(api GET "/v1/sync?since=$cursor" | jq '.changes | length')
first_page_bytes=$(api GET "/v1/sync?since=0&limit=100" | wc -c)
log "resident sees $changes changes in $pages pages; cursor $cursor; no-change pull returns $nochange_count changes; first page $first_page_bytes bytes"

# to_ms VALUE: wrk's "812.00us" / "1.23ms" / "1.02s" / "1.50m" -> milliseconds
to_ms() {
  awk -v v="$1" 'BEGIN {
    if (v ~ /us$/) { sub(/us$/, "", v); printf "%.3f", v / 1000 }
    else if (v ~ /ms$/) { sub(/ms$/, "", v); printf "%.3f", v }
    else if (v ~ /m$/) { sub(/m$/, "", v); printf "%.3f", v * 60000 }
    else if (v ~ /h$/) { sub(/h$/, "", v); printf "%.3f", v * 3600000 }
    else { sub(/s$/, "", v); printf "%.3f", v * 1000 } }'
}
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END {
  if (NR % 2) printf "%.3f", v[(NR + 1) / 2]; else printf "%.3f", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# run_scenario KEY SCRIPT PATH -> sets rps[KEY], p50[KEY], p99[KEY], bad[KEY], errs[KEY]
declare -A rps p50 p99 bad errs
run_scenario() {
  local key=$1 script=$2 path=$3 out r
  local rs=() p50s=() p99s=() nbad=0 nerr=0
  if [[ $warmup != 0 ]]; then
    wrk -t"$threads" -c"$connections" -d"$warmup" --timeout 10s -s "$script" "$base$path" >/dev/null
  fi
  for ((r = 1; r <= runs; r++)); do
    out=$(wrk -t"$threads" -c"$connections" -d"$duration" --timeout 10s --latency -s "$script" "$base$path")
    echo "$out" >"$results/wrk-$key-$r.txt"
    rs+=("$(awk '/^Requests\/sec:/ { print $2 }' <<<"$out")")
    p50s+=("$(to_ms "$(awk '$1 == "50%" { print $2 }' <<<"$out")")")
    p99s+=("$(to_ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")")")
    # wrk prints these two lines only when there is something to report
    nbad=$((nbad + $(awk '/Non-2xx or 3xx responses:/ { n = $NF } END { print n + 0 }' <<<"$out")))
    nerr=$((nerr + $(awk '/Socket errors:/ { for (i = 3; i <= NF; i++) if ($i ~ /^[0-9]+,?$/) n += $i } END { print n + 0 }' <<<"$out")))
    log "  $key run $r: ${rs[-1]} req/s, p50 ${p50s[-1]} ms, p99 ${p99s[-1]} ms"
  done
  rps[$key]=$(median "${rs[@]}")
  p50[$key]=$(median "${p50s[@]}")
  p99[$key]=$(median "${p99s[@]}")
  bad[$key]=$nbad
  errs[$key]=$nerr
}

mkdir -p "$results"
rm -f "$results"/wrk-*.txt
export COURTYARD_BENCH_TOKEN=
log "a: GET /v1/health"
run_scenario health bench/get.lua /v1/health
export COURTYARD_BENCH_TOKEN=$token
log "b: no-change pull GET /v1/sync?since=$cursor"
run_scenario nochange bench/get.lua "/v1/sync?since=$cursor"
log "c: first-page pull GET /v1/sync?since=0&limit=100"
run_scenario firstpage bench/get.lua "/v1/sync?since=0&limit=100"
export COURTYARD_BENCH_PHONE=$phone COURTYARD_BENCH_PASSWORD=$bench_password
log "d: POST /v1/auth/login"
run_scenario login bench/login.lua /v1/auth/login

kill -0 "$server_pid" 2>/dev/null || die "the server died during the benchmark; see $state/serve.log"
hwm_kb=$(awk '/^VmHWM:/ { print $2 }' "/proc/$server_pid/status")
rss_kb=$(awk '/^VmRSS:/ { print $2 }' "/proc/$server_pid/status")
hwm_mb=$(awk -v k="$hwm_kb" 'BEGIN { printf "%.1f", k / 1024 }')
rss_mb=$(awk -v k="$rss_kb" 'BEGIN { printf "%.1f", k / 1024 }')

pct() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1f%%", 100 * a / b; else print "n/a" }'; }
verdict() { awk "BEGIN { exit !($1) }" && echo PASS || echo MISS; }
nochange_share=$(awk -v a="${rps[nochange]}" -v b="${rps[health]}" 'BEGIN { if (b > 0) print a / b; else print 0 }')
t1=$(verdict "$nochange_share >= 0.25")
t2=$(verdict "${p99[nochange]} <= 10")
t3=$(verdict "$hwm_mb <= 150")

cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
commit=$(git rev-parse --short HEAD 2>/dev/null || echo "no commit")
dirty=$(git status --porcelain 2>/dev/null | grep -q . && echo " + uncommitted changes" || true)
row() {   # row KEY LABEL
  printf '| %s | %s | %.0f | %s | %.2f | %.2f | %s | %s |\n' "$2" "$3" "${rps[$1]}" \
    "$(pct "${rps[$1]}" "${rps[health]}")" "${p50[$1]}" "${p99[$1]}" "${bad[$1]}" "${errs[$1]}"
}
report=$(
  echo "## courtyard-server benchmark, $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "- commit $commit$dirty; Release build; database: $db"
  echo "- machine: $(nproc) cores ($cpu), $(awk '/^MemTotal:/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM; wrk runs on the same machine as the server"
  echo "- data: seed-bench --units $units --tickets $tickets (took ${seed_seconds} s); the benchmark resident sees $changes changes; first page (limit 100) is $first_page_bytes bytes"
  echo "- wrk -t$threads -c$connections -d$duration --latency over HTTPS (TLS), $runs runs per scenario, median shown; warm-up $warmup"
  echo
  echo "| scenario | request | req/s | vs health | p50 ms | p99 ms | non-2xx | socket errors |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|"
  row health "a. trivial route" "GET /v1/health"
  row nochange "b. no-change pull" "GET /v1/sync?since=$cursor"
  row firstpage "c. first-page pull" "GET /v1/sync?since=0&limit=100"
  row login "d. login" "POST /v1/auth/login"
  echo
  echo "Peak server RSS (VmHWM): $hwm_mb MB (RSS at the end: $rss_mb MB)"
  echo
  echo "| target | measured | result |"
  echo "|---|---|---|"
  echo "| no-change pulls >= 25% of the trivial route's req/s | $(pct "${rps[nochange]}" "${rps[health]}") | $t1 |"
  echo "| no-change pull p99 <= 10 ms at $connections connections | ${p99[nochange]} ms | $t2 |"
  echo "| peak server RSS <= 150 MB | $hwm_mb MB | $t3 |"
)
echo "$report" >"$results/latest.md"
echo
echo "$report"
echo
for k in health nochange firstpage login; do
  if ((${bad[$k]} > 0 || ${errs[$k]} > 0)); then
    log "warning: scenario $k had ${bad[$k]} non-2xx answers and ${errs[$k]} socket errors (see bench/results/wrk-$k-*.txt)"
  fi
done
log "written to bench/results/latest.md (raw wrk output: bench/results/wrk-*.txt)"
