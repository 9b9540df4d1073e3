#!/usr/bin/env bash
# The walk-through of walkthrough.sh through the Maven plugin instead of the launcher: the same steps as goals of
# autogen-maven-plugin, on a copy of the sample app in a temporary directory (the repository is left as it was) and
# the embedded PostgreSQL. Build the plugin first:
#   mvn -B -q -pl maven-plugin -am verify -DskipTests -DskipITs
# Nothing is installed into ~/.m2 (see maven-repo.sh).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/sample-app/maven-repo.sh"

work=$(mktemp -d "${TMPDIR:-/tmp}/autogen-walkthrough-maven.XXXXXX")
maven_repo_setup "$root" "$work/maven"
cp -r "$root/sample-app/src" "$root/sample-app/autogen.properties" "$root/sample-app/migrations" \
  "$root/sample-app/pom.xml" "$work/"
cd "$work"
trap 'echo; echo "Walk-through files kept in $work"' EXIT

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
run() { printf '$ %s\n' "$*"; "$@"; }
goal() { printf '$ mvn %s\n' "$*"; mvn_sample_goal "$@"; }

step "Step 1: add the plugin to the build (README.md, Maven plugin): nothing else to install"
add_plugin pom.xml
run grep -n -A4 '<artifactId>autogen-maven-plugin' pom.xml

step "Step 2/3/4: the project is initialised and configured; the plugin reads autogen.properties too"
# entities.classpath there is for the launcher: the plugin uses the project's own classes and dependencies
run grep -E '^(script_location|url|entities\.|version_table)' autogen.properties

step "The sample app's committed revisions bring the database to its current schema"
goal autogen:upgrade
goal autogen:current

step "Step 5: modify the User entity: add phone_number (each goal compiles the project first)"
sed -i 's|^  protected User() {|  @Column(name = "phone_number")\n  private String phoneNumber;\n\n  protected User() {|' \
  src/main/java/dev/autogen/sample/model/User.java
run grep -n -B1 'phoneNumber;' src/main/java/dev/autogen/sample/model/User.java

step "Step 6: generate a migration"
goal autogen:revision "-Dautogen.message=Add phone_number column to user table" -Dautogen.revId=3f2a9c41b7de
generated=$(ls migrations/versions/R3f2a9c41b7de_*.java)

step "Step 7: review the migration"
run cat "$generated"

step "Step 8: apply it"
goal autogen:upgrade

step "Step 9: update data: add a data step, then re-run the migration"
sed -i 's|^\(    op.addColumn("user", column("phone_number", varchar(255)));\)$|\1\n    // Add a default dummy phone number for existing rows\n    op.execute("UPDATE \\"user\\" SET phone_number = '"'"'000-000-0000'"'"'");|' "$generated"
run grep -n 'op\.' "$generated"
goal autogen:downgrade -Dautogen.target=-1
goal autogen:upgrade

step "Step 10: verify the changes (also what 'mvn verify' runs when the check goal is bound)"
goal autogen:check

step "Step 11: roll back"
goal autogen:downgrade -Dautogen.target=-1

step "Step 12: where am I"
goal autogen:current
goal autogen:history
