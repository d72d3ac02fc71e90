#!/usr/bin/env bash
# Prints a development bearer token, signed with the Development key of appsettings.Development.json.
#
#   build/token.sh ada            # a customer token for user ada
#   build/token.sh ops admin      # an admin token
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
[ $# -ge 1 ] || { echo "usage: build/token.sh <userName> [role…]" >&2; exit 2; }
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 ASPNETCORE_ENVIRONMENT=Development
dotnet build "$root/src/Commerce.Host" -nologo -v:quiet -clp:NoSummary >&2
exec dotnet run --project "$root/src/Commerce.Host" --no-build --no-launch-profile -- token "$@"
