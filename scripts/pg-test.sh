#!/usr/bin/env bash
# A private, throw-away PostgreSQL 15 instance for the test suite.
#
#   bash scripts/pg-test.sh start     # create (first time) and start it; ok if already running
#   bash scripts/pg-test.sh stop      # stop it (the data folder stays for a quick restart)
#   bash scripts/pg-test.sh env       # prints: export COURTYARD_TEST_PG_URL=postgresql://...
#   bash scripts/pg-test.sh status    # exit 0 when running
#   bash scripts/pg-test.sh destroy   # stop it and delete its folder
#
# It never touches the system cluster: its own data folder (default /tmp/courtyard-pg-$UID),
# its own port (default 55432, listening on 127.0.0.1 only), its unix socket inside that folder.
# The superuser role is `courtyard` with the password `courtyard` (scram-sha-256). That
# password is for this test instance only. Durability is switched off (fsync=off): it is fast
# and made to be thrown away.
#
# Environment: COURTYARD_PG_PORT (55432), COURTYARD_PG_DIR (/tmp/courtyard-pg-$UID),
#              COURTYARD_PG_BIN (/usr/lib/postgresql/15/bin).
# Run as root, the server runs as the `postgres` OS user (initdb refuses root); run as
# anyone else, it runs as that user.
set -euo pipefail

port=${COURTYARD_PG_PORT:-55432}
dir=${COURTYARD_PG_DIR:-/tmp/courtyard-pg-$(id -u)}
bin=${COURTYARD_PG_BIN:-/usr/lib/postgresql/15/bin}
data=$dir/data
log=$dir/postgresql.log
role=courtyard
password=courtyard
url="postgresql://$role:$password@127.0.0.1:$port/postgres"

say() { echo "pg-test: $*" >&2; }
die() { say "$*"; exit 1; }

if [[ $(id -u) -eq 0 ]]; then
  owner=postgres
  id -u "$owner" >/dev/null 2>&1 || die "no '$owner' OS user (install Debian's postgresql package: bash scripts/install-deps.sh)"
  # runuser ships with util-linux (always there on Debian); cd / so the postgres user is
  # never left in a folder it may not read.
  as_owner() { (cd / && runuser -u "$owner" -- "$@"); }
else
  owner=$(id -un)
  as_owner() { (cd / && "$@"); }
fi

need_binaries() {
  [[ -x $bin/initdb && -x $bin/pg_ctl && -x $bin/pg_isready ]] \
    || die "PostgreSQL 15 binaries not found in $bin (bash scripts/install-deps.sh installs them)"
}

is_running() {
  [[ -f $data/PG_VERSION ]] || return 1
  as_owner "$bin/pg_ctl" status -D "$data" >/dev/null 2>&1
}

is_ready() {
  "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" -d postgres -t 2 >/dev/null 2>&1
}

wait_ready() {
  local i
  for ((i = 0; i < 120; i++)); do
    is_ready && return 0
    is_running || break
    sleep 0.5
  done
  say "not ready; last lines of $log:"
  tail -n 30 "$log" >&2 || true
  return 1
}

create_cluster() {
  say "creating a private cluster in $data"
  rm -rf "$dir"
  mkdir -p "$dir"
  chmod 700 "$dir"
  chown "$owner" "$dir"
  local pwfile=$dir/.pwfile
  (umask 077 && printf '%s\n' "$password" >"$pwfile")
  chown "$owner" "$pwfile"
  if ! as_owner "$bin/initdb" -D "$data" -U "$role" --pwfile="$pwfile" \
      --auth-local=scram-sha-256 --auth-host=scram-sha-256 \
      --encoding=UTF8 --no-locale --no-instructions >"$dir/initdb.log" 2>&1; then
    cat "$dir/initdb.log" >&2
    rm -f "$pwfile"
    die "initdb failed"
  fi
  rm -f "$pwfile"
  # Settings of this instance: loopback only, the socket inside our folder, quick and
  # non-durable (a test database), enough connections for ctest -j2 with pools.
  cat >>"$data/postgresql.conf" <<EOF

# --- courtyard test instance (scripts/pg-test.sh) ---
listen_addresses = '127.0.0.1'
unix_socket_directories = '$dir'
max_connections = 200
shared_buffers = 64MB
fsync = off
synchronous_commit = off
full_page_writes = off
logging_collector = off
log_min_messages = warning
log_min_error_statement = error
EOF
  # Only scram over loopback and the private socket; nothing else.
  cat >"$data/pg_hba.conf" <<EOF
# courtyard test instance: scram-sha-256 only, loopback and the private unix socket only
local   all   all                  scram-sha-256
host    all   all   127.0.0.1/32   scram-sha-256
EOF
  chown "$owner" "$data/postgresql.conf" "$data/pg_hba.conf"
}

start() {
  need_binaries
  if is_running; then
    if is_ready; then
      say "already running on 127.0.0.1:$port ($data)"
      return 0
    fi
    local running_port
    running_port=$(sed -n 4p "$data/postmaster.pid" 2>/dev/null || true)
    if [[ -n $running_port && $running_port != "$port" ]]; then
      die "the instance in $data already runs on port $running_port, not $port (stop it first)"
    fi
    say "running but not answering on port $port yet; waiting"
    wait_ready || die "the instance in $data runs but does not answer on 127.0.0.1:$port"
    return 0
  fi
  if is_ready; then
    die "something else already answers on 127.0.0.1:$port; choose another port with COURTYARD_PG_PORT"
  fi
  if [[ ! -f $data/PG_VERSION ]] || [[ $(stat -c %U "$data" 2>/dev/null) != "$owner" ]]; then
    create_cluster
  fi
  say "starting on 127.0.0.1:$port"
  # -p on the command line wins over postgresql.conf, so COURTYARD_PG_PORT works on a
  # folder made with another port.
  if ! as_owner "$bin/pg_ctl" start -D "$data" -l "$log" -w -t 60 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1" >/dev/null; then
    say "pg_ctl start failed; last lines of $log:"
    tail -n 30 "$log" >&2 || true
    exit 1
  fi
  wait_ready || die "did not become ready"
  say "ready: $url"
}

stop() {
  [[ -x $bin/pg_ctl ]] || return 0
  if is_running; then
    as_owner "$bin/pg_ctl" stop -D "$data" -m fast -w -t 60 >/dev/null
    say "stopped"
  else
    say "not running"
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  env) echo "export COURTYARD_TEST_PG_URL=$url" ;;
  status)
    if is_running && is_ready; then
      say "running on 127.0.0.1:$port ($data)"
    else
      say "not running"
      exit 1
    fi
    ;;
  destroy)
    stop
    rm -rf "$dir"
    say "removed $dir"
    ;;
  *)
    echo "usage: $0 start|stop|env|status|destroy" >&2
    exit 2
    ;;
esac
