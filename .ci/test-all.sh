#!/usr/bin/env bash
# Installs what the tests need and runs them all: lint + types, unit tests, build, browser tests.
# npm dependencies come from the lock file; Chromium and the CJK font come from Debian's apt
# where they are missing and this user can install them.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "== npm ci"
  npm ci --no-audit --no-fund
fi

CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
need_browser=0
[ -x "$CHROMIUM" ] || need_browser=1
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || need_browser=1
if [ "$need_browser" = 1 ]; then
  if command -v apt-get >/dev/null 2>&1 && { [ "$(id -u)" = 0 ] || command -v sudo >/dev/null 2>&1; }; then
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
    echo "== apt-get install chromium fonts-noto-cjk"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk >/dev/null
  fi
fi
if [ ! -x "$CHROMIUM" ]; then
  echo "Browser tests need Chromium at $CHROMIUM (Debian: apt-get install chromium fonts-noto-cjk)," >&2
  echo "or set CHROMIUM_PATH to a Chromium/Chrome binary. Nothing was run." >&2
  exit 3
fi

echo "== lint and types"
npm run -s check
echo "== unit tests"
npx vitest run
echo "== build and browser tests"
npm run -s test:e2e
