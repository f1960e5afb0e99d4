#!/usr/bin/env bash
# Set up (first time only) and open Community Desk on its embedded default database.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$here/scripts/bootstrap.sh"
# ui is the program's entry point (app/ holds no window); without a screen it says how to run instead.
exec "$here/.venv/bin/python" -m ui "$@"
