#!/usr/bin/env bash
# Set up (first time only) and run the whole test suite.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$here/scripts/bootstrap.sh"
cd "$here"
exec .venv/bin/python -m pytest "$@"
