"""The day close and its Z report as the tester read them (issue 12, items 10 and 14): a future day cannot be
closed; the amount column holds only amounts; the difference says over (长款) or short (短款); the closed report
names when and by whom; the day close dialog names the day and the drawer and lists the card top-ups in cash."""

import datetime as dt
import re

import pytest
from sqlalchemy import func, select

from app import clock
from app.canteen import reports, service
from app.canteen.service import SaleRequest
from app.errors import ValidationError
from app.residents import service as residents
from app.residents.service import ResidentInput
from db.models.canteen import DayClose
from tests.pdfcheck import extract_text

LUNCH = dt.datetime(2026, 11, 30, 11, 30)
EVENING = dt.datetime(2026, 11, 30, 18, 30)
AMOUNT = re.compile(r"^(-?¥[\d,.]+|Over ¥[\d,.]+|Short ¥[\d,.]+|Balanced)$")


@pytest.fixture
def day_with_sales(db, admin, frozen):
    """¥57 expected: a ¥53 card top-up in cash and a ¥4 subsidised lunch paid cash, two meals, a void."""
    frozen(LUNCH)
    elder = residents.create_resident(db, admin, ResidentInput(name="赵善庆", birth_date=dt.date(1944, 5, 1)))
    service.open_card(db, admin, elder, "C0057")
    service.card_movement(db, admin, elder, 5300, "topup")
    service.sell(db, admin, SaleRequest(elder, "lunch", 1, "cash"))
    service.sell(db, admin, SaleRequest(None, "lunch", 2, "wechat"))
    frozen(EVENING)
    return elder


def _closes(db) -> int:
    with db.read() as s:
        return s.execute(select(func.count()).select_from(DayClose)).scalar()


@pytest.mark.parametrize("day", [dt.date(2027, 1, 1), dt.date(2026, 12, 1)])
def test_a_future_day_cannot_be_closed(db, admin, frozen, day):
    frozen(EVENING)
    with pytest.raises(ValidationError, match="has not come yet") as info:
        reports.close_day(db, admin, day, {100: 1})
    assert info.value.field == "day" and _closes(db) == 0
    # the next day's sales still go through
    frozen(dt.datetime(2026, 12, 1, 11, 30))
    service.sell(db, admin, SaleRequest(None, "lunch", 1, "cash"))


def test_today_and_a_past_day_can_be_closed(db, admin, frozen):
    frozen(EVENING)
    reports.close_day(db, admin, dt.date(2026, 11, 29), {})
    reports.close_day(db, admin, clock.today(), {})
    assert _closes(db) == 2


def _sheet(db, summary, monkeypatch):
    captured = []
    monkeypatch.setattr(reports, "render_sheet", lambda sheet, center: captured.append(sheet) or b"%PDF")
    reports.day_report_pdf(db, summary, final=summary.closed is not None)
    return captured[0]


@pytest.mark.parametrize("counted, words", [(5700 + 5400, "Over ¥54"), (5700 - 5400, "Short ¥54"), (5700, "Balanced")])
def test_the_amount_column_holds_only_amounts_and_the_difference_says_over_or_short(
    db, admin, day_with_sales, monkeypatch, counted, words
):
    reason = "" if counted == 5700 else "找零时多收/少找"  # over or short closes only with a reason
    summary = reports.close_day(db, admin, clock.today(), {100: counted // 100}, reason=reason)
    sheet = _sheet(db, summary, monkeypatch)
    assert [c.title for c in sheet.columns] == ["Item", "Count", "Amount"]
    for item, count, amount in sheet.rows:
        assert count == "" or count.isdigit(), item
        assert amount == "" or AMOUNT.match(amount), (item, amount)
        assert (count == "") != (amount == ""), item  # a count or an amount, never both, never neither
    by_item = {row[0]: row for row in sheet.rows}
    assert by_item["Tickets"][1:] == ["2", ""] and by_item["Meals"][1:] == ["3", ""]
    assert by_item["Difference"][2] == words


def test_the_closed_report_says_when_and_by_whom(db, admin, day_with_sales):
    summary = reports.close_day(db, admin, clock.today(), {100: 57})
    text = extract_text(reports.day_report_pdf(db, summary, final=True))
    assert "closed 2026-11-30 18:30 by Test Admin" in " ".join(text.split())
    assert "Balanced" in text


def test_the_chinese_z_report_says_long_or_short(db, admin, day_with_sales, zh):
    summary = reports.close_day(db, admin, clock.today(), {100: 57 + 54}, reason="一位顾客多付了")
    text = extract_text(reports.day_report_pdf(db, summary, final=True))
    assert "长款 ¥54" in text and "数量" in text


def _dialog(qtbot, ctx, actor):
    from ui.canteen.day_close import DayCloseDialog
    from ui.context import AppContext
    from ui.main_window import MainWindow

    window = MainWindow(AppContext(ctx.db, actor))
    qtbot.addWidget(window)
    dialog = DayCloseDialog(window.ctx, window)
    return dialog


def test_the_day_close_dialog_names_the_day_the_drawer_and_the_top_ups(qtbot, ctx, day_with_sales, tmp_path):
    from PySide6.QtWidgets import QLabel

    from app.accounts.service import actor_for, create_user

    cashier = actor_for(ctx.db, create_user(ctx.db, ctx.actor, "shouyin", "收银 张强", "cashier-pw-1", ["cashier"]))
    service.card_movement(ctx.db, cashier, day_with_sales, 2000, "topup")
    dialog = _dialog(qtbot, ctx, cashier)
    dialog.show()
    assert dialog.heading.text() == "Closes 2026-11-30, the drawer of 收银 张强"
    topups = dialog.findChild(QLabel, "dayCloseTopups").text()
    assert "18:30 card C0057: ¥20" in topups and "Together: ¥20" in topups
    assert dialog.summary.expected_cash_fen == 2000
    dialog.counts[1000].setValue(3)
    assert dialog.counted.text() == "Counted ¥30 · Over ¥10"
    dialog.grab().save(str(tmp_path / "dayclose.png"))
    # the admin's own drawer: the admin's name, the admin's top-up of ¥53
    admin_dialog = _dialog(qtbot, ctx, ctx.actor)
    assert admin_dialog.heading.text() == "Closes 2026-11-30, the drawer of Test Admin"
    assert "11:30 card C0057: ¥53" in admin_dialog.findChild(QLabel, "dayCloseTopups").text()
