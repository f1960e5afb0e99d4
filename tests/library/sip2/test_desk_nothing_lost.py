"""Nothing scanned at the desk is lost while the district library does not answer (ui/library/desk.py): closing the
window with district calls out asks, then records the outstanding and the waiting ones as in an outage (loans with
kept transactions) without waiting out the link's timeout; "先记下，稍后发送" does the same at once; the busy line names
whose book each call is. Played against the loopback SIP2 server that accepts and never answers (until released)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from db.models.library import LibraryLoan
from tests.library.sip2 import test_desk_off_the_ui_thread as off_thread
from tests.library.sip2.conftest import COPY, COPY_2
from tests.library.sip2.test_desk_off_the_ui_thread import _desk, _link_timeout, _outbox, _scan

reader = off_thread.reader  # the same fixture: a reader with a card, two district copies and a room copy


def _open_loans(db) -> set[str]:
    from db.models.library import LibraryCopy

    with db.read() as s:
        return set(
            s.execute(
                select(LibraryCopy.barcode)
                .join(LibraryLoan, LibraryLoan.copy_id == LibraryCopy.id)
                .where(LibraryLoan.returned_at.is_(None))
            ).scalars()
        )


def test_closing_the_window_with_two_district_books_out_records_both(
    qtbot,
    ctx,
    db,
    admin,
    linked,
    reader,
    no_dialogs,
):
    rid, _card = reader
    _link_timeout(db, admin, 60)  # longer than the test: only the cut connection ends the call
    page, d = _desk(qtbot, ctx, rid)
    linked.mode = "slow"
    _scan(qtbot, d.lend_scan, COPY)
    _scan(qtbot, d.lend_scan, COPY_2)
    assert len(d.calls) == 2 and d.keep_button.isVisible()

    no_dialogs.confirm_answers.append(False)  # the clerk stays: the window does not close, nothing is dropped
    assert not page.close()
    assert page.isVisible() and len(d.calls) == 2

    no_dialogs.confirm_answers.append(True)
    assert page.close()  # returns only once the outstanding call ended (its connection cut), not after 60 s
    assert not d.calls
    assert _open_loans(db) == {COPY, COPY_2}
    kept = _outbox(db)
    assert sorted((r.op, r.item) for r in kept) == [("checkout", COPY), ("checkout", COPY_2)]
    assert "2 district book(s) are not recorded yet" in no_dialogs.messages[-1][1]
    linked.release.set()


def test_keep_for_later_records_the_outstanding_and_waiting_calls(
    qtbot,
    ctx,
    db,
    admin,
    linked,
    reader,
    no_dialogs,
):
    rid, _card = reader
    _link_timeout(db, admin, 60)
    page, d = _desk(qtbot, ctx, rid)
    linked.mode = "slow"
    _scan(qtbot, d.lend_scan, COPY)
    _scan(qtbot, d.lend_scan, COPY_2)
    name = d.status.account.name
    assert f"{COPY} for {name}" in d.busy.text() and f"Waiting: lending {COPY_2} for {name}" in d.busy.text()

    qtbot.mouseClick(d.keep_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not d.calls, timeout=30_000)  # the cut connection ends the call at once
    assert not d.busy.isVisible() and not d.keep_button.isVisible()
    assert _open_loans(db) == {COPY, COPY_2}
    assert all(x.pending for x in d.loans._rows) and d.loans.rowCount() == 2
    assert sorted((r.op, r.item) for r in _outbox(db)) == [("checkout", COPY), ("checkout", COPY_2)]
    assert d.log.count() == 2
    linked.release.set()


def test_saved_link_settings_are_not_shown_as_an_error(qtbot, ctx, db, admin, linked):
    """Clerk's report: the link's 「已保存。」 was shown in red, like an error."""
    from ui.library.sip_pending import LinkSettingsBox

    box = LinkSettingsBox(ctx)
    qtbot.addWidget(box)
    box.save()
    assert box.error.text() == "Saved." and box.error.property("role") == "done"
    box.port.setValue(0)
    box.host.clear()
    box.save()
    assert box.error.text() and box.error.text() != "Saved." and box.error.property("role") == "error"


def test_a_desk_rebuilt_away_with_district_books_out_records_them(qtbot, ctx, db, admin, linked, reader, no_dialogs):
    """Another clerk signs in: the main window rebuilds its tabs (the old desk deleted) while two district books are
    out. Nobody is asked; both are recorded as kept transactions."""
    from ui.library.page import LibraryPage

    rid, _card = reader
    _link_timeout(db, admin, 60)
    page = LibraryPage(ctx)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    d = page.desk
    d.show_resident(rid)
    linked.mode = "slow"
    _scan(qtbot, d.lend_scan, COPY)
    _scan(qtbot, d.lend_scan, COPY_2)
    assert len(d.calls) == 2
    page.deleteLater()
    qtbot.waitUntil(lambda: _open_loans(db) == {COPY, COPY_2}, timeout=30_000)
    assert sorted((r.op, r.item) for r in _outbox(db)) == [("checkout", COPY), ("checkout", COPY_2)]
    linked.release.set()
