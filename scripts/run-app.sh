#!/usr/bin/env bash
# Set up (first time only) and open Community Desk on its embedded default database.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$here/scripts/bootstrap.sh"
exec "$here/.venv/bin/python" -m app "$@"
