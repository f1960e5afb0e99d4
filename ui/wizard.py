"""First run: the center's details, the first administrator, and optional demo data."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app import settings
from app.accounts import center_admin
from app.accounts import service as accounts
from app.actor import ADMIN, SYSTEM
from app.errors import UserError, ValidationError
from db.engine import Database


class CenterPage(QWizardPage):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Your service center"))
        self.setSubTitle(self.tr("These details head every receipt and printed sheet."))
        self.name = QLineEdit(self)
        self.name.setObjectName("wizardCenterName")
        self.name.setAccessibleName(self.tr("Center name"))
        self.name.setPlaceholderText(self.tr("e.g. 幸福里社区党群服务中心"))
        self.address = QLineEdit(self)
        self.address.setObjectName("wizardAddress")
        self.address.setAccessibleName(self.tr("Address"))
        self.phone = QLineEdit(self)
        self.phone.setObjectName("wizardPhone")
        self.phone.setAccessibleName(self.tr("Phone"))
        # printed on the volunteer certificates (志愿服务记录证明) as 负责人; the settings dialog can change it later
        self.person_in_charge = QLineEdit(self)
        self.person_in_charge.setObjectName("wizardPersonInCharge")
        self.person_in_charge.setAccessibleName(self.tr("Person in charge"))
        self.person_in_charge.setPlaceholderText(self.tr("Printed on volunteer certificates, e.g. 张书记"))
        self.width = QComboBox(self)
        self.width.setObjectName("wizardReceiptWidth")
        self.width.setAccessibleName(self.tr("Receipt paper width"))
        self.width.addItem(self.tr("80 mm"), 80)
        self.width.addItem(self.tr("58 mm"), 58)
        self.phone.setPlaceholderText(self.tr("e.g. 0571-88886666转123、13812345678"))
        self.error = QLabel(self)
        self.error.setObjectName("wizardCenterError")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Center name *"), self.name)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Person in charge (负责人)"), self.person_in_charge)
        form.addRow(self.tr("Receipt paper"), self.width)
        form.addRow(self.error)
        self.registerField("centerName*", self.name)
        for edit in (self.name, self.address, self.phone, self.person_in_charge):
            edit.textChanged.connect(lambda _t: self.error.clear())

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        """Next goes on only with details the settings take (the same checks as the settings screen and the
        service): a phone such as "abc", printed on every receipt, is refused here, on this page, with the reason."""
        errors = center_admin.validate_center_settings(self.values())
        self.error.setText("\n".join(errors.values()))
        if errors:
            wizard = self.window()  # grows to show the whole reason (the wizard keeps the height it opened with)
            wizard.resize(wizard.width(), max(wizard.height(), wizard.sizeHint().height()))
            field = {"center.name": self.name, "center.address": self.address, "center.phone": self.phone}
            first = next((field[k] for k in errors if k in field), self.person_in_charge)
            first.setFocus()
            first.selectAll()
        return not errors

    def values(self) -> dict[str, object]:
        return {
            "center.name": self.name.text().strip(),
            "center.address": self.address.text().strip(),
            "center.phone": self.phone.text().strip(),
            "center.person_in_charge": self.person_in_charge.text().strip(),
            "receipt.width_mm": int(self.width.currentData()),
        }


class AdminPage(QWizardPage):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The first administrator"))
        self.setSubTitle(self.tr("There are no built-in passwords: choose this one yourself and keep it safe."))
        self.username = QLineEdit(self)
        self.username.setObjectName("wizardUsername")
        self.username.setAccessibleName(self.tr("User name"))
        self.display = QLineEdit(self)
        self.display.setObjectName("wizardDisplayName")
        self.display.setAccessibleName(self.tr("Full name"))
        self.password = QLineEdit(self)
        self.password.setObjectName("wizardPassword")
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password2 = QLineEdit(self)
        self.password2.setObjectName("wizardPassword2")
        self.password2.setAccessibleName(self.tr("Repeat password"))
        self.password2.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel(self)
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Full name"), self.display)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Repeat password"), self.password2)
        form.addRow(self.error)
        for w in (self.username, self.display, self.password, self.password2):
            w.textChanged.connect(self._check)

    def _errors(self) -> dict[str, str]:
        errors = accounts.validate_new_account(self.username.text(), self.display.text(), self.password.text(), [ADMIN])
        if not errors and self.password.text() != self.password2.text():
            errors["password2"] = self.tr("The two passwords differ.")
        return errors

    def _check(self) -> None:
        errors = self._errors()
        touched = any(w.text() for w in (self.username, self.display, self.password))
        self.error.setText("\n".join(errors.values()) if touched else "")
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return not self._errors()


class DemoPage(QWizardPage):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Demo data"))
        self.setSubTitle(self.tr("To try the app out, fill it with made-up residents and records."))
        self.demo = QCheckBox(self.tr("Load demo data (2,000 made-up residents)"), self)
        self.demo.setObjectName("wizardDemo")
        self.demo.setAccessibleName(self.tr("Load demo data"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.demo)


class FirstRunWizard(QWizard):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunWizard")
        self.db = db
        self.setWindowTitle(self.tr("Welcome to Community Desk"))
        self.center_page = CenterPage(self)
        self.admin_page = AdminPage(self)
        self.demo_page = DemoPage(self)
        self.addPage(self.center_page)
        self.addPage(self.admin_page)
        self.addPage(self.demo_page)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Next"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("Back"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Finish"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.admin_id: int | None = None
        self.demo_accounts: list = []  # app.demo.DemoAccount: user name, password and role of each demo account
        self.demo_task = None  # the running demo load (ui.common.tasks.Task), None when not loading
        self.finished_setup = False

    def accept(self) -> None:
        """Save everything; on bad input say so and stay open. The demo data (a few seconds) loads on a worker
        thread behind a progress bar, the wizard's buttons disabled meanwhile; the wizard closes when it is in."""
        if self.demo_task is not None:
            return  # already loading
        try:
            values = self.center_page.values()
            problems = center_admin.validate_center_settings(values)  # the same checks as the settings dialog
            if problems:
                raise ValidationError(problems)
            self.admin_id = accounts.create_user(
                self.db,
                SYSTEM,
                self.admin_page.username.text(),
                self.admin_page.display.text(),
                self.admin_page.password.text(),
                [ADMIN],
            )
        except ValidationError as exc:
            from ui.common import dialogs

            dialogs.warn(self, "\n".join(exc.errors.values()))
            return
        if not self.demo_page.demo.isChecked():
            self._finish(values)
            return
        self._load_demo(values)

    def _load_demo(self, values: dict[str, object]) -> None:
        from ui.common.tasks import run_task

        db = self.db

        def work(progress) -> dict[str, str]:
            from app import demo

            return demo.demo_accounts(demo.populate(db, residents=2000, seed=1, log=lambda _m: None, progress=progress))

        def done(accounts: list) -> None:
            self.demo_accounts = accounts
            self._finish(values)

        def failed(exc: BaseException) -> None:
            self.demo_task = None
            self._set_buttons_enabled(True)
            if isinstance(exc, UserError):
                from ui.common import dialogs

                dialogs.show_user_error(self, exc)
            else:
                sys.excepthook(type(exc), exc, exc.__traceback__)  # a bug: the crash dialog, with details

        self._set_buttons_enabled(False)
        self.demo_task = run_task(self, work, on_done=done, on_error=failed, label=self.tr("Loading demo data…"))

    def _set_buttons_enabled(self, enabled: bool) -> None:
        for which in (
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.CancelButton,
        ):
            self.button(which).setEnabled(enabled)

    def _finish(self, values: dict[str, object]) -> None:
        values["setup.completed"] = True
        try:
            settings.set_many(self.db, SYSTEM, values)
        except ValidationError as exc:
            from ui.common import dialogs

            dialogs.warn(self, "\n".join(exc.errors.values()))
            return
        self.finished_setup = True
        super().accept()

    def reject(self) -> None:
        if self.demo_task is not None:
            return  # the demo data is being written: it finishes first (Esc and the close button wait)
        super().reject()


