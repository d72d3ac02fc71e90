#!/usr/bin/env bash
# Installs what the browser test of the API page needs, when missing: Debian's Chromium and playwright-core
# (pinned in tests/browser/package.json and its lock). Idempotent.
#
#   build/browser.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
log() { printf '[browser] %s\n' "$*" >&2; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

if ! command -v chromium >/dev/null 2>&1; then
  log "installing Chromium (Debian package)"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq chromium >/dev/null
fi

if [ ! -d "$root/tests/browser/node_modules/playwright-core" ]; then
  log "installing playwright-core"
  (cd "$root/tests/browser" && npm ci --no-audit --no-fund --loglevel=error)
fi
log "Chromium $(chromium --version 2>/dev/null | awk '{print $2}') and playwright-core ready"
