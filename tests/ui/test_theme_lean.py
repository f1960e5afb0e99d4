"""The look costs no more than it must (issue 15): one stylesheet, set on the QApplication before any widget and
not again when the main window is built; no widget has a stylesheet of its own (each one is parsed and cascaded for
that widget alone, again at every change) — a look that changes is a property matched by an app-level rule
(ui/theme.py EXTRA_QSS, set with theme.set_look)."""

from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from tests.backends import widgets_only
from ui.main_window import MainWindow

pytestmark = widgets_only()

ROOT = Path(__file__).resolve().parents[2]


def test_no_widget_has_a_stylesheet_of_its_own():
    offenders = [
        f"{path.relative_to(ROOT)}:{n}"
        for path in sorted((ROOT / "ui").rglob("*.py"))
        if path.name != "theme.py"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if "setStyleSheet(" in line
    ]
    assert offenders == [], "use a property and a rule in ui/theme.py EXTRA_QSS instead"


def test_the_main_window_neither_sets_the_stylesheet_again_nor_gives_a_widget_its_own(qtbot, ctx, monkeypatch):
    assert "QPushButton" in QApplication.instance().styleSheet()  # set with the application, before any widget
    calls = []
    original = QApplication.setStyleSheet
    monkeypatch.setattr(QApplication, "setStyleSheet", lambda self, qss: (calls.append(qss), original(self, qss)))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    tabs = window.tabs
    for i in range(tabs.count()):  # every page built and shown
        tabs.setCurrentIndex(i)
        qtbot.wait(1)
    assert calls == []
    own = sorted(w.objectName() or type(w).__name__ for w in window.findChildren(QWidget) if w.styleSheet())
    assert own == []
