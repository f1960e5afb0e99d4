"""A table model that pages from the database with keyset queries, never holding the whole table.

Subclasses give the columns and a `fetch_page(after_key, limit)` that returns ``[(key, row), …]`` in
display order, where `key` is what the next page starts after. Qt asks for more with canFetchMore /
fetchMore as the view scrolls; sorting and filtering happen in SQL (call `reload()`), not in a proxy.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    key: str
    title: str  # the untranslated source; translated in headerData under the model's context
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


_DISPLAY = Qt.ItemDataRole.DisplayRole
_DISPLAY_VALUE = _DISPLAY.value
_HORIZONTAL = Qt.Orientation.Horizontal
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2


class _RowsModel(QAbstractTableModel):
    """What both table models share: rows of any Python object, columns described by COLUMNS."""

    CONTEXT = "TableModel"  # lupdate context of the column titles
    COLUMNS: Sequence[Column] = ()
    _titles: tuple[str, ...] | None = None  # the column titles translated, for COLUMNS as `_titles_of`
    _titles_of: Sequence[Column] | None = None

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    # --- subclass API -------------------------------------------------------------------------
    def display(self, row: Any, column: int) -> str:
        raise NotImplementedError

    def sort_value(self, row: Any, column: int) -> Any:
        return self.display(row, column)

    def foreground(self, row: Any, column: int):  # QBrush | None
        return None

    def tooltip(self, row: Any, column: int) -> str | None:
        return None

    def font(self, row: Any, column: int):  # QFont | None (e.g. struck out for a voided row)
        return None

    # --- Qt model API -------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        # Qt's own index() asks rowCount() and columnCount() back through Python for every cell; a flat
        # table knows both at once.
        if 0 <= row < len(self._rows) and 0 <= column < len(self.COLUMNS) and not parent.isValid():
            return self.createIndex(row, column)
        return QModelIndex()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        # A header asks every section for several roles each time it measures itself (hundreds of calls for a
        # page's first show): the titles are translated once per model (the language is chosen at start).
        if int(role) != _DISPLAY_VALUE or orientation != _HORIZONTAL:
            return None
        titles = self._titles
        if titles is None or self._titles_of is not self.COLUMNS:
            titles = self._titles = tuple(QCoreApplication.translate(self.CONTEXT, c.title) for c in self.COLUMNS)
            self._titles_of = self.COLUMNS
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = _DISPLAY):
        # Views call this for every cell, role and repaint: the display text comes first and fast.
        r = index.row()
        if r < 0 or r >= len(self._rows):  # an invalid index has row -1
            return None
        row = self._rows[r]
        col = index.column()
        if role == _DISPLAY:
            return self.display(row, col)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(self.COLUMNS[col].align)
        if role == SORT_ROLE:
            return self.sort_value(row, col)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.foreground(row, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, col)
        if role == Qt.ItemDataRole.FontRole:
            return self.font(row, col)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def row_at(self, row: int) -> Any:
        return self._rows[row]


class KeysetTableModel(_RowsModel):
    """Pages from the database; subclasses implement `fetch_page(after_key, limit)` and `display`."""

    PAGE = 200
    FIRST_PAGE: int | None = None  # rows fetched by reload(): a screenful and some (None: PAGE)
    CONTEXT = "KeysetTableModel"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._last_key: Any = None
        self._exhausted = True
        self._fetching = False
        self.pages_loaded = 0

    def fetch_page(self, after: Any, limit: int) -> list[tuple[Any, Any]]:
        raise NotImplementedError

    def reload(self) -> None:
        """Drop what is loaded and fetch the first page (after a filter or sort change, or a save)."""
        # The first page is loaded inside the reset, so views and testers never see a fetch mid-reset.
        self.beginResetModel()
        self._fetching = True
        try:
            self._rows = []
            self._last_key = None
            self._exhausted = False
            self.pages_loaded = 1
            first = self.FIRST_PAGE or self.PAGE
            page = self.fetch_page(None, first)
            if len(page) < first:
                self._exhausted = True
            self._rows = [row for _key, row in page]
            self._last_key = page[-1][0] if page else None
        finally:
            self._fetching = False
            self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._rows = []
        self._last_key = None
        self._exhausted = True
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        # Views and testers may ask again while rows are being inserted; one fetch at a time.
        if parent.isValid() or self._exhausted or self._fetching:
            return
        self._fetching = True
        try:
            page = self.fetch_page(self._last_key, self.PAGE)
            self.pages_loaded += 1
            if len(page) < self.PAGE:
                self._exhausted = True
            if not page:
                return
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(row for _key, row in page)
            self._last_key = page[-1][0]
            self.endInsertRows()
        finally:
            self._fetching = False

    def loaded_rows(self) -> int:
        return len(self._rows)


class ListTableModel(_RowsModel):
    """A small in-memory table (a day's tally, a child's contacts): rows set whole with `set_rows`."""

    CONTEXT = "ListTableModel"

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()
