#!/usr/bin/env bash
# The seed's Alembic walk-through, step for step, with autogen on the sample app and the embedded PostgreSQL.
# Build first (mvn -B -q -DskipTests package); this script works on a copy in a temporary directory, so the
# repository is left as it was.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
jar="$root/cli/target/autogen.jar"
if [ ! -f "$jar" ]; then
  echo "cli/target/autogen.jar not found: build first with 'mvn -B -q -DskipTests package'" >&2
  exit 1
fi
PATH="$root/cli/target:$PATH"   # step 1: the autogen launcher on the PATH

work=$(mktemp -d "${TMPDIR:-/tmp}/autogen-walkthrough.XXXXXX")
cp -r "$root/sample-app/src" "$root/sample-app/autogen.properties" "$root/sample-app/migrations" \
  "$root/sample-app/ShowUsers.java" "$work/"
cd "$work"
stop() {
  # the embedded PostgreSQL is stopped after every command; nothing keeps running
  echo
  echo "Walk-through files kept in $work"
}
trap stop EXIT

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
run() { printf '$ %s\n' "$*"; "$@"; }
compile_entities() {
  # what `mvn -q compile` does for the entities; the jakarta.persistence API ships inside autogen.jar
  rm -rf target/classes && mkdir -p target/classes
  javac -nowarn -cp "$jar" -d target/classes src/main/java/dev/autogen/sample/model/*.java
}
show_users() { java -cp "$jar" ShowUsers.java "$@"; }

step "Step 1: install autogen"
run autogen --version

step "Step 2: initialise (shown in a scratch directory; the sample app was initialised the same way)"
mkdir -p scratch && (cd scratch && run autogen init migrations && run ls -R . )
run autogen list-templates

step "Step 3/4: configure: the database URL and the entities (the target metadata)"
run grep -E '^(script_location|url|entities\.|version_table)' autogen.properties

step "The sample app's committed revisions bring the database to its current schema"
compile_entities
run autogen upgrade head
run autogen current
show_users --insert alice alice@example.com

step "Step 5: modify the User entity: add phone_number"
sed -i 's|^  protected User() {|  @Column(name = "phone_number")\n  private String phoneNumber;\n\n  protected User() {|' \
  src/main/java/dev/autogen/sample/model/User.java
run grep -n -B1 'phoneNumber;' src/main/java/dev/autogen/sample/model/User.java
compile_entities

step "Step 6: generate a migration"
run autogen revision -m "Add phone_number column to user table" --rev-id 3f2a9c41b7de
generated=$(ls migrations/versions/R3f2a9c41b7de_*.java)

step "Step 7: review the migration"
run cat "$generated"

step "Step 8: apply it"
run autogen upgrade head
show_users

step "Step 9: update data: add a data step, then re-run the migration"
sed -i 's|^\(    op.addColumn("user", column("phone_number", varchar(255)));\)$|\1\n    // Add a default dummy phone number for existing rows\n    op.execute("UPDATE \\"user\\" SET phone_number = '"'"'000-000-0000'"'"'");|' "$generated"
run grep -n 'op\.' "$generated"
run autogen downgrade -1
run autogen upgrade head

step "Step 10: verify the changes"
show_users
run autogen check

step "Step 11: roll back"
run autogen downgrade -1
show_users

step "Step 12: where am I, what exists"
run autogen current
run autogen history
run autogen heads
