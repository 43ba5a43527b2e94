#!/usr/bin/env bash
# Startup benchmark: times whole processes, JVM start included, interleaving a `nocontact check`
# with a bare Java hello-world (same java, same machine, same moment) and prints the medians and
# the median of the per-pair ratios. Usage: src/bench/startup.sh [RUNS] [SITUATION_FILE]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
runs=${1:-21}
file=${2:-$root/docs/examples/valentines-text.json}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$root/nocontact" --version >/dev/null   # builds the jar and its archive first, if needed
cat > "$work/Hello.java" <<'JAVA'
public class Hello { public static void main(String[] args) { System.out.println("hello"); } }
JAVA
javac -d "$work" "$work/Hello.java"

ms() { local start end; start=$(date +%s%N); "$@" >/dev/null 2>&1; end=$(date +%s%N); echo $(( (end - start) / 1000000 )); }

# warm-up: file cache and page cache for both
ms "$root/nocontact" check "$file" >/dev/null; ms java -cp "$work" Hello >/dev/null
for _ in $(seq "$runs"); do
  a=$(ms "$root/nocontact" check "$file")
  b=$(ms java -cp "$work" Hello)
  echo "$a $b"
done > "$work/times"

median() { sort -n | awk '{v[NR]=$1} END {print (NR%2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }
check_ms=$(awk '{print $1}' "$work/times" | median)
hello_ms=$(awk '{print $2}' "$work/times" | median)
ratio=$(awk '{printf "%.2f\n", $1/$2}' "$work/times" | median)
echo "runs: $runs, java: $(java -version 2>&1 | head -1)"
echo "nocontact check   median ${check_ms} ms"
echo "java hello-world  median ${hello_ms} ms"
echo "ratio (median of pairs) ${ratio}x"
