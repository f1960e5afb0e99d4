"""The month's section for the district pack, and reminder slips opened by qpdf/pdftotext and rendered."""

from __future__ import annotations

import datetime as dt

import pytest

from app.errors import UserError
from app.library import desk, report, slips
from tests.library.conftest import NOON, adult, child_with_guardian, copy
from tests.pdfcheck import assert_pdf_ok, render_png


def test_month_section_counts_by_owner_with_totals(db, admin, frozen, district):
    frozen(dt.datetime(2026, 10, 20, 10, 0))
    a = adult(db, "甲读者")
    copy(db, "B1")
    copy(db, "B2")
    copy(db, "D1", owner="district")
    desk.lend(db, admin, a, "B1")  # due 11-19: overdue at the end of November
    frozen(dt.datetime(2026, 11, 3, 10, 0))
    b = adult(db, "乙读者")
    desk.lend(db, admin, b, "B2")
    loan = desk.lend(db, admin, b, "D1").loan_id
    desk.renew(db, admin, loan)
    desk.return_copy(db, admin, "B2")
    frozen(NOON)
    nov = report.month_section(db, admin, 2026, 11)
    (table,) = nov.tables
    assert table.rows == [["This room", "1", "1", "0", "1"], ["District library", "1", "0", "1", "0"]]
    assert table.total == ["Total", "2", "1", "1", "1"]
    assert dict(nov.lines) == {"New readers": "1", "Readers who borrowed": "1"}
    oct_ = report.month_section(db, admin, 2026, 10)
    assert oct_.tables[0].total == ["Total", "1", "0", "0", "0"]


def test_reminder_slips_one_per_card_with_the_childs_books(db, admin, frozen, tmp_path):
    frozen(NOON - dt.timedelta(days=45))
    mum = adult(db, "李妈妈")
    kid = child_with_guardian(db, "李小宝", mum)
    other = adult(db, "王大爷")
    for n, title in enumerate(("平凡的世界", "小王子", "三体")):
        copy(db, f"B{n}", title=title)
    ids = [desk.lend(db, admin, kid, "B0").loan_id, desk.lend(db, admin, mum, "B1").loan_id]
    ids.append(desk.lend(db, admin, other, "B2").loan_id)
    frozen(NOON)
    pdf = slips.reminder_slips_pdf(db, admin, ids)
    text = assert_pdf_ok(pdf, "李妈妈", "李小宝", "平凡的世界", "小王子", "王大爷", "三体")
    assert text.count("Overdue book reminder") == 2
    (png,) = render_png(pdf, dpi=60)
    assert png.stat().st_size > 0
    assert all(r.reminded_on == NOON.date() for r in desk.overdue_loans(db, admin))


def test_no_slip_for_loans_not_overdue(db, admin, frozen):
    frozen(NOON)
    copy(db, "B1")
    loan = desk.lend(db, admin, adult(db, "王读者"), "B1").loan_id
    with pytest.raises(UserError, match="no slip"):
        slips.reminder_slips_pdf(db, admin, [loan])
