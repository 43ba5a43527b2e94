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
# shellcheck source=src/bench/generated-rules.sh
source "$root/src/bench/generated-rules.sh"
generate_rules 300 "$large_cases" "$work/rules"

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
