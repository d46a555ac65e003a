#!/usr/bin/env bash
# Functions for scripts/bench.sh: the whole-process series, Google Benchmark runs and the
# report, one function a figure. Run directly as `bench-lib.sh FUNCTION ARGS` (how bench.sh
# runs a series inside xvfb-run); it reads the variables bench.sh exports.
# shellcheck disable=SC2154
set -euo pipefail

# --- statistics on numbers, one a line on stdin -------------------------------------------
median() { sort -g | awk '{a[NR]=$1} END {if (!NR) print "nan"; else if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
spread() { sort -g | awk 'NR==1{lo=$1} {hi=$1} END {if (!NR) print "–"; else printf (hi>=100 ? "%.0f–%.0f" : "%.3g–%.3g"), lo, hi}'; }
fmt() { awk -v v="$1" -v d="${2:-1}" 'BEGIN {if (v=="nan" || v=="") print "MISSING"; else printf "%.*f", d, v}'; }
div() { awk -v a="$1" -v b="$2" 'BEGIN {if (b+0==0 || a=="nan" || b=="nan" || a=="" || b=="") print "nan"; else print a/b}'; }
add() { awk -v a="$1" -v b="$2" 'BEGIN {if (a=="nan" || b=="nan" || a=="" || b=="") print "nan"; else print a+b}'; }
mib() { fmt "$(div "$1" 1024)"; }
# Field N of the raw lines whose first fields are MATCH...: raw_field N MATCH...
raw_field() {
  local n="$1"; shift
  awk -v n="$n" -v m="$*" 'BEGIN {k=split(m, want, " ")} {ok=1; for (i=1; i<=k; i++) if ($i!=want[i]) ok=0; if (ok) print $n}' "$raw"
}
# "median ms (min–max)" of a raw field.
ms_spread() { echo "$(fmt "$(raw_field "$@" | median)") ms ($(raw_field "$@" | spread))"; }
verdict() { # VALUE OP LIMIT
  awk -v v="$1" -v op="$2" -v l="$3" 'BEGIN {if (v=="nan" || v=="") print "MISSING"; else if ((op=="<=" && v<=l) || (op==">=" && v>=l)) print "**met**"; else print "**missed**"}'
}

# --- one process ------------------------------------------------------------------------
# probe OUT [--stdin FILE] -- PROGRAM ARGS: run through the launcher, keep its lines in OUT.
probe() {
  local out="$1"; shift
  if ! "$launch" --timeout 120 "$@" >"$out" 2>"$out.err"; then
    echo "bench: a probe run failed: $* (see $out.err)" >&2
    cat "$out" "$out.err" >&2
    return 1
  fi
}
value() { sed -n "s/^$2 .*$3=\\([0-9.]*\\).*/\\1/p" "$1" | head -1; } # FILE LINE KEY
maxrss() { sed -n 's/^maxrss_kb=\([0-9]*\).*/\1/p' "$1"; }

# --- start-up and memory at the lock screen ------------------------------------------------
startup_one() { # PLATFORM WHO RUN
  local t="$work/startup.$1" cmd
  case "$2" in
    app) cmd=("$app" --profile "$work/lock") ;;
    baseline) cmd=("$baseline") ;;
    widgets) cmd=("$baseline-widgets") ;;
  esac
  QT_QPA_PLATFORM=$1 DIT_BENCH_PROBE=first-frame probe "$t" -- "${cmd[@]}"
  [[ -z "$3" ]] || echo "startup $1 $2 $(value "$t" start ms) $(value "$t" first-frame hwm_kb) $(maxrss "$t") $3" >>"$raw"
}
startup_series() { # PLATFORM: the three alternate, in a rotating order, so drift hits all alike
  local i who order=(baseline app widgets)
  # One unrecorded run of each first, so none pays for a cold disk cache.
  for who in "${order[@]}"; do startup_one "$1" "$who" ""; done
  for ((i = 1; i <= runs; i++)); do
    for who in "${order[@]:i%3}" "${order[@]:0:i%3}"; do startup_one "$1" "$who" "$i"; done
  done
}
# Median over runs of app/baseline ratios of the same run (pairs cancel slow drift).
pair_ratio_list() { # FIELD PLATFORM [WHO]
  awk -v n="$1" -v p="$2" -v who="${3:-app}" '$1=="startup" && $2==p {v[$7 " " $3]=$n; r[$7]=1}
    END {for (i in r) if (v[i " baseline"]>0 && v[i " " who]!="") print v[i " " who]/v[i " baseline"]}' "$raw"
}
row_startup() {
  local p a b r w
  if ! want startup; then row_memory; return; fi
  for p in offscreen xcb; do
    a=$(raw_field 4 startup $p app | median)
    if [[ $a == nan ]]; then
      echo "| start to first frame of the lock screen ($p) | not run: xvfb-run missing | | | ≤ 1.3× | MISSING |"
      continue
    fi
    r=$(pair_ratio_list 4 $p | median)
    w=$(pair_ratio_list 4 $p widgets | median)
    echo "| start to first frame of the lock screen ($p) | $(ms_spread 4 startup $p app) | $(ms_spread 4 startup $p baseline) | $(fmt "$r" 2)× ($(pair_ratio_list 4 $p | spread)); the bare window as a QApplication: $(fmt "$w" 2)× | ≤ 1.3× | $(verdict "$r" '<=' 1.3) |"
  done
  if want memory; then row_memory; fi
}
row_memory() {
  local a b r w
  b=$(raw_field 5 startup offscreen baseline | median)
  a=$(raw_field 5 startup offscreen app | median)
  r=$(div "$a" "$b")
  w=$(div "$(raw_field 5 startup offscreen widgets | median)" "$b")
  echo "| peak memory (VmHWM) at the lock screen (offscreen) | $(mib "$a") MiB | $(mib "$b") MiB | $(fmt "$r" 2)×; the bare window as a QApplication: $(fmt "$w" 2)× | ≤ 1.5× | $(verdict "$r" '<=' 1.5) |"
  a=$(raw_field 4 page mem500 | median)
  r=$(div "$a" "$b")
  echo "| peak memory on the Progress page, 500 responses (offscreen) | $(mib "$a") MiB | $(mib "$b") MiB | $(fmt "$r" 2)× | ≤ 1.5× | $(verdict "$r" '<=' 1.5) |"
}

