#!/usr/bin/env bash
# The AppStream metadata validates (offline), and every screenshot it names is in the
# gallery (docs/screenshots), so a software centre never shows a missing picture.
# Usage: check-metainfo.sh METAINFO.xml SCREENSHOTS_DIR BASE_URL
set -euo pipefail
metainfo="$1" gallery="$2" base="$3"
appstreamcli validate --no-net --pedantic "$metainfo"
fail=0 count=0
while read -r url; do
  count=$((count + 1))
  [[ "$url" == "$base/"* ]] || { echo "FAIL: $url is not under $base"; fail=1; continue; }
  [[ -s "$gallery/${url#"$base/"}" ]] || { echo "FAIL: not in the gallery: ${url#"$base/"}"; fail=1; }
done < <(grep -o '<image>[^<]*</image>' "$metainfo" | sed -e 's/<image>//' -e 's/<\/image>//')
((count > 0)) || { echo "FAIL: no screenshots in $metainfo"; fail=1; }
((fail == 0)) && echo "ok: metadata valid, its $count screenshots are in the gallery"
exit "$fail"
