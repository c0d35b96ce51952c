#!/usr/bin/env bash
# The run command: installs what the AppHost needs (prerequisites.sh), then runs the platform under the .NET Aspire
# AppHost (dotnet run --project AppHost) with its dashboard. Ctrl+C stops everything it started.
# PostgreSQL, RabbitMQ and Redis run as containers where a container runtime with their images works, otherwise as
# local processes from Debian's packages (the AppHost chooses and says which; Infrastructure__Mode overrides).
# Settings: any AppHost configuration as environment variables, e.g. Infrastructure__Mode=processes,
#           Infrastructure__DataDirectory=/path (default .local/aspire), Gateway__RateLimits__LoginPerMinute=60.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
bash deploy/local/prerequisites.sh
echo "The candidate portal will be at http://127.0.0.1:5080/ (the APIs under /api/); the dashboard's login link follows."
exec dotnet run --project AppHost --launch-profile http "$@"
