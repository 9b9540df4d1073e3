#!/usr/bin/env bash
# The benchmark of autogen inside an application: builds autogen and the bench module, starts a throw-away
# PostgreSQL 15 cluster on 127.0.0.1, times `upgrade head` of a LENGTH-revision chain through the Java API with
# compiled migrations against Flyway's migrate of the same DDL, and the start of a minimal Spring Boot application
# with nothing to apply, autogen's auto-configuration against Flyway's; writes bench/results/app-<date>-<LENGTH>.md.
#
#   bench/run-app-bench.sh                           # LENGTH=1000
#   LENGTH=200 RUNS=1 BOOT_RUNS=2 SKIP_BUILD=1 bench/run-app-bench.sh
#
# Environment: LENGTH (1000), RUNS (5, upgrades and migrates), BOOT_RUNS (10, application starts), PG_BIN
# (/usr/lib/postgresql/15/bin), PG_PORT (54329), SKIP_BUILD=1 (reuse the last build), KEEP_WORK=1 (keep the chain).
set -euo pipefail

source "$(dirname "$0")/pg-cluster.sh"
out="$repo/bench/results/app-$(date +%F)-${LENGTH:-1000}.md"

java -Xmx1g -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -cp "$repo/bench/target/classes:$(cat bench/target/classpath.txt)" \
  -Dbench.pgbin="$pg_bin" -Dbench.port="$pg_port" -Dbench.user="$pg_user" \
  -Dbench.autogen="$repo/cli/target/autogen" -Dbench.work="$tmp/work" -Dbench.runs="${RUNS:-5}" \
  -Dbench.bootRuns="${BOOT_RUNS:-10}" -Dbench.out="$out" \
  -Dbench.context="$pg_version on 127.0.0.1 (fsync off)" \
  dev.autogen.bench.AppBench "${LENGTH:-1000}"
echo "report: $out" >&2
