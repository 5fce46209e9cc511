#!/usr/bin/env bash
# Installs what Courtyard needs from Debian 12's packages (and the npm packages of the
# contract checker). Idempotent and quick when everything is already there.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)

packages=(
  # toolchain
  cmake g++ ninja-build pkg-config git openssl libssl-dev libgl-dev
  # Qt 6.4 (Debian 12)
  qt6-base-dev qt6-base-dev-tools qt6-declarative-dev qt6-declarative-dev-tools
  qt6-httpserver-dev qt6-websockets-dev qt6-positioning-dev libqt6positioning6-plugins
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-qpa-plugins qt6-translations-l10n
  libqt6sql6-sqlite libqt6sql6-psql qtkeychain-qt6-dev
  qml6-module-qtqml qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-templates
  qml6-module-qtquick-layouts qml6-module-qtquick-window qml6-module-qtqml-workerscript
  qml6-module-qttest qml6-module-qtpositioning qml6-module-qtquick-dialogs qml6-module-qt-labs-folderlistmodel
  # time zones: an estate's calendar days (due dates, "today") are read in its own zone
  tzdata
  # Chinese glyphs for the zh_CN screens
  fonts-noto-cjk
  # tests and benchmarks (curl and jq: bench/server-bench.sh talks to the server with them)
  postgresql wrk nodejs npm faketime curl jq
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
# nodejs from another source may provide npm itself
if command -v npm >/dev/null; then
  kept=()
  for p in ${missing[@]+"${missing[@]}"}; do
    [[ $p == npm ]] || kept+=("$p")
  done
  missing=(${kept[@]+"${kept[@]}"})
fi

if ((${#missing[@]})); then
  echo "install-deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The contract checker (tests/contract) runs on Node; its packages are pinned in package-lock.json.
if [[ -f "$here/tests/contract/package.json" && ! -d "$here/tests/contract/node_modules" ]]; then
  echo "install-deps: npm packages for the contract checker"
  (cd "$here/tests/contract" && npm ci --silent --no-audit --no-fund)
fi
echo "install-deps: ok"
