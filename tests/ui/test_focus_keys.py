"""The first key of a shift (fresh clerk test): after the sign-in or Ctrl+1–6 the counter's own keys work at once —
the focus is inside the page, never left on a tab bar — and Ctrl+D right after saving a request acts on it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from tests.backends import widgets_only
from ui.main_window import MainWindow

pytestmark = widgets_only()


def _window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 728)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window


def _inside(page) -> bool:
    focused = QApplication.focusWidget()
    return focused is not None and (focused is page or page.isAncestorOf(focused))


def test_the_focus_is_inside_the_page_after_sign_in_and_after_each_switch(qtbot, ctx):
    window = _window(qtbot, ctx)
    qtbot.waitUntil(lambda: _inside(window.tabs.currentWidget()))
    assert window.tabs.tabBar().focusPolicy() == Qt.FocusPolicy.NoFocus
    for i in range(window.tabs.count()):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_1 + i), Qt.KeyboardModifier.ControlModifier)
        page = window.tabs.currentWidget()
        qtbot.waitUntil(lambda page=page: _inside(page))


def test_f2_on_childcare_works_without_a_click_first(qtbot, ctx):
    window = _window(qtbot, ctx)
    window.show_page("childcarePage")
    page = window.tabs.currentWidget()
    qtbot.waitUntil(lambda: _inside(page))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F2)
    assert QApplication.focusWidget() is page.findChild(QLineEdit, "childcareFind")


# The field each counter's clerk types into (or picks from) first; where a tab opens after the sign-in.
FIRST_FIELD = {
    "requestsPage": "residentSearch",
    "alertsPage": "alertsTable",
    "canteenPage": "canteenScan",
    "childcarePage": "childcareFind",
    "volunteersPage": "rosterVolunteerSearch",
    "activitiesPage": "activitiesCourses",
    "libraryPage": "libraryReaderSearch",
    "healthPage": "healthSearch",
    "communityPage": "communityHouseholdSearch",
    "residentsPage": "residentSearch",
    "statisticsPage": "statisticsMonth",
}


def _staff(db, role: str):
    from app.accounts.service import actor_for
    from db.models import User, UserRole

    with db.write() as s:
        user = User(username=f"u_{role}", display_name=f"staff {role}", password_hash="-")
        user.roles = [UserRole(role=role)]
        s.add(user)
        s.flush()
        uid = user.id
    return actor_for(db, uid)


@pytest.mark.deferred_steps
def test_after_each_sign_in_the_cursor_is_in_the_first_field_and_keys_typed_at_once_land_there(qtbot, ctx, db):
    """Fresh clerk test: a book-room clerk or the volunteer coordinator found the focus on a sub-tab bar, the
    childcare clerk on the program box, so the first scan or name typed was lost. Every role: at the sign-in (a new
    window) and at a switch of user (tabs rebuilt), the cursor is in its counter's first field, and keys typed at
    once, through the window as a keyboard types them, land there."""
    from PySide6.QtTest import QTest

    from app.actor import ALL_ROLES, BOOK_ROOM

    ctx.set_actor(_staff(db, BOOK_ROOM))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 728)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    for n, role in enumerate([BOOK_ROOM, *(r for r in ALL_ROLES if r != BOOK_ROOM)]):
        if n:  # another person signs in at the same window
            ctx.set_actor(_staff(db, role))
            window.rebuild_for_actor()
        first = window.tabs.currentWidget().objectName()
        field = window.focusWidget()
        assert field is not None and field.objectName() == FIRST_FIELD[first], (role, first, field)
        if isinstance(field, QLineEdit):
            for key in (Qt.Key.Key_W, Qt.Key.Key_Z):
                QTest.keyClick(window.windowHandle(), key)
            assert field.text() == "wz", role
            field.clear()


def test_every_tab_and_sub_tab_opens_with_the_cursor_in_a_field_never_on_a_bar_or_a_button(qtbot, ctx):
    """The first show of each counter's tab puts the cursor in its first field (the volunteers' tab opened on
    "◀ Previous week"); the first show of each sub-tab in a field or a list, never on a tab bar or a button; no tab
    bar nor tab widget in the window takes the focus."""
    from PySide6.QtWidgets import QAbstractButton, QTabBar, QTabWidget

    from ui.common.lazy import LazyTabs

    window = _window(qtbot, ctx)
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        page = window.tabs.currentWidget()
        assert window.focusWidget().objectName() == FIRST_FIELD[page.objectName()]
        for tabs in page.findChildren(QTabWidget):
            if LazyTabs.of(tabs) is None:
                continue
            for j in range(1, tabs.count()):
                tabs.setCurrentIndex(j)
                focused = window.focusWidget()
                assert tabs.widget(j).isAncestorOf(focused), (tabs.widget(j).objectName(), focused)
                assert not isinstance(focused, (QTabBar, QAbstractButton)), (tabs.widget(j).objectName(), focused)
            tabs.setCurrentIndex(0)
    for bar in window.findChildren(QTabBar):
        assert bar.focusPolicy() == Qt.FocusPolicy.NoFocus, bar.parent().objectName()
    for tabs in window.findChildren(QTabWidget):
        assert tabs.focusPolicy() == Qt.FocusPolicy.NoFocus, tabs.objectName()
