"""The 今日关注 page: worked out off the UI thread, grouped by rule, a visit request and a dismissal by keys."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from app.alerts import service as A
from app.requests import service as RS
from app.residents.tags import PARTY_MEMBER
from db.models.community import CareLink
from tests.alerts.conftest import FRIDAY, weekdays
from ui.alerts.models import NAME, REASON, STATUS, AlertsModel
from ui.alerts.page import AlertsPage


def _page(qtbot, ctx) -> AlertsPage:
    from ui import pages

    page = pages.create_page(next(p for p in pages.PAGES if p.object_name == "alertsPage"), ctx)  # with its keys
    assert isinstance(page, AlertsPage)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    qtbot.waitUntil(lambda: page.task is None and not page.busy.isVisible())
    return page


def _feed_caught_up(qtbot, ctx, db) -> None:
    """Wait until the change feed has passed on every write made so far: a marker write's topic comes back after
    them (the feed passes changes on in order), then the screens' coalescing interval."""
    from sqlalchemy import text

    from ui.common.live import COALESCE_MS

    seen: list[frozenset[str]] = []
    ctx.live.changed.connect(seen.append)
    qtbot.waitUntil(ctx.live.feed.connected.is_set)
    with db.write() as s:
        s.execute(text("UPDATE station_visits SET id = id WHERE id < 0"))  # "requests.station": no page here shows it
    qtbot.waitUntil(lambda: any("requests.station" in topics for topics in seen), timeout=10_000)
    ctx.live.changed.disconnect(seen.append)
    qtbot.wait(COALESCE_MS + 30)


def _press(qtbot, page, key, started) -> None:
    """Press Ctrl+`key` until the page takes it: a press while the list is being worked out again (another desk's
    change, or the page's own first opening, arrives through the change feed) is refused by design."""
    for _ in range(20):
        qtbot.waitUntil(lambda: page.task is None and not page.busy.isVisible())
        qtbot.keyClick(page, key, Qt.KeyboardModifier.ControlModifier)
        try:
            qtbot.waitUntil(started, timeout=1000)
            return
        except qtbot.TimeoutError:
            continue
    raise AssertionError("the page never took the key")


def test_model_passes_the_model_tester(qtmodeltester, db, admin, make_resident, meals, on_day):
    rid = make_resident("常来")
    meals(rid, weekdays(dt.date(2026, 11, 6), dt.date(2026, 11, 23)))
    on_day(FRIDAY)
    model = AlertsModel()
    model.set_alerts(A.today_alerts(db, admin))
    qtmodeltester.check(model)
    assert model.is_heading(0) and model.rowCount() == 2


def test_the_page_groups_by_rule_and_acts_by_keys(
    qtbot, ctx, db, admin, make_resident, meals, on_day, no_dialogs, monkeypatch
):
    from ui.alerts import reason_dialog

    asked: list[str] = []
    monkeypatch.setattr(reason_dialog, "ask_reason", lambda parent, title, label: asked.append(label) or "已电话联系")
    dep = RS.create_department(db, admin, "社会事务办")
    RS.create_category(db, admin, "养老服务", deadline_days=5, default_department_id=dep)
    a = make_resident("常来甲", building="6", unit="2", room="301")
    b = make_resident("常来乙", building="7", unit="1", room="101")
    member = make_resident("党员王", building="6", unit="2", room="101", tags={PARTY_MEMBER: "第一支部"})
    for rid in (a, b):
        meals(rid, weekdays(dt.date(2026, 11, 6), dt.date(2026, 11, 23)))
    with db.write() as s:
        s.add(CareLink(party_member_id=member, scope="building", building="6", started_on=dt.date(2026, 1, 1)))
    on_day(FRIDAY)
    page = _page(qtbot, ctx)
    model = page.model
    assert model.rowCount() == 3 and model.is_heading(0)
    assert "2" in model.index(0, NAME).data()  # the group's heading with its count
    names = {model.index(r, NAME).data(): r for r in (1, 2)}
    assert set(names) == {"常来甲", "常来乙"}
    assert "12" in model.index(1, REASON).data()
    page.table.setFocus()
    page.table.selectRow(names["常来甲"])
    made: list[int] = []
    real = A.to_visit_request
    monkeypatch.setattr(A, "to_visit_request", lambda *args: made.append(1) or real(*args))
    _press(qtbot, page, Qt.Key.Key_R, lambda: bool(made))
    qtbot.waitUntil(lambda: page.task is None and any(k == "inform" for k, _t in no_dialogs.messages))
    qtbot.waitUntil(lambda: page.task is None and not page.busy.isVisible())
    row = next(r for r in (1, 2) if model.index(r, NAME).data() == "常来甲")
    assert "党员王" in no_dialogs.messages[-1][1]
    assert model.alert_at(row).state == A.ACTED and "2026-" in model.index(row, STATUS).data()
    page.table.selectRow(3 - row)
    assert page._current().state == A.OPEN
    qtbot.keyClick(page, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(asked) == 1)
    qtbot.waitUntil(lambda: page.task is None and not page.busy.isVisible())
    dismissed = [model.alert_at(r) for r in range(model.rowCount()) if model.alert_at(r) is not None]
    assert {x.state for x in dismissed} == {A.ACTED, A.DISMISSED}
    page.only_open.setChecked(True)
    qtbot.waitUntil(lambda: page.task is None and not page.busy.isVisible())
    assert model.rowCount() == 0 and page.summary.text()


