#!/usr/bin/env bash
# Makes the Debian package: a release build, then CPack (packaging/DebianPackage.cmake) with
# dpkg-shlibdeps computing the shared libraries' packages. The .deb goes to build/package/.
# Usage: scripts/package.sh        (prints the package's path on its last line)
# Then: scripts/clean-root-test.sh installs it on a clean Debian 12 (docs/PLATFORMS.md).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

"$root/scripts/install-deps.sh" >/dev/null
cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc)"

out="$root/build/package"
mkdir -p "$out"
rm -f "$out"/dit-companion_*.deb
(cd build/release && cpack -G DEB -B "$out" >/dev/null)
rm -rf "$out/_CPack_Packages"
deb="$(ls "$out"/dit-companion_*.deb)"
echo "package.sh: $(dpkg-deb -f "$deb" Package Version Architecture | paste -sd' ')," \
  "$(du -h "$deb" | cut -f1); depends on: $(dpkg-deb -f "$deb" Depends)"
echo "$deb"
