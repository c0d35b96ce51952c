#!/usr/bin/env bash
# Runs the whole platform on this machine without Docker or Aspire: PostgreSQL, Redis and RabbitMQ as local
# processes, every service, the gateway and the channel emulator under supervisord; waits until all are healthy.
set -euo pipefail
. "$(dirname "$0")/env.sh"
started=$(date +%s)
cd "$REPO_ROOT"
[ -f AccountingPlatform.sln ] || die "AccountingPlatform.sln not found in $REPO_ROOT"

"$REPO_ROOT/deploy/local/infra.sh" start
"$REPO_ROOT/deploy/local/keys.sh"
"$REPO_ROOT/deploy/local/platform-env.sh"

log "building (Release)"
dotnet build AccountingPlatform.sln -c Release -nologo -v q -clp:ErrorsOnly >"$RUN_DIR/build.log" 2>&1 \
  || { tail -30 "$RUN_DIR/build.log"; die "build failed; see $RUN_DIR/build.log"; }

sup=$RUN_DIR/supervisor
mkdir -p "$sup" "$RUN_DIR/logs"
{
  cat <<CONF
[unix_http_server]
file=$sup/supervisor.sock

[supervisord]
logfile=$sup/supervisord.log
pidfile=$sup/supervisord.pid
childlogdir=$RUN_DIR/logs
nodaemon=false

[rpcinterface:supervisor]
supervisor.rpcinterface_factory = supervisor.rpcinterface:make_main_rpcinterface

[supervisorctl]
serverurl=unix://$sup/supervisor.sock
CONF
  echo "$PROCESSES" | awk 'NF {print $1}' | while read -r name; do
    cat <<CONF

[program:$name]
command=$REPO_ROOT/deploy/local/run-process.sh $name
autorestart=true
startsecs=2
stopwaitsecs=15
stopasgroup=true
killasgroup=true
redirect_stderr=true
stdout_logfile=$RUN_DIR/logs/$name.log
stdout_logfile_maxbytes=20MB
stdout_logfile_backups=2
CONF
  done
} > "$sup/supervisord.conf"

ctl() { supervisorctl -c "$sup/supervisord.conf" "$@"; }
if ctl pid >/dev/null 2>&1; then
  log "restarting platform processes"; ctl reread >/dev/null; ctl update >/dev/null; ctl restart all >/dev/null
else
  log "starting supervisord"; supervisord -c "$sup/supervisord.conf"
fi

log "waiting for every process to be healthy"
deadline=$(( $(date +%s) + ${HEALTH_TIMEOUT:-180} ))
pending=$(echo "$PROCESSES" | awk 'NF {print $1":"$2}')
while [ -n "$pending" ]; do
  still=""
  for entry in $pending; do
    curl -fsS -o /dev/null -m 2 "http://127.0.0.1:${entry#*:}/health" 2>/dev/null || still="$still $entry"
  done
  pending=$(echo "$still" | xargs)
  [ -z "$pending" ] && break
  if [ "$(date +%s)" -gt "$deadline" ]; then
    for entry in $pending; do
      echo "---- ${entry%%:*} is not healthy; last log lines ($RUN_DIR/logs/${entry%%:*}.log):"
      tail -n 25 "$RUN_DIR/logs/${entry%%:*}.log" 2>/dev/null || true
      curl -sS -m 2 "http://127.0.0.1:${entry#*:}/health" 2>/dev/null || true; echo
    done
    die "not healthy after ${HEALTH_TIMEOUT:-180} s: $pending"
  fi
  sleep 1
done

cat <<DONE

The platform is up ($(( $(date +%s) - started )) s).
  Gateway:        http://127.0.0.1:$GATEWAY_PORT
  API documents:  http://127.0.0.1:$GATEWAY_PORT/api/{identity,realname,personnel,review,enrollment,payment}/openapi/v1.json
  Channel emulator (Alipay, SMS sink): http://127.0.0.1:$EMULATOR_PORT  (SMS: http://127.0.0.1:$EMULATOR_PORT/emulator/sms/messages)
  Health:         http://127.0.0.1:<port>/health for each process; logs in $RUN_DIR/logs
  Development reviewers: 13900000001 (北京, 110000) and 13900000002 (广东, 440000), password Review@2024dev
  Stop with: deploy/local/down.sh
DONE
