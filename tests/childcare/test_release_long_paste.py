"""The release dialog's line edits cut a paste silently (name 50, phone 20, ID number 30, reason 200): each now
keeps the paste whole, the dialog names the field with its true length, no approval is asked and nothing is
released."""

import pytest

from tests.childcare.test_release_dialog import open_dialog, releases
from ui.childcare.release import UNLISTED

PASTED = 321

FIELDS = [("name", "name"), ("phone", "Phone"), ("id_number", "ID number"), ("reason", "Reason")]


@pytest.mark.parametrize("attr,label", FIELDS, ids=[a for a, _ in FIELDS])
def test_a_long_paste_is_kept_and_its_length_named(qtbot, ctx, db, admin, world, no_dialogs, approvals, attr, label):
    page, dlg = open_dialog(qtbot, ctx, db, admin, world)
    dlg.adult.setCurrentIndex(dlg.adult.findData(UNLISTED))
    dlg.name.setText("王叔叔")
    dlg.phone.setText("13912345678")
    dlg.reason.setText("妈妈来电委托")
    edit = getattr(dlg, attr)
    edit.clear()
    edit.insert("1" * PASTED)  # as a paste
    assert len(edit.text()) == PASTED, "cut silently"
    approvals.answers[:] = [world["approver"]]
    dlg.release_button.click()
    text = dlg.error.text()
    assert dlg.isVisible() and str(PASTED) in text and label.lower() in text.lower(), text
    assert edit.text() == "1" * PASTED and approvals.purposes == [] and releases(db) == 0
