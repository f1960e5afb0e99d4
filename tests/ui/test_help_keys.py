"""Help and keys (issue 16, found 9): F1 opens the help of the counter on screen, in both languages, offline;
Help › Keyboard shortcuts lists every key actually registered and no two keys collide in one window; the frequent
actions of requests, childcare and volunteers have keys, shown in their buttons' tooltips."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QPushButton

from tests.backends import widgets_only
from ui import help as help_ui
from ui import keys
from ui.main_window import MainWindow

pytestmark = widgets_only()

TOPIC_PAGES = {t: p for t, p in help_ui.TOPICS.items() if p}


def _window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def _press(qtbot, page, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key typed while the cursor is somewhere on `page`, as a clerk would."""
    focus = QApplication.focusWidget()
    if focus is None or not page.isAncestorOf(focus):
        target = next(w for w in page.findChildren(QLineEdit) if w.isVisible())
        target.setFocus()
        focus = target
    qtbot.keyClick(focus, key, modifier)


def _registered(window: MainWindow) -> set[tuple[str, str]]:
    """(key, scope) of every shortcut object in the window, found independently of ui.keys."""
    found = set()
    central = window.centralWidget()
    for action in window.findChildren(QAction):
        if not keys._inside(action, central):
            found |= {(keys.key_text(s), "window") for s in action.shortcuts() if not s.isEmpty()}
    for i in range(window.tabs.count()):
        page = window.tabs.widget(i)
        scope = page.objectName()
        found |= {(keys.key_text(s.key()), scope) for s in page.findChildren(QShortcut) if not s.key().isEmpty()}
        for a in page.findChildren(QAction):
            found |= {(keys.key_text(s), scope) for s in a.shortcuts() if not s.isEmpty()}
        for b in page.findChildren(QAbstractButton):
            if not b.shortcut().isEmpty():
                found.add((keys.key_text(b.shortcut()), scope))
    return found


def test_every_key_is_listed_and_no_two_collide(qtbot, ctx):
    window = _window(qtbot, ctx)
    rows = keys.shortcut_rows(window)
    listed = {(r.key, r.scope) for r in rows}
    assert _registered(window) <= listed
    assert not keys.collisions(rows), keys.collisions(rows)
    assert all(r.action and not r.action.startswith("key") for r in rows)  # every key says what it does
    # the frequent actions of every counter have a key
    wanted = {
        "window": {"F1", "Ctrl+F", "Ctrl+L", "Ctrl+1", "Ctrl+5"},
        "requestsPage": {"Ctrl+N", "Ctrl+E", "Ctrl+D", "Ctrl+G", "Ctrl+M", "Ctrl+K", "Ctrl+B", "Ctrl+R", "Ctrl+U"},
        "childcarePage": {"F2", "F3", "F4"},
        "volunteersPage": {"F3", "F4", "F6"},
        "canteenPage": {"F4", "F5", "F9", "Esc", "Alt+1"},
        "residentsPage": {"Ctrl+N"},
    }
    for scope, seqs in wanted.items():
        assert {keys.key_text(s) for s in seqs} <= {r.key for r in rows if r.scope == scope}, scope


def test_the_shortcuts_dialog_lists_them(qtbot, ctx, qtmodeltester):
    window = _window(qtbot, ctx)
    window.findChild(QAction, "shortcutsAction").trigger()
    dialog = window._shortcuts_dialog
    assert dialog is not None and dialog.isVisible()
    qtmodeltester.check(dialog.model)
    shown = {(dialog.model.index(r, 0).data(), dialog.model.index(r, 1).data()) for r in range(dialog.model.rowCount())}
    assert (keys.key_text("Ctrl+D"), "Dispatch the selected request") in shown
    assert dialog.sizeHint().height() <= 768 and dialog.height() <= 700


@pytest.mark.parametrize("topic", list(TOPIC_PAGES))
def test_f1_opens_the_help_of_the_counter_on_screen(qtbot, ctx, topic):
    window = _window(qtbot, ctx)
    window.show_page(TOPIC_PAGES[topic])
    _press(qtbot, window.tabs.currentWidget(), Qt.Key.Key_F1)
    dialog = window._help_dialog
    assert dialog is not None and dialog.isVisible() and dialog.topic == topic
    text = dialog.browser.toPlainText()
    first_heading = help_ui.help_file(topic).read_text(encoding="utf-8").splitlines()[0].lstrip("# ")
    assert first_heading in text
    for r in keys.shortcut_rows(window):
        if r.scope == TOPIC_PAGES[topic]:
            assert r.key in text and r.action in text  # the counter's keys, from the keys registered
    assert dialog.height() <= 700 and dialog.width() <= 1366
    dialog.close()


@pytest.mark.parametrize("language", help_ui.LANGUAGES)
def test_help_ships_offline_in_both_languages_and_names_only_real_keys(qtbot, ctx, language):
    window = _window(qtbot, ctx)
    rows = keys.shortcut_rows(window)
    for topic, page in help_ui.TOPICS.items():
        path = help_ui.help_file(topic, language)
        assert path.parent.name == language and path.exists()
        text = path.read_text(encoding="utf-8")
        assert "http" not in text  # offline
        usable = {r.key for r in rows if r.scope in ("window", page)} | {"Enter", "Esc"}
        for key in re.findall(r"\b(?:(?:Ctrl|Alt|Shift)\+)+\w+|\bF\d{1,2}\b|\bEsc\b", text):
            assert keys.key_text(key) in usable, (language, topic, key)
        if language == "zh_CN":
            assert len(re.findall(r"[\u4e00-\u9fff]", text)) > 200


def test_counter_keys_work_and_show_in_tooltips(qtbot, ctx):
    window = _window(qtbot, ctx)
    window.show_page("requestsPage")
    page = window.tabs.currentWidget()
    page.setCurrentIndex(1)  # the request list
    dispatch = page.findChild(QPushButton, "action_dispatch")
    assert keys.key_text("Ctrl+D") in dispatch.toolTip()
    _press(qtbot, page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    search = page.findChild(QLineEdit, "residentSearch")
    assert page.currentWidget().isAncestorOf(search) and QApplication.focusWidget() is search

    window.show_page("childcarePage")
    child = window.tabs.currentWidget()
    _press(qtbot, child, Qt.Key.Key_F2)
    assert QApplication.focusWidget() is child.findChild(QLineEdit, "childcareFind")
    assert keys.key_text("F3") in child.findChild(QPushButton, "childcareSignIn").toolTip()

    window.show_page("volunteersPage")
    vols = window.tabs.currentWidget()
    _press(qtbot, vols, Qt.Key.Key_F6)  # nothing selected: the key brings "Hours to approve" forward, approves none
    approve = vols.findChild(QPushButton, "hoursApprove")
    assert approve.isVisible() and keys.key_text("F6") in approve.toolTip()


def test_canteen_meal_keys_leave_f1_to_help(qtbot, ctx):
    window = _window(qtbot, ctx)
    window.show_page("canteenPage")
    page = window.tabs.currentWidget()
    assert QKeySequence("F1") not in [s.key() for s in page.findChildren(QShortcut)]
    labels = [b.text() for b in page.findChildren(QAbstractButton) if b.objectName().startswith("slot_")]
    assert labels and all(label.startswith(keys.key_text("Alt+")[:3]) for label in labels)
