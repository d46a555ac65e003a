#!/usr/bin/env bash
# shellcheck disable=SC2317  # render, render_start and variant_args run through xargs
# The screenshot gallery (docs/DEVELOPING.md): every page the app can open (`--page` keys, asked from
# the app itself through its test-only UI driver) rendered offscreen from the demo profile:
#   <stage>/<page>-phone-light.png    412x915     (every stage: new, middle, after)
#   middle/<page>-phone-dark.png, -tablet-light.png, -tablet-dark.png (1280x800),
#   middle/<page>-phone-font200.png (text at 200%), middle/<page>-pseudo.png (the
#   pseudo-translation, --language en_XA: accented, 40% longer, between ⟦ ⟧)
#   after/letter*-<variant>.png   the letter's pages (reading mode, reply, changes) in all six
#                                 variants: the demo has a letter only once it is written
#   therapist/<page>-*.png         the therapist's pages, from the therapist demo, in all six
# plus the welcome, passphrase and lock pages (start/), compressed with pngquant and optipng,
# and an index (docs/screenshots/README.md) to look through them page by page.
# Needs a dev build (test hooks): cmake --preset dev && cmake --build --preset dev
# Usage: scripts/screenshots.sh [--build DIR] [--out DIR] [--jobs N] [--only k1,k2]
#                               [--stage s1,s2] [--list]
#   --only   only these page keys (as `--page` takes them; start pages: welcome,
#            welcome-passphrase, lock), in every stage and variant they are made in
#   --stage  only these stages: start, new, middle, after, therapist
#   --list   print what would be rendered, render nothing
# With --only or --stage only those pictures are rewritten; the rest of the gallery stays.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$root/build/dev"
out="$root/docs/screenshots"
jobs=2
only="" stages="" list=0
while (($#)); do
  case "$1" in
    --build) build="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --jobs) jobs="$2"; shift 2 ;;
    --only | --pages) only="${2//,/ }"; shift 2 ;;
    --stage) stages="${2//,/ }"; shift 2 ;;
    --list) list=1; shift ;;
    *) echo "screenshots: unknown option $1" >&2; exit 2 ;;
  esac
done
for s in $stages; do
  case "$s" in
    start | new | middle | after | therapist) ;;
    *) echo "screenshots: unknown stage $s (start, new, middle, after, therapist)" >&2; exit 2 ;;
  esac
done
# wanted LIST WORD: WORD is in LIST, or LIST is empty (no filter).
wanted() { [[ -z "$1" || " $1 " == *" $2 "* ]]; }
app="$build/app/gui/dit-companion"
[[ -x "$app" ]] || { echo "screenshots: no app at $app; build the dev preset first" >&2; exit 1; }
for tool in pngquant optipng; do
  command -v "$tool" >/dev/null || { echo "screenshots: $tool is missing; run scripts/install-deps.sh" >&2; exit 1; }
done

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
# Never the person's own settings, profile or keyring.
# One fixed afternoon for every picture: the demo's data is made relative to "now", so the
# gallery looks the same whenever it is rendered (test builds only: UiDriver.h DrivenClock).
export QT_QPA_PLATFORM=offscreen DIT_TEST_FAST_KDF=1 DIT_TEST_NOW=2026-11-24T14:00:00
export XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" XDG_RUNTIME_DIR="$tmp/runtime"
mkdir -m 700 "$XDG_RUNTIME_DIR"
export DBUS_SESSION_BUS_ADDRESS="unix:path=/nonexistent/dit-screenshots"
export APP="$app" OUT="$out" TMPD="$tmp"

# The page keys, from the app (the route table, ui/shell/Routes.cpp, through app/gui/PageKeys.h).
printf 'pages\n' >"$tmp/pages.drive"
mapfile -t keys < <(DIT_DRIVE="$tmp/pages.drive" "$app" --demo | grep -v '^drive: ')
((${#keys[@]} > 5)) || { echo "screenshots: the app listed no pages (is this a dev build?)" >&2; exit 1; }

variant_args() {
  case "$1" in
    phone-light) echo "--size 412x915 --theme light" ;;
    phone-dark) echo "--size 412x915 --theme dark" ;;
    tablet-light) echo "--size 1280x800 --theme light" ;;
    tablet-dark) echo "--size 1280x800 --theme dark" ;;
    phone-font200) echo "--size 412x915 --theme light --font-scale 2" ;;
    pseudo) echo "--size 412x915 --theme light" ;;
  esac
}

# One picture: stage, page key, variant.
render() {
  local stage="$1" key="$2" variant="$3" file lang=""
  file="$OUT/$stage/${key//:/-}-$variant.png"
  [[ "$variant" == pseudo ]] && lang="en_XA"
  # shellcheck disable=SC2046
  if ! "$APP" ${lang:+--language "$lang"} --demo-stage "$stage" --page "$key" $(variant_args "$variant") \
      --screenshot "$file" >/dev/null 2>"$TMPD/$stage-${key//:/-}-$variant.err"; then
    echo "screenshots: FAILED $stage $key $variant:" >&2
    cat "$TMPD/$stage-${key//:/-}-$variant.err" >&2
    return 1
  fi
}

