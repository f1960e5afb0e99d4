"""Crash safety: a worker writing across every counter is killed with SIGKILL at random moments; the database
must stay sound, hold everything the worker saw committed, and hold no partial record. Two processes writing
at once both succeed (WAL and the busy timeout queue them)."""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tests.backends import sqlite_only
from tests.safety import checks

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 12
SEED = 20261130

pytestmark = [
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL"),
    sqlite_only("the checks open the killed writer's SQLite file with the sqlite3 module"),
]


def make_world(db, admin) -> dict[str, int]:
    """What the worker's operations need: a request category and department, an after-school program, a post."""
    from app.childcare import service as childcare
    from app.requests import service as requests
    from app.volunteers import roster

    department = requests.create_department(db, admin, "社会事务办")
    category = requests.create_category(db, admin, "社会保障", deadline_days=3, default_department_id=department)
    program = childcare.create_program(
        db,
        admin,
        childcare.ProgramInput(
            name="四点半课堂",
            kind="after_school",
            starts_on=dt.date(2026, 9, 1),
            ends_on=dt.date(2027, 1, 20),
            open_min=16 * 60,
            close_min=18 * 60 + 30,
            capacity=100_000,
            groups=["一年级"],
        ),
    )
    post = next(p.id for p in roster.list_posts(db) if p.code == "canteen")
    # The workers sell lunch after lunch for as long as they live: no portion limit may end a round early, and
    # their clock (16:30, the after-school hours) lies inside this world's serving window, so subsidised sales go on.
    from db.models.canteen import MealSlot

    with db.write() as s:
        lunch = s.get(MealSlot, "lunch")
        lunch.portion_limit = None
        lunch.ends = "23:59"
    return {"department": department, "category": category, "program": program, "post": post}


class Worker:
    """tests/safety/worker.py in its own process; `lines` collects what it reports, as it reports it."""

    def __init__(self, db_path: Path, world: dict[str, int], round_no: int, iterations: int | None = None) -> None:
        args = [sys.executable, "-m", "tests.safety.worker", str(db_path), json.dumps(world), str(round_no)]
        if iterations is not None:
            args.append(str(iterations))
        self.proc = subprocess.Popen(
            args, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8"
        )
        self.lines: list[str] = []
        self.ready = threading.Event()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.append(line.strip())
            if line.startswith("ready"):
                self.ready.set()
        self.ready.set()  # ended before it was ready: the test reads stderr

    def reported(self) -> list[tuple[str, int]]:
        out = []
        for line in self.lines:
            kind, _sep, ident = line.partition(" ")
            if kind != "ready" and ident.isdigit():
                out.append((kind, int(ident)))
        return out

    def kill(self) -> None:
        os.kill(self.proc.pid, signal.SIGKILL)
        self.finish()

    def finish(self) -> tuple[int, str]:
        code = self.proc.wait(timeout=120)
        self._reader.join(timeout=30)
        assert self.proc.stdout is not None and self.proc.stderr is not None
        err = self.proc.stderr.read()
        self.proc.stdout.close()
        self.proc.stderr.close()
        return code, err


def counts(path: Path) -> dict[str, int]:
    con = checks.connect(path)
    try:
        return {
            t: con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
            for t in ("residents", "requests", "meal_tickets", "childcare_attendance", "volunteer_hours")
        }
    finally:
        con.close()


