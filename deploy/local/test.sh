#!/usr/bin/env bash
# Starts the platform on local servers (as up.sh does), runs every test project against it, and ends with one line
# "N passed, N failed". The platform is stopped afterwards unless it was already running or KEEP_PLATFORM_UP=1.
set -uo pipefail
. "$(dirname "$0")/env.sh"
cd "$REPO_ROOT"
was_up=false
curl -fsS -o /dev/null -m 2 "http://127.0.0.1:$GATEWAY_PORT/health" 2>/dev/null && was_up=true

results=$RUN_DIR/test-results
summary() {
  python3 - "$results" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
passed = failed = skipped = 0
for f in glob.glob(sys.argv[1] + "/*.trx"):
    c = ET.parse(f).getroot().find(".//{*}ResultSummary/{*}Counters")
    if c is None: continue
    passed += int(c.get("passed", 0)); failed += int(c.get("failed", 0)) + int(c.get("error", 0)) + int(c.get("timeout", 0))
    skipped += int(c.get("notExecuted", 0))
line = f"{passed} passed, {failed} failed" + (f", {skipped} skipped" if skipped else "")
print(line)
sys.exit(0 if failed == 0 and skipped == 0 and passed > 0 else 1)
PY
}

teardown() {
  if [ "$was_up" = false ] && [ "${KEEP_PLATFORM_UP:-0}" != 1 ]; then "$REPO_ROOT/deploy/local/down.sh" || true; fi
}

started=$(date +%s)
if ! "$REPO_ROOT/deploy/local/up.sh"; then
  teardown
  echo "0 passed, 1 failed"
  exit 1
fi

rm -rf "$results"; mkdir -p "$results"
set -a; . "$RUN_DIR/platform.env"; set +a
export PLATFORM_GATEWAY_URL="http://127.0.0.1:$GATEWAY_PORT"
export PLATFORM_EMULATOR_URL="http://127.0.0.1:$EMULATOR_PORT"
export PLATFORM_BROKER_SCRIPT="$REPO_ROOT/deploy/local/broker.sh"
export PLATFORM_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Password=postgres"

for project in tests/*/*.csproj; do
  name=$(basename "$project" .csproj)
  log "running $name"
  dotnet test "$project" -c Release --no-build --nologo \
    --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=normal" --results-directory "$results"
done

log "tests took $(( $(date +%s) - started )) s (including start-up)"
teardown
summary
