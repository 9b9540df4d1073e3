#!/usr/bin/env bash
# `mvn autogen:check` on the sample app against the launcher's `autogen check` on the same project: whole processes,
# as a user or a CI job runs them, timed alternately in one run; writes bench/results/maven-check-<date>.md.
#
#   bench/run-maven-check-bench.sh              # RUNS=7
#   RUNS=3 bench/run-maven-check-bench.sh
#
# Needs the launcher (mvn -B -q -DskipTests package) and the plugin in maven-plugin/target/it-repo
# (mvn -B -q -pl maven-plugin -am verify -DskipTests -DskipITs). Both commands use the sample app's embedded
# PostgreSQL, started and stopped by each process, and find the database in sync (exit 0).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/sample-app/maven-repo.sh"
runs=${RUNS:-7}
launcher="$root/cli/target/autogen"
[ -x "$launcher" ] || { echo "cli/target/autogen not found: build first with 'mvn -B -q -DskipTests package'" >&2; exit 1; }
out="$root/bench/results/maven-check-$(date +%F).md"

work=$(mktemp -d "${TMPDIR:-/tmp}/autogen-maven-check-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
maven_repo_setup "$root" "$work/maven"
mkdir "$work/app"
cp -r "$root/sample-app/src" "$root/sample-app/autogen.properties" "$root/sample-app/migrations" \
  "$root/sample-app/pom.xml" "$work/app/"
cd "$work/app"
add_plugin pom.xml

# warm-up, not timed: resolves the build's artifacts into the run's repository, compiles the entities (the
# launcher reads target/classes), creates the embedded cluster and brings it to head
mvn_sample -q autogen:upgrade
mvn_sample -q autogen:check
"$launcher" check > /dev/null

millis() { date +%s%N | cut -c1-13; }
time_command() {
  local start end
  start=$(millis)
  "$@" > /dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }
  end=$(millis)
  echo $((end - start))
}
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
maven_times=()
launcher_times=()
for ((i = 1; i <= runs; i++)); do
  # alternate which goes first, so a burst of load elsewhere does not always fall on the same one
  if ((i % 2)); then
    maven_times+=("$(time_command mvn_sample -o -q autogen:check)")
    launcher_times+=("$(time_command "$launcher" check)")
  else
    launcher_times+=("$(time_command "$launcher" check)")
    maven_times+=("$(time_command mvn_sample -o -q autogen:check)")
  fi
  echo "run $i: mvn autogen:check ${maven_times[-1]} ms, autogen check ${launcher_times[-1]} ms" >&2
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

maven_median=$(printf '%s\n' "${maven_times[@]}" | median)
launcher_median=$(printf '%s\n' "${launcher_times[@]}" | median)
{
  echo "# \`mvn autogen:check\` against \`autogen check\`: sample app, $(date +%F)"
  echo
  echo "Whole processes on the sample app (2 entities, 1 revision applied, embedded PostgreSQL started and stopped by"
  echo "each process, database in sync: exit 0), timed alternately in one run, $runs runs each; wall time in ms."
  echo "\`mvn autogen:check\` runs offline against a repository of its own and includes Maven's start-up, the"
  echo "forked \`compile\` phase (nothing to compile) and the project's dependency resolution; \`autogen check\` is the"
  echo "launcher with its class-data-sharing archive."
  echo
  echo "| command | median | runs |"
  echo "|---|---:|---|"
  echo "| \`mvn autogen:check\` | $maven_median | ${maven_times[*]} |"
  echo "| \`autogen check\` (launcher) | $launcher_median | ${launcher_times[*]} |"
  echo
  echo "Machine: $(nproc) cores, load average $load_before before and $load_after after the runs. The machine was"
  echo "loaded by other builds and tests running at the same time, so the absolute figures are high and noisy;"
  echo "the two commands ran alternately under the same load, so their ratio is the figure to read. Compare runs"
  echo "made on a quiet machine before drawing conclusions from the absolute values."
  echo
  echo "$(mvn -v 2>/dev/null | head -1 | sed 's/\x1b\[[0-9;]*m//g'); $(java -version 2>&1 | head -1)."
} > "$out"
echo "report: $out" >&2
