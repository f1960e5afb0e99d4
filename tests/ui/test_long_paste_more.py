"""The remaining line edits that cut a paste silently at their maxLength (first-run wizard, the activities'
reason dialog, the database-server form): each keeps a paste of limit+N characters whole, says which field is
too long with its true length, and writes nothing."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit

PASTED = 321  # longer than any of these fields' limits


def _paste(edit: QLineEdit, text: str) -> None:
    edit.clear()
    edit.insert(text)  # as a paste: QLineEdit.insert obeys maxLength the way Ctrl+V does
    assert edit.text() == text, "cut silently"


WIZARD_FIELDS = [("name", "Center name"), ("address", "Address"), ("phone", "Phone"), ("person_in_charge", None)]


@pytest.mark.parametrize("attr,label", WIZARD_FIELDS, ids=[a for a, _ in WIZARD_FIELDS])
def test_wizard_keeps_a_long_paste_and_names_its_length(qtbot, empty_db_url, no_dialogs, attr, label):
    from app import settings
    from app.database import open_database
    from ui.wizard import FirstRunWizard

    db = open_database(empty_db_url)
    try:
        wizard = FirstRunWizard(db)
        qtbot.addWidget(wizard)
        wizard.show()
        page = wizard.center_page
        page.name.setText("幸福里社区党群服务中心")
        _paste(getattr(page, attr), "长" * PASTED)
        admin = wizard.admin_page
        admin.username.setText("wangjing")
        admin.display.setText("王静")
        admin.password.setText("s3cret-pass")
        admin.password2.setText("s3cret-pass")
        wizard.accept()
        shown = "\n".join(text for _kind, text in no_dialogs.messages)
        assert str(PASTED) in shown, shown
        if label:
            assert label.lower() in shown.lower(), shown
        assert wizard.admin_id is None and settings.get(db, "setup.completed") is not True
    finally:
        db.dispose()


def test_reason_dialog_refuses_a_long_paste_with_its_length(qtbot):
    from db.limits import text_limit
    from ui.activities.page import ReasonDialog

    limit = text_limit("reason", "withdraw").length
    d = ReasonDialog(None, "Withdraw", "Why?")
    qtbot.addWidget(d)
    d.show()
    _paste(d.edit, "长" * (limit + PASTED))
    d.ok_button.click()
    assert d.isVisible() and d.result() == 0
    shown = d.error.text()
    assert str(limit + PASTED) in shown and str(limit) in shown and "Reason" in shown, shown


@pytest.mark.parametrize("service", ["withdraw", "archive_course"])
def test_reason_dialog_takes_what_the_services_keep(qtbot, service):
    """The fault: the dialog stopped at 200 characters while withdraw/archive_course keep 2,000 (db.limits)."""
    from db.limits import text_limit
    from ui.activities.page import ReasonDialog

    limit = text_limit("reason", service).length
    d = ReasonDialog(None, "Withdraw", "Why?")
    qtbot.addWidget(d)
    d.show()
    _paste(d.edit, "长" * limit)
    d.ok_button.click()
    assert d.result() == 1 and d.reason() == "长" * limit


DB_FIELDS = [
    ("host", "a" * 300, "300"),
    ("database", "d" * 100, "100"),
    ("user", "u" * 100, "100"),
    ("password", "p" * PASTED, str(PASTED)),
]


@pytest.mark.parametrize("attr,text,length", DB_FIELDS, ids=[a for a, _, _ in DB_FIELDS])
def test_dbserver_form_keeps_a_long_paste_and_names_its_length(qtbot, qapp, attr, text, length):
    from PySide6.QtCore import QSettings

    from ui import dbserver_store
    from ui.admin.dbserver import DatabaseServerForm

    QSettings().remove(dbserver_store.GROUP)
    try:
        form = DatabaseServerForm(None)
        qtbot.addWidget(form)
        form.show()
        form.enabled.setChecked(True)
        form.host.setText("192.168.1.10")
        form.database.setText("community")
        form.user.setText("desk")
        _paste(getattr(form, attr), text)
        assert form.save() is False
        assert length in form.result.text(), form.result.text()
        assert dbserver_store.load()[1] is None  # nothing kept for the next start
    finally:
        QSettings().remove(dbserver_store.GROUP)


SIP_FIELDS = [
    ("host", "Server", 300),
    ("institution", "Institution", 100),
    ("user", "user", 100),
    ("password", "password", 100),
    ("location", "Location", 100),
]


@pytest.mark.parametrize("attr,label,pasted", SIP_FIELDS, ids=[a for a, _, _ in SIP_FIELDS])
def test_district_link_settings_keep_a_long_paste_and_name_its_length(qtbot, ctx, attr, label, pasted):
    from app.library.sip2.link import get_link_settings
    from ui.library.sip_pending import LinkSettingsBox

    box = LinkSettingsBox(ctx)
    qtbot.addWidget(box)
    box.host.setText("192.168.1.20")
    box.institution.setText("XFL")
    before = get_link_settings(ctx.db, ctx.actor)
    _paste(getattr(box, attr), "a" * pasted)
    box.save()
    shown = box.error.text()
    assert box.error.property("role") == "error" and str(pasted) in shown, shown
    if label:
        assert label.lower() in shown.lower(), shown
    assert get_link_settings(ctx.db, ctx.actor) == before  # nothing written


def test_no_line_edit_cuts_a_paste():
    """The whole kind: no screen sets a QLineEdit's maxLength (a paste over it is cut without a word); the service's
    limit refuses it with the field's name and true length instead (app.field_labels.too_long)."""
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parents[2] / "ui"
    found = [
        f"{path.relative_to(root.parent)}:{n}"
        for path in sorted(root.rglob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"\.setMaxLength\(", line)
    ]
    assert not found, found
