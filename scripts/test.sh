#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test: the full build (core, GUI, QML
# tests offscreen, lint) and an ASan+UBSan build (clang) of the core, ditc, their tests and the
# parsers' fuzz targets.
# Ends with ctest's summary of the full build. Exit status is non-zero if anything failed.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

"$root/scripts/install-deps.sh"

jobs="$(nproc)"
export QT_QPA_PLATFORM=offscreen
# Keep tests away from the person's real settings and keyring.
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
chmod 700 "$XDG_RUNTIME_DIR"

echo "== ASan+UBSan build (clang): core, ditc, their tests, and the parsers' fuzz targets"
# One clang build serves both: the fuzz targets (libFuzzer) fuzz for a few seconds each as
# tests, beside the core tests under the same sanitizers. scripts/fuzz.sh runs them long.
cmake --preset asan >/dev/null
cmake --build --preset asan -j "$jobs"
asan_status=0
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --preset asan -j "$jobs" || asan_status=$?

echo "== Full build: everything"
cmake --preset dev >/dev/null
cmake --build --preset dev -j "$jobs"
dev_status=0
ctest --preset dev -j "$jobs" || dev_status=$?

if [[ $asan_status -ne 0 ]]; then
  echo "The ASan+UBSan or fuzz tests failed (see above; scripts/fuzz.sh keeps crashing inputs)." >&2
fi
exit $(( asan_status != 0 || dev_status != 0 ))
