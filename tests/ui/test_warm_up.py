"""After the window is up the app warms the document machinery off the UI thread and freezes its start-up heap."""

from __future__ import annotations

import gc

from ui.application import warm_up


def test_warm_up_registers_the_font_and_leaves_the_collector_alone():
    """The warm-up thread no longer collects (a full collection there held the interpreter lock against the UI
    thread for 0.1–0.5 s): ui/common/collector.py does it at the clerk's pauses, on the UI thread."""
    from reportlab.pdfbase import pdfmetrics

    from app.documents.fonts import FONT

    before = gc.get_freeze_count()
    warm_up()
    assert pdfmetrics.getFont(FONT).face is not None  # registered: the first receipt does not pay for it
    assert gc.get_freeze_count() == before


def test_the_warm_up_starts_only_after_the_main_window_first_painted(qtbot, db, admin, monkeypatch):
    """The warm-up thread (reportlab, the CJK font, gc.freeze) would compete with the first paint for the CPU."""
    from PySide6.QtCore import QEvent, QObject

    import ui.application as application

    seen: dict = {"painted": False, "warm_up_after_paint": None}

    def started() -> None:
        seen["warm_up_after_paint"] = seen["painted"]

    monkeypatch.setattr(application, "_start_warm_up", started)
    monkeypatch.setattr(application, "WARM_UP_IDLE_MS", 100)
    window, _ctx = application.show_main_window(db, admin, size=(1366, 768))

    class Painted(QObject):
        def eventFilter(self, obj, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                seen["painted"] = True
            return False

    watcher = Painted(window)
    window.installEventFilter(watcher)
    assert seen["warm_up_after_paint"] is None  # not started on the way in
    qtbot.waitUntil(lambda: seen["warm_up_after_paint"] is not None, timeout=5000)
    assert seen["warm_up_after_paint"] is True
    window.close()


def test_the_warm_up_waits_while_the_clerk_types(qtbot, db, admin, monkeypatch):
    """Each key press starts the idle wait again: the warm-up never runs beside the clerk's work."""
    from PySide6.QtCore import Qt

    import ui.application as application

    started = []
    monkeypatch.setattr(application, "_start_warm_up", lambda: started.append(True))
    monkeypatch.setattr(application, "WARM_UP_IDLE_MS", 400)
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest

    window, _ctx = application.show_main_window(db, admin, size=(1366, 768))
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is window.windowHandle())
    for _ in range(12):  # 12 presses 40 ms apart: longer than the idle wait in all, never a pause as long as it
        QTest.keyPress(window.windowHandle(), Qt.Key.Key_Shift)  # from the window system, to the window
        qtbot.wait(40)
        assert not started
    qtbot.waitUntil(lambda: bool(started), timeout=5000)
    window.close()


def test_the_warm_up_loads_every_counters_page_module_without_making_a_widget(tmp_path):
    """Issue 15: a first tab switch after an idle moment builds its page without importing its code."""
    import os
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from ui.application import warm_up\n"
        "from ui.pages import PAGES\n"
        "before = [s.module for s in PAGES if s.module in sys.modules]\n"
        "warm_up()\n"
        "from PySide6.QtWidgets import QApplication\n"
        "print(before, all(s.module in sys.modules for s in PAGES), QApplication.instance() is None)\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COMMUNITY_DESK_HOME=str(tmp_path))
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert done.stdout.strip() == "[] True True", done.stdout + done.stderr


def test_the_warm_up_waits_while_a_read_runs_on_a_worker(qtbot, db, admin, monkeypatch):
    """Issue 15: a read on a worker (今日关注 working out the day's alerts) is the screen being made, not an idle
    moment: the warm-up waits for it to end and then for the pause, so it never slows it or the next tab's first show."""
    import threading

    import ui.application as application
    from ui.common.tasks import run_task

    started = []
    monkeypatch.setattr(application, "_start_warm_up", lambda: started.append(True))
    monkeypatch.setattr(application, "WARM_UP_IDLE_MS", 300)
    monkeypatch.setattr(application, "BUSY_POLL_MS", 50)
    window, _ctx = application.show_main_window(db, admin, size=(1366, 768))
    qtbot.waitExposed(window)
    release = threading.Event()
    done = []
    task = run_task(window, lambda _p: release.wait(10), on_done=lambda _r: done.append(True))
    qtbot.wait(900)  # three idle waits without a key: the read is still running
    assert task is not None and not started
    release.set()
    qtbot.waitUntil(lambda: bool(done))
    qtbot.waitUntil(lambda: bool(started), timeout=5000)
    window.close()
