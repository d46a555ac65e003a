#!/usr/bin/env bash
# A generated man page renders without a warning and says what the program's --help says.
# Usage: check-man.sh PAGE.1 WORD...   (each WORD must appear in the rendered page)
set -euo pipefail
page="$1"; shift
[[ -s "$page" ]] || { echo "FAIL: no man page at $page"; exit 1; }
err="$(mktemp)"; trap 'rm -f "$err"' EXIT
# Runs of spaces folded: man justifies wrapped lines, which would split a phrase.
text="$(MANWIDTH=80 man --warnings -l "$page" 2>"$err" | tr -s ' ')"
if [[ -s "$err" ]]; then echo "FAIL: man reported:"; cat "$err"; exit 1; fi
for word in NAME SYNOPSIS DESCRIPTION "$@"; do
  grep -qF -- "$word" <<<"$text" || { echo "FAIL: '$word' is not in $(basename "$page")"; exit 1; }
done
echo "ok: $(basename "$page") renders ($(wc -l <<<"$text") lines)"
