#!/usr/bin/env bash
# Static checks run by the test suite: clang-format (no diff allowed), the QML rule on
# Repeaters in layouts, and clang-tidy
# (.clang-tidy: bugprone, the analyzer, performance, modernize; warnings are errors) over the
# project's own C++ sources.
# Usage: scripts/lint.sh format|tidy|tidy-changed|tidy-all BUILD_DIR
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
    # No Repeater directly in a Qt Quick Layout (docs/DEVELOPING.md, "Repeaters in layouts").
    mapfile -t qml < <(sources 'ui/*.qml')
    python3 "$root/scripts/qml-repeaters.py" "${qml[@]}"
    echo "repeaters in layouts: ${#qml[@]} files clean"
    # Comments point to docs/, not to issue numbers or to files outside the repository.
    mapfile -t all < <(sources '*.cpp' '*.h' '*.qml' '*.js' '*.sh' 'CMakeLists.txt' '.clang-tidy')
    if grep -n -i -E '\bissues?[- ]?#?[0-9]+|DESIGN\.md|\.\./shared/' "${all[@]}" | grep -v '^scripts/lint\.sh:'; then
      echo "comments must point to docs/, not to an issue number or a file outside the repository" >&2
      exit 1
    fi
    ;;
  tidy|tidy-changed|tidy-all)
    build="${2:?build directory with compile_commands.json}"
    # tidy: every file, and when all pass on a committed tree, the pass is recorded in
    #   scripts/tidy-passed (commit it). tidy-changed (the test command's clang_tidy test):
    #   only the files that read something changed since that pass (scripts/tidy-files.py).
    #   tidy-all (not in the test command): every file, and the analyzer on the view models too.
    extra=()
    select=all
    if [[ "$mode" == tidy-all ]]; then
      # Appended to each folder's .clang-tidy: the analyzer again, with the root's exclusions.
      extra=(--checks='clang-analyzer-*,-clang-analyzer-cplusplus.NewDeleteLeaks,-clang-analyzer-optin.cplusplus.VirtualCall')
    elif [[ "$mode" == tidy-changed ]]; then
      select=changed
    fi
    mapfile -t files < <(sources 'core/*.cpp' 'app/*.cpp' 'platform/*.cpp' 'services/*.cpp' 'ui/*.cpp' 'documents/*.cpp')
    # The Android and iOS adapters are not built here, so there is no compile command for them.
    mapfile -t files < <(printf '%s\n' "${files[@]}" | grep -v -E '^platform/(android|ios)/')
    total="${#files[@]}"
    # The commit the pass lints, if the tree is exactly that commit when it starts.
    linted=""
    if [[ -z "$(git status --porcelain --untracked-files=no -- . ':!scripts/tidy-passed')" ]]; then
      linted="$(git rev-parse HEAD)"
    fi
    log="$(mktemp)"
    db="$(mktemp -d)"
    trap 'rm -rf "$log" "$db"' EXIT
    # The commands without gcc's precompiled header (clang cannot read it), a file compiled
    # into several targets once; the files to lint come back largest first, one file a
    # process, so neither core idles while the other ends a long batch.
    mapfile -t files < <(python3 "$root/scripts/tidy-files.py" "$build" "$db" "$select" "${files[@]}")
    if [[ "${#files[@]}" -gt 0 ]]; then
      printf '%s\n' "${files[@]}" | xargs -P "$(nproc)" -n 1 clang-tidy -p "$db" "${extra[@]}" --quiet 2>&1 \
        | grep -v -E '^[0-9]+ warnings? (and [0-9]+ errors? )?generated|^Suppressed|^Use -header-filter|^Use -system-headers' \
        | tee "$log" || true
    fi
    if grep -q -E '(warning|error):' "$log"; then
      echo "clang-tidy: problems found" >&2
      exit 1
    fi
    echo "clang-tidy: ${#files[@]} of $total files linted, all clean"
    if [[ "$mode" == tidy ]]; then
      # Recorded only for a tree that was exactly a commit: what was linted is what it holds.
      if [[ -z "$linted" ]]; then
        echo "clang-tidy: not recorded in scripts/tidy-passed: the tree had uncommitted changes" >&2
      else
        { echo "# The last full clang-tidy pass (scripts/lint.sh tidy); docs/DEVELOPING.md"
          echo "commit $linted"
          echo "clang-tidy $(clang-tidy --version | grep -m1 version | sed 's/^ *//')"
        } >scripts/tidy-passed
        echo "clang-tidy: recorded in scripts/tidy-passed; commit it"
      fi
    fi
    ;;
  *) echo "usage: $0 format|tidy|tidy-changed|tidy-all BUILD_DIR" >&2; exit 2 ;;
esac
