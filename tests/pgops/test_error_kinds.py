"""db/errors.py: the driver's errors that say the way to the server failed are known kinds; everything else
(a missing table, a constraint) stays a bug for the crash dialog. No server needed."""

from __future__ import annotations

import pytest

psycopg = pytest.importorskip("psycopg")

from db.errors import DatabaseProblem, classify_operational_error  # noqa: E402


@pytest.mark.parametrize(
    "error, kind",
    [
        (psycopg.OperationalError('connection failed: connection to server at "10.0.0.5", port 5432 failed: '
                                  "Connection refused"), DatabaseProblem.UNREACHABLE),
        (psycopg.OperationalError("connection failed: connection timeout expired"), DatabaseProblem.UNREACHABLE),
        (psycopg.OperationalError('connection failed: FATAL:  password authentication failed for user "desk"'),
         DatabaseProblem.LOGIN_FAILED),
        (psycopg.OperationalError('connection failed: FATAL:  database "centre" does not exist'),
         DatabaseProblem.NO_SUCH_DATABASE),
        (psycopg.errors.AdminShutdown("terminating connection due to administrator command"),
         DatabaseProblem.CONNECTION_LOST),
        (psycopg.OperationalError("consuming input failed: server closed the connection unexpectedly"),
         DatabaseProblem.CONNECTION_LOST),
        (psycopg.errors.UndefinedTable('relation "residents" does not exist'), None),
        (psycopg.errors.UniqueViolation("duplicate key value violates unique constraint"), None),
        (ValueError("connection refused"), None),
    ],
)  # fmt: skip
def test_classify(error, kind):
    assert classify_operational_error(error) == kind
