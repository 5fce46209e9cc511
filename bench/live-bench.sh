#!/usr/bin/env bash
# Live-updates benchmark (not a test): a courtyard-server on a throw-away demo state,
# measured over loopback with bench/live-driver (bench_live: QWebSocket + QNetworkAccessManager).
#
#   bash bench/live-bench.sh
#
# a  latency: LIVE_CLIENTS (500) clients of /v1/live, each with its own HTTPS connection for
#    pulls, all staff of the demo estate (so every change pokes every one of them: the worst
#    case). A resident submits LIVE_ROUNDS (20) orders one after another; each client pulls on
#    its poke. Reported: poke latency and poke-to-visible latency (command sent -> the order is
#    in that client's pull), p50 / p95 / max over all clients and rounds.
# b  memory: LIVE_IDLE_CLIENTS (2000) idle sockets (hello done, then nothing for 20 s):
#    the server's RSS before and with them, and per socket.
#
# Environment: BENCH_SERVER (a courtyard-server; default: build it Release in build-bench),
#   LIVE_DRIVER_BUILD (build-live-bench), BENCH_DB (sqlite | postgres, see server-bench.sh),
#   LIVE_CLIENTS, LIVE_WATCHERS (25), LIVE_ROUNDS, LIVE_IDLE_CLIENTS, LIVE_IDLE_SECONDS (20),
#   LIVE_IDLE_PACE_US (5000: microseconds between two idle connections), LIVE_ONLY=idle (b only).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

clients=${LIVE_CLIENTS:-500}
rounds=${LIVE_ROUNDS:-20}
idle_clients=${LIVE_IDLE_CLIENTS:-2000}
idle_seconds=${LIVE_IDLE_SECONDS:-20}
db=${BENCH_DB:-sqlite}
driver_build=${LIVE_DRIVER_BUILD:-build-live-bench}
log() { echo "live-bench: $*" >&2; }
die() { log "$*"; exit 1; }

# Each client holds two sockets (WebSocket + HTTPS), the server one per socket.
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"
log "open files limit $(ulimit -n)"

if [[ -n ${BENCH_SERVER:-} ]]; then
  server=$BENCH_SERVER
else
  log "building courtyard-server (Release) in build-bench"
  cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DCOURTYARD_BUILD_APPS=OFF -DCOURTYARD_BUILD_TESTS=OFF >/dev/null
  cmake --build build-bench --target courtyard-server >&2
  server=$(find build-bench -type f -name courtyard-server -perm -u+x -not -path '*/CMakeFiles/*' | head -n 1)
fi
[[ -x $server ]] || die "no courtyard-server"
log "building the driver in $driver_build"
cmake -S bench/live-driver -B "$driver_build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$driver_build" >&2
driver=$driver_build/bench_live

