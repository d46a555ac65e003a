#!/usr/bin/env bash
# `cmake --install` into a temporary folder puts every file of installed-files.txt there,
# and the icons are PNGs of their folder's size.
# Usage: check-install.sh BUILD_DIR
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build="$1"
dest="$(mktemp -d)"; trap 'rm -rf "$dest"' EXIT
cmake --install "$build" --prefix "$dest/usr" >/dev/null
fail=0
while read -r path; do
  [[ -z "$path" || "$path" == \#* ]] && continue
  [[ -s "$dest/usr/$path" ]] || { echo "FAIL: not installed: $path"; fail=1; }
done <"$here/installed-files.txt"
for png in "$dest"/usr/share/icons/hicolor/*x*/apps/*.png; do
  size="$(basename "$(dirname "$(dirname "$png")")")"
  file -b "$png" | grep -q "PNG image data, ${size/x/ x }," ||
    { echo "FAIL: $png is not a ${size} PNG: $(file -b "$png")"; fail=1; }
done
[[ -x "$dest/usr/bin/ditc" ]] && "$dest/usr/bin/ditc" --version | grep -q '^ditc ' ||
  { echo "FAIL: the installed ditc does not run"; fail=1; }
((fail == 0)) && echo "ok: cmake --install puts $(grep -vc '^#' "$here/installed-files.txt") files in place"
exit "$fail"
