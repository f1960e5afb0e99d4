"""The book room tab driven as a clerk would: scan a card, scan books one after another (the cursor stays), a
refusal in red, a return by barcode alone in the 还书 box, renew, print reminder slips; every model passes
qtmodeltester."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from app.library import desk
from tests.library.conftest import NOON, adult, copy
from ui.library.page import LibraryPage


def _page(qtbot, ctx) -> LibraryPage:
    page = LibraryPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    page.activateWindow()
    qtbot.waitExposed(page)
    return page


def _answered(qtbot, tab) -> None:
    qtbot.waitUntil(lambda: not tab.loader.pending)


def test_scan_card_then_books_one_after_another(qtbot, ctx, db, admin, desk_day, no_dialogs, qtmodeltester):
    rid = adult(db, "王读者")
    desk.register_reader(db, admin, rid, "RD0001")
    for n in range(3):
        copy(db, f"B{n}")
    page = _page(qtbot, ctx)
    d = page.desk
    qtbot.waitUntil(d.picker.search.hasFocus)  # the tab opens with the cursor in the reader box
    qtbot.keyClicks(d.picker.search, "rd0001")
    qtbot.keyClick(d.picker.search, Qt.Key.Key_Return)
    assert d.resident_id == rid
    qtbot.waitUntil(d.lend_scan.hasFocus)  # the card scanned, the cursor waits for the first book
    for code in ("B0", "b1"):
        qtbot.keyClicks(d.lend_scan, code)
        qtbot.keyClick(d.lend_scan, Qt.Key.Key_Return)
        assert d.lend_scan.text() == "" and d.lend_scan.hasFocus()
    assert d.loans.rowCount() == 2
    qtmodeltester.check(d.loans)
    # a refusal: the same book again
    qtbot.keyClicks(d.lend_scan, "B0")
    qtbot.keyClick(d.lend_scan, Qt.Key.Key_Return)
    assert "already on loan to" in d.message.text() and d.message.property("role") == "refused"
    assert "B0" in d.message.text() and d.lend_scan.text() == ""  # the code named, the box ready for the next
    # return by barcode alone
    qtbot.keyClicks(d.return_scan, "B1")
    qtbot.keyClick(d.return_scan, Qt.Key.Key_Return)
    assert "Returned" in d.message.text() and d.loans.rowCount() == 1
    assert d.log.count() == 3
    # renew the one left
    d.renew_button.click()
    assert "Renewed" in d.message.text()


def test_find_the_resident_by_name_and_lend(qtbot, ctx, db, desk_day, no_dialogs):
    rid = adult(db, "赵善庆")
    copy(db, "B1")
    page = _page(qtbot, ctx)
    d = page.desk
    qtbot.keyClicks(d.picker.search, "zsq")
    qtbot.keyClick(d.picker.search, Qt.Key.Key_Return)
    assert d.resident_id == rid
    qtbot.keyClicks(d.lend_scan, "B1")
    qtbot.keyClick(d.lend_scan, Qt.Key.Key_Return)
    assert d.loans.rowCount() == 1 and "SF" in d.card.text()


def test_an_old_answer_is_cleared_for_a_new_scan_and_a_new_reader(qtbot, ctx, db, admin, desk_day, no_dialogs, ticks):
    """Clerk's report: "No copy with barcode NOPE999 …" stayed on the screen after an empty scan and after choosing
    another reader. The empty scans here are the clerk's own, a second after the scan (a scanner's echo within
    LibraryDeskTab.SCAN_ECHO_S keeps the answer: test_a_scanners_extra_enter_keeps_the_answer)."""
    first, second = adult(db, "王读者"), adult(db, "李读者")
    desk.register_reader(db, admin, first, "RD0001")
    desk.register_reader(db, admin, second, "RD0002")
    page = _page(qtbot, ctx)
    d = page.desk

    def choose(card: str) -> None:
        d.picker.search.clear()
        qtbot.keyClicks(d.picker.search, card)
        qtbot.keyClick(d.picker.search, Qt.Key.Key_Return)

    def scan(box, code: str) -> None:
        box.clear()
        qtbot.keyClicks(box, code)
        qtbot.keyClick(box, Qt.Key.Key_Return)

    choose("rd0001")
    assert d.resident_id == first
    scan(d.lend_scan, "NOPE999")
    assert "NOPE999" in d.message.text() and d.message.property("role") == "refused"
    ticks.advance(1.0)
    scan(d.lend_scan, "")  # an empty scan: a new start
    assert d.message.text() == ""
    scan(d.lend_scan, "NOPE999")
    ticks.advance(1.0)
    scan(d.return_scan, "")
    assert d.message.text() == ""
    scan(d.lend_scan, "NOPE999")
    assert "NOPE999" in d.message.text()
    choose("rd0002")
    assert d.resident_id == second and d.message.text() == ""


def test_a_scanners_extra_enter_keeps_the_answer(qtbot, ctx, db, admin, desk_day, no_dialogs, ticks):
    """Clerk's report: the scanner sends an extra Enter after the code; it cleared the refusal at once, so the clerk
    never saw why the scan was refused. An empty Enter within the scanner's echo keeps the answer (lend and return
    boxes, a refusal and a success, after a card scan too); a new scan, a new reader, or an empty Enter later
    than the echo clears it."""
    first, second = adult(db, "王读者"), adult(db, "李读者")
    desk.register_reader(db, admin, first, "RD0001")
    desk.register_reader(db, admin, second, "RD0002")
    copy(db, "B1")
    page = _page(qtbot, ctx)
    d = page.desk
    echo = 0.05  # seconds: a scanner's second Enter comes this soon after the code

    def scan(box, code: str) -> None:
        box.clear()
        qtbot.keyClicks(box, code)
        qtbot.keyClick(box, Qt.Key.Key_Return)

    def echo_enter(box) -> None:  # the scanner's second Enter, on the box the code left empty
        ticks.advance(echo)
        qtbot.keyClick(box, Qt.Key.Key_Return)

    qtbot.waitUntil(d.picker.search.hasFocus)  # the tab opens with the cursor in the reader box
    scan(d.picker.search, "rd0001")
    assert d.resident_id == first
    qtbot.waitUntil(d.lend_scan.hasFocus)
    echo_enter(d.lend_scan)  # the card's echo lands in the lend box
    assert d.message.text() == ""
    scan(d.lend_scan, "NOPE999")
    refusal = d.message.text()
    assert "NOPE999" in refusal and d.message.property("role") == "refused"
    echo_enter(d.lend_scan)
    assert d.message.text() == refusal and d.message.property("role") == "refused"  # still there to be read
    echo_enter(d.lend_scan)  # a second echo, still within the window of the scan
    assert d.message.text() == refusal
    ticks.advance(1.0)
    scan(d.lend_scan, "B1")  # a new scan: its own answer
    lent = d.message.text()
    assert "Lent" in lent and d.message.property("role") == "done"
    echo_enter(d.lend_scan)
    assert d.message.text() == lent
    ticks.advance(1.0)
    scan(d.return_scan, "NOPE998")
    assert "NOPE998" in d.message.text()
    echo_enter(d.return_scan)
    assert "NOPE998" in d.message.text() and d.message.property("role") == "refused"
    ticks.advance(1.0)
    qtbot.keyClick(d.return_scan, Qt.Key.Key_Return)  # the clerk's own empty Enter, later: a new start
    assert d.message.text() == ""
    scan(d.lend_scan, "NOPE999")
    assert "NOPE999" in d.message.text()
    ticks.advance(echo)
    d.picker.search.clear()
    scan(d.picker.search, "rd0002")  # a new reader, even within the echo, clears it
    assert d.resident_id == second and d.message.text() == ""


def test_catalogue_holds_overdue_and_slips(qtbot, ctx, db, admin, frozen, no_dialogs, previews, qtmodeltester):
    frozen(NOON - dt.timedelta(days=40))
    a, b = adult(db, "甲读者"), adult(db, "乙读者")
    copy(db, "B1", isbn="7-02-000220-X")
    desk.lend(db, admin, a, "B1")
    desk.place_hold(db, admin, b, "B1")
    frozen(NOON)
    page = _page(qtbot, ctx)
    cat = page.catalogue
    _answered(qtbot, cat)  # the lists are read on a worker
    qtmodeltester.check(cat.model)
    assert cat.model.rowCount() == 1 and cat.model.display(cat.model.row_at(0), 3) == "978-7-02-000220-7"
    qtbot.keyClicks(cat.search, "nothing-like-this")
    _answered(qtbot, cat)
    assert cat.model.rowCount() == 0
    holds = page.holds
    _answered(qtbot, holds)
    qtmodeltester.check(holds.model)
    assert holds.model.rowCount() == 1
    overdue = page.overdue
    _answered(qtbot, overdue)
    qtmodeltester.check(overdue.model)
    assert overdue.model.rowCount() == 1
    overdue.slips_button.click()
    assert len(previews) == 1 and previews[0].read_bytes().startswith(b"%PDF")
    settings = page.settings
    settings.loan_days.setValue(21)
    settings.save_button.click()
    assert settings.message.text() == "Saved."


def test_every_sub_tab_fits_a_counter_screen(qtbot, ctx, desk_day):
    """1366×768 less the taskbar, the window frame, the menu, the counter tabs and the status bar."""
    page = _page(qtbot, ctx)
    for tab in (page.desk, page.catalogue, page.holds, page.overdue, page.settings):
        page.tabs.setCurrentWidget(tab)
        hint = page.minimumSizeHint()
        assert hint.width() <= 1350 and hint.height() <= 600, (tab.objectName(), hint)


def test_the_profile_shows_loans_on_the_card_and_holds(qtbot, ctx, db, admin, desk_day):
    from tests.library.conftest import child_with_guardian
    from ui.library.profile import create_profile_section

    mum = adult(db, "李妈妈")
    kid = child_with_guardian(db, "李小宝", mum)
    copy(db, "B1", title="小王子")
    desk.lend(db, admin, kid, "B1")
    assert create_profile_section(ctx, adult(db, "无关的人")) is None
    box = create_profile_section(ctx, mum)
    qtbot.addWidget(box)
    from PySide6.QtWidgets import QLabel

    assert "小王子" in box.findChild(QLabel, "libraryProfileLoans").text()
    kid_box = create_profile_section(ctx, kid)
    qtbot.addWidget(kid_box)
    assert "李小宝" in kid_box.findChild(QLabel, "libraryProfileLoans").text()


def _choose_and_scan(qtbot, d):
    def choose(card: str) -> None:
        d.picker.search.clear()
        qtbot.keyClicks(d.picker.search, card)
        qtbot.keyClick(d.picker.search, Qt.Key.Key_Return)

    def scan(box, code: str) -> None:  # as a scanner does: types into whatever the box holds, then Enter
        qtbot.keyClicks(box, code)
        qtbot.keyClick(box, Qt.Key.Key_Return)

    return choose, scan


def test_a_refused_scan_is_not_glued_onto_the_next_one(qtbot, ctx, db, admin, desk_day, no_dialogs):
    """Clerk's report: reader A → lend NOPE999 (refused) → choose another reader → scan SF100078 in the lend box →
    "书目中没有条码为 NOPE999SF100078 的图书。". A refused scan empties its box (lend and return alike); the message
    keeps the refused code."""
    first, second = adult(db, "王读者"), adult(db, "李读者")
    desk.register_reader(db, admin, first, "RD0001")
    desk.register_reader(db, admin, second, "RD0002")
    copy(db, "SF100078", "小王子")
    d = _page(qtbot, ctx).desk
    choose, scan = _choose_and_scan(qtbot, d)
    choose("rd0001")
    scan(d.lend_scan, "NOPE999")
    assert "NOPE999" in d.message.text() and d.message.property("role") == "refused"
    assert d.lend_scan.text() == ""
    choose("rd0002")
    d.lend_scan.setFocus()
    scan(d.lend_scan, "SF100078")
    assert "NOPE999" not in d.message.text() and "Lent “小王子”" in d.message.text()
    scan(d.return_scan, "NOPE998")
    assert "NOPE998" in d.message.text() and d.return_scan.text() == ""
    scan(d.return_scan, "SF100078")
    assert "Returned “小王子”" in d.message.text()
    scan(d.return_scan, "SF100078")  # not on loan: refused, its code named, the box empty
    assert "SF100078" in d.message.text() and d.return_scan.text() == ""


def test_the_renewed_row_stays_chosen(qtbot, ctx, db, admin, desk_day, no_dialogs):
    """Clerk's report: after a renewal the row was no longer selected, so a second 续借 said "choose the loan"."""
    rid = adult(db, "王读者")
    desk.register_reader(db, admin, rid, "RD0001")
    for code in ("B0", "B1"):
        copy(db, code)
    for code in ("B0", "B1"):
        desk.lend(db, admin, rid, code)
    d = _page(qtbot, ctx).desk
    d.show_resident(rid)
    assert d.loans.rowCount() == 2
    d.table.selectRow(1)
    chosen = d.loans.row_at(1).id
    d.renew_button.click()
    assert "Renewed" in d.message.text()
    assert d.table.currentIndex().isValid() and d.loans.row_at(d.table.currentIndex().row()).id == chosen
    d.renew_button.click()  # the second click is about the same loan: at its renewal limit (1), says so
    assert "Choose the loan to renew" not in d.message.text() and d.message.property("role") == "refused"


def test_the_hold_dialog_takes_the_isbn_from_the_readers_slip(qtbot, ctx, db, admin, desk_day, no_dialogs):
    """The clerk has the ISBN from the reader's slip, not a copy: the hold (预约) takes it as well as a barcode, and
    says plainly when it matches no title."""
    a, b = adult(db, "甲读者"), adult(db, "乙读者")
    copy(db, "B1", isbn="978-7-02-000220-7")
    desk.lend(db, admin, a, "B1")
    page = _page(qtbot, ctx)
    d = page.desk
    d.show_resident(b)
    assert d.resident_id == b
    no_dialogs.text_answers[:] = ["9787506365437"]  # a good ISBN of a book the room does not have
    d.hold_button.click()
    assert "ISBN" in no_dialogs.messages[-1][1]  # the dialog asks for either
    assert "No book with ISBN 978-7-5063-6543-7" in d.message.text() and d.message.property("role") == "refused"
    no_dialogs.text_answers[:] = ["7-02-000220-X"]
    d.hold_button.click()
    assert "number 1 in the queue" in d.message.text(), d.message.text()
    assert [h.borrower for h in desk.list_holds(db, admin)] == ["乙读者"]
