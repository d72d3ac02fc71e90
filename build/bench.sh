#!/usr/bin/env bash
# The benchmark: Release build, real PostgreSQL and SQS emulator, wrk for reads; writes docs/benchmarks.md.
# Product reads and checkouts against bare baselines, 202 → Confirmed at a fixed offered rate with the time per message hop,
# at 1,000 products / 1,000 events and at 100,000 products / 1,000,000 events. About 30 minutes.
#
#   build/bench.sh            # the full run; writes docs/benchmarks.md
#   build/bench.sh --quick    # a smoke run at the small size, prints the figures, writes nothing
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

"$root/build/infra.sh" up
if ! command -v wrk >/dev/null; then
  echo "[bench] installing wrk (Debian package)" >&2
  if [ "$(id -u)" -eq 0 ]; then { apt-get update -qq && apt-get install -y -qq wrk; } >/dev/null; else { sudo apt-get update -qq && sudo apt-get install -y -qq wrk; } >/dev/null; fi
fi
dotnet build "$root/tools/Commerce.Workbench" -c Release -nologo -clp:NoSummary -v:quiet
exec dotnet "$root/tools/Commerce.Workbench/bin/Release/net10.0/Commerce.Workbench.dll" bench --root "$root" "$@"
