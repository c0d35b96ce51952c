#!/usr/bin/env bash
# The test command: starts the platform on local servers (up.sh) unless it is already up, runs every test project
# under tests/ against it, and ends with one line "N passed, N failed" (", N skipped" when some were skipped).
# Exit code: 0 only when tests ran and none failed.
# If this script started the platform it stops it afterwards (down.sh), unless KEEP_PLATFORM_UP=1.
# Settings: KEEP_PLATFORM_UP=1, PLATFORM_TEST_FILTER (dotnet test --filter), PLATFORM_TEST_HANG_TIMEOUT (20m),
#           and everything env.sh reads.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO_ROOT"
results=$RUN_DIR/test-results
started_platform=false
problems=()

summarize() {   # prints "N passed, N failed[, N skipped]" from the trx files; exit 0 when something passed and nothing failed
  python3 - "$results" <<'PY'
import glob, os, sys, xml.etree.ElementTree as ET
passed = failed = skipped = 0
# Counted from the results themselves: the trx Counters element reports notExecuted="0" for skipped xunit tests.
for path in sorted(glob.glob(os.path.join(sys.argv[1], "*.trx"))):
    try:
        results = ET.parse(path).getroot().findall("./{*}Results/{*}UnitTestResult")
    except ET.ParseError as e:
        print(f"cannot read {path}: {e}", file=sys.stderr); failed += 1; continue
    for r in results:
        outcome = r.get("outcome", "")
        if outcome == "Passed":
            passed += 1
        elif outcome == "NotExecuted":
            skipped += 1
        else:                      # Failed, Error, Timeout, Aborted, ...
            failed += 1
line = f"{passed} passed, {failed} failed"
if skipped:
    line += f", {skipped} skipped"
print(line)
sys.exit(0 if failed == 0 and passed > 0 else 1)
PY
}

finish() {
  local rc=$? line final=0
  trap - EXIT INT TERM
  if $started_platform; then
    if [ "${KEEP_PLATFORM_UP:-0}" = 1 ]; then
      log "KEEP_PLATFORM_UP=1: the platform keeps running (stop it with deploy/local/down.sh)"
    else
      if [ "$rc" -ne 0 ] && [ -n "${CI:-}" ]; then   # the machine goes away: show the processes' last log lines now
        for name in "${PROCESSES[@]}"; do
          [ -s "$LOG_DIR/$name.log" ] || continue
          echo "---- last lines of $LOG_DIR/$name.log"; tail -n 40 "$LOG_DIR/$name.log"
        done
      fi
      log "stopping the platform (KEEP_PLATFORM_UP=1 would keep it running)"
      bash "$DEPLOY_DIR/down.sh" || warn "down.sh failed"
    fi
  fi
  for p in "${problems[@]+"${problems[@]}"}"; do warn "$p"; done
  if [ -d "$results" ] && line=$(summarize); then final=0; else final=1; fi
  [ -n "${line:-}" ] || line="0 passed, 0 failed"
  [ "$rc" -eq 0 ] || final=1
  echo "$line"
  exit "$final"
}
trap finish EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

rm -rf "$results"; mkdir -p "$results"
shopt -s nullglob
projects=(tests/*/*.csproj)
shopt -u nullglob
[ ${#projects[@]} -gt 0 ] || { problems+=("no test projects found (tests/*/*.csproj)"); exit 1; }

# ---------------------------------------------------------------- the platform
if supervisord_running && [ -z "$(unhealthy_processes)" ]; then
  log "the platform is already up: using it (and leaving it running)"
  log "building the test projects"
  for project in "${projects[@]}"; do
    dotnet build "$project" -c "$BUILD_CONFIGURATION" -nologo -v minimal --disable-build-servers >"$LOG_DIR/build-tests.log" 2>&1 \
      || { tail -n 30 "$LOG_DIR/build-tests.log" >&2; problems+=("building $project failed; see $LOG_DIR/build-tests.log"); exit 1; }
  done
  [ -s "$PLATFORM_ENV_FILE" ] || bash "$DEPLOY_DIR/platform-env.sh"
else
  started_platform=true
  bash "$DEPLOY_DIR/up.sh" || { problems+=("the platform did not start (output above)"); exit 1; }
fi

# ---------------------------------------------------------------- the environment the tests get
set -a
# shellcheck source=/dev/null
. "$PLATFORM_ENV_FILE"
set +a
export PLATFORM_GATEWAY_URL=$GATEWAY_URL
export PLATFORM_EMULATOR_URL=$EMULATOR_URL
export PLATFORM_BROKER_SCRIPT=$DEPLOY_DIR/broker.sh
export PLATFORM_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Password=$PG_USER_PASSWORD"
export PLATFORM_LOG_DIR=$LOG_DIR

# ---------------------------------------------------------------- tests
t0=$SECONDS
filter=()
[ -z "${PLATFORM_TEST_FILTER:-}" ] || filter=(--filter "$PLATFORM_TEST_FILTER")
for project in "${projects[@]}"; do
  name=$(basename "$project" .csproj)
  log "dotnet test $name"
  rc=0
  dotnet test "$project" -c "$BUILD_CONFIGURATION" --no-build --nologo "${filter[@]+"${filter[@]}"}" \
    --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=normal" --results-directory "$results" \
    --blame-hang-timeout "${PLATFORM_TEST_HANG_TIMEOUT:-20m}" --blame-hang-dump-type none || rc=$?
  if [ "$rc" -ne 0 ]; then problems+=("dotnet test $name exited with $rc"); fi
  [ -f "$results/$name.trx" ] || problems+=("$name produced no $results/$name.trx")
done
log "tests took $((SECONDS - t0)) s; results in $results"
[ ${#problems[@]} -eq 0 ] || exit 1
