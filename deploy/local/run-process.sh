#!/usr/bin/env bash
# supervisord's command for one platform process (see the config up.sh writes):
#   run-process.sh <platform.env> <name> <port> <dll>
# Loads the shared configuration, adds the per-process part and replaces itself with `dotnet <dll>`.
# (No subshells or background jobs before the exec: their zombies would be left to dotnet, which does not reap them.)
set -euo pipefail
if [ $# -eq 1 ]; then
  # older generated configs call "run-process.sh <name>": look the rest up in env.sh
  . "$(dirname "${BASH_SOURCE[0]}")/env.sh"
  name=$1 env_file=$PLATFORM_ENV_FILE
  port=${PROC_PORT[$name]:?unknown process $1} dll=${PROC_DLL[$name]}
  cd "${PROC_DIR[$name]}"
else
  env_file=$1 name=$2 port=$3 dll=$4
fi
[ -f "$env_file" ] || { echo "run-process: $env_file is missing; run deploy/local/up.sh" >&2; exit 78; }
[ -f "$dll" ] || { echo "run-process: $dll not found; build with: dotnet build AccountingPlatform.sln -c Release" >&2; exit 78; }
set -a
# shellcheck source=/dev/null
. "$env_file"
set +a
# Urls as well: an appsettings.json "Urls" (the channel emulator has one) outranks ASPNETCORE_URLS, a plain
# environment variable outranks appsettings.json.
export ASPNETCORE_URLS="http://127.0.0.1:$port" Urls="http://127.0.0.1:$port" OTEL_SERVICE_NAME="$name"
echo "run-process: starting $name on $ASPNETCORE_URLS ($dll)"
exec dotnet "$dll"
