#!/usr/bin/env bash
# Static checks run by the test suite: clang-format (no diff allowed) and clang-tidy
# (.clang-tidy: bugprone, the analyzer, performance, modernize; warnings are errors) over the
# project's own C++ sources.
# Usage: scripts/lint.sh format|tidy BUILD_DIR
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mode="${1:?format or tidy}"

sources() {
  # Tracked files plus new ones not yet committed, so a working tree is checked too.
  git ls-files --cached --others --exclude-standard -- "$@" | grep -v '^build/' || true
}

case "$mode" in
  format)
    mapfile -t files < <(sources '*.cpp' '*.h')
    clang-format --dry-run -Werror "${files[@]}"
    echo "clang-format: ${#files[@]} files clean"
    # Identifiers reserved to the implementation: clang-tidy's bugprone-reserved-identifier
    # rule, checked here over our own files only (.clang-tidy says why).
    mapfile -t own < <(sources 'core/*.cpp' 'core/*.h' 'app/*.cpp' 'app/*.h' 'platform/*.cpp' \
      'platform/*.h' 'services/*.cpp' 'services/*.h' 'ui/*.cpp' 'ui/*.h' 'documents/*.cpp' \
      'documents/*.h' 'tests/*.cpp' 'tests/*.h')
    python3 "$root/scripts/reserved-identifiers.py" "${own[@]}"
    echo "reserved identifiers: ${#own[@]} files clean"
    # Comments point to docs/, not to issue numbers or to files outside the repository.
    mapfile -t all < <(sources '*.cpp' '*.h' '*.qml' '*.js' '*.sh' 'CMakeLists.txt' '.clang-tidy')
    if grep -n -E '(\(|\b)issues? #?[0-9]+|DESIGN\.md|\.\./shared/' "${all[@]}" | grep -v '^scripts/lint\.sh:'; then
      echo "comments must point to docs/, not to an issue number or a file outside the repository" >&2
      exit 1
    fi
    ;;
  tidy|tidy-all)
    build="${2:?build directory with compile_commands.json}"
    # tidy-all (not in the test command): the static analyzer on the view models too.
    extra=()
    if [[ "$mode" == tidy-all ]]; then
      # Appended to each folder's .clang-tidy: the analyzer again, with the root's exclusions.
      extra=(--checks='clang-analyzer-*,-clang-analyzer-cplusplus.NewDeleteLeaks,-clang-analyzer-optin.cplusplus.VirtualCall')
    fi
    mapfile -t files < <(sources 'core/*.cpp' 'app/*.cpp' 'platform/*.cpp' 'services/*.cpp' 'ui/*.cpp' 'documents/*.cpp')
    # The Android and iOS adapters are not built here, so there is no compile command for them.
    mapfile -t files < <(printf '%s\n' "${files[@]}" | grep -v -E '^platform/(android|ios)/')
    log="$(mktemp)"
    db="$(mktemp -d)"
    trap 'rm -rf "$log" "$db"' EXIT
    # The build precompiles headers with gcc (CMakeLists.txt, DIT_PCH); clang cannot read gcc's
    # precompiled headers, so clang-tidy gets the same commands without them. A file compiled
    # into several targets (the same code with other include paths) is linted once, with its
    # first command: clang-tidy would otherwise check it once per command.
    python3 - "$build/compile_commands.json" "$db/compile_commands.json" <<'PY'
import json, re, sys
entries, seen = [], set()
for e in json.load(open(sys.argv[1])):
    path = e["file"] if e["file"].startswith("/") else e["directory"] + "/" + e["file"]
    if path in seen:
        continue
    seen.add(path)
    e["command"] = re.sub(r" -Winvalid-pch -include \S+cmake_pch\.hxx", "", e["command"])
    entries.append(e)
json.dump(entries, open(sys.argv[2], "w"))
PY
    # Largest files first, one file a process: the last files to finish are short ones, so
    # neither core idles while the other ends a long batch (the test phase waits on this test).
    mapfile -t files < <(for f in "${files[@]}"; do echo "$(wc -c <"$f") $f"; done | sort -k1,1nr -k2 \
      | cut -d' ' -f2-)
    printf '%s\n' "${files[@]}" | xargs -P "$(nproc)" -n 1 clang-tidy -p "$db" "${extra[@]}" --quiet 2>&1 \
      | grep -v -E '^[0-9]+ warnings? (and [0-9]+ errors? )?generated|^Suppressed|^Use -header-filter|^Use -system-headers' \
      | tee "$log" || true
    if grep -q -E '(warning|error):' "$log"; then
      echo "clang-tidy: problems found" >&2
      exit 1
    fi
    echo "clang-tidy: ${#files[@]} files clean"
    ;;
  *) echo "usage: $0 format|tidy|tidy-all BUILD_DIR" >&2; exit 2 ;;
esac
