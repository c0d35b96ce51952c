#!/usr/bin/env bash
# Installs Debian packages without starting their system-wide services (policy-rc.d forbids it for the duration):
# the platform starts its own private servers. Needs root. Usage: deploy/local/apt-install.sh PACKAGE...
set -uo pipefail
[ $# -gt 0 ] || { echo "usage: $0 PACKAGE..." >&2; exit 2; }
[ "$(id -u)" = 0 ] || { echo "installing $* needs root (sudo apt-get install $*)" >&2; exit 1; }
log_file=${TMPDIR:-/tmp}/accounting-platform-apt.log
printf '[%s] installing from apt: %s (log: %s)\n' "$(date +%H:%M:%S)" "$*" "$log_file"
policy=/usr/sbin/policy-rc.d made_policy=false
if [ ! -e "$policy" ]; then printf '#!/bin/sh\nexit 101\n' > "$policy"; chmod 755 "$policy"; made_policy=true; fi
rc=0
{ apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@"; } >>"$log_file" 2>&1 || rc=$?
if $made_policy; then rm -f "$policy"; fi
[ $rc -eq 0 ] || { tail -n 20 "$log_file" >&2; echo "apt-get failed (exit $rc); see $log_file" >&2; exit 1; }
