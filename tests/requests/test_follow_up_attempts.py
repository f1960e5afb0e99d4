"""An outside tester's report (session 8): a follow-up call (回访) that does not reach the resident is an attempt, not
an answer — the request keeps waiting for its follow-up (the queue and 今日关注 agree) until a call is answered or an
administrator closes it without one, with the reason; the satisfaction rate counts answered calls only and the
statistics show how many were not reached. And the statistics' rows each describe one set of requests: those
received in the month, whenever they were followed up (requests crossing a month boundary)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app import clock
from app.alerts import compute as C
from app.alerts import rules as AR
from app.errors import PermissionDenied, ValidationError
from app.reports import figures as F
from app.reports import pack as P
from app.requests import listing as L
from app.requests import reports as R
from app.requests import service as S
from app.requests import workflow as W
from app.workdays import load_calendar
from db.models.requests import RequestFollowUp, ServiceRequest


def _resolved(db, by, catalogue, text="楼道灯坏了", callback_ok=True) -> int:
    rid = S.take_in(
        db, by, S.IntakeInput("walk_in", catalogue.category_id, text, catalogue.resident_id, callback_ok=callback_ok)
    ).id
    S.dispatch(db, by, rid, catalogue.department_id)
    S.accept(db, by, rid)
    S.start(db, by, rid)
    S.resolve(db, by, rid, "已办好", minutes_per_claimer=0)
    return rid


def _deadline(db, rid) -> str:
    return next(r.deadline for r in L.page_requests(db, L.RequestFilter()) if r.id == rid)


def _waiting_calls(db) -> set[int]:
    """The requests today's 今日关注 lists as waiting for their follow-up call."""
    with db.read() as s:
        ctx = C.Context(clock.today(), load_calendar(s), AR.load_rules(s))
        found = C.COMPUTE[AR.FOLLOW_UP_CALL](s, ctx.rules[AR.FOLLOW_UP_CALL], ctx)
    return {int(h.subject.split(":")[1]) for h in found}


def test_a_call_that_reaches_nobody_is_an_attempt_and_the_request_keeps_waiting(db, admin, clerk, catalogue, frozen):
    frozen(dt.datetime(2026, 11, 26, 10, 0))  # Thursday
    rid = _resolved(db, admin, catalogue)
    frozen(dt.datetime(2026, 11, 27, 15, 0))  # Friday, one working day later
    assert _waiting_calls(db) == {rid}
    S.follow_up(db, clerk, rid, W.NOT_REACHED, "无人接听")
    frozen(dt.datetime(2026, 11, 30, 9, 30))
    S.follow_up(db, clerk, rid, W.DECLINED)
    d = S.get_request(db, clerk, rid)
    # still resolved, no rating, the follow-up still offered; each attempt kept with who and when
    assert (d.status, d.satisfaction, d.unanswered_calls) == (W.RESOLVED, None, 2)
    assert W.FOLLOW_UP in S.allowed_actions(d)
    with db.read() as s:
        calls = s.execute(select(RequestFollowUp).order_by(RequestFollowUp.id)).scalars().all()
        assert [(c.outcome, c.rating, c.user_id, c.note) for c in calls] == [
            (W.NOT_REACHED, None, clerk.user_id, "无人接听"),
            (W.DECLINED, None, clerk.user_id, ""),
        ]
        assert clock.to_local(calls[0].at) == dt.datetime(2026, 11, 27, 15, 0, tzinfo=clock.local_tz())
    assert [e.action for e in d.events][-2:] == [W.FOLLOW_UP, W.FOLLOW_UP]
    assert d.events[-2].note.startswith(W.rating_label(W.NOT_REACHED))
    # the queue and today's alerts agree: it still waits for its call (late now)
    assert _deadline(db, rid) == L.FOLLOW_UP_LATE
    assert _waiting_calls(db) == {rid}
    # the next call is answered: the rating closes it as before
    S.follow_up(db, clerk, rid, W.SATISFIED, "很满意")
    d = S.get_request(db, clerk, rid)
    assert (d.status, d.satisfaction, d.unanswered_calls) == (W.CLOSED, W.SATISFIED, 0)
    assert _waiting_calls(db) == set() and _deadline(db, rid) == ""


