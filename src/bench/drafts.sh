#!/bin/sh
# The draft review on 10,000-character drafts, in-process (see docs/performance.md). On demand only.
set -e
cd "$(dirname "$0")/../.."
mvn -o -q test-compile
CP="target/classes:target/test-classes:$(mvn -o -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
exec java -cp "$CP" org.nocontact.bench.DraftReviewBenchmark
