#!/usr/bin/env bash
# Runs Commerce with everything it needs: installs/starts PostgreSQL and the SQS emulator (build/infra.sh), then
# the host in Development (sample catalog, interactive API page) on http://127.0.0.1:${COMMERCE_PORT:-5080}.
#
#   build/run.sh                 # http://127.0.0.1:5080
#   COMMERCE_PORT=8080 build/run.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

"$root/build/infra.sh" up
port="${COMMERCE_PORT:-5080}"
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
echo "Commerce on http://127.0.0.1:$port (API page: /docs, OpenAPI: /openapi/v1.json, tokens: POST /dev/tokens). Ctrl+C stops it."
exec dotnet run --project "$root/src/Commerce.Host" --no-launch-profile -- --urls "http://127.0.0.1:$port"
