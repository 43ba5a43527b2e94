#!/usr/bin/env bash
# Replays random situations through the real launcher and checks that what `ask --replay FILE --save OUT`
# saves gets FILE's verdict and look-again date from `check`, under both profiles.
# Usage: src/bench/replay-agreement.sh [COUNT] [DIR]   (default 300 situations; DIR as for question-counts.sh)
set -euo pipefail
cd "$(dirname "$0")/../.."
count="${1:-300}"
dir="${2:-$(mktemp -d)}"
mvn -o -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/test.classpath >/dev/null
if [ ! -d "$dir/random" ]; then
  java -cp "target/classes:target/test-classes:$(cat target/test.classpath)" org.nocontact.interview.QuestionCounts export "$dir" >/dev/null
fi
./nocontact --version >/dev/null
outcome() { ./nocontact check --format json --profile "$1" "$2" | grep -m2 -E '^  "(verdict|reconsiderOn)"'; }
tried=0; wrong=0; unsaved=0
for file in $(ls "$dir"/random/*.json | head -n "$count"); do
  for profile in standard strict; do
    out="$dir/out-$profile.json"; rm -f "$out"
    ./nocontact ask --replay "$file" --profile "$profile" --save "$out" >/dev/null 2>&1
    tried=$((tried + 1))
    if [ ! -f "$out" ]; then
      unsaved=$((unsaved + 1))
      outcome "$profile" "$file" | grep -q SEEK_SUPPORT || { echo "not saved, yet not SEEK_SUPPORT: $file ($profile)"; wrong=$((wrong + 1)); }
    elif [ "$(outcome "$profile" "$file")" != "$(outcome "$profile" "$out")" ]; then
      echo "disagrees: $file ($profile)"; wrong=$((wrong + 1))
    fi
  done
done
echo "$tried replays ($count situations x 2 profiles): $wrong disagree with check; $unsaved not saved (safety stops)"
[ "$wrong" -eq 0 ]
