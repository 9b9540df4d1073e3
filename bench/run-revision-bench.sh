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

repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"
n_list=${N_LIST:-"100 1000 3000"}
pg_bin=${PG_BIN:-/usr/lib/postgresql/15/bin}
pg_port=${PG_PORT:-54329}
pg_user=bench
out="$repo/bench/results/revision-$(date +%F).md"

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "building autogen and the bench module ..." >&2
  mvn -B -q -o -Pbench -DskipTests package
fi

tmp=$(mktemp -d /tmp/autogen-bench.XXXXXX)
chmod 755 "$tmp"
data="$tmp/pgdata"

# PostgreSQL refuses to run as root: run the server as the postgres (or nobody) user then.
as_server_user() {
  if [ "$(id -u)" = 0 ]; then
    local user=postgres
    id -u "$user" >/dev/null 2>&1 || user=nobody
    runuser -u "$user" -- "$@"
  else
    "$@"
  fi
}

stop_cluster() {
  if [ -f "$data/postmaster.pid" ]; then
    as_server_user "$pg_bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null || true
  fi
  if [ "${KEEP_WORK:-0}" = 1 ]; then echo "work kept in $tmp" >&2; else rm -rf "$tmp"; fi
}
trap stop_cluster EXIT

mkdir -p "$data" "$tmp/work"
[ "$(id -u)" = 0 ] && chown "$(id -u postgres 2>/dev/null || id -u nobody)" "$data" "$tmp"
echo "starting PostgreSQL ($("$pg_bin/postgres" --version)) on 127.0.0.1:$pg_port ..." >&2
as_server_user "$pg_bin/initdb" -D "$data" -U "$pg_user" --auth=trust -E UTF8 --no-sync >/dev/null
as_server_user "$pg_bin/pg_ctl" -D "$data" -l "$tmp/postgres.log" -w start \
  -o "-p $pg_port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$tmp -c fsync=off" >/dev/null

pg_version=$("$pg_bin/postgres" --version | sed 's/^postgres (PostgreSQL) /PostgreSQL /')
java -Xmx2g -Dorg.jboss.logging.provider=slf4j -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -cp "$repo/bench/target/classes:$(cat bench/target/classpath.txt)" \
  -Dbench.pgbin="$pg_bin" -Dbench.port="$pg_port" -Dbench.user="$pg_user" \
  -Dbench.autogen="$repo/cli/target/autogen" -Dbench.work="$tmp/work" -Dbench.runs="${RUNS:-3}" \
  -Dbench.phaseJvm="${PHASE_JVM--Xmx512m}" -Dbench.out="$out" \
  -Dbench.context="$pg_version on 127.0.0.1 (fsync off)" \
  dev.autogen.bench.RevisionBench $n_list
echo "report: $out" >&2
