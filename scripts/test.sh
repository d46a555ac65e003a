#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test: the full build (core, GUI, QML
# tests offscreen, lint), an ASan+UBSan build (clang) of the core, the app services, the view
# models, ditc, their tests and the parsers' fuzz targets, and the release build (compiled).
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

# Each phase's wall time and CPU time (user + system of the commands it waited for): the
# budget is CPU time, two cores for 25 minutes (docs/DEVELOPING.md, "The test command's budget").
times_file="$(mktemp)"
trap 'rm -f "$times_file"' EXIT
cpu=0
cpu_now() { # sets cpu to the CPU seconds of this shell's finished children so far
  times >"$times_file" # in this shell, not a subshell: a subshell's children are not ours
  cpu="$(tail -1 "$times_file" | awk '
    function sec(t) { split(t, a, "m"); sub("s", "", a[2]); return a[1] * 60 + a[2] }
    { printf "%.1f", sec($1) + sec($2) }')"
}
timings=()
phase() { # phase NAME COMMAND...: runs it, records its wall and CPU time, returns its status
  local name="$1" start cpu0 status=0
  shift
  start="$(date +%s.%N)"
  cpu_now
  cpu0="$cpu"
  "$@" || status=$?
  cpu_now
  timings+=("$(awk -v n="$name" -v w0="$start" -v w1="$(date +%s.%N)" -v c0="$cpu0" -v c1="$cpu" \
    'BEGIN { printf "%-16s %6.0f s wall %6.0f CPU-s", n, w1 - w0, c1 - c0 }')")
  return "$status"
}

echo "== ASan+UBSan build (clang): core, app services, view models, ditc, their tests, the parsers' fuzz targets"
# One clang build serves both: the fuzz targets (libFuzzer) fuzz for a few seconds each as
# tests, beside the core tests under the same sanitizers. scripts/fuzz.sh runs them long.
phase "asan configure" cmake --preset asan >/dev/null
phase "asan build" cmake --build --preset asan -j "$jobs"
asan_status=0
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  phase "asan tests" ctest --preset asan -j "$jobs" || asan_status=$?

echo "== Full build: everything (the ci preset: dev without debug information, build/ci)"
# -g0: nothing here reads the ci build's debug information, and it costs about 30 % of each
# object's compile time (to debug a failure, rebuild in the dev preset); the fuzz
# corpus is replayed by the ASan build above, not again here (docs/DEVELOPING.md, "The test
# command's budget").
phase "ci configure" cmake --preset ci >/dev/null
phase "ci build" cmake --build --preset ci -j "$jobs"

echo "== Release build: every target as shipped (no test hooks), compiled, warnings as errors"
# Compiled, not run: the code behind the test hooks' #if, NDEBUG and QT_NO_DEBUG_OUTPUT, and
# -O3's own warnings (docs/DEVELOPING.md, "The test command's budget").
release_status=0
phase "release configure" cmake --preset release >/dev/null
phase "release build" cmake --build --preset release -j "$jobs" || release_status=$?

echo "== The full build's tests"
dev_status=0
# Twice as many tests as cores: most of this phase waits (the journeys on page transitions,
# the sync tests on their server), so the phase's wall time halves (docs/DEVELOPING.md).
phase "ci tests" ctest --preset ci -j "$((jobs * 2))" || dev_status=$?

echo "== Time per phase (the budget: docs/DEVELOPING.md)"
printf '%s\n' "${timings[@]}"
cpu_now
printf '%-16s %6.0f CPU-s in all (with install-deps.sh)\n' "total" "$cpu"

if [[ $asan_status -ne 0 ]]; then
  echo "The ASan+UBSan or fuzz tests failed (see above; scripts/fuzz.sh keeps crashing inputs)." >&2
fi
if [[ $release_status -ne 0 ]]; then
  echo "The release build failed (see above)." >&2
fi
exit $(( asan_status != 0 || dev_status != 0 || release_status != 0 ))
