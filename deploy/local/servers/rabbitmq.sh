#!/usr/bin/env bash
# RabbitMQ in the foreground, as an AppHost executable resource (process mode: no container runtime).
# Environment (set by the AppHost): PORT (AMQP, loopback only), DIST_PORT and EPMD_PORT (Erlang distribution and a
# private epmd, loopback only), NODE_NAME, DATA_DIR (kept between runs), RABBITMQ_USER, RABBITMQ_PASSWORD.
# The user is created on the first boot of a data directory (default_user); when the password changes, the
# development broker's data is started afresh. Logs go to the console (the dashboard shows them).
set -euo pipefail
: "${PORT:?}" "${DIST_PORT:?}" "${EPMD_PORT:?}" "${NODE_NAME:?}" "${DATA_DIR:?}" "${RABBITMQ_USER:?}" "${RABBITMQ_PASSWORD:?}"
bin=/usr/lib/rabbitmq/bin
[ -x "$bin/rabbitmq-server" ] || { echo "RabbitMQ is not installed: run deploy/local/prerequisites.sh (apt-get install rabbitmq-server)" >&2; exit 78; }
mkdir -p "$DATA_DIR/home" "$DATA_DIR/mnesia" "$DATA_DIR/log"
fingerprint=$(printf '%s:%s' "$RABBITMQ_USER" "$RABBITMQ_PASSWORD" | sha256sum | cut -c1-64)
if [ "$(cat "$DATA_DIR/credentials.sha256" 2>/dev/null || true)" != "$fingerprint" ]; then
  rm -rf "$DATA_DIR/mnesia"; mkdir -p "$DATA_DIR/mnesia"
  echo "$fingerprint" > "$DATA_DIR/credentials.sha256"
fi
(umask 077; cat > "$DATA_DIR/rabbitmq.conf" <<CONF
listeners.tcp.default = 127.0.0.1:$PORT
default_user = $RABBITMQ_USER
default_pass = $RABBITMQ_PASSWORD
loopback_users = none
handshake_timeout = 60000
log.console = true
log.console.level = warning
log.file = false
CONF
)
echo '[].' > "$DATA_DIR/enabled_plugins"
echo '[].' > "$DATA_DIR/advanced.config"
: > "$DATA_DIR/rabbitmq-env.conf"
cookie=$DATA_DIR/home/.erlang.cookie
[ -s "$cookie" ] || { (umask 077; openssl rand -hex 20 | tr -d '\n' | tr 'a-f' 'A-F' > "$cookie"); chmod 400 "$cookie"; }

export RABBITMQ_NODENAME=$NODE_NAME RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 RABBITMQ_NODE_PORT=$PORT \
  RABBITMQ_DIST_PORT=$DIST_PORT RABBITMQ_MNESIA_BASE=$DATA_DIR/mnesia RABBITMQ_LOG_BASE=$DATA_DIR/log \
  RABBITMQ_CONFIG_FILE=$DATA_DIR/rabbitmq.conf RABBITMQ_ADVANCED_CONFIG_FILE=$DATA_DIR/advanced.config \
  RABBITMQ_ENABLED_PLUGINS_FILE=$DATA_DIR/enabled_plugins RABBITMQ_CONF_ENV_FILE=$DATA_DIR/rabbitmq-env.conf \
  RABBITMQ_PID_FILE=$DATA_DIR/rabbit.pid HOME=$DATA_DIR/home ERL_EPMD_PORT=$EPMD_PORT ERL_EPMD_ADDRESS=127.0.0.1 \
  RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}" \
  RABBITMQ_CTL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
unset RABBITMQ_PASSWORD
# a private epmd on loopback, started before the node so that Erlang does not start one on every interface
epmd -port "$EPMD_PORT" -address 127.0.0.1 -daemon
"$bin/rabbitmq-server" &
server=$!
# SIGTERM to the node itself is RabbitMQ's own graceful stop (rabbit_prelaunch_sighandler), in a second or two;
# rabbitmqctl would first boot an Erlang VM of its own, which on a busy machine outlasts the AppHost's stop timeout.
stop() { kill -TERM "$(cat "$DATA_DIR/rabbit.pid" 2>/dev/null)" 2>/dev/null || "$bin/rabbitmqctl" -n "$NODE_NAME" stop >/dev/null 2>&1 || kill -TERM "$server" 2>/dev/null || true; }
trap stop TERM INT
while kill -0 "$server" 2>/dev/null; do wait "$server" || true; done
rc=0; wait "$server" || rc=$?
epmd -port "$EPMD_PORT" -kill >/dev/null 2>&1 || true
exit $rc
