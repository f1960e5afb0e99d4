"""The numbers behind a chart: one table of `app.reports.pack.Table` (headings, rows, the totals row), shown as is."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from app.reports.pack import Table

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
TOTAL_ROLE = Qt.ItemDataRole.UserRole + 3  # True on the totals row


def sort_value(text: str) -> object:
    """A figure as printed ("12.50", "87.5%", "—", a name) as something that orders like the value: numbers as
    Decimals (a dash as -1, before every rate), names as text."""
    t = text.rstrip("%")
    if t == "—":
        return Decimal(-1)
    try:
        return Decimal(t)
    except InvalidOperation:
        return text


class FiguresTableModel(QAbstractTableModel):
    """A small, whole table of figures (a month's categories, days or programs) with its totals row last, in bold.
    The texts come translated and formatted from `app.reports.pack` (the same as the district report prints)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._table = Table("", [], [], None, [], [])
        self._bold = QFont()
        self._bold.setBold(True)

    def set_table(self, table: Table) -> None:
        self.beginResetModel()
        self._table = table
        self.endResetModel()

    @property
    def table(self) -> Table:
        return self._table

    def _rows(self) -> list[list[str]]:
        return [*self._table.rows, *([self._table.total] if self._table.total else [])]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._table.rows) + (1 if self._table.total else 0)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._table.headings)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self._table.headings):
                return self._table.headings[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        rows = self._rows()
        r, c = index.row(), index.column()
        if not (0 <= r < len(rows) and 0 <= c < len(self._table.headings)):
            return None
        total = self._table.total is not None and r == len(rows) - 1
        if role == Qt.ItemDataRole.DisplayRole:
            return rows[r][c]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if self._table.align[c] == "RIGHT" else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and total:
            return self._bold
        if role == SORT_ROLE:
            return sort_value(rows[r][c])
        if role == TOTAL_ROLE:
            return total
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
