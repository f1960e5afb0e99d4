"""Start the desktop app: Qt, the font, the language, the theme, the database, sign-in, the main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

ORGANISATION = "CommunityDesk"
APPLICATION = "CommunityDesk"


def create_qapplication(
    argv: list[str] | None = None, lang: str | None = None, theme: str | None = None
) -> QApplication:
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    from ui.startup_probe import install as install_startup_probe

    install_startup_probe(app)
    from ui import i18n
    from ui.common import crash
    from ui.fonts import load_fonts
    from ui.theme import apply_theme

    load_fonts(app)
    i18n.install_language(lang)
    apply_theme(app, theme)
    crash.install()
    return app


def open_or_explain(url: str):
    """Open the database or show why not (one dialog, then None)."""
    from app.database import open_database
    from app.errors import KnownDatabaseError

    try:
        return open_database(url)
    except KnownDatabaseError as exc:
        QMessageBox.critical(None, QCoreApplication.translate("Application", "Community Desk"), exc.message)
        return None


def sign_in(db, center_name: str):
    """First run: the wizard makes the first admin. Later: the sign-in dialog. None when the user quits."""
    from app import settings
    from app.accounts import service as accounts
    from ui.accounts.login import LoginDialog
    from ui.wizard import FirstRunWizard

    if not accounts.any_users(db) or not settings.get(db, "setup.completed"):
        wizard = FirstRunWizard(db)
        if wizard.exec() != QDialog.DialogCode.Accepted or wizard.admin_id is None:
            return None
        if wizard.demo_passwords:
            lines = "\n".join(f"{u}: {p}" for u, p in wizard.demo_passwords.items())
            QMessageBox.information(
                None,
                QCoreApplication.translate("Application", "Demo accounts"),
                QCoreApplication.translate(
                    "Application", "Demo accounts were created. Write these passwords down:\n\n{lines}"
                ).format(lines=lines),
            )
        return accounts.actor_for(db, wizard.admin_id)
    dialog = LoginDialog(db, center_name)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.actor


def run_gui(db_arg: str | None = None, lang: str | None = None) -> int:
    app = create_qapplication(lang=lang)
    from app import settings
    from app.paths import resolve_database
    from ui.context import AppContext
    from ui.main_window import MainWindow

    db = open_or_explain(resolve_database(db_arg))
    if db is None:
        return 1
    center = settings.center_info(db)
    actor = sign_in(db, center.name)
    if actor is None:
        return 0
    ctx = AppContext(db, actor)
    window = MainWindow(ctx)
    window.show()
    QTimer.singleShot(0, window.raise_)
    code = app.exec()
    db.dispose()
    return code
