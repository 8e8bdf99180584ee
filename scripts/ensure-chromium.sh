#!/usr/bin/env bash
# Makes sure the e2e tests have a Chromium to drive, and a CJK font so screenshots show Chinese text rather than
# empty boxes. Quiet and idempotent when both are already there.
# Order: $CHROMIUM_PATH, /usr/bin/chromium, else (as root on Debian) apt-get install chromium.
set -euo pipefail

ensure_cjk_font() {
  if command -v fc-list >/dev/null 2>&1 && [[ -n "$(fc-list :lang=zh 2>/dev/null | head -n 1)" ]]; then
    return 0
  fi
  if command -v apt-get >/dev/null 2>&1 && [[ "$(id -u)" == "0" ]]; then
    echo "ensure-chromium: no CJK font found; installing fonts-wqy-microhei with apt-get." >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq fonts-wqy-microhei >/dev/null || echo "ensure-chromium: font install failed (screenshots will show boxes; tests still run)." >&2
  fi
}
ensure_cjk_font

if [[ -n "${CHROMIUM_PATH:-}" ]]; then
  if [[ -x "${CHROMIUM_PATH}" ]]; then
    exit 0
  fi
  echo "ensure-chromium: CHROMIUM_PATH=${CHROMIUM_PATH} is not an executable file." >&2
  exit 1
fi

if [[ -x /usr/bin/chromium ]]; then
  exit 0
fi

if command -v apt-get >/dev/null 2>&1 && [[ "$(id -u)" == "0" ]]; then
  echo "ensure-chromium: /usr/bin/chromium is missing; installing Debian's chromium with apt-get." >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
  if [[ ! -x /usr/bin/chromium ]]; then
    echo "ensure-chromium: apt-get finished but /usr/bin/chromium is still missing." >&2
    exit 1
  fi
  echo "ensure-chromium: installed $(/usr/bin/chromium --version 2>/dev/null)." >&2
  exit 0
fi

cat >&2 <<'MSG'
ensure-chromium: no Chromium found (CHROMIUM_PATH is unset and /usr/bin/chromium does not exist),
and this is not a root shell on Debian, so nothing was installed. Either:
  - install Chromium and point CHROMIUM_PATH at its binary, or
  - run `npx playwright install chromium` to let Playwright use its own browser.
MSG
exit 0
