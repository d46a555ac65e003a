#!/usr/bin/env bash
# Runs every figure of docs/PERFORMANCE.md, each against its baseline in the same run, and
# writes the results between the markers in docs/PERFORMANCE.md. The figures are functions
# in scripts/bench-lib.sh (*_series measure, row_* report).
#   scripts/bench.sh                 install what is missing, build the bench preset, measure
#   scripts/bench.sh --runs N        N runs of each whole-process figure (default 11)
#   scripts/bench.sh --only caseload,sync
#                                    only these figures, their rows written between their own
#                                    markers in docs/PERFORMANCE.md (or to --out); the full
#                                    table is left as it is. The figures: startup (lock screen
#                                    vs the bare window, offscreen and Xvfb), memory (peak at the
#                                    lock screen and on the Progress page), unlock, progress,
#                                    caseload, sync, callgrind (start-up in instructions) and
#                                    phone (unlock under a CPU quota modelling a slower core).
#                                    Markers: bench:only (caseload,sync), bench:only-sync and
#                                    bench:only-caseload (either alone), bench:only-ui (any
#                                    other set)
#   scripts/bench.sh --smoke --build-dir DIR --out FILE
#                                    one short run of everything with an existing build (the
#                                    CTest smoke test); writes FILE, never the doc; fails if
#                                    any figure is missing
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
lib="$root/scripts/bench-lib.sh"
# shellcheck source=bench-lib.sh
source "$lib"

smoke=0 runs=11 build="" out="" only=""
while (($#)); do
  case "$1" in
    --smoke) smoke=1 ;;
    --runs) runs="$2"; shift ;;
    --build-dir) build="$2"; shift ;;
    --out) out="$2"; shift ;;
    --only) only="$2"; shift ;;
    *) echo "bench.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

