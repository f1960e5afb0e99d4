#!/usr/bin/env bash
# Set up (first time only) and run the whole test suite twice: on SQLite, then on a real PostgreSQL server that the
# test set-up starts itself on the loopback (tests/pgserver.py; COMMUNITY_DESK_TEST_PG_URL uses an existing one).
# Each run spreads the tests over every core with pytest-xdist (one pytest worker per core, each with its own
# template database and, on PostgreSQL, its own server); COMMUNITY_DESK_TEST_WORKERS=N sets the number of workers
# (0: no workers, everything in one process). Fails when either run fails, and prints each run's exit code, time
# and test counts. Arguments go to both pytest runs; COMMUNITY_DESK_TEST_BACKENDS="sqlite" runs one.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$here/scripts/bootstrap.sh"
cd "$here"
# Every worker and every process a test starts (a second workstation, the command line) imports the whole app:
# keep the compiled modules (git ignores __pycache__) instead of compiling them again each time.
unset PYTHONDONTWRITEBYTECODE
workers="${COMMUNITY_DESK_TEST_WORKERS:-auto}"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
status=0
summary=()
for backend in ${COMMUNITY_DESK_TEST_BACKENDS:-sqlite postgresql}; do
    echo "=== the test suite on $backend ==="
    started=$SECONDS
    code=0
    COMMUNITY_DESK_TEST_BACKEND="$backend" .venv/bin/python -m pytest -n "$workers" "$@" 2>&1 | tee "$log" || code=$?
    # pytest's last line: "1760 passed, 4 skipped in 301.2s (0:05:01)" (or "no tests ran").
    counts="$(grep -E '(passed|failed|errors?|skipped|xfailed|xpassed|deselected|no tests ran)' "$log" | tail -n 1 \
        | sed -E 's/^=+ //; s/ =+$//; s/ in [0-9.]+s.*$//')"
    summary+=("$backend: exit $code in $((SECONDS - started)) s: ${counts:-no summary line}")
    if [ "$code" -ne 0 ]; then status=1; fi
done
printf '%s\n' "${summary[@]}"
exit $status
