#!/usr/bin/env bash
# Builds a self-contained Copydesk application folder with jpackage (Java 17+):
#   packaging/build-app-image.sh   ->   target/dist/Copydesk/bin/Copydesk
# and records its start-up archive (AppCDS) by starting it once, on Xvfb when there is no display.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests package
rm -rf target/dist target/jpackage-input
mkdir -p target/jpackage-input
cp -r target/copydesk.jar target/lib target/jpackage-input/
jpackage \
  --type app-image \
  --name Copydesk \
  --app-version 0.1.0 \
  --description "编辑台: an offline editorial workstation for a Chinese news website" \
  --input target/jpackage-input \
  --main-jar copydesk.jar \
  --main-class org.copydesk.app.Launcher \
  --dest target/dist \
  --java-options '-Dfile.encoding=UTF-8' \
  --jlink-options '--strip-debug --no-man-pages --no-header-files --generate-cds-archive'
app=target/dist/Copydesk
echo "built $app"

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
