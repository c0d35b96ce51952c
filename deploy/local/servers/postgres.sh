#!/usr/bin/env bash
# PostgreSQL in the foreground, as an AppHost executable resource (process mode: no container runtime).
# Environment (set by the AppHost): PORT (the port to listen on, loopback only), DATA_DIR (kept between runs),
# POSTGRES_PASSWORD (the postgres role's password; set again on every start, so a new AppHost parameter value applies).
# PostgreSQL refuses to run as root: the server runs as the postgres user of Debian's package. SIGTERM/SIGINT from the
# orchestrator become a fast shutdown (a plain SIGTERM would wait for every client to disconnect).
set -euo pipefail
: "${PORT:?PORT is not set}" "${DATA_DIR:?DATA_DIR is not set}" "${POSTGRES_PASSWORD:?POSTGRES_PASSWORD is not set}"
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$pg_bin/postgres" ] || { echo "PostgreSQL is not installed: run deploy/local/prerequisites.sh (apt-get install postgresql)" >&2; exit 78; }
id postgres >/dev/null 2>&1 || { echo "the postgres user is missing: reinstall Debian's postgresql package" >&2; exit 78; }
as_postgres() { (cd / && setpriv --reuid=postgres --regid=postgres --init-groups -- "$@"); }

mkdir -p "$DATA_DIR"
chown postgres:postgres "$DATA_DIR"; chmod 700 "$DATA_DIR"
d=$(dirname "$DATA_DIR")           # the postgres user must be able to reach its data directory
while [ "$d" != / ]; do as_postgres test -x "$d" || chmod o+x "$d"; d=$(dirname "$d"); done
data=$DATA_DIR/data
if [ ! -s "$data/PG_VERSION" ]; then
  echo "initdb in $data (first run)"
  rm -rf "$data"
  pwfile=$DATA_DIR/.pwfile
  (umask 077; printf '%s\n' "$POSTGRES_PASSWORD" > "$pwfile"); chown postgres:postgres "$pwfile"
  as_postgres "$pg_bin/initdb" -D "$data" -U postgres --pwfile="$pwfile" --auth-local=peer --auth-host=scram-sha-256 \
    -E UTF8 --locale=C.UTF-8 --no-sync --no-instructions || { rm -f "$pwfile"; exit 1; }
  rm -f "$pwfile"
fi

as_postgres "$pg_bin/postgres" -D "$data" -p "$PORT" -k "$DATA_DIR" -c listen_addresses=127.0.0.1 \
  -c max_connections=400 -c synchronous_commit=off -c log_min_messages=warning &
server=$!
# The postmaster's own pid (the first line of postmaster.pid): $! is the subshell around setpriv, which need not pass
# a signal on, and a stop that never reaches the postmaster ends in the orchestrator's SIGKILL and a crash recovery.
stop() { kill -INT "$(head -1 "$data/postmaster.pid" 2>/dev/null)" 2>/dev/null || kill -INT "$server" 2>/dev/null || true; }
trap stop TERM INT

for _ in $(seq 1 300); do
  as_postgres "$pg_bin/pg_isready" -q -h "$DATA_DIR" -p "$PORT" && break
  kill -0 "$server" 2>/dev/null || break
  sleep 0.2
done
if as_postgres "$pg_bin/pg_isready" -q -h "$DATA_DIR" -p "$PORT"; then
  # over the local socket (peer authentication); the password goes through stdin, never on a command line
  printf "ALTER ROLE postgres PASSWORD '%s';\n" "${POSTGRES_PASSWORD//\'/\'\'}" \
    | as_postgres "$pg_bin/psql" -q -X -h "$DATA_DIR" -p "$PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 >/dev/null
  echo "PostgreSQL ready on 127.0.0.1:$PORT (data $data)"
fi
while kill -0 "$server" 2>/dev/null; do wait "$server" || true; done
wait "$server"