# --- unlock -------------------------------------------------------------------------------
unlock_series() { # PROFILE
  local i t="$work/unlock.$1"
  for ((i = 1; i <= runs; i++)); do
    QT_QPA_PLATFORM=offscreen DIT_BENCH_PROBE=unlock probe "$t" --stdin "$pass" -- "$app" --profile "$work/$1"
    echo "unlock $1 $(value "$t" kdf ms) $(value "$t" opened ms) $(value "$t" unlock ms) $(value "$t" home hwm_kb)" >>"$raw"
  done
}
# The app's part: from the store being open (busy ends) to the home screen's first frame.
app_part() { awk -v p="$1" '$1=="unlock" && $2==p {print $5-$4}' "$raw"; }
whole_less_kdf() { awk -v p="$1" '$1=="unlock" && $2==p {print $5-$3}' "$raw"; }
row_unlock() {
  local prof weeks label kdf app core rest passes limit
  for prof in lock tenyears; do
    weeks=$([[ $prof == lock ]] && echo 16 || echo "$tenyears")
    # The targets (docs/PERFORMANCE.md): 50 ms at 16 weeks, 100 ms at ten years.
    limit=$([[ $prof == lock ]] && echo 50 || echo 100)
    label=$([[ $prof == lock ]] && echo "the demo's 16 weeks of forms" || echo "$tenyears weeks of forms")
    kdf=$(raw_field 3 unlock $prof | median)
    app=$(app_part $prof | median)
    core=$(gb bench_unlock "BM_UnlockWithoutKdf/weeks:$weeks/real_time")
    rest=$(add "$app" "$core")
    passes=$(awk -v p="$prof" '$1=="kdfpasses" && $2==p {print $3}' "$raw" | tail -1)
    echo "| unlock, $label: everything but the KDF | $(fmt "$rest") ms: the app's part $(fmt "$app") ms ($(app_part $prof | spread)) + the core's unlock without the KDF $(fmt "$core" 2) ms (in-process); whole unlock $(ms_spread 5 unlock $prof) | KDF alone $(ms_spread 3 unlock $prof) at ${passes:-?} passes (calibrated) | $(fmt "$(div "$rest" "$kdf")" 2)× | ≤ $limit ms; KDF 300–600 ms | $(verdict "$rest" '<=' "$limit"); KDF $(awk -v k="$kdf" 'BEGIN {print (k=="nan") ? "MISSING" : (k>=300 && k<=600) ? "in range" : "**out of range**"}') |"
  done
}

