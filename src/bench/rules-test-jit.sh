#!/usr/bin/env bash
# Where the launcher's C1-only cut-off for `rules test` belongs (RULES_TEST_C1_UP_TO in ./nocontact):
# CPU seconds (user + system) of whole processes, the median of RUNS, for generated rule sets of
# N rules (two profiles, CASES cases), each run with the quick compiler alone (C1,
# -XX:TieredStopAtLevel=1) and with the full JIT, interleaved; the JVM options are the launcher's for
# `rules` (parallel collector, 1 GiB: what the launcher gives rule sets under 256 KiB; the class-data archive
# when the jar is the build's own).
# Also the shipped suite with the parallel and the serial collector.
# Usage: src/bench/rules-test-jit.sh [RUNS] [SIZES...]   (default: 5 runs; 40 80 120 200 300 rules)
# JAR=path/to/nocontact.jar measures another build (a copy, so that a rebuild cannot change it mid-run);
# CASES=N gives the generated sets N cases (default 60).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
runs=${1:-5}
shift || true
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(40 80 120 200 300)
cases=${CASES:-60}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$root"
[ -n "${JAR:-}" ] || ./nocontact --version >/dev/null   # builds the jar first, if needed
jar=${JAR:-$root/target/nocontact.jar}
cds=()
[ -f target/nocontact.jsa ] && cds=(-XX:SharedArchiveFile="$root/target/nocontact.jsa" -Xshare:auto)
base=(java -XX:-UsePerfData -Xlog:disable -Xlog:all=off "${cds[@]}" -Dnocontact.stdout.tty=0 -Dnocontact.stdin.tty=0)

# shellcheck source=src/bench/generated-rules.sh
source "$root/src/bench/generated-rules.sh"

cpu_of() {
  /usr/bin/time -f '%U %S' -o "$work/time" "$@" >/dev/null 2>&1 || true
  read -r user sys < <(tail -n 1 "$work/time")
  echo "$user + $sys" | bc
}
median() { printf '%s\n' "$@" | sort -n | sed -n "$(( $# / 2 + 1 ))p"; }

# two variants interleaved: prints "LABEL  median A  median B"
pair() {
  local label=$1 a=$2 b=$3; shift 3
  local as=() bs=() r
  for ((r = 0; r < runs; r++)); do
    # shellcheck disable=SC2086
    as+=("$(cpu_of "${base[@]}" $a -jar "$jar" "$@")")
    # shellcheck disable=SC2086
    bs+=("$(cpu_of "${base[@]}" $b -jar "$jar" "$@")")
  done
  printf '%-44s %8s s %8s s\n' "$label" "$(median "${as[@]}")" "$(median "${bs[@]}")"
}

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); $runs runs each, medians of CPU seconds"
printf '%-44s %10s %10s\n' "" "C1 only" "full JIT"
for n in "${sizes[@]}"; do
  generate_rules "$n" "$cases" "$work/r$n"
  pair "$n rules x 2 profiles, $cases cases" "-XX:+UseParallelGC -Xmx1024m -XX:TieredStopAtLevel=1" \
    "-XX:+UseParallelGC -Xmx1024m" rules test --rules "$work/r$n"
done
printf '%-44s %10s %10s\n' "" "parallel" "serial"
pair "shipped suite, C1 only" "-XX:+UseParallelGC -Xmx1024m -XX:TieredStopAtLevel=1" \
  "-XX:+UseSerialGC -Xmx1024m -XX:TieredStopAtLevel=1" rules test
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
