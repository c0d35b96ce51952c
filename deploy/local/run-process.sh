#!/usr/bin/env bash
# Supervisor's command for one platform process: its configuration from .local/platform.env, then exec dotnet.
set -euo pipefail
. "$(dirname "$0")/env.sh"
name=$1
read -r _ port dir assembly < <(echo "$PROCESSES" | awk -v n="$name" '$1 == n')
set -a; . "$RUN_DIR/platform.env"; set +a
export ASPNETCORE_URLS="http://127.0.0.1:$port" OTEL_SERVICE_NAME="$name"
cd "$REPO_ROOT/$dir"
exec dotnet "bin/Release/net10.0/$assembly.dll"