state=$(mktemp -d /tmp/courtyard-live-bench.XXXXXX)
server_pid=
pg_db=
cleanup() {
  local status=$?
  trap - INT TERM EXIT
  [[ -n $server_pid ]] && { kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; }
  [[ -n $pg_db ]] && { psql "$COURTYARD_TEST_PG_URL" -qc "DROP DATABASE IF EXISTS $pg_db" >/dev/null 2>&1 || true; }
  rm -rf "$state"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

init_args=()
if [[ $db == postgres ]]; then
  [[ -n ${COURTYARD_TEST_PG_URL:-} ]] || eval "$(bash scripts/pg-test.sh env)"
  pg_db=courtyard_live_bench_$$
  psql "$COURTYARD_TEST_PG_URL" -qc "CREATE DATABASE $pg_db" >/dev/null
  init_args=(--db-driver postgres --db-url "${COURTYARD_TEST_PG_URL%/*}/$pg_db")
fi
"$server" init --state "$state" ${init_args[@]+"${init_args[@]}"} >&2
"$server" seed-demo --state "$state" >/dev/null

serve_args=(serve --state "$state" --port 0)
help_text=$({ timeout 10 "$server" --help; timeout 10 "$server" serve --help; } 2>&1 </dev/null || true)
if grep -q -- '--max-connections-per-address' <<<"$help_text"; then
  serve_args+=(--max-connections $((idle_clients * 2 + 100)) --max-connections-per-address $((idle_clients * 2 + 100)))
else
  log "warning: this courtyard-server has no --max-connections-per-address"
fi
grep -q -- '--max-logins-per-address-per-minute' <<<"$help_text" \
  && serve_args+=(--max-login-failures-per-account 1000000000 --max-logins-per-address-per-minute 1000000000)

start_server() {
  : >"$state/serve.log"
  # The hub's line per batch: rows read, sockets poked, and how long that took.
  QT_LOGGING_RULES='courtyard.live.debug=true' "$server" "${serve_args[@]}" >"$state/serve.log" 2>&1 &
  server_pid=$!
  for ((i = 0; i < 300; i++)); do
    grep -q 'listening on' "$state/serve.log" && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$state/serve.log" >&2; die "courtyard-server exited"; }
    sleep 0.1
  done
  port=$(grep -m1 -oE 'listening on https://[^ ]+' "$state/serve.log" | grep -oE '[0-9]+$')
  base=https://127.0.0.1:$port
}
stop_server() { kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=; }
rss_kb() { awk '/^VmRSS:/ { print $2 }' "/proc/$server_pid/status"; }
login() {
  curl -sS --fail-with-body --cacert "$state/ca.pem" -H 'Content-Type: application/json' \
    --data-binary "{\"phone\":\"$1\",\"password\":\"courtyard-demo\"}" "$base/v1/auth/login" | jq -er .accessToken
}

latency='{}' mixed='{}' hub='(skipped)'
if [[ ${LIVE_ONLY:-} != idle ]]; then
# a: latency
start_server
log "server pid $server_pid at $base"
: >"$state/tokens"
login 13900000001 >>"$state/tokens"   # the agent
login 13900000009 >>"$state/tokens"   # the manager
writer=$(login 13800000001)            # 王芳, unit-1-1-0301
cursor=$(curl -sS --cacert "$state/ca.pem" -H "Authorization: Bearer $(head -n1 "$state/tokens")" \
  "$base/v1/sync?since=0&limit=1000" | jq -er .cursor)
log "a: $clients clients, $rounds changes"
latency=$("$driver" --base "$base" --ca "$state/ca.pem" --tokens "$state/tokens" --clients "$clients" \
  --writer-token "$writer" --unit unit-1-1-0301 --rounds "$rounds" --cursor "$cursor" | tail -n 1)
log "a: $latency"
hub=$(grep -oE 'poked in [0-9.]+ ms' "$state/serve.log" | awk '{ print $3 }' | sort -g \
  | awk '{ v[NR] = $1 } END { if (NR) printf "%s / %s ms over %d batches", v[int((NR + 1) / 2)], v[NR], NR }')
log "a: the hub read and poked in (median / max) $hub"
# a2: as many connected, but only LIVE_WATCHERS (25) of them staff of the estate; the others are
# residents of another unit, whom the new order does not concern (they must not need a pull).
watchers=${LIVE_WATCHERS:-25}
login 13800000002 >"$state/bystanders"  # 李强, unit-1-2-1502
log "a2: $clients clients, $watchers of them concerned, $rounds changes"
mixed=$("$driver" --base "$base" --ca "$state/ca.pem" --tokens "$state/tokens" --clients "$clients" \
  --watchers "$watchers" --bystander-tokens "$state/bystanders" \
  --writer-token "$writer" --unit unit-1-1-0301 --rounds "$rounds" --cursor "$cursor" | tail -n 1)
log "a2: $mixed"
stop_server
fi

# b: memory with idle sockets
start_server
: >"$state/tokens"
login 13900000001 >>"$state/tokens"
sleep 2
rss_before=$(rss_kb)
log "b: $idle_clients idle sockets (server RSS before: $rss_before kB)"
"$driver" --base "$base" --ca "$state/ca.pem" --tokens "$state/tokens" --clients "$idle_clients" \
  --idle "$idle_seconds" --pace-us "${LIVE_IDLE_PACE_US:-5000}" >"$state/idle.out" &
driver_pid=$!
for ((i = 0; i < 1200; i++)); do
  grep -q READY "$state/idle.out" 2>/dev/null && break
  kill -0 "$driver_pid" 2>/dev/null || break
  sleep 0.1
done
sleep $((idle_seconds / 2))
rss_with=$(rss_kb)
grep -oE 'connection (refused|closed)[^"]*' "$state/serve.log" | sort | uniq -c | sort -rn | head -5 >&2 || true
wait "$driver_pid" || log "warning: the idle driver reported a problem: $(tail -n1 "$state/idle.out")"
held=$(awk '/^READY/ { print $2 }' "$state/idle.out")
held=${held:-$idle_clients}
per_socket=$(awk -v a="$rss_before" -v b="$rss_with" -v n="$held" 'BEGIN { printf "%.1f", (b - a) / n }')
log "b: RSS $rss_before kB -> $rss_with kB with $held of $idle_clients sockets ($per_socket kB a socket)"

echo "| scenario | connected | concerned | poke p50 / p95 / max | poke-to-visible p50 / p95 / max | samples (missed) | others poked |"
echo "|---|---|---|---|---|---|---|"
for r in "$latency" "$mixed"; do
  jq -r '"| \(if .watchers == .clients then "every client concerned" else "a few concerned" end) | \(.clients) | \(.watchers) | \(.pokeP50) / \(.pokeP95) / \(.pokeMax) ms | \(.visibleP50) / \(.visibleP95) / \(.visibleMax) ms | \(.samples) (\(.missed)) | \(.bystanderPokes) |"' <<<"$r"
done
echo
echo "The hub's part (read the changed rows, match, write the pokes), with every client concerned: median / max $hub."
echo "Server RSS: $((rss_before / 1024)) MB idle, $((rss_with / 1024)) MB with $held idle live sockets ($per_socket kB a socket)."
