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

# Each stage says how long it took (seconds of wall time; `uptime` says how loaded the machine was).
stage() { echo "== $1 (${SECONDS}s so far)"; }
started=$SECONDS

stage "lint and types"
# npm run check, its two halves side by side (each is one thread): ESLint and vue-tsc.
logs="$(mktemp -d)"
npx eslint . >"$logs/eslint" 2>&1 & eslint_pid=$!
npx vue-tsc --noEmit -p tsconfig.json >"$logs/vue-tsc" 2>&1 & tsc_pid=$!
eslint_rc=0; wait "$eslint_pid" || eslint_rc=$?
tsc_rc=0; wait "$tsc_pid" || tsc_rc=$?
cat "$logs/eslint" "$logs/vue-tsc"; rm -rf "$logs"
[ "$eslint_rc" = 0 ] && [ "$tsc_rc" = 0 ] || { echo "lint or types failed (eslint $eslint_rc, vue-tsc $tsc_rc)" >&2; exit 1; }

stage "unit tests"
npx vitest run
stage "build and browser tests"
npm run -s test:e2e
echo "== done in $((SECONDS - started))s; $(uptime)"