# --- start-up in instructions ----------------------------------------------------------------
# `valgrind --tool=callgrind` counts the instructions of the bare window and of the app to the
# lock screen's first frame (the probe stops the count there: app/gui/FrameProbe.cpp), one run
# each, offscreen: a count does not change with the load on a shared machine. The smoke run
# tries only the plumbing: the bare window alone, with the count switched off
# (--instr-atstart=no), in a few seconds.
callgrind_series() {
  local who out cmd whos=(baseline app)
  if ! command -v valgrind >/dev/null; then
    echo "callgrind-unavailable" >>"$raw"
    return 0
  fi
  ((smoke)) && whos=(baseline)
  for who in "${whos[@]}"; do
    out="$work/callgrind.$who"
    case "$who" in
      app) cmd=("$app" --profile "$work/lock") ;;
      baseline) cmd=("$baseline") ;;
    esac
    QT_QPA_PLATFORM=offscreen DIT_BENCH_PROBE=first-frame valgrind --tool=callgrind \
      --callgrind-out-file="$out.out" "$( ((smoke)) && echo --instr-atstart=no || echo --instr-atstart=yes)" \
      "${cmd[@]}" >"$out.log" 2>&1 || { echo "bench: callgrind of $who failed (see $out.log)" >&2; return 1; }
    # "totals:" (the header's "summary:" stays 0 when the count is stopped by the program)
    echo "callgrind $who $(sed -n 's/^totals: *\([0-9]*\).*/\1/p' "$out.out" | tail -1)" >>"$raw"
  done
}
row_callgrind() {
  local a b r
  if grep -q '^callgrind-unavailable' "$raw"; then
    echo "| start to the lock screen's first frame, in instructions (callgrind) | not run: valgrind missing (scripts/install-deps.sh) | | | ≤ 1.3× | $( ((smoke)) && echo 'not run' || echo MISSING) |"
    return
  fi
  a=$(raw_field 3 callgrind app | head -1)
  b=$(raw_field 3 callgrind baseline | head -1)
  if ((smoke)); then
    echo "| start to the lock screen's first frame, in instructions (callgrind) | smoke: the app not run | the bare window run, count off: $(fmt "$b" 0) | – | ≤ 1.3× | smoke |"
    return
  fi
  r=$(div "$a" "$b")
  echo "| start to the lock screen's first frame, in instructions (callgrind, offscreen) | $(fmt "$(div "$a" 1e6)") million | $(fmt "$(div "$b" 1e6)") million | $(fmt "$r" 2)× | ≤ 1.3× | $(verdict "$r" '<=' 1.3) |"
}

# --- unlock on a slower core --------------------------------------------------------------
# A phone's core is slower than this machine's: a CPU quota (a cgroup's CFS bandwidth,
# cpu.cfs_quota_us of cpu.cfs_period_us in cgroup v1, cpu.max in v2) caps the process at a
# share of one core. In the group: the profile is made as the app makes one (the KDF's passes
# calibrated there, KdfCalibration), then unlocked as the lock page does; the raw lines keep
# the group's throttling count. Where no cgroup is writable the figure says why.
phone_cgroup_parent() { # prints "v1 DIR" or "v2 DIR", or a reason on stderr
  if [[ -w /sys/fs/cgroup/cpu/cgroup.procs && -w /sys/fs/cgroup/cpu ]]; then
    echo "v1 /sys/fs/cgroup/cpu"
  elif [[ -f /sys/fs/cgroup/cgroup.controllers && -w /sys/fs/cgroup ]] &&
    grep -qw cpu /sys/fs/cgroup/cgroup.subtree_control 2>/dev/null; then
    echo "v2 /sys/fs/cgroup"
  else
    echo "no writable cgroup with the cpu controller (cgroup v1 /sys/fs/cgroup/cpu or v2 cpu.max)" >&2
    return 1
  fi
}
phone_series() {
  local kind parent grp q i t reason
  if ! read -r kind parent < <(phone_cgroup_parent 2>"$work/phone.reason"); then
    reason=$(cat "$work/phone.reason")
    echo "phone-unavailable $reason" >>"$raw"
    return 0
  fi
  for q in "${phone_quotas[@]}"; do
    grp="$parent/dit-bench-phone-$$-$q"
    mkdir "$grp" || { echo "phone-unavailable could not make $grp" >>"$raw"; return 0; }
    # The quota caps the group at Q% of a core; the highest weight lets it have that much on
    # a machine loaded by other jobs (otherwise the load, not the quota, sets its speed), so
    # it runs as a core Q% as fast as this one would, whatever else is running.
    if [[ $kind == v1 ]]; then
      echo 100000 >"$grp/cpu.cfs_period_us" && echo $((q * 1000)) >"$grp/cpu.cfs_quota_us" &&
        echo 262144 >"$grp/cpu.shares"
    else
      echo "$((q * 1000)) 100000" >"$grp/cpu.max" && echo 10000 >"$grp/cpu.weight"
    fi
    # Each program moves itself into the group before it starts; what it spawns stays there.
    # shellcheck disable=SC2016 # $$ and $@ are the inner shell's
    in_group=(sh -c 'echo $$ >"$0/cgroup.procs" && exec "$@"' "$grp")
    "${in_group[@]}" "$build/bench/dit-bench-profile" "$work/phone$q" 16 "${kdf[@]}" <"$pass" |
      awk -v q="$q" '$1=="kdfpasses" {print "phonepasses", q, $2}' >>"$raw"
    t="$work/phone.$q"
    for ((i = 1; i <= runs; i++)); do
      QT_QPA_PLATFORM=offscreen DIT_BENCH_PROBE=unlock "${in_group[@]}" "$launch" --timeout 120 \
        --stdin "$pass" -- "$app" --profile "$work/phone$q" >"$t" 2>"$t.err" ||
        { echo "bench: a run under the quota failed (see $t.err)" >&2; rmdir "$grp"; return 1; }
      echo "phone $q $(value "$t" kdf ms) $(value "$t" opened ms) $(value "$t" unlock ms)" >>"$raw"
    done
    echo "phonethrottled $q $(awk '$1=="nr_periods" || $1=="nr_throttled" {printf "%s=%s ", $1, $2}' "$grp/cpu.stat")" >>"$raw"
    rmdir "$grp"
  done
}
row_phone() {
  local q kdf passes app
  if grep -q '^phone-unavailable' "$raw"; then
    echo "| unlock on a slower core (a CPU quota) | not run: $(sed -n 's/^phone-unavailable //p' "$raw" | head -1) | | | KDF 300–600 ms | not run |"
    return
  fi
  for q in "${phone_quotas[@]}"; do
    kdf=$(raw_field 3 phone "$q" | median)
    passes=$(awk -v q="$q" '$1=="phonepasses" && $2==q {print $3}' "$raw" | tail -1)
    app=$(awk -v q="$q" '$1=="phone" && $2==q {print $5-$4}' "$raw" | median)
    echo "| unlock on a slower core: a CPU quota of $q% of one core (cgroup CFS bandwidth), 16 weeks; profile made in the same quota | KDF alone $(ms_spread 3 phone "$q") at ${passes:-?} passes (calibrated under the quota); the app's part $(fmt "$app") ms; whole unlock $(ms_spread 5 phone "$q") | – | – | KDF 300–600 ms, passes ≥ 3 | KDF $(awk -v k="$kdf" -v p="${passes:-0}" 'BEGIN {print (k=="nan") ? "MISSING" : (k>=300 && k<=600) ? "in range" : (k>600 && p==3) ? "**above the range at the floor of 3 passes**" : "**out of range**"}') |"
  done
}

