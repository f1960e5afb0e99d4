"""A new clerk's day close (cashier 张强, demo data): cash over or short (长款/短款) closes only with a reason, kept
with the close, audited and printed on the Z report, after a confirmation naming the amount; a closed drawer's day
close shows the recorded close read-only and says at once that the day is closed, whoever opens it and however."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from app.accounts.service import actor_for, create_user
from app.canteen import reports
from app.errors import ValidationError
from app.residents import service as residents
from app.residents.service import ResidentInput
from db.models import AuditEntry
from db.models.canteen import DayClose
from tests.pdfcheck import extract_text

LUNCH = dt.datetime(2026, 11, 30, 11, 30)
AFTERNOON = dt.datetime(2026, 11, 30, 15, 0)
EVENING = dt.datetime(2026, 11, 30, 18, 30)


@pytest.fixture
def cashier(db, admin):
    return actor_for(db, create_user(db, admin, "shouyin", "收银 张强", "cashier-pw-1", ["cashier"]))


@pytest.fixture
def elder(db, admin):
    return residents.create_resident(db, admin, ResidentInput(name="赵善庆", birth_date=dt.date(1944, 5, 1)))


def _closes(db) -> int:
    with db.read() as s:
        return s.execute(select(func.count()).select_from(DayClose)).scalar()


def test_a_close_over_or_short_needs_the_reason_kept_audited_and_printed(db, cashier, frozen):
    frozen(EVENING)
    day = EVENING.date()
    with pytest.raises(ValidationError, match="Over ¥10") as info:  # one ¥10 note against ¥0 expected
        reports.close_day(db, cashier, day, {1000: 1})
    assert info.value.field == "reason"
    with pytest.raises(ValidationError, match="Over ¥10"):
        reports.close_day(db, cashier, day, {1000: 1}, reason="   ")
    assert _closes(db) == 0  # nothing closed
    summary = reports.close_day(db, cashier, day, {1000: 1}, reason="顾客付款后忘拿找零")
    assert summary.closed.difference_reason == "顾客付款后忘拿找零" and summary.difference_fen == 1000
    assert summary.closed_by == "收银 张强"
    with db.read() as s:
        entry = s.execute(select(AuditEntry).where(AuditEntry.action == "close_day")).scalar_one()
    assert json.loads(entry.after_json)["reason"] == "顾客付款后忘拿找零"
    text = " ".join(
        extract_text(reports.day_report_pdf(db, reports.day_summary(db, day, cashier.user_id), True)).split()
    )
    assert "Over ¥10" in text and "Reason for the difference: 顾客付款后忘拿找零" in text


def test_a_balanced_close_needs_no_reason(db, cashier, frozen):
    frozen(EVENING)
    summary = reports.close_day(db, cashier, EVENING.date(), {})
    assert summary.closed.difference_reason is None and summary.difference_fen == 0


def _dialog(qtbot, ctx):
    from ui.canteen.day_close import DayCloseDialog

    dialog = DayCloseDialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.resize(1366, 700)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_cashiers_close_over_asks_the_reason_and_confirmation_then_shows_the_recorded_close(
    qtbot, ctx, cashier, frozen, no_dialogs
):
    from ui.context import AppContext

    frozen(EVENING)
    own = AppContext(ctx.db, cashier)
    dialog = _dialog(qtbot, own)
    assert not dialog.state.isVisible()
    dialog.counts[1000].setValue(1)
    assert dialog.counted.text() == "Counted ¥10 · Over ¥10"
    no_dialogs.text_answers.append(None)  # cancelled
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert no_dialogs.messages[-1][0] == "ask_text" and "Over ¥10" in no_dialogs.messages[-1][1]
    no_dialogs.text_answers.append("  ")  # no reason
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert no_dialogs.messages[-1] == ("warn", "Over ¥10: say why the cash differs before the day is closed.")
    no_dialogs.text_answers.append("顾客付款后忘拿找零")
    no_dialogs.confirm_answers.append(False)  # not confirmed
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert no_dialogs.messages[-1][0] == "confirm" and "Over ¥10" in no_dialogs.messages[-1][1]
    assert _closes(ctx.db) == 0 and dialog.isVisible()
    no_dialogs.text_answers.append("顾客付款后忘拿找零")
    no_dialogs.confirm_answers.append(True)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert _closes(ctx.db) == 1 and not dialog.isVisible()
    assert dialog.summary.closed.difference_reason == "顾客付款后忘拿找零"

    again = _dialog(qtbot, own)  # the cashier opens 日结… again: the day is closed, said at once
    assert again.state.isVisible() and "This day is closed" in again.state.text()
    assert "顾客付款后忘拿找零" in again.state.text() and "收银 张强" in again.state.text()
    assert "Over ¥10" in again.state.text() and "2026-11-30 18:30" in again.state.text()
    assert again.counted.text() == "Counted ¥10 · Over ¥10"  # the recorded close, not a recount of zeros
    assert not again.ok.isEnabled() and again.ok.toolTip()
    assert again.counts[1000].value() == 1 and again.counts[1000].isReadOnly()
    assert not again.reopen_btn.isVisibleTo(again)  # a cashier does not reopen
    messages = len(no_dialogs.messages)
    again.confirm()  # Enter or a stale click: nothing asked, nothing closed twice
    assert len(no_dialogs.messages) == messages and _closes(ctx.db) == 1


def test_the_administrator_sees_the_cashiers_recorded_close(qtbot, ctx, cashier, frozen, no_dialogs):
    frozen(EVENING)
    reports.close_day(ctx.db, cashier, EVENING.date(), {1000: 1}, reason="顾客付款后忘拿找零")
    dialog = _dialog(qtbot, ctx)
    dialog.drawer.setCurrentIndex(dialog.drawer.findData(cashier.user_id))
    assert dialog.counted.text() == "Counted ¥10 · Over ¥10"  # was "无差额"
    assert dialog.state.isVisible() and "顾客付款后忘拿找零" in dialog.state.text()
    assert dialog.reopen_btn.isEnabled() and not dialog.ok.isEnabled()
    dialog.drawer.setCurrentIndex(dialog.drawer.findData(ctx.actor.user_id))  # the administrator's own, open
    assert not dialog.state.isVisible() and dialog.ok.isEnabled() and dialog.counts[1000].value() == 0
    assert not dialog.counts[1000].isReadOnly()


def test_a_drawer_closed_at_another_workstation_after_the_picker_was_filled_shows_closed(
    qtbot, ctx, cashier, frozen, no_dialogs
):
    frozen(EVENING)
    dialog = _dialog(qtbot, ctx)
    reports.close_day(ctx.db, cashier, EVENING.date(), {}, cashier_id=cashier.user_id)
    dialog.drawer.setCurrentIndex(dialog.drawer.findData(cashier.user_id))
    assert not dialog.ok.isEnabled() and dialog.state.isVisible() and "closed" in dialog.drawer.currentText()
