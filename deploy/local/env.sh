# shellcheck shell=bash
# shellcheck disable=SC2034  # the variables are used by the scripts that source this file
# Shared settings of the local run, sourced by every script in deploy/local. Any value below can be overridden
# from the environment (PLATFORM_*). Nothing here starts anything.

REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
DEPLOY_DIR=$REPO_ROOT/deploy/local

# All state of the local run lives here (gitignored), except PostgreSQL's data (see PG_DIR).
RUN_DIR=${PLATFORM_RUN_DIR:-$REPO_ROOT/.local}
mkdir -p "$RUN_DIR" && RUN_DIR=$(cd "$RUN_DIR" && pwd)
LOG_DIR=$RUN_DIR/logs

# ---- infrastructure (loopback only; none of the system-wide default ports) ----
PG_PORT=${PLATFORM_PG_PORT:-55432}
REDIS_PORT=${PLATFORM_REDIS_PORT:-56379}
RABBIT_PORT=${PLATFORM_RABBIT_PORT:-55672}
RABBIT_DIST_PORT=${PLATFORM_RABBIT_DIST_PORT:-55673}
EPMD_PORT=${PLATFORM_EPMD_PORT:-54369}
RABBIT_NODE=${PLATFORM_RABBIT_NODENAME:-platform@localhost}

# PostgreSQL refuses to run as root, and the postgres user must be able to traverse every parent of its data
# directory, which /work may not allow: its data lives under /var/tmp, one directory per run directory.
if [ "$RUN_DIR" = "$REPO_ROOT/.local" ]; then _pg_key=$REPO_ROOT; else _pg_key=$RUN_DIR; fi
PG_DIR=${PLATFORM_PG_DIR:-/var/tmp/accounting-platform-$(echo "$_pg_key" | md5sum | cut -c1-8)/postgres}
PG_DATA=$PG_DIR/data
PG_BIN=${PLATFORM_PG_BIN:-/usr/lib/postgresql/15/bin}
if [ -z "${PLATFORM_PG_BIN:-}" ] && [ ! -x "$PG_BIN/postgres" ]; then
  for _d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do [ -x "$_d/postgres" ] && { PG_BIN=$_d; break; }; done
fi
PG_USER_PASSWORD=postgres
RABBIT_BIN=/usr/lib/rabbitmq/bin
RABBIT_DIR=$RUN_DIR/rabbitmq

# ---- the platform's processes: the one list every script loops over ----
# name             default port  project directory          assembly (bin/Release/net10.0/<assembly>.dll)
# A port is overridden with PLATFORM_<NAME>_PORT (e.g. PLATFORM_GATEWAY_PORT=6080).
PROCESS_TABLE="
identity           5101          services/Identity          AccountingPlatform.Identity
realname           5102          services/RealName          AccountingPlatform.RealName
personnel          5103          services/PersonnelRecord   AccountingPlatform.PersonnelRecord
review             5104          services/Review            AccountingPlatform.Review
enrollment         5105          services/Enrollment        AccountingPlatform.Enrollment
payment            5106          services/Payment           AccountingPlatform.Payment
gateway            5080          gateway                    AccountingPlatform.Gateway
channelemulator    5190          tools/ChannelEmulator      AccountingPlatform.ChannelEmulator
"
# The business services (their database is <name>db, their OpenAPI document is /api/<name>/openapi/v1.json).
SERVICES="identity realname personnel review enrollment payment"
BUILD_CONFIGURATION=Release
TARGET_FRAMEWORK=net10.0

PROCESSES=()
declare -A PROC_PORT PROC_DIR PROC_DLL
while read -r _name _port _dir _asm; do
  [ -n "$_name" ] || continue
  _var=PLATFORM_${_name^^}_PORT
  PROCESSES+=("$_name")
  PROC_PORT[$_name]=${!_var:-$_port}
  PROC_DIR[$_name]=$REPO_ROOT/$_dir
  PROC_DLL[$_name]=$REPO_ROOT/$_dir/bin/$BUILD_CONFIGURATION/$TARGET_FRAMEWORK/$_asm.dll
done <<< "$PROCESS_TABLE"
GATEWAY_URL=http://127.0.0.1:${PROC_PORT[gateway]}
EMULATOR_URL=http://127.0.0.1:${PROC_PORT[channelemulator]}

SUPERVISOR_DIR=$RUN_DIR/supervisor
SUPERVISOR_CONF=$SUPERVISOR_DIR/supervisord.conf
SUPERVISOR_PIDFILE=$SUPERVISOR_DIR/supervisord.pid
PLATFORM_ENV_FILE=$RUN_DIR/platform.env
KEYS_DIR=$RUN_DIR/keys

