"""A small harness for race tests: N real processes against one database, R rounds, all starting each round at once.

    from tests.race import race

    def take_first(db, round_no, worker, *args):      # module level: the worker processes import it
        with db.write() as s:
            return sequences.next_value(s, f"day-{round_no}")

    results = race(db_url, "tests.core.test_race:take_first", processes=2, rounds=30)
    for round_no, outcomes in enumerate(results.rounds):
        assert sorted(o.value for o in outcomes) == [1, 2]

Each worker is a fresh process (as a second workstation would be) from `process_context()`: it opens
its own `db.engine.Database(url)` once, then for every round waits at a barrier with the others and calls
`fn(db, round_no, worker_index, *args)`. A return value is recorded as `Outcome(value=…)`; an exception as
`Outcome(error="Type: message")` (the worker goes on with the next round), so a test can assert on refusals too.
`fn` runs with this test's environment (COMMUNITY_DESK_HOME…, the backend); give it the time to freeze as an argument
(`app.clock.freeze(...)` inside `fn`) if the rule depends on the day. Keep rounds bounded (tens, not thousands):
every round is a real race on both backends, and a worker that does not reach the barrier within `timeout` seconds
breaks the run with an error instead of hanging it.
"""

from __future__ import annotations

import importlib
import multiprocessing
import os
import queue as queue_module
from dataclasses import dataclass, field
from typing import Any

#: What the start-up process of `process_context()` imports once (tests/race_preload.py: the app, SQLAlchemy, the
#: drivers), so a worker does not spend a second or two of CPU importing them again.
PRELOAD = ["tests.race_preload"]


def process_context():
    """The multiprocessing context for workers that stand for another workstation or till.

    'forkserver' where there is one (Linux, macOS): a clean start-up process, started once per test process, that
    has only imported `PRELOAD` (no test has run in it, no database was opened, no thread started); each worker is a
    fork of it, so it starts as a fresh interpreter would, minus the imports. A spawned interpreter cost ~1.5 s of CPU
    per worker for the imports alone, most of a race test. 'spawn' elsewhere. Either way a worker is a real separate
    process with its own connections, and it gets this process's current environment from `race()` (the start-up
    process has the environment of the moment it started)."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(PRELOAD)
        return ctx
    return multiprocessing.get_context("spawn")


@dataclass(frozen=True)
class Outcome:
    """What one worker's call did in one round: its return value, or the exception it raised."""

    worker: int
    value: Any = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass
class RaceResults:
    """`rounds[r]` holds one Outcome per worker (in worker order) for round r."""

    rounds: list[list[Outcome]] = field(default_factory=list)

    def errors(self) -> list[tuple[int, Outcome]]:
        return [(r, o) for r, outcomes in enumerate(self.rounds) for o in outcomes if not o.ok]

    def values(self, round_no: int) -> list[Any]:
        return [o.value for o in self.rounds[round_no] if o.ok]


def _worker(
    target: str, url: str, index: int, rounds: int, args: tuple, barrier, results, timeout: float, environ: dict
) -> None:
    os.environ.clear()
    os.environ.update(environ)  # the test's environment now, not the start-up process's
    module, name = target.split(":")
    fn = getattr(importlib.import_module(module), name)
    from db.engine import Database

    db = Database(url)
    out: list[Outcome] = []
    try:
        for round_no in range(rounds):
            barrier.wait(timeout)
            try:
                out.append(Outcome(index, value=fn(db, round_no, index, *args)))
            except Exception as exc:  # recorded for the test to judge
                out.append(Outcome(index, error=f"{type(exc).__name__}: {exc}"))
    finally:
        db.dispose()
        results.put((index, out))


def race(
    url: str, target: str, *, processes: int = 2, rounds: int = 20, args: tuple = (), timeout: float = 120.0
) -> RaceResults:
    """Run `target` ("package.module:function") in `processes` spawned processes for `rounds` barrier-started rounds.

    Raises RuntimeError when a worker dies or does not finish in time (its output and exit code in the message).
    """
    ctx = process_context()
    barrier = ctx.Barrier(processes)
    results = ctx.Queue()
    environ = dict(os.environ)
    workers = [
        ctx.Process(
            target=_worker, args=(target, url, i, rounds, args, barrier, results, timeout, environ), daemon=True
        )
        for i in range(processes)
    ]
    for p in workers:
        p.start()
    collected: dict[int, list[Outcome]] = {}
    quiet = 0.0  # seconds without any news while a worker still runs
    try:
        while len(collected) < processes:
            try:
                index, out = results.get(timeout=1.0)
            except queue_module.Empty:
                missing = [i for i in range(processes) if i not in collected]
                if all(not workers[i].is_alive() for i in missing):
                    codes = {i: workers[i].exitcode for i in missing}
                    raise RuntimeError(f"race workers {missing} died without results: exit codes {codes}") from None
                quiet += 1.0
                if quiet > timeout * (rounds + 1):
                    raise RuntimeError(f"race workers {missing} did not finish") from None
                continue
            collected[index] = out
    finally:
        for p in workers:
            p.join(timeout=30)
            if p.is_alive():
                p.kill()
                p.join()
    short = [i for i, out in collected.items() if len(out) < rounds]
    if short:
        raise RuntimeError(f"race workers {short} stopped early (barrier broken?): {collected}")
    return RaceResults([[collected[i][r] for i in range(processes)] for r in range(rounds)])
