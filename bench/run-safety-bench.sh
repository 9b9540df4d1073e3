#!/usr/bin/env bash
# The `lint` and `verify` benchmark: builds autogen and the bench module, starts a throw-away PostgreSQL 15 cluster
# on 127.0.0.1, times `lint`, `lint --measure` and `verify` on a LENGTH-revision chain and on a revision altering
# TABLES tables; writes bench/results/safety-<date>.md.
#
#   bench/run-safety-bench.sh                        # LENGTH=1000 TABLES=1000
#   LENGTH=100 TABLES=100 RUNS=1 SKIP_BUILD=1 bench/run-safety-bench.sh
#
# Environment: LENGTH (1000), TABLES (1000), RUNS (3, lint), MEASURE_LAST (10: lint --measure on the chain's last
# revisions only), AUTOGEN (the launcher, cli/target/autogen), PG_BIN (/usr/lib/postgresql/15/bin), PG_PORT
# (54329), SKIP_BUILD=1, KEEP_WORK=1.
set -euo pipefail

source "$(dirname "$0")/pg-cluster.sh"
out="$repo/bench/results/safety-$(date +%F).md"

java -Xmx1g -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -cp "$repo/bench/target/classes:$(cat bench/target/classpath.txt)" \
  -Dbench.pgbin="$pg_bin" -Dbench.port="$pg_port" -Dbench.user="$pg_user" \
  -Dbench.autogen="${AUTOGEN:-$repo/cli/target/autogen}" -Dbench.work="$tmp/work" -Dbench.runs="${RUNS:-3}" \
  -Dbench.measureLast="${MEASURE_LAST:-10}" -Dbench.out="$out" \
  -Dbench.context="$pg_version on 127.0.0.1 (fsync off)" \
  dev.autogen.bench.SafetyBench "${LENGTH:-1000}" "${TABLES:-1000}"
echo "report: $out" >&2
