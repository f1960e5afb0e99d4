import os
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWizard

from app import settings
from app.accounts import service as accounts
from app.documents.receipt import Receipt, render_receipt
from tests.helpers import type_text
from ui.common import crash
from ui.common.documents import PdfPreviewDialog, write_document
from ui.wizard import FirstRunWizard


def test_first_run_wizard_creates_center_and_admin(qtbot, empty_db_url, no_dialogs):
    from app.database import open_database

    db = open_database(empty_db_url)
    wizard = FirstRunWizard(db)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.center_page
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # the name is required
    type_text(qtbot, page.name, "幸福里社区党群服务中心")
    type_text(qtbot, page.phone, "025-84123456")
    page.width.setCurrentIndex(1)  # 58 mm
    wizard.next()
    admin = wizard.admin_page
    assert not admin.isComplete()
    type_text(qtbot, admin.username, "wangjing")
    type_text(qtbot, admin.display, "王静")
    type_text(qtbot, admin.password, "s3cret-pass")
    type_text(qtbot, admin.password2, "s3cret-pasX")
    assert not admin.isComplete() and "differ" in admin.error.text()
    admin.password2.clear()
    type_text(qtbot, admin.password2, "s3cret-pass")
    assert admin.isComplete()
    wizard.next()
    wizard.accept()
    assert wizard.admin_id is not None
    info = settings.center_info(db)
    assert info.name == "幸福里社区党群服务中心" and info.receipt_width_mm == 58
    assert settings.get(db, "setup.completed") is True
    assert accounts.actor_for(db, wizard.admin_id).roles == frozenset({"admin"})
    db.dispose()


def test_theme_writes_nothing_in_the_home_folder(qapp):
    from ui.theme import apply_theme

    home = Path(os.environ["HOME"])
    apply_theme(qapp, "dark")
    apply_theme(qapp, "light")
    assert not (home / ".qt_material").exists()
    assert "QPushButton" in qapp.styleSheet()


def test_unexpected_exception_is_logged_and_shown_with_details(qapp, monkeypatch):
    shown = {}

    def fake_exec(box):
        shown["text"] = box.text()
        shown["details"] = box.detailedText()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    try:
        raise ValueError("boom in a slot")
    except ValueError as exc:
        crash.excepthook(type(exc), exc, exc.__traceback__)
    assert "boom in a slot" in shown["details"]
    from app.logs import log_file

    assert "boom in a slot" in log_file().read_text(encoding="utf-8")


def test_pdf_preview_shows_the_document(qtbot, ctx):
    path = write_document(render_receipt(Receipt("受理回执").pair("编号", "2026-000001"), ctx.center()), "test", "r1")
    assert path.exists() and "documents" in str(path)
    dialog = PdfPreviewDialog(path, None)
    qtbot.addWidget(dialog)
    assert dialog.page_count() == 1
    assert dialog.print_button.isEnabled() and dialog.save_button.isEnabled()


def test_a_locked_database_in_a_slot_gives_a_message_not_a_crash_report(qapp, monkeypatch):
    from db.errors import DatabaseProblem

    seen = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: seen.append(text))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: seen.append("crash dialog"))
    crash.excepthook(DatabaseProblem, DatabaseProblem(DatabaseProblem.LOCKED, "database is locked"), None)
    assert seen and "locked" in seen[0] and "crash dialog" not in seen


def test_the_wizard_asks_for_the_person_in_charge_the_certificates_print(qtbot, empty_db_url, no_dialogs):
    """Issue 16 item 8: the first-run wizard asks for the center's 负责人, stored where the certificate reads it."""
    import datetime as dt

    from app.database import open_database
    from app.residents.service import ResidentInput, create_resident
    from app.volunteers import certificates, roster
    from tests.pdfcheck import extract_text

    db = open_database(empty_db_url)
    wizard = FirstRunWizard(db)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.center_page
    assert page.person_in_charge.isVisible()
    type_text(qtbot, page.name, "幸福里社区党群服务中心")
    type_text(qtbot, page.person_in_charge, "张书记")
    wizard.next()
    admin = wizard.admin_page
    type_text(qtbot, admin.username, "wangjing")
    type_text(qtbot, admin.display, "王静")
    type_text(qtbot, admin.password, "s3cret-pass")
    type_text(qtbot, admin.password2, "s3cret-pass")
    wizard.next()
    wizard.accept()
    assert settings.center_info(db).person_in_charge == "张书记"
    actor = accounts.actor_for(db, wizard.admin_id)
    rid = create_resident(db, actor, ResidentInput(name="李雷", birth_date=dt.date(1990, 5, 1), phone=""))
    vid = roster.save_volunteer(db, actor, roster.VolunteerInput(resident_id=rid))
    entry = roster.add_manual_hours(db, actor, vid, dt.date(2026, 3, 2), 120, "社区活动")
    roster.decide_hours(db, actor, entry, approve=True)
    data = certificates.issue_certificate(db, actor, vid, dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert data.person_in_charge == "张书记"
    assert "张书记" in extract_text(certificates.render_certificate(data))
    db.dispose()
