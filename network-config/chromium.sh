#!/usr/bin/env bash
# Debian's headless Chromium and its WebDriver, for the browser tests of the web page (integration-tests, WebPageIT).
#
#   network-config/chromium.sh      install Debian's packages `chromium` and `chromium-driver` when
#                                   /usr/bin/chromium or /usr/bin/chromedriver is missing; prints both versions.
#
# Nothing is downloaded but Debian's packages (no browser build of its own, no Selenium Manager).
# Installing needs root; otherwise it says which command to run. The log is .anchor/logs/chromium-install.log.
set -euo pipefail

ANCHOR_HOME="$(cd "$(dirname "$0")/.." && pwd)"
STATE_DIR="${ANCHOR_STATE_DIR:-$ANCHOR_HOME/.anchor}"
LOG_DIR="$STATE_DIR/logs"
LOG="$LOG_DIR/chromium-install.log"
CHROMIUM=/usr/bin/chromium
CHROMEDRIVER=/usr/bin/chromedriver

log() { printf '[anchor-chromium] %s\n' "$*" >&2; }
fail() { printf '[anchor-chromium] error: %s\n' "$*" >&2; exit 1; }

if [[ ! -x "$CHROMIUM" || ! -x "$CHROMEDRIVER" ]]; then
  [[ "$(id -u)" == 0 ]] ||
    fail "$CHROMIUM or $CHROMEDRIVER is missing; install Debian's packages: sudo apt-get install -y chromium chromium-driver"
  log "installing Chromium (apt-get install chromium chromium-driver)"
  mkdir -p "$LOG_DIR"
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver; } >"$LOG" 2>&1 ||
    fail "installing Chromium failed; read $LOG"
  [[ -x "$CHROMIUM" && -x "$CHROMEDRIVER" ]] || fail "Chromium installed, but $CHROMIUM or $CHROMEDRIVER is missing"
fi
log "$("$CHROMIUM" --version 2>/dev/null || echo "chromium (version unknown)"); $("$CHROMEDRIVER" --version 2>/dev/null | head -n 1)"
