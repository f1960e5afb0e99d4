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
