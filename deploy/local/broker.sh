#!/usr/bin/env bash
# Simulates a RabbitMQ outage for the integration tests: the node stays up, the broker application stops/starts.
# Usage: deploy/local/broker.sh stop|start|status
#   stop   rabbitmqctl stop_app; returns once the AMQP port is closed
#   start  rabbitmqctl start_app + await_startup; returns once the broker accepts AMQP connections again
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"
log_file=$LOG_DIR/rabbitmq/broker.log
mkdir -p "$LOG_DIR/rabbitmq"

rabbit_registered || die "RabbitMQ node $RABBIT_NODE is not running (epmd port $EPMD_PORT); start it with deploy/local/infra.sh start"

case "${1:-}" in
  stop)
    log "RabbitMQ: stop_app"
    rabbitmqctl_ stop_app >>"$log_file" 2>&1 || { tail -n 20 "$log_file" >&2; die "rabbitmqctl stop_app failed; see $log_file"; }
    wait_until 30 port_closed "$RABBIT_PORT" || die "RabbitMQ still listens on $RABBIT_PORT after stop_app; see $log_file"
    log "RabbitMQ: stopped (node still up)" ;;
  start)
    log "RabbitMQ: start_app"
    rabbitmqctl_ start_app >>"$log_file" 2>&1 || { tail -n 20 "$log_file" >&2; die "rabbitmqctl start_app failed; see $log_file"; }
    rabbitmqctl_ await_startup --timeout 60 >>"$log_file" 2>&1 || { tail -n 20 "$log_file" >&2; die "RabbitMQ did not finish starting; see $log_file"; }
    wait_until 60 amqp_ready || die "RabbitMQ does not accept AMQP connections on 127.0.0.1:$RABBIT_PORT; see $log_file"
    log "RabbitMQ: accepting connections on 127.0.0.1:$RABBIT_PORT" ;;
  status)
    if amqp_ready; then echo "RabbitMQ accepting connections on 127.0.0.1:$RABBIT_PORT"; else echo "RabbitMQ node up, broker stopped"; exit 3; fi ;;
  *) die "usage: $0 stop|start|status" ;;
esac
