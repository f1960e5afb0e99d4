"""The import dialog's two tables: the column mapping (editable) and the preview with its errors per cell."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from app.imports import service as imp
from app.imports.fields import field_label, fields_of
from app.residents.idnumbers import mask_id_number

Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
_BAD = QColor("#fde2df")  # a wrong cell: pale red, its text dark red, the reason in the tooltip
_BAD_TEXT = QColor("#a4000f")
_SKIP = QColor("#f1f1f1")


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class MappingModel(QAbstractTableModel):
    """One row per column of the sheet: its header, the field it is imported as (editable), a sample value."""

    CONTEXT = "ImportMappingModel"
    TITLE, FIELD, SAMPLE = range(3)
    HEADERS = (
        QT_TRANSLATE_NOOP("ImportMappingModel", "Column in the sheet"),
        QT_TRANSLATE_NOOP("ImportMappingModel", "Imported as"),
        QT_TRANSLATE_NOOP("ImportMappingModel", "First value"),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.kind = imp.RESIDENTS
        self.titles: list[str] = []
        self.mapping: list[str] = []
        self.samples: list[str] = []
        self.edited = False

    def load(self, kind: str, titles: tuple[str, ...], mapping: tuple[str, ...], samples: tuple[str, ...]) -> None:
        self.beginResetModel()
        self.kind = kind
        width = max(len(titles), len(mapping))
        self.titles = list(titles) + [""] * (width - len(titles))
        self.mapping = list(mapping) + [""] * (width - len(mapping))
        self.samples = list(samples[:width]) + [""] * (width - len(samples[:width]))
        self.edited = False
        self.endResetModel()

    def choices(self) -> list[tuple[str, str]]:
        """(field, label) the combo offers: "" first (the column is left out)."""
        return [("", QCoreApplication.translate("ImportMappingModel", "(not imported)"))] + [
            (f, field_label(f)) for f in fields_of(self.kind)
        ]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.titles)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:  # noqa: N802
        if role != _DISPLAY:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < 3:
            return _tr(self.CONTEXT, self.HEADERS[section])
        if orientation == Qt.Orientation.Vertical:
            return _column_letter(section)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == self.FIELD:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.titles)):
            return None
        r, c = index.row(), index.column()
        if role in (_DISPLAY, Qt.ItemDataRole.ToolTipRole):
            if c == self.TITLE:
                return self.titles[r]
            if c == self.FIELD:
                return (
                    field_label(self.mapping[r])
                    if self.mapping[r]
                    else QCoreApplication.translate("ImportMappingModel", "(not imported)")
                )
            if c == self.SAMPLE:
                value = self.samples[r]
                return mask_id_number(value) if self.mapping[r].endswith("id_number") and len(value) >= 15 else value
        if role == Qt.ItemDataRole.EditRole and c == self.FIELD:
            return self.mapping[r]
        if role == Qt.ItemDataRole.ForegroundRole and c == self.FIELD and not self.mapping[r]:
            return QBrush(QColor("#777777"))
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or index.column() != self.FIELD or role != Qt.ItemDataRole.EditRole:
            return False
        value = str(value or "")
        if value and value not in fields_of(self.kind):
            return False
        r = index.row()
        changed = [r]
        if value:  # one column per field: the column that held it before is left out now
            for other, f in enumerate(self.mapping):
                if f == value and other != r:
                    self.mapping[other] = ""
                    changed.append(other)
        self.mapping[r] = value
        self.edited = True
        for row in changed:
            self.dataChanged.emit(self.index(row, self.FIELD), self.index(row, self.SAMPLE))
        return True


def _column_letter(i: int) -> str:
    out = ""
    i += 1
    while i:
        i, rem = divmod(i - 1, 26)
        out = chr(65 + rem) + out
    return out


class PreviewModel(QAbstractTableModel):
    """The rows checked: line, what will happen, then the sheet's columns. A wrong cell is coloured, its reason in
    the tooltip; a refused row says why in its status tooltip. ID numbers that are right show masked."""

    CONTEXT = "ImportPreviewModel"
    LINE, STATUS = range(2)
    FIXED = 2
    STATUS_TEXT = {
        imp.NEW: QT_TRANSLATE_NOOP("ImportPreviewModel", "New"),
        imp.UPDATED: QT_TRANSLATE_NOOP("ImportPreviewModel", "Update"),
        imp.SKIPPED: QT_TRANSLATE_NOOP("ImportPreviewModel", "Skip"),
        imp.REFUSED: QT_TRANSLATE_NOOP("ImportPreviewModel", "Error"),
        imp.ALREADY: QT_TRANSLATE_NOOP("ImportPreviewModel", "Already registered"),
    }

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.titles: tuple[str, ...] = ()
        self.mapping: tuple[str, ...] = ()
        self.rows: list[imp.RowOutcome] = []

    def load(self, titles: tuple[str, ...], mapping: tuple[str, ...], rows: list[imp.RowOutcome]) -> None:
        self.beginResetModel()
        width = max([len(titles), *(len(r.cells) for r in rows[:200])] or [0])
        self.titles = tuple(titles) + ("",) * (width - len(titles))
        self.mapping = tuple(mapping) + ("",) * (width - len(mapping))
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.FIXED + len(self.titles)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not (0 <= section < self.columnCount()):
            return None
        if role == _DISPLAY:
            if section == self.LINE:
                return QCoreApplication.translate("ImportPreviewModel", "Line")
            if section == self.STATUS:
                return QCoreApplication.translate("ImportPreviewModel", "Result")
            return self.titles[section - self.FIXED] or _column_letter(section - self.FIXED)
        if role == Qt.ItemDataRole.ToolTipRole and section >= self.FIXED:
            f = self.mapping[section - self.FIXED]
            return field_label(f) if f else QCoreApplication.translate("ImportMappingModel", "(not imported)")
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        row, c = self.rows[index.row()], index.column()
        col = c - self.FIXED
        if role == _DISPLAY:
            if c == self.LINE:
                return str(row.line)
            if c == self.STATUS:
                return _tr(self.CONTEXT, self.STATUS_TEXT[row.status])
            if col >= len(row.cells):
                return ""
            value = row.cells[col]
            if col < len(self.mapping) and self.mapping[col].endswith("id_number") and col not in row.errors:
                return mask_id_number(value) if len(value) >= 15 else value
            return value
        if role == Qt.ItemDataRole.ToolTipRole:
            if c == self.STATUS:
                return row.message or row.note or None
            return row.errors.get(col)
        if role == Qt.ItemDataRole.BackgroundRole:
            if c >= self.FIXED and col in row.errors:
                return QBrush(_BAD)
            if c == self.STATUS and row.status == imp.REFUSED:
                return QBrush(_BAD)
            if row.status in (imp.SKIPPED, imp.ALREADY):
                return QBrush(_SKIP)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if (c >= self.FIXED and col in row.errors) or (c == self.STATUS and row.status == imp.REFUSED):
                return QBrush(_BAD_TEXT)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and c == self.LINE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
