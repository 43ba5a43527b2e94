#!/usr/bin/env bash
# The release a person installs without Maven or a JDK (run by `mvn -P release package`):
#   target/nocontact-VERSION-linux-x64.tar.gz   unpack anywhere, run nocontact/bin/nocontact
#   target/nocontact_VERSION_amd64.deb           installs /usr/bin/nocontact, man pages, completion
# Both hold one image: a Java runtime made by jlink from only the modules the jar uses, the jar, an
# ahead-of-time cache made here from a real check, the start of an interview and `rules test` of the
# shipped rules (CdsTraining), the launcher (bin/nocontact), man pages for every command and
# completion scripts for bash, zsh, fish.
# It needs a JDK 25 (jlink, jpackage, the AOT cache); without one it says so, and the build keeps
# the plain jar. Set NOCONTACT_RELEASE_JDK to choose the JDK.
# Usage: release.sh TARGET_DIR VERSION TOOLS_CLASSPATH_FILE
set -euo pipefail
target=$(cd "${1:?target directory}" && pwd)
version=${2:?version}
tools_classpath=$(cat "${3:?file with the build tools classpath}")
root=$(cd "$target/.." && pwd)
jar="$target/nocontact.jar"

major_of() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }
find_jdk() {
  local candidate
  for candidate in "${NOCONTACT_RELEASE_JDK:-}" "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*-25-* /usr/lib/jvm/*25*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/jlink" ] && [ -x "$candidate/bin/jpackage" ] || continue
    local major; major=$(major_of "$candidate")
    if [ "${major:-0}" -ge 25 ] 2>/dev/null; then echo "$candidate"; return 0; fi
  done
  return 1
}
if ! jdk=$(find_jdk); then
  echo "nocontact release: no JDK 25 found (looked at NOCONTACT_RELEASE_JDK, JAVA_HOME and /usr/lib/jvm)." >&2
  echo "nocontact release: built the plain jar only: $jar (run it with ./nocontact and a JDK 17 or newer)." >&2
  exit 0
fi
echo "nocontact release: with the JDK in $jdk"

out="$target/release"
image="$out/image/nocontact"
rm -rf "$out" "$target"/nocontact-*.tar.gz "$target"/nocontact_*.deb
mkdir -p "$out/input"
cp "$jar" "$out/input/nocontact.jar"

# A runtime of only the modules the jar uses (jdeps reads them off the classes). java.desktop
# (java.beans), java.sql and java.xml are named only by Jackson's and picocli's optional support for
# those types, which both look for at run time and skip when absent; nocontact reads and writes no
# such type. Leaving them out drops a third of the runtime's size (ReleaseIT runs every command from
# the image). The summary (-s) is read rather than --print-module-deps, which, with JLine 4's optional
# providers missing, leaves out java.logging (JLine's log, loaded when a terminal opens).
# jdk.unsupported is added by name: JLine finds sun.misc.Signal by reflection for Ctrl-C and the
# terminal's size, and without it Ctrl-C in the interview would not give its help line.
modules=$({ "$jdk/bin/jdeps" --multi-release 25 -s "$jar" | sed -n 's/^[^ ]* -> \([a-z.]*\)$/\1/p'; echo jdk.unsupported; } \
  | grep -vx -e java.desktop -e java.sql -e java.xml | sort -u | paste -sd, -)
echo "nocontact release: runtime modules: $modules"
"$jdk/bin/jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages \
  --compress=zip-6 --output "$out/runtime"

# jpackage lays out the image (bin/, lib/app/, lib/runtime/) that the .deb is made from; the
# launcher is ours, so that the release behaves as the clone does (terminal detection, options).
"$jdk/bin/jpackage" --type app-image --name nocontact --app-version "$version" \
  --input "$out/input" --main-jar nocontact.jar --main-class org.nocontact.cli.Main \
  --runtime-image "$out/runtime" --dest "$out/image"
cp "$root/nocontact" "$image/bin/nocontact"
chmod 755 "$image/bin/nocontact"

# The ahead-of-time cache: classes loaded and linked by a real check (both formats, a wrong file),
# the start of an interview and `rules test` of the shipped rules and cases (the rule loader, the
# analysis and the interview's replay), with the options the launcher uses. With `rules test` in the
# training, a rule author's first `rules test` takes about 0.9 of the CPU it took without
# (docs/performance.md, tenth pass).
rules=()
[ -d "$root/rules/tests" ] && rules=("$root/rules")
"$image/lib/runtime/bin/java" -XX:AOTCacheOutput="$image/lib/app/nocontact.aot" \
  -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC -XX:-UsePerfData -Xss1m \
  --enable-native-access=ALL-UNNAMED -Xlog:disable -Xlog:all=off \
  -cp "$image/lib/app/nocontact.jar" org.nocontact.cli.CdsTraining "$root/docs/examples/valentines-text.json" \
  "${rules[@]}" </dev/null >/dev/null || { echo "nocontact release: the AOT cache's training run failed (above)" >&2; exit 1; }
[ -s "$image/lib/app/nocontact.aot" ] || { echo "nocontact release: the AOT cache was not made" >&2; exit 1; }

# Man pages for every command and the completion scripts, from the same picocli model as --help,
# in lib/share (jpackage carries lib/ into the .deb as it is; the tarball also has share -> lib/share,
# where man finds the pages of a bin/ folder on the PATH).
share="$image/lib/share"
"$jdk/bin/java" -cp "$jar:$tools_classpath" "$root/src/build/ManPages.java" "$out/man-adoc" "$share/man/man1"
mkdir -p "$share/bash-completion/completions" "$share/zsh/site-functions" "$share/fish/vendor_completions.d"
"$image/bin/nocontact" completion bash > "$share/bash-completion/completions/nocontact"
"$image/bin/nocontact" completion zsh > "$share/zsh/site-functions/_nocontact"
"$image/bin/nocontact" completion fish > "$share/fish/vendor_completions.d/nocontact.fish"

tarball="$target/nocontact-$version-linux-x64.tar.gz"
ln -s lib/share "$image/share"
tar -C "$out/image" -czf "$tarball" nocontact
rm "$image/share"
echo "nocontact release: $tarball"

# The .deb: the same image under /opt/nocontact; its maintainer scripts link the command, the man
# pages and the completion scripts into the places the system looks (src/build/deb).
"$jdk/bin/jpackage" --type deb --app-image "$image" --name nocontact --app-version "$version" \
  --install-dir /opt --resource-dir "$root/src/build/deb" --dest "$target" \
  --description "A calm second opinion for the question: should I contact my ex?" \
  --linux-package-name nocontact --linux-deb-maintainer "nocontact <nocontact@localhost>" \
  --linux-app-category utils
echo "nocontact release: $(ls "$target"/nocontact_*.deb)"
