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
  qt6-websockets-dev qt6-positioning-dev libqt6positioning6-plugins
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-qpa-plugins qt6-translations-l10n
  libqt6sql6-sqlite libqt6sql6-psql qtkeychain-qt6-dev
  qml6-module-qtqml qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-templates
  qml6-module-qtquick-layouts qml6-module-qtquick-window qml6-module-qtqml-workerscript
  qml6-module-qttest qml6-module-qtpositioning qml6-module-qtquick-dialogs qml6-module-qt-labs-folderlistmodel
  # the resident's camera for scanning join codes (Qt Multimedia and its QML module)
  qt6-multimedia-dev qml6-module-qtmultimedia
  # QR codes (join codes): zxing-cpp encodes and decodes them
  libzxing-dev
  # password rules: libpwquality, and cracklib's dictionary it checks against
  libpwquality-dev cracklib-runtime
  # time zones: an estate's calendar days (due dates, "today") are read in its own zone
  tzdata
  # Chinese glyphs for the zh_CN screens
  fonts-noto-cjk
  # tests and benchmarks (curl and jq: bench/server-bench.sh talks to the server with them;
  # poppler-utils' pdftotext reads a receipt PDF's text back: tests/client/fees)
  postgresql wrk nodejs npm faketime curl jq poppler-utils
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

# The contract checker (tests/contract) runs on Node; its packages (the linter @redocly/cli
# among them) are pinned in package-lock.json. `npm ci` runs again whenever that file differs
# from the one the installed packages came from (a stamp in node_modules), so a checkout whose
# lock gained a package gets it.
contract="$here/tests/contract"
if [[ -f "$contract/package-lock.json" ]]; then
  lock=$(sha256sum "$contract/package-lock.json" | cut -d' ' -f1)
  stamp="$contract/node_modules/.courtyard-package-lock.sha256"
  if [[ ! -f $stamp || $(<"$stamp") != "$lock" ]]; then
    echo "install-deps: npm packages for the contract checker"
    (cd "$contract" && npm ci --silent --no-audit --no-fund)
    echo "$lock" >"$stamp"
  fi
  # @redocly/cli runs on Node.js 20.19+ (20.x) or 22.12+; Debian 12's own nodejs (18) is too old.
  node -e 'const [a, b] = process.versions.node.split(".").map(Number);
           process.exit((a === 20 && b >= 19) || (a === 22 && b >= 12) || a > 22 ? 0 : 1)' ||
    echo "install-deps: warning: node $(node --version) is too old for the contract linter (@redocly/cli needs 20.19+ or 22.12+)" >&2
fi
echo "install-deps: ok"
