"""The screen-fit check (tests/ui/screen_fit_check.py) fails fast, naming the page and the warning's text, when a
window's page opens a message box while it is built: it waited forever for someone to press OK (the book room's
fines ledger refused its own default state with a warning and the check hung until its 10-minute timeout)."""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QVBoxLayout, QWidget

from tests.ui import screen_fit_check
from ui.common import dialogs

WARNING = "The state is longer than 10 characters: shorten it."


def _stuck_after(seconds: float, hung: list[str]) -> QTimer:
    """The test's own way out if the check waits for an answer anyway: the box is closed and the test fails."""

    def rescue() -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None:
            hung.append(type(modal).__name__)
            modal.close()

    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(rescue)
    timer.start(int(seconds * 1000))
    return timer


class _WarningPage(QWidget):
    """A counter's sub-tab that warns while it is built (as the fines ledger did)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("libraryFinesTab")
        dialogs.warn(self, WARNING)


def _window_with_a_warning_page() -> QMainWindow:
    window = QMainWindow()
    window.setObjectName("MainWindow")
    tabs = QTabWidget(window)
    page = QWidget(tabs, objectName="libraryPage")
    QVBoxLayout(page)
    tabs.addTab(page, "书房")
    window.setCentralWidget(tabs)
    page.layout().addWidget(_WarningPage(page))
    return window


def test_a_warning_while_a_page_is_built_fails_fast_naming_the_page_and_its_text(qapp):
    hung: list[str] = []
    rescue = _stuck_after(5, hung)
    start = time.monotonic()
    line = screen_fit_check.measure(
        "ui.main_window.MainWindow", _window_with_a_warning_page, screen_fit_check.ModalWatch()
    )
    rescue.stop()
    assert not hung, "the check waited for someone to answer the warning"
    assert time.monotonic() - start < 3
    assert line["name"] == "ui.main_window.MainWindow"
    assert "MainWindow › " in line["error"] and "libraryPage › libraryFinesTab" in line["error"]
    assert WARNING in line["error"] and "QMessageBox" in line["error"]
    assert QApplication.activeModalWidget() is None


def test_a_question_after_the_window_is_shown_is_reported_too(qapp):
    """A page that asks (confirm) in a later step, after the window was shown, is caught the same way."""

    def build() -> QMainWindow:
        window = QMainWindow(objectName="MainWindow")
        page = QWidget(window, objectName="requestsPage")
        window.setCentralWidget(page)
        QTimer.singleShot(0, lambda: dialogs.confirm(page, "Reopen the request?"))
        return window

    hung: list[str] = []
    rescue = _stuck_after(5, hung)
    line = screen_fit_check.measure("ui.main_window.MainWindow", build, screen_fit_check.ModalWatch())
    rescue.stop()
    assert not hung
    assert "MainWindow › requestsPage" in line["error"] and "Reopen the request?" in line["error"]


def test_a_window_without_questions_is_measured(qapp):
    line = screen_fit_check.measure("plain", lambda: QWidget(objectName="plain"), screen_fit_check.ModalWatch())
    assert "error" not in line and line["cut"] == [] and len(line["shown"]) == 2
