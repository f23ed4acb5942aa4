#!/usr/bin/env bash
# Builds a self-contained Copydesk application folder with jpackage (Java 17+):
#   packaging/build-app-image.sh   ->   target/dist/Copydesk/bin/Copydesk
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
  --java-options '-Dfile.encoding=UTF-8'
echo "built target/dist/Copydesk"
