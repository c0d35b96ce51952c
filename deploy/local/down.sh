#!/usr/bin/env bash
# Stops the platform processes and their supervisord, then PostgreSQL, Redis and RabbitMQ (infra.sh stop).
# Usage: deploy/local/down.sh
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"

sv_pid=$(pid_from "$SUPERVISOR_PIDFILE")
if pid_alive "$sv_pid"; then
  programs=$(ctl pid all 2>/dev/null | grep -E '^[0-9]+$' || true)
  log "stopping the platform processes"
  ctl stop all >/dev/null 2>&1 || warn "supervisorctl stop all failed; see $LOG_DIR/supervisord.log"
  log "stopping supervisord (pid $sv_pid)"
  ctl shutdown >/dev/null 2>&1 || kill -TERM "$sv_pid" 2>/dev/null || true
  if ! wait_until 30 pid_gone "$sv_pid"; then
    warn "supervisord did not exit in 30 s; killing it"; kill -KILL "$sv_pid" 2>/dev/null || true
  fi
  for pid in $programs; do
    wait_until 20 pid_gone "$pid" || { warn "process $pid is still running; killing it"; kill -KILL "$pid" 2>/dev/null || true; }
  done
  rm -f "$SUPERVISOR_PIDFILE"
else
  log "supervisord: not running"
fi

bash "$DEPLOY_DIR/infra.sh" stop
