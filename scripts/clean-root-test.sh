#!/usr/bin/env bash
# Proves the Debian package on a clean system: a fresh Debian 12 root (debootstrap, minbase,
# kept under build/clean-root/base and copied anew for every run), the package installed
# there with apt and nothing but its declared dependencies, then, inside the root as an
# ordinary user: dit-companion --self-test (offscreen), ditc --version, ditc init and check
# with the passphrase on standard input. Needs root (it uses sudo otherwise) and the
# Debian mirror. Takes minutes: it is not in the test command (docs/PLATFORMS.md).
# Usage: scripts/clean-root-test.sh [PACKAGE.deb]   (default: the newest in build/package/)
# DIT_DEBIAN_MIRROR overrides the mirror (default http://deb.debian.org/debian).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [[ "$(id -u)" -ne 0 ]]; then exec sudo -E "$0" "$@"; fi

deb="${1:-$(ls -t "$root"/build/package/dit-companion_*.deb 2>/dev/null | head -n1 || true)}"
if [[ -z "$deb" || ! -f "$deb" ]]; then
  echo "clean-root-test: no package; make one with scripts/package.sh" >&2
  exit 2
fi
mirror="${DIT_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
cache="$root/build/clean-root"
base="$cache/base"
run="$cache/run"
started=$SECONDS
step() { echo "clean-root-test: [$((SECONDS - started)) s] $*"; }

for tool in debootstrap chroot; do
  command -v "$tool" >/dev/null || { echo "clean-root-test: needs $tool (scripts/install-deps.sh)" >&2; exit 2; }
done
mkdir -p "$cache"
if [[ ! -x "$base/bin/sh" ]]; then
  step "making a Debian 12 root in $base (once; later runs reuse it)"
  rm -rf "$base.tmp"
  debootstrap --variant=minbase bookworm "$base.tmp" "$mirror" >"$cache/debootstrap.log" 2>&1 ||
    { echo "clean-root-test: debootstrap failed, see $cache/debootstrap.log" >&2; exit 1; }
  mv "$base.tmp" "$base"
fi

cleanup() {
  mountpoint -q "$run/proc" && umount "$run/proc"
  mountpoint -q "$run/dev" && umount "$run/dev"
  return 0
}
trap cleanup EXIT
cleanup
rm -rf "$run"
step "copying the clean root"
cp -a "$base" "$run"
mount -t proc proc "$run/proc"
mount --bind /dev "$run/dev"
cp /etc/resolv.conf "$run/etc/resolv.conf"
cp "$deb" "$run/tmp/"
in_root() { chroot "$run" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 "$@"; }

step "installing $(basename "$deb") and its dependencies with apt"
before="$(in_root dpkg-query -W -f='${Package}\n' | wc -l)"
in_root apt-get update -qq
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
  "/tmp/$(basename "$deb")" >"$cache/apt.log" 2>&1 ||
  { tail -n 30 "$cache/apt.log"; echo "clean-root-test: apt could not install the package" >&2; exit 1; }
after="$(in_root dpkg-query -W -f='${Package}\n' | wc -l)"
step "installed: dit-companion and $((after - before - 1)) dependencies"

# An ordinary user, as a person would run it.
mkdir -p "$run/home/person"
chown 1000:1000 "$run/home/person"
as_person() {
  chroot --userspec=1000:1000 "$run" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/home/person \
    LANG=C.UTF-8 XDG_RUNTIME_DIR=/tmp QT_QPA_PLATFORM=offscreen "$@"
}
fail=0
check() {
  local what="$1"; shift
  if out="$("$@" 2>&1)"; then
    step "ok: $what"
  else
    step "FAIL: $what"; echo "$out" | tail -n 20; fail=1
  fi
}
check "dit-companion --self-test" as_person dit-companion --self-test
check "ditc --version: $(as_person ditc --version 2>&1 | head -n1)" as_person ditc --version
check "ditc init (passphrase on stdin)" as_person sh -c \
  "printf 'clean root words\nclean root words\n' | ditc --profile /home/person/p init"
check "ditc check" as_person sh -c "printf 'clean root words\n' | ditc --profile /home/person/p check"
for f in /usr/share/applications/org.ditcompanion.DitCompanion.desktop \
         /usr/share/metainfo/org.ditcompanion.DitCompanion.metainfo.xml \
         /usr/share/icons/hicolor/48x48/apps/org.ditcompanion.DitCompanion.png \
         /usr/share/man/man1/ditc.1.gz; do
  check "installed $f" test -s "$run$f"
done

if ((fail == 0)); then
  cleanup
  rm -rf "$run"
  step "passed"
else
  step "failed; the root is left in $run to look at"
fi
exit "$fail"
