#!/usr/bin/env bash
# Redis in the foreground, as an AppHost executable resource (process mode: no container runtime).
# Environment (set by the AppHost): PORT (loopback only), DATA_DIR (kept between runs; append-only file),
# REDIS_PASSWORD. The password goes into a configuration file readable only by its owner, never on a command line.
set -euo pipefail
: "${PORT:?PORT is not set}" "${DATA_DIR:?DATA_DIR is not set}" "${REDIS_PASSWORD:?REDIS_PASSWORD is not set}"
command -v redis-server >/dev/null || { echo "Redis is not installed: run deploy/local/prerequisites.sh (apt-get install redis-server)" >&2; exit 78; }
mkdir -p "$DATA_DIR"
conf=$DATA_DIR/redis.conf
(umask 077; cat > "$conf" <<CONF
bind 127.0.0.1
port $PORT
protected-mode yes
dir $DATA_DIR
save ""
appendonly yes
appendfsync everysec
requirepass $REDIS_PASSWORD
CONF
)
exec redis-server "$conf"
