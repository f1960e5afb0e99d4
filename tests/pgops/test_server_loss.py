"""Losing the server mid-shift (issue 13 item 6): a clear message, reconnecting by itself, and the cashier always
told whether a sale was saved — tested by stopping and starting a real PostgreSQL server during a run of sales."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from sqlalchemy import event, select, text

from app.canteen import outcome, service
from app.canteen.service import SaleRequest
from app.database import problem_message
from db.engine import Database
from db.errors import DatabaseProblem
from db.models.canteen import MealTicket

ROOT = Path(__file__).resolve().parents[2]
LUNCH = dt.datetime(2026, 11, 30, 11, 30)
GUEST = SaleRequest(None, "lunch", 1, "cash", tendered_fen=2000)


def _numbers(url: str) -> list[str]:
    db = Database(url)
    try:
        with db.read() as s:
            return list(s.scalars(select(MealTicket.number).order_by(MealTicket.number)))
    finally:
        db.dispose()


def test_server_stopped_and_started_during_a_run_of_sales(pg_server, pg_url):
    """A till sells in its own process; the server stops (every connection cut) and starts again. Each attempt
    ends as saved or not saved (never an unexplained crash), the till reconnects by itself, and exactly the
    sales it called saved are in the database, with numbers still gapless."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    lines: list[str] = []
    with subprocess.Popen(
        [sys.executable, "-m", "tests.pgops.sales_worker", pg_url, "20", "3000"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    ) as worker:  # fmt: skip
        try:
            assert worker.stdout is not None
            stopped = restarted = False
            failures_seen = 0
            for line in worker.stdout:
                lines.append(line.strip())
                saved = sum(1 for entry in lines if entry.startswith(("saved", "checked")))
                if not stopped and saved >= 20:
                    pg_server.stop("fast")  # a restart: the server ends every session, then is away
                    stopped = True
                if stopped and not restarted and line.startswith(("not_saved", "in_doubt")):
                    failures_seen += 1
                    if failures_seen >= 3:
                        pg_server.start()
                        restarted = True
            _out, err = worker.communicate(timeout=120)
            assert worker.returncode == 0, err
        finally:
            if worker.poll() is None:
                worker.kill()
            if not (pg_server.data / "postmaster.pid").exists():
                pg_server.start()
    outcomes = [entry.split(" ", 1) for entry in lines[1:]]
    assert {kind for kind, _ in outcomes} <= {
        "saved", "checked", "not_saved", "in_doubt", "resolved_saved", "resolved_not_saved"
    }, lines  # fmt: skip
    doubts = [rest for kind, rest in outcomes if kind == "in_doubt"]
    resolved = [rest for kind, rest in outcomes if kind.startswith("resolved_")]
    assert doubts == resolved, lines  # every sale in doubt was found out as soon as the server answered
    said_saved = [rest for kind, rest in outcomes if kind in ("saved", "checked", "resolved_saved")]
    not_saved = [rest for kind, rest in outcomes if kind == "not_saved"]
    assert len(not_saved) + len(doubts) >= 3, lines
    assert all(m.startswith("NOT saved") for m in not_saved), not_saved
    assert not not_saved or any("cannot be reached" in m or "was lost" in m for m in not_saved), not_saved
    last_trouble = max(
        i for i, (kind, _) in enumerate(outcomes) if kind in ("not_saved", "in_doubt", "resolved_not_saved")
    )
    after = [kind for kind, _ in outcomes[last_trouble + 1 :] if not kind.startswith("resolved_")]
    assert len(after) >= 20 and all(kind == "saved" for kind in after)  # reconnected by itself
    assert _numbers(pg_url) == sorted(said_saved)
    assert [int(n.rsplit("-", 1)[1]) for n in sorted(said_saved)] == list(range(1, len(said_saved) + 1))


def _once(fn):
    """An event listener that acts on the first call only."""
    calls: list[int] = []

    def wrapper(*args):
        if not calls:
            calls.append(1)
            fn(*args)

    return wrapper


def _kill_own_backend(pg_server, connection) -> None:
    """Cut this connection from the server side (what a restart or a dropped link does to it)."""
    pid = connection.exec_driver_sql("SELECT pg_backend_pid()").scalar()
    pg_server.sql(f"SELECT pg_terminate_backend({pid})")


@pytest.fixture
def till(pg_url, admin_pg, frozen):
    frozen(LUNCH)
    db = Database(pg_url)
    yield db
    db.dispose()


@pytest.fixture
def admin_pg(pg_url):
    from app.accounts.service import actor_for

    db = Database(pg_url)
    try:
        return actor_for(db, 1)
    finally:
        db.dispose()


def test_connection_cut_before_the_commit_reaches_the_server_says_not_saved(pg_server, till, admin_pg):
    @_once
    def cut(conn):
        _kill_own_backend(pg_server, conn)

    event.listen(till.engine, "commit", cut)  # runs just before COMMIT is sent
    with pytest.raises(outcome.SaleNotSaved) as caught:
        service.sell(till, admin_pg, GUEST)
    assert "NOT saved" in caught.value.message and "-L-0001" in caught.value.message
    assert _numbers(till.url) == []
    again = service.sell(till, admin_pg, GUEST)  # reconnects by itself; the number was given back
    assert again.number.endswith("-L-0001") and not again.checked_after_loss


def test_connection_cut_after_the_server_committed_says_saved(pg_server, till, admin_pg):
    @_once
    def commit_then_cut(conn):
        conn.connection.dbapi_connection.commit()  # the server has it …
        _kill_own_backend(pg_server, conn)  # … and the answer is lost

    event.listen(till.engine, "commit", commit_then_cut)
    result = service.sell(till, admin_pg, GUEST)
    assert result.checked_after_loss and result.number.endswith("-L-0001")
    assert _numbers(till.url) == [result.number]


def test_server_away_while_saving_is_not_known_until_it_is_back(pg_server, till, admin_pg, monkeypatch):
    """The server goes away during the commit and stays away: the cashier is told it is not known yet (not to
    sell again); once the server is back, the look-up says which."""
    real_settle = outcome.settle
    monkeypatch.setattr(outcome, "settle", lambda db, attempt: real_settle(db, attempt, attempts=2, pause_s=0.1))

    @_once
    def stop_server(conn):
        pg_server.stop("immediate")

    event.listen(till.engine, "commit", stop_server)
    try:
        with pytest.raises(outcome.SaleInDoubt) as caught:
            service.sell(till, admin_pg, GUEST)
        assert "NOT KNOWN YET" in caught.value.message and "Do not sell it again" in caught.value.message
        with pytest.raises(DatabaseProblem):
            outcome.sale_saved(till, caught.value.attempt)
    finally:
        pg_server.start()
    assert outcome.sale_saved(till, caught.value.attempt) is None
    assert _numbers(till.url) == []


def test_reads_reconnect_by_themselves_after_a_restart(pg_server, pg_url):
    db = Database(pg_url)
    try:
        with db.read() as s:
            assert s.execute(text("SELECT 1")).scalar() == 1
        pg_server.stop("fast")
        with pytest.raises(DatabaseProblem) as caught:
            with db.read() as s:
                s.execute(text("SELECT 1"))
        assert caught.value.kind == DatabaseProblem.UNREACHABLE
        assert "cannot be reached" in problem_message(caught.value)
        threading.Timer(0.5, pg_server.start).start()
        assert db.read_retrying(lambda s: s.execute(text("SELECT 2")).scalar(), attempts=20, pause_s=0.5) == 2
    finally:
        if not (pg_server.data / "postmaster.pid").exists():
            pg_server.start()
        db.dispose()


def test_a_query_cut_mid_way_is_a_lost_connection_with_a_clear_message(pg_server, pg_url):
    db = Database(pg_url)
    try:
        with pytest.raises(DatabaseProblem) as caught:
            with db.read() as s:
                _kill_own_backend(pg_server, s.connection())
                s.execute(text("SELECT 1"))
        assert caught.value.kind == DatabaseProblem.CONNECTION_LOST and not caught.value.in_doubt
        message = problem_message(caught.value)
        assert "connection to the database server was lost" in message and "Nothing from this step" in message
        with db.read() as s:  # the next action reconnects
            assert s.execute(text("SELECT 3")).scalar() == 3
    finally:
        db.dispose()
