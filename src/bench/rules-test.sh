#!/usr/bin/env bash
# `rules test` benchmark: CPU seconds (user + system) and peak memory of whole processes, the
# median of RUNS, for the shipped suite with and without the interview replay, with --mutants, and
# for a generated 300-rule set with many cases; start-up alone (`rules test --help`) is measured
# beside them so that "after start-up" can be read off.
# Usage: src/bench/rules-test.sh [RUNS] [CASES_OF_THE_LARGE_SET]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
runs=${1:-5}
large_cases=${2:-300}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$root"
./nocontact --version >/dev/null   # builds the jar first, if needed

# A 300-rule set: rules on whole-number facts, two profiles in different orders, a catch-all.
numbers=(emotions.anger emotions.sadness emotions.confidence history.unansweredMessages breakup.daysAgo ties.count)
verdicts=(DO_NOT_CONTACT LOGISTICS_ONLY RESPOND_BRIEFLY REACH_OUT)
mkdir -p "$work/rules/tests"
{
  echo '{"rules": ['
  for ((i = 0; i < 300; i++)); do
    printf '{"id": "r%d", "when": {"all": [{"fact": "%s", "atLeast": %d}, {"fact": "%s", "atMost": %d}]}, "verdict": "%s", "summary": "S.", "reason": "R.", "sources": ["a"]},\n' \
      "$i" "${numbers[i % 6]}" $((i % 11)) "${numbers[(i / 6) % 6]}" $(((i * 7) % 11)) "${verdicts[i % 4]}"
  done
  echo '{"id": "catch-all", "verdict": "DO_NOT_CONTACT", "summary": "S.", "reason": "R.", "sources": ["a"]}]}'
} > "$work/rules/rules.json"
ids=$(for ((i = 0; i < 300; i++)); do printf '"r%d", ' "$i"; done)
reversed=$(for ((i = 299; i >= 0; i--)); do printf '"r%d", ' "$i"; done)
echo "{\"name\": \"large\", \"files\": [\"rules.json\"], \"sources\": {\"a\": \"an article\"}, \"defaultProfile\": \"p\",
  \"profiles\": {\"p\": {\"precedence\": [$ids \"catch-all\"]}, \"q\": {\"precedence\": [$reversed \"catch-all\"]}}}" > "$work/rules/ruleset.json"
{
  echo '{"base": {"today": "2027-03-31", "breakup": {"date": "2027-02-20", "initiatedBy": "them"}, "goal": "reconcile",
    "plan": {"action": "text", "purpose": "reconcile"}}, "cases": ['
  for ((c = 0; c < large_cases; c++)); do
    [ "$c" -gt 0 ] && echo ','
    printf '{"name": "case %d", "with": {"emotions.anger": %d, "emotions.sadness": %d, "emotions.confidence": %d, "history.unansweredMessages": %d}, "expect": {"verdict": "DO_NOT_CONTACT"}}' \
      "$c" $((c % 11)) $(((c / 11) % 11)) $(((c * 3) % 11)) $((c % 5))
  done
  echo ']}'
} > "$work/rules/tests/cases.json"

measure() {
  local label=$1; shift
  local cpu=() mem=()
  for ((r = 0; r < runs; r++)); do
    /usr/bin/time -f '%U %S %M' -o "$work/time" "$@" >/dev/null 2>&1 || true
    read -r user sys kb < <(tail -n 1 "$work/time")
    cpu+=("$(echo "$user + $sys" | bc)"); mem+=("$kb")
  done
  local mid=$((runs / 2))
  printf '%-60s %6s s CPU  %5s MiB\n' "$label" "$(printf '%s\n' "${cpu[@]}" | sort -n | sed -n "$((mid + 1))p")" \
    "$(( $(printf '%s\n' "${mem[@]}" | sort -n | sed -n "$((mid + 1))p") / 1024 ))"
}

measure "start-up (rules test --help)" ./nocontact rules test --help
measure "shipped suite, with the interview replay" ./nocontact rules test
measure "shipped suite, --no-interview" ./nocontact rules test --no-interview
measure "shipped suite, --mutants --no-interview" ./nocontact rules test --mutants --no-interview
measure "300 rules x 2 profiles, $large_cases cases, with the replay" ./nocontact rules test --rules "$work/rules"
measure "300 rules x 2 profiles, $large_cases cases, --no-interview" ./nocontact rules test --rules "$work/rules" --no-interview
