# Sourced by the rules test benchmarks (rules-test.sh, rules-test-jit.sh): generate_rules N CASES DIR
# writes a generated rule set of N rules with CASES cases into DIR.
# A rule set of N rules on whole-number facts, two profiles in different orders, a catch-all, and
# CASES cases.
generate_rules() {
  local n=$1 cases=$2 dir=$3 i c
  local numbers=(emotions.anger emotions.sadness emotions.confidence history.unansweredMessages breakup.daysAgo ties.count)
  local verdicts=(DO_NOT_CONTACT LOGISTICS_ONLY RESPOND_BRIEFLY REACH_OUT)
  mkdir -p "$dir/tests"
  {
    echo '{"rules": ['
    for ((i = 0; i < n; i++)); do
      printf '{"id": "r%d", "when": {"all": [{"fact": "%s", "atLeast": %d}, {"fact": "%s", "atMost": %d}]}, "verdict": "%s", "summary": "S.", "reason": "R.", "sources": ["a"]},\n' \
        "$i" "${numbers[i % 6]}" $((i % 11)) "${numbers[(i / 6) % 6]}" $(((i * 7) % 11)) "${verdicts[i % 4]}"
    done
    echo '{"id": "catch-all", "verdict": "DO_NOT_CONTACT", "summary": "S.", "reason": "R.", "sources": ["a"]}]}'
  } > "$dir/rules.json"
  local ids reversed
  ids=$(for ((i = 0; i < n; i++)); do printf '"r%d", ' "$i"; done)
  reversed=$(for ((i = n - 1; i >= 0; i--)); do printf '"r%d", ' "$i"; done)
  echo "{\"name\": \"generated\", \"files\": [\"rules.json\"], \"sources\": {\"a\": \"an article\"}, \"defaultProfile\": \"p\",
    \"profiles\": {\"p\": {\"precedence\": [$ids \"catch-all\"]}, \"q\": {\"precedence\": [$reversed \"catch-all\"]}}}" > "$dir/ruleset.json"
  {
    echo '{"base": {"today": "2027-03-31", "breakup": {"date": "2027-02-20", "initiatedBy": "them"}, "goal": "reconcile",
      "plan": {"action": "text", "purpose": "reconcile"}}, "cases": ['
    for ((c = 0; c < cases; c++)); do
      [ "$c" -gt 0 ] && echo ','
      printf '{"name": "case %d", "with": {"emotions.anger": %d, "emotions.sadness": %d, "emotions.confidence": %d, "history.unansweredMessages": %d}, "expect": {"verdict": "DO_NOT_CONTACT"}}' \
        "$c" $((c % 11)) $(((c / 11) % 11)) $(((c * 3) % 11)) $((c % 5))
    done
    echo ']}'
  } > "$dir/tests/cases.json"
}
