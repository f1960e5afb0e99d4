"""Python's cyclic garbage collector kept out of the clerk's clicks (垃圾回收放在空闲时).

Why: a full collection (generation 2) walks every object the process holds — about 240,000 once the main window is
up — and Python starts one on its own whenever enough objects have survived, in the middle of whatever is running.
Measured on the benchmark's data set on the 2-core machine (shared, load ~5), a tab-switch round of 84 switches met
four of them, 140–560 ms each: the slowest switches of the round were a collection, not the tab.

What the main window does with it (ui.application.show_main_window):
- `freeze_start_up()` before the window is made: what start-up made so far (modules, the ORM's mappers, the code
  loaded while the sign-in dialog waited) is frozen (`gc.freeze()`: moved out of the collector's reach, O(1)), and
  Python's automatic full collections are switched off (the third threshold raised to `AUTOMATIC_FULL_AFTER`); the
  young generations stay automatic (a few milliseconds each). Start-up's own garbage stays frozen: a few hundred
  kilobytes at most, cheaper than a walk over the whole heap (0.1–0.4 s) to take it back;
- `IdleCollector` (made with the window, started after its first paint) runs the full collection, on the UI thread,
  when the clerk has paused: for `IDLE_MS` no key or click (the window's idle watcher, ui/accounts/lock.py), no read
  on a worker and no page's later steps pending (a page that took long to fill is not a pause) — and at the latest after `LATEST_S` seconds without such a pause,
  so memory is never left to grow through a long rush. It walks only what was made since start-up.

The pattern is pyqtgraph's `GarbageCollector` (pyqtgraph/util/garbage_collector.py: automatic collection off, the
collector run from a QTimer on the GUI thread), kept to the expensive generation. `stop` (the window destroyed)
puts the thresholds back and unfreezes, so a process that makes several windows (the tests) ends as it began.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QThreadPool, QTimer
from PySide6.QtWidgets import QWidget

IDLE_MS = 2000  # a pause this long without keys or clicks (and without work in flight) is when the collection runs
CHECK_MS = 500  # how often the collector looks whether the pause has come
LATEST_S = 300.0  # a full collection at the latest this long after the last one, pause or not
AUTOMATIC_FULL_AFTER = 1_000_000  # gen-1 collections before Python would start a full one itself: never, in practice
MIN_YOUNG_SINCE = 1  # a full collection only once a gen-1 collection has happened since the last (something survived)


def freeze_start_up() -> tuple[int, int, int]:
    """Freeze what exists now and switch Python's automatic full collections off; returns the thresholds as they were
    (`IdleCollector` puts them back when its window is gone, `restore` when no window was made)."""
    saved = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(saved[0], saved[1], AUTOMATIC_FULL_AFTER)
    return saved


def restore(saved: tuple[int, int, int]) -> None:
    """Undo `freeze_start_up`."""
    gc.set_threshold(*saved)
    gc.unfreeze()


class IdleCollector(QObject):
    """The full collection at the clerk's pauses, for one main window (see the module docstring)."""

    def __init__(self, window: QWidget, idle_ms: Callable[[], float], saved: tuple[int, int, int]) -> None:
        """`idle_ms()`: milliseconds since the clerk's last key or click (the window's idle watcher); `saved`: what
        `freeze_start_up` returned, put back by `stop` (the window destroyed)."""
        super().__init__(window)
        self._idle_ms = idle_ms
        self._saved_threshold = saved
        self._last_full = self._busy_until = time.monotonic()
        self._running = True  # full collections are ours from freeze_start_up on; the timer starts with `start`
        self.collections = 0  # full collections run (for tests)
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.tick)
        window.destroyed.connect(self.stop)

    def start(self) -> None:
        """Look for the clerk's pauses from now on (called after the window's first paint)."""
        if self._running and not self._timer.isActive():
            self._last_full = time.monotonic()
            self._timer.start()

    def stop(self, *_args) -> None:
        """Give the full collections back to Python (its thresholds as they were) and unfreeze."""
        if not self._running:
            return
        self._running = False
        self._timer.stop()
        restore(self._saved_threshold)

    @staticmethod
    def busy() -> bool:
        """A read on a worker or a page's later steps: the screen the clerk asked for is still being made."""
        from ui.common import steps

        return bool(QThreadPool.globalInstance().activeThreadCount() or steps.pending())

    def tick(self) -> None:
        """Run the full collection now if the clerk has paused (or it is overdue) and something may be collected."""
        if not self._running or gc.get_count()[2] < MIN_YOUNG_SINCE:
            return
        now = time.monotonic()
        if self.busy():
            self._busy_until = now  # the pause starts when the work ends, as after a key
        quiet_ms = min(self._idle_ms(), (now - self._busy_until) * 1000)
        if quiet_ms < IDLE_MS and now - self._last_full < LATEST_S:
            return
        self.collect()

    def collect(self) -> None:
        """The full collection, now (over what was made since start-up)."""
        gc.collect()
        self.collections += 1
        self._last_full = time.monotonic()
