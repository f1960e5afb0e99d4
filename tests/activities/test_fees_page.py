"""The course fee at the classes desk (outside tester, session 8): signing up for a paid course asks whether the fee
is taken now (receipt number said); the list shows paid / unpaid / the waitlist paying later; Take fee… for a place
paid afterwards; withdrawing before the term tells the desk to give the fee back; Refund fee… for an administrator.
The people model passes qtmodeltester."""

from __future__ import annotations

import datetime as dt
import os

from PySide6.QtCore import Qt

from app.activities import service as A
from tests.helpers import type_text
from ui.activities import page as page_module
from ui.activities.page import create_page

NEXT_TERM = dict(starts_on=dt.date(2027, 3, 1), ends_on=dt.date(2027, 6, 30))
SHOTS = os.environ.get("MONEY_SHOTS")


def _fee_column(tab) -> dict[str, str]:
    m = tab.people_model
    return {m.index(r, 0).data(): m.index(r, 3).data(Qt.ItemDataRole.DisplayRole) for r in range(m.rowCount())}


def test_the_fee_at_sign_up_on_the_list_and_back_on_withdrawal(
    qtbot, qtmodeltester, ctx, db, admin, make_course, make_resident, no_dialogs, monkeypatch
):
    cid = make_course("国画班", capacity=2, fee_fen=12000, **NEXT_TERM)
    for name in ("赵善庆", "钱多多", "孙立"):
        make_resident(name)
    page = create_page(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    tab = page.courses
    qtbot.waitUntil(lambda: not tab.loader.pending)
    tab.steps.finish()
    assert tab.course().id == cid
    no_dialogs.confirm_answers += [True]  # take the fee now
    type_text(qtbot, tab.picker.search, "赵善庆")
    qtbot.keyClick(tab.picker.search, Qt.Key.Key_Return)
    assert no_dialogs.messages[-2][0] == "confirm" and "¥120.00" in no_dialogs.messages[-2][1]
    assert no_dialogs.messages[-1] == ("inform", "Signed up; fee taken, receipt KC2026-000001.")
    no_dialogs.confirm_answers += [False]  # sign up now, pay later
    type_text(qtbot, tab.picker.search, "钱多多")
    qtbot.keyClick(tab.picker.search, Qt.Key.Key_Return)
    no_dialogs.confirm_answers += [True]  # full: the waitlist (no fee asked)
    type_text(qtbot, tab.picker.search, "孙立")
    qtbot.keyClick(tab.picker.search, Qt.Key.Key_Return)
    assert "waitlist" in no_dialogs.messages[-1][1]
    qtmodeltester.check(tab.people_model)
    assert _fee_column(tab) == {
        "赵善庆": "Paid ¥120.00 (KC2026-000001)",
        "钱多多": "Unpaid ¥120.00",
        "孙立": "Pays when a place comes",
    }
    if SHOTS:
        from PySide6.QtWidgets import QApplication

        QApplication.processEvents()
        page.grab().save(os.path.join(SHOTS, "classes_fees.png"))
    # the later payer pays at the desk
    tab.people.selectRow(1)
    no_dialogs.confirm_answers += [True]
    tab.fee_button.click()
    assert no_dialogs.messages[-1] == ("inform", "¥120.00 taken from 钱多多: receipt KC2026-000002.")
    # withdrawing before the term: the desk is told to give the fee back
    monkeypatch.setattr(page_module, "ask_reason", lambda *_a: "时间冲突")
    tab.people.selectRow(0)
    assert page_module._current(tab.people).name == "赵善庆"
    tab.withdraw_button.click()
    texts = [t for _k, t in no_dialogs.messages[-2:]]
    assert "Withdrawn before the term began: give ¥120.00 back to 赵善庆." in texts
    rows = {r.name: r for r in A.list_enrolments(db, admin, cid, include_withdrawn=True)}
    assert rows["赵善庆"].fee.refunded_fen == 12000 and rows["孙立"].status == "booked"
    assert _fee_column(tab)["孙立"] == "Unpaid ¥120.00"  # moved up: now pays
