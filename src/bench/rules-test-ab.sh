#!/usr/bin/env bash
# `rules test` of the shipped suite with two builds side by side: CPU seconds (user + system) of
# whole processes, RUNS interleaved runs each, medians; each jar copied to its own folder with a
# class-data archive made for it by src/build/make-cds-archive.sh (as the build makes it), and run
# with the launcher's options for `rules test` on a small rule set (parallel collector, 1 GiB, C1 only with
# its compiler threads fixed, transparent huge pages for the heap).
# Each side keeps what `rules test` remembers between runs (RuleSetMemory) in a folder of its own: the
# "rules test" lines run on a memory made by the runs before; "rules test, first run" clears it before each.
# Usage: src/bench/rules-test-ab.sh BEFORE.jar AFTER.jar [RUNS]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
runs=${3:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for side in before after; do
  mkdir -p "$work/$side/target"
  cp "$([ "$side" = before ] && echo "$1" || echo "$2")" "$work/$side/target/nocontact.jar"
  # copies, not links: the archive's training run of `rules test` refuses a case's situation file
  # reached through a link out of the folder, and would then train without the replay's classes
  cp -r "$root/docs" "$work/$side/docs"
  cp -r "$root/rules" "$work/$side/rules"
  bash "$root/src/build/make-cds-archive.sh" "$work/$side/target"
done
cd "$root"
run() {
  local side=$1; shift
  /usr/bin/time -f '%U %S %M' -o "$work/time" java -XX:+UseParallelGC -Xmx1024m -XX:TieredStopAtLevel=1 -XX:+UseTransparentHugePages \
    -XX:-UseDynamicNumberOfCompilerThreads \
    -XX:-UsePerfData -Xlog:disable -Xlog:all=off -XX:SharedArchiveFile="$work/$side/target/nocontact.jsa" -Xshare:auto \
    -Dnocontact.memory.dir="$work/$side/memory" -Dnocontact.stdout.tty=0 -Dnocontact.stdin.tty=0 -jar "$work/$side/target/nocontact.jar" "$@" >/dev/null 2>&1 || true
  read -r user sys kb < <(tail -n 1 "$work/time")
  echo "$(echo "$user + $sys" | bc) $((kb / 1024))"
}
median() { printf '%s\n' "$@" | sort -n | sed -n "$(( $# / 2 + 1 ))p"; }
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); $runs interleaved runs, medians of CPU seconds and peak MiB"
# twice: a first run on the rules only notes them, the second makes the memory the "rules test" runs read
for warm in 1 2; do
  run before rules test >/dev/null
  run after rules test >/dev/null
done
for args in "--version" "rules test" "rules test --no-interview" "rules test, first run"; do
  b=(); a=(); bm=(); am=()
  for ((r = 0; r < runs; r++)); do
    if [ "$args" = "rules test, first run" ]; then rm -rf "$work/before/memory" "$work/after/memory"; fi
    # shellcheck disable=SC2086
    read -r c m < <(run before ${args%, first run}); b+=("$c"); bm+=("$m")
    # shellcheck disable=SC2086
    read -r c m < <(run after ${args%, first run}); a+=("$c"); am+=("$m")
  done
  printf '%-28s before %6s s %5s MiB   after %6s s %5s MiB\n' "$args" "$(median "${b[@]}")" "$(median "${bm[@]}")" \
    "$(median "${a[@]}")" "$(median "${am[@]}")"
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
