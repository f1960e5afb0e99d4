"""The desk calls the district library off the UI thread (ui/library/desk.py): while a call is outstanding the desk
says "正在联系区图书馆…", stays responsive (timers fire, the book room's own copies are lent at once, other district
books queue behind the call), refuses a second scan of the same book, and then shows the outcome the service gives:
a refusal writes nothing and says why; an outage keeps the transaction. Played against the loopback SIP2 server,
including one that never answers."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from sqlalchemy import func, select

from app.library import desk
from db.models.library import LibraryLoan
from db.models.library_sip import LibrarySipOutbox
from tests.library.conftest import NOON, adult, copy
from tests.library.sip2.conftest import COPY, COPY_2
from tests.library.sip2.server import Patron
from ui.library.page import LibraryPage


@pytest.fixture
def reader(db, admin, linked, frozen):
    frozen(NOON)
    rid = adult(db, "欧阳秀英")
    card = desk.register_reader(db, admin, rid, "SQ2026000417")
    linked.patrons[card] = Patron("欧阳秀英")
    copy(db, COPY, "三体", owner="district")
    copy(db, COPY_2, "平凡的世界", owner="district")
    copy(db, "B1", "小王子")
    return rid, card


def _link_timeout(db, admin, seconds: int) -> None:
    from dataclasses import replace

    from app.library.sip2.link import get_link_settings, save_link_settings

    save_link_settings(db, admin, replace(get_link_settings(db, admin), timeout_seconds=seconds))


def _desk(qtbot, ctx, rid):
    page = LibraryPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.activateWindow()
    qtbot.waitExposed(page)
    qtbot.waitUntil(page.isActiveWindow)
    d = page.desk
    d.show_resident(rid)
    assert d.resident_id == rid
    return page, d


def _scan(qtbot, box, code: str) -> None:
    box.clear()
    qtbot.keyClicks(box, code)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def _count(db, table) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(table))


def test_the_desk_keeps_working_while_the_library_holds_the_call(qtbot, ctx, db, admin, linked, reader, no_dialogs):
    """The library takes the call and says nothing until the test lets it go (then closes the connection: an
    outage). Deterministic: nothing depends on how long anything takes."""
    rid, _card = reader
    _link_timeout(db, admin, 60)  # longer than the test: only the library's release ends the call
    page, d = _desk(qtbot, ctx, rid)
    linked.mode = "slow"

    _scan(qtbot, d.lend_scan, COPY)  # returns at once: the call runs on a worker
    assert d.busy.isVisible() and "Contacting the district library" in d.busy.text() and COPY in d.busy.text()
    assert d.lend_scan.text() == ""
    qtbot.waitUntil(d.lend_scan.hasFocus)  # ready for the next book

    fired = []
    QTimer.singleShot(0, lambda: fired.append(bool(d.calls)))
    qtbot.waitUntil(lambda: bool(fired))  # the UI thread's event loop runs while the call is outstanding
    assert fired == [True]

    _scan(qtbot, d.lend_scan, COPY)  # the same book again: refused, clearly
    assert "wait for its answer" in d.message.text() and d.message.property("role") == "refused"
    _scan(qtbot, d.return_scan, COPY)  # nor taken back meanwhile
    assert "wait for its answer" in d.message.text()
    _scan(qtbot, d.lend_scan, COPY_2)  # another district book: waits its turn
    assert len(d.calls) == 2 and "1 more" in d.busy.text()
    _scan(qtbot, d.lend_scan, "B1")  # the room's own book: lent at once
    assert "Lent “小王子”" in d.message.text() and d.loans.rowCount() == 1
    assert _count(db, LibraryLoan) == 1

    if os.environ.get("LIBRARY_SHOTS"):  # the look of the desk during a call (1366×768)
        Path(os.environ["LIBRARY_SHOTS"]).mkdir(parents=True, exist_ok=True)
        page.window().grab().save(str(Path(os.environ["LIBRARY_SHOTS"]) / "desk_district_call.png"))

    linked.release.set()  # the library hangs up: both district loans are kept to send
    qtbot.waitUntil(lambda: not d.calls, timeout=30_000)
    assert not d.busy.isVisible()
    assert d.loans.rowCount() == 3
    assert sum(1 for x in d.loans._rows if x.pending) == 2
    assert "could not be reached" in d.message.text()
    assert [r.op for r in _outbox(db)] == ["checkout", "checkout"]
    assert d.log.count() == 3


def _outbox(db):
    with db.read() as s:
        return list(s.execute(select(LibrarySipOutbox).order_by(LibrarySipOutbox.id)).scalars())


def test_a_library_that_never_answers_the_desk_stays_responsive_then_keeps_the_loan(
    qtbot, ctx, db, admin, linked, reader, no_dialogs
):
    """The library accepts the connection and never answers (1 s link timeout): timers keep firing on the UI
    thread while the call is outstanding; then the outcome: the loan is kept to send."""
    rid, _card = reader
    page, d = _desk(qtbot, ctx, rid)
    linked.mode = "slow"
    ticks_during_call = []
    timer = QTimer(d)
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks_during_call.append(1) if d.calls else None)
    timer.start()
    _scan(qtbot, d.lend_scan, COPY)
    qtbot.waitUntil(lambda: not d.calls, timeout=60_000)
    timer.stop()
    assert ticks_during_call  # the UI thread ran its timers during the call
    assert "could not be reached" in d.message.text()
    (loan,) = d.loans._rows
    assert loan.pending and loan.barcode == COPY
    assert [(r.op, r.item) for r in _outbox(db)] == [("checkout", COPY)]


def test_refusal_and_return_through_the_worker(qtbot, ctx, db, admin, linked, reader, no_dialogs):
    rid, card = reader
    page, d = _desk(qtbot, ctx, rid)
    _scan(qtbot, d.lend_scan, COPY)
    qtbot.waitUntil(lambda: not d.calls, timeout=30_000)
    assert "Lent “三体”" in d.message.text() and not d.loans._rows[0].pending
    assert linked.items[COPY].out_to == card

    linked.patrons[card].blocked = True  # the library refuses: nothing written, the desk says why
    _scan(qtbot, d.lend_scan, COPY_2)
    qtbot.waitUntil(lambda: not d.calls, timeout=30_000)
    assert "blocked this reader's card" in d.message.text() and COPY_2 in d.message.text()
    assert d.message.property("role") == "refused"
    assert _count(db, LibraryLoan) == 1 and _outbox(db) == []

    linked.patrons[card].blocked = False
    d.table.selectRow(0)
    d.renew_button.click()  # a renewal of a district loan goes through the worker too
    assert d.calls and d.calls[0].barcode == COPY
    qtbot.waitUntil(lambda: not d.calls, timeout=30_000)
    assert "Renewed “三体”" in d.message.text()

    _scan(qtbot, d.return_scan, COPY)
    qtbot.waitUntil(lambda: not d.calls, timeout=30_000)
    assert "Returned “三体”" in d.message.text() and d.loans.rowCount() == 0
    assert linked.items[COPY].out_to is None
