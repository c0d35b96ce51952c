#!/usr/bin/env bash
# The test command: installs what the AppHost needs (prerequisites.sh), builds in Release, runs every test project
# under tests/ (the integration tests start the platform themselves through the AppHost, on random ports with a fresh
# data directory, and stop it at the end), and ends with one line "N passed, N failed" (", N skipped" when some were).
# Before the tests, containers.sh starts a Docker daemon and builds the test images where it can, for the Testcontainers
# tests; where it cannot, those tests report themselves skipped, with the reason.
# Exit code: 0 only when tests ran and none failed.
# Settings: PLATFORM_TEST_FILTER (dotnet test --filter), PLATFORM_TEST_HANG_TIMEOUT (20m).
# Results: .local/test-results/*.trx; every platform process's log of the run: .local/test-results/platform/logs/<resource>.log.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }
results=$PWD/.local/test-results
export PLATFORM_TEST_RUN_DIR=$results/platform   # the AppHost's data (deleted after the run) and logs
logs=$PLATFORM_TEST_RUN_DIR/logs
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
            # Named last, just above the summary line, where a CI page that shows only the tail still shows them.
            message = "".join(r.findtext("./{*}Output/{*}ErrorInfo/{*}Message") or outcome).strip().splitlines()
            print(f"FAILED {r.get('testName')}: {' | '.join(message[:6])[:1500]}", file=sys.stderr)
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
  if [ "$rc" -ne 0 ] && [ -n "${CI:-}" ] && [ -d "$logs" ]; then   # the machine goes away: show the logs now
    for f in "$logs"/*.log "$PLATFORM_TEST_RUN_DIR"/instances/logs/*.log; do   # the two-instance platform's too
      [ -s "$f" ] || continue
      echo "---- last lines of $f"; tail -n 40 "$f"
    done
  fi
  bash deploy/local/containers.sh stop || true
  for p in "${problems[@]+"${problems[@]}"}"; do printf '[%s] WARNING: %s\n' "$(date +%H:%M:%S)" "$p" >&2; done
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
bash deploy/local/prerequisites.sh
# The browser tests drive Debian's Chromium (never a downloaded browser), with a font for Chinese text.
if [ ! -x /usr/bin/chromium ] || ! fc-list 2>/dev/null | grep -qi "wenquanyi micro hei"; then
  bash deploy/local/apt-install.sh chromium fonts-wqy-microhei || problems+=("could not install chromium and fonts-wqy-microhei: the browser tests will fail")
fi
bash deploy/local/containers.sh start
# The manifest tests render deploy/k8s with `kubectl kustomize` (kustomize v5; Debian's own kubernetes-client is too old).
if ! command -v kubectl >/dev/null; then
  bash deploy/local/apt-install.sh kubectl || problems+=("could not install kubectl: the manifest tests will fail")
fi

t0=$SECONDS
log "building AccountingPlatform.sln (Release; log: $results/build.log)"
if ! dotnet build AccountingPlatform.sln -c Release -nologo -v minimal --disable-build-servers >"$results/build.log" 2>&1; then
  grep -E ': (error|warning) [A-Z]+[0-9]+' "$results/build.log" | sed 's/^ *//' | sort -u | head -n 40 >&2 || tail -n 40 "$results/build.log" >&2
  problems+=("the build failed; see $results/build.log"); exit 1
fi
log "build took $((SECONDS - t0)) s"

t1=$SECONDS
filter=()
[ -z "${PLATFORM_TEST_FILTER:-}" ] || filter=(--filter "$PLATFORM_TEST_FILTER")
for project in tests/*/*.csproj; do
  name=$(basename "$project" .csproj)
  log "dotnet test $name"
  rc=0
  dotnet test "$project" -c Release --no-build --nologo "${filter[@]+"${filter[@]}"}" \
    --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=normal" --results-directory "$results" \
    --blame-hang-timeout "${PLATFORM_TEST_HANG_TIMEOUT:-20m}" --blame-hang-dump-type none || rc=$?
  if [ "$rc" -ne 0 ]; then problems+=("dotnet test $name exited with $rc"); fi
  [ -f "$results/$name.trx" ] || problems+=("$name produced no $results/$name.trx")
done
rm -rf "$PLATFORM_TEST_RUN_DIR/data" "$PLATFORM_TEST_RUN_DIR/instances/data"   # the AppHosts' databases of this run; the logs stay
log "tests took $((SECONDS - t1)) s; results in $results"
[ ${#problems[@]} -eq 0 ] || exit 1
