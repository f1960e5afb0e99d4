"""ui/common/row_texts.RowTexts: a repaint asks each cell once (multiData) and gets what it got role by role."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTableView

from ui.common.paged_model import Column, ListTableModel
from ui.common.row_texts import RowTexts

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
RED = QColor("#b3261e")


class _Plain(ListTableModel):
    CONTEXT = "RowTextsTest"
    COLUMNS = (
        Column("name", QT_TRANSLATE_NOOP("RowTextsTest", "Name")),
        Column("n", QT_TRANSLATE_NOOP("RowTextsTest", "Count"), RIGHT),
    )

    def display(self, row, column: int) -> str:
        return row[0] if column == 0 else str(row[1])

    def foreground(self, row, column: int):
        return QBrush(RED) if row[1] > 1 else None

    def font(self, row, column: int):
        if row[1] == 0:
            font = QFont()
            font.setStrikeOut(True)
            return font
        return None


class _Fast(RowTexts, _Plain):
    pass


class _Recorder(QStyledItemDelegate):
    """What the stock delegate makes of each cell: its text, alignment, text colour and font."""

    def __init__(self, parent) -> None:
        super().__init__(parent)
        self.seen: dict[tuple[int, int], tuple] = {}

    def initStyleOption(self, option: QStyleOptionViewItem, index) -> None:  # noqa: N802 - Qt API
        super().initStyleOption(option, index)
        self.seen[(index.row(), index.column())] = (
            option.text,
            int(option.displayAlignment.value),
            option.palette.brush(option.palette.ColorRole.Text).color().name(),
            option.font.strikeOut(),
        )


ROWS = [("王秀英", 3), ("李建国", 1), ("张伟", 0)]


def _painted(qtbot, model) -> tuple[dict, QTableView]:
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    recorder = _Recorder(view)
    view.setItemDelegate(recorder)
    view.resize(400, 200)
    model.set_rows(ROWS)
    view.grab()
    return recorder.seen, view


def test_a_repaint_asks_each_cell_once_and_sees_what_it_saw_role_by_role(qtbot, monkeypatch):
    role_by_role, _v1 = _painted(qtbot, _Plain())
    fast = _Fast()
    calls = {"data": 0}
    real = _Fast.data

    def counting(self, index, role=0):
        calls["data"] += 1
        return real(self, index, role)

    seen, _v2 = _painted(qtbot, fast)
    assert seen == role_by_role
    assert len(seen) == len(ROWS) * 2
    assert seen[(0, 0)][2] == RED.name() and seen[(2, 0)][3] is True  # the colour and the struck-out font came
    # a second paint: no cell goes back to data() role by role (a subclass of RowTexts.data would, see below)
    monkeypatch.setattr(_Fast, "data", counting)
    fast._one_call = True
    _v2.grab()
    assert calls["data"] == 0


def test_a_model_that_answers_more_roles_itself_is_asked_role_by_role(qtbot):
    class Shaded(_Fast):
        def data(self, index, role=0):
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(QColor("#eeeeee"))
            return super().data(index, role)

    model = Shaded()
    assert model._one_call is False
    seen, _view = _painted(qtbot, model)
    role_by_role, _v = _painted(qtbot, _Plain())
    assert seen == role_by_role


def test_flags_are_qt_own(qtmodeltester):
    model = _Fast()
    model.set_rows(ROWS)
    flags = model.flags(model.index(0, 0))
    assert flags & Qt.ItemFlag.ItemIsEnabled and flags & Qt.ItemFlag.ItemIsSelectable
    assert model.flags(model.index(9, 0)) == Qt.ItemFlag.NoItemFlags
    qtmodeltester.check(model)
