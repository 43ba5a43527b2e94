#!/usr/bin/env bash
# How many questions `nocontact ask` asks, replayed over the analysis engine's witnesses (one per
# region of the situation space, per profile) and 2000 seeded random situations.
# Usage: src/bench/question-counts.sh [DIR]   (DIR: where the situation files are written; default a temp dir)
#        src/bench/question-counts.sh table [v]   (over every region's witness, per profile: the table in
#        docs/interview.md; with v, each region's questions too)
# To measure another commit on the same files: export once, then run `count DIR` from that commit's build.
set -euo pipefail
cd "$(dirname "$0")/../.."
dir="${1:-$(mktemp -d)}"
mvn -o -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/test.classpath >/dev/null
cp="target/classes:target/test-classes:$(cat target/test.classpath)"
if [ "${1:-}" = table ]; then
  exec java -cp "$cp" org.nocontact.interview.QuestionCounts table ${2:+"$2"}
fi
if [ ! -d "$dir/random" ]; then
  java -cp "$cp" org.nocontact.interview.QuestionCounts export "$dir"
fi
java -cp "$cp" org.nocontact.interview.QuestionCounts count "$dir"
