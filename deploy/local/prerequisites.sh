#!/usr/bin/env bash
# Installs from Debian's packages what the AppHost needs to run PostgreSQL, Redis and RabbitMQ as local processes
# (used when no container runtime works): postgresql, redis-server, rabbitmq-server. Idempotent; quiet when all is
# there. The packages' own system-wide services are not started (policy-rc.d), only the AppHost's private ones.
# Usage: deploy/local/prerequisites.sh
set -euo pipefail
log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }
die() { printf '[%s] ERROR: %s\n' "$(date +%H:%M:%S)" "$*" >&2; exit 1; }

command -v dotnet >/dev/null || die "the .NET SDK (dotnet) is not on PATH; see global.json for the version"

missing=()
ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || missing+=(postgresql)
command -v redis-server >/dev/null || missing+=(redis-server)
[ -x /usr/lib/rabbitmq/bin/rabbitmq-server ] || missing+=(rabbitmq-server)
command -v setpriv >/dev/null || missing+=(util-linux)
command -v openssl >/dev/null || missing+=(openssl)
[ ${#missing[@]} -eq 0 ] && exit 0

bash "$(dirname "${BASH_SOURCE[0]}")/apt-install.sh" "${missing[@]}" || die "could not install ${missing[*]}"
log "installed: ${missing[*]}"
