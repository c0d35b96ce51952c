#!/usr/bin/env bash
# The registration-rush benchmark on a fresh machine: installs what the AppHost needs (prerequisites.sh; PostgreSQL's
# package brings pgbench), then builds in Release and runs tools/Benchmarks' platform benchmark, which starts the
# platform itself. Arguments pass through: --smoke (seconds), --replicas N (N instances of every service, the web app
# and the gateway), --out FILE (default .local/benchmarks/platform-<time>.json).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
bash deploy/local/prerequisites.sh
exec dotnet run -c Release --project tools/Benchmarks -- platform "$@"
