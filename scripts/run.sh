#!/usr/bin/env bash
# Installs what is missing, builds the app, and starts it. Arguments are passed to the app,
# e.g. scripts/run.sh --demo
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

"$root/scripts/install-deps.sh"
cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc)"

app="$root/build/release/app/gui/dit-companion"
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
  cat <<MSG
There is no display here to open the DIT Companion window on.
The app is built: $app
To see it without a display, render a page to an image, for example:
  $app --demo --screenshot home.png --size 412x915
  $app --demo --page crisis --screenshot crisis.png --size 1280x800
Or run it in a virtual display:  xvfb-run -a $app --demo
MSG
  exit 0
fi
exec "$app" "$@"
