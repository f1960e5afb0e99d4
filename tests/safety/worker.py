"""A worker that writes across every counter in a loop until it is killed (tests/safety/test_crash.py).

    python -m tests.safety.worker DB_PATH SETUP_JSON ROUND [ITERATIONS]
    python -m tests.safety.worker --zygote DB_PATH SETUP_JSON

After each unit of work commits it prints one line `kind id` (flushed), so the parent knows what must be
in the database after it kills the worker with SIGKILL at a random moment. The zygote imports everything
once and forks a fresh worker for each line `go ROUND` on its standard input (printing `pid N`, then
`dead N` when that worker is gone), so many kill rounds do not each pay for starting Python.
"""

from __future__ import annotations

import datetime as dt
import json
import sys

# Monday 2026-11-30, 16:30 local: the canteen sells (subsidies on weekdays), the after-school program is open.
NOW = dt.datetime(2026, 11, 30, 16, 30)


def say(kind: str, ident: object) -> None:
    sys.stdout.write(f"{kind} {ident}\n")
    sys.stdout.flush()


def main(db_path: str, setup_json: str, round_no: int, iterations: int = 1_000_000) -> None:
    from app import clock
    from app.accounts.service import actor_for
    from app.canteen import service as canteen
    from app.childcare import service as childcare
    from app.requests import service as requests
    from app.residents.service import ResidentInput, create_resident
    from app.volunteers import roster
    from db.engine import Database

    setup = json.loads(setup_json)
    clock.freeze(NOW.replace(tzinfo=clock.local_tz()))
    now = clock.now()
    db = Database("sqlite:///" + db_path)
    actor = actor_for(db, 1)
    # Warm up what the first write would load (pinyin tables, mapper set-up), so the kills land on writes.
    from app.residents.search_keys import pinyin_keys

    pinyin_keys("居民")
    canteen.slots(db)
    roster.list_posts(db)
    childcare.list_programs(db)
    say("ready", round_no)
    for i in range(iterations):
        tag = f"r{round_no}i{i}"
        rid = create_resident(db, actor, ResidentInput(name=f"居民{tag}", birth_date=dt.date(1944, 5, 1)))
        say("resident", rid)
        saved = requests.take_in(
            db,
            actor,
            requests.IntakeInput(
                channel="walk_in", category_id=setup["category"], description=f"诉求 {tag}", resident_id=rid
            ),
        )
        say("request", saved.id)
        requests.dispatch(db, actor, saved.id, setup["department"])
        say("dispatched", saved.id)
        requests.accept(db, actor, saved.id)
        say("accepted", saved.id)
        canteen.open_card(db, actor, rid, f"K{round_no:03d}{i:06d}")
        canteen.card_movement(db, actor, rid, 2000, "topup")
        say("topup", rid)
        sale = canteen.sell(db, actor, canteen.SaleRequest(rid, "lunch", 1, "card"))
        say("ticket", sale.ticket_id)
        guest = canteen.sell(db, actor, canteen.SaleRequest(None, "lunch", 2, "cash", tendered_fen=5000))
        say("ticket", guest.ticket_id)
        child = childcare.create_child(
            db, actor, childcare.ChildInput(name=f"儿童{tag}", gender="F", birth_date=dt.date(2018, 3, 1))
        )
        say("child", child)
        contact = childcare.add_contact(
            db, actor, childcare.ContactInput(child_id=child, resident_id=rid, role="guardian")
        )
        childcare.enrol(db, actor, child, setup["program"], group="一年级")
        say("enrolled", child)
        arrived = childcare.sign_in(db, actor, child, contact)
        say("attendance", arrived.attendance_id)
        left = childcare.sign_out(db, actor, child, contact)
        say("attendance", left.attendance_id)
        volunteer = roster.save_volunteer(db, actor, roster.VolunteerInput(resident_id=rid))
        shift = roster.create_shift(
            db,
            actor,
            roster.ShiftInput(
                post_id=setup["post"], day=NOW.date(), start_min=9 * 60, end_min=11 * 60, min_people=1, max_people=2
            ),
        )
        signup = roster.sign_up(db, actor, shift, volunteer).signup_id
        roster.check_in(db, actor, signup, at=now - dt.timedelta(minutes=120))
        say("checked_in", signup)
        entry = roster.check_out(db, actor, signup, at=now)
        say("hours", entry)


def preload() -> None:
    """Import and warm what the workers use, without opening the database (no connection may cross a fork)."""
    import sqlalchemy.orm

    import app.canteen.service  # noqa: F401
    import app.childcare.service  # noqa: F401
    import app.requests.service  # noqa: F401
    import app.residents.service  # noqa: F401
    import app.volunteers.roster  # noqa: F401
    import db.models  # noqa: F401
    from app.residents.search_keys import pinyin_keys

    sqlalchemy.orm.configure_mappers()
    pinyin_keys("居民")


def zygote(db_path: str, setup_json: str) -> None:
    import os

    preload()
    say("zygote", os.getpid())
    for line in sys.stdin:
        command, _sep, arg = line.strip().partition(" ")
        if command != "go":
            continue
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                main(db_path, setup_json, int(arg))
            except BaseException:  # noqa: BLE001 - reported to the parent through stderr and the exit status
                import traceback

                traceback.print_exc()
                sys.stderr.flush()
                code = 1
            os._exit(code)
        say("pid", pid)
        _pid, status = os.waitpid(pid, 0)
        say("dead", pid)


if __name__ == "__main__":
    if sys.argv[1] == "--zygote":
        zygote(sys.argv[2], sys.argv[3])
    else:
        main(sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]) if len(sys.argv) > 4 else 1_000_000)
