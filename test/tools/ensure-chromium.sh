#!/usr/bin/env bash
# Makes sure Debian's Chromium and CJK fonts are present (the tests and the demo drive the system Chromium;
# Playwright never downloads a browser here). Installs them with apt when missing and we are root.
set -euo pipefail
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
# The Firefox e2e (test/e2e/specs/firefox.e2e.ts) drives Debian's Firefox ESR over WebDriver BiDi.
[ -x /usr/bin/firefox-esr ] || need+=(firefox-esr)
# Read fc-list's whole output before matching: `fc-list | grep -q` under pipefail fails at random, as grep -q
# exits at the first match and fc-list then dies of SIGPIPE.
fonts="$(fc-list : family 2>/dev/null || true)"
[[ "${fonts,,}" == *"noto sans cjk"* ]] || need+=(fonts-noto-cjk)
command -v openssl >/dev/null || need+=(openssl)
if [ ${#need[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" -ne 0 ]; then
  echo "Missing: ${need[*]}. Install them with: sudo apt-get install -y ${need[*]}" >&2
  exit 1
fi
echo "Installing ${need[*]} with apt…"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq "${need[@]}" >/dev/null
