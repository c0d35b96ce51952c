# Shared settings of the local run (sourced by every script here). Override any of them in the environment.
# shellcheck shell=bash
REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
RUN_DIR=${PLATFORM_RUN_DIR:-$REPO_ROOT/.local}
# PostgreSQL refuses to run as root; its data lives where the postgres user can reach it.
PG_DIR=${PLATFORM_PG_DIR:-/var/tmp/accounting-platform-$(echo "$REPO_ROOT" | md5sum | cut -c1-8)/postgres}
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
PG_PORT=${PG_PORT:-55432}
REDIS_PORT=${REDIS_PORT:-56379}
RABBIT_PORT=${RABBIT_PORT:-55672}
RABBIT_DIST_PORT=${RABBIT_DIST_PORT:-55673}
EPMD_PORT=${EPMD_PORT:-54369}
GATEWAY_PORT=${GATEWAY_PORT:-5080}
EMULATOR_PORT=${EMULATOR_PORT:-5190}

# name  port  project directory  assembly — the platform's processes, in one place.
PROCESSES="
identity        5101 services/Identity         AccountingPlatform.Identity
realname        5102 services/RealName         AccountingPlatform.RealName
personnel       5103 services/PersonnelRecord  AccountingPlatform.PersonnelRecord
review          5104 services/Review           AccountingPlatform.Review
enrollment      5105 services/Enrollment       AccountingPlatform.Enrollment
payment         5106 services/Payment          AccountingPlatform.Payment
gateway         $GATEWAY_PORT gateway                  AccountingPlatform.Gateway
channelemulator $EMULATOR_PORT tools/ChannelEmulator    AccountingPlatform.ChannelEmulator
"

# RabbitMQ node: private epmd on loopback, its own ports, one HOME for the Erlang cookie (server and CLI).
export RABBITMQ_NODENAME=platform@localhost
export RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
export RABBITMQ_NODE_PORT=$RABBIT_PORT
export RABBITMQ_DIST_PORT=$RABBIT_DIST_PORT
export RABBITMQ_MNESIA_BASE=$RUN_DIR/rabbitmq/mnesia
export RABBITMQ_LOG_BASE=$RUN_DIR/rabbitmq/log
export RABBITMQ_CONFIG_FILE=$RUN_DIR/rabbitmq/rabbitmq
export RABBITMQ_ENABLED_PLUGINS_FILE=$RUN_DIR/rabbitmq/enabled_plugins
export RABBITMQ_PID_FILE=$RUN_DIR/rabbitmq/rabbit.pid
export ERL_EPMD_PORT=$EPMD_PORT
export ERL_EPMD_ADDRESS=127.0.0.1
export HOME_FOR_RABBIT=$RUN_DIR/rabbitmq/home
RABBIT_BIN=/usr/lib/rabbitmq/bin

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }
die() { printf 'ERROR: %s\n' "$*" >&2; exit 1; }
rabbitmqctl_() { HOME=$HOME_FOR_RABBIT "$RABBIT_BIN/rabbitmqctl" -n "$RABBITMQ_NODENAME" "$@"; }
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
