#!/usr/bin/env bash
# THE demo command: builds everything, starts a local courtyard-server with demo data on
# https://127.0.0.1:8443 (its own CA, made on the first run), then opens Courtyard Resident
# and Courtyard Staff against it. Ctrl-C stops everything this script started.
#
# Without a display ($DISPLAY and $WAYLAND_DISPLAY empty) the apps run offscreen, sign in
# with a demo login, save screenshots (<app>-signin.png, <app>-home.png) and exit; the server
# keeps running until Ctrl-C.
#
# Environment: COURTYARD_DEMO_PORT (8443), COURTYARD_BUILD_DIR (build),
#              COURTYARD_DEMO_NO_WAIT=1 (stop the server after the apps, instead of waiting for Ctrl-C).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
build=${COURTYARD_BUILD_DIR:-build}
port=${COURTYARD_DEMO_PORT:-8443}
state=$root/.state/demo
password=courtyard-demo
resident_login=13800000001   # 王芳 Wang Fang
staff_login=13900000001      # 陈静 Chen Jing (agent)

bash scripts/install-deps.sh

echo "demo: configure and build ($build)"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCOURTYARD_DEVTOOLS=ON >/dev/null
cmake --build "$build" -j"$(nproc)"

# Where CMake put an executable (the targets may sit in their own subfolders).
find_exe() {
  local name=$1 f
  for f in "$build/bin/$name" "$build/$name" "$build/server/$name" "$build/app/$name" \
           "$build/app/${name#courtyard-}/$name"; do
    [[ -x $f && -f $f ]] && break
    f=
  done
  [[ -n $f ]] || f=$(find "$build" -type f -name "$name" -perm -u+x -not -path '*/CMakeFiles/*' 2>/dev/null | head -n 1)
  [[ -n $f ]] || { echo "demo: $name was not built (looked in $build)" >&2; return 1; }
  echo "$(cd "$(dirname "$f")" && pwd)/$(basename "$f")"
}
server=$(find_exe courtyard-server)
resident=$(find_exe courtyard-resident)
staff=$(find_exe courtyard-staff)

pids=()
cleanup() {
  local status=$? pid
  trap - INT TERM EXIT
  for pid in ${pids[@]+"${pids[@]}"}; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in ${pids[@]+"${pids[@]}"}; do
    wait "$pid" 2>/dev/null || true
  done
  ((${#pids[@]})) && echo "demo: stopped"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

mkdir -p "$state"
echo "demo: state folder $state"
"$server" init --state "$state" --port "$port"
"$server" seed-demo --state "$state"

log=$state/server.log
echo "demo: starting courtyard-server (log: $log)"
"$server" serve --state "$state" --port "$port" >"$log" 2>&1 &
pids+=($!)
server_pid=$!
for ((i = 0; i < 300; i++)); do
  grep -q 'listening on' "$log" && break
  if ! kill -0 "$server_pid" 2>/dev/null; then
    echo "demo: courtyard-server exited; its log:" >&2
    cat "$log" >&2
    if grep -qi 'address.*in use\|could not listen\|bind' "$log"; then
      echo "demo: port $port is taken; pick another with COURTYARD_DEMO_PORT=NNNN" >&2
    fi
    exit 1
  fi
  sleep 0.1
done
grep -q 'listening on' "$log" || { echo "demo: courtyard-server did not start within 30 s; see $log" >&2; exit 1; }
grep -m1 'listening on' "$log"
url=https://127.0.0.1:$port
app_args=(--server "$url" --ca "$state/ca.pem")

cat <<EOF

  Courtyard demo - server $url (CA: $state/ca.pem)
  Demo logins, password for all: $password
    resident    13800000001  王芳 Wang Fang (unit 1-0301)
    resident    13800000002  李强 Li Qiang (unit 2-1502)
    agent       13900000001  陈静 Chen Jing
    technician  13900000002  张伟 Zhang Wei
    technician  13900000003  刘洋 Liu Yang
    manager     13900000009  赵敏 Zhao Min
  Residents sign in to Courtyard Resident, the others to Courtyard Staff.

EOF

# Each app keeps its local data (offline store, settings) inside the demo state folder,
# so the demo leaves nothing in your home folder and a reset is: rm -rf .state/demo
app_env() {   # sets the array app_env_vars for app $1
  local dir=$state/apps/$1
  mkdir -p "$dir/data" "$dir/config" "$dir/cache"
  app_env_vars=(XDG_DATA_HOME="$dir/data" XDG_CONFIG_HOME="$dir/config" XDG_CACHE_HOME="$dir/cache")
}

if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} ]]; then
  shots=$state/screenshots
  mkdir -p "$shots"
  echo "demo: no display (\$DISPLAY and \$WAYLAND_DISPLAY are empty): running the apps offscreen,"
  echo "demo: signing in with a demo login and saving screenshots to $shots"
  export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$state/runtime}
  mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
  failed=0
  for pair in "courtyard-resident:$resident:$resident_login" "courtyard-staff:$staff:$staff_login"; do
    IFS=: read -r name exe login <<<"$pair"
    echo "demo: $name (signs in as $login)"
    app_status=0
    app_env "$name"
    env "${app_env_vars[@]}" QT_QPA_PLATFORM=offscreen COURTYARD_DEMO_LOGIN="$login:$password" \
      timeout 120 "$exe" "${app_args[@]}" --screenshot "$shots" >"$state/$name.log" 2>&1 || app_status=$?
    if ((app_status != 0)); then
      echo "demo: $name exited with status $app_status; last lines of $state/$name.log:" >&2
      tail -n 20 "$state/$name.log" >&2
      failed=1
    fi
  done
  echo "demo: screenshots in $shots:"
  ls -1 "$shots" | sed 's/^/  /'
  if [[ -n ${COURTYARD_DEMO_NO_WAIT:-} ]]; then
    exit "$failed"
  fi
  echo "demo: the server keeps running at $url; Ctrl-C stops it."
else
  echo "demo: opening Courtyard Resident and Courtyard Staff (logs in $state/*.log)"
  for pair in "courtyard-resident:$resident" "courtyard-staff:$staff"; do
    IFS=: read -r name exe <<<"$pair"
    app_env "$name"
    env "${app_env_vars[@]}" "$exe" "${app_args[@]}" >"$state/$name.log" 2>&1 &
    pids+=($!)
  done
  echo "demo: the server runs at $url until Ctrl-C (closing the apps leaves it running)."
  echo "demo: to open an app again from another terminal:"
  for pair in "courtyard-resident:$resident" "courtyard-staff:$staff"; do
    IFS=: read -r name exe <<<"$pair"
    app_env "$name"
    echo "  env ${app_env_vars[*]} $exe ${app_args[*]}"
  done
fi

wait "$server_pid" || true
echo "demo: courtyard-server stopped on its own; last lines of $log:" >&2
tail -n 20 "$log" >&2
exit 1
