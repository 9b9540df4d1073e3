# Sourced by the bench/run-*-bench.sh scripts: builds autogen and the bench module (unless SKIP_BUILD=1), starts a
# throw-away PostgreSQL 15 cluster on 127.0.0.1 in a temporary directory and stops it on exit.
#
# Sets: repo, pg_bin, pg_port, pg_user, pg_version, tmp (work goes in $tmp/work).
# Environment: PG_BIN (/usr/lib/postgresql/15/bin), PG_PORT (54329), SKIP_BUILD=1, KEEP_WORK=1 (keep $tmp).

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"
pg_bin=${PG_BIN:-/usr/lib/postgresql/15/bin}
pg_port=${PG_PORT:-54329}
pg_user=bench

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
