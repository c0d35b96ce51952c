#!/bin/sh
set -eu
if [ "${1:-}" != rabbitmq-server ]; then exec "$@"; fi
cat > /etc/rabbitmq/rabbitmq.conf <<CONF
listeners.tcp.default = 5672
default_user = ${RABBITMQ_DEFAULT_USER:-guest}
default_pass = ${RABBITMQ_DEFAULT_PASS:-guest}
loopback_users = none
log.console = true
log.console.level = info
log.file = false
CONF
exec /usr/lib/rabbitmq/bin/rabbitmq-server
