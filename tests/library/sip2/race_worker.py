"""Worker of the two-workstation sender race (spawned processes import this module)."""

from app import clock
from app.accounts.service import actor_for
from app.library.sip2.outbox import add_pending, send_pending
from tests.library.sip2.conftest import COPY


def keep_and_send(db, round_no: int, worker: int) -> tuple[int, int]:
    """This workstation returns a district copy while offline (kept), then sends what is kept, at the same moment as
    the other workstation does the same."""
    with db.write() as s:
        add_pending(s, op="checkin", patron=None, item=COPY, txn_id=f"r{round_no}-w{worker}", at=clock.now())
    result = send_pending(db, actor_for(db, 1))
    return result.accepted, result.refused
