#!/usr/bin/env bash
# The long crash-safety run: ditc writing records and drafts is killed with SIGKILL thousands
# of times at random moments; after every kill the profile must open, pass every integrity
# check and hold every write ditc acknowledged (tests/reliability/tst_crash.cpp; the test
# suite runs 200 kills).
# Usage: scripts/crash-test.sh [KILLS] [--asan]     (default 3000 kills, dev build)
#   DIT_CRASH_SEED=N repeats a run; DIT_CRASH_PER_PROFILE sets kills per fresh profile (200).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
kills=3000
preset=dev
for arg in "$@"; do
  case "$arg" in
    --asan) preset=asan ;;
    ''|*[!0-9]*) echo "usage: $0 [KILLS] [--asan]" >&2; exit 2 ;;
    *) kills="$arg" ;;
  esac
done
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" -j2 --target tst_crash ditc
export DIT_CRASH_KILLS="$kills" DIT_CRASH_PER_PROFILE="${DIT_CRASH_PER_PROFILE:-200}"
export QT_LOGGING_RULES="dit.*.info=false" DIT_TEST_FAST_KDF=1
start=$(date +%s)
"build/$preset/tests/tst_crash" -maxwarnings 0
echo "crash-test: $kills kills passed in $(( $(date +%s) - start )) s"
