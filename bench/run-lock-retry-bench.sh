#!/usr/bin/env bash
# What the statement lock timeout costs when nothing blocks: `autogen upgrade head` and `downgrade base` of a
# LENGTH-revision chain on the embedded PostgreSQL, alternately without and with
# `--statement-lock-timeout 5s --lock-retries 3` (a savepoint per revision, a cancelled watch per statement).
# Prints the median wall time of RUNS runs of each; uses the last build (cli/target/autogen).
#
#   LENGTH=200 RUNS=5 bench/run-lock-retry-bench.sh
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
autogen="$repo/cli/target/autogen"
length=${LENGTH:-200}
runs=${RUNS:-5}
work=$(mktemp -d /tmp/autogen-lock-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT

mkdir -p "$work/migrations/versions"
printf 'script_location = migrations\nurl = embedded\n' > "$work/autogen.properties"
parent=""
for i in $(seq 1 "$length"); do
  id=$(printf '0c%010x' "$i")
  revises=${parent:+, revises = \"$parent\"}
  cat > "$work/migrations/versions/R$id.java" <<JAVA
import static dev.autogen.runtime.Dsl.*;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.Revision;

@Revision(id = "$id"$revises, message = "t $i")
public final class R$id implements Migration {

  @Override
  public void upgrade(Operations op) {
    op.createTable("t_$i", column("id", bigint()).notNull(), primaryKey("id"));
    op.addColumn("t_$i", column("name", varchar(100)));
    op.execute("CREATE INDEX t_${i}_name_idx ON t_$i (name)");
  }

  @Override
  public void downgrade(Operations op) {
    op.dropTable("t_$i");
  }
}
JAVA
  parent=$id
done

cd "$work"
"$autogen" upgrade head -c autogen.properties >/dev/null   # the embedded cluster and the compile cache, once
"$autogen" downgrade base -c autogen.properties >/dev/null

millis() { local start end; start=$(date +%s%N); "$@" >/dev/null; end=$(date +%s%N); echo $(((end - start) / 1000000)); }
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

off_up=() off_down=() on_up=() on_down=()
for _ in $(seq 1 "$runs"); do
  off_up+=("$(millis "$autogen" upgrade head -c autogen.properties)")
  off_down+=("$(millis "$autogen" downgrade base -c autogen.properties)")
  on_up+=("$(millis "$autogen" upgrade head -c autogen.properties --statement-lock-timeout 5s --lock-retries 3)")
  on_down+=("$(millis "$autogen" downgrade base -c autogen.properties --statement-lock-timeout 5s --lock-retries 3)")
done
echo "chain: $length revisions (3 statements each), median of $runs runs, embedded PostgreSQL, $(nproc) cores"
echo "upgrade head,   lock timeout off: $(printf '%s\n' "${off_up[@]}" | median) ms"
echo "upgrade head,   lock timeout on:  $(printf '%s\n' "${on_up[@]}" | median) ms"
echo "downgrade base, lock timeout off: $(printf '%s\n' "${off_down[@]}" | median) ms"
echo "downgrade base, lock timeout on:  $(printf '%s\n' "${on_down[@]}" | median) ms"
