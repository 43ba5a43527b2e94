#!/usr/bin/env bash
# Evaluation benchmark (JMH): one situation through nocontact's engine, and the same situations and
# rules through Easy Rules with MVEL conditions. Builds the product jar (as ./nocontact does) and
# the benchmark project in src/bench/jmh (never part of the product or of `mvn verify`), checks
# that both engines name the same deciding rule on every situation, then times them.
#
# Usage: src/bench/jmh.sh [--quick] [JMH OPTIONS...]
#   (no option)  the recorded run: 2 forks, 3 warm-up and 5 measured 1-second iterations (~4 min)
#   --quick      1 fork, 2 warm-up and 3 measured iterations, while developing (~1.5 min)
#   Further arguments go to JMH: a benchmark name pattern, or options the script does not set,
#   e.g. `src/bench/jmh.sh --quick 'nocontact$'`. The gc profiler is always on: bytes allocated
#   per situation do not depend on the machine's load, unlike time.
# Results: target/jmh/result.json (JMH's) and target/jmh/summary.md (the table in docs/performance.md).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
bench="$root/src/bench/jmh"
out="$root/target/jmh"
jmh=()
if [ "${1:-}" = "--quick" ]; then
  shift
  jmh=(-f 1 -wi 2 -i 3)
fi

"$root/nocontact" --version >/dev/null   # builds target/nocontact.jar if the sources changed
# Not offline: a machine that has never run it fetches JMH, Easy Rules and MVEL once.
(cd "$bench" && mvn -B -q -Dstyle.color=never package 2>&1 | sed 's/\x1b\[0m//g' >&2)
classpath="$bench/target/classes:$(cat "$bench/target/classpath.txt")"
mkdir -p "$out"
cd "$root"   # the benchmark reads rules/ and docs/examples/ from here

java -cp "$classpath" org.nocontact.bench.Agreement
profiles=$(java -cp "$classpath" org.nocontact.bench.Agreement --profiles)
java -cp "$classpath" org.openjdk.jmh.Main -foe true -p profile="$profiles" -prof gc \
  -rf json -rff "$out/result.json" "${jmh[@]}" "$@" \
  | tee "$out/output.txt"
java -cp "$classpath" org.nocontact.bench.Summary "$out/result.json" | tee "$out/summary.md"
