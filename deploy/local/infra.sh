#!/usr/bin/env bash
# PostgreSQL, Redis and RabbitMQ as local processes on loopback (no Docker, no systemd).
# Usage: deploy/local/infra.sh start|stop|status
# Ports: PostgreSQL $PLATFORM_PG_PORT (55432), Redis $PLATFORM_REDIS_PORT (56379), RabbitMQ $PLATFORM_RABBIT_PORT (55672,
# distribution $PLATFORM_RABBIT_DIST_PORT 55673, private epmd $PLATFORM_EPMD_PORT 54369). State in .local/ and PG_DIR.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"

# ---------------------------------------------------------------- packages
install_missing() {
  local missing=()
  command -v redis-server >/dev/null && command -v redis-cli >/dev/null || missing+=(redis-server)
  [ -x "$RABBIT_BIN/rabbitmq-server" ] && command -v epmd >/dev/null || missing+=(rabbitmq-server)
  command -v supervisord >/dev/null && command -v supervisorctl >/dev/null || missing+=(supervisor)
  [ -x "$PG_BIN/postgres" ] || missing+=(postgresql)
  command -v openssl >/dev/null || missing+=(openssl)
  command -v curl >/dev/null || missing+=(curl)
  command -v python3 >/dev/null || missing+=(python3)
  command -v runuser >/dev/null || missing+=(util-linux)
  [ ${#missing[@]} -eq 0 ] && return 0
  [ "$(id -u)" = 0 ] || die "missing ${missing[*]}: install them (apt-get install ${missing[*]}) or run as root"
  mkdir -p "$LOG_DIR"
  local apt_log=$LOG_DIR/apt.log policy=/usr/sbin/policy-rc.d made_policy=false
  log "installing from apt: ${missing[*]} (log: $apt_log)"
  # Without systemd the packages' maintainer scripts would start system-wide instances on the default ports;
  # policy-rc.d exit 101 forbids that for the duration of the install.
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' > "$policy"; chmod 755 "$policy"; made_policy=true
  fi
  local rc=0
  { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"; } >>"$apt_log" 2>&1 || rc=$?
  if $made_policy; then rm -f "$policy"; fi
  [ $rc -eq 0 ] || { tail -n 20 "$apt_log" >&2; die "apt-get failed (exit $rc); see $apt_log"; }
  if [ -z "${PLATFORM_PG_BIN:-}" ] && [ ! -x "$PG_BIN/postgres" ]; then
    PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  fi
  [ -x "$PG_BIN/postgres" ] || die "PostgreSQL binaries not found after install (set PLATFORM_PG_BIN)"
}

# ---------------------------------------------------------------- PostgreSQL
as_postgres() { (cd / && runuser -u postgres -- "$@"); }
pg_running() { [ -f "$PG_DATA/postmaster.pid" ] && as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1; }
pg_log=$PG_DIR/postgres.log

start_postgres() {
  mkdir -p "$PG_DIR"
  chown postgres:postgres "$PG_DIR"; chmod 700 "$PG_DIR"
  # every parent of the data directory must be traversable by the postgres user
  local d; d=$(dirname "$PG_DIR")
  while [ "$d" != / ]; do
    as_postgres test -x "$d" || { chmod o+x "$d"; log "made $d traversable for the postgres user"; }
    d=$(dirname "$d")
  done
  mkdir -p "$LOG_DIR"; ln -sfn "$pg_log" "$LOG_DIR/postgres.log"; ln -sfn "$PG_DIR" "$RUN_DIR/postgres"
  if [ ! -s "$PG_DATA/PG_VERSION" ]; then
    log "PostgreSQL: initdb in $PG_DATA (first run)"
    rm -rf "$PG_DATA"
    local pwfile=$PG_DIR/.pwfile
    (umask 077; printf '%s\n' "$PG_USER_PASSWORD" > "$pwfile"); chown postgres:postgres "$pwfile"
    if ! as_postgres "$PG_BIN/initdb" -D "$PG_DATA" -U postgres --pwfile="$pwfile" --auth-local=peer \
        --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 --no-sync --no-instructions >"$PG_DIR/initdb.log" 2>&1; then
      rm -f "$pwfile"; tail -n 20 "$PG_DIR/initdb.log" >&2; die "initdb failed; see $PG_DIR/initdb.log"
    fi
    rm -f "$pwfile"
  fi
  if pg_running; then log "PostgreSQL: already running on 127.0.0.1:$PG_PORT"; return 0; fi
  if port_open "$PG_PORT"; then die "port $PG_PORT is in use by another process $(port_owner "$PG_PORT") (set PLATFORM_PG_PORT)"; fi
  log "PostgreSQL: starting on 127.0.0.1:$PG_PORT"
  # Port, address and socket directory on the command line so that PLATFORM_PG_PORT applies to an existing cluster.
  as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$pg_log" -w -t 60 \
    -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $PG_DIR -c max_connections=400 -c synchronous_commit=off" \
    start >/dev/null 2>&1 || { tail -n 20 "$pg_log" >&2; die "PostgreSQL did not start; see $pg_log"; }
  wait_until 30 port_open "$PG_PORT" || die "PostgreSQL does not listen on $PG_PORT; see $pg_log"
}

stop_postgres() {
  if ! pg_running; then log "PostgreSQL: not running"; return 0; fi
  log "PostgreSQL: stopping"
  local pid; pid=$(head -1 "$PG_DATA/postmaster.pid" 2>/dev/null | tr -dc 0-9)
  as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w -t 60 stop >/dev/null 2>&1 \
    || { warn "pg_ctl stop -m fast failed; trying immediate"; as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -m immediate -w -t 30 stop >/dev/null 2>&1 || true; }
  wait_until 30 pid_gone "$pid" || die "PostgreSQL (pid $pid) did not exit; see $pg_log"
}

# ---------------------------------------------------------------- Redis
redis_dir=$RUN_DIR/redis
redis_pidfile=$redis_dir/redis.pid
redis_running() { pid_alive "$(pid_from "$redis_pidfile")"; }

start_redis() {
  if redis_running && port_open "$REDIS_PORT"; then log "Redis: already running on 127.0.0.1:$REDIS_PORT"; return 0; fi
  if port_open "$REDIS_PORT"; then die "port $REDIS_PORT is in use by another process $(port_owner "$REDIS_PORT") (set PLATFORM_REDIS_PORT)"; fi
  log "Redis: starting on 127.0.0.1:$REDIS_PORT"
  mkdir -p "$redis_dir" "$LOG_DIR"; rm -f "$redis_pidfile"
  redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --save "" --appendonly no --daemonize yes \
    --dir "$redis_dir" --pidfile "$redis_pidfile" --logfile "$LOG_DIR/redis.log" </dev/null >/dev/null 2>&1 \
    || die "redis-server failed; see $LOG_DIR/redis.log"
  wait_until 15 redis_ping || { tail -n 20 "$LOG_DIR/redis.log" >&2; die "Redis did not start; see $LOG_DIR/redis.log"; }
}
redis_ping() { [ "$(redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null)" = PONG ]; }

stop_redis() {
  local pid; pid=$(pid_from "$redis_pidfile")
  if ! pid_alive "$pid"; then
    port_open "$REDIS_PORT" && warn "Redis: port $REDIS_PORT is open but not by this run's Redis (pid file $redis_pidfile); left alone"
    log "Redis: not running"; return 0
  fi
  log "Redis: stopping"
  redis-cli -h 127.0.0.1 -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || kill -TERM "$pid" 2>/dev/null || true
  wait_until 20 pid_gone "$pid" || { kill -KILL "$pid" 2>/dev/null || true; wait_until 5 pid_gone "$pid" || die "Redis (pid $pid) did not exit"; }
  rm -f "$redis_pidfile"
}

# ---------------------------------------------------------------- RabbitMQ
epmd_pidfile=$RABBIT_DIR/epmd.pid
server_pidfile=$RABBIT_DIR/server.pid      # the rabbitmq-server shell wrapper
beam_pidfile=$RABBIT_DIR/rabbit.pid        # the Erlang VM (written by RabbitMQ itself)
rabbit_log=$LOG_DIR/rabbitmq/startup.log
epmd_up() { epmd -port "$EPMD_PORT" -names >/dev/null 2>&1; }
rabbit_running() { pid_alive "$(pid_from "$beam_pidfile")" || pid_alive "$(pid_from "$server_pidfile")" || rabbit_registered; }

write_rabbit_config() {
  mkdir -p "$RABBIT_DIR/home" "$RABBIT_DIR/mnesia" "$LOG_DIR/rabbitmq"
  echo '[].' > "$RABBIT_DIR/enabled_plugins"
  echo '[].' > "$RABBIT_DIR/advanced.config"
  : > "$RABBIT_DIR/rabbitmq-env.conf"     # instead of /etc/rabbitmq/rabbitmq-env.conf
  cat > "$RABBIT_DIR/rabbitmq.conf" <<CONF
listeners.tcp.default = 127.0.0.1:$RABBIT_PORT
default_user = guest
default_pass = guest
loopback_users.guest = true
# generous AMQP handshake timeout: on a loaded 2-core machine 10 s (the default) is not always enough
handshake_timeout = 60000
log.file.level = info
log.console = false
CONF
  # one Erlang cookie for the server and the CLI (both run with HOME=$RABBIT_DIR/home)
  local cookie=$RABBIT_DIR/home/.erlang.cookie
  if [ ! -s "$cookie" ]; then
    (umask 077; openssl rand -hex 20 | tr -d '\n' | tr 'a-f' 'A-F' > "$cookie"); chmod 400 "$cookie"
  fi
}

start_epmd() {
  if epmd_up; then return 0; fi
  # Our own epmd on loopback, started before the node so that Erlang does not start one on all interfaces.
  setsid epmd -port "$EPMD_PORT" -address 127.0.0.1 </dev/null >>"$LOG_DIR/rabbitmq/epmd.log" 2>&1 &
  echo $! > "$epmd_pidfile"
  wait_until 10 epmd_up || die "epmd did not start on 127.0.0.1:$EPMD_PORT; see $LOG_DIR/rabbitmq/epmd.log"
}

start_rabbitmq() {
  local server deadline
  if rabbit_registered && amqp_ready; then log "RabbitMQ: already running on 127.0.0.1:$RABBIT_PORT"; return 0; fi
  if rabbit_registered; then
    # the node runs but the broker does not accept connections: still booting, or stopped with broker.sh stop
    log "RabbitMQ: node is up but not accepting connections; waiting for it (or starting the app)"
    if [ "$(rabbitmqctl_ eval 'rabbit:is_booting() orelse rabbit:is_running().' 2>>"$rabbit_log")" != true ]; then
      rabbitmqctl_ start_app >>"$rabbit_log" 2>&1 || die "RabbitMQ node $RABBIT_NODE is up but its app does not start; see $rabbit_log"
    fi
  elif rabbit_running; then
    log "RabbitMQ: node is booting; waiting"
  else
    for p in "$RABBIT_PORT" "$RABBIT_DIST_PORT"; do
      port_open "$p" && die "port $p is in use by another process $(port_owner "$p") (set PLATFORM_RABBIT_PORT / PLATFORM_RABBIT_DIST_PORT)"
    done
    write_rabbit_config
    start_epmd
    log "RabbitMQ: starting on 127.0.0.1:$RABBIT_PORT (node $RABBIT_NODE; ~10 s)"
    rm -f "$beam_pidfile"
    ( rabbit_exports; exec setsid "$RABBIT_BIN/rabbitmq-server" ) </dev/null >>"$rabbit_log" 2>&1 &
    echo $! > "$server_pidfile"
    server=$(pid_from "$server_pidfile")
    # the node registers with epmd once the VM is up; fail fast if the server exits instead
    deadline=$((SECONDS + 90))
    until rabbit_registered; do
      pid_alive "$server" || { tail -n 30 "$rabbit_log" >&2; die "RabbitMQ exited during start; see $rabbit_log and $LOG_DIR/rabbitmq/"; }
      [ "$SECONDS" -lt "$deadline" ] || die "RabbitMQ node did not register with epmd in 90 s; see $rabbit_log"
      sleep 0.5
    done
  fi
  # The listener opens at the end of the boot. Polling it first is quicker than await_startup alone, which
  # re-checks only every 10 s; await_startup then confirms the boot finished.
  deadline=$((SECONDS + 120))
  until amqp_ready; do
    rabbit_running || { tail -n 30 "$rabbit_log" >&2; die "RabbitMQ exited during boot; see $rabbit_log and $LOG_DIR/rabbitmq/"; }
    [ "$SECONDS" -lt "$deadline" ] || break
    sleep 0.3
  done
  rabbitmqctl_ await_startup --timeout 120 >>"$rabbit_log" 2>&1 \
    || { tail -n 30 "$rabbit_log" >&2; die "RabbitMQ did not finish booting; see $rabbit_log and $LOG_DIR/rabbitmq/"; }
  wait_until 30 amqp_ready || die "RabbitMQ does not accept AMQP connections on $RABBIT_PORT; see $LOG_DIR/rabbitmq/"
}

stop_rabbitmq() {
  local beam server epmd_pid
  beam=$(pid_from "$beam_pidfile"); server=$(pid_from "$server_pidfile"); epmd_pid=$(pid_from "$epmd_pidfile")
  if rabbit_running; then
    log "RabbitMQ: stopping"
    rabbit_registered && { rabbitmqctl_ stop >>"$rabbit_log" 2>&1 || warn "rabbitmqctl stop failed; see $rabbit_log"; }
    if ! wait_until 60 pid_gone "$beam"; then
      warn "RabbitMQ (pid $beam) still running after 60 s; killing it"; kill -KILL "$beam" 2>/dev/null || true
    fi
    wait_until 10 pid_gone "$server" || kill -KILL "$server" 2>/dev/null || true
    wait_until 10 pid_gone "$beam" || die "RabbitMQ (pid $beam) did not exit"
  else
    log "RabbitMQ: not running"
  fi
  # the private epmd
  if epmd_up; then
    epmd -port "$EPMD_PORT" -kill >/dev/null 2>&1 || true
    wait_until 10 port_closed "$EPMD_PORT" || { [ -n "$epmd_pid" ] && kill -TERM "$epmd_pid" 2>/dev/null || true; }
    wait_until 10 port_closed "$EPMD_PORT" || die "epmd on port $EPMD_PORT did not exit"
  fi
  [ -z "$epmd_pid" ] || wait_until 10 pid_gone "$epmd_pid" || kill -KILL "$epmd_pid" 2>/dev/null || true
  rm -f "$server_pidfile" "$epmd_pidfile"
  wait_until 15 port_closed "$RABBIT_PORT" || die "port $RABBIT_PORT still open after RabbitMQ stopped $(port_owner "$RABBIT_PORT")"
}

# ---------------------------------------------------------------- status
status() {
  local all=0
  if pg_running && port_open "$PG_PORT"; then echo "PostgreSQL  up    127.0.0.1:$PG_PORT  (data $PG_DATA)"; else echo "PostgreSQL  down"; all=3; fi
  if redis_running && redis_ping; then echo "Redis       up    127.0.0.1:$REDIS_PORT"; else echo "Redis       down"; all=3; fi
  if rabbit_registered && amqp_ready; then echo "RabbitMQ    up    127.0.0.1:$RABBIT_PORT  (node $RABBIT_NODE, epmd $EPMD_PORT)"
  elif rabbit_running; then echo "RabbitMQ    node up, AMQP not accepting (broker.sh stop?)"; all=3
  else echo "RabbitMQ    down"; all=3; fi
  return $all
}

case "${1:-}" in
  start)
    started=$SECONDS
    install_missing
    mkdir -p "$LOG_DIR"
    start_postgres
    start_redis
    start_rabbitmq
    log "infrastructure up in $((SECONDS - started)) s"
    status ;;
  stop)
    stop_rabbitmq
    stop_redis
    stop_postgres
    log "infrastructure stopped" ;;
  status) status ;;
  *) die "usage: $0 start|stop|status" ;;
esac