# ---- helpers ----
log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }
warn() { printf '[%s] WARNING: %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { printf '[%s] ERROR: %s\n' "$(date +%H:%M:%S)" "$*" >&2; exit 1; }

# True when something accepts TCP connections on 127.0.0.1:$1.
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# True when process $1 exists and is not a zombie (PID 1 here reaps orphans late).
pid_alive() {
  local pid=${1:-} state
  [[ $pid =~ ^[0-9]+$ ]] && [ -r "/proc/$pid/stat" ] || return 1
  state=$(sed 's/^.*) //' "/proc/$pid/stat" 2>/dev/null | cut -d' ' -f1) || return 1
  [ -n "$state" ] && [ "$state" != Z ] && [ "$state" != X ]
}
pid_from() { [ -s "$1" ] && tr -dc '0-9' < "$1" || true; }

# wait_until SECONDS COMMAND...: polls every 0.2 s; false on timeout.
wait_until() {
  local deadline=$((SECONDS + $1)); shift
  until "$@"; do [ "$SECONDS" -lt "$deadline" ] || return 1; sleep 0.2; done
}
pid_gone() { ! pid_alive "$1"; }
port_closed() { ! port_open "$1"; }

# Who listens on a port (for error messages).
port_owner() { command -v ss >/dev/null && ss -Hltnp "sport = :$1" 2>/dev/null | grep -o 'users:.*' | head -1 || true; }

# The RabbitMQ node's environment (private epmd on loopback, its own ports and cookie HOME).
rabbit_exports() {
    export RABBITMQ_NODENAME=$RABBIT_NODE
    export RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
    export RABBITMQ_NODE_PORT=$RABBIT_PORT
    export RABBITMQ_DIST_PORT=$RABBIT_DIST_PORT
    export RABBITMQ_MNESIA_BASE=$RABBIT_DIR/mnesia
    export RABBITMQ_LOG_BASE=$LOG_DIR/rabbitmq
    export RABBITMQ_CONFIG_FILE=$RABBIT_DIR/rabbitmq.conf
    export RABBITMQ_ADVANCED_CONFIG_FILE=$RABBIT_DIR/advanced.config
    export RABBITMQ_ENABLED_PLUGINS_FILE=$RABBIT_DIR/enabled_plugins
    export RABBITMQ_CONF_ENV_FILE=$RABBIT_DIR/rabbitmq-env.conf
    export RABBITMQ_PID_FILE=$RABBIT_DIR/rabbit.pid
    # the distribution port (server) and the CLI's own distribution listener on loopback only
    export RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
    export RABBITMQ_CTL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
    export ERL_EPMD_PORT=$EPMD_PORT
    export ERL_EPMD_ADDRESS=127.0.0.1
    export HOME=$RABBIT_DIR/home
}
rabbit_env() { ( rabbit_exports; exec "$@" ); }
rabbitmqctl_() { rabbit_env "$RABBIT_BIN/rabbitmqctl" -n "$RABBIT_NODE" "$@"; }
rabbit_registered() { epmd -port "$EPMD_PORT" -names 2>/dev/null | grep -q "^name ${RABBIT_NODE%@*} "; }

# True when RabbitMQ answers the AMQP 0-9-1 protocol header with a Connection.Start frame.
amqp_ready() {
  local frame
  (
    exec 3<>"/dev/tcp/127.0.0.1/$RABBIT_PORT" || exit 1
    printf 'AMQP\x00\x00\x09\x01' >&3
    IFS= read -r -t 3 -N 1 frame <&3 && [ "$frame" = $'\x01' ]
  ) 2>/dev/null
}

ctl() { supervisorctl -c "$SUPERVISOR_CONF" "$@"; }
supervisord_running() { [ -f "$SUPERVISOR_CONF" ] && pid_alive "$(pid_from "$SUPERVISOR_PIDFILE")"; }

# HTTP status of GET http://127.0.0.1:<port>/health ("000" when nothing answers).
health_status() { curl -s -o /dev/null -m 3 -w '%{http_code}' "http://127.0.0.1:$1/health" 2>/dev/null || true; }
# Prints the names of the platform processes that do not answer /health with 200.
unhealthy_processes() {
  local name
  for name in "${PROCESSES[@]}"; do
    [ "$(health_status "${PROC_PORT[$name]}")" = 200 ] || printf '%s\n' "$name"
  done
}
