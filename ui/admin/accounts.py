"""Staff accounts (admins only): list, add, change roles, disable or enable, and set a temporary password."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.accounts import service
from app.accounts.permissions import MANAGE_ACCOUNTS
from app.accounts.service import AccountRow
from app.actor import ADMIN, ALL_ROLES
from app.errors import UserError, ValidationError
from ui.common import dialogs
from ui.common import export as list_export
from ui.common.layout import fit_window, reserve_line, set_line
from ui.common.paged_model import Column, ListTableModel
from ui.common.saving import one_click, saves_once
from ui.context import AppContext
from ui.theme import repolish


class AccountsModel(ListTableModel):
    CONTEXT = "AccountsModel"
    USERNAME, NAME, ROLES, STATUS = range(4)
    COLUMNS = (
        Column("username", QT_TRANSLATE_NOOP("AccountsModel", "User name")),
        Column("display_name", QT_TRANSLATE_NOOP("AccountsModel", "Name")),
        Column("roles", QT_TRANSLATE_NOOP("AccountsModel", "Roles")),
        Column("status", QT_TRANSLATE_NOOP("AccountsModel", "Status")),
    )

    def display(self, row: AccountRow, column: int) -> str:
        if column == self.USERNAME:
            return row.username
        if column == self.NAME:
            return row.display_name
        if column == self.ROLES:
            return "、".join(service.role_label(r) for r in row.roles)
        if column == self.STATUS:
            if not row.active:
                return QCoreApplication.translate("AccountsModel", "Disabled")
            if row.locked:
                return QCoreApplication.translate("AccountsModel", "Locked for a few minutes")
            if row.must_change_password:
                return QCoreApplication.translate("AccountsModel", "Temporary password")
            return QCoreApplication.translate("AccountsModel", "Active")
        return ""

    def foreground(self, row: AccountRow, column: int):
        return QBrush(QColor("#888888")) if not row.active else None


class AccountForm(QDialog):
    """New account (user name, name, roles, first password) or changes to one (name and roles)."""

    def __init__(
        self, ctx: AppContext, parent: QWidget, account: AccountRow | None = None, last_admin: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName("accountForm")
        self.ctx = ctx
        self.account = account
        self._ready = False  # no validation while the fields are being filled in
        self.setWindowTitle(self.tr("Edit account") if account else self.tr("New account"))
        self.username = self._line("accountUsername", self.tr("User name"), 64)
        self.display_name = self._line("accountDisplayName", self.tr("Full name"), 100)
        self.password = self._line("accountPassword", self.tr("First password"), 128, password=True)
        self.repeat = self._line("accountPassword2", self.tr("Repeat password"), 128, password=True)
        self.role_checks: dict[str, QCheckBox] = {}
        roles_box = QGroupBox(self.tr("Roles"), self)
        roles_layout = QGridLayout(roles_box)  # two columns: the room kept for messages fits a 768-high screen
        for i, role in enumerate(ALL_ROLES):
            check = QCheckBox(service.role_label(role), roles_box)
            check.setObjectName(f"role_{role}")
            check.setAccessibleName(service.role_label(role))
            check.toggled.connect(self.validate)
            self.role_checks[role] = check
            roles_layout.addWidget(check, i // 2, i % 2)
        self.error_labels: dict[str, QLabel] = {}
        form = QFormLayout()
        form.addRow(self.tr("User name"), self._with_error("username", self.username))
        form.addRow(self.tr("Full name"), self._with_error("display_name", self.display_name))
        if account is None:
            form.addRow(self.tr("First password"), self._with_error("password", self.password))
            form.addRow(self.tr("Repeat password"), self._with_error("password2", self.repeat))
            hint = QLabel(
                self.tr("There are no default passwords: tell the person this one; they change it at first sign-in.")
            )
            hint.setWordWrap(True)
            hint.setProperty("role", "hint")
            form.addRow("", hint)
        else:
            self.password.hide()
            self.repeat.hide()
            self.username.setText(account.username)
            self.username.setReadOnly(True)
            self.display_name.setText(account.display_name)
            for role in account.roles:
                self.role_checks[role].setChecked(True)
            if last_admin:  # said before the clerk unticks it and saves; the service refuses the same
                keep = self.role_checks[ADMIN]
                keep.setEnabled(False)
                keep.setToolTip(self.tr("The last active administrator keeps the role."))
                keep.setAccessibleDescription(keep.toolTip())
        self.roles_error = QLabel(self)
        self.roles_error.setObjectName("error_roles")
        self.roles_error.setProperty("role", "error")
        reserve_line(self.roles_error)
        self.error_labels["roles"] = self.roles_error
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        self.save_button.setObjectName("saveAccountButton")
        self.save_button.setAccessibleName(self.tr("Save"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        one_click(self.save_button)  # a double click saves once (ui.common.saving)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(roles_box)
        layout.addWidget(self.roles_error)
        layout.addWidget(buttons)
        self.saved_id: int | None = None
        self._ready = True
        self.validate()
        (self.display_name if account else self.username).setFocus()

    def _line(self, name: str, accessible: str, max_len: int, password: bool = False) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        # No maxLength: an over-long paste is kept and the field's message gives its true length (nothing is
        # cut silently); `max_len` is the service's limit, checked there.
        if password:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.textChanged.connect(self.validate)
        return edit

    def _with_error(self, key: str, widget: QWidget) -> QWidget:
        box = QWidget(self)
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(1)
        v.addWidget(widget)
        label = QLabel(box)
        label.setObjectName(f"error_{key}")
        label.setProperty("role", "error")
        label.setWordWrap(True)
        if not (key == "username" and self.account is not None):  # a read-only user name has no message
            # a message line keeps its place while empty, so ticking a role (which shows or clears messages) neither
            # grows the dialog nor moves Save under the mouse
            reserve_line(label)
        label.hide()
        v.addWidget(label)
        self.error_labels[key] = label
        return box

    def roles(self) -> list[str]:
        return [r for r, c in self.role_checks.items() if c.isChecked()]

    def errors(self) -> dict[str, str]:
        if self.account is None:
            errors = service.validate_new_account(
                self.username.text(), self.display_name.text(), self.password.text(), self.roles()
            )
            if "password" not in errors and self.password.text() != self.repeat.text():
                errors["password2"] = self.tr("The two passwords differ.")
            return errors
        checks = {
            "display_name": service.validate_display_name(self.display_name.text()),
            "roles": service.validate_roles(self.roles()),
        }
        return {k: v for k, v in checks.items() if v}

    def validate(self) -> bool:
        if not self._ready:
            return False
        errors = self.errors()
        self.show_errors(errors)
        return not errors

    def show_errors(self, errors: dict[str, str]) -> None:
        # An empty field is only an error once the person has typed something.
        touched = bool(self.username.text() or self.display_name.text() or self.password.text() or self.roles())
        for key, label in self.error_labels.items():
            set_line(label, errors.get(key, "") if touched or self.account else "")
        for key, widget in (
            ("username", self.username),
            ("display_name", self.display_name),
            ("password", self.password),
        ):
            bad = key in errors and bool(widget.text())
            if widget.property("invalid") != bad:
                widget.setProperty("invalid", bad)
                repolish(widget)
        self.save_button.setEnabled(not errors)

    @saves_once
    def save(self) -> None:
        if not self.validate():
            return
        try:
            if self.account is None:
                self.saved_id = service.create_user(
                    self.ctx.db,
                    self.ctx.actor,
                    self.username.text(),
                    self.display_name.text(),
                    self.password.text(),
                    self.roles(),
                    must_change_password=True,
                )
            else:
                service.update_account(
                    self.ctx.db, self.ctx.actor, self.account.id, self.display_name.text(), self.roles()
                )
                self.saved_id = self.account.id
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return
        except UserError as exc:
            dialogs.show_user_error(self, exc)
            return
        self.accept()


class ResetPasswordDialog(QDialog):
    """The admin types a temporary password, tells it to the person, who must change it at next sign-in."""

    def __init__(self, parent: QWidget, account: AccountRow) -> None:
        super().__init__(parent)
        self.setObjectName("resetPasswordDialog")
        self.setWindowTitle(self.tr("Reset password"))
        intro = QLabel(
            self.tr("A temporary password for {name} ({user}). They must choose their own at the next sign-in.").format(
                name=account.display_name, user=account.username
            )
        )
        intro.setWordWrap(True)
        self.password = QLineEdit(self)
        self.password.setObjectName("temporaryPassword")
        self.password.setAccessibleName(self.tr("Temporary password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(self)
        self.repeat.setObjectName("temporaryPassword2")
        self.repeat.setAccessibleName(self.tr("Repeat temporary password"))
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel(self)
        self.error.setObjectName("resetError")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Set temporary password"))
        self.ok.setObjectName("setTemporaryPasswordButton")
        self.ok.setAccessibleName(self.tr("Set temporary password"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept_if_valid)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Temporary password"), self.password)
        form.addRow(self.tr("Repeat"), self.repeat)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.password.textChanged.connect(self.check)
        self.repeat.textChanged.connect(self.check)
        self.check()

    def problem(self) -> str | None:
        problem = service.validate_password(self.password.text())
        if problem:
            return problem
        if self.password.text() != self.repeat.text():
            return self.tr("The two passwords differ.")
        return None

    def check(self) -> None:
        problem = self.problem()
        self.error.setText(problem if problem and self.password.text() else "")
        self.ok.setEnabled(problem is None)

    def accept_if_valid(self) -> None:
        if self.problem() is None:
            self.accept()


def ask_temporary_password(parent: QWidget, account: AccountRow) -> str | None:
    """The temporary password the admin chose, or None. Tests replace this."""
    dialog = ResetPasswordDialog(parent, account)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return dialog.password.text()
    return None


class AccountsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("accountsDialog")
        self.ctx = ctx
        self.setWindowTitle(self.tr("Staff accounts"))
        fit_window(self, 820, 480)
        self.model = AccountsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("accountsTable")
        self.table.setAccessibleName(self.tr("Staff accounts"))
        self.table.setModel(self.model)
        list_export.install(self.table, "accounts", ctx=ctx, permission=MANAGE_ACCOUNTS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.new_button = self._button("newAccountButton", self.tr("New account…"), self.new_account)
        self.edit_button = self._button("editAccountButton", self.tr("Name and roles…"), self.edit_account)
        self.active_button = self._button("toggleActiveButton", self.tr("Disable…"), self.toggle_active)
        self.reset_button = self._button("resetPasswordButton", self.tr("Reset password…"), self.reset_password)
        close = self._button("closeAccountsButton", self.tr("Close"), self.accept)
        self.message = QLabel(self)
        self.message.setObjectName("accountsMessage")
        self.message.setProperty("role", "ok")
        side = QVBoxLayout()
        for b in (self.new_button, self.edit_button, self.active_button, self.reset_button):
            side.addWidget(b)
        side.addStretch(1)
        side.addWidget(close)
        row = QHBoxLayout()
        row.addWidget(self.table, 1)
        row.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.update_buttons())
        self.table.doubleClicked.connect(lambda _i: self.edit_account())
        self.reload()

    def _button(self, name: str, text: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text.rstrip("…"))
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def reload(self, select_id: int | None = None) -> None:
        current = self.selected()
        keep = select_id if select_id is not None else (current.id if current else None)
        self.model.set_rows(service.list_accounts(self.ctx.db, self.ctx.actor))
        for i in range(self.model.rowCount()):
            if self.model.row_at(i).id == keep:
                self.table.selectRow(i)
                break
        self.update_buttons()

    def selected(self) -> AccountRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _last_active_admin(self, row: AccountRow) -> bool:
        """Whether `row` is the only active administrator (the service keeps one: refused before asking why)."""
        rows = (self.model.row_at(i) for i in range(self.model.rowCount()))
        admins = [r for r in rows if r.active and ADMIN in r.roles]
        return row.active and ADMIN in row.roles and [r.id for r in admins] == [row.id]

    def why_not_disabled(self, row: AccountRow | None) -> str:
        """Why the selected account cannot be disabled, said on the button before anyone types a reason; the
        service refuses the same (set_active)."""
        if row is None or not row.active:
            return ""
        if row.id == self.ctx.actor.user_id:
            return self.tr("You cannot disable your own account.")
        if self._last_active_admin(row):
            return self.tr("The last active administrator cannot be disabled.")
        return ""

    def update_buttons(self) -> None:
        row = self.selected()
        for b in (self.edit_button, self.active_button, self.reset_button):
            b.setEnabled(row is not None)
        text = self.tr("Enable") if row is not None and not row.active else self.tr("Disable…")
        self.active_button.setText(text)
        self.active_button.setAccessibleName(text.rstrip("…"))
        why_not = self.why_not_disabled(row)
        self.active_button.setToolTip(why_not)
        self.active_button.setAccessibleDescription(why_not)
        if why_not:
            self.active_button.setEnabled(False)

    def new_account(self) -> None:
        form = AccountForm(self.ctx, self)
        form.accepted.connect(lambda: self._saved(form, self.tr("Account {user} created.")))
        form.open()

    def edit_account(self) -> None:
        row = self.selected()
        if row is None:
            return
        form = AccountForm(self.ctx, self, row, last_admin=self._last_active_admin(row))
        form.accepted.connect(lambda: self._saved(form, self.tr("Account {user} changed.")))
        form.open()

    def _saved(self, form: AccountForm, message: str) -> None:
        self.reload(form.saved_id)
        self.message.setText(message.format(user=form.username.text().strip()))

    def toggle_active(self) -> None:
        row = self.selected()
        if row is None:
            return
        try:
            if row.active:
                reason = dialogs.ask_text(
                    self,
                    self.tr("Disable account"),
                    self.tr("Why is the account of {name} disabled (left the center, on leave…)?").format(
                        name=row.display_name
                    ),
                )
                if reason is None:
                    return
                service.set_active(self.ctx.db, self.ctx.actor, row.id, False, reason)
                self.message.setText(self.tr("Account {user} disabled.").format(user=row.username))
            else:
                service.set_active(self.ctx.db, self.ctx.actor, row.id, True)
                self.message.setText(self.tr("Account {user} enabled.").format(user=row.username))
        except UserError as exc:
            dialogs.show_user_error(self, exc)
            return
        self.reload(row.id)

    def reset_password(self) -> None:
        row = self.selected()
        if row is None:
            return
        password = ask_temporary_password(self, row)
        if password is None:
            return
        try:
            service.reset_password(self.ctx.db, self.ctx.actor, row.id, password)
        except UserError as exc:
            dialogs.show_user_error(self, exc)
            return
        self.message.setText(
            self.tr("Temporary password set for {user}; they choose their own at the next sign-in.").format(
                user=row.username
            )
        )
        self.reload(row.id)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Enter on a row opens it, as in every list here
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.table.hasFocus():
            self.edit_account()
            return
        super().keyPressEvent(event)