def test_only_an_administrator_closes_a_request_without_its_follow_up_and_says_why(db, admin, clerk, catalogue, frozen):
    frozen(dt.datetime(2026, 11, 26, 10, 0))
    rid = _resolved(db, admin, catalogue)
    frozen(dt.datetime(2026, 11, 30, 9, 30))
    S.follow_up(db, clerk, rid, W.NOT_REACHED)
    with pytest.raises(PermissionDenied):
        S.close_without_follow_up(db, clerk, rid, "联系不上")
    with pytest.raises(ValidationError):
        S.close_without_follow_up(db, admin, rid, "  ")
    assert S.get_request(db, admin, rid).status == W.RESOLVED and _waiting_calls(db) == {rid}
    S.close_without_follow_up(db, admin, rid, "三次电话未接通，居民已搬走")
    d = S.get_request(db, admin, rid)
    assert (d.status, d.satisfaction) == (W.CLOSED, None)
    last = d.events[-1]
    assert (last.action, last.from_status, last.to_status, last.note) == (
        W.CLOSE_UNRATED, W.RESOLVED, W.CLOSED, "三次电话未接通，居民已搬走"
    )  # fmt: skip
    assert _waiting_calls(db) == set() and _deadline(db, rid) == ""


def test_a_resident_who_asked_not_to_be_called_is_not_listed_as_a_call_to_make(db, admin, catalogue, frozen):
    frozen(dt.datetime(2026, 11, 26, 10, 0))
    rid = _resolved(db, admin, catalogue, callback_ok=False)
    frozen(dt.datetime(2026, 11, 30, 9, 30))
    assert _waiting_calls(db) == set()  # today's alerts: no call to make …
    assert _deadline(db, rid) == L.NO_CALLBACK  # … and the queue says the same, not "follow-up overdue"


def test_the_satisfaction_rate_counts_answered_calls_and_the_unreached_are_shown(db, admin, clerk, catalogue, frozen):
    frozen(dt.datetime(2026, 11, 2, 10, 0))
    answered, unreached, closed = (_resolved(db, admin, catalogue, t) for t in ("修灯", "修门", "修窗"))
    frozen(dt.datetime(2026, 11, 3, 10, 0))
    S.follow_up(db, clerk, answered, W.NOT_REACHED)
    S.follow_up(db, clerk, answered, W.BASICALLY_SATISFIED)
    S.follow_up(db, clerk, unreached, W.NOT_REACHED)
    S.follow_up(db, clerk, unreached, W.NOT_REACHED)
    S.follow_up(db, clerk, closed, W.DECLINED)
    S.close_without_follow_up(db, admin, closed, "居民拒绝回访")
    f = R.monthly_figures(db, 2026, 11)
    assert (f.counted, f.resolved, f.followups, f.satisfied, f.unreached) == (3, 3, 1, 1, 2)
    assert f.satisfaction_rate == 1.0
    stats = F.request_figures(db, admin, 2026, 11)
    assert (stats.total.followups, stats.total.unreached) == (1, 2)
    by_category = P.request_tables(stats)[0]
    assert "Not reached" in by_category.headings
    assert by_category.total[by_category.headings.index("Not reached")] == "2"
    assert by_category.total[by_category.headings.index("Satisfaction rate")] == "100.0%"


def _at(frozen, day: dt.date, hour: int, minute: int = 0) -> None:
    frozen(dt.datetime.combine(day, dt.time(hour, minute)))


def test_a_month_row_counts_the_requests_received_in_it_across_month_boundaries(db, admin, clerk, catalogue, frozen):
    """Requests received at the end of a month and followed up in the next (a call at 00:30 local on 1 December is
    still 30 November in UTC): every figure of a row is about the requests received in that month."""
    _at(frozen, dt.date(2026, 10, 30), 16)
    october = _resolved(db, admin, catalogue, "十月底")
    _at(frozen, dt.date(2026, 11, 2), 9)
    S.follow_up(db, clerk, october, W.SATISFIED)  # October's request, rated in November
    _at(frozen, dt.date(2026, 11, 30), 23, 30)
    late = _resolved(db, admin, catalogue, "十一月最后半小时")
    _at(frozen, dt.date(2026, 12, 1), 0, 30)
    S.follow_up(db, clerk, late, W.UNSATISFIED)  # reopened (重办) …
    S.resolve(db, admin, late, "再办好", minutes_per_claimer=0)
    _at(frozen, dt.date(2026, 12, 2), 10)
    S.follow_up(db, clerk, late, W.SATISFIED)  # … and rated again: its latest answer counts, once
    _at(frozen, dt.date(2026, 11, 10), 10)
    waiting = _resolved(db, admin, catalogue, "十一月未接通")
    _at(frozen, dt.date(2026, 12, 1), 10)
    S.follow_up(db, clerk, waiting, W.NOT_REACHED)
    _at(frozen, dt.date(2026, 12, 3), 10)
    december = _resolved(db, admin, catalogue, "十二月")
    with db.read() as s:
        assert [r.intake_day for r in s.execute(select(ServiceRequest).order_by(ServiceRequest.id)).scalars()] == [
            dt.date(2026, 10, 30), dt.date(2026, 11, 30), dt.date(2026, 11, 10), dt.date(2026, 12, 3)
        ]  # fmt: skip

    def row(month: int) -> tuple[int, int, int, int, int]:
        f = R.monthly_figures(db, 2026, month)
        return f.counted, f.resolved, f.followups, f.satisfied, f.unreached

    assert row(10) == (1, 1, 1, 1, 0)  # the October request, its November answer included
    assert row(11) == (2, 2, 1, 1, 1)  # the two November requests: one answered (latest: satisfied), one not reached
    assert row(12) == (1, 1, 0, 0, 0)  # December's request, not yet called; none of the November calls
    stats = F.request_figures(db, admin, 2026, 12)
    trend = {x.name: (x.requests, x.followups, x.satisfied, x.unreached) for x in stats.trend}
    assert (trend["2026-10"], trend["2026-11"], trend["2026-12"]) == ((1, 1, 1, 0), (2, 1, 1, 1), (1, 0, 0, 0))
    for x in [*stats.trend, *stats.by_category, *stats.by_channel]:
        assert x.followups + x.unreached <= x.requests, x  # a row describes one set of requests
    assert december


