"""Pages made in steps (ui/common/steps.py) and layouts settled before a paint (ui/common/lazy.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QMainWindow, QTableView, QTabWidget, QVBoxLayout, QWidget

from ui.common import steps
from ui.common.lazy import LazyTabs, lay_out_before_paint
from ui.common.loading import Loader


class _Log(QObject):
    def __init__(self, log: list[str]) -> None:
        super().__init__()
        self.log = log

    def eventFilter(self, watched, event):  # noqa: N802
        if event.type() == QEvent.Type.Paint and watched.objectName() == "stepPage":
            if not self.log or self.log[-1] != "paint":
                self.log.append("paint")
        elif event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_F35:
            self.log.append("key")
            return True
        return False


class StepPage(QWidget):
    def __init__(self, log: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepPage")
        self.log = log
        self.box = QVBoxLayout(self)
        self.box.addWidget(QLabel("list", self))
        log.append("first part")
        self.steps = Steps = steps.Steps(self)
        Steps.then(lambda: self._part("form"))
        Steps.then(lambda: self._part("history"))

    def _part(self, name: str) -> None:
        field = QLineEdit(self)
        field.setObjectName(name)
        self.box.addWidget(field)
        if name == "form":  # made in the step but kept out of sight: a banner for later, a dialog
            self.banner = QLabel("refused", self)
            self.dialog = QDialog(self)
        self.log.append(name)
        if name == "form" and getattr(self, "press_during_form", False):  # the clerk presses a key meanwhile
            key = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_F35, Qt.KeyboardModifier.NoModifier)
            QCoreApplication.postEvent(self.window(), key)


def _window(qtbot, log):
    window = QMainWindow()
    qtbot.addWidget(window)
    tabs = QTabWidget(window)
    window.setCentralWidget(tabs)
    lazy = LazyTabs(tabs)
    lazy.add("start", lambda parent: QLabel("start", parent), "Start")
    lazy.add("stepPage", lambda parent: StepPage(log, parent), "Steps")
    window.resize(800, 600)
    window.show()
    qtbot.waitExposed(window)
    return window, tabs, lazy


@pytest.mark.deferred_steps
def test_a_page_shown_paints_its_first_part_and_takes_a_key_between_its_later_steps(qapp, qtbot):
    log: list[str] = []
    watch = _Log(log)
    qapp.installEventFilter(watch)
    try:
        window, tabs, lazy = _window(qtbot, log)
        tabs.setCurrentIndex(1)
        page = tabs.currentWidget()
        assert isinstance(page, StepPage)
        assert log == ["first part"]  # nothing of the later steps before the first paint
        assert steps.pending() == 1
        assert page.findChild(QLineEdit, "form") is None
        page.press_during_form = True
        qtbot.waitUntil(lambda: steps.pending() == 0)
        assert log.index("paint") < log.index("form")
        assert log.index("form") < log.index("key") < log.index("history")  # a key waits for one step at most
        assert page.steps.finished and page.steps.done == 2
        assert page.findChild(QLineEdit, "history").isVisible()
        assert page.findChild(QLineEdit, "form").isVisible()  # shown by Steps with its step, not a turn later
        assert not page.banner.isVisible() and not page.dialog.isVisible()  # what no layout would show stays hidden
    finally:
        qapp.removeEventFilter(watch)


@pytest.mark.deferred_steps
def test_a_page_asked_for_has_all_its_steps_made(qapp, qtbot):
    log: list[str] = []
    window, tabs, lazy = _window(qtbot, log)
    tabs.setCurrentIndex(1)
    assert steps.pending() == 1
    page = lazy.page("stepPage")  # e.g. a shortcut that fills in the form
    assert log == ["first part", "form", "history"]
    assert page.findChild(QLineEdit, "history") is not None
    assert steps.pending() == 0
    qtbot.wait(50)
    assert page.steps.done == 2  # not made twice


@pytest.mark.deferred_steps
def test_a_page_closed_before_its_steps_ran_leaves_nothing_waiting(qapp, qtbot):
    log: list[str] = []
    window, tabs, lazy = _window(qtbot, log)
    tabs.setCurrentIndex(1)
    assert steps.pending() == 1
    page = tabs.currentWidget()
    page.setParent(None)
    page.deleteLater()
    qtbot.waitUntil(lambda: steps.pending() == 0)
    assert "history" not in log


def test_a_page_made_off_screen_or_in_other_tests_makes_every_step_at_once(qapp, qtbot):
    log: list[str] = []
    page = StepPage(log)
    qtbot.addWidget(page)
    assert log == ["first part", "form", "history"]
    assert steps.pending() == 0


@pytest.mark.deferred_steps
def test_a_page_made_directly_even_with_steps_deferred_makes_them_at_once(qapp, qtbot):
    log: list[str] = []
    page = StepPage(log)  # not built by LazyTabs for a tab being shown
    qtbot.addWidget(page)
    assert log == ["first part", "form", "history"]


class _CountPaints(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def eventFilter(self, watched, event):  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def _nested(qtbot, settle: bool):
    window = QMainWindow()
    qtbot.addWidget(window)
    if settle:
        lay_out_before_paint(window)
    outer = QTabWidget(window)
    window.setCentralWidget(outer)
    page = QWidget(outer)
    outer.addTab(page, "page")
    inner = QTabWidget(page)
    QVBoxLayout(page).addWidget(inner)
    views = []
    for i in range(3):
        sub = QWidget(inner)
        QVBoxLayout(sub).addWidget(view := QTableView(sub))
        inner.addTab(sub, f"sub {i}")
        views.append(view)
    window.resize(800, 600)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(100)
    return window, inner, views


def test_a_sub_tab_shown_is_painted_once_not_once_per_layout_level(qapp, qtbot):
    """A sub-tab switch used to repaint the whole window once per level of layouts between the sub-tab and the
    window (each level's layout request handled on its own turn of the event loop): 5 paints of the volunteers
    page after one switch. The window's layouts are settled before each paint."""
    window, inner, views = _nested(qtbot, settle=True)  # without: 3 paints of the sub-tab here
    inner.setCurrentIndex(1)
    inner.setCurrentIndex(2)
    qtbot.wait(100)
    count = _CountPaints()
    views[1].viewport().installEventFilter(count)
    inner.setCurrentIndex(1)
    qtbot.wait(300)
    assert count.paints == 1


class ReadingPage(QWidget):
    """A page that starts a background read in its constructor (as most pages do with ui/common/loading.py)."""

    def __init__(self, log: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepPage")
        self.rows = QLabel("正在加载…", self)
        QVBoxLayout(self).addWidget(self.rows)
        self.loader = Loader(self)
        log.append("asked")

        def fetch():
            log.append("read")  # on the worker
            return "rows"

        self.loader.run(fetch, self.rows.setText)


@pytest.mark.deferred_steps
def test_a_read_started_while_a_page_is_built_to_be_seen_waits_for_its_first_paint(qapp, qtbot):
    """The worker's thread takes the interpreter lock as soon as it starts: it starts after the page is painted."""
    log: list[str] = []
    watch = _Log(log)
    qapp.installEventFilter(watch)
    try:
        window, tabs, lazy = _window(qtbot, log)
        lazy.add("reading", lambda parent: ReadingPage(log, parent), "Reads")
        tabs.setCurrentIndex(2)
        page = tabs.currentWidget()
        assert isinstance(page, ReadingPage)
        assert log == ["asked"] and page.loader.pending
        qtbot.waitUntil(lambda: not page.loader.pending)
        assert log[:3] == ["asked", "paint", "read"]  # (and painted again with the rows)
        assert page.rows.text() == "rows"
    finally:
        qapp.removeEventFilter(watch)


def test_a_read_of_a_page_made_any_other_way_starts_at_once(qapp, qtbot):
    log: list[str] = []
    page = ReadingPage(log)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: not page.loader.pending)  # never shown, never painted: read all the same
    assert log == ["asked", "read"] and page.rows.text() == "rows"