def test_rules_dialog_only_for_administrators(qtbot, ctx):
    page = _page(qtbot, ctx)
    assert page.rules_button.isVisibleTo(page)  # the template's user is an administrator
    from ui.alerts.rules_dialog import RulesDialog

    dialog = RulesDialog(ctx, page)
    qtbot.addWidget(dialog)
    spin = dialog.findChild(type(dialog.spins[("canteen_absent", "min_meals")]), "rule_canteen_absent_min_meals")
    spin.setValue(15)
    dialog.save()
    from app.alerts import rules as R

    assert {r.code: r for r in R.rules(ctx.db, ctx.actor)}["canteen_absent"]["min_meals"] == 15


def test_the_dismiss_dialog_stays_open_until_a_reason_is_written(qtbot):
    """Clerk's report: 忽略… with an empty reason closed the dialog and only then said a reason was needed."""
    from PySide6.QtWidgets import QDialog

    from ui.alerts.reason_dialog import ReasonDialog

    dialog = ReasonDialog(None, "Dismiss the alert", "Why is no action needed?")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.edit.setFocus()
    assert not dialog.ok_button.isEnabled() and dialog.hint.isVisibleTo(dialog)
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)  # Enter on an empty line
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    qtbot.keyClicks(dialog.edit, "   ")  # spaces are no reason
    assert not dialog.ok_button.isEnabled()
    dialog.accept()
    assert dialog.isVisible()
    dialog.edit.insert("住院了")  # typed (keyClicks takes ASCII only)
    assert dialog.ok_button.isEnabled() and not dialog.hint.isVisibleTo(dialog)
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.reason() == "住院了"


