#!/usr/bin/env bash
# PostgreSQL, Redis and RabbitMQ as local processes on loopback (no Docker). Usage: infra.sh start|stop|status
set -euo pipefail
. "$(dirname "$0")/env.sh"

install_missing() {
  local missing=()
  command -v redis-server >/dev/null || missing+=(redis-server)
  [ -x "$RABBIT_BIN/rabbitmq-server" ] || missing+=(rabbitmq-server)
  command -v supervisord >/dev/null || missing+=(supervisor)
  [ -x "$PG_BIN/postgres" ] || missing+=(postgresql-15)
  command -v openssl >/dev/null || missing+=(openssl)
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing ${missing[*]} from apt"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    # The packages may start system-wide instances; this platform runs its own.
    pkill -f 'rabbitmq_server|beam.smp.*rabbit@' 2>/dev/null || true
  fi
}

start_postgres() {
  mkdir -p "$PG_DIR"
  # every parent must be traversable by the postgres user
  local d=$PG_DIR; while [ "$d" != / ]; do chmod o+x "$d" 2>/dev/null || true; d=$(dirname "$d"); done
  chown postgres:postgres "$PG_DIR"
  if [ ! -f "$PG_DIR/data/PG_VERSION" ]; then
    log "initializing PostgreSQL data in $PG_DIR/data"
    echo postgres > "$PG_DIR/pwfile"; chown postgres "$PG_DIR/pwfile"
    runuser -u postgres -- "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --pwfile="$PG_DIR/pwfile" \
      --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$PG_DIR/initdb.log"
    rm -f "$PG_DIR/pwfile"
  fi
  if runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DIR/data" status >/dev/null 2>&1; then return; fi
  log "starting PostgreSQL on 127.0.0.1:$PG_PORT"
  runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/postgres.log" -w -t 60 \
    -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $PG_DIR -c max_connections=300 -c fsync=on" start >/dev/null \
    || die "PostgreSQL did not start; see $PG_DIR/postgres.log"
}

start_redis() {
  if port_open "$REDIS_PORT"; then return; fi
  log "starting Redis on 127.0.0.1:$REDIS_PORT"
  mkdir -p "$RUN_DIR/redis"
  redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --save "" --appendonly no --daemonize yes \
    --dir "$RUN_DIR/redis" --pidfile "$RUN_DIR/redis/redis.pid" --logfile "$RUN_DIR/redis/redis.log"
  for _ in $(seq 50); do port_open "$REDIS_PORT" && return; sleep 0.1; done
  die "Redis did not start; see $RUN_DIR/redis/redis.log"
}

start_rabbitmq() {
  if port_open "$RABBIT_PORT"; then return; fi
  log "starting RabbitMQ on 127.0.0.1:$RABBIT_PORT (takes ~10 s)"
  mkdir -p "$RABBITMQ_MNESIA_BASE" "$RABBITMQ_LOG_BASE" "$HOME_FOR_RABBIT"
  echo "[]." > "$RABBITMQ_ENABLED_PLUGINS_FILE"
  printf 'loopback_users = none\nlisteners.tcp.default = 127.0.0.1:%s\n' "$RABBIT_PORT" > "$RABBITMQ_CONFIG_FILE.conf"
  epmd -port "$EPMD_PORT" -address 127.0.0.1 -daemon
  HOME=$HOME_FOR_RABBIT setsid "$RABBIT_BIN/rabbitmq-server" >"$RABBITMQ_LOG_BASE/server.out" 2>&1 < /dev/null &
  for _ in $(seq 120); do epmd -port "$EPMD_PORT" -names 2>/dev/null | grep -q "name platform" && break; sleep 0.5; done
  rabbitmqctl_ await_startup --timeout 120 >/dev/null || die "RabbitMQ did not start; see $RABBITMQ_LOG_BASE"
  for _ in $(seq 100); do port_open "$RABBIT_PORT" && return; sleep 0.2; done
  die "RabbitMQ does not accept connections on $RABBIT_PORT; see $RABBITMQ_LOG_BASE"
}

stop_all() {
  if [ -f "$PG_DIR/data/PG_VERSION" ] && runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DIR/data" status >/dev/null 2>&1; then
    log "stopping PostgreSQL"; runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null || true
  fi
  if port_open "$REDIS_PORT"; then log "stopping Redis"; redis-cli -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true; fi
  if port_open "$RABBIT_PORT" || epmd -port "$EPMD_PORT" -names 2>/dev/null | grep -q "name platform"; then
    log "stopping RabbitMQ"; rabbitmqctl_ stop >/dev/null 2>&1 || true
  fi
  epmd -port "$EPMD_PORT" -kill >/dev/null 2>&1 || true
  for _ in $(seq 50); do port_open "$RABBIT_PORT" || port_open "$REDIS_PORT" || break; sleep 0.2; done
}

status() {
  for p in "PostgreSQL:$PG_PORT" "Redis:$REDIS_PORT" "RabbitMQ:$RABBIT_PORT"; do
    if port_open "${p#*:}"; then echo "${p%%:*} up on 127.0.0.1:${p#*:}"; else echo "${p%%:*} down"; fi
  done
}

case "${1:-}" in
  start) install_missing; mkdir -p "$RUN_DIR"; start_postgres; start_redis; start_rabbitmq; status ;;
  stop) stop_all ;;
  status) status ;;
  *) die "usage: $0 start|stop|status" ;;
esac
