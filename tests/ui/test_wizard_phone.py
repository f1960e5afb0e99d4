"""The first-run wizard and the settings screen refuse a center phone that is not a phone (it heads every
receipt): on the page itself, with the reason, nothing saved."""

from PySide6.QtWidgets import QWizard

from app import settings
from tests.helpers import type_text
from ui.wizard import FirstRunWizard


def test_the_wizard_does_not_go_on_with_abc_as_the_phone(qtbot, empty_db_url, no_dialogs):
    from app.database import open_database

    db = open_database(empty_db_url)
    wizard = FirstRunWizard(db)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.center_page
    type_text(qtbot, page.name, "幸福里社区党群服务中心")
    type_text(qtbot, page.phone, "abc")
    wizard.next()
    assert wizard.currentPage() is page  # still on the center's page
    assert "not a phone number" in page.error.text() and page.error.isVisible()
    assert wizard.focusWidget() is page.phone and page.phone.selectedText() == "abc"  # to type it again
    assert settings.get(db, "center.phone") == "" and settings.get(db, "setup.completed") is False
    wizard.grab().save("/tmp/polish4_wizard_phone.png")

    type_text(qtbot, page.phone, "0571-88886666转123、13812345678")
    assert page.error.text() == ""
    wizard.next()
    assert wizard.currentPage() is wizard.admin_page
    assert wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    db.dispose()


def test_the_settings_screen_refuses_abc_as_the_phone(qtbot, ctx, db):
    from ui.admin import settings as ui_settings

    dialog = ui_settings.SettingsDialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("幸福里社区党群服务中心")
    dialog.phone.setText("abc")
    assert dialog.error_labels["center.phone"].isVisible() and not dialog.save_button.isEnabled()
    assert "not a phone number" in dialog.error_labels["center.phone"].text()
    dialog.phone.setText("(0571)88886666 ext 123")
    assert not dialog.error_labels["center.phone"].isVisible() and dialog.save_button.isEnabled()
