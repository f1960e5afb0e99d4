"""A screen's data loaded on a worker, the newest answer only.

`Loader(owner, apply)`: `run(fn)` runs `fn()` (a query through a service, which opens its own unit of work) on a
worker thread (ui/common/tasks.py `run_task`) and calls `apply(result)` on the UI thread when it answers. Each `run`
or `drop` makes the answers still on their way stale: a stale answer is dropped, never applied (the clerk moved to
another week, typed another search, or the screen was reloaded at once after a save). `now(fn)` is the same done
on the UI thread (after the clerk's own action, whose result must show before the next click).

A screen built to be seen shows its frame at once and fills it when the answer comes; `loads` counts the answers
applied and `loaded` is emitted after each (tests wait on it).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from app.errors import UserError
from ui.common.tasks import run_task


class Loader(QObject):
    """Runs a screen's query off the UI thread and applies only the newest answer (see the module docstring)."""

    loaded = Signal()

    def __init__(self, owner: QWidget, apply: Callable[[Any], None]) -> None:
        super().__init__(owner)
        self.owner = owner
        self.apply = apply
        self.generation = 0
        self.pending = False  # an answer is on its way
        self.loads = 0  # answers applied (tests read it)
        self.dropped = 0  # stale answers dropped (tests read it)

    def run(self, fn: Callable[[], Any]) -> None:
        """`fn()` on a worker; `apply(result)` on the UI thread unless another run/now/drop came meanwhile."""
        self.generation += 1
        generation = self.generation
        self.pending = True

        def done(result: Any) -> None:
            if generation != self.generation:
                self.dropped += 1
                return
            self.pending = False
            self._apply(result)

        def failed(exc: BaseException) -> None:
            if generation != self.generation:
                return
            self.pending = False
            if isinstance(exc, UserError):
                from ui.common import dialogs

                dialogs.show_user_error(self.owner, exc)
            else:
                sys.excepthook(type(exc), exc, exc.__traceback__)

        self.task = run_task(self.owner, lambda _progress: fn(), on_done=done, on_error=failed)

    def now(self, fn: Callable[[], Any]) -> None:
        """`fn()` and `apply` on the UI thread; an answer still on its way is dropped."""
        self.drop()
        self._apply(fn())

    def drop(self) -> None:
        """The answer on its way (if any) is stale."""
        self.generation += 1
        self.pending = False

    def _apply(self, result: Any) -> None:
        self.apply(result)
        self.loads += 1
        self.loaded.emit()
