#!/usr/bin/env bash
# Stops or starts the RabbitMQ application (the node stays up), to test what a broker outage does. Usage: broker.sh stop|start
set -euo pipefail
. "$(dirname "$0")/env.sh"
case "${1:-}" in
  stop) rabbitmqctl_ stop_app >/dev/null; for _ in $(seq 50); do port_open "$RABBIT_PORT" || exit 0; sleep 0.2; done; die "RabbitMQ still listens" ;;
  start) rabbitmqctl_ start_app >/dev/null; rabbitmqctl_ await_startup --timeout 60 >/dev/null
         for _ in $(seq 100); do port_open "$RABBIT_PORT" && exit 0; sleep 0.2; done; die "RabbitMQ does not accept connections" ;;
  *) die "usage: $0 stop|start" ;;
esac
