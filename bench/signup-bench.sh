#!/usr/bin/env bash
# Event sign-up benchmark (not a test): BENCH_SIGNUPS (1,000) signup.create commands for one
# event of BENCH_CAPACITY (300) places, sent by as many residents at once over
# BENCH_CONNECTIONS (50) parallel HTTPS connections to the real server (Release build).
# Reports the throughput (commands per second over the whole run, as the clients saw it),
# the client-side p50/p99 latency and the server's own p99 (its request log line
# "POST /v1/commands 200 12.34ms"), and checks afterwards that the places held never pass
# the capacity and that every sign-up got a decision.
#
#   bash bench/signup-bench.sh
#
# The estate: seed-bench's est-bench (its units and residents; their password hashes are
# replaced by cheap ones with scrypt's smallest allowed cost, so that logging in a thousand
# residents is quick: login is not what is measured), a manager made with create-user, one
# event saved and published by commands.
#
# Databases: SQLite, then PostgreSQL (a fresh database in the private test PostgreSQL,
# scripts/pg-test.sh) unless BENCH_DBS says otherwise ("sqlite", "postgres" or both).
# Environment: BENCH_SIGNUPS (1000), BENCH_CAPACITY (300), BENCH_CONNECTIONS (50),
#   BENCH_DBS ("sqlite postgres"), BENCH_BUILD_DIR (build-bench), BENCH_SERVER (a
#   courtyard-server to use instead of building one), BENCH_KEEP_STATE=1 (keep the state).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

signups=${BENCH_SIGNUPS:-1000}
capacity=${BENCH_CAPACITY:-300}
connections=${BENCH_CONNECTIONS:-50}
dbs=${BENCH_DBS:-sqlite postgres}
build=${BENCH_BUILD_DIR:-build-bench}
results=$root/bench/results
password='Bench!Signup7'
manager_phone=13900009998
log() { echo "signup-bench: $*" >&2; }
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

work=$(mktemp -d /tmp/courtyard-signup-bench.XXXXXX)
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

# A password hash in the server's format (scrypt$logN$r$p$salt$key) at the smallest cost it accepts.
cheap_hash=$(python3 -c '
import base64, hashlib, os, sys
salt = os.urandom(16)
key = hashlib.scrypt(sys.argv[1].encode(), salt=salt, n=1 << 10, r=8, p=1, dklen=32)
print("scrypt$10$8$1$%s$%s" % (base64.b64encode(salt).decode(), base64.b64encode(key).decode()))' courtyard-bench)

# The driver: logs the residents in, then sends one sign-up each, `connections` at a time.
cat >"$work/driver.py" <<'PY'
import json, ssl, sys, threading, time, uuid, http.client
host, port, ca, event_id, count, conns = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], int(sys.argv[5]), int(sys.argv[6])
context = ssl.create_default_context(cafile=ca)
def connect():
    return http.client.HTTPSConnection(host, port, context=context, timeout=60)
def post(c, path, body, token=None):
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = "Bearer " + token
    c.request("POST", path, json.dumps(body), headers)
    r = c.getresponse()
    return r.status, json.loads(r.read() or b"{}")
phones = ["137%08d" % i for i in range(count)]
tokens = [None] * count
def login(slot):
    c = connect()
    for i in range(slot, count, conns):
        status, body = post(c, "/v1/auth/login", {"phone": phones[i], "password": "courtyard-bench"})
        if status != 200:
            raise SystemExit("login %s: %s %s" % (phones[i], status, body))
        tokens[i] = body["accessToken"]
threads = [threading.Thread(target=login, args=(s,)) for s in range(conns)]
[t.start() for t in threads]; [t.join() for t in threads]
latencies, states, failures = [], {}, []
lock = threading.Lock()
start_gate = threading.Barrier(conns)
def sign_up(slot):
    c = connect()
    c.connect()
    start_gate.wait()
    for i in range(slot, count, conns):
        body = {"id": str(uuid.uuid4()), "type": "signup.create",
                "payload": {"signupId": str(uuid.uuid4()), "eventId": event_id, "partySize": 1 + i % 4}}
        t0 = time.perf_counter()
        status, answer = post(c, "/v1/commands", body, tokens[i])
        dt = (time.perf_counter() - t0) * 1000
        with lock:
            latencies.append(dt)
            if status == 200 and answer.get("status") == "applied":
                s = answer["data"]["state"]
                states[s] = states.get(s, 0) + 1
            else:
                failures.append((status, answer))
threads = [threading.Thread(target=sign_up, args=(s,)) for s in range(conns)]
t0 = time.perf_counter()
[t.start() for t in threads]; [t.join() for t in threads]
wall = time.perf_counter() - t0
latencies.sort()
def pct(p):
    return latencies[min(len(latencies) - 1, int(round(p / 100.0 * len(latencies) + 0.5)) - 1)]
print(json.dumps({"sent": count, "wall_s": round(wall, 2), "per_s": round(count / wall, 1), "p50_ms": round(pct(50), 1),
                  "p99_ms": round(pct(99), 1), "states": states, "failures": len(failures),
                  "failure_sample": failures[:3]}))
