#!/usr/bin/env bash
# How many questions `nocontact ask` asks, replayed over the analysis engine's witnesses (one per
# region of the situation space, per profile) and 2000 seeded random situations.
# Usage: src/bench/question-counts.sh [DIR]   (DIR: where the situation files are written; default a temp dir)
# To measure another commit on the same files: export once, then run `count DIR` from that commit's build.
set -euo pipefail
cd "$(dirname "$0")/../.."
dir="${1:-$(mktemp -d)}"
mvn -o -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/test.classpath >/dev/null
cp="target/classes:target/test-classes:$(cat target/test.classpath)"
if [ ! -d "$dir/random" ]; then
  java -cp "$cp" org.nocontact.interview.QuestionCounts export "$dir"
fi
java -cp "$cp" org.nocontact.interview.QuestionCounts count "$dir"
