#!/usr/bin/env bash
# The fault-injection suite: SIGKILL of the host mid-checkout, the SQS emulator paused 20 s, PostgreSQL stopped,
# a consumer failing until fixed (and poison listed and redriven), two processes splitting the modules, three
# Balanced nodes with one killed, authorizations lapsing before shipping, and a bad-input sweep over every route. Each
# drives real load through the Release host and checks every accepted order end to end (docs/reliability.md).
#
#   build/faults.sh            # full form; writes docs/reliability.md
#   build/faults.sh --short    # CI's form: the same checks with less load; prints, writes nothing
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

"$root/build/infra.sh" up
dotnet build "$root/tools/Commerce.Workbench" -c Release -nologo -clp:NoSummary -v:quiet
exec dotnet "$root/tools/Commerce.Workbench/bin/Release/net10.0/Commerce.Workbench.dll" faults --root "$root" "$@"