PY

declare -A result
run_db() {
  local db=$1 state=$work/$db init_args=() sql
  mkdir -p "$state"
  if [[ $db == postgres ]]; then
    bash scripts/pg-test.sh start >&2
    eval "$(bash scripts/pg-test.sh env)"
    local name=courtyard_signups_$$
    psql "$COURTYARD_TEST_PG_URL" -qc "CREATE DATABASE $name" >/dev/null
    pg_dbs+=("$name")
    init_args=(--db-driver postgres --db-url "${COURTYARD_TEST_PG_URL%/*}/$name")
    sql() { psql "${COURTYARD_TEST_PG_URL%/*}/$name" -qAt -F, -c "$1"; }
  else
    sql() { sqlite3 -csv "$state/courtyard.db" "$1"; }
  fi
  log "$db: init, seed-bench --units $signups"
  "$server" init --state "$state" ${init_args[@]+"${init_args[@]}"} >&2
  "$server" seed-bench --state "$state" --units "$signups" --tickets 0 >&2
  printf '%s\n' "$password" | "$server" create-user --state "$state" --phone "$manager_phone" --name 'Bench Manager' \
    --role manager --estate est-bench >&2
  sql "UPDATE users SET password_hash = '$cheap_hash' WHERE id LIKE 'usr-b-%'" >/dev/null

  "$server" serve --state "$state" --port 0 --auto-generate-bills 0 --max-commands-per-minute 100000 \
    --command-burst 100000 --max-logins-per-address-per-minute 100000 >"$state/serve.log" 2>&1 &
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
    curl -sS --fail-with-body --cacert "$state/ca.pem" -X POST -H 'Content-Type: application/json' \
      ${token:+-H "Authorization: Bearer $token"} --data-binary "$2" "$base$1"
  }
  token=
  token=$(api /v1/auth/login "$(jq -cn --arg p "$manager_phone" --arg w "$password" '{phone: $p, password: $w}')" \
    | jq -er .accessToken) || die "the bench manager cannot log in"
  local event now
  event=$(cat /proc/sys/kernel/random/uuid)
  now=$(date -u +%s)
  iso() { date -u -d "@$1" +%Y-%m-%dT%H:%M:%S.000Z; }
  command() {
    api /v1/commands "$(jq -cn --arg id "$(cat /proc/sys/kernel/random/uuid)" --arg t "$1" --argjson p "$2" \
      '{id: $id, type: $t, payload: $p}')" | jq -e '.status == "applied"' >/dev/null || die "$1 was not applied"
  }
  command event.save "$(jq -cn --arg e "$event" --arg s "$(iso $((now + 86400 * 3)))" --arg en "$(iso $((now + 86400 * 3 + 7200)))" \
    --arg o "$(iso $((now - 3600)))" --arg c "$(iso $((now + 86400 * 2)))" --argjson cap "$capacity" \
    '{eventId: $e, estateId: "est-bench", kind: "regular", title: "Bench fair", place: "Square", startsAt: $s,
      endsAt: $en, capacity: $cap, signupOpensAt: $o, signupClosesAt: $c, maxPartySize: 4}')"
  command event.publish "$(jq -cn --arg e "$event" '{eventId: $e}')"

  log "$db: $signups residents log in, then sign up over $connections connections"
  local out
  out=$(python3 "$work/driver.py" 127.0.0.1 "$port" "$state/ca.pem" "$event" "$signups" "$connections")
  log "$db: $out"
  [[ $(jq .failures <<<"$out") == 0 ]] || die "some sign-ups were not applied"
  sleep 0.5
  local server_p99 held
  server_p99=$(grep -E 'POST /v1/commands 200 [0-9.]+ms user=usr-b-' "$state/serve.log" | grep -oE '[0-9.]+ms' | tr -d 'ms' \
    | sort -g | awk '{ v[NR] = $1 } END { i = int(NR * 0.99 + 0.5); if (i < 1) i = 1; printf "%.1f", v[i] }')
  held=$(sql "SELECT COALESCE(SUM(party_size), 0) FROM event_signups WHERE event_id = '$event' AND state IN ('confirmed', 'offered')")
  (( held <= capacity )) || die "$held people hold places of $capacity"
  result[$db]="| $db | $signups | $connections | $(jq .wall_s <<<"$out") | $(jq .per_s <<<"$out") | $(jq .p50_ms <<<"$out") | $(jq .p99_ms <<<"$out") | $server_p99 | $held / $capacity | $(jq -c .states <<<"$out") |"
  kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=
}

for db in $dbs; do run_db "$db"; done

mkdir -p "$results"
{
  echo "| database | sign-ups | connections | wall (s) | commands/s | p50 (ms, client) | p99 (ms, client) | p99 (ms, server) | people held / capacity | decisions |"
  echo "|---|---|---|---|---|---|---|---|---|---|"
  for db in $dbs; do echo "${result[$db]}"; done
} | tee "$results/signup-latest.md"
