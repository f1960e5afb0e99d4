"""Build what is shown: a tab's page is created the first time it is shown, not with the window.

`LazyTabs(tabs)` manages one QTabWidget. `add(name, factory, title)` puts a light placeholder in the tab; the
first time that tab is current while the tab widget is on screen (or when `page(name)` is asked for it), the
factory builds the real page, which then takes the placeholder's place in the same tab (index, title, tooltip
kept). From then on `tabs.widget(i)` and `tabs.currentWidget()` are the real page, exactly as if it had been
added directly, so `setCurrentWidget(page)` and `currentWidget() is page` work as before.

Pages built here are built once; a page that shows live data keeps itself current through `ctx.live.watch`
(ui/common/live.py), not by reloading on every switch.

A factory may take one argument: the widget the page will live in (`container`, the tab widget's own stack; None when
the page is asked for while the tab widget is not on screen, so it is made alone as before and sized when shown). A page
made there, with each of its children made inside it, is styled once; a page made elsewhere and moved in with its
children is styled again whole under the application's stylesheet (about 0.2 ms per widget per move on the 2-core
machine, a few tens of ms for a page).

For the benchmark and tests: `built(name, page)` is emitted after a page is built, `is_built(name)` tells, and
`LazyTabs.of(tabs)` finds the helper of a tab widget (None for a plain one).
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from contextlib import nullcontext

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QStackedWidget, QTabWidget, QWidget

from ui.common import steps


class Placeholder(QWidget):
    """Stands in a tab until its page is built; it draws nothing and takes the page's object name."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)


