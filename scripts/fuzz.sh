#!/usr/bin/env bash
# The long fuzzing run: builds the fuzz preset (clang, libFuzzer, ASan+UBSan) and fuzzes each
# parser for SECONDS (default 300) from its committed corpus and regressions. An input that
# crashes a target is copied to fuzz/regressions/<target>/ (commit it with the fix: every
# build's tests replay it from then on) and the script fails. The test suite runs each target
# for a few seconds only.
# Usage: scripts/fuzz.sh [SECONDS] [TARGET...]     e.g. scripts/fuzz.sh 600 fuzz_backup
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
seconds=300
if [[ "${1:-}" =~ ^[0-9]+$ ]]; then seconds="$1"; shift; fi
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j2
targets=("$@")
if ((${#targets[@]} == 0)); then
  mapfile -t targets < <(sed -n 's/^dit_add_fuzzer(\(fuzz_[a-z_]*\)).*/\1/p' fuzz/CMakeLists.txt)
fi
failed=0
for t in "${targets[@]}"; do
  work="build/fuzz/fuzz/work/$t"
  artifacts="build/fuzz/fuzz/artifacts/$t"
  mkdir -p "$work" "$artifacts" "fuzz/regressions/$t"
  echo "== $t for ${seconds}s"
  if ! "build/fuzz/fuzz/$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
      -max_len=65536 -print_final_stats=1 -artifact_prefix="$artifacts/" \
      "$work" "fuzz/corpus/$t" "fuzz/regressions/$t"; then
    failed=1
  fi
  for a in "$artifacts"/crash-* "$artifacts"/leak-* "$artifacts"/timeout-* "$artifacts"/oom-*; do
    [[ -e "$a" ]] || continue
    cp "$a" "fuzz/regressions/$t/"
    echo "fuzz: $t: kept $(basename "$a") in fuzz/regressions/$t/ (commit it with the fix)" >&2
    failed=1
  done
done
exit "$failed"
