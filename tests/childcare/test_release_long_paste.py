"""The release dialog's line edits cut a paste silently (name 50, phone 20, ID number 30, reason 200): each now
keeps the paste whole, the dialog names the field with its true length, no approval is asked and nothing is
released. Its limits are the service's (db.limits for sign_out and UnlistedAdult): a reason of 1,500 characters,
which the service keeps, is not refused by a smaller limit of the dialog's own."""

import pytest

from db.limits import text_limit
from tests.childcare.test_release_dialog import open_dialog, releases
from ui.childcare.release import UNLISTED

FIELDS = [
    ("name", "name", text_limit("name", "UnlistedAdult").length),
    ("phone", "Phone", text_limit("phone", "UnlistedAdult").length),
    ("id_number", "ID number", text_limit("id_number", "UnlistedAdult").length),
    ("reason", "Reason", text_limit("override_reason", "sign_out").length),
]


def _unlisted(dlg):
    dlg.adult.setCurrentIndex(dlg.adult.findData(UNLISTED))
    dlg.name.setText("王叔叔")
    dlg.phone.setText("13912345678")
    dlg.reason.setText("妈妈来电委托")


@pytest.mark.parametrize("attr,label,limit", FIELDS, ids=[a for a, _, _ in FIELDS])
def test_a_long_paste_is_kept_and_its_length_named(
    qtbot, ctx, db, admin, world, no_dialogs, approvals, attr, label, limit
):
    page, dlg = open_dialog(qtbot, ctx, db, admin, world)
    _unlisted(dlg)
    pasted = limit + 21
    edit = getattr(dlg, attr)
    edit.clear()
    edit.insert("1" * pasted)  # as a paste
    assert len(edit.text()) == pasted, "cut silently"
    approvals.answers[:] = [world["approver"]]
    dlg.release_button.click()
    text = dlg.error.text()
    assert dlg.isVisible() and str(pasted) in text and str(limit) in text and label.lower() in text.lower(), text
    assert edit.text() == "1" * pasted and approvals.purposes == [] and releases(db) == 0


def test_a_reason_the_service_keeps_is_not_refused_by_the_dialog(qtbot, ctx, db, admin, world, no_dialogs, approvals):
    """The fault: the dialog stopped at 200 characters while sign_out keeps 2,000."""
    page, dlg = open_dialog(qtbot, ctx, db, admin, world)
    _unlisted(dlg)
    dlg.reason.setText("妈妈来电委托舅舅来接，" * 150)  # 1,650 characters
    approvals.answers[:] = [world["approver"]]
    dlg.release_button.click()
    assert releases(db) == 1, dlg.error.text()
