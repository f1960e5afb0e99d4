"""Screen fit and stable layouts, shared by every counter.

Front-desk PCs commonly have 1366×768 screens; after the taskbar about 1366×728 is left (issue 16). Every window
and dialog fits there: `fit_window` sizes a window to its preferred size or the screen, whichever is smaller;
`scrolling` puts a long form in a scroll area. Columns are sized from their header and a sample of rows
(`size_columns`: never every row of a big history), the important ones first (`order_columns`). Controls keep their
place: an error line is reserved under a field (`reserve_line`/`set_line`), an unavailable action is disabled with
the reason as its tooltip (`set_available`), a widget that comes and goes keeps its space (`keep_space`). A button
that disables itself does not hand the keyboard focus to its neighbour (`focus_after_disable`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QFontMetrics, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLayoutItem,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStyle,
    QStyleOptionComboBox,
    QTableView,
    QWidget,
)

#: The smallest screen a counter PC has, less the taskbar: every window and dialog fits inside.
SMALL_SCREEN = QSize(1366, 728)
#: What a window frame (title bar, borders) takes around a window's client area on Windows and common X11 themes.
FRAME = QSize(16, 39)


def available_size(widget: QWidget | None = None) -> QSize:
    """The room for a window's client area: the screen's available geometry (or the small screen, whichever is
    smaller, so a layout made on a big monitor still fits a counter PC) less the window frame."""
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    room = SMALL_SCREEN
    if screen is not None:
        geometry = screen.availableGeometry()
        room = QSize(min(room.width(), geometry.width()), min(room.height(), geometry.height()))
    return QSize(room.width() - FRAME.width(), room.height() - FRAME.height())


def fit_window(window: QWidget, width: int, height: int) -> None:
    """Resize `window` to `width`×`height` pixels, or less where the screen is smaller (see `available_size`)."""
    room = available_size(window)
    window.resize(min(width, room.width()), min(height, room.height()))


def restore_geometry(window: QWidget, key: str, width: int, height: int) -> None:
    """Give `window` the geometry saved under `key` (QSettings) when there is one that fits this screen; else fit
    it to `width`×`height` (see `fit_window`). `save_geometry` writes it when the window closes."""
    saved = QSettings().value(f"ui/geometry/{key}")
    if isinstance(saved, QByteArray | bytes) and window.restoreGeometry(QByteArray(saved)):
        room = available_size(window)
        if window.width() <= room.width() + FRAME.width() and window.height() <= room.height() + FRAME.height():
            return
    fit_window(window, width, height)


def save_geometry(window: QWidget, key: str) -> None:
    QSettings().setValue(f"ui/geometry/{key}", window.saveGeometry())


def scrolling(content: QWidget, parent: QWidget | None = None) -> QScrollArea:
    """`content` (a long form) inside a frameless scroll area that scrolls vertically only when the screen is too
    short for it; its width follows the dialog."""
    return scroll_vertically(QScrollArea(parent), content)


def scroll_vertically(area: QScrollArea, content: QWidget) -> QScrollArea:
    """`scrolling` for an area made first, `content` made inside it (a widget moved into the area after it was made
    would be styled again under the stylesheet)."""
    area.setObjectName(f"{content.objectName() or 'form'}Scroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(content)
    # as tall as it likes but willing to shrink
    keep_wide_enough(area, content)
    area.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    return area


def keep_wide_enough(area: QScrollArea, content: QWidget) -> None:
    """`area` scrolls `content` up and down only, and is as wide as `content` needs, now and whenever its fields
    change (a form filled in a later step, fields shown after it was measured, another language)."""
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    content.installEventFilter(_WidthOfContent(area, content))


class _WidthOfContent(QObject):
    """Keeps a scroll area (horizontal scrolling off) at least as wide as its content's minimum: else a form made or
    filled after the area was measured is cut off at the right (the volunteer form's 移除 button was, at 1366×768)."""

    def __init__(self, area: QScrollArea, content: QWidget) -> None:
        super().__init__(area)
        self.area, self.content = area, content
        self.fit()

    def fit(self) -> None:
        width = self.content.minimumSizeHint().width() + self.area.verticalScrollBar().sizeHint().width() + 4
        if width != self.area.minimumWidth():
            self.area.setMinimumWidth(width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LayoutRequest:
            self.fit()
        return False


def keep_space(widget: QWidget) -> QWidget:
    """A widget that is shown and hidden keeps its room in the layout while hidden, so nothing moves."""
    policy = widget.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    widget.setSizePolicy(policy)
    return widget


def reserve_line(label: QLabel) -> QLabel:
    """An error or status line under a field that always takes one line, shown or not: the fields below stay put
    when a message of one line appears. A longer message is shown whole, wrapped onto the lines it needs under the
    field (it was elided to the field's width: "身份证号最后一位校验码不符，…" hid what to check)."""
    label.setWordWrap(True)
    label.setMinimumHeight(label.fontMetrics().height())
    label.setMinimumWidth(1)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
    label.setProperty("fullText", "")
    keep_space(label)
    label.installEventFilter(_LinesOnResize(label))  # a form's rows do not ask a label's height for its width
    return label


class _LinesOnResize(QObject):
    """Keeps a reserved line as high as its message needs at the width it is given (see `reserve_line`)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Resize and isinstance(watched, QLabel):
            _fit_lines(watched)
        return False


def _fit_lines(label: QLabel) -> None:
    one = label.fontMetrics().height()
    text = label.text()
    width = label.width()
    need = one
    if text and width > 20:
        need = label.fontMetrics().boundingRect(0, 0, width, 10 * one, Qt.TextFlag.TextWordWrap, text).height()
    need = max(one, need)
    if label.minimumHeight() != need or label.maximumHeight() != need:
        label.setFixedHeight(need)


def set_line(label: QLabel, message: str) -> None:
    """Show `message` whole on a reserved line (empty: hide it, keeping the room), wrapped when it is longer than
    the field is wide. `label.property("fullText")` and the tooltip hold it too."""
    label.setProperty("fullText", message)
    label.setToolTip(message)
    label.setText(message)
    label.setVisible(bool(message))
    _fit_lines(label)


_FOCUS_CHOOSER = "focusAfterDisable"


def focus_after_disable(container: QWidget, choose: Callable[[], QWidget | None]) -> None:
    """Where the keyboard focus goes when `set_available` disables the widget holding it inside `container`:
    `choose()` is asked once the screen has finished updating (the next step's button, the list), and None leaves
    the focus nowhere."""
    container.setProperty(_FOCUS_CHOOSER, choose)


def _park_focus(widget: QWidget, focused: QWidget) -> None:
    """Qt hands the focus of a widget being disabled to the next one in the tab order: a step button that disables
    itself after 签收 gave it to 取消诉求, and the next Space opened the cancel dialog (polish1). Instead the focus
    waits nowhere (a key does nothing) and, once the screen has updated, goes where the nearest `container` of
    `focus_after_disable` chooses."""
    choose, owner = None, widget.parentWidget()
    while owner is not None and choose is None:
        choose = owner.property(_FOCUS_CHOOSER)
        owner = owner.parentWidget() if choose is None else owner
    focused.clearFocus()
    if choose is None or owner is None:
        return

    def hand_on() -> None:
        if owner.window().focusWidget() is not None:
            return  # the user (or a dialog) has put the focus somewhere meanwhile
        target = choose()
        if target is not None and target.isEnabled() and target.isVisible():
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    QTimer.singleShot(0, owner, hand_on)


def set_available(widget: QWidget, reason: str | None) -> None:
    """Enable `widget` when `reason` is None; otherwise disable it and say why in its tooltip (a disabled button
    still shows its tooltip). The widget stays where it is. A key the widget has (ui.keys marks it) stays in the
    tooltip either way: "Choose the department first. (Ctrl+D)". Disabling the widget that has the focus does not
    hand the focus to its neighbour (`_park_focus`)."""
    if reason is not None and widget.isEnabled():
        focused = widget.window().focusWidget()
        if focused is not None and (focused is widget or widget.isAncestorOf(focused)):
            _park_focus(widget, focused)
    widget.setEnabled(reason is None)
    hint = widget.property("keyHint")
    if not hint:
        widget.setToolTip(reason or "")
    elif reason:
        widget.setToolTip(f"{reason} ({hint})")
    else:
        label = widget.text() if isinstance(widget, QAbstractButton) else widget.accessibleName()
        widget.setToolTip(f"{label} ({hint})".strip())


def text_width(widget: QWidget, text: str) -> int:
    return widget.fontMetrics().horizontalAdvance(text)


def fit_choices(combo: QComboBox) -> int:
    """Make `combo` (closed, and its drop-down list) wide enough for its widest choice, so none is cut under the
    arrow ("未联系上（无人接听" lost its bracket at 1366×768): the width the style asks for that text, with its frame,
    padding and arrow. Call it once the choices are in; returns the width set."""
    widest = max((text_width(combo, combo.itemText(i)) for i in range(combo.count())), default=0)
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    contents = QSize(widest, combo.fontMetrics().height())
    need = combo.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, contents, combo).width()
    need = max(need, widest + 48)  # the theme's arrow and padding, whatever the style reports
    combo.setMinimumWidth(need)
    combo.view().setMinimumWidth(widest + 32)  # the list's own frame and padding
    return need


def size_columns(
    view: QTableView,
    sample: int = 40,
    minimum: Mapping[int, int] | None = None,
    maximum: int = 360,
    stretch_last: bool = True,
    stretch: int | None = None,
    widest: Mapping[int, int] | None = None,
) -> list[int]:
    """Size every column of `view` to its header and the first `sample` rows (never the whole model: a history of
    thousands of rows is not read for this), within `maximum` pixels (`widest` for a column that gives way to the
    others: its long texts are elided, the whole text in its tooltip); the last column (or column `stretch`) takes
    the rest. Columns stay resizable by hand. Returns the widths set."""
    model = view.model()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(stretch_last)
    metrics = view.fontMetrics()
    header_metrics = QFontMetrics(header.font())
    padding = 2 * view.style().pixelMetric(view.style().PixelMetric.PM_FocusFrameHMargin, None, view) + 24
    rows = min(model.rowCount(), sample)
    widths: list[int] = []
    for column in range(model.columnCount()):
        title = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or ""
        # the header's own measure (its style's font and padding), and never less than the title in our font, in
        # capitals too: the theme's `text-transform: uppercase` on header sections is not in header.font(), and
        # "RESOLUTION RATE" was cut where "Resolution rate" was measured
        longest = max(
            header_metrics.horizontalAdvance(str(title)), header_metrics.horizontalAdvance(str(title).upper())
        )
        width = max(header.sectionSizeHint(column), longest + 28)
        for row in range(rows):
            text = model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
            if text:
                width = max(width, max(metrics.horizontalAdvance(line) for line in str(text).split("\n")) + padding)
        width = min(width, maximum, (widest or {}).get(column, maximum))
        if minimum and column in minimum:
            width = max(width, minimum[column])
        widths.append(width)
        view.setColumnWidth(column, width)
    if stretch is not None:
        header.setStretchLastSection(False)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return widths


def size_columns_when_filled(view: QTableView, **options) -> None:
    """Size the columns (`size_columns`) now, and once more when rows first arrive (a page loaded later, a
    list filled after its view was built); later reloads keep the widths, so nothing jumps under the cursor."""
    size_columns(view, **options)
    model = view.model()
    if model.rowCount() > 0:
        return

    def filled(*_args) -> None:
        if model.rowCount() > 0:
            model.modelReset.disconnect(filled)
            model.rowsInserted.disconnect(filled)
            size_columns(view, **options)

    model.modelReset.connect(filled)
    model.rowsInserted.connect(filled)


def order_columns(view: QAbstractItemView, first: Iterable[int]) -> None:
    """Show the columns `first` leftmost, in that order (the view's order only; the model keeps its columns)."""
    header = view.horizontalHeader()  # type: ignore[attr-defined]
    for position, logical in enumerate(first):
        header.moveSection(header.visualIndex(logical), position)


def size_columns_always(view: QTableView, **options) -> None:
    """For a small list set whole (a few dozen rows: programs, categories, a volunteer's qualifications): size the
    columns (`size_columns`) now and each time the rows are set again."""
    size_columns(view, **options)
    view.model().modelReset.connect(lambda: size_columns(view, **options))


class _FirstShow(QObject):
    def __init__(self, splitter: QSplitter, shares: Sequence[int]) -> None:
        super().__init__(splitter)
        self.shares = list(shares)
        splitter.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Show:
            obj.removeEventFilter(self)
            total = sum(obj.sizes()) or 1
            whole = sum(self.shares)
            obj.setSizes([total * share // whole for share in self.shares])
        return False


def share_on_first_show(splitter: QSplitter, shares: Sequence[int]) -> None:
    """Divide `splitter` in these shares when it is first shown (a splitter's first sizes come from its children's
    size hints, which can leave the important part a sliver on a small screen); the user's later moves stay."""
    _FirstShow(splitter, shares)


class FittingGrid(QLayout):
    """A grid of as many columns as its width holds, up to `max_columns`, its items in reading order: the request
    detail's step buttons in five columns where the room is there, three or fewer in a narrow pane, never cut or
    run over each other. Each column is as wide as its widest item's minimum, the room left shared out; rows are as
    high as their tallest item. Items keep their order and, at one width, their place."""

    def __init__(self, max_columns: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.max_columns = max_columns
        self._items: list[QLayoutItem] = []

    # --- QLayout -------------------------------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt API
        self._items.append(item)

    def add_layout(self, layout: QLayout) -> None:
        """A row of its own (a label and its field) as one item of the grid."""
        self.addChildLayout(layout)
        self._items.append(layout)
        self.invalidate()

    def add_widget(self, widget: QWidget) -> None:
        """`widget` as one item, in a margin-free box of its own: a layout made here lives as long as the grid,
        where the item Qt makes for `addWidget` was deleted under the grid by PySide (a crash at the first show)."""
        box = QHBoxLayout()
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(widget)
        self.add_layout(box)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt API
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt API
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt API
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        m = self.contentsMargins()
        columns, _widths = self.columns_for(width - m.left() - m.right())
        return sum(self._row_heights(columns)) + self._vspace() * max(0, self._rows(columns) - 1) + m.top() + m.bottom()

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt API
        """One column's width (the widest item), the height of the most columns: the height for a narrower width
        comes from heightForWidth, so a scroll area around it scrolls instead of being held tall."""
        m = self.contentsMargins()
        wide = max((i.minimumSize().width() for i in self._items), default=0)
        return QSize(wide + m.left() + m.right(), self.heightForWidth(self.sizeHint().width()))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        m = self.contentsMargins()
        columns = min(self.max_columns, len(self._items)) or 1
        width = sum(self._column_widths(columns)) + self._hspace() * (columns - 1) + m.left() + m.right()
        height = sum(self._row_heights(columns)) + self._vspace() * max(0, self._rows(columns) - 1)
        return QSize(width, height + m.top() + m.bottom())

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt API
        super().setGeometry(rect)
        area = self.contentsRect()
        columns, widths = self.columns_for(area.width())
        spare = max(0, area.width() - sum(widths) - self._hspace() * (columns - 1))
        widths = [w + spare // columns + (1 if c < spare % columns else 0) for c, w in enumerate(widths)]
        heights = self._row_heights(columns)
        y = area.y()
        for row, height in enumerate(heights):
            x = area.x()
            for column in range(columns):
                index = row * columns + column
                if index < len(self._items):
                    self._items[index].setGeometry(QRect(x, y, widths[column], height))
                x += widths[column] + self._hspace()
            y += height + self._vspace()

    # --- the arithmetic ------------------------------------------------------------------------------------
    def columns_for(self, width: int) -> tuple[int, list[int]]:
        """The most columns (at most `max_columns`) whose widest items fit `width`, with their widths."""
        for columns in range(min(self.max_columns, len(self._items)), 1, -1):
            widths = self._column_widths(columns)
            if sum(widths) + self._hspace() * (columns - 1) <= width:
                return columns, widths
        return 1, self._column_widths(1)

    def _column_widths(self, columns: int) -> list[int]:
        widths = [0] * columns
        for index, item in enumerate(self._items):
            widths[index % columns] = max(widths[index % columns], item.minimumSize().width())
        return widths

    def _rows(self, columns: int) -> int:
        return -(-len(self._items) // columns)

    def _row_heights(self, columns: int) -> list[int]:
        heights = [0] * self._rows(columns)
        for index, item in enumerate(self._items):
            heights[index // columns] = max(heights[index // columns], item.sizeHint().height())
        return heights

    def _hspace(self) -> int:
        return max(self.spacing(), 6)

    def _vspace(self) -> int:
        return max(self.spacing(), 6)
