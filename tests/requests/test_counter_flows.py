"""Issue 16 item 5: the request counter as a clerk expects it — nothing acts on a choice the clerk did not make, a
clerk is told before typing what they may not record, a typed note survives a refusal, a reopened request gets a
fresh deadline, and the description takes several lines."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from app.errors import UserError
from app.requests import listing as L
from app.requests import service as S
from app.requests import workflow as W
from tests.helpers import type_text


@pytest.fixture
def printed(monkeypatch):
    from ui.common import documents

    out = []
    monkeypatch.setattr(documents, "print_silently", lambda path: out.append(path) or False)
    return out


@pytest.fixture
def asked(monkeypatch):
    """Replace the one-line question: records (label, text offered) and answers from `answers`."""
    from ui.common import dialogs

    class Asked:
        calls: list[tuple[str, str]] = []
        answers: list[str | None] = []

    rec = Asked()
    rec.calls, rec.answers = [], []

    def ask_text(parent, title, label, text=""):
        rec.calls.append((label, text))
        return rec.answers.pop(0) if rec.answers else None

    monkeypatch.setattr(dialogs, "ask_text", ask_text)
    return rec


def _page(qtbot, ctx):
    from ui.requests.page import RequestsPage

    page = RequestsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    return page


def _click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_dispatch_acts_only_on_a_department_the_clerk_chose_and_confirmed(qtbot, ctx, catalogue, no_dialogs, monday):
    S.set_department_categories(ctx.db, ctx.actor, catalogue.partner_id, [catalogue.category_id])
    r = S.take_in(ctx.db, ctx.actor, S.IntakeInput("walk_in", catalogue.category_id, "路灯不亮"))
    page = _page(qtbot, ctx)
    page.open_request(r.id)
    detail = page.queue.detail
    dispatch = detail.buttons[W.DISPATCH]
    # nothing is preselected: the button is there, disabled, and says why
    assert detail.department.currentIndex() == -1
    assert dispatch.isVisible() and not dispatch.isEnabled()
    assert dispatch.toolTip() == "Choose the department first."
    # the category's department is marked, not chosen
    suggested = detail.department.itemText(detail.department.findData(catalogue.department_id))
    assert "(suggested)" in suggested
    # the clerk chooses the partner; the question names it; "No" leaves the request as it was
    detail.department.setCurrentIndex(detail.department.findData(catalogue.partner_id))
    assert dispatch.isEnabled() and dispatch.toolTip() == ""
    no_dialogs.confirm_answers.append(False)
    _click(qtbot, dispatch)
    assert no_dialogs.messages[-1] == ("confirm", f"Dispatch {r.number} to 社区医院 (partner)?")
    assert S.get_request(ctx.db, ctx.actor, r.id).status == W.NEW
    assert detail.department.currentData() == catalogue.partner_id  # the choice stays for a second look
    no_dialogs.confirm_answers.append(True)
    _click(qtbot, dispatch)
    d = S.get_request(ctx.db, ctx.actor, r.id)
    assert d.status == W.DISPATCHED and d.department_id == catalogue.partner_id


def test_claim_acts_only_on_a_party_member_the_clerk_chose_and_confirmed(qtbot, ctx, catalogue, no_dialogs, monday):
    r = S.take_in(ctx.db, ctx.actor, S.IntakeInput("walk_in", catalogue.category_id, "帮老人买药"))
    S.dispatch(ctx.db, ctx.actor, r.id, catalogue.department_id)
    S.accept(ctx.db, ctx.actor, r.id)
    page = _page(qtbot, ctx)
    page.open_request(r.id)
    detail = page.queue.detail
    claim = detail.buttons[W.CLAIM]
    assert detail.member.count() == 2 and detail.member.currentIndex() == -1
    assert claim.isVisible() and not claim.isEnabled() and claim.toolTip() == "Choose the party member first."
    type_text(qtbot, detail.member_search, "孙")
    assert detail.member.count() == 1 and detail.member.currentIndex() == -1  # a search does not choose either
    detail.member.setCurrentIndex(0)
    no_dialogs.confirm_answers.append(False)
    _click(qtbot, claim)
    assert no_dialogs.messages[-1] == ("confirm", f"Record 孙党员 · 第一党支部 as claiming {r.number}?")
    assert S.get_request(ctx.db, ctx.actor, r.id).claimers == ()
    _click(qtbot, claim)  # confirmed (the recorder answers yes)
    assert S.get_request(ctx.db, ctx.actor, r.id).claimers == ("孙党员",)


def _resolved(ctx, catalogue, by) -> S.SavedRequest:
    r = S.take_in(ctx.db, by, S.IntakeInput("walk_in", catalogue.category_id, "楼道灯坏了"))
    S.dispatch(ctx.db, by, r.id, catalogue.department_id)
    S.accept(ctx.db, by, r.id)
    S.start(ctx.db, by, r.id)
    S.resolve(ctx.db, by, r.id, "已更换灯泡")
    return r


def test_the_handler_is_told_before_typing_the_follow_up(qtbot, ctx, catalogue, no_dialogs, asked, monday):
    r = _resolved(ctx, catalogue, ctx.actor)
    page = _page(qtbot, ctx)
    page.open_request(r.id)
    detail = page.queue.detail
    follow = detail.buttons[W.FOLLOW_UP]
    assert follow.isVisible() and not follow.isEnabled()
    assert "colleague" in follow.toolTip()
    assert not detail.rating.isEnabled()
    # even when asked (a key, a stale screen): refused before the note is asked for
    detail.run(W.FOLLOW_UP)
    assert asked.calls == []
    assert no_dialogs.messages[-1][0] == "error" and "colleague" in no_dialogs.messages[-1][1]
    # the service says the same to a script
    with pytest.raises(UserError, match="colleague"):
        S.follow_up(ctx.db, ctx.actor, r.id, W.SATISFIED)


def test_a_note_typed_is_kept_when_the_action_is_refused(
    qtbot, ctx, admin, catalogue, clerk, no_dialogs, asked, monday
):
    r = _resolved(ctx, catalogue, admin)
    ctx.set_actor(clerk)
    page = _page(qtbot, ctx)
    page.open_request(r.id)
    detail = page.queue.detail
    assert detail.buttons[W.FOLLOW_UP].isEnabled()
    # another desk records the follow-up first while this clerk types the resident's words: refused, words kept
    real_follow_up = S.follow_up

    def another_desk_first(db, actor, request_id, rating, note=""):
        real_follow_up(db, actor, request_id, W.UNSATISFIED, "灯还是不亮")
        return real_follow_up(db, actor, request_id, rating, note)

    S.follow_up = another_desk_first
    try:
        asked.answers.append("张阿姨说很满意，谢谢")
        detail.run(W.FOLLOW_UP)
    finally:
        S.follow_up = real_follow_up
    assert no_dialogs.messages[-1][0] == "error"
    assert S.get_request(ctx.db, admin, r.id).status == W.IN_PROGRESS
    # resolved again; the clerk opens the follow-up again: what they typed is offered
    S.resolve(ctx.db, admin, r.id, "已换灯具")
    detail.show_request(r.id)
    asked.answers.append("张阿姨说很满意，谢谢")
    detail.run(W.FOLLOW_UP)
    assert asked.calls[-1] == ("What did the resident say? (optional)", "张阿姨说很满意，谢谢")
    assert S.get_request(ctx.db, admin, r.id).status == W.CLOSED
    assert (r.id, W.FOLLOW_UP) not in detail.drafts  # once saved, the draft is gone


def test_a_reopened_request_gets_a_new_due_date_from_the_reopening_day(db, admin, catalogue, clerk, frozen):
    from app.workdays import set_days

    frozen(dt.datetime(2026, 11, 30, 10, 0))  # Monday; 3 working days: due Thursday 12-03
    r = _resolved_on_monday(db, admin, catalogue)
    assert r.due_date == dt.date(2026, 12, 3)
    with db.write() as s:
        set_days(s, [(dt.date(2026, 12, 11), "holiday", "测试假日")])
    frozen(dt.datetime(2026, 12, 10, 15, 0))  # Thursday, a week after the old due date
    S.follow_up(db, clerk, r.id, W.UNSATISFIED, "没有解决")
    d = S.get_request(db, admin, r.id)
    assert d.status == W.IN_PROGRESS and d.reopen_count == 1
    # Fri 12-11 is a holiday, the weekend does not count: Mon 14, Tue 15, Wed 16
    assert d.due_date == dt.date(2026, 12, 16)
    assert L.page_requests(db, L.RequestFilter(overdue_only=True)) == []
    # a satisfied follow-up does not move the date
    S.resolve(db, admin, r.id, "重新处理完毕")
    S.follow_up(db, clerk, r.id, W.SATISFIED)
    assert S.get_request(db, admin, r.id).due_date == dt.date(2026, 12, 16)


def _resolved_on_monday(db, admin, catalogue):
    r = S.take_in(db, admin, S.IntakeInput("walk_in", catalogue.category_id, "井盖松动"))
    S.dispatch(db, admin, r.id, catalogue.department_id)
    S.accept(db, admin, r.id)
    S.start(db, admin, r.id)
    S.resolve(db, admin, r.id, "已加固")
    return r


def test_the_description_takes_several_lines_and_only_ctrl_enter_saves(
    qtbot, ctx, catalogue, no_dialogs, printed, monday
):
    page = _page(qtbot, ctx)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    intake = page.intake
    intake.description.setFocus()
    type_text(qtbot, intake.description, "楼上漏水")
    qtbot.keyClick(intake.description, Qt.Key.Key_Return)
    qtbot.keyClick(intake.description, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    type_text(qtbot, intake.description, "已持续三天")
    assert intake.description.toPlainText() == "楼上漏水\n\n已持续三天"
    assert L.page_requests(ctx.db, L.RequestFilter()) == [] and printed == []  # Enter saved and printed nothing
    # Enter in the on-the-spot note does not save either
    intake.on_spot.setChecked(True)
    intake.on_spot.setChecked(False)
    qtbot.keyClick(intake.on_spot_note, Qt.Key.Key_Return)
    assert L.page_requests(ctx.db, L.RequestFilter()) == [] and printed == []
    qtbot.keyClick(intake.description, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    rows = L.page_requests(ctx.db, L.RequestFilter())
    assert len(rows) == 1 and len(printed) == 1
    assert S.get_request(ctx.db, ctx.actor, rows[0].id).description == "楼上漏水\n\n已持续三天"
    assert intake.description.toPlainText() == "" and intake.search.hasFocus()
    assert "Ctrl+Enter" in intake.description.placeholderText()