def test_the_desk_records_a_call_that_reached_nobody_and_the_administrator_closes_it(
    qtbot, ctx, admin, clerk, catalogue, no_dialogs, frozen
):
    from PySide6.QtCore import Qt

    from ui.requests.page import RequestsPage

    frozen(dt.datetime(2026, 11, 26, 10, 0))
    rid = _resolved(ctx.db, admin, catalogue)
    frozen(dt.datetime(2026, 11, 27, 15, 0))
    ctx.set_actor(clerk)
    page = RequestsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    page.open_request(rid)
    detail = page.queue.detail
    follow, close = detail.buttons[W.FOLLOW_UP], detail.buttons[W.CLOSE_UNRATED]
    # the clerk may call; only an administrator closes without a follow-up (the button says so)
    assert follow.isEnabled() and close.isVisible() and not close.isEnabled()
    assert close.toolTip() == "Only an administrator closes a request without its follow-up."
    detail.rating.setCurrentIndex(detail.rating.findData(W.NOT_REACHED))
    no_dialogs.text_answers.append("无人接听")
    qtbot.mouseClick(follow, Qt.MouseButton.LeftButton)
    assert no_dialogs.messages[-1] == (
        "ask_text", "What happened? (optional; the request still waits for its follow-up)"
    )  # fmt: skip
    d = S.get_request(ctx.db, clerk, rid)
    assert (d.status, d.satisfaction, d.unanswered_calls) == (W.RESOLVED, None, 1)
    # still offered as the follow-up to make, the attempt said on the request
    assert follow.isEnabled() and detail.rating.isEnabled()
    assert "follow-up calls without an answer: 1" in detail.summary.text().splitlines()[0]
    ctx.set_actor(admin)
    detail.show_request(rid)
    assert close.isEnabled() and not follow.isEnabled()  # the administrator resolved it: a colleague rates it
    no_dialogs.text_answers.append("居民已搬走，联系不上")
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert no_dialogs.messages[-1] == (
        "ask_text", "Why is it closed without the resident's rating? (calls without an answer: 1)"
    )  # fmt: skip
    d = S.get_request(ctx.db, admin, rid)
    assert (d.status, d.satisfaction, d.events[-1].note) == (W.CLOSED, None, "居民已搬走，联系不上")
    assert not close.isEnabled() and not follow.isEnabled()


def test_a_district_pack_issued_before_the_rule_prints_as_it_printed(db, admin, clerk, catalogue, frozen):
    """A snapshot kept before `unreached` was counted (its follow-ups were the month's calls) keeps its headings."""
    frozen(dt.datetime(2026, 11, 2, 10, 0))
    rid = _resolved(db, admin, catalogue)
    S.follow_up(db, clerk, rid, W.SATISFIED)
    stats = F.request_figures(db, admin, 2026, 11)
    now = P.request_tables(stats)[0]
    assert now.headings[1:6] == ["Received", "Responded in time", "Resolved", "Answered", "Not reached"]

    def old(row: F.RateRow) -> F.RateRow:
        return P._rate_row({k: v for k, v in vars(row).items() if k != "unreached"})

    stats.by_category, stats.by_channel = [old(x) for x in stats.by_category], [old(x) for x in stats.by_channel]
    stats.trend, stats.total = [old(x) for x in stats.trend], old(stats.total)
    then = P.request_tables(stats)[0]
    assert then.headings[1:5] == ["Requests", "Responded in time", "Resolved", "Follow-ups"]
    assert len(then.total) == len(then.headings) == len(then.widths) == 8
