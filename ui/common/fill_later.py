"""Show the frame first, read on a worker, fill in when the answer comes; only the newest answer counts.

`Latest(owner)` belongs to one screen (or one list of it). `latest.run(fetch, apply)` runs `fetch()` on a worker
(ui/common/tasks.py `run_task`: `fetch` opens its own unit of work through the service it calls, no session crosses
threads) and `apply(result)` on the UI thread — unless `run` was called again meanwhile (the clerk filtered again,
a newer change arrived) or the owner is gone: a stale answer is dropped, never shown over a newer one. A refusal
(UserError) of the newest run is shown the usual way (`on_error` replaces that).

`pending` tells whether an answer is awaited (tests wait on it: `qtbot.waitUntil(lambda: not tab.loader.pending)`);
`runs` counts the reads started, `applied` the answers shown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from ui.common.tasks import run_task


class Latest(QObject):
    """The newest of a screen's background reads (see the module docstring)."""

    def __init__(self, owner: QObject) -> None:
        super().__init__(owner)
        self.owner = owner
        self.generation = 0
        self.answered = 0  # the generation of the last answer (shown or dropped)
        self.runs = 0
        self.applied = 0

    @property
    def pending(self) -> bool:
        return self.answered < self.generation

    def run(
        self,
        fetch: Callable[[], Any],
        apply: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        self.generation += 1
        self.runs += 1
        generation = self.generation

        def done(result: Any) -> None:
            self.answered = max(self.answered, generation)
            if generation == self.generation:
                self.applied += 1
                apply(result)

        def failed(exc: BaseException) -> None:
            self.answered = max(self.answered, generation)
            if generation != self.generation:
                return
            if on_error is not None:
                on_error(exc)
                return
            from app.errors import UserError

            if isinstance(exc, UserError):
                from ui.common import dialogs

                dialogs.show_user_error(self.owner, exc)
            else:
                import sys

                sys.excepthook(type(exc), exc, exc.__traceback__)

        run_task(self.owner, lambda _progress: fetch(), on_done=done, on_error=failed)
