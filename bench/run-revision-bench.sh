#!/usr/bin/env bash
# The `autogen revision` benchmark: builds autogen and the bench module, starts a throw-away PostgreSQL 15 cluster
# on 127.0.0.1, measures N_LIST model sizes and writes bench/results/revision-<date>.md.
#
#   bench/run-revision-bench.sh                      # N_LIST="100 1000 3000"
#   N_LIST="100 1000" bench/run-revision-bench.sh
#
# Environment: N_LIST, RUNS (3), PG_BIN (/usr/lib/postgresql/15/bin), PG_PORT (54329), SKIP_BUILD=1 (reuse the
# last build), PHASE_JVM ("-Xmx512m", options of the in-process phases' JVM), KEEP_WORK=1 (keep generated models).
set -euo pipefail

source "$(dirname "$0")/pg-cluster.sh"
n_list=${N_LIST:-"100 1000 3000"}
out="$repo/bench/results/revision-$(date +%F).md"

java -Xmx2g -Dorg.jboss.logging.provider=slf4j -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -cp "$repo/bench/target/classes:$(cat bench/target/classpath.txt)" \
  -Dbench.pgbin="$pg_bin" -Dbench.port="$pg_port" -Dbench.user="$pg_user" \
  -Dbench.autogen="$repo/cli/target/autogen" -Dbench.work="$tmp/work" -Dbench.runs="${RUNS:-3}" \
  -Dbench.phaseJvm="${PHASE_JVM--Xmx512m}" -Dbench.out="$out" \
  -Dbench.context="$pg_version on 127.0.0.1 (fsync off)" \
  dev.autogen.bench.RevisionBench $n_list
echo "report: $out" >&2
