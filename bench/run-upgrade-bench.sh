#!/usr/bin/env bash
# The `autogen upgrade` benchmark: builds autogen and the bench module, starts a throw-away PostgreSQL 15 cluster
# on 127.0.0.1, times `autogen upgrade head` of a LENGTH-revision chain (cold and warm compile cache) against
# Flyway's migrate of the same DDL, and `autogen current`/`history` on that chain and on sample-app/; writes
# bench/results/upgrade-<date>.md.
#
#   bench/run-upgrade-bench.sh                       # LENGTH=1000
#   LENGTH=200 RUNS=1 QUERY_RUNS=1 SKIP_BUILD=1 bench/run-upgrade-bench.sh
#
# Environment: LENGTH (1000), RUNS (3, upgrades and migrates), QUERY_RUNS (5, current and history), PG_BIN
# (/usr/lib/postgresql/15/bin), PG_PORT (54329), SKIP_BUILD=1 (reuse the last build), KEEP_WORK=1 (keep the chain).
set -euo pipefail

source "$(dirname "$0")/pg-cluster.sh"
out="$repo/bench/results/upgrade-$(date +%F).md"

java -Xmx1g -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -cp "$repo/bench/target/classes:$(cat bench/target/classpath.txt)" \
  -Dbench.pgbin="$pg_bin" -Dbench.port="$pg_port" -Dbench.user="$pg_user" \
  -Dbench.autogen="$repo/cli/target/autogen" -Dbench.work="$tmp/work" -Dbench.runs="${RUNS:-3}" \
  -Dbench.queryRuns="${QUERY_RUNS:-5}" -Dbench.sampleApp="$repo/sample-app" -Dbench.out="$out" \
  -Dbench.context="$pg_version on 127.0.0.1 (fsync off)" \
  dev.autogen.bench.UpgradeBench "${LENGTH:-1000}"
echo "report: $out" >&2