class DemoAccountsDialog(QDialog):
    """The demo accounts' passwords, shown once: each in a fixed-width font (the generator leaves out look-alikes
    such as 0/O and 1/l/I), each with a Copy button, and one button to copy the whole list."""

    def __init__(self, parent: QWidget | None, accounts: list) -> None:
        super().__init__(parent)
        self.setObjectName("demoAccountsDialog")
        self.setWindowTitle(self.tr("Demo accounts"))
        self.accounts = list(accounts)
        intro = QLabel(self.tr("Demo accounts were created. Write these passwords down or copy them now:"), self)
        intro.setWordWrap(True)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        self.password_labels: list[QLabel] = []
        self.copy_buttons: list[QPushButton] = []
        for i, account in enumerate(self.accounts):
            user = QLabel(account.username, self)
            user.setProperty("role", "code")
            user.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            password = QLabel(account.password, self)
            password.setObjectName(f"demoPassword_{account.username}")
            password.setProperty("role", "code")
            password.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            password.setAccessibleName(self.tr("Password of {user}").format(user=account.username))
            copy = QPushButton(self.tr("Copy"), self)
            copy.setObjectName(f"copyDemoPassword_{account.username}")
            copy.setAccessibleName(self.tr("Copy the password of {user}").format(user=account.username))
            copy.setAutoDefault(False)
            copy.clicked.connect(lambda _c=False, text=account.password: self.copy(text))
            who = QLabel(f"{account.roles} · {account.display_name}", self)
            for column, widget in enumerate((user, password, copy, who)):
                grid.addWidget(widget, i, column)
            self.password_labels.append(password)
            self.copy_buttons.append(copy)
        grid.setColumnStretch(3, 1)
        self.copied = QLabel(self)
        self.copied.setObjectName("demoAccountsCopied")
        self.copied.setProperty("role", "ok")
        self.copied.setMinimumHeight(self.copied.fontMetrics().height())  # no jump when it says "Copied"
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_all_button = buttons.addButton(self.tr("Copy all"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_all_button.setObjectName("copyAllDemoPasswords")
        self.copy_all_button.setAutoDefault(False)
        self.copy_all_button.clicked.connect(lambda: self.copy(self.all_lines()))
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self.copied)
        layout.addWidget(buttons)

    def all_lines(self) -> str:
        from ui.application import demo_account_line

        return "\n".join(demo_account_line(a) for a in self.accounts)

    def copy(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self.copied.setText(self.tr("Copied."))


def show_demo_accounts(parent: QWidget | None, accounts: list) -> None:
    """Show the demo passwords once (tests replace this)."""
    DemoAccountsDialog(parent, accounts).exec()
