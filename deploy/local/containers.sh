#!/usr/bin/env bash
# A Docker daemon and the test images for the Testcontainers tests (one service's persistence and messaging in
# isolation). No registry of images is reachable here, so the images are built locally: a Debian bookworm base made by
# debootstrap from the Debian mirror apt uses, and PostgreSQL 15, RabbitMQ and Redis on it from Debian's packages
# (deploy/images/*/Dockerfile), rebuilt when their files change.
# Never fails the caller: when Docker cannot run here it says why and exits 0, and the tests report themselves skipped
# with the reason.
# Usage: deploy/local/containers.sh start | stop      (stop ends only a daemon that start started)
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }
state=$PWD/.local/containers
mkdir -p "$state"
pidfile=$state/dockerd.pid
docker_() { timeout "${TIMEOUT:-20}" docker "$@"; }
daemon_up() { docker_ info --format '{{.ServerVersion}}' >/dev/null 2>&1; }
unavailable() { log "Docker unavailable: $*; the container tests will be skipped"; exit 0; }

stop() {
  [ -s "$pidfile" ] || exit 0
  local pid; pid=$(cat "$pidfile")
  log "stopping the Docker daemon this script started (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  rm -f "$pidfile"
}

install_docker() {
  command -v docker >/dev/null && command -v dockerd >/dev/null && command -v debootstrap >/dev/null && return 0
  bash deploy/local/apt-install.sh docker.io debootstrap || unavailable "docker.io and debootstrap could not be installed"
}

start_daemon() {
  daemon_up && return 0
  [ "$(id -u)" = 0 ] || unavailable "no Docker daemon answers and only root can start one"
  log "starting dockerd (log: $state/dockerd.log)"
  dockerd >"$state/dockerd.log" 2>&1 &
  echo $! > "$pidfile"
  for _ in $(seq 1 60); do daemon_up && return 0; kill -0 "$(cat "$pidfile")" 2>/dev/null || break; sleep 0.5; done
  tail -n 5 "$state/dockerd.log" >&2
  rm -f "$pidfile"
  unavailable "dockerd did not start (see $state/dockerd.log)"
}

mirror() {
  local uri
  uri=$(grep -h '^URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '{print $2}' | head -1)
  [ -n "$uri" ] || uri=$(grep -h '^deb ' /etc/apt/sources.list 2>/dev/null | awk '{print $2}' | head -1)
  echo "${uri:-http://deb.debian.org/debian}"
}

build_base() {
  docker_ image inspect accounting-platform/debian:bookworm >/dev/null 2>&1 && return 0
  local root=$state/rootfs
  log "debootstrap bookworm (minbase) from $(mirror), about a minute"
  rm -rf "$root"
  if ! debootstrap --variant=minbase bookworm "$root" "$(mirror)" >"$state/debootstrap.log" 2>&1; then
    unavailable "debootstrap failed (see $state/debootstrap.log)"
  fi
  tar -C "$root" -c . | TIMEOUT=300 docker_ import - accounting-platform/debian:bookworm >/dev/null \
    || unavailable "docker import of the Debian base failed"
  rm -rf "$root"
}

build_image() {   # name tag
  local name=$1 tag=$2 dir=deploy/images/$1 hash current
  hash=$(cat "$dir"/* | sha256sum | cut -c1-16)
  current=$(docker_ image inspect --format '{{index .Config.Labels "accounting-platform.hash"}}' "accounting-platform/$name:$tag" 2>/dev/null || true)
  [ "$current" = "$hash" ] && return 0
  log "building accounting-platform/$name:$tag (log: $state/build-$name.log)"
  DOCKER_BUILDKIT=0 TIMEOUT=900 docker_ build --label "accounting-platform.hash=$hash" -t "accounting-platform/$name:$tag" "$dir" \
    >"$state/build-$name.log" 2>&1 || unavailable "building accounting-platform/$name:$tag failed (see $state/build-$name.log)"
}

case "${1:-}" in
  start)
    t0=$SECONDS
    install_docker
    start_daemon
    build_base
    build_image postgres 15
    build_image rabbitmq 3
    build_image redis 7
    log "Docker and the test images are ready ($((SECONDS - t0)) s)" ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
