"""Show the frame first, read on a worker, fill in when the answer comes; only the newest answer counts.

`Loader(owner)` belongs to one screen (or one list of it). `loader.run(fetch, apply)` runs `fetch()` on a worker
(ui/common/tasks.py `run_task`: `fetch` opens its own unit of work through the service it calls, no session crosses
threads) and `apply(result)` on the UI thread — unless another `run`, `now` or `drop` came meanwhile (the clerk
moved to another week, typed another search, a newer change arrived, the screen was reloaded at once after a save)
or the owner is gone: a stale answer is dropped, never shown over a newer one. A failure of the newest run is
shown the usual way — a refusal (UserError) in a message box, a bug to `sys.excepthook` — unless `on_error` is
given, which replaces that. `now(fetch, apply)` is the same done on the UI thread (after the clerk's own action,
whose result must show before the next click); `drop()` only makes the answer on its way stale.

`pending` tells whether the newest run's answer is awaited (tests wait on it: `qtbot.waitUntil(lambda: not
tab.loader.pending)`); `runs` counts the reads started, `applied` the answers shown, `dropped` the stale answers
dropped; `loaded` is emitted after each answer shown (tests wait on it).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.errors import UserError
from ui.common.tasks import Task, run_task


class Loader(QObject):
    """The newest of a screen's background reads (see the module docstring)."""

    loaded = Signal()

    def __init__(self, owner: QObject) -> None:
        super().__init__(owner)
        self.owner = owner
        self.generation = 0
        self.pending = False  # the newest run's answer is on its way
        self.runs = 0  # reads started (tests read it)
        self.applied = 0  # answers shown (tests read it)
        self.dropped = 0  # stale answers dropped (tests read it)
        self.task: Task | None = None  # the newest run's task

    def run(
        self,
        fetch: Callable[[], Any],
        apply: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """`fetch()` on a worker; `apply(result)` on the UI thread unless another run/now/drop came meanwhile.
        A failure of that run goes to `on_error(exc)`, or is shown the usual way (`show_error`)."""
        self.generation += 1
        self.runs += 1
        generation = self.generation
        self.pending = True

        def done(result: Any) -> None:
            if generation != self.generation:
                self.dropped += 1
                return
            self.pending = False
            self._apply(apply, result)

        def failed(exc: BaseException) -> None:
            if generation != self.generation:
                return
            self.pending = False
            if on_error is not None:
                on_error(exc)
            else:
                self.show_error(exc)

        self.task = run_task(self.owner, lambda _progress: fetch(), on_done=done, on_error=failed)

    def now(self, fetch: Callable[[], Any], apply: Callable[[Any], None]) -> None:
        """`fetch()` and `apply(result)` on the UI thread; an answer still on its way is dropped."""
        self.drop()
        self._apply(apply, fetch())

    def drop(self) -> None:
        """The answer on its way (if any) is stale."""
        self.generation += 1
        self.pending = False

    def show_error(self, exc: BaseException) -> None:
        """A refusal (UserError) in a message box over the owner; anything else is a bug: `sys.excepthook`."""
        if isinstance(exc, UserError):
            from ui.common import dialogs

            dialogs.show_user_error(self.owner, exc)
        else:
            sys.excepthook(type(exc), exc, exc.__traceback__)

    def _apply(self, apply: Callable[[Any], None], result: Any) -> None:
        self.applied += 1
        apply(result)
        self.loaded.emit()
