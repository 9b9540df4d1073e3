#!/usr/bin/env bash
# The `autogen revision --offline` benchmark: builds autogen and the bench module, starts a throw-away PostgreSQL 15
# cluster on 127.0.0.1, times online `revision`, `revision --offline` (replay, warm and cold compile cache) and
# `revision --offline --shadow` on a chain of LENGTH revisions and on a TABLES-table model (0 skips either), and writes
# bench/results/offline-<date>.md.
#
#   bench/run-offline-bench.sh                       # LENGTH=1000 TABLES=1000
#   LENGTH=200 TABLES=200 RUNS=1 SKIP_BUILD=1 bench/run-offline-bench.sh
#
# Environment: LENGTH, TABLES, RUNS (3), PG_BIN (/usr/lib/postgresql/15/bin), PG_PORT (54329), SKIP_BUILD=1,
# KEEP_WORK=1.
set -euo pipefail

source "$(dirname "$0")/pg-cluster.sh"
out="$repo/bench/results/offline-$(date +%F).md"
# the same created timestamp in every run, so the offline revisions can be compared byte for byte with online ones
export SOURCE_DATE_EPOCH=1767323045

java -Xmx2g -Dorg.jboss.logging.provider=slf4j -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -cp "$repo/bench/target/classes:$(cat bench/target/classpath.txt)" \
  -Dbench.pgbin="$pg_bin" -Dbench.port="$pg_port" -Dbench.user="$pg_user" \
  -Dbench.autogen="$repo/cli/target/autogen" -Dbench.work="$tmp/work" -Dbench.runs="${RUNS:-3}" \
  -Dbench.out="$out" -Dbench.context="$pg_version on 127.0.0.1 (fsync off)" \
  -Dbench.load="$(cut -d' ' -f1-3 /proc/loadavg)" \
  dev.autogen.bench.OfflineBench "${LENGTH:-1000}" "${TABLES:-1000}"
echo "report: $out" >&2
