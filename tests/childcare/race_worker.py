"""One desk of the childcare race test (tests/childcare/test_races.py), run in its own process ('spawn')."""

from __future__ import annotations

import datetime as dt


def run(url: str, plan: list[tuple[int, str, tuple[int, ...]]], barrier, results, moment: dt.datetime) -> None:
    """For each step: wait for the other desk at the barrier, then do the step at the same moment and report
    (round, action, "ok" | "refused" | "error", detail)."""
    from app import clock
    from app.accounts.service import actor_for
    from app.childcare import service as cc
    from app.errors import UserError
    from db.engine import Database

    clock.freeze(moment)
    db = Database(url)
    actor = actor_for(db, 1)
    try:
        for round_no, action, args in plan:
            barrier.wait(timeout=60)
            try:
                if action == "sign_in":
                    cc.sign_in(db, actor, args[0], args[1])
                elif action == "sign_out":
                    cc.sign_out(db, actor, args[0], args[1])
                elif action == "enrol":
                    cc.enrol(db, actor, args[0], args[1])
                results.put((round_no, action, "ok", ""))
            except UserError as exc:
                results.put((round_no, action, "refused", exc.message))
            except Exception as exc:  # a bug: reported, the test fails on it
                results.put((round_no, action, "error", repr(exc)))
    finally:
        db.dispose()