def test_dismiss_with_an_empty_reason_keeps_the_dialog_open(qtbot, ctx, db, make_resident, meals, on_day, no_dialogs):
    """Clerk's report: 忽略… with an empty reason closed the dialog and only then said "请写明忽略这条提醒的原因"."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLineEdit

    rid = make_resident("常来丙")
    meals(rid, weekdays(dt.date(2026, 11, 6), dt.date(2026, 11, 23)))
    on_day(FRIDAY)
    page = _page(qtbot, ctx)
    page.table.setFocus()
    page.table.selectRow(1)
    seen: dict[str, bool] = {}

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        seen["asked"] = dialog is not None
        if dialog is None:
            return
        edit = dialog.findChild(QLineEdit)
        qtbot.keyClick(edit, Qt.Key.Key_Return)  # no reason yet
        seen["open_after_empty"] = dialog.isVisible()
        if dialog.isVisible():
            edit.insert("住院了，家属已告知")
            qtbot.keyClick(edit, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)
    page.dismiss()
    assert seen == {"asked": True, "open_after_empty": True}
    assert not [m for m in no_dialogs.messages if m[0] == "warn"]
    qtbot.waitUntil(lambda: page.task is None and not page.busy.isVisible())
    assert page.model.alert_at(1).state == A.DISMISSED


def test_a_repeated_show_works_nothing_out_and_makes_no_widgets(
    qtbot, ctx, db, admin, make_resident, meals, on_day, monkeypatch
):
    """Issue 15: showing the page again runs no query and makes no widget; each row is worded once (a repaint asks
    the table about seven roles of every cell), and the list is worked out again only when the change feed says
    something changed (tested in test_sync.py)."""
    from PySide6.QtWidgets import QWidget

    rid = make_resident("常来")
    meals(rid, weekdays(dt.date(2026, 11, 6), dt.date(2026, 11, 23)))
    on_day(FRIDAY)
    page = _page(qtbot, ctx)
    assert page.model.rowCount() == 2
    _feed_caught_up(qtbot, ctx, db)  # the page's own first write came back through the feed (once), not later
    qtbot.waitUntil(lambda: page.task is None and not page.busy.isVisible())
    page.table.viewport().repaint()
    computed, worded = [], []
    real = A.today_alerts
    monkeypatch.setattr(A, "today_alerts", lambda *a, **k: computed.append(1) or real(*a, **k))
    real_word = AlertsModel._word
    monkeypatch.setattr(AlertsModel, "_word", lambda self, r: worded.append(r) or real_word(self, r))
    before = {id(w) for w in page.findChildren(QWidget)}
    for _ in range(3):
        page.hide()
        qtbot.wait(5)
        page.show()
        page.table.viewport().repaint()
        qtbot.wait(20)
    assert computed == [] and worded == []
    assert {id(w) for w in page.findChildren(QWidget)} == before
    assert page.model.index(1, NAME).data() == "常来"


@pytest.mark.deferred_steps
def test_the_page_paints_the_list_first_then_its_buttons_which_then_act(
    qtbot, ctx, db, admin, make_resident, meals, on_day, no_dialogs, monkeypatch
):
    """Issue 15: built for its tab being shown, the page's first paint carries the list and its heading; the
    buttons under it come after that paint, with their keys in their tooltips, and act on the alert chosen."""
    from PySide6.QtWidgets import QPushButton

    from tests.shown_in_tabs import shown_in_tabs
    from ui import pages
    from ui.alerts import reason_dialog
    from ui.common import steps

    monkeypatch.setattr(reason_dialog, "ask_reason", lambda parent, title, label: "已电话联系")
    rid = make_resident("常来甲", building="6", unit="2", room="301")
    meals(rid, weekdays(dt.date(2026, 11, 6), dt.date(2026, 11, 23)))
    on_day(FRIDAY)
    spec = next(p for p in pages.PAGES if p.object_name == "alertsPage")
    _window, page = shown_in_tabs(qtbot, lambda parent: pages.create_page(spec, ctx, parent))
    assert page.table.isVisible() and page.findChild(QPushButton, "alertDismiss") is None
    height = page.table.height()
    qtbot.waitUntil(lambda: steps.pending() == 0)
    qtbot.waitUntil(lambda: page.dismiss_button.isVisible() and page.task is None and not page.busy.isVisible())
    assert page.table.height() == height  # the list did not move when the buttons came
    assert "(Ctrl+D)" in page.dismiss_button.toolTip()
    page.table.setFocus()
    page.table.selectRow(1)
    assert page.dismiss_button.isEnabled()
    qtbot.mouseClick(page.dismiss_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.task is None and not page.busy.isVisible())
    assert page.model.alert_at(1).state == A.DISMISSED


@pytest.mark.deferred_steps
def test_a_key_pressed_before_the_buttons_came_makes_them_and_acts(qtbot, ctx, make_resident, meals, on_day):
    from tests.shown_in_tabs import shown_in_tabs
    from ui import pages

    spec = next(p for p in pages.PAGES if p.object_name == "alertsPage")
    _window, page = shown_in_tabs(qtbot, lambda parent: pages.create_page(spec, ctx, parent))
    assert not page.steps.finished
    from PySide6.QtGui import QShortcut
    from PySide6.QtWidgets import QPushButton

    assert page.findChild(QPushButton, "alertDismiss") is None
    page.findChild(QShortcut, "keyAlertDismiss").activated.emit()  # Ctrl+D before its button came
    assert page.steps.finished and page.findChild(QPushButton, "alertDismiss") is page.dismiss_button
