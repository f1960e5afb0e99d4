"""Issue 15: the main window's first screen does not make PySide6's Python types (and their enums).

PySide6 makes a class's Python type and enums the first time it is needed; the first QObject of a class it does not
bind (QGestureManager, a combo box's private popup) that an application-wide Python event filter is handed makes it
walk every QObject subclass of every loaded module, making about 110 enums at once (50–100 ms on the UI thread during
the first screen). `load_main_window_code` (run while the sign-in dialog waits for the password) makes them first.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROBE = r"""
import enum, json, sys
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

app = QApplication(["t"])
resolved = []
if sys.argv[1] == "resolve":
    from ui.application import resolve_qt_types

    resolved = resolve_qt_types()


class Filter(QObject):  # as the idle lock's: sees every event of the application
    def eventFilter(self, obj, event):  # noqa: N802
        event.type()
        return False


keep = Filter()
app.installEventFilter(keep)
made = []
original = enum.EnumType._create_


def counting(cls, name, *args, **kwargs):
    made.append(name)
    return original(cls, name, *args, **kwargs)


enum.EnumType._create_ = counting
parent = QWidget()
combo = QComboBox(parent)
combo.addItem("上门服务", "home")
print("OUT " + json.dumps({"made": made, "resolved": resolved}))
"""


def _run(mode: str) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", PROBE, mode], env=env, capture_output=True, text=True, timeout=120)
    line = next((x for x in done.stdout.splitlines() if x.startswith("OUT ")), None)
    assert line is not None, done.stderr
    return json.loads(line[4:])


def test_a_combo_box_seen_by_an_application_filter_makes_no_types_once_they_are_resolved():
    cold = _run("cold")
    assert len(cold["made"]) > 50  # the mechanism: without it the first combo box makes them on the UI thread
    warm = _run("resolve")
    assert "PySide6.QtWidgets" in warm["resolved"]
    assert warm["made"] == []


def test_the_code_loaded_during_the_sign_in_resolves_the_qt_types(monkeypatch):
    import ui.application as application

    calls = []
    monkeypatch.setattr(application, "resolve_qt_types", lambda: calls.append(True) or [])
    application.load_main_window_code()
    assert calls == [True]


def test_the_ui_thread_waits_less_for_the_interpreter_lock_while_a_worker_runs(tmp_path):
    """Every Python call Qt makes while painting asks for the interpreter lock; a worker thread loading rows kept it
    for Python's default 5 ms each time (a page painted about 4 times slower beside a worker)."""
    from ui.application import UI_SWITCH_INTERVAL_S

    code = "import sys; from ui.application import create_qapplication; create_qapplication(['t']); "
    code += "print('INTERVAL', sys.getswitchinterval())"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), COMMUNITY_DESK_HOME=str(tmp_path))
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert f"INTERVAL {UI_SWITCH_INTERVAL_S}" in done.stdout, done.stderr
    assert UI_SWITCH_INTERVAL_S < 0.005  # Python's default
