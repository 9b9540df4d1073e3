#!/usr/bin/env bash
# Summarises the revisions a pull request adds, for a reviewer: each revision, the SQL they run (autogen upgrade
# FROM:head --sql, which needs no database) and whether the entities and the migrations agree (autogen check, on the
# configured database upgraded to head). Writes Markdown to $GITHUB_STEP_SUMMARY (standard output outside Actions).
#
# Environment: BASE_REF (required: the commit or ref the pull request is compared with, e.g. origin/main),
# AUTOGEN (the command, default autogen), AUTOGEN_CONFIG (default autogen.properties), FAIL_ON_DRIFT (default true).
# Exit: 0; 1 when check finds differences and FAIL_ON_DRIFT is true; 2 when autogen or git fails.
set -uo pipefail

autogen=${AUTOGEN:-autogen}
config=${AUTOGEN_CONFIG:-autogen.properties}
base_ref=${BASE_REF:?BASE_REF must name the commit the pull request is compared with}
fail_on_drift=${FAIL_ON_DRIFT:-true}
summary=${GITHUB_STEP_SUMMARY:-/dev/stdout}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() {
  echo "::error::$*" >&2
  { echo "## autogen"; echo; echo ":x: $*"; } >> "$summary"
  exit 2
}

run_autogen() { # run_autogen OUTPUT_FILE ARGS...: stderr is kept for the error message
  local output=$1
  shift
  "$autogen" "$@" -c "$config" > "$output" 2> "$work/stderr"
}

top=$(git rev-parse --show-toplevel) || fail "not in a git repository"
git rev-parse --verify --quiet "$base_ref^{commit}" > /dev/null \
  || fail "base '$base_ref' is not a commit here; check out with fetch-depth: 0"

# the revision files the pull request adds, as absolute paths (autogen's JSON names files so)
git diff --name-only --diff-filter=A "$base_ref...HEAD" | sed "s|^|$top/|" | jq -R . | jq -s . > "$work/added-files.json" \
  || fail "cannot list the files added since $base_ref"
run_autogen "$work/history.json" history --json || fail "autogen history: $(tail -n 1 "$work/stderr")"
jq --slurpfile added "$work/added-files.json" \
  '[.revisions[] | select(.file as $f | $added[0] | index($f))]' "$work/history.json" > "$work/revisions.json"
count=$(jq length "$work/revisions.json")

# the SQL starts where the pull request's revisions attach to what was there before
from=$(jq -r '[.[].id] as $ids | [.[].parents[] | select(. as $p | $ids | index($p) | not)] | unique
  | if length == 0 then "base" elif length == 1 then .[0] else "base" end' "$work/revisions.json")

{
  echo "## autogen: migrations in this pull request"
  echo
  if [ "$count" -eq 0 ]; then
    echo "This pull request adds no revision."
  else
    echo "| revision | revises | message | file |"
    echo "|---|---|---|---|"
    jq -r --arg top "$top/" '.[] | "| `\(.id)` | \(if (.parents | length) == 0 then "base" else (.parents | map("`\(.)`") | join(", ")) end)'\
' | \(.message | gsub("\\|"; "\\|")) | `\(.file | ltrimstr($top))` |"' "$work/revisions.json"
  fi
  echo
} >> "$summary"

# check needs the database at head; on a fresh (service container or embedded) database that runs every revision
drift=0
if ! run_autogen "$work/upgrade.txt" upgrade head; then
  fail "autogen upgrade head: $(tail -n 1 "$work/stderr")"
fi
run_autogen "$work/check.json" check --json
status=$?
if [ "$status" -ne 0 ] && ! jq -e 'has("in_sync")' "$work/check.json" > /dev/null 2>&1; then
  fail "autogen check: $(tail -n 1 "$work/stderr")"
fi
{
  echo "### Entities and migrations"
  echo
  if jq -e '.in_sync' "$work/check.json" > /dev/null; then
    echo ":white_check_mark: \`autogen check\`: no new upgrade operations detected."
  else
    drift=1
    echo ":x: \`autogen check\`: the entities need operations no revision has; write one with \`autogen revision\`:"
    echo
    jq -r '.operations[] | "- \(.)"' "$work/check.json"
  fi
  if [ "$(jq '.warnings | length' "$work/check.json")" -gt 0 ]; then
    echo
    echo "Warnings:"
    echo
    jq -r '.warnings[] | "- :warning: \(.)"' "$work/check.json"
  fi
  echo
} >> "$summary"

if [ "$count" -gt 0 ]; then
  run_autogen "$work/upgrade.sql" upgrade "$from:head" --sql || fail "autogen upgrade $from:head --sql: $(tail -n 1 "$work/stderr")"
  {
    echo "### SQL (\`autogen upgrade $from:head --sql\`)"
    echo
    echo '```sql'
    cat "$work/upgrade.sql"
    echo '```'
    echo
  } >> "$summary"
fi

if [ "$drift" -eq 1 ] && [ "$fail_on_drift" = "true" ]; then
  echo "::error::autogen check: the entities and the migrations differ (see the job summary)" >&2
  exit 1
fi
exit 0