# Welcome, its passphrase step and the lock page, through the UI driver on a fresh profile.
render_start() {
  local variant="$1" dir="$TMPD/start-$1"
  mkdir -p "$dir"
  cat >"$dir/start.drive" <<EOF
wait-for welcomePage
screenshot welcome-$variant.png
click welcomeContinue
wait-for createProfile
screenshot welcome-passphrase-$variant.png
click newPassphrase
type correct horse battery staple
click repeatPassphrase
type correct horse battery staple
click createProfile
wait-for appShell 20000
click nav_settings
click lockNow
wait-for lockPage
screenshot lock-$variant.png
EOF
  local lang=""
  [[ "$variant" == pseudo ]] && lang="en_XA"
  # shellcheck disable=SC2046
  if ! DIT_DRIVE="$dir/start.drive" DIT_DRIVE_SHOTS="$OUT/start" \
      "$APP" ${lang:+--language "$lang"} --profile "$dir/profile" $(variant_args "$variant") \
      >"$dir/log" 2>&1; then
    echo "screenshots: FAILED start pages $variant:" >&2
    cat "$dir/log" >&2
    return 1
  fi
}
export -f render render_start variant_args

# The therapist's pages (their keys in the route table, ui/shell/Routes.cpp; CaseloadPage
# openRoute), from the therapist demo: mostly seen on a tablet, so tablet sizes first.
therapist_keys=(caseload patient-add caseload-export patient patient-focus patient-focus-edit
  patient-letter patient-letter-edit patient-sessions patient-file patient-export patient-pair
  hand-over)
variants=(phone-light phone-dark tablet-light tablet-dark phone-font200 pseudo)

# Every picture as "stage key variant", filtered by --only and --stage.
{
  for key in "${keys[@]}"; do
    echo "new $key phone-light"
    for v in "${variants[@]}"; do echo "middle $key $v"; done
    # The letter's pages in every variant where there is a letter; the rest in phone-light.
    if [[ "$key" == letter* ]]; then
      for v in "${variants[@]}"; do echo "after $key $v"; done
    else
      echo "after $key phone-light"
    fi
  done
  for key in "${therapist_keys[@]}"; do
    for v in "${variants[@]}"; do echo "therapist $key $v"; done
  done
} | while read -r stage key v; do
  if wanted "$stages" "$stage" && wanted "$only" "$key"; then echo "$stage $key $v"; fi
done >"$tmp/jobs"
start_variants=()
if wanted "$stages" start && { wanted "$only" welcome || wanted "$only" welcome-passphrase ||
  wanted "$only" lock; }; then
  start_variants=("${variants[@]}")
fi
if ((list)); then
  cat "$tmp/jobs"
  for v in "${start_variants[@]}"; do echo "start welcome,welcome-passphrase,lock $v"; done
  exit 0
fi
if [[ ! -s "$tmp/jobs" && ${#start_variants[@]} -eq 0 ]]; then
  echo "screenshots: nothing matches --only '$only' --stage '$stages'" >&2
  exit 2
fi

# Only what this script makes: REVIEW.md (the page-by-page review, by hand) and before/ stay.
# A filtered run rewrites its own pictures and leaves the others.
if [[ -z "$only$stages" ]]; then
  rm -rf "$out/new" "$out/middle" "$out/after" "$out/start" "$out/therapist" "$out/README.md"
fi
mkdir -p "$out/new" "$out/middle" "$out/after" "$out/start" "$out/therapist"
touch "$tmp/began"
echo "screenshots: rendering $(wc -l <"$tmp/jobs") pages and ${#start_variants[@]} start-page runs with $jobs jobs"
status=0
xargs -P "$jobs" -L 1 bash -c 'render "$@"' _ <"$tmp/jobs" || status=1
if ((${#start_variants[@]})); then
  printf '%s\n' "${start_variants[@]}" | xargs -P "$jobs" -L 1 bash -c 'render_start "$@"' _ || status=1
fi

echo "screenshots: compressing what this run made"
find "$out" -name '*.png' -newer "$tmp/began" -print0 |
  xargs -0 -r -P "$jobs" -n 8 pngquant --force --skip-if-larger --ext .png --quality 60-90 --speed 3 || true
find "$out" -name '*.png' -newer "$tmp/began" -print0 | xargs -0 -r -P "$jobs" -n 8 optipng -quiet -o2

# An index to look through, page by page.
{
  echo "# Screenshot gallery"
  echo
  echo "Made by \`scripts/screenshots.sh\` from the demo profile; do not edit by hand."
  echo "Stages: \`new\` (nothing entered yet), \`middle\` (course in progress), \`after\` (therapy over),"
  echo "\`therapist\` (a therapist's invented caseload; the first patient's pages)."
  echo "The letter exists only in \`after\`: its pages are there in every variant (in \`middle\` and"
  echo "\`new\` they show that there is no letter yet)."
  echo "\`pseudo\` is the pseudo-translation: text that is cut off misses its closing ⟧."
  echo "What a look through them found, and what was done: [REVIEW.md](REVIEW.md); the pictures"
  echo "it compares with are in [before/](before/)."
  for dir in start middle new after therapist; do
    echo
    echo "## $dir"
    echo
    for f in "$out/$dir"/*.png; do
      [[ -e "$f" ]] || continue
      name="$(basename "$f" .png)"
      echo "- [$name]($dir/$name.png)"
    done
  done
} >"$out/README.md"
echo "screenshots: $(find "$out" -name '*.png' | wc -l) pictures, $(du -sh "$out" | cut -f1) in $out"
exit "$status"
