#!/usr/bin/env bash
# Makes a class-data sharing archive for target/nocontact.jar by running a real check, the start of
# an interview and `rules test` of the checkout's rules (org.nocontact.cli.CdsTraining) and recording
# the classes they load.
# The launcher uses it only with the same java it was made with, and for the jar where it was made
# (the JDK records the jar's absolute path): its stamp names both.
# Without java or the sample it makes none (nocontact then simply starts a little slower); a training
# run that fails is an error: the message says which command did not run through, and the script exits
# 1 (the build fails; -DskipCds=true builds without an archive).
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
said=$(mktemp)
trap 'rm -f "$said"' EXIT
if "$java_bin" -XX:ArchiveClassesAtExit="$archive" -Xshare:auto -Xlog:disable -Xlog:all=off \
    -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC -XX:-UsePerfData \
    -cp "$jar" org.nocontact.cli.CdsTraining "$sample" "${rules[@]}" </dev/null >/dev/null 2>"$said"; then
  if [ -s "$archive" ]; then
    printf '%s\n%s\n' "$java_real" "$(cd "$target" && pwd)/nocontact.jar" > "$stamp"
  fi
else
  code=$?
  rm -f "$archive"
  {
    echo "make-cds-archive: the class-data training run failed (exit $code), so no start-up archive was made."
    cat "$said"
  } >&2
  exit 1
fi
exit 0
