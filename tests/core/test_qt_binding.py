"""The Qt binding must not leak references to None: on Python 3.11 the process aborts when None's count reaches 0.

PySide6 6.12.0 drops one reference to None on every call of a void method (setEnabled, setText, …); a counter
that runs all day makes millions of them. Python 3.12+ makes None immortal, so there the check always holds.
Run in a child process: with a leaking binding the loop aborts the interpreter it runs in.
"""

from __future__ import annotations

import os
import subprocess
import sys

CHECK = """
import sys
from PySide6.QtWidgets import QApplication, QLabel, QWidget
app = QApplication([])
w = QWidget()
label = QLabel(w)
before = sys.getrefcount(None)
for _ in range(20_000):
    w.setEnabled(True)
    label.setText("x")
print(before - sys.getrefcount(None))
"""


def test_void_qt_calls_keep_none_alive():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", CHECK], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, f"the Qt binding aborted the interpreter:\n{done.stderr[-2000:]}"
    lost = int(done.stdout.strip().splitlines()[-1])
    # A few references come and go with the interpreter's own work, never one per call (40,000 calls here).
    assert lost < 1_000, f"None lost {lost} references over 40,000 void Qt calls"
