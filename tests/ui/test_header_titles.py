"""A table's column titles are translated once per model, not at every measure of the header (hundreds of calls in a
page's first show); other roles and the vertical header answer nothing (ui/common/paged_model.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.backends import widgets_only
from ui.common import paged_model
from ui.common.paged_model import Column, ListTableModel

pytestmark = widgets_only()


class Titles(ListTableModel):
    CONTEXT = "TitlesTest"
    COLUMNS = (Column("a", "Name"), Column("b", "Phone"))

    def display(self, row, column):
        return row[column]


def test_titles_are_translated_once_and_only_asked_roles_answer(qtbot, monkeypatch):
    calls = []
    real = paged_model.QCoreApplication.translate

    def counting(context, text, *args):
        calls.append(text)
        return real(context, text, *args)

    monkeypatch.setattr(paged_model.QCoreApplication, "translate", counting)
    model = Titles()
    horizontal, vertical = Qt.Orientation.Horizontal, Qt.Orientation.Vertical
    for _ in range(50):
        assert model.headerData(0, horizontal, Qt.ItemDataRole.DisplayRole) == "Name"
        assert model.headerData(1, horizontal, int(Qt.ItemDataRole.DisplayRole.value)) == "Phone"
    assert sorted(calls) == ["Name", "Phone"]
    assert model.headerData(2, horizontal) is None
    assert model.headerData(0, vertical) is None
    assert model.headerData(0, horizontal, Qt.ItemDataRole.ToolTipRole) is None


def test_a_model_given_other_columns_translates_them(qtbot):
    model = Titles()
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    model.COLUMNS = (Column("c", "Address"),)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Address"
