#!/usr/bin/env bash
# The Node peers beside nocontact: GoRules ZEN and json-rules-engine given the shipped rules'
# decisions (translated from the rules themselves, see Export.java and translate.js), then
#  1. the agreement check: every shipped example (docs/examples/*.json) gets the same verdict from
#     each peer as from `nocontact check` (exit 1 otherwise);
#  2. per-evaluation figures (warmed up, in-process) for the three;
#  3. whole-process figures: medians of interleaved runs of `nocontact check FILE` and each peer's
#     `node check.js` on the same example.
# Benchmark only, never in .ci/run. Network: `npm ci` from package-lock.json when node_modules is
# missing, nothing at run time.
# Usage: src/bench/peers/peers.sh [RUNS] [EXAMPLE] [LAUNCHER]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../../.." && pwd)
runs=${1:-11}
example=${2:-$root/docs/examples/valentines-text.json}
launcher=${3:-$root/nocontact}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

[ -d "$here/node_modules" ] || (cd "$here" && npm ci --no-audit --no-fund >&2)
"$launcher" --version >/dev/null   # builds the jar first, if needed
java -cp "$root/target/nocontact.jar" "$here/Export.java" "$root/rules" "$work/export.json" "$root"/docs/examples/*.json

{
  echo "{"
  sep=""
  for f in "$root"/docs/examples/*.json; do
    verdict=$("$launcher" check --format json "$f" | sed -n 's/^  "verdict": "\(.*\)",$/\1/p')
    printf '%s"%s": "%s"' "$sep" "$(basename "$f")" "$verdict"
    sep=$',\n'
  done
  echo; echo "}"
} > "$work/verdicts.json"
node "$here/agree.js" "$work/export.json" "$work/verdicts.json"

ms() { local start end; start=$(date +%s%N); "$@" >/dev/null 2>&1; end=$(date +%s%N); echo $(( (end - start) / 1000000 )); }
ms "$launcher" check "$example" >/dev/null; ms node "$here/check.js" zen "$work/export.json" "$example" >/dev/null
for _ in $(seq "$runs"); do
  echo "$(ms "$launcher" check "$example") $(ms node "$here/check.js" zen "$work/export.json" "$example") $(ms node "$here/check.js" jre "$work/export.json" "$example")"
done > "$work/times"
median() { sort -n | awk '{v[NR]=$1} END {print (NR%2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }
echo "whole process, median of $runs interleaved runs on $(basename "$example") (load average $(cut -d' ' -f1-3 /proc/loadavg)):"
echo "  nocontact check          $(awk '{print $1}' "$work/times" | median) ms"
echo "  node check.js (ZEN)      $(awk '{print $2}' "$work/times" | median) ms"
echo "  node check.js (json-rules-engine) $(awk '{print $3}' "$work/times" | median) ms"
