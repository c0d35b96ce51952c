#!/usr/bin/env bash
# Stops every platform process, supervisord, and the local PostgreSQL, Redis and RabbitMQ.
set -euo pipefail
. "$(dirname "$0")/env.sh"
conf=$RUN_DIR/supervisor/supervisord.conf
if [ -f "$conf" ] && supervisorctl -c "$conf" pid >/dev/null 2>&1; then
  log "stopping platform processes"
  supervisorctl -c "$conf" stop all >/dev/null 2>&1 || true
  pid=$(supervisorctl -c "$conf" pid 2>/dev/null || true)
  supervisorctl -c "$conf" shutdown >/dev/null 2>&1 || true
  for _ in $(seq 50); do [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && [ "$(ps -o stat= -p "$pid" | cut -c1)" != Z ] || break; sleep 0.2; done
fi
"$(dirname "$0")/infra.sh" stop
