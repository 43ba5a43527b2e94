#!/usr/bin/env bash
# Makes a class-data sharing archive for target/nocontact.jar by running a real check, the start of
# an interview and `rules test` of the checkout's rules (org.nocontact.cli.CdsTraining) and recording
# the classes they load.
# The launcher uses it only with the same java it was made with, and for the jar where it was made
# (the JDK records the jar's absolute path): its stamp names both.
# Never fails the build: without an archive, nocontact simply starts a little slower.
set -u
target=${1:?target directory}
jar="$target/nocontact.jar"
archive="$target/nocontact.jsa"
stamp="$target/nocontact.jsa.java"
root=$(cd "$target/.." && pwd)
java_bin=$(command -v java) || exit 0
java_real=$(readlink -f "$java_bin")
rm -f "$archive" "$stamp"
sample="$root/docs/examples/valentines-text.json"
[ -f "$sample" ] || exit 0
rules=()
[ -d "$root/rules/tests" ] && rules=("$root/rules")
if "$java_bin" -XX:ArchiveClassesAtExit="$archive" -Xshare:auto -Xlog:disable -Xlog:all=off \
    -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC -XX:-UsePerfData \
    -cp "$jar" org.nocontact.cli.CdsTraining "$sample" "${rules[@]}" </dev/null >/dev/null 2>&1; then
  if [ -s "$archive" ]; then
    printf '%s\n%s\n' "$java_real" "$(cd "$target" && pwd)/nocontact.jar" > "$stamp"
  fi
else
  rm -f "$archive"
fi
exit 0
