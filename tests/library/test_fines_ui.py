"""The fines at the book room's screens (outside tester, session 8): the desk shows a reader's outstanding fines and
takes them in cash (a receipt number); the 罚款 ledger lists outstanding / paid / waived with totals, an
administrator waives with the reason, the ledger prints; the model passes qtmodeltester."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os

from PySide6.QtCore import QItemSelectionModel, Qt

from app.library import desk, fines, rules
from tests.library.conftest import NOON, adult, copy
from ui.library.page import LibraryPage

SHOTS = os.environ.get("MONEY_SHOTS")  # a folder: save 1366×768 screenshots there to look at


def _shot(widget, name: str) -> None:
    if SHOTS:
        from PySide6.QtWidgets import QApplication

        QApplication.processEvents()  # the layout settles first
        widget.window().grab().save(os.path.join(SHOTS, name))


def _late(db, admin, frozen) -> int:
    rules.save_rules(db, admin, dataclasses.replace(rules.DEFAULTS, fines_on=True, fine_per_day_fen=50))
    frozen(NOON - dt.timedelta(days=34))
    rid = adult(db, "王读者")
    desk.register_reader(db, admin, rid, "RD0001")
    for code, title in (("B1", "平凡的世界"), ("B2", "围城"), ("B3", "边城")):
        copy(db, code, title)
        desk.lend(db, admin, rid, code)
    frozen(NOON)
    for code in ("B1", "B2"):
        desk.return_copy(db, admin, code)
    return rid


def _page(qtbot, ctx) -> LibraryPage:
    page = LibraryPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_the_desk_shows_the_readers_fines_and_takes_them(qtbot, ctx, db, admin, frozen, no_dialogs):
    rid = _late(db, admin, frozen)
    page = _page(qtbot, ctx)
    d = page.desk
    d.show_resident(rid)
    assert "Fines not paid: ¥4.00 (2 books returned late)" in d.card.text()
    assert d.fine_button.isEnabled()
    _shot(page, "library_desk_fines.png")
    d.fine_button.click()
    assert no_dialogs.messages[-1][0] == "confirm" and "¥4.00" in no_dialogs.messages[-1][1]
    assert "receipt FK2026-000001" in d.message.text()
    assert "Fines not paid" not in d.card.text() and not d.fine_button.isEnabled()
    assert desk.desk_status(db, admin, rid).fines == []


def test_the_ledger_lists_waives_and_prints(qtbot, ctx, db, admin, frozen, no_dialogs, previews, qtmodeltester):
    _late(db, admin, frozen)
    page = _page(qtbot, ctx)
    page.tabs.setCurrentIndex(page.tabs.indexOf(page.fines))
    tab = page.fines
    qtbot.waitUntil(lambda: not tab.loader.pending)
    assert tab.model.rowCount() == 2 and "Outstanding 2 (¥4.00)" in tab.summary.text()
    qtmodeltester.check(tab.model)
    assert not tab.pay_button.isEnabled()  # nothing chosen yet
    tab.view.selectionModel().select(
        tab.model.index(0, 0), QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    )
    assert tab.pay_button.isEnabled() and tab.waive_button.isEnabled()
    no_dialogs.text_answers.append("读者住院，主任同意免除")
    tab.waive_button.click()
    tab.state.setCurrentIndex(tab.state.findData(fines.ALL))
    qtbot.waitUntil(lambda: not tab.loader.pending)
    assert "waived 1 (¥2.00)" in tab.summary.text() and tab.model.rowCount() == 2
    states = {tab.model.index(r, 6).data(Qt.ItemDataRole.DisplayRole) for r in range(2)}
    assert states == {"Waived", "Outstanding"}
    _shot(page, "library_fines_ledger.png")
    tab.print_button.click()
    assert previews and previews[-1].read_bytes().startswith(b"%PDF")
