#!/usr/bin/env bash
# The newest Debian package scripts/package.sh made: every installed file is in it under
# /usr, nothing else outside /usr, its dependencies were computed (shlibdeps) and name the
# QML modules, not the sync server, and it is a release build (no test-only commands).
# Exit 77 (skipped) when no package has been made.
# Usage: check-deb.sh PACKAGE_DIR QML_PACKAGE...
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
dir="$1"; shift
deb="$(ls -t "$dir"/dit-companion_*.deb 2>/dev/null | head -n1 || true)"
if [[ -z "$deb" ]]; then
  echo "SKIP: no package in $dir (make one with scripts/package.sh)"
  exit 77
fi
fail=0
contents="$(dpkg-deb -c "$deb" | awk '{print $6}')"
while read -r path; do
  [[ -z "$path" || "$path" == \#* ]] && continue
  grep -qxF "./usr/$path" <<<"$contents" || { echo "FAIL: $path is not in the package"; fail=1; }
done <"$here/installed-files.txt"
if grep -v '^\./$' <<<"$contents" | grep -v '^\./usr/' | grep -q .; then
  echo "FAIL: files outside /usr:"; grep -v '^\./$' <<<"$contents" | grep -v '^\./usr/'; fail=1
fi
depends="$(dpkg-deb -f "$deb" Depends)"
for p in libc6 libqt6core6 libsqlcipher0 libsodium23 "$@"; do
  grep -qE "(^|, )$p( |,|$)" <<<"$depends" || { echo "FAIL: Depends lacks $p"; fail=1; }
done
if grep -qiE "nodejs|npm|pouchdb|couchdb" <<<"$depends"; then
  echo "FAIL: the sync server is a dependency: $depends"; fail=1
fi
x="$(mktemp -d)"; trap 'rm -rf "$x"' EXIT
dpkg-deb -x "$deb" "$x"
if grep -qa "stress-write" "$x/usr/bin/ditc"; then
  echo "FAIL: $(basename "$deb") has test-only commands: not a release build"; fail=1
fi
((fail == 0)) && echo "ok: $(basename "$deb") ($(wc -l <<<"$contents") entries)"
exit "$fail"
