"""Change one's own password: required after an admin reset it, and from the File menu at any time."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.accounts import service
from app.actor import Actor
from app.errors import ValidationError
from db.engine import Database


class ChangePasswordDialog(QDialog):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None, forced: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("changePasswordDialog")
        self.db = db
        self.actor = actor
        self.setWindowTitle(self.tr("Change password"))
        intro = QLabel(
            self.tr("Your password was reset by an administrator. Choose your own before you continue.")
            if forced
            else self.tr("Choose a new password (at least 8 characters).")
        )
        intro.setWordWrap(True)
        self.current = self._password("currentPassword", self.tr("Current password"))
        self.new = self._password("newPassword", self.tr("New password"))
        self.repeat = self._password("repeatPassword", self.tr("Repeat new password"))
        self.error = QLabel(self)
        self.error.setObjectName("changePasswordError")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Change password"))
        self.ok.setObjectName("changePasswordButton")
        self.ok.setAccessibleName(self.tr("Change password"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Current password"), self.current)
        form.addRow(self.tr("New password"), self.new)
        form.addRow(self.tr("Repeat new password"), self.repeat)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        for edit in (self.new, self.repeat):
            edit.textChanged.connect(self.check)
        self.check()

    def _password(self, name: str, accessible: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        return edit

    def problem(self) -> str | None:
        problem = service.validate_password(self.new.text())
        if problem:
            return problem
        if self.new.text() != self.repeat.text():
            return self.tr("The two new passwords differ.")
        return None

    def check(self) -> None:
        problem = self.problem()
        self.error.setText(problem if problem and self.new.text() else "")
        self.ok.setEnabled(problem is None)

    def save(self) -> None:
        if self.problem() is not None:
            return
        try:
            service.change_own_password(self.db, self.actor, self.current.text(), self.new.text())
        except ValidationError as exc:
            self.error.setText("\n".join(exc.errors.values()))
            self.current.clear()
            self.current.setFocus()
            return
        self.accept()


def ensure_own_password(parent: QWidget | None, db: Database, actor: Actor) -> bool:
    """After a reset the person must choose their own password; False when they would not. Tests replace this."""
    if not service.must_change_password(db, actor.user_id):
        return True
    dialog = ChangePasswordDialog(db, actor, parent, forced=True)
    return dialog.exec() == QDialog.DialogCode.Accepted
