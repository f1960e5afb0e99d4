"""Sign in at start: user name and password."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.actor import Actor
from app.errors import UserError

if TYPE_CHECKING:  # the dialog paints before SQLAlchemy is imported (cold start)
    from db.engine import Database


class LoginDialog(QDialog):
    def __init__(self, db: Database | None, center_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self.db = db
        self.open_db: Callable[[], None] | None = None  # sets self.db (see ui.application.sign_in_first)
        self.before_login: Callable[[], None] | None = None  # waits for the code loaded meanwhile (CodePreload)
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Community Desk — sign in"))
        title = QLabel(center_name, self)
        title.setProperty("role", "big")
        self.username = QLineEdit(self)
        self.username.setObjectName("loginUsername")
        self.username.setAccessibleName(self.tr("User name"))
        self.password = QLineEdit(self)
        self.password.setObjectName("loginPassword")
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel(self)
        self.error.setObjectName("loginError")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Sign in"))
        ok.setObjectName("loginButton")
        ok.setAccessibleName(self.tr("Sign in"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Quit"))
        cancel.setAccessibleName(self.tr("Quit"))
        buttons.accepted.connect(self.try_login)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.username.setFocus()

    def try_login(self) -> None:
        if self.db is None and self.open_db is not None:  # painted before the database was opened
            self.open_db()
        if self.db is None:
            return
        if self.before_login is not None:
            self.before_login()
        from app.accounts import login as login_service

        try:
            self.actor = login_service.login(self.db, self.username.text(), self.password.text())
        except UserError as exc:
            self.error.setText(exc.message)
            self.password.clear()
            self.password.setFocus()
            return
        from ui.accounts import password

        if not password.ensure_own_password(self, self.db, self.actor):
            self.actor = None
            self.password.clear()
            return
        self.accept()