class Zygote:
    """One process that imports everything once and forks a fresh worker per round (see worker.py)."""

    def __init__(self, db_path: Path, world: dict[str, int]) -> None:
        args = [sys.executable, "-m", "tests.safety.worker", "--zygote", str(db_path), json.dumps(world)]
        self.proc = subprocess.Popen(
            args,
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
        self.lines: list[str] = []
        self.changed = threading.Condition()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            with self.changed:
                self.lines.append(line.strip())
                self.changed.notify_all()
        with self.changed:
            self.lines.append("eof")
            self.changed.notify_all()

    def wait_for(self, prefix: str, start: int = 0) -> str:
        with self.changed:
            found = self.changed.wait_for(
                lambda: any(x.startswith((prefix, "eof")) for x in self.lines[start:]), timeout=120
            )
            line = next((x for x in self.lines[start:] if x.startswith((prefix, "eof"))), "")
        assert found and line != "eof", self.close()
        return line

    def round(self, round_no: int, pause: float) -> list[tuple[str, int]]:
        """Fork a worker, let it write for `pause` seconds, SIGKILL it; returns what it reported committed."""
        assert self.proc.stdin is not None
        start = len(self.lines)
        self.proc.stdin.write(f"go {round_no}\n")
        self.proc.stdin.flush()
        pid = int(self.wait_for("pid ", start).split()[1])
        self.wait_for(f"ready {round_no}", start)
        threading.Event().wait(pause)
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:  # it ended on its own: only an error does that (its loop has no end)
            raise AssertionError(f"worker {pid} stopped before it was killed:\n{self.close()[-3000:]}") from None
        self.wait_for(f"dead {pid}", start)
        out = []
        for line in self.lines[start:]:
            kind, _sep, ident = line.partition(" ")
            if kind not in ("ready", "pid", "dead") and ident.isdigit():
                out.append((kind, int(ident)))
        return out

    def close(self) -> str:
        """End the zygote; its standard error (kept, so a second call returns it again)."""
        if getattr(self, "_err", None) is not None:
            return self._err
        assert self.proc.stdin is not None and self.proc.stdout is not None and self.proc.stderr is not None
        self.proc.stdin.close()
        self.proc.wait(timeout=60)
        self._reader.join(timeout=30)
        self._err = self.proc.stderr.read()
        self.proc.stdout.close()
        self.proc.stderr.close()
        return self._err


def test_a_killed_worker_leaves_whole_records_only(db, db_path, admin):
    world = make_world(db, admin)
    db.dispose()
    rng = random.Random(SEED)
    zygote = Zygote(db_path, world)
    try:
        zygote.wait_for("zygote")
        done: list[tuple[str, int]] = []
        for round_no in range(ROUNDS):
            # A random moment in the middle of the work: between two units of work or inside one.
            done += zygote.round(round_no, rng.uniform(0.02, 0.8))
            assert checks.present(db_path, done) == []
            assert checks.everything(db_path) == []
        # On a loaded machine the random rounds may end before the loop reached the last counters: a few more
        # rounds with longer pauses, until every counter holds records the checks have looked at.
        extra = 0
        while not all(n > 0 for n in counts(db_path).values()) and extra < 10:
            done += zygote.round(ROUNDS + extra, rng.uniform(1.0, 2.0))
            assert checks.present(db_path, done) == []
            assert checks.everything(db_path) == []
            extra += 1
    finally:
        err = zygote.close()
    assert "Traceback" not in err, err
    totals = counts(db_path)
    # the rounds wrote in every counter (several loops), so the checks above looked at real records
    assert all(n > 0 for n in totals.values()), totals
    assert len(done) > ROUNDS


def test_two_processes_writing_at_once_both_succeed(db, db_path, admin):
    world = make_world(db, admin)
    db.dispose()
    first = Worker(db_path, world, 100, iterations=3)
    second = Worker(db_path, world, 200, iterations=3)
    results = [first.finish(), second.finish()]
    for code, err in results:
        assert code == 0, err
    for worker in (first, second):
        assert sum(1 for kind, _i in worker.reported() if kind == "ticket") == 6
    assert checks.everything(db_path) == []
    totals = counts(db_path)
    assert totals["meal_tickets"] == 12 and totals["requests"] == 6


def test_the_checks_see_partial_records(db, db_path, admin, tmp_path):
    """The checks above can fail: take records apart the way a non-atomic save would leave them."""
    world = make_world(db, admin)
    db.dispose()
    code, err = Worker(db_path, world, 300, iterations=1).finish()
    assert code == 0, err
    assert checks.everything(db_path) == []
    tamper = {
        "tickets": "DELETE FROM meal_ticket_subsidies WHERE id = (SELECT MIN(id) FROM meal_ticket_subsidies)",
        "requests": "DELETE FROM request_events WHERE id = (SELECT MAX(id) FROM request_events)",
        "sequences": "UPDATE sequences SET value = value + 1",
        "volunteers": "DELETE FROM volunteer_hours",
        "childcare": "DELETE FROM childcare_attendance WHERE kind = 'in'",
        "cards": "DELETE FROM meal_card_entries WHERE kind = 'topup'",
    }
    for name, sql in tamper.items():
        copy = tmp_path / f"{name}.sqlite3"
        src = checks.connect(db_path)
        dst = checks.connect(copy)
        src.backup(dst)
        src.close()
        dst.execute("PRAGMA foreign_keys = OFF")
        dst.execute(sql)
        dst.commit()
        dst.close()
        assert checks.everything(copy), name
