"""A till selling guest lunches in a loop, for the test that stops and starts the server under it.

    python -m tests.pgops.sales_worker URL AFTER_TROUBLE MAX_ATTEMPTS

Prints one line per attempt, flushed: `saved NUMBER`, `checked NUMBER` (the connection dropped while saving and
the look-up found it), `not_saved MESSAGE`, `in_doubt NUMBER` (the server could not be asked yet; a loaded machine
may take longer to bring it back than the sale's own look-up waits) followed, once the server answers, by
`resolved_saved NUMBER` or `resolved_not_saved NUMBER`. Stops after AFTER_TROUBLE sales saved since the
last failure that followed a success (so it must have reconnected by itself), or after MAX_ATTEMPTS attempts.
"""

from __future__ import annotations

import datetime as dt
import sys
import time


def say(*parts: object) -> None:
    sys.stdout.write(" ".join(str(p) for p in parts) + "\n")
    sys.stdout.flush()


def main(url: str, after_trouble: int, max_attempts: int) -> None:
    from app import clock
    from app.accounts.service import actor_for
    from app.canteen import outcome
    from app.canteen import service as canteen
    from db.engine import Database

    clock.freeze(dt.datetime(2026, 11, 30, 11, 30, tzinfo=clock.local_tz()))
    db = Database(url)
    actor = actor_for(db, 1)
    troubles = 0
    saved_since = 0
    say("ready")
    for _ in range(max_attempts):
        try:
            sale = canteen.sell(db, actor, canteen.SaleRequest(None, "lunch", 1, "cash", tendered_fen=2000))
        except outcome.SaleInDoubt as exc:
            say("in_doubt", exc.attempt.number)
            troubles += 1
            saved_since = 0
            # What the sale screen's "check again" does until the server answers: the cashier is never left unsure.
            found = outcome.sale_saved(db, exc.attempt, attempts=240, pause_s=0.5)
            say("resolved_saved" if found is not None else "resolved_not_saved", exc.attempt.number)
        except outcome.SaleNotSaved as exc:
            say("not_saved", exc.message.replace("\n", " "))
            troubles += 1
            saved_since = 0
            time.sleep(0.1)
        else:
            say("checked" if sale.checked_after_loss else "saved", sale.number)
            saved_since += 1
            if troubles and saved_since >= after_trouble:
                break
        time.sleep(0.01)
    db.dispose()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
