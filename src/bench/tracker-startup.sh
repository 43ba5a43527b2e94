#!/usr/bin/env bash
# Tracker start-up: whole processes, interleaved, on the same machine at the same moment:
# `nocontact check FILE` against `nocontact status` and the urge path (`nocontact urge`, piped
# answers) on a tracker with a period and kept answers. Prints the medians and the median ratios.
# Usage: src/bench/tracker-startup.sh [RUNS]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
runs=${1:-15}
file=$root/docs/examples/valentines-text.json
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export NOCONTACT_DATA=$work/data COLUMNS=80

"$root/nocontact" --version >/dev/null   # builds the jar and its archive first, if needed
"$root/nocontact" start --today 2027-01-04 --birthday 01-28 >/dev/null
printf 'no\nno\nno\nno\nno\n1\n2026-12-14\n1\n1\n4\nn\nn\n\nyes\n2027-01-04\n30\n\n\nyes\n\n' \
  | "$root/nocontact" ask --today 2027-01-04 >/dev/null 2>&1
answers='no\nno\nno\nno\nno\nmy feelings\n\n\n5\n\n'

ms() { local start end; start=$(date +%s%N); "$@" >/dev/null 2>&1; end=$(date +%s%N); echo $(( (end - start) / 1000000 )); }
urge() { printf "$answers" | "$root/nocontact" urge --today 2027-01-15; }

ms "$root/nocontact" check "$file" >/dev/null; ms "$root/nocontact" status --today 2027-01-15 >/dev/null
for _ in $(seq "$runs"); do
  a=$(ms "$root/nocontact" check "$file")
  b=$(ms "$root/nocontact" status --today 2027-01-15)
  c=$(ms urge)
  echo "$a $b $c"
done > "$work/times"

median() { sort -n | awk '{v[NR]=$1} END {print (NR%2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }
echo "runs: $runs, java: $(java -version 2>&1 | head -1)"
echo "nocontact check   median $(awk '{print $1}' "$work/times" | median) ms"
echo "nocontact status  median $(awk '{print $2}' "$work/times" | median) ms"
echo "nocontact urge    median $(awk '{print $3}' "$work/times" | median) ms"
echo "status / check (median of runs) $(awk '{printf "%.2f\n", $2/$1}' "$work/times" | median)x"
echo "urge / check   (median of runs) $(awk '{printf "%.2f\n", $3/$1}' "$work/times" | median)x"