# --- pages after unlocking ------------------------------------------------------------------
page_series() { # PROFILE PAGE TAG
  local i t="$work/page.$3"
  for ((i = 1; i <= runs; i++)); do
    QT_QPA_PLATFORM=offscreen DIT_BENCH_PROBE=unlock DIT_BENCH_PAGE=$2 probe "$t" --stdin "$pass" -- "$app" --profile "$work/$1"
    echo "page $3 $(value "$t" page ms) $(value "$t" page-frame hwm_kb) $(value "$t" page-frame rss_kb)" >>"$raw"
  done
}
# Least squares through (x, y) pairs on stdin: "slope intercept r2".
linfit() { awk '{n++; sx+=$1; sy+=$2; sxx+=$1*$1; sxy+=$1*$2; syy+=$2*$2}
  END {d=n*sxx-sx*sx; e=n*syy-sy*sy; if (n<2 || d==0 || e==0) {print "nan nan nan"; exit}
       b=(n*sxy-sx*sy)/d; a=(sy-b*sx)/n; r=(n*sxy-sx*sy)/sqrt(d*e); print b, a, r*r}'; }
row_progress() {
  local first="${sizes[0]}" last="${sizes[${#sizes[@]}-1]}" a f grow fit w
  a=$(raw_field 3 page "nav$last" | median)
  f=$(raw_field 3 page "nav$first" | median)
  grow=$(div "$a" "$f")
  fit=$(for w in "${sizes[@]}"; do echo "$w $(raw_field 3 page "nav$w" | median)"; done | linfit)
  echo "| Progress page, first frame after navigation, $last weekly forms × 4 instruments | $(ms_spread 3 page "nav$last") | – | – | ≤ 100 ms | $(verdict "$a" '<=' 100) |"
  echo "| … how it grows from $first to $last weeks ($(div "$last" "$first" | xargs printf '%.0f')× the forms) | $(fmt "$grow" 1)× the time; $(awk -v f="$fit" 'BEGIN {split(f, v, " "); if (v[1]=="nan") print "MISSING"; else printf "%.1f ms per 100 weeks + %.0f ms, linear fit r² = %.3f", v[1]*100, v[2], v[3]}') | – | $(fmt "$(div "$grow" "$(div "$last" "$first")")" 2)× of linear | linear: ≤ 1.25× of linear | $(verdict "$(div "$grow" "$(div "$last" "$first")")" '<=' 1.25) |"
}
table_progress() {
  local w
  echo "Progress page by size (whole process, first frame after navigation; in-process: the core's"
  echo "reading and outcomes, and the view model's refresh() + chartSeries() as the page runs them):"
  echo
  echo "| weeks | responses | first frame after navigation | core (in-process) | view model (in-process) |"
  echo "|---|---|---|---|---|"
  for w in "${sizes[@]}"; do
    echo "| $w | $((w * 4)) | $(ms_spread 3 page "nav$w") | $(fmt "$(gb bench_progress "BM_ProgressCore/weeks:$w/real_time")" 2) ms | $(fmt "$(gb bench_progress "BM_ProgressViewModel/weeks:$w/real_time")" 2) ms |"
  done
}

# --- Google Benchmark ---------------------------------------------------------------------
gbench() { # NAME REPETITIONS
  # One run per family: the CSV reporter wants the same counters in every row of a run.
  local family args
  : >"$work/$1.csv"
  for family in $("$build/bench/$1" --benchmark_list_tests | cut -d/ -f1 | uniq); do
    args=(--benchmark_filter="^$family(/|\$)" --benchmark_out="$work/$1.$family.csv"
          --benchmark_out_format=csv --benchmark_repetitions="$2")
    if (($2 > 1)); then
      args+=(--benchmark_enable_random_interleaving=true --benchmark_report_aggregates_only=true)
    fi
    ((smoke)) && args+=(--benchmark_min_time=0.001)
    (cd "$work" && "$build/bench/$1" "${args[@]}")
    cat "$work/$1.$family.csv" >>"$work/$1.csv"
  done
}
# gb FILE NAME [COLUMN]: the median (or the single run) of a benchmark's column (real_time).
gb() {
  local col="${3:-real_time}"
  awk -F, -v name="$2" -v col="$col" '
    /^name,/ {delete c; for (i=1; i<=NF; i++) {h=$i; gsub(/"/, "", h); c[h]=i}; next}
    !c["name"] {next}
    {n=$1; gsub(/"/, "", n); if (n==name "_median" || n==name) v=$(c[col])}
    END {print (v=="" ? "nan" : v)}' "$work/$1.csv"
}
row_storage() {
  local a b r e p
  a=$(gb bench_storage BM_SaveAnswer/encrypted:1/real_time)
  b=$(gb bench_storage BM_SaveAnswer/encrypted:0/real_time)
  r=$(div "$a" "$b")
  echo "| saving one form answer (synchronous=FULL) | $(fmt "$a" 2) ms | $(fmt "$b" 2) ms unencrypted | $(fmt "$r" 2)× | ≤ 1.5× and ≤ 10 ms | $(verdict "$r" '<=' 1.5) and $(verdict "$a" '<=' 10) |"
  e=BM_Workload/encrypted:1/iterations:1/real_time p=BM_Workload/encrypted:0/iterations:1/real_time
  a=$(gb bench_storage $e)
  b=$(gb bench_storage $p)
  r=$(div "$a" "$b")
  echo "| storage workload: $(fmt "$(gb bench_storage $e responses)" 0) responses written, then history queries | $(fmt "$a" 0) ms (write $(fmt "$(gb bench_storage $e write_ms)" 0), queries $(fmt "$(gb bench_storage $e query_ms)" 0)) | $(fmt "$b" 0) ms unencrypted (write $(fmt "$(gb bench_storage $p write_ms)" 0), queries $(fmt "$(gb bench_storage $p query_ms)" 0)) | $(fmt "$r" 2)× | ≤ 1.6× | $(verdict "$r" '<=' 1.6) |"
}
table_unlock() {
  echo "Unlock in-process (Google Benchmark), and the whole-process cross-check:"
  echo
  echo "| | 16 weeks | $tenyears weeks |"
  echo "|---|---|---|"
  echo "| Argon2id alone ($(fmt "$(gb bench_unlock BM_Kdf/real_time ops)" 0) passes, $(fmt "$(gb bench_unlock BM_Kdf/real_time mem_mib)" 0) MiB) | $(fmt "$(gb bench_unlock BM_Kdf/real_time)") ms | |"
  echo "| Profile::unlock (passphrase) | $(fmt "$(gb bench_unlock BM_Unlock/weeks:16/real_time)") ms | $(fmt "$(gb bench_unlock "BM_Unlock/weeks:$tenyears/real_time")") ms |"
  echo "| the same without the KDF (keystore key) | $(fmt "$(gb bench_unlock BM_UnlockWithoutKdf/weeks:16/real_time)" 2) ms | $(fmt "$(gb bench_unlock "BM_UnlockWithoutKdf/weeks:$tenyears/real_time")" 2) ms |"
  echo "| whole process: passphrase to home frame, less the KDF timed alone (noisy: two ~0.5 s figures subtracted) | $(fmt "$(whole_less_kdf lock | median)") ms ($(whole_less_kdf lock | spread)) | $(fmt "$(whole_less_kdf tenyears | median)") ms ($(whole_less_kdf tenyears | spread)) |"
}

# --- therapist caseload -----------------------------------------------------------------
# A therapist's profile of N patients (demo::fillCaseload, each somewhere in a 16-session
# course; test KDF): the caseload is the therapist's home, so the unlock probe's home frame is
# the list's first frame; from the store being open to that frame is the app's part. The list
# model's build is timed in-process too (bench_caseload).
caseload_series() {
  local n i t="$work/caseload"
  for n in "${patients[@]}"; do
    for ((i = 1; i <= runs; i++)); do
      QT_QPA_PLATFORM=offscreen DIT_BENCH_PROBE=unlock probe "$t" --stdin "$pass" -- "$app" --profile "$work/case$n"
      echo "caseload $n $(value "$t" opened ms) $(value "$t" unlock ms) $(value "$t" home hwm_kb)" >>"$raw"
    done
  done
}
caseload_frame() { awk -v n="$1" '$1=="caseload" && $2==n {print $4-$3}' "$raw"; } # PATIENTS
row_caseload() {
  local n="${patients[${#patients[@]}-1]}" vm core frame
  vm=$(gb bench_caseload "BM_CaseloadViewModel/patients:$n/real_time")
  core=$(gb bench_caseload "BM_CaseloadCore/patients:$n/real_time")
  frame=$(caseload_frame "$n" | median)
  echo "| therapist caseload, $n patients (16-session courses): list ready, in-process (the list model's refresh, the core's rows included) | $(fmt "$vm") ms (the core's rows $(fmt "$core") ms); CPU time $(fmt "$(gb bench_caseload "BM_CaseloadViewModel/patients:$n/real_time" cpu_time)") ms | – | – | ≤ 100 ms | $(verdict "$vm" '<=' 100) |"
  echo "| … the caseload's first frame after unlocking (whole process: store open → first frame of the list) | $(fmt "$frame") ms ($(caseload_frame "$n" | spread)) | – | – | ≤ 100 ms | $(verdict "$frame" '<=' 100) |"
}
table_caseload() {
  local n
  echo "Caseload by size (in-process: caseload::caseloadRows + filterRows, and Caseload::refresh()"
  echo "as the list runs it; whole process: store open → the caseload's first frame, with peak memory):"
  echo
  echo "| patients | core's rows (in-process) | list model (in-process) | list model, CPU time | first frame after unlocking | peak memory |"
  echo "|---|---|---|---|---|---|"
  for n in "${patients[@]}"; do
    echo "| $n | $(fmt "$(gb bench_caseload "BM_CaseloadCore/patients:$n/real_time")" 2) ms | $(fmt "$(gb bench_caseload "BM_CaseloadViewModel/patients:$n/real_time")" 2) ms | $(fmt "$(gb bench_caseload "BM_CaseloadViewModel/patients:$n/real_time" cpu_time)" 2) ms | $(fmt "$(caseload_frame "$n" | median)") ms ($(caseload_frame "$n" | spread)) | $(mib "$(raw_field 5 caseload "$n" | median)") MiB |"
  done
}

# --- sync ---------------------------------------------------------------------------------
# A PouchDB Server (tests/sync-server, in memory) on 127.0.0.1; each run makes a new pair
# (dit-bench-sync setup: two profiles, N records on the patient's), pushes them (one sync pass
# of the patient's device, its own process), pulls them (the therapist's), then PouchDB's own
# replicator in Node copies that pair's database, the same documents, into a new database of
# the same server (bench/sync-baseline.js). Then a sync with nothing new on each device.
sync_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
sync_tool() { "$build/bench/dit-bench-sync" "$@"; }
sync_series() {
  local dir="$work/sync" port pid i t n="$sync_records" db url
  local server="$sync_root/tests/sync-server/node_modules/.bin/pouchdb-server"
  if [[ ! -x "$server" ]] || ! command -v node >/dev/null; then
    echo "bench: pouchdb-server or node missing (scripts/install-deps.sh installs them)" >&2
    echo "sync-unavailable" >>"$raw"
    return 0
  fi
  mkdir -p "$dir/server"
  port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
  url="http://127.0.0.1:$port"
  (cd "$dir/server" && exec "$server" --in-memory --host 127.0.0.1 --port "$port" >log.txt 2>&1) &
  pid=$!
  # Stopped by its pid however this ends (a failed run stops bench.sh: set -e).
  # shellcheck disable=SC2064 # the pid now, not when the trap runs
  trap "kill $pid 2>/dev/null || true" EXIT
  for ((i = 0; i < 100; i++)); do curl -sf "$url/" >/dev/null && break; sleep 0.2; done
  # The admin password: made here, kept in a file (never in an argument), mode 600.
  (umask 077 && head -c 18 /dev/urandom | base64 | tr -d '/+=' >"$dir/admin")
  printf '"%s"' "$(cat "$dir/admin")" | curl -sf -X PUT --data-binary @- "$url/_config/admins/admin" >/dev/null
  for ((i = 1; i <= sync_runs; i++)); do
    t="$dir/run$i"
    cat "$pass" "$dir/admin" | sync_tool setup "$t" "$url" "$n" >"$t.setup"
    db=$(sed -n 's/^setup db=\([^ ]*\).*/\1/p' "$t.setup")
    sync_tool sync "$t/patient" <"$pass" >"$t.push"
    sync_tool sync "$t/therapist" <"$pass" >"$t.pull"
    node "$sync_root/bench/sync-baseline.js" unbundle "$url" "$db" <"$dir/admin"
    node "$sync_root/bench/sync-baseline.js" "$url" "$db" "copy-$i" <"$dir/admin" >"$t.node"
    sync_tool sync "$t/therapist" <"$pass" >"$t.empty"
    echo "sync $n $(value "$t.push" sync ms) $(value "$t.push" sync hwm_kb) $(value "$t.pull" sync ms) $(value "$t.pull" sync hwm_kb) $(value "$t.node" baseline copy_ms) $(value "$t.node" baseline hwm_kb) $(value "$t.empty" sync round_trips) $(value "$t.node" baseline again_requests) $(value "$t.push" sync pushed) $(value "$t.pull" sync pulled) $(value "$t.node" baseline docs) $(value "$t.push" sync round_trips) $(value "$t.pull" sync round_trips) $(value "$t.node" baseline copy_requests)" >>"$raw"
  done
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  trap - EXIT
}
row_sync() {
  local n both r mem hwm empty
  if grep -q '^sync-unavailable' "$raw"; then
    # The smoke test runs without the sync server as the sync tests do; a real run may not.
    echo "| sync through PouchDB Server | not run: pouchdb-server or node missing (scripts/install-deps.sh) | | | ≥ 2× faster, ≤ 0.5× memory | $( ((smoke)) && echo 'not run' || echo MISSING) |"
    return
  fi
  n=$(raw_field 2 sync | head -1)
  [[ -n "$n" ]] || n=MISSING
  both=$(awk '$1=="sync" {print $3+$5}' "$raw" | median)
  # Per run: Node's time ÷ ours (push + pull), and our larger peak ÷ Node's peak.
  r=$(awk '$1=="sync" && $3+$5>0 {print $7/($3+$5)}' "$raw" | median)
  hwm=$(awk '$1=="sync" {print ($4>$6 ? $4 : $6)}' "$raw" | median)
  mem=$(div "$hwm" "$(raw_field 8 sync | median)")
  empty=$(raw_field 9 sync | median)
  echo "| sync: push and pull $(echo "$n" | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta') records through PouchDB Server (each device its own process) | $(fmt "$both") ms: push $(ms_spread 3 sync), pull $(ms_spread 5 sync) ($(raw_field 11 sync | median) pushed in $(raw_field 14 sync | median) round trips, $(raw_field 12 sync | median) pulled in $(raw_field 15 sync | median)); peak memory $(mib "$hwm") MiB | PouchDB's replicator (Node), the same documents between two databases of the same server: $(ms_spread 7 sync) ($(raw_field 13 sync | median) documents, $(raw_field 16 sync | median) requests); peak memory $(mib "$(raw_field 8 sync | median)") MiB | $(fmt "$r" 2)× as fast (Node's time ÷ ours); $(fmt "$mem" 2)× the memory | ≥ 2× faster, ≤ 0.5× memory | $(verdict "$r" '>=' 2) and $(verdict "$mem" '<=' 0.5) |"
  echo "| … a sync with nothing new | $(fmt "$empty" 0) round trips | PouchDB's replicator: $(fmt "$(raw_field 10 sync | median)" 0) HTTP requests | – | one round trip | $(verdict "$empty" '<=' 1) |"
}

# --- the report ---------------------------------------------------------------------------
write_report() { # OUT SECONDS
  local md="$work/results.md"
  {
    echo "<!-- Written by scripts/bench.sh; do not edit by hand. -->"
    echo "### Results of $(date -u '+%Y-%m-%d %H:%M UTC')$( ((smoke)) && echo ' (smoke run: sizes and runs too small to mean anything)')"
    echo
    echo "- Machine: $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo) memory, Linux $(uname -r); shared with other jobs while it ran"
    echo "- Qt $(qtpaths6 --qt-version 2>/dev/null || echo '?'), SQLCipher $(dpkg-query -W -f='${Version}' libsqlcipher-dev 2>/dev/null || echo '?'), libsodium $(dpkg-query -W -f='${Version}' libsodium-dev 2>/dev/null || echo '?'), Google Benchmark $(dpkg-query -W -f='${Version}' libbenchmark-dev 2>/dev/null || echo '?'); build: $(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$build/CMakeCache.txt"), $(sed -n 's/^CMAKE_CXX_COMPILER:[A-Z]*=//p' "$build/CMakeCache.txt" | xargs basename)"
    echo "- Data on $(stat -f -c %T "$work") (fsync is real), load average before and after: $load_before / $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "- Whole-process figures: $runs runs each, the programs alternated; medians, min–max in brackets. In-process: Google Benchmark, $reps repetitions interleaved at random, medians. The whole run took $2 s."
    echo
    echo "| figure | measured | baseline (same run) | ratio | target | |"
    echo "|---|---|---|---|---|---|"
    row_startup
    row_callgrind
    row_unlock
    row_phone
    row_storage
    row_progress
    row_caseload
    row_sync
    echo
    table_progress
    echo
    table_caseload
    echo
    table_unlock
    echo
    echo "<details><summary>Raw whole-process figures</summary>"
    echo
    echo '```'
    raw_legend
    cat "$raw"
    echo '```'
    echo "</details>"
  } >"$md"
  if grep -q MISSING "$md"; then
    echo "bench: some figures are missing from the report:" >&2
    grep MISSING "$md" >&2
    return 1
  fi
  splice "$1" "$md"
}
raw_legend() {
  echo "# startup PLATFORM WHO start_ms hwm_kb maxrss_kb run | unlock PROFILE kdf_ms opened_ms unlock_ms hwm_kb | page TAG page_ms hwm_kb rss_kb"
  echo "# caseload PATIENTS opened_ms frame_ms hwm_kb | sync RECORDS push_ms push_hwm_kb pull_ms pull_hwm_kb node_ms node_hwm_kb empty_round_trips node_empty_requests pushed pulled node_docs push_round_trips pull_round_trips node_requests"
  echo "# callgrind WHO instructions | phone QUOTA_PERCENT kdf_ms opened_ms unlock_ms | phonepasses QUOTA_PERCENT passes | phonethrottled QUOTA_PERCENT (the group's CFS periods) | kdfpasses PROFILE passes"
}

# The figures of `bench.sh --only` alone, between their own markers.
write_only_report() { # OUT SECONDS
  local md="$work/results.md"
  {
    echo "<!-- Written by scripts/bench.sh --only $only; do not edit by hand. -->"
    echo "### Results of $(date -u '+%Y-%m-%d %H:%M UTC'): $only, run alone (\`scripts/bench.sh --only $only\`)"
    echo
    echo "- Machine as above; load average before and after: $load_before / $(cut -d' ' -f1-3 /proc/loadavg); the run took $2 s"
    echo "- Whole-process figures: $runs runs$(want sync && echo " (sync: $sync_runs, each with a new pair)"), medians, min–max in brackets; in-process: Google Benchmark, $reps repetitions interleaved at random, medians"
    echo
    echo "| figure | measured | baseline (same run) | ratio | target | |"
    echo "|---|---|---|---|---|---|"
    if want startup || want memory; then row_startup; fi
    if want callgrind; then row_callgrind; fi
    if want unlock; then row_unlock; fi
    if want phone; then row_phone; fi
    if want progress; then row_progress; fi
    if want caseload; then row_caseload; fi
    if want sync; then row_sync; fi
    if want progress; then echo; table_progress; fi
    if want caseload; then echo; table_caseload; fi
    if want unlock; then echo; table_unlock; fi
    echo
    echo "<details><summary>Raw whole-process figures</summary>"
    echo
    echo '```'
    raw_legend
    cat "$raw"
    echo '```'
    echo "</details>"
  } >"$md"
  if grep -q MISSING "$md"; then
    echo "bench: some figures are missing from the report:" >&2
    grep MISSING "$md" >&2
    return 1
  fi
  # Both figures between the "only" markers; one alone between its own ("only-sync"), so
  # that measuring it again leaves the other's figures in the doc; any other set (the front
  # end's figures) between "only-ui".
  local tag=only-ui
  case "$only" in
    caseload,sync | sync,caseload) tag=only ;;
    caseload | sync) tag="only-$only" ;;
  esac
  if [[ -f "$1" ]] && ! grep -qF "<!-- bench:$tag:begin -->" "$1"; then
    echo "bench: $1 has no bench:$tag markers; the results are in $md" >&2
    return 1
  fi
  splice "$1" "$md" "$tag"
}

# Puts the results between the markers of docs/PERFORMANCE.md (bench:results, or
# bench:TAG), or writes them whole to a file without markers.
splice() { # OUT RESULTS [TAG]
  local begin="<!-- bench:${3:-results}:begin -->" end="<!-- bench:${3:-results}:end -->"
  if [[ -f "$1" ]] && grep -qF "$begin" "$1"; then
    awk -v b="$begin" -v e="$end" -v f="$2" '
      $0==b {print; while ((getline l < f) > 0) print l; skip=1; next}
      $0==e {skip=0}
      !skip {print}' "$1" >"$1.new" && mv "$1.new" "$1"
  else
    cp "$2" "$1"
  fi
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  "$@"
fi
