#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with an unlocked GNOME keyring, in a
# throwaway HOME, so keystore tests never touch a real keyring (docs/DEVELOPING.md).
set -euo pipefail
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp" XDG_RUNTIME_DIR="$tmp/run" XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config"
mkdir -p -m 700 "$XDG_RUNTIME_DIR"
exec dbus-run-session -- bash -c '
  printf "test-keyring-password" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  for i in $(seq 50); do
    busctl --user status org.freedesktop.secrets >/dev/null 2>&1 && break
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
      org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q true && break
    sleep 0.1
  done
  exec "$@"' keyring "$@" 2> >(grep -v "Failed to set fd limit" >&2)
