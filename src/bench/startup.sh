#!/usr/bin/env bash
# Startup benchmark: times whole processes, JVM start included, interleaving a `nocontact check`
# with a bare Java hello-world (same JDK, same machine, same moment) and prints the medians and
# the median of the per-pair ratios.
# Usage: src/bench/startup.sh [RUNS] [SITUATION_FILE] [LAUNCHER]
#   LAUNCHER: ./nocontact (the default: the clone, on the java on the PATH), or the release's
#   bin/nocontact (unpacked tarball or installed .deb): then the hello-world runs on the JDK the
#   release was built with (HELLO_JDK, else the JDK 25 in /usr/lib/jvm), with its own CDS archive.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
runs=${1:-21}
file=${2:-$root/docs/examples/valentines-text.json}
launcher=${3:-$root/nocontact}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

java_bin=java
release_runtime="$(cd "$(dirname "$launcher")/.." && pwd)/lib/runtime"
if [ -x "$release_runtime/bin/java" ]; then
  jdk=${HELLO_JDK:-$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -n 1)}
  [ -x "$jdk/bin/java" ] || { echo "startup.sh: set HELLO_JDK to the JDK the release was built with" >&2; exit 2; }
  java_bin="$jdk/bin/java"
fi

"$launcher" --version >/dev/null   # builds the jar and its archive first, if needed
cat > "$work/Hello.java" <<'JAVA'
public class Hello { public static void main(String[] args) { System.out.println("hello"); } }
JAVA
javac --release 17 -d "$work" "$work/Hello.java"

ms() { local start end; start=$(date +%s%N); "$@" >/dev/null 2>&1; end=$(date +%s%N); echo $(( (end - start) / 1000000 )); }

# warm-up: file cache and page cache for both
ms "$launcher" check "$file" >/dev/null; ms "$java_bin" -cp "$work" Hello >/dev/null
for _ in $(seq "$runs"); do
  a=$(ms "$launcher" check "$file")
  b=$(ms "$java_bin" -cp "$work" Hello)
  echo "$a $b"
done > "$work/times"

median() { sort -n | awk '{v[NR]=$1} END {print (NR%2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }
check_ms=$(awk '{print $1}' "$work/times" | median)
hello_ms=$(awk '{print $2}' "$work/times" | median)
ratio=$(awk '{printf "%.2f\n", $1/$2}' "$work/times" | median)
echo "runs: $runs, launcher: $launcher, hello-world java: $("$java_bin" -version 2>&1 | head -1)"
echo "nocontact check   median ${check_ms} ms"
echo "java hello-world  median ${hello_ms} ms"
echo "ratio (median of pairs) ${ratio}x"
