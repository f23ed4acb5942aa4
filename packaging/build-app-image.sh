#!/usr/bin/env bash
# Builds a self-contained Copydesk application folder with jpackage (Java 17+):
#   packaging/build-app-image.sh   ->   target/dist/Copydesk/bin/Copydesk
# and records its start-up archive (AppCDS) by starting it once, on Xvfb when there is no display.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests package
rm -rf target/dist target/jpackage-input
mkdir -p target/jpackage-input/javafx target/jpackage-input/native
# the libraries on the class path; JavaFX on the module path, as JavaFX is meant to run (no
# "unsupported configuration" warning), its native libraries once, in native/
cp target/copydesk.jar target/jpackage-input/
for j in target/lib/*.jar; do
  case "$(basename "$j")" in
    javafx-*-linux.jar) cp "$j" target/jpackage-input/javafx/ && zip -q -d "target/jpackage-input/javafx/$(basename "$j")" '*.so' >/dev/null || true ;;
    javafx-*) ;;
    *) mkdir -p target/jpackage-input/lib && cp "$j" target/jpackage-input/lib/ ;;
  esac
done
cp target/lib/*.so target/jpackage-input/native/
# SQLite's driver carries its native library for every system it runs on: this machine's is kept
case "$(uname -m)" in
  x86_64) arch=x86_64 ;;
  aarch64) arch=aarch64 ;;
  *) arch="" ;;
esac
if [ -n "$arch" ]; then
  for j in target/jpackage-input/lib/sqlite-jdbc-*.jar; do
    zip -q -d "$j" 'org/sqlite/native/*' -x "org/sqlite/native/Linux/$arch/*" >/dev/null
  done
fi
# the Java modules the program and its libraries use (jdeps), and no more; their classes compressed
# (half the size; the start-up archive holds the classes a start needs, so it starts no slower)
modules=java.base,java.desktop,java.logging,java.management,java.naming,java.net.http,java.prefs,java.security.jgss,java.sql,java.xml,java.xml.crypto,jdk.jsobject,jdk.xml.dom,jdk.unsupported,jdk.crypto.ec,jdk.localedata,jdk.charsets,jdk.zipfs
fx=javafx.controls,javafx.web,javafx.media
# ControlsFX reaches into JavaFX's internals (completion, validation marks)
exports=""
for p in javafx.base/com.sun.javafx.event javafx.base/com.sun.javafx.collections javafx.base/com.sun.javafx.runtime \
         javafx.controls/com.sun.javafx.scene.control.behavior javafx.controls/com.sun.javafx.scene.control \
         javafx.controls/com.sun.javafx.scene.control.inputmap javafx.graphics/com.sun.javafx.scene \
         javafx.graphics/com.sun.javafx.scene.traversal javafx.graphics/com.sun.javafx.css; do
  exports="$exports --add-exports=$p=ALL-UNNAMED"
done
opens="--add-opens=javafx.controls/javafx.scene.control.skin=ALL-UNNAMED --add-opens=javafx.graphics/javafx.scene=ALL-UNNAMED"
jpackage \
  --type app-image \
  --name Copydesk \
  --app-version 0.1.0 \
  --description "编辑台: an offline editorial workstation for a Chinese news website" \
  --input target/jpackage-input \
  --main-jar copydesk.jar \
  --main-class org.copydesk.app.Launcher \
  --dest target/dist \
  --icon packaging/copydesk.png \
  --add-modules "$modules" \
  --java-options "-Dfile.encoding=UTF-8 --module-path \$APPDIR/javafx --add-modules $fx -Djava.library.path=\$APPDIR/native $exports $opens" \
  --jlink-options '--compress=2 --strip-debug --no-man-pages --no-header-files --include-locales=zh,en --generate-cds-archive'
app=target/dist/Copydesk
# the class-data archive for heaps over 32 GB (compressed object pointers off) is never used here
rm -f "$app/lib/runtime/lib/server/classes_nocoops.jsa"
echo "built $app ($(du -sh "$app" | cut -f1))"
if [ "${COPYDESK_NO_ARCHIVE:-}" = 1 ]; then
  # the archive names the jars by path: one recorded here is no use once the folder is installed elsewhere
  exit 0
fi

# The start-up archive: the classes one start of the window loads, mapped by every later start
# (docs/adr/0007-start-up.md). It is recorded on a fresh desk that is thrown away afterwards.
archive="$(pwd)/$app/lib/app/copydesk.jsa"
desk=$(mktemp -d)
xvfb=""
trap 'rm -rf "$desk"; [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null || true' EXIT
if [ -z "${DISPLAY:-}" ] && command -v Xvfb >/dev/null; then
  Xvfb :96 -screen 0 1600x1000x24 >/dev/null 2>&1 &
  xvfb=$!
  export DISPLAY=:96
  sleep 1
fi
if [ -z "${DISPLAY:-}" ]; then
  echo "no display and no Xvfb: the app image has no start-up archive and starts more slowly"
  exit 0
fi
XDG_DATA_HOME="$desk/data" XDG_CACHE_HOME="$desk/cache" \
  JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=$archive -Dcopydesk.startupProbe=true" \
  "$app/bin/Copydesk" >"$desk/out.txt" 2>&1 &
pid=$!
for _ in $(seq 1 120); do
  grep -q COPYDESK_READY "$desk/out.txt" 2>/dev/null && break
  sleep 0.5
done
sleep 5  # the web views and the tagger load after the first frame; their classes belong in it too
kill -TERM "$pid" 2>/dev/null || true
wait "$pid" || true
if [ -s "$archive" ]; then
  cfg="$app/lib/app/Copydesk.cfg"
  printf '%s\n' 'java-options=-XX:SharedArchiveFile=$APPDIR/copydesk.jsa' \
    'java-options=-Xlog:cds=off' 'java-options=-Xlog:cds+dynamic=off' >>"$cfg"
  echo "recorded the start-up archive: $(du -h "$archive" | cut -f1)"
else
  echo "the start-up archive was not recorded; the app image works without it" >&2
  tail -5 "$desk/out.txt" >&2
fi
