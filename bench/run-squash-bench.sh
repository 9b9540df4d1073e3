#!/usr/bin/env bash
# The `autogen squash` benchmark: starts a throw-away PostgreSQL 15 cluster (bench/pg-cluster.sh), writes a
# LENGTH-revision chain (a table every tenth revision, columns added and renamed in between), upgrades a database
# to head, then times `autogen squash` of everything after the first revision (two scratch databases, the squash
# compiled and proven) and the `upgrade head` after it (nothing to run); writes bench/results/squash-<date>-<LENGTH>.md.
#
#   bench/run-squash-bench.sh                        # LENGTH=30
#   LENGTH=200 SKIP_BUILD=1 bench/run-squash-bench.sh
#
# Environment: LENGTH (30), PG_BIN, PG_PORT, SKIP_BUILD=1 (reuse cli/target/autogen), KEEP_WORK=1.
set -euo pipefail

source "$(dirname "$0")/pg-cluster.sh"
length=${LENGTH:-30}
out="$repo/bench/results/squash-$(date +%F)-${LENGTH:-30}.md"
autogen="$repo/cli/target/autogen"
work="$tmp/work"
cd "$work"

rev_id() { printf '%012x' $((0xb00000000000 + $1)); }

"$autogen" init migrations >/dev/null
printf 'url = jdbc:postgresql://127.0.0.1:%s/postgres\nuser = %s\n' "$pg_port" "$pg_user" > autogen.properties
table=0
column=""
for i in $(seq 1 "$length"); do
  parent=""
  [ "$i" -gt 1 ] && parent=", revises = \"$(rev_id $((i - 1)))\""
  if [ $((i % 10)) = 1 ]; then
    table=$i
    column=""
    up="op.createTable(\"t$table\", column(\"id\", bigint()).notNull(), primaryKey(\"id\"));"
    down="op.dropTable(\"t$table\");"
  elif [ -n "$column" ] && [ $((i % 3)) = 0 ]; then
    up="op.renameColumn(\"t$table\", \"$column\", \"${column}_r\");"
    down="op.renameColumn(\"t$table\", \"${column}_r\", \"$column\");"
    column=""
  else
    column="c$i"
    up="op.addColumn(\"t$table\", column(\"$column\", varchar(40)));"
    down="op.dropColumn(\"t$table\", \"$column\");"
  fi
  cat > "migrations/versions/R$(rev_id "$i").java" <<JAVA
import static dev.autogen.runtime.Dsl.*;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.Revision;

@Revision(id = "$(rev_id "$i")"$parent, message = "step $i", created = "2026-12-01T00:00:00Z")
public final class R$(rev_id "$i") implements Migration {
  @Override
  public void upgrade(Operations op) {
    $up
  }

  @Override
  public void downgrade(Operations op) {
    $down
  }
}
JAVA
done

seconds() { local start end; start=$(date +%s.%N); "$@" >/dev/null; end=$(date +%s.%N); echo "$end - $start" | bc; }

upgrade=$(seconds "$autogen" upgrade head)
squash=$(seconds "$autogen" squash "$(rev_id 1):$(rev_id "$length")" -m squashed --rev-id 5ea5ed000000)
after=$(seconds "$autogen" upgrade head)
ran=$("$autogen" upgrade head | grep -c '^Running' || true)

{
  echo "# squash benchmark, $(date +%F)"
  echo
  echo "$pg_version on 127.0.0.1 (fsync off); $(nproc) cores; a chain of $length revisions."
  echo
  echo "| step | seconds |"
  echo "|---|---|"
  echo "| \`upgrade head\` of the chain (cold compile cache) | $upgrade |"
  echo "| \`squash $(rev_id 1):$(rev_id "$length")\` ($((length - 1)) revisions, proven on two scratch databases) | $squash |"
  echo "| \`upgrade head\` after the squash (runs $ran revisions) | $after |"
} > "$out"
cat "$out"
