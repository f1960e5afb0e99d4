"""Every message box and small question goes through here, so tests can replace them.

Call them through the module (`dialogs.confirm(...)`), never `from … import confirm`, so a test's
monkeypatch reaches every caller. Every dialog has a parent.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from app.errors import UserError


def inform(parent: QWidget, text: str, title: str | None = None) -> None:
    QMessageBox.information(parent, title or QCoreApplication.translate("Dialogs", "Community Desk"), text)


def warn(parent: QWidget, text: str, title: str | None = None) -> None:
    QMessageBox.warning(parent, title or QCoreApplication.translate("Dialogs", "Community Desk"), text)


def confirm(parent: QWidget, text: str, title: str | None = None, default_yes: bool = False) -> bool:
    """Yes or No; Enter answers No unless `default_yes` (a question confirming a choice the clerk has just made,
    e.g. the department picked for 派单, where Enter should go on)."""
    answer = QMessageBox.question(
        parent,
        title or QCoreApplication.translate("Dialogs", "Community Desk"),
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes if default_yes else QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_text(parent: QWidget, title: str, label: str, text: str = "") -> str | None:
    """A one-line answer (a reason, say); None when cancelled."""
    value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
    return value if ok else None


def ask_password(parent: QWidget, title: str, label: str) -> str | None:
    value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)
    return value if ok else None


def show_user_error(parent: QWidget, exc: UserError) -> None:
    """A refused action or bad input: the message says what is wrong; nothing was written."""
    warn(parent, exc.message)
