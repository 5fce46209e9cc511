#!/usr/bin/env bash
# THE test command: installs what is missing, builds everything, starts a private
# PostgreSQL (scripts/pg-test.sh) so the server tests run on both SQLite and PostgreSQL,
# runs the whole ctest suite headless, stops PostgreSQL again, exits with ctest's status.
#
#   bash scripts/test.sh                 # everything
#   bash scripts/test.sh -R server       # extra arguments go to ctest (here: only tests matching "server")
#
# Environment: COURTYARD_BUILD_DIR (build), COURTYARD_PG_PORT (55432),
#              COURTYARD_TEST_PG_URL (preset = use that PostgreSQL, start none),
#              CTEST_PARALLEL (2).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
build=${COURTYARD_BUILD_DIR:-build}

bash scripts/install-deps.sh

echo "test: configure and build ($build)"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCOURTYARD_DEVTOOLS=ON
cmake --build "$build" -j"$(nproc)"

if [[ -n ${COURTYARD_TEST_PG_URL:-} ]]; then
  echo "test: using the PostgreSQL given in COURTYARD_TEST_PG_URL"
else
  # Stop it at the end only if this run started it.
  if ! bash scripts/pg-test.sh status 2>/dev/null; then
    trap 'bash scripts/pg-test.sh stop || true' EXIT
  fi
  bash scripts/pg-test.sh start
  eval "$(bash scripts/pg-test.sh env)"
fi
export COURTYARD_TEST_PG_URL
export COURTYARD_REQUIRE_PG=1       # the PostgreSQL tests fail (not skip) when it is unreachable
export QT_QPA_PLATFORM=offscreen    # no display needed
if [[ -z ${XDG_RUNTIME_DIR:-} ]]; then   # keeps Qt quiet when run as root or headless
  XDG_RUNTIME_DIR=$(cd "$build" && pwd)/xdg-runtime
  export XDG_RUNTIME_DIR
  mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
fi

echo "test: ctest"
status=0
# --timeout is the default for tests that set none, so a hang cannot eat the CI budget.
ctest --test-dir "$build" --output-on-failure -j"${CTEST_PARALLEL:-2}" --timeout 600 "$@" || status=$?
if ((status == 0)); then echo "test: all passed"; else echo "test: FAILED (ctest exit status $status)"; fi
exit "$status"
