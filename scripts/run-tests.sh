#!/usr/bin/env bash
# Set up (first time only) and run the whole test suite twice: on SQLite, then on a real PostgreSQL server that the
# test set-up starts itself on the loopback (tests/pgserver.py; COMMUNITY_DESK_TEST_PG_URL uses an existing one).
# Fails when either run fails. Arguments go to both pytest runs; COMMUNITY_DESK_TEST_BACKENDS="sqlite" runs one.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$here/scripts/bootstrap.sh"
cd "$here"
status=0
summary=()
for backend in ${COMMUNITY_DESK_TEST_BACKENDS:-sqlite postgresql}; do
    echo "=== the test suite on $backend ==="
    started=$SECONDS
    code=0
    COMMUNITY_DESK_TEST_BACKEND="$backend" .venv/bin/python -m pytest "$@" || code=$?
    summary+=("$backend: exit $code in $((SECONDS - started)) s")
    if [ "$code" -ne 0 ]; then status=1; fi
done
printf '%s\n' "${summary[@]}"
exit $status
