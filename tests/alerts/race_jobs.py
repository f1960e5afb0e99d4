"""Jobs the race tests run in spawned processes (each a second workstation)."""

import datetime as dt

from app import clock

FRIDAY_MORNING = dt.datetime(2026, 11, 27, 9, 0)


def compute_list(db, round_no, worker, user_id=1):
    from app.accounts.service import actor_for
    from app.alerts import service as A

    clock.freeze(FRIDAY_MORNING)
    return len(A.today_alerts(db, actor_for(db, user_id)))


def visit_request(db, round_no, worker, alert_id, user_id):
    from app.accounts.service import actor_for
    from app.alerts import service as A

    clock.freeze(FRIDAY_MORNING)
    return A.to_visit_request(db, actor_for(db, user_id), alert_id).number


def sell_meal(db, round_no, worker, resident_id):
    """Another workstation's till: one lunch ticket for `resident_id` today (Friday 27 November), as a raw row."""
    from sqlalchemy import insert

    from db.models.canteen import MealTicket

    clock.freeze(FRIDAY_MORNING)
    day = FRIDAY_MORNING.date()
    with db.write() as s:
        s.execute(
            insert(MealTicket.__table__),
            [{"number": "T-OTHER", "day": day, "slot_code": "lunch", "sold_at": dt.datetime(2026, 11, 27, 4, 0, tzinfo=dt.UTC),
              "resident_id": resident_id, "guest": False, "quantity": 1, "unit_price_fen": 1000, "total_fen": 1000,
              "subsidy_fen": 0, "self_paid_fen": 1000, "subsidised_meals": 0, "tier": "", "reason": "",
              "payment": "cash", "status": "sold", "reprints": 0}],
        )  # fmt: skip
    return 1
