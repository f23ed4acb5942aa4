#!/usr/bin/env bash
# Installs the built .deb into a clean folder (dpkg -x, no root needed) and runs it there: the
# version, an import of a page and the list, on a desk of its own; checks the menu entry and the
# MIME type of Copydesk packages; prints the installed size.
set -euo pipefail
cd "$(dirname "$0")/.."
deb=$(ls target/dist/copydesk_*.deb)
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg -x "$deb" "$root/install"
app="$root/install/opt/copydesk/bin/Copydesk"
export XDG_DATA_HOME="$root/data" XDG_CACHE_HOME="$root/cache"
"$app" --version
printf '首页>要闻\n社区协商会开得好\n2021年05月13日 08:43 | 来源:人民网\n社区居民协商议事，加装电梯有了进展。\n编辑:罗文\n' >"$root/page.txt"
"$app" import "$root/page.txt" >"$root/import.txt" 2>/dev/null
"$app" list >"$root/list.txt"
grep -q "社区协商会开得好" "$root/list.txt" || { echo "the installed app did not list the imported article" >&2; cat "$root/list.txt" >&2; exit 1; }
desktop=$(find "$root/install" -type f -name '*.desktop' | head -1)
grep -q '^Name=编辑台$' "$desktop" || { echo "the menu entry is not named 编辑台" >&2; exit 1; }
grep -q 'application/x-copydesk-package' "$desktop" || { echo "the menu entry does not open Copydesk packages" >&2; exit 1; }
grep -A1 -x -- 'java-options=--module-path' "$root/install/opt/copydesk/lib/app/Copydesk.cfg" | grep -q -x 'java-options=$APPDIR/javafx' \
  || { echo "JavaFX is not on the module path" >&2; exit 1; }
[ -z "$(find "$root/install/opt/copydesk/lib/app/javafx" -name '*.jar' -exec unzip -l {} '*.so' \; 2>/dev/null | grep '\.so$')" ] \
  || { echo "JavaFX's native libraries are in the package twice" >&2; exit 1; }
echo "installed from $deb: $(du -sh "$root/install/opt/copydesk" | cut -f1) in /opt/copydesk; imported and listed"
