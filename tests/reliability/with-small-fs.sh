#!/usr/bin/env bash
# Runs a command with a small, real file system (a tmpfs of SIZE) mounted on a private folder
# named in DIT_SMALL_FS, inside a new user and mount namespace: no root needed, and nothing
# outside the command sees it. Where the machine does not allow that, it says why and exits 77,
# which CTest reports as "skipped", never as passed.
# Usage: with-small-fs.sh SIZE COMMAND [ARGS...]      e.g. with-small-fs.sh 4m tst_diskfull
set -u
size="${1:?size, e.g. 4m}"
shift
dir="$(mktemp -d)"
trap 'rmdir "$dir" 2>/dev/null || true' EXIT
if ! why="$(unshare --user --map-root-user --mount sh -c "mount -t tmpfs -o size=$size tmpfs '$dir'" 2>&1)"; then
  echo "with-small-fs: this machine does not allow a private small file system (unshare --user --mount, then mount -t tmpfs), so the disk-full tests cannot run here: ${why:-unshare failed}" >&2
  exit 77
fi
DIT_SMALL_FS="$dir" unshare --user --map-root-user --mount \
  sh -c 'mount -t tmpfs -o size="$0" tmpfs "$DIT_SMALL_FS" && exec "$@"' "$size" "$@"
