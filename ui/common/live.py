"""Live screens: what another workstation saves shows on the open screens that show it, without a click.

`LiveChanges` (one per AppContext, `ctx.live`) brings the database's `app.changes.ChangeFeed` — a thread that
LISTENs on PostgreSQL or polls SQLite's data_version — onto the UI thread as `changed(topics)`.

A screen asks for it with `ctx.live.watch(widgets, topics, refresh)`:

- `refresh()` runs on the UI thread when one of `topics` changed, at most once per burst (changes arriving within
  `COALESCE_MS` of each other make one refresh);
- only while one of `widgets` is on screen: a hidden tab, a minimised or hidden window does nothing, and is
  refreshed once when it is shown again, if something changed meanwhile.

`keep_view(view, reload, key)` is how a refresh keeps what the user was looking at: the selected row (found again
by its key, not its position), the rows loaded so far (paged models fetch as many again) and the scroll position
(at the top it stays at the top, so new rows come into sight; scrolled down, the row at the top stays at the top).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QAbstractItemView, QAbstractScrollArea, QWidget

from app.changes import ChangeFeed
from db.engine import Database

COALESCE_MS = 120


class LiveChanges(QObject):
    """The change feed of one database, on the UI thread."""

    changed = Signal(object)  # frozenset[str] of topics
    _arrived = Signal(object)  # emitted from the feed's thread; queued to this object's (the UI) thread

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._arrived.connect(self._deliver)
        self.feed = ChangeFeed.for_database(db)
        self._unsubscribe = self.feed.subscribe(self._from_feed)
        self.destroyed.connect(self._unsubscribe)

    def _from_feed(self, topics: frozenset[str]) -> None:  # on the feed's thread
        try:
            self._arrived.emit(topics)
        except RuntimeError:  # this object is gone (its window closed): stop listening
            self._unsubscribe()

    @Slot(object)
    def _deliver(self, topics: frozenset[str]) -> None:
        self.changed.emit(topics)

    def watch(self, widgets: QWidget | Iterable[QWidget], topics: Iterable[str], refresh: Callable[[], None]) -> Watch:
        """Run `refresh` when one of `topics` changed and one of `widgets` is on screen (see the module docstring)."""
        return Watch(self, [widgets] if isinstance(widgets, QWidget) else list(widgets), frozenset(topics), refresh)


class Watch(QObject):
    """One screen's subscription; lives as long as its first widget."""

    def __init__(
        self, live: LiveChanges, widgets: list[QWidget], topics: frozenset[str], refresh: Callable[[], None]
    ) -> None:
        super().__init__(widgets[0])
        self.widgets = widgets
        self.topics = topics
        self.refresh = refresh
        self.dirty = False
        self.refreshes = 0  # how many live refreshes ran (tests and the status line read it)
        self._window: QWidget | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(COALESCE_MS)
        self._timer.timeout.connect(self._fire)
        live.changed.connect(self._changed)
        for w in widgets:
            w.installEventFilter(self)

    @Slot(object)
    def _changed(self, topics: frozenset[str]) -> None:
        if topics & self.topics:
            self.dirty = True
            self._schedule()

    def on_screen(self) -> bool:
        window = self.widgets[0].window()
        if window.isMinimized():
            return False
        return any(w.isVisible() for w in self.widgets)

    def _schedule(self) -> None:
        if self.dirty and not self._timer.isActive() and self.on_screen():
            self._timer.start()

    def _fire(self) -> None:
        if not self.dirty or not self.on_screen():
            return  # shown again later: the Show event schedules it
        self.dirty = False
        self.refreshes += 1
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Show:
            window = self.widgets[0].window()
            if window is not self._window:  # the window it is in now (a page is placed in a window after creation)
                if self._window is not None:
                    _WindowStates.of(self._window).watches.discard(self)
                self._window = window
                _WindowStates.of(window).add(self)
            self._schedule()
        return False


class _WindowStates(QObject):
    """The one filter on a window for all its screens' watches: the window shown again or restored from the task bar
    schedules each watch's refresh. (A filter per watch ran Python for every event of the main window once per
    page built: a paint, a layout, a key.)"""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("liveWindowStates")
        self.watches: set[Watch] = set()
        window.installEventFilter(self)

    @staticmethod
    def of(window: QWidget) -> _WindowStates:
        found = window.findChild(_WindowStates, "liveWindowStates", Qt.FindChildOption.FindDirectChildrenOnly)
        return found if found is not None else _WindowStates(window)

    def add(self, watch: Watch) -> None:
        if watch not in self.watches:
            self.watches.add(watch)
            watch.destroyed.connect(lambda _obj=None, w=watch: self.watches.discard(w))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if kind == QEvent.Type.WindowStateChange or kind == QEvent.Type.Show:
            for watch in list(self.watches):
                watch._schedule()
        return False


def keep_view(view: QAbstractItemView, reload: Callable[[], None], key: Callable[[Any], Any]) -> None:
    """Run `reload()` (which resets `view`'s model) and give the user back their row and scroll position.

    `key(row)` names a row the same way before and after (its id); the model gives rows with `row_at(i)`.
    """
    model = view.model()
    current = view.currentIndex()
    current_key = key(model.row_at(current.row())) if current.isValid() else None
    column = current.column() if current.isValid() else 0
    vbar, hbar = view.verticalScrollBar(), view.horizontalScrollBar()
    at_top, h_value = vbar.value() == vbar.minimum(), hbar.value()
    top_key = None
    if not at_top and hasattr(view, "rowAt"):
        top = view.rowAt(0)
        top_key = key(model.row_at(top)) if top >= 0 else None
    loaded = model.rowCount()

    reload()
    while model.rowCount() < loaded and model.canFetchMore(QModelIndex()):  # paged models: as many rows as before
        before = model.rowCount()
        model.fetchMore(QModelIndex())
        if model.rowCount() == before:
            break

    rows = {key(model.row_at(i)): i for i in range(model.rowCount())}
    if current_key in rows:
        index = model.index(rows[current_key], column)
        selection = view.selectionModel()
        selection.setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
    restore_scroll(view, at_top=at_top, top_row=rows.get(top_key), h_value=h_value)


def restore_scroll(view: QAbstractScrollArea, *, at_top: bool, top_row: int | None = None, h_value: int = 0) -> None:
    vbar = view.verticalScrollBar()
    if isinstance(view, QAbstractItemView):
        view.doItemsLayout()  # the scroll range of the new rows, now rather than at the next paint
    if at_top:
        vbar.setValue(vbar.minimum())
    elif top_row is not None and isinstance(view, QAbstractItemView):
        view.scrollTo(view.model().index(top_row, 0), QAbstractItemView.ScrollHint.PositionAtTop)
    view.horizontalScrollBar().setValue(h_value)


def keep_scroll(area: QAbstractScrollArea, reload: Callable[[], None]) -> None:
    """Run `reload()` and put `area`'s scroll bars back where they were (a board of cards rebuilt)."""
    v, h = area.verticalScrollBar().value(), area.horizontalScrollBar().value()
    reload()
    widget = getattr(area, "widget", lambda: None)()
    if widget is not None and widget.layout() is not None:
        widget.layout().activate()  # the new content's size, so the old position is in range
        widget.adjustSize()
    area.verticalScrollBar().setValue(v)
    area.horizontalScrollBar().setValue(h)
