"""Issue 16 item 8: in 添加成人 (add an adult to a child's list) Enter picks the single match and moves on; it never
saves the dialog from the search box."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from app.residents.service import ResidentInput, create_resident
from tests.helpers import type_text


def _dialog(qtbot, ctx, world):
    from ui.childcare.children import ContactDialog

    dialog = ContactDialog(ctx, None, world["child"])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_enter_picks_the_single_match_and_moves_on(qtbot, ctx, world, no_dialogs):
    rid = create_resident(ctx.db, ctx.actor, ResidentInput(name="钱外婆", birth_date=dt.date(1955, 2, 1), phone=""))
    dialog = _dialog(qtbot, ctx, world)
    picker = dialog.picker
    assert picker.search.hasFocus()
    type_text(qtbot, picker.search, "钱外婆")
    assert picker.results.count() == 1 and picker.resident_id is None
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert picker.resident_id == rid
    assert "钱外婆" in picker.chosen.text()
    assert dialog.role.hasFocus()
    assert dialog.isVisible() and dialog.result() == 0  # Enter did not save or close the dialog


def test_enter_with_several_matches_goes_into_the_list(qtbot, ctx, world, no_dialogs):
    for name in ("孙一", "孙二"):
        create_resident(
            ctx.db,
            ctx.actor,
            ResidentInput(name=name, birth_date=dt.date(1980, 1, 1), phone=""),
            confirm_duplicate=True,
        )
    dialog = _dialog(qtbot, ctx, world)
    picker = dialog.picker
    type_text(qtbot, picker.search, "孙")
    assert picker.results.count() == 2
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert picker.results.hasFocus()  # the arrows choose; the highlighted one shows as chosen
    qtbot.keyClick(picker.results, Qt.Key.Key_Down)
    second = picker.results.item(1).data(Qt.ItemDataRole.UserRole)
    assert picker.resident_id == second
    qtbot.keyClick(picker.results, Qt.Key.Key_Return)
    assert picker.resident_id == second and dialog.role.hasFocus()
    assert dialog.isVisible() and dialog.result() == 0
