"""Build a page in steps (分步构建): what the clerk needs first is made and painted at once, the rest (a form beside a
list, a second panel, a history table) is made one step per turn of the event loop after the page's first paint.

Why: a page's first show costs about 1 ms per widget (made, styled, laid out, painted) on the counters' 2-core
machines; a page of 150 widgets took 120–250 ms to appear. Made in steps, the page appears after its first part,
and a key or a click that comes meanwhile waits for one step at most (each step a few widgets, under ~15 ms),
because each step is posted only after the one before it has run, behind whatever input arrived in between.

    class RosterTab(QWidget):
        def __init__(self, ctx, parent=None):
            ...                                # the week grid and its buttons: made now
            self.steps = Steps(self)
            self.steps.then(self._build_shift_form)
            self.steps.then(self._build_people)

A step makes its widgets inside their parent, as everywhere (ui/common/lazy.py says why) and shows them itself if
they go into a layout that is already on screen (a widget added to a visible layout is shown by the layout).

When the steps wait: only for a page built to be seen at once (LazyTabs builds the page of the tab being shown, see
`building_to_show`) and only while `DEFER` is on. A page made any other way (directly, in a test, or asked for while
its tab widget is off screen) runs every step inside `then`, exactly as if the code were written in the constructor.

Reads started while such a page is built (`ui/common/tasks.py` `run_task`, which `Loader.run` uses) wait for its first
paint too (`hold`, `release_after_paint`): a worker thread takes the interpreter lock as soon as it starts (7–20 ms
of Python on the 2-core machines), which the page's first paint would otherwise wait for.

Code that needs a later step's widgets before they are made calls `finish()` (or `finish_under(widget)` for every
page under a widget); `LazyTabs.page(name)` does so for the page it returns. `pending()` tells how many pages still
have steps to run (the benchmark waits for none before the next switch and reports that time as "filled").
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QWidget

DEFER = True  # off in tests unless a test asks for it (tests/conftest.py, marker `deferred_steps`)
_showing = 0  # > 0 while LazyTabs builds the page of the tab being shown
_waiting: set[Steps] = set()
_held: list[Callable[[], None]] = []  # workers' starts held while a page is built to be seen
_DIRECT = Qt.FindChildOption.FindDirectChildrenOnly


@contextmanager
def building_to_show():
    """Pages whose Steps are made inside this block wait for their first paint (LazyTabs wraps the factory of
    the tab being shown in it)."""
    global _showing
    _showing += 1
    try:
        yield
    finally:
        _showing -= 1


def holding() -> bool:
    """Whether a worker started now should wait for the first paint of the page being built (see `hold`)."""
    return DEFER and _showing > 0


def hold(start: Callable[[], None]) -> None:
    """Keep `start` (a worker's start) until the page being built has been painted (`release_after_paint`)."""
    _held.append(start)


def release_after_paint(page: QWidget) -> None:
    """Start the workers held while `page` was built, on the turn of the event loop after its first paint (at
    once if it is not on screen; after `HOLD_MAX_MS` at the latest, in case it is never painted)."""
    if not _held:
        return
    starts = list(_held)
    _held.clear()
    if not page.isVisible():
        for start in starts:
            start()
        return
    _AfterPaint(page, starts)


HOLD_MAX_MS = 300


class _AfterPaint(QObject):
    """Runs the held starts once, on the turn after the page's first paint (or after HOLD_MAX_MS)."""

    def __init__(self, page: QWidget, starts: list[Callable[[], None]]) -> None:
        super().__init__(page)
        self.page = page
        self.starts = starts
        page.installEventFilter(self)
        QTimer.singleShot(HOLD_MAX_MS, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.page and event.type() == QEvent.Type.Paint:
            self.page.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        starts, self.starts = self.starts, []
        for start in starts:
            start()


def pending() -> int:
    """How many pages have steps still to run."""
    return len(_waiting)


def finish_under(widget: QWidget | None) -> None:
    """Run now the remaining steps of `widget`'s page and of every page under it."""
    if widget is None:
        return
    own = widget.findChild(Steps, "steps", _DIRECT)
    if own is not None:
        own.finish()
    for steps in widget.findChildren(Steps, "steps"):
        steps.finish()


class Steps(QObject):
    """The later steps of one page (see the module docstring). Made with the page as its parent."""

    def __init__(self, page: QWidget) -> None:
        super().__init__(page)
        self.setObjectName("steps")
        self.page = page
        self.deferred = DEFER and _showing > 0
        self._queue: deque[Callable[[], None]] = deque()
        self._scheduled = False
        self.done = 0  # steps run (tests read it)
        if self.deferred:
            page.installEventFilter(self)
            self.destroyed.connect(lambda *_: _waiting.discard(self))

    def then(self, step: Callable[[], None]) -> None:
        """Run `step()` after the steps before it: now if this page does not wait, else on a later turn of the
        event loop once the page has been painted."""
        if not self.deferred:
            self._run(step)
            return
        self._queue.append(step)
        _waiting.add(self)

    def finish(self) -> None:
        """Run every remaining step now, in order."""
        while self._queue:
            self._run(self._queue.popleft())
        self._stop_waiting()

    @property
    def finished(self) -> bool:
        return not self._queue

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.page and event.type() == QEvent.Type.Paint:
            self.page.removeEventFilter(self)
            self._schedule()
        return False

    # --- running -------------------------------------------------------------------------------------
    def _schedule(self) -> None:
        if self._queue and not self._scheduled:
            self._scheduled = True
            QTimer.singleShot(0, self, self._next)

    def _next(self) -> None:
        self._scheduled = False
        if self._queue:
            self._run(self._queue.popleft())
        if self._queue:
            self._schedule()
        else:
            self._stop_waiting()

    def _run(self, step: Callable[[], None]) -> None:
        before = set(self.page.findChildren(QWidget)) if self.page.isVisible() else None
        try:
            step()
        finally:
            self.done += 1
        if before is not None:
            self._show_made(before)

    def _show_made(self, before: set[QWidget]) -> None:
        """Show now the widgets the step made and put into a layout already on screen: Qt would show them on the
        next turn of the event loop (one more layout pass and paint), so a key that made the steps run (a shortcut
        calling `finish`) could not focus them. Only what the layout itself would show: a widget made in the step,
        in a layout, not hidden on purpose (`hide()`), not a window (a dialog, a popup)."""
        if not self.page.isVisible():
            return
        explicit = Qt.WidgetAttribute.WA_WState_ExplicitShowHide
        for widget in self.page.findChildren(QWidget):
            if widget in before or not widget.isHidden() or widget.isWindow() or widget.testAttribute(explicit):
                continue
            parent = widget.parentWidget()
            if parent is not None and parent.isVisible() and _in_layout(parent.layout(), widget):
                widget.setVisible(True)

    def _stop_waiting(self) -> None:
        if not self._queue:
            self.page.removeEventFilter(self)
            _waiting.discard(self)


def _in_layout(layout, widget: QWidget) -> bool:
    """Whether `widget` is an item of `layout` or of a layout nested in it."""
    if layout is None:
        return False
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item.widget() is widget or (item.layout() is not None and _in_layout(item.layout(), widget)):
            return True
    return False
