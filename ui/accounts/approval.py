"""Ask for a supervisor's approval: user name and password, entered at that moment."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.accounts.approval import verify_approver
from app.actor import Actor
from app.errors import UserError
from ui.context import AppContext


class ApprovalDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget, purpose: str, roles: tuple[str, ...]) -> None:
        super().__init__(parent)
        self.setObjectName("approvalDialog")
        self.ctx = ctx
        self.purpose = purpose
        self.roles = roles
        self.approver: Actor | None = None
        self.setWindowTitle(self.tr("Supervisor approval"))
        what = QLabel(purpose, self)
        what.setWordWrap(True)
        # four eyes: the approver is another person than the account at the desk (the services refuse it too)
        self.other_person = QLabel(
            self.tr("The approval must come from another person, not {name}.").format(name=ctx.actor.display_name),
            self,
        )
        self.other_person.setObjectName("approvalOtherPerson")
        self.other_person.setWordWrap(True)
        self.username = QLineEdit(self)
        self.username.setObjectName("approverUsername")
        self.username.setAccessibleName(self.tr("Supervisor user name"))
        self.password = QLineEdit(self)
        self.password.setObjectName("approverPassword")
        self.password.setAccessibleName(self.tr("Supervisor password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel(self)
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Approve"))
        ok.setObjectName("approveButton")
        ok.setAccessibleName(self.tr("Approve"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.try_approve)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addWidget(self.other_person)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def try_approve(self) -> None:
        try:
            self.approver = verify_approver(
                self.ctx.db, self.username.text(), self.password.text(), self.roles, self.purpose
            )
        except UserError as exc:
            self.error.setText(exc.message)
            self.password.clear()
            return
        if self.approver.user_id == self.ctx.actor.user_id:
            self.approver = None
            self.error.setText(self.other_person.text())
            self.password.clear()
            return
        self.accept()


def ask_approval(parent: QWidget, ctx: AppContext, purpose: str, roles: tuple[str, ...]) -> Actor | None:
    """The approving supervisor, or None when cancelled. Tests replace this function."""
    dialog = ApprovalDialog(ctx, parent, purpose, roles)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return dialog.approver
    return None
