"""The monthly report: the three rates as defined in app/requests/reports.py, and the PDF."""

from __future__ import annotations

import datetime as dt

import pytest

from app.errors import ValidationError
from app.requests import reports as R
from app.requests import service as S
from app.requests import workflow as W
from tests.pdfcheck import assert_pdf_ok


def test_monthly_figures_and_pdf(db, admin, clerk, catalogue, frozen, zh):
    frozen(dt.datetime(2026, 11, 2, 9, 0))  # Monday
    mk = lambda **kw: S.take_in(  # noqa: E731
        db, clerk, S.IntakeInput(kw.pop("channel", "walk_in"), catalogue.category_id, "描述", **kw)
    )
    on_spot = mk(handled_on_spot=True, resolution_note="当场")
    quick = mk(channel="phone")
    slow = mk(channel="grid")
    cancelled = mk()
    S.cancel(db, clerk, cancelled.id, "重复")
    S.dispatch(db, clerk, quick.id, catalogue.department_id)
    S.accept(db, admin, quick.id)  # same day: in time
    S.start(db, admin, quick.id)
    frozen(dt.datetime(2026, 11, 3, 9, 0))
    S.resolve(db, admin, quick.id, "好了")
    S.follow_up(db, clerk, quick.id, W.UNSATISFIED)
    S.resolve(db, admin, quick.id, "再办好")
    S.follow_up(db, clerk, quick.id, W.SATISFIED)
    S.dispatch(db, clerk, slow.id, catalogue.partner_id)
    frozen(dt.datetime(2026, 11, 10, 9, 0))
    S.accept(db, admin, slow.id)  # a week later: not in time, and past due (11-05)
    f = R.monthly_figures(db, 2026, 11)
    assert (f.total, f.cancelled, f.counted) == (4, 1, 3)
    assert f.responded_in_time == 2 and f.response_rate == pytest.approx(2 / 3)
    assert f.resolved == 2 and f.resolution_rate == pytest.approx(2 / 3)
    # one request followed up: its latest answer (satisfied, after an unsatisfied one that reopened it) counts
    assert (f.followups, f.satisfied, f.unreached) == (1, 1, 0) and f.satisfaction_rate == 1.0
    assert (f.overdue_open, f.resolved_late, f.reopened) == (1, 0, 1)
    assert f.by_channel[W.channel_label("grid")] == 1 and f.by_category["社会保障"] == 3
    assert f.average_days_to_resolve == pytest.approx(0.5)  # 0 days on the spot, 1 day for the quick one
    pdf = R.monthly_report_pdf(db, admin, 2026, 11)
    assert_pdf_ok(pdf, "社会保障", "社区医院", "66.7%", "100.0%", "按本月受理的诉求统计")  # the row rule, in the default language
    assert on_spot.number
    with pytest.raises(ValidationError):
        R.monthly_figures(db, 2026, 12)  # not begun yet