class LazyTabs(QObject):
    """The tabs of one QTabWidget, each built the first time it is shown (see the module docstring)."""

    built = Signal(str, QWidget)  # name, the page just built

    def __init__(self, tabs: QTabWidget) -> None:
        super().__init__(tabs)
        self.setObjectName("lazyTabs")
        self.tabs = tabs
        self._factories: dict[str, Callable[..., QWidget]] = {}
        self._placeholders: dict[str, Placeholder] = {}
        self._pages: dict[str, QWidget] = {}
        self._building = False
        self._focused: set[str] = set()  # pages whose first show has put the cursor in their first field
        tabs.currentChanged.connect(self._current_changed)  # first: the page's own handlers see the real page
        tabs.installEventFilter(self)
        # The keys of a counter act on the page that has the focus: the tab bar never keeps it (Ctrl+1–6 and
        # Ctrl+Tab switch tabs), and a page shown puts the cursor in its first field (focus_into).
        quiet_tab_bar(tabs)

    @staticmethod
    def of(tabs: QTabWidget) -> LazyTabs | None:
        return tabs.findChild(LazyTabs, "lazyTabs", Qt.FindChildOption.FindDirectChildrenOnly)

    # --- building ---------------------------------------------------------------------------------
    def add(self, name: str, factory: Callable[..., QWidget], title: str) -> int:
        """A tab whose page `factory()` (or `factory(container)`, see the module docstring) builds when first shown;
        `name` is its object name. Returns the index."""
        placeholder = Placeholder(name)
        self._factories[name] = factory
        self._placeholders[name] = placeholder
        return self.tabs.addTab(placeholder, title)

    def detach(self) -> None:
        """Stop managing the tab widget (its tabs are being replaced); the helper is deleted later."""
        self.tabs.currentChanged.disconnect(self._current_changed)
        self.tabs.removeEventFilter(self)
        self.setObjectName("")
        self.deleteLater()

    @property
    def container(self) -> QWidget:
        """The widget the pages live in (the tab widget's stack): the parent to build a page with."""
        stack = self.tabs.findChild(
            QStackedWidget, "qt_tabwidget_stackedwidget", Qt.FindChildOption.FindDirectChildrenOnly
        )
        return stack if stack is not None else self.tabs

    def names(self) -> list[str]:
        return list(self._factories)

    def is_built(self, name: str) -> bool:
        return name in self._pages

    def built_page(self, name: str) -> QWidget | None:
        """The page if it was built, else None (nothing is built by asking)."""
        return self._pages.get(name)

    def page(self, name: str) -> QWidget:
        """The real page, built now if it was not yet (without making it current), with all its steps made
        (ui/common/steps.py): the caller may use any of its widgets."""
        page = self._pages.get(name)
        if page is None:
            page = self._build(name)
        steps.finish_under(page)
        return page

    def build_current(self) -> None:
        """Build the current tab's page if a placeholder stands there (the tab widget is being shown)."""
        current = self.tabs.currentWidget()
        if isinstance(current, Placeholder) and current.objectName() in self._placeholders:
            if self._placeholders[current.objectName()] is current:
                self._build(current.objectName())

    def _current_changed(self, _index: int) -> None:
        if self.tabs.isVisible() and not self._building:
            self.build_current()
            _lay_out(self.tabs.currentWidget())
            self._focus_first_show()
            QTimer.singleShot(0, self, lambda: focus_into(self.tabs.currentWidget()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.tabs and event.type() == QEvent.Type.Show and not self._building:
            self.build_current()
            self._focus_first_show()
            QTimer.singleShot(0, self, lambda: focus_into(self.tabs.currentWidget()))
        return False

    def _focus_first_show(self) -> None:
        """The first time a page is shown the cursor goes to its first field at once (before the window is
        activated after the sign-in, and before any key typed meanwhile is delivered), wherever Qt put it (Qt gives
        a page shown the first widget of its focus chain: a button, a combo box)."""
        page = self.tabs.currentWidget()
        name = page.objectName() if page is not None else ""
        if page is None or isinstance(page, Placeholder) or name in self._focused or not page.isVisible():
            return
        self._focused.add(name)
        focus_into(page, first_show=True)

    def _build(self, name: str) -> QWidget:
        placeholder = self._placeholders[name]
        tabs = self.tabs
        self._building = True
        try:
            factory = self._factories[name]
            # built to be seen: its later steps (ui/common/steps.py) wait for its first paint
            with steps.building_to_show() if tabs.isVisible() else nullcontext():
                if _takes_parent(factory):
                    # in its place when it is built to be seen; alone when asked for while the tabs are not on
                    # screen (laid out inside a stack never shown, its widgets would get the stack's nominal size)
                    page = factory(self.container if tabs.isVisible() else None)
                else:
                    page = factory()
            if not page.objectName():
                page.setObjectName(name)
            self._pages[name] = page
            index = tabs.indexOf(placeholder)
            was_current = tabs.currentIndex() == index
            # The page goes in before the placeholder leaves, so no other tab is ever shown on the way.
            blocked = tabs.blockSignals(True)
            try:
                tabs.insertTab(index, page, tabs.tabIcon(index), tabs.tabText(index))
                tabs.setTabToolTip(index, tabs.tabToolTip(index + 1))
                tabs.setTabWhatsThis(index, tabs.tabWhatsThis(index + 1))
                tabs.setTabEnabled(index, tabs.isTabEnabled(index + 1))
                tabs.setTabVisible(index, tabs.isTabVisible(index + 1))
                if was_current:
                    tabs.setCurrentIndex(index)
                tabs.removeTab(index + 1)
            finally:
                tabs.blockSignals(blocked)
            tabs.setFocusProxy(tabs.currentWidget())  # the swap above emitted no currentChanged
            del self._placeholders[name]
            placeholder.hide()
            placeholder.deleteLater()
            _lay_out(page)
            steps.release_after_paint(page)
        finally:
            self._building = False
        self.built.emit(name, page)
        return page


def _takes_parent(factory: Callable[..., QWidget]) -> bool:
    try:
        params = inspect.signature(factory).parameters.values()
    except (TypeError, ValueError):
        return False
    return any(p.default is p.empty and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD) for p in params)


def quiet_tab_bar(tabs: QTabWidget) -> None:
    """`tabs` never takes the keyboard focus itself, nor does its bar (Ctrl+Tab, Ctrl+PgUp/PgDn and a click still
    switch): the focus given to the tab widget goes to its current page (its focus proxy follows the current page),
    and from there to the page's first field (`first_field`). For every QTabWidget of the application: a focused
    tab bar swallows the first scan or name typed, and arrow keys meant for a list switch tabs instead."""
    tabs.tabBar().setFocusPolicy(Qt.FocusPolicy.NoFocus)
    tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    tabs.setFocusProxy(tabs.currentWidget())
    tabs.currentChanged.connect(lambda _i: tabs.setFocusProxy(tabs.currentWidget()))


def first_field(page: QWidget) -> QWidget | None:
    """The field of `page` the clerk types into first, when the page names it: a page (or a sub-tab's page) names
    it with `setFocusProxy(field)` in its first step (ui/common/steps.py); a tab widget's proxy is its current page
    (`quiet_tab_bar`), so a page of sub-tabs that names its tab widget leads to the current sub-page's field.
    None when no proxy leads to a visible, enabled field."""
    widget = page
    for _ in range(LAYOUT_DEPTH):
        proxy = widget.focusProxy()
        if proxy is None:
            break
        widget = proxy
    if widget is page or not widget.isVisible() or not widget.isEnabled():
        return None
    if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return None
    return widget


def focus_into(page: QWidget | None, first_show: bool = False) -> None:
    """Put the keyboard focus on the first field of `page` (`first_field`, else the first widget of its focus
    chain that takes it by Tab), unless the focus is already inside the page (a field the clerk was in keeps it
    when the page is shown again). On the page's `first_show` the focus goes to its first field wherever it is."""
    if page is None or not page.isVisible():
        return
    focused = QApplication.focusWidget()
    field = first_field(page)
    if first_show and field is not None:
        if focused is not field:
            field.setFocus(Qt.FocusReason.OtherFocusReason)
        return
    if focused is not None and (focused is page or page.isAncestorOf(focused)):
        return
    if field is not None:
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        return
    candidate = page.nextInFocusChain()
    for _ in range(5000):  # the chain is a ring over the window; a page's own widgets come right after it
        if candidate is None or candidate is page:
            break
        if (
            page.isAncestorOf(candidate)
            and candidate.isVisible()
            and candidate.isEnabled()
            and candidate.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            candidate.setFocus(Qt.FocusReason.TabFocusReason)
            return
        candidate = candidate.nextInFocusChain()
    page.setFocus(Qt.FocusReason.OtherFocusReason)


class _LayoutsBeforePaint(QObject):
    """See `lay_out_before_paint`."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.UpdateRequest:
            settle_layouts()
        return False


LAYOUT_DEPTH = 12  # more than the nesting of layouts in a window (page in sub-tabs in tabs in the main window)


def settle_layouts() -> None:
    """Process the pending layout requests and those they raise, up to the window. A layout request handled by Qt
    activates one layout, which then asks its parent's layout for another pass on a later turn of the event loop;
    Qt handles the requests posted meanwhile only on the next call, so a change deep in a page (a sub-tab shown,
    rows filled in) climbed to the window one level per turn, and the window was repainted whole at each level
    (five full paints after one sub-tab switch; each 10–15 ms). Each call here goes one level up; nothing to do
    costs a look at the event queue."""
    for _ in range(LAYOUT_DEPTH):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest.value)


def lay_out_before_paint(window: QWidget) -> None:
    """Settle every layout of `window` (see `settle_layouts`) before each repaint of it: a filter on the window
    alone, which sees its update requests, not every event of every widget."""
    window.installEventFilter(_LayoutsBeforePaint(window))


def _lay_out(page: QWidget | None) -> None:
    """A page just put in the tab widget is laid out now if it is on screen, not at the next turn of the event loop,
    so its first paint and the first click on it find every widget where it will be."""
    if page is None or not page.isVisible():
        return
    settle_layouts()


def until_painted(widget: QWidget, timeout_s: float = 10.0) -> bool:
    """Process events until `widget` or one of its children has been painted, then until the queue is empty
    (the window accepts keys again). For the benchmark and tests/ui/measure_speed.py: time a tab switch or the
    main window's first paint as `switch(); until_painted(page)`. False when nothing was painted in time."""
    import time

    app = QCoreApplication.instance()
    painted: list[QObject] = []

    class _Watch(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
            if event.type() == QEvent.Type.Paint and isinstance(obj, QWidget):
                if obj is widget or widget.isAncestorOf(obj):
                    painted.append(obj)
            return False

    watch = _Watch()
    app.installEventFilter(watch)
    end = time.perf_counter() + timeout_s
    try:
        while not painted and time.perf_counter() < end:
            app.processEvents()
        app.processEvents()
    finally:
        app.removeEventFilter(watch)
    return bool(painted)
