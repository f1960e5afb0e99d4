"""The numbers behind a chart: one table of `app.reports.pack.Table` (headings, rows, the totals row), shown as is."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel

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


class FiguresTableModel(QStandardItemModel):
    """A small, whole table of figures (a month's categories, days or programs) with its totals row last, in bold.
    The texts come translated and formatted from `app.reports.pack` (the same as the district report prints).

    The cells are held by Qt (a QStandardItemModel filled once per table): a repaint asks about seven roles of every
    cell on screen, and answering each from Python cost about 15 µs (a 10 × 16 table's repaint 17 ms instead of
    4 ms), paid on every show of the panel."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._table = Table("", [], [], None, [], [])
        self._bold = QFont()
        self._bold.setBold(True)

    def set_table(self, table: Table) -> None:
        """Show `table` (one model reset; the views keep their widgets)."""
        rows = [*table.rows, *([table.total] if table.total else [])]
        last = len(rows) - 1
        right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        left = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        aligns = [right if a == "RIGHT" else left for a in table.align]
        aligns += [left] * (len(table.headings) - len(aligns))
        self.blockSignals(True)  # filled in one go; the views hear one reset below
        try:
            self.clear()
            self.setColumnCount(len(table.headings))
            self.setRowCount(len(rows))
            self.setHorizontalHeaderLabels(list(table.headings))
            for r, values in enumerate(rows):
                total = table.total is not None and r == last
                for c in range(len(table.headings)):
                    text = values[c] if c < len(values) else ""
                    item = QStandardItem(text)
                    item.setFlags(_FLAGS)
                    item.setData(aligns[c], Qt.ItemDataRole.TextAlignmentRole)
                    item.setData(sort_value(text), SORT_ROLE)
                    item.setData(total, TOTAL_ROLE)
                    if total:
                        item.setFont(self._bold)
                    self.setItem(r, c, item)
        finally:
            self.blockSignals(False)
        self._table = table
        self.beginResetModel()
        self.endResetModel()

    @property
    def table(self) -> Table:
        return self._table


_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
