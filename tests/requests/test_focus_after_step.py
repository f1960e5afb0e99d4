"""After a step button is pressed it disables itself; keyboard focus goes on to the next step's button (or the
list), never to a neighbour such as 取消诉求 that one Space would open (polish1, item 1)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.requests import service as S
from app.requests import workflow as W
from ui.requests.page import RequestsPage

DESTRUCTIVE = {W.CANCEL, W.RETURN, W.CLOSE_UNRATED}


def _page(qtbot, ctx):
    page = RequestsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1350, 700)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.setCurrentWidget(page.queue)
    qtbot.wait(50)  # the tab puts the focus in its page (a zero timer)
    return page


def _press(qtbot, button) -> None:
    """The way a clerk at the keyboard does it: focus on the button, Space."""
    button.setFocus(Qt.FocusReason.TabFocusReason)
    assert QApplication.focusWidget() is button
    qtbot.keyClick(button, Qt.Key.Key_Space)


def test_focus_goes_to_the_next_step_never_to_cancel(qtbot, ctx, clerk, catalogue, no_dialogs, monday):
    r = S.take_in(ctx.db, clerk, S.IntakeInput("walk_in", catalogue.category_id, "楼道灯坏了，晚上看不见路"))
    page = _page(qtbot, ctx)
    detail = page.queue.detail
    page.open_request(r.id)
    detail.department.setCurrentIndex(detail.department.findData(catalogue.department_id))
    expected_next = {W.DISPATCH: W.ACCEPT, W.ACCEPT: W.CLAIM, W.CLAIM: W.START, W.START: W.RESOLVE}
    for action in (W.DISPATCH, W.ACCEPT, W.CLAIM, W.START, W.RESOLVE):
        if action == W.CLAIM:
            detail.member.setCurrentIndex(0)
        if action == W.RESOLVE:
            no_dialogs.text_answers.append("换了灯泡")
        _press(qtbot, detail.buttons[action])
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
        focused = QApplication.focusWidget()
        names = {b: a for a, b in detail.buttons.items()}
        assert focused not in {detail.buttons[a] for a in DESTRUCTIVE}, (action, names.get(focused))
        if action in expected_next:
            want = detail.buttons[expected_next[action]]
            if want.isEnabled():
                assert focused is want, (action, names.get(focused), focused)
        assert focused is not None and focused.isEnabled(), action
    assert S.get_request(ctx.db, ctx.actor, r.id).status == W.RESOLVED
    # resolved by this user: the follow-up is a colleague's, so focus is on the list, not on 取消/关闭
    assert QApplication.focusWidget() is page.queue.table
