#!/usr/bin/env bash
# Builds the Debian package of Copydesk (jpackage --type deb) from the app image:
#   packaging/build-deb.sh   ->   target/dist/copydesk_0.1.0_amd64.deb
# It installs into /opt/copydesk with a menu entry 编辑台 (icon, and the MIME type of Copydesk
# packages, .cdpkg, so a package opens in Copydesk). Needs dpkg-deb, fakeroot and zip.
set -euo pipefail
cd "$(dirname "$0")/.."
# no start-up archive in the package: Java 17 ties one to the folder it was recorded in
COPYDESK_NO_ARCHIVE=1 packaging/build-app-image.sh
jpackage \
  --type deb \
  --app-image target/dist/Copydesk \
  --name Copydesk \
  --app-version 0.1.0 \
  --description "编辑台: an offline editorial workstation for a Chinese news website" \
  --vendor Copydesk \
  --linux-package-name copydesk \
  --linux-app-category editors \
  --linux-menu-group Office \
  --linux-shortcut \
  --install-dir /opt \
  --resource-dir packaging/deb-resources \
  --file-associations packaging/cdpkg.properties \
  --dest target/dist
deb=$(ls target/dist/copydesk_*.deb)
echo "built $deb ($(du -h "$deb" | cut -f1))"
