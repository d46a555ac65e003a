#!/usr/bin/env bash
# Installs the local sync test server (PouchDB Server, tests/sync-server/package.json) with
# npm, only when it is missing. Idempotent: a second run installs nothing and says so.
# Development and tests only; production uses Apache CouchDB 3.x (docs/SYNC.md).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
dir="$(dirname "$here")/tests/sync-server"

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "install-sync-server: node and npm are missing (install-deps.sh installs them)" >&2
  exit 1
fi
if [[ -x "$dir/node_modules/.bin/pouchdb-server" ]]; then
  echo "install-sync-server: pouchdb-server already installed in tests/sync-server"
  exit 0
fi
echo "install-sync-server: installing pouchdb-server (npm ci, tests/sync-server; about 40 MB)"
# Without the optional on-disk adapters (leveldown, sqlite3): the tests and benchmarks run the
# server --in-memory, and sqlite3 would otherwise be compiled from source (minutes of CPU).
(cd "$dir" && npm ci --omit=optional --no-audit --no-fund --loglevel=error)
