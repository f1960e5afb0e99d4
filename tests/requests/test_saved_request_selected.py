"""Fresh clerk test: right after saving a request on the intake screen, Ctrl+D (派单) acts on that request — the
request list, built then if it was not yet, has it selected."""

from __future__ import annotations

from app.requests import service as S
from ui.main_window import MainWindow


def test_a_request_just_saved_is_the_one_ctrl_d_acts_on(qtbot, ctx, clerk, catalogue, no_dialogs):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 728)
    window.show()
    qtbot.waitExposed(window)
    page = window.tabs.currentWidget()
    assert not page.lazy.is_built("requestsQueue")
    r = S.take_in(ctx.db, clerk, S.IntakeInput("walk_in", catalogue.category_id, "楼道灯坏了"))
    page.intake.saved.emit(r.id)  # what the intake form says after saving (and printing)
    detail = page.lazy.page("requestsQueue").detail
    assert detail.detail is not None and detail.detail.id == r.id


def test_the_dispatch_and_claim_questions_go_on_with_enter(qtbot, ctx, clerk, catalogue, monkeypatch):
    """派单 and 党员领单 confirm a choice the clerk has just made: Enter answers Yes (fresh clerk test: it cancelled)."""
    from PySide6.QtWidgets import QMessageBox

    from app.requests import workflow as W
    from ui.requests.page import RequestsPage

    defaults = []

    def question(parent, title, text, buttons, default):
        defaults.append(default)
        return default  # what Enter does

    monkeypatch.setattr(QMessageBox, "question", question)
    r = S.take_in(ctx.db, clerk, S.IntakeInput("walk_in", catalogue.category_id, "楼道灯坏了"))
    page = RequestsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.open_request(r.id)
    detail = page.queue.detail
    detail.department.setCurrentIndex(detail.department.findData(catalogue.department_id))
    detail.run(W.DISPATCH)
    assert defaults == [QMessageBox.StandardButton.Yes]
    assert S.get_request(ctx.db, ctx.actor, r.id).status == W.DISPATCHED
