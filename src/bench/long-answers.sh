#!/usr/bin/env bash
# Long answers in `nocontact ask`: times whole processes (JVM start included) of one interview, piped,
# ended after "Who ended it, when, and what do you want now?" with no answer there, with a short one,
# with sentences, and with a 2,000-character draft pasted after them. The runs are interleaved; each
# answer's cost is its median CPU (user + system) less the median of the run without it.
# Usage: src/bench/long-answers.sh [RUNS] [LAUNCHER]   (RUNS default 7; LAUNCHER default ./nocontact)
#   CASES="none short tour" runs only those (an older build takes minutes over the comma case).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
runs=${1:-7}
launcher=${2:-$root/nocontact}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# An email about selling the house (tour15a F8.1): the safety questions, the plan, where things stand
# (they wrote recently), what it is about (a practical matter) and what is shared, then who ended it.
before=$'no\nno\nno\nno\nno\nemail him about selling the house\n3\n1\nhome\n'
draft=$(printf 'The estate agent called on Tuesday about the house, and says the market is slow until the spring, %s' \
  'maybe March or April, so I would like us to agree on a price by the end of next month. ')
while [ ${#draft} -lt 2000 ]; do draft+=$draft; done
draft=${draft:0:2000}
read -r -a names <<< "${CASES:-none short tour comma paste}"
declare -A answer=(
  [none]=""
  [short]="he did, in march. move on"
  [tour]="He left for someone from his office. I want to move on, and for this to be civil."
  [comma]="he left, in march, for her, from work, i think, or april, like, maybe, idk, i want, to move on, civil, fair, kind, calm, quiet, done, ok"
  [paste]=$'he left in march, i want to move on\n'"$draft"$'\n'
)

"$launcher" --version >/dev/null   # builds the jar and its archive first, if needed
run() { # case -> "wall_ms cpu_ms"
  local t
  t=$( { TIMEFORMAT='%R %U %S'; time printf '%s%s\n' "$before" "${answer[$1]}" | "$launcher" ask >/dev/null 2>&1; } 2>&1 ) || true
  awk '{printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000}' <<< "${t##*$'\n'}"
}
run none >/dev/null   # warm-up: the file cache
for _ in $(seq "$runs"); do
  for name in "${names[@]}"; do echo "$name $(run "$name")"; done
done > "$work/times"

median() { sort -n | awk '{v[NR]=$1} END {print (NR%2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }
base=$(awk '$1 == "none" {print $3}' "$work/times" | median)
echo "runs: $runs each, interleaved; launcher: $launcher; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-6s %5s %12s %12s %14s\n' case chars "wall median" "CPU median" "answer's CPU"
for name in "${names[@]}"; do
  wall=$(awk -v n="$name" '$1 == n {print $2}' "$work/times" | median)
  cpu=$(awk -v n="$name" '$1 == n {print $3}' "$work/times" | median)
  printf '%-6s %5d %9s ms %9s ms %11s ms\n' "$name" "${#answer[$name]}" "$wall" "$cpu" "$(awk -v a="$cpu" -v b="$base" 'BEGIN {print a - b}')"
done
