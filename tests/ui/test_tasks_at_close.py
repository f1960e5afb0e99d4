"""Closing the program while a task runs prints nothing (issue 17 finding: "Signal source has been deleted" from the
worker thread, once for the progress and again for the failure it raised)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
from ui.common.tasks import run_task

app = QApplication([])
window = QWidget()
window.show()

def work(progress):
    time.sleep(0.5)  # the window is closed and the application gone meanwhile
    progress(1, 2, "half")
    return 1

run_task(window, work, label="working")
QTimer.singleShot(100, lambda: (window.close(), window.deleteLater(), app.quit()))
app.exec()
del window
del app
print("closed")
"""


def test_closing_during_a_task_prints_nothing():
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0 and "closed" in out.stdout
    assert "Signal source has been deleted" not in out.stderr and "Traceback" not in out.stderr, out.stderr
