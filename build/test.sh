#!/usr/bin/env bash
# Runs every test: unit, architecture, and API tests against a real PostgreSQL and SQS emulator, which it
# installs and starts first (build/infra.sh), and the API page's test in headless Chromium (build/browser.sh). Each API test run works in a database of its own and drops it.
#
#   build/test.sh [extra dotnet test arguments, e.g. --filter Catalog]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

"$root/build/infra.sh" up
"$root/build/browser.sh"
dotnet build "$root/Commerce.sln" -nologo -clp:NoSummary -v:quiet

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
status=0
dotnet test "$root/Commerce.sln" --no-build -nologo "$@" 2>&1 | tee "$log" || status=$?

# One closing line over all test assemblies, in the plain form CI reads.
awk '/(Passed|Failed)! +- +Failed:/ {
       gsub(/,/, ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) }
     }
     END { printf "Tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
exit "$status"
