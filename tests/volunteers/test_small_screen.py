"""The volunteers page on a counter PC's screen (a tester found the registration panel cut off at 1366×768: its
移除 / Remove button half gone at the right, the week roster holding the window taller than the screen, so the
bottom rows were under the taskbar).

The main window is opened at the client area a 1366×768 screen leaves (taskbar and title bar off) and at the one a
maximised window has on 1280×720, in Chinese and in English: the window may be that small on every volunteers
sub-tab; nothing is cut off at the side; the registration form's buttons and fields, and the roster's shift panel,
are all inside the visible area without scrolling."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QWidget

from tests.backends import widgets_only
from tests.ui.screen_fit_check import cut_widgets
from tests.volunteers.conftest import MONDAY
from ui.common.steps import finish_under
from ui.main_window import MainWindow

#: client areas: 1366×768 less the taskbar (40) and a window frame (16 × 39); 1280×720 maximised (no side borders)
SCREENS = {"1366x768": (1366 - 16, 768 - 40 - 39), "1280x720 maximised": (1280, 720 - 40 - 39)}
CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox)


@pytest.fixture(params=["zh_CN", "en"])
def language(request, qapp):
    from ui import i18n as ui_i18n

    ui_i18n.install_language(request.param)
    yield request.param
    ui_i18n.install_language("en")


def _hidden_in_part(panel: QWidget) -> list[str]:
    """The controls shown in `panel` not wholly inside the visible area (cut by a side, or scrolled out of view)."""
    out = []
    for w in panel.findChildren(QWidget):
        if isinstance(w, CONTROLS) and w.isVisible() and w.width() > 1 and w.objectName() != "qt_spinbox_lineedit":
            shown = w.visibleRegion().boundingRect()
            if shown.width() < w.width() or shown.height() < w.height():
                label = w.text() if isinstance(w, QAbstractButton) else ""
                out.append(f"{w.objectName()} {label} {shown.width()}×{shown.height()} of {w.width()}×{w.height()}")
    return out


def _window(qtbot, ctx, size):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.show_page("volunteersPage")
    return window, window.page("volunteersPage")


def _settle(qtbot, page) -> None:
    """As at the counter: the later steps after the first paint, then the lists from their workers."""
    qtbot.wait(30)
    finish_under(page)
    for tab in (page.lazy.page(name) for name in page.lazy.names() if page.lazy.is_built(name)):
        loader = getattr(tab, "loader", None)
        if loader is not None:
            qtbot.waitUntil(lambda loader=loader: not loader.pending)
    qtbot.wait(30)


pytestmark = [
    pytest.mark.deferred_steps,  # the page made as the app makes it: its later steps after the first paint
    widgets_only(),
]


@pytest.mark.parametrize("screen", list(SCREENS))
def test_every_volunteers_sub_tab_fits_and_nothing_is_cut_at_the_side(qtbot, ctx, make_shift, language, screen):
    for post in ("canteen", "tutoring", "front_desk", "station", "visits"):
        make_shift(day=MONDAY, post=post)
    room = SCREENS[screen]
    window, page = _window(qtbot, ctx, room)
    for i in range(page.tabs.count()):
        page.tabs.setCurrentIndex(i)
        _settle(qtbot, page)
        name = page.tabs.tabText(i)
        need = window.minimumSizeHint()
        assert need.width() <= room[0] and need.height() <= room[1], (name, need.toTuple(), room)
        assert window.size().toTuple() == room, (name, window.size().toTuple())
        assert cut_widgets(window) == [], (name, cut_widgets(window))


@pytest.mark.parametrize("screen", list(SCREENS))
@pytest.mark.parametrize("kind", ["resident", "student", "party"])
def test_the_registration_form_shows_whole_with_its_buttons(qtbot, ctx, language, screen, kind):
    window, page = _window(qtbot, ctx, SCREENS[screen])
    page.tabs.setCurrentIndex(2)
    _settle(qtbot, page)
    tab = page.volunteers
    tab.start_new()
    tab.kind.setCurrentIndex(tab.kind.findData(kind))
    _settle(qtbot, page)
    assert tab.qual_remove.isVisible() and tab.save_btn.isVisible() and tab.cert_btn.isVisible()
    assert _hidden_in_part(tab) == []


def test_the_roster_shift_panel_shows_whole_at_1366_by_768(qtbot, ctx, make_shift, language):
    for post in ("canteen", "tutoring", "front_desk", "station", "visits"):
        make_shift(day=MONDAY, post=post)
    room = SCREENS["1366x768"]
    window, page = _window(qtbot, ctx, room)
    _settle(qtbot, page)
    assert window.minimumSizeHint().height() <= room[1] and window.size().toTuple() == room  # not under the taskbar
    roster = page.roster
    for button in (roster.signup_btn, roster.in_btn, roster.out_btn, roster.noshow_btn, roster.drop_btn):
        assert button.isVisible()
    assert _hidden_in_part(roster.detail) == []
