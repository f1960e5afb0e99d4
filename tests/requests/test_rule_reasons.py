"""An action the request's state allows but a rule keeps from this user is greyed with the reason and who may do
it, as a tooltip and as a line on the detail: 回访 for the person who resolved the request, an extension decision
for a front-desk clerk (polish1, item 2)."""

from __future__ import annotations

from app.accounts.service import role_label
from app.requests import service as S
from app.requests import workflow as W
from ui.context import AppContext
from ui.requests.page import RequestsPage


def _resolved_by(db, actor, catalogue) -> int:
    r = S.take_in(db, actor, S.IntakeInput("walk_in", catalogue.category_id, "楼道灯坏了"))
    S.dispatch(db, actor, r.id, catalogue.department_id)
    S.accept(db, actor, r.id)
    S.start(db, actor, r.id)
    S.resolve(db, actor, r.id, "换了灯泡")
    return r.id


def _detail(qtbot, ctx, request_id):
    page = RequestsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1350, 700)
    page.show()
    qtbot.waitExposed(page)
    page.open_request(request_id)
    return page.queue.detail


def test_follow_up_says_why_and_who_to_the_person_who_resolved(qtbot, ctx, catalogue, no_dialogs, monday):
    rid = _resolved_by(ctx.db, ctx.actor, catalogue)
    detail = _detail(qtbot, ctx, rid)
    button = detail.buttons[W.FOLLOW_UP]
    assert not button.isEnabled()
    for text in (button.toolTip(), detail.rating.toolTip(), detail.rules_line.text()):
        assert "colleague" in text and role_label("front_desk") in text, text
    assert detail.rules_line.isVisible()
    assert W.button_label(W.FOLLOW_UP) in detail.rules_line.text()


def test_a_colleague_sees_no_rule_line_and_may_record_it(qtbot, ctx, clerk, catalogue, no_dialogs, monday):
    rid = _resolved_by(ctx.db, clerk, catalogue)
    detail = _detail(qtbot, ctx, rid)
    assert detail.buttons[W.FOLLOW_UP].isEnabled()
    assert detail.rules_line.text() == ""
    detail.show_request(None)
    assert detail.rules_line.text() == ""


def test_an_extension_only_an_administrator_decides_says_so_on_the_detail(
    qtbot, qapp, db, admin, clerk, catalogue, no_dialogs, monday
):
    r = S.take_in(db, clerk, S.IntakeInput("walk_in", catalogue.category_id, "加装扶手"))
    S.dispatch(db, clerk, r.id, catalogue.department_id)
    S.accept(db, clerk, r.id)
    S.request_extension(db, clerk, r.id, 3, "等材料")
    detail = _detail(qtbot, AppContext(db, clerk), r.id)
    button = detail.buttons[W.DECIDE_EXTENSION]
    assert not button.isEnabled() and "administrator" in button.toolTip()
    assert "administrator" in detail.rules_line.text()
    assert W.button_label(W.DECIDE_EXTENSION) in detail.rules_line.text()
