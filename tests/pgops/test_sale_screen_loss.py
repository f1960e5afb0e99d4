"""The sale screen never leaves the cashier unsure whether a sale was saved (issue 13 item 6)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from app.canteen import outcome, service
from db.errors import DatabaseProblem
from ui.canteen.page import SaleScreen

LUNCH = dt.datetime(2026, 11, 30, 11, 30)


@pytest.fixture
def screen(qtbot, ctx, frozen, monkeypatch, previews):
    frozen(LUNCH)
    from ui.common import documents

    printed: list = []
    monkeypatch.setattr(documents, "print_silently", lambda path: printed.append(path) or True)
    w = SaleScreen(ctx)
    w.printed = printed
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def _in_doubt(monkeypatch, answers):
    """service.sell loses the connection while committing; the look-ups answer from `answers`."""
    from app import clock

    attempt = outcome.SaleAttempt("20261130-L-0001", 1, clock.now())

    def sell(db, actor, req):
        raise outcome.SaleInDoubt("NOT KNOWN YET whether ticket 20261130-L-0001 was saved", attempt)

    def sale_saved(db, a):
        answer = answers.pop(0)
        if isinstance(answer, BaseException):
            raise answer
        return answer

    monkeypatch.setattr(service, "sell", sell)
    monkeypatch.setattr(outcome, "sale_saved", sale_saved)
    return attempt


def _sell_to_guest(qtbot, screen):
    qtbot.keyClick(screen.scan, Qt.Key.Key_F4)  # a walk-in guest
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)


def test_not_known_yet_then_saved_when_the_server_is_back(qtbot, ctx, screen, monkeypatch):
    real = service.sell
    ticket = None

    def saved_ticket():
        nonlocal ticket
        ticket = real(ctx.db, ctx.actor, service.SaleRequest(None, "lunch", 1, "wechat"))
        return ticket.ticket_id

    lost = DatabaseProblem(DatabaseProblem.UNREACHABLE, "connection refused")
    answers: list = [lost]
    _in_doubt(monkeypatch, answers)
    screen._pending_timer.setInterval(50)
    _sell_to_guest(qtbot, screen)
    assert screen.pending.isVisible() and "NOT KNOWN YET" in screen.pending.text()
    qtbot.waitUntil(lambda: not answers, timeout=5000)  # asked once, the server still away: asks again
    assert "NOT KNOWN YET" in screen.pending.text()
    answers.append(saved_ticket())
    qtbot.waitUntil(lambda: "SAVED" in screen.pending.text(), timeout=5000)
    assert "20261130-L-0001" in screen.pending.text()
    assert len(screen.printed) == 1  # its receipt, printed once it is known
    assert not screen._pending_timer.isActive()


def test_no_second_sale_while_the_first_is_not_known(qtbot, screen, monkeypatch):
    """Enter again while a sale is in doubt asks the server at once and sells nothing."""
    lost = DatabaseProblem(DatabaseProblem.UNREACHABLE, "connection refused")
    answers: list = [lost, lost]
    _in_doubt(monkeypatch, answers)
    calls: list = []
    in_doubt_sell = service.sell
    monkeypatch.setattr(service, "sell", lambda *a: calls.append(a) or in_doubt_sell(*a))
    _sell_to_guest(qtbot, screen)
    assert len(calls) == 1
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)
    assert len(calls) == 1 and "Wait: it is being checked whether ticket 20261130-L-0001" in screen.message.text()
    qtbot.waitUntil(lambda: len(answers) < 2, timeout=5000)  # asked at once, without waiting for the timer


def test_not_known_yet_then_not_saved(qtbot, screen, monkeypatch):
    answers: list = [None]
    _in_doubt(monkeypatch, answers)
    screen._pending_timer.setInterval(50)
    _sell_to_guest(qtbot, screen)
    qtbot.waitUntil(lambda: "NOT saved" in screen.pending.text(), timeout=5000)
    assert "Sell it again" in screen.pending.text() and screen.printed == []


def test_not_saved_is_said_on_the_screen(qtbot, screen, monkeypatch):
    def sell(db, actor, req):
        raise outcome.not_saved(DatabaseProblem(DatabaseProblem.UNREACHABLE, "connection refused"))

    monkeypatch.setattr(service, "sell", sell)
    _sell_to_guest(qtbot, screen)
    assert screen.message.text().startswith("NOT saved: the database server cannot be reached")
