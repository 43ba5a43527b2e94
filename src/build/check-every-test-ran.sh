#!/usr/bin/env bash
# Fails the build when a test class in src/test/java never ran: a class with a test method
# (@Test, @ParameterizedTest, @Property, @FuzzTest, ...) must have a report from Surefire or
# Failsafe with at least one test in it. A class whose name matches neither plugin's pattern
# (*Test, *IT) would otherwise be skipped in silence.
# Usage: check-every-test-ran.sh TEST_SOURCES REPORT_DIR... ; run by `mvn verify` (see pom.xml).
# ON_DEMAND_TESTS: classes (space-separated) that run only in a profile, such as the release's.
set -u
sources=${1:?test source folder}
shift
annotations='@(Test|ParameterizedTest|RepeatedTest|TestFactory|TestTemplate|Property|Example|FuzzTest)\b'
missing=()
checked=0
while IFS= read -r file; do
  grep -Eq "^[[:space:]]*$annotations" "$file" || continue
  class=${file#"$sources"/}
  class=${class%.java}
  class=${class//\//.}
  case " ${ON_DEMAND_TESTS:-} " in *" $class "*) continue ;; esac
  checked=$((checked + 1))
  ran=0
  for dir in "$@"; do
    for report in "$dir/TEST-$class.xml" "$dir/TEST-$class\$"*.xml; do
      [ -f "$report" ] || continue
      # The first <testsuite ...> tag carries the count: tests="N".
      count=$(grep -o '<testsuite [^>]*' "$report" | head -n 1 | grep -o ' tests="[0-9]*"' | grep -o '[0-9]*')
      ran=$((ran + ${count:-0}))
    done
  done
  [ "$ran" -gt 0 ] || missing+=("$class")
done < <(find "$sources" -name '*.java' | sort)

if [ ${#missing[@]} -gt 0 ]; then
  echo "These test classes never ran (no test report from Surefire or Failsafe):" >&2
  printf '  %s\n' "${missing[@]}" >&2
  echo "Name unit tests *Test and end-to-end tests *IT, so that Maven picks them up." >&2
  exit 1
fi
echo "Every test class ran: $checked classes have a test report."
