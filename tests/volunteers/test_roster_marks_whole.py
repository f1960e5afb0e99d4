"""At 1366×768 in Chinese the week roster's 【缺人】 (understaffed) mark wrapped across two lines ("【缺" / "人】"):
a cell's marks and head-counts are kept whole, moving to the next line together when the day's column is narrow."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QStyleOptionViewItem

from tests.volunteers.conftest import MONDAY
from ui.volunteers.page import RosterTab


@pytest.fixture
def zh_ui(qapp):
    from ui import i18n as ui_i18n

    ui_i18n.install_language("zh_CN")
    yield
    ui_i18n.install_language("en")


def _lines(text: str, font, width: float) -> list[str]:
    """`text` as Qt wraps it in a cell `width` wide (the view's word wrap)."""
    out = []
    for para in text.split("\n"):
        layout = QTextLayout(para, font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        layout.beginLayout()
        while (line := layout.createLine()).isValid():
            line.setLineWidth(width)
            out.append(para[line.textStart() : line.textStart() + line.textLength()])
        layout.endLayout()
    return out


def test_the_understaffed_mark_is_never_split(qtbot, ctx, make_shift, zh_ui):
    for start, end in (("07:30", "09:30"), ("11:00", "13:30"), ("16:30", "18:30")):
        make_shift(MONDAY, start, end, lo=3, hi=12)  # nobody yet: understaffed, "(0/12)"
    tab = RosterTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1366 - 16, 768 - 120)
    tab.show()
    qtbot.waitExposed(tab)
    tab.monday = MONDAY
    tab.reload()
    model, grid = tab.model, tab.grid
    mark = "【缺人】"
    checked = 0
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            option = QStyleOptionViewItem()
            option.initFrom(grid)
            option.rect = grid.visualRect(model.index(row, column))
            grid.itemDelegate().initStyleOption(option, model.index(row, column))  # as the cell is drawn
            text = option.text.replace("\u2028", "\n").replace(" …", "")
            if "缺" not in text.replace("\u2060", ""):
                continue
            width = grid.columnWidth(column) - 8
            lines = [line.replace("\u2060", "") for line in _lines(text, grid.font(), width)]
            for line in lines:
                assert ("【缺" in line) == ("人】" in line), (lines, width)
            assert sum(line.count(mark) for line in lines) == text.replace("\u2060", "").count(mark)
            checked += 1
    assert checked
    tab.grab().save("/tmp/polish4_roster.png")
