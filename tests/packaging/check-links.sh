#!/usr/bin/env bash
# The app is a QGuiApplication that draws its charts with Qt Quick Shapes: neither it nor any
# library it loads at start links Qt Charts or Qt Widgets (docs/ARCHITECTURE.md, "Charts").
# Qt Charts was never linked but loaded by its QML plugin, so no QML file may import it either.
# Nor does it link Qt Multimedia or zxing-cpp: the camera scanner is a plugin opened on the
# pairing page only (docs/PERFORMANCE.md).
# Usage: check-links.sh PROGRAM QML_DIR
set -euo pipefail
program="$1"
qml_dir="$2"
if grep -rln '^import QtCharts' "$qml_dir"; then echo "FAIL: the QML files above import Qt Charts"; exit 1; fi
[[ -x "$program" ]] || { echo "FAIL: no program at $program"; exit 1; }
needed="$(readelf -d "$program" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')"
grep -q '^libQt6Quick\.so' <<<"$needed" || { echo "FAIL: readelf shows no Qt Quick in $program"; exit 1; }
loaded="$(ldd "$program")"
for lib in libQt6Charts libQt6Widgets libQt6ChartsQml libQt6Multimedia libZXing; do
  if grep -q "$lib" <<<"$needed$loaded"; then
    echo "FAIL: $(basename "$program") links $lib:"; grep "$lib" <<<"$needed$loaded"; exit 1
  fi
done
echo "ok: $(basename "$program") links neither Qt Charts, Qt Widgets nor Qt Multimedia ($(wc -l <<<"$loaded") libraries)"