# want FIGURE: whether this run measures FIGURE (every figure unless --only names some).
want() { [[ -z "$only" || ",$only," == *",$1,"* ]]; }
figures=(startup memory unlock progress caseload sync callgrind phone)
if [[ -n "$only" ]]; then
  for f in ${only//,/ }; do
    [[ " ${figures[*]} " == *" $f "* ]] || { echo "bench.sh: --only takes ${figures[*]} (comma-separated)" >&2; exit 2; }
  done
fi

if ((smoke)); then
  runs=1
  [[ -n "$build" && -n "$out" ]] || { echo "bench.sh: --smoke needs --build-dir and --out" >&2; exit 2; }
  export DIT_BENCH_SMOKE=1
else
  "$root/scripts/install-deps.sh"
  build="${build:-$root/build/bench}"
  [[ -n "$only" ]] || out="${out:-$root/docs/PERFORMANCE.md}"
  targets=()
  # --only builds what its figures need (the sync figure: its one program, not the app).
  if [[ -n "$only" ]]; then
    targets=(--target)
    app_targets=(dit-companion dit-bench-profile dit-bench-launch)
    if want startup || want memory || want callgrind; then
      targets+=("${app_targets[@]}" dit-bench-baseline dit-bench-baseline-widgets)
    fi
    if want unlock; then targets+=("${app_targets[@]}" bench_unlock); fi
    if want progress; then targets+=("${app_targets[@]}" bench_progress); fi
    if want phone; then targets+=("${app_targets[@]}"); fi
    if want caseload; then targets+=("${app_targets[@]}" bench_caseload); fi
    if want sync; then targets+=(dit-bench-sync); fi
    mapfile -t targets < <(printf '%s\n' "${targets[@]}" | awk '!seen[$0]++')
  fi
  (cd "$root" && cmake --preset bench >/dev/null && cmake --build --preset bench -j "$(nproc)" "${targets[@]}")
fi
build="$(cd "$build" && pwd)"
export QT_LOGGING_RULES="dit.*.info=false" TZ=Europe/London
started=$(date +%s)
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"

# Everything under the build folder: a real disk (a tmpfs would make fsync free), and away
# from the person's own settings and keyring.
work="$build/bench/run"
if ((smoke)); then work+=-smoke; fi
if [[ -n "$only" ]]; then work+=-only; fi
rm -rf "$work" && mkdir -p "$work"
export DIT_BENCH_DIR="$work/data"
raw="$work/raw.txt"
: >"$raw"
app="$build/app/gui/dit-companion"
baseline="$build/bench/dit-bench-baseline"
launch="$build/bench/dit-bench-launch"
pass="$work/passphrase"
printf 'correct horse battery staple\n' >"$pass"
export work raw app baseline launch pass runs
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/share" XDG_CACHE_HOME="$work/cache"
export XDG_RUNTIME_DIR="$work/runtime"
mkdir -m 700 "$XDG_RUNTIME_DIR"

# Profiles: the lock screen's (the demo's 16 weeks), 10 years, 500 responses, and the sizes
# the Progress page is timed at. Unlock figures use the recommended KDF; the others the test
# KDF so that the 128 MiB Argon2id buffer is not in their memory figures.
# The phone figure's CPU quotas, in per cent of one core (docs/PERFORMANCE.md, "KDF parameters").
# shellcheck disable=SC2034 # phone_quotas is read by bench-lib.sh
if ((smoke)); then kdf=(--fast-kdf); sizes=(4 8); tenyears=20; fivehundred=8; reps=1
  patients=(9); sync_records=20; sync_runs=1; phone_quotas=(50)
else kdf=(); sizes=(52 130 260 520); tenyears=520; fivehundred=125; reps=5
  patients=(50 100 200); sync_records=5000; sync_runs=$((runs < 5 ? runs : 5)); phone_quotas=(50 25); fi
export build sync_records sync_runs
profile() { # NAME WEEKS [--fast-kdf]; a calibrated KDF's passes go to raw as "kdfpasses NAME N"
  "$build/bench/dit-bench-profile" "$work/$1" "$2" "${@:3}" <"$pass" |
    awk -v p="$1" '$1=="kdfpasses" {print $1, p, $2}' >>"$raw"
}
echo "== making profiles"
if want startup || want memory || want unlock || want callgrind; then profile lock 16 "${kdf[@]}"; fi
if want unlock; then profile tenyears "$tenyears" "${kdf[@]}"; fi
if want memory; then profile p500 "$fivehundred" --fast-kdf; fi
if want progress; then for w in "${sizes[@]}"; do profile "nav$w" "$w" --fast-kdf; done; fi
if want caseload; then
  for n in "${patients[@]}"; do profile "case$n" "$n" --fast-kdf --caseload; done
fi

if [[ -n "$only" ]]; then
  echo "== alone: $only"
  if want startup || want memory; then startup_series offscreen; fi
  if want startup; then
    if command -v xvfb-run >/dev/null; then
      xvfb-run -a -s "-screen 0 1280x1024x24" "$lib" startup_series xcb
    else
      echo "bench.sh: xvfb-run missing (scripts/install-deps.sh installs it)" >&2
    fi
  fi
  if want memory; then page_series p500 progress mem500; fi
  if want callgrind; then callgrind_series; fi
  if want unlock; then unlock_series lock; unlock_series tenyears; gbench bench_unlock "$reps"; fi
  if want phone; then phone_series; fi
  if want progress; then
    for w in "${sizes[@]}"; do page_series "nav$w" progress "nav$w"; done
    gbench bench_progress "$reps"
  fi
  if want caseload; then caseload_series; gbench bench_caseload "$reps"; fi
  if want sync; then sync_series; fi
  finished=$(date +%s)
  write_only_report "${out:-$root/docs/PERFORMANCE.md}" "$((finished - started))"
  echo "bench.sh: results of $only written ($((finished - started)) s)"
  exit 0
fi

echo "== start-up and memory at the lock screen: offscreen and under Xvfb"
startup_series offscreen
if command -v xvfb-run >/dev/null; then
  xvfb-run -a -s "-screen 0 1280x1024x24" "$lib" startup_series xcb
else
  echo "bench.sh: xvfb-run missing (scripts/install-deps.sh installs it)" >&2
fi

echo "== start-up in instructions (callgrind)"
callgrind_series

echo "== unlock: KDF alone, then passphrase to the home screen"
unlock_series lock
unlock_series tenyears
echo "== unlock under a CPU quota (a slower phone core)"
phone_series

echo "== memory on the Progress page with 500 responses"
page_series p500 progress mem500
echo "== Progress page first frame after navigation, by size"
for w in "${sizes[@]}"; do page_series "nav$w" progress "nav$w"; done

echo "== therapist caseload and sync"
caseload_series
sync_series

echo "== in-process benchmarks (Google Benchmark)"
for b in bench_storage bench_unlock bench_progress bench_caseload; do
  gbench "$b" "$reps"
done

finished=$(date +%s)
write_report "$out" "$((finished - started))"
echo "bench.sh: results written to $out ($((finished - started)) s)"
