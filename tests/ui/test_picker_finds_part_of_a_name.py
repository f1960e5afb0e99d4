"""The resident picker every counter uses (canteen diner, library reader, childcare adult, classes, visits) finds
𠀾䶮龘 by 龘 or `yd`, and 白浩淑 by 浩淑: the clerk cannot type 𠀾 and does not always know the surname."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit

from app.residents import service
from app.residents.service import ResidentInput


@pytest.mark.parametrize(("typed", "name"), [("龘", "𠀾䶮龘"), ("yd", "𠀾䶮龘"), ("浩淑", "白浩淑")])
def test_the_picker_finds_a_resident_by_part_of_the_name(qtbot, ctx, typed, name):
    from ui.common.resident_picker import ResidentPicker

    rid = service.create_resident(ctx.db, ctx.actor, ResidentInput(name=name, phone="13800001234"))
    service.create_resident(ctx.db, ctx.actor, ResidentInput(name="李雷"))
    picker = ResidentPicker(ctx, "picker", "Find", None)
    qtbot.addWidget(picker)
    picker.show()
    picker.findChild(QLineEdit).insert(typed)
    qtbot.waitUntil(lambda: picker.results.count() == 1)
    assert picker.results.item(0).text().startswith(name)
    qtbot.keyClick(picker.findChild(QLineEdit), "\r")
    assert picker.resident_id == rid
