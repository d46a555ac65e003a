#!/usr/bin/env bash
# Installs the Debian packages DIT Companion needs, only those missing.
# Idempotent: a second run installs nothing and says so.
# Usage: scripts/install-deps.sh [--with-bench]
# Also installs the local sync test server (npm pouchdb-server, tests/sync-server) when
# it is missing, so the sync tests run (they are skipped, saying why, without it).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"

# Build toolchain and libraries (docs/DEVELOPING.md).
packages=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-declarative-dev qt6-declarative-dev-tools
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
  qtkeychain-qt6-dev libsqlcipher-dev libsodium-dev libqrencode-dev
  qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
  qml6-module-qtquick-window qml6-module-qtquick-templates qml6-module-qtqml
  qml6-module-qtqml-models qml6-module-qtqml-workerscript
  qml6-module-qttest qml6-module-qt-labs-settings qml6-module-qtquick-dialogs
  qml6-module-qtcore qml6-module-qtquick-shapes
  # the file chooser (Qt Quick Dialogs' own FileDialog lists folders with it; without it the
  # app crashes when "Choose…" is pressed): proven by the self-test (app_self_test*)
  qml6-module-qt-labs-folderlistmodel
  # scanning the pairing QR code on the patient's phone (camera, decoder, VideoOutput)
  qt6-multimedia-dev libzxing-dev qml6-module-qtmultimedia
  # the camera on desktop Linux (Qt 6.4 reads it through GStreamer: v4l2src, videoconvert)
  gstreamer1.0-plugins-base gstreamer1.0-plugins-good
  fonts-dejavu-core
  # the goodbye letter's book serif and the UI face, embedded at build time
  # (documents/fonts/README.md, ui/design/fonts/README.md)
  fonts-sil-charis fonts-inter
  # headless runs, keystore tests, PDF checks
  xvfb xauth dbus dbus-x11 gnome-keyring libsecret-1-0 libsecret-tools poppler-utils
  # quality tools and sanitizers / fuzzing
  clang clang-format clang-tidy libclang-rt-14-dev
  # the linker (lld links the many test programs several times faster than ld.bfd)
  lld
  # benchmarks (valgrind: scripts/bench.sh counts start-up's instructions with callgrind)
  libbenchmark-dev valgrind
  # the screenshot gallery (pngquant, optipng) and the pseudo-translation (python3)
  pngquant optipng python3
  # packaging (packaging/, docs/PLATFORMS.md): icon PNGs, validators, man pages, the clean
  # Debian root scripts/clean-root-test.sh installs the package into
  librsvg2-bin desktop-file-utils appstream man-db file dpkg-dev debootstrap
  # local sync test server runtime
  nodejs npm
)

missing=()
for p in "${packages[@]}"; do
  status="$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)"
  if [[ "$status" != "install ok installed" ]]; then
    missing+=("$p")
  fi
done

# Node may come from outside Debian on developer machines; accept any node>=18 with npm.
if command -v node >/dev/null && command -v npm >/dev/null; then
  filtered=()
  for p in "${missing[@]}"; do
    [[ "$p" == nodejs || "$p" == npm ]] || filtered+=("$p")
  done
  missing=("${filtered[@]+"${filtered[@]}"}")
fi

if ((${#missing[@]})); then
  echo "install-deps: installing ${#missing[@]} Debian package(s): ${missing[*]}"
  sudo_cmd=()
  [[ "$(id -u)" -ne 0 ]] && sudo_cmd=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "install-deps: all Debian packages already installed"
fi

# --with-sync is accepted for older scripts; the sync server is always installed.
"$here/install-sync-server.sh"

