"""A table model's texts made once per row, not at every paint.

A view asks `data()` for every cell, about seven roles each, at every repaint — a tab shown again repaints every
visible cell. `RowTexts`, put before the model class (`class VisitsModel(RowTexts, ListTableModel)`), keeps each row's
display texts (`display(row, column)` for every column, made the first time the row is painted) until the rows are
set again (a model reset or removed rows), answers the roles the table models never use with None at once, and
compares roles as plain integers (each PySide enum comparison is Python code).

Only for models whose `display` depends on the row and the model's state set with the rows (`today` set before
`set_rows`), never on something that changes between resets without one.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_ALIGN = Qt.ItemDataRole.TextAlignmentRole.value
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

    def data(self, index, role: int = _DISPLAY):
        role = int(role)
        if role == _DISPLAY:
            r = index.row()
            texts = self._texts.get(r)
            if texts is None:
                if not 0 <= r < len(self._rows):
                    return None
                row = self._rows[r]
                texts = self._texts[r] = tuple(self.display(row, c) for c in range(len(self.COLUMNS)))
            return texts[index.column()]
        if role in _NEVER:
            return None
        if role == _ALIGN:
            c = index.column()
            return self._aligns[c] if 0 <= c < len(self._aligns) else None
        return super().data(index, role)
