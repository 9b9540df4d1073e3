# Sourced by walkthrough-maven.sh and bench/run-maven-check-bench.sh: Maven runs of a copy of the sample app with
# this build's autogen-maven-plugin, without installing anything into ~/.m2. The plugin and the autogen artifacts
# it needs come from maven-plugin/target/it-repo (filled by the plugin module's `verify`, as for its own Invoker
# tests), copied into a repository of the run's own; everything else is read from ~/.m2 as a file:// mirror.
#
#   maven_repo_setup ROOT WORK    # writes WORK/settings.xml and WORK/repo
#   mvn_sample ARGS...            # mvn -B with them, in the current directory
#   mvn_sample_goal ARGS...       # the same, printing only what the goals say
#   add_plugin POM                # declares the plugin in POM (the Maven plugin section of README.md)

maven_repo_setup() {
  local root=$1 work=$2
  local it_repo="$root/maven-plugin/target/it-repo"
  if [ ! -d "$it_repo/dev/autogen/autogen-maven-plugin" ]; then
    echo "maven-plugin/target/it-repo has no autogen-maven-plugin: build it first with" >&2
    echo "  mvn -B -q -pl maven-plugin -am verify -DskipTests -DskipITs" >&2
    return 1
  fi
  mkdir -p "$work/repo/dev"
  cp -r "$it_repo/dev/autogen" "$work/repo/dev/"
  local m2="${MAVEN_USER_REPO:-$HOME/.m2/repository}"
  cat > "$work/settings.xml" <<SETTINGS
<settings>
  <localRepository>$work/repo</localRepository>
  <mirrors>
    <mirror><id>local.central</id><mirrorOf>*</mirrorOf><url>file://$m2</url></mirror>
  </mirrors>
</settings>
SETTINGS
  MAVEN_SAMPLE_SETTINGS="$work/settings.xml"
}

# -Denforcer.skip: the autogen parent's enforcer refuses the SNAPSHOT plugin version, as it should for a release
mvn_sample() {
  mvn -B -ntp -s "$MAVEN_SAMPLE_SETTINGS" -Denforcer.skip=true "$@"
}

# mvn_sample, printing what the goal says and Maven's errors, without Maven's own progress lines
mvn_sample_goal() {
  mvn_sample "$@" | sed -n -e '/^\[INFO\] \(---\|Scanning\|Building\|BUILD\|Total time\|Finished at\|Nothing to compile\|Recompiling\|Compiling\|Copying\|skip non existing\|Using\|>>>\|<<<\|Changes detected\)/d' \
    -e '/^\[INFO\] *\(-*\|\[.*\)$/d' -e '/Skipping Rule Enforcement/d' -e 's/^\[INFO\] //p' \
    -e '/^\[WARNING\] \(Could not validate integrity\|The POM for dev.autogen:autogen-cli\)/d' \
    -e '/^\[\(ERROR\|WARNING\)\]/p'
}

add_plugin() {
  local pom=$1
  local plugin='    <plugins>\n      <plugin>\n        <groupId>dev.autogen</groupId>\n        <artifactId>autogen-maven-plugin</artifactId>\n        <version>0.1.0-SNAPSHOT</version>\n      </plugin>'
  sed -i "0,/^    <plugins>\$/s||$plugin|" "$pom"
}
