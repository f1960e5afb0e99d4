"""Start-up probe for the benchmark: with COMMUNITY_DESK_BENCH_STARTUP=1 the app prints the seconds since process
start at its first painted window and quits. Call `install(app)` right after the QApplication exists."""

from __future__ import annotations

import os
import sys
import time

ENV = "COMMUNITY_DESK_BENCH_STARTUP"


def process_elapsed() -> float:
    """Seconds since this process started (from /proc where available, else since interpreter start)."""
    try:
        with open("/proc/self/stat") as f:
            start_ticks = int(f.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime") as f:
            uptime = float(f.read().split()[0])
        return uptime - start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return time.perf_counter()


def install(app) -> None:
    """If the probe is asked for, print `STARTUP <seconds>` when the first top-level window is exposed, then quit."""
    if os.environ.get(ENV) != "1":
        return
    from PySide6.QtCore import QEvent, QObject, QTimer

    class _Probe(QObject):
        def eventFilter(self, obj, event):  # noqa: N802
            if event.type() == QEvent.Type.Expose and getattr(obj, "isExposed", lambda: False)():
                app.removeEventFilter(self)
                QTimer.singleShot(0, self._done)
            return False

        def _done(self) -> None:
            print(f"STARTUP {process_elapsed():.4f}", flush=True)
            sys.stdout.flush()
            os._exit(0)

    probe = _Probe(app)
    app.installEventFilter(probe)
