"""The database server of this workstation (several workstations share one PostgreSQL database): the fields, a
"Test connection" that runs off the UI thread, and saving for the next start. Used as a tab of the settings
dialog and, when the saved server cannot be opened at start, on its own (`DatabaseServerDialog`)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import dbserver
from app.dbserver import DEFAULT_PORT, ServerSettings
from app.errors import UserError, ValidationError
from ui import dbserver_store
from ui.common import tasks
from ui.common.layout import fit_window


class DatabaseServerForm(QWidget):
    """Fields, Test connection and Save. `ctx` (when the app is open) lets the change be audited."""

    def __init__(self, parent: QWidget, ctx=None) -> None:
        super().__init__(parent)
        self.setObjectName("dbServerForm")
        self.ctx = ctx
        self.testing = False
        enabled, saved = dbserver_store.load()
        self.enabled = QCheckBox(self.tr("Use a database server (several workstations share one database)"), self)
        self.enabled.setObjectName("dbServerEnabled")
        self.enabled.setAccessibleName(self.tr("Use a database server"))
        self.enabled.setChecked(enabled)
        self.host = self._line("dbServerHost", self.tr("Server PC (name or IP address)"), 253)
        self.host.setPlaceholderText(self.tr("e.g. 192.168.1.10 or front-desk-pc"))
        self.port = QSpinBox(self)
        self.port.setObjectName("dbServerPort")
        self.port.setAccessibleName(self.tr("Port"))
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = self._line("dbServerDatabase", self.tr("Database name"), 63)
        self.user = self._line("dbServerUser", self.tr("Database user"), 63)
        self.password = self._line("dbServerPassword", self.tr("Password"), 200)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        if saved is not None:
            self.host.setText(saved.host)
            self.port.setValue(saved.port)
            self.database.setText(saved.database)
            self.user.setText(saved.user)
            self.password.setText(saved.password)
        self.test_button = QPushButton(self.tr("Test connection"), self)
        self.test_button.setObjectName("dbServerTest")
        self.test_button.setAccessibleName(self.tr("Test the connection to the database server"))
        self.test_button.setAutoDefault(False)
        self.test_button.clicked.connect(self.test_connection)
        self.save_button = QPushButton(self.tr("Save for the next start"), self)
        self.save_button.setObjectName("dbServerSave")
        self.save_button.setAccessibleName(self.tr("Save the database server setting"))
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.result = QLabel(self)
        self.result.setObjectName("dbServerResult")
        self.result.setWordWrap(True)
        form = QFormLayout()
        form.addRow("", self.enabled)
        form.addRow(self.tr("Server PC"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Database"), self.database)
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("Password"), self.password)
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        hint = QLabel(
            self.tr(
                "Every workstation of the center points at the same PostgreSQL database (see the README, "
                "“Several workstations”). The setting is kept on this PC and used at the next start; the password "
                "goes to the system's keyring where there is one."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        layout.addWidget(hint)
        layout.addStretch(1)
        self.enabled.toggled.connect(self._sync_enabled)
        self._sync_enabled(self.enabled.isChecked())

    def _line(self, name: str, accessible: str, _max_len: int) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        return edit

    def _sync_enabled(self, on: bool) -> None:
        for w in (self.host, self.port, self.database, self.user, self.password, self.test_button):
            w.setEnabled(on)

    def settings(self) -> ServerSettings:
        return ServerSettings(
            self.host.text(), self.port.value(), self.database.text(), self.user.text(), self.password.text()
        )

    def _show(self, text: str, ok: bool) -> None:
        self.result.setText(text)
        self.result.setProperty("role", "ok" if ok else "error")
        self.result.style().unpolish(self.result)
        self.result.style().polish(self.result)

    def test_connection(self) -> None:
        """Try the server off the UI thread (a server that is away takes seconds to give up)."""
        if self.testing:
            return
        try:
            settings = dbserver.validate(self.settings())
        except ValidationError as exc:
            self._show("\n".join(exc.errors.values()), False)
            return
        self.testing = True
        self.test_button.setEnabled(False)
        self._show(self.tr("Connecting to {where}…").format(where=settings.label()), True)

        def done(report: dbserver.ConnectionReport) -> None:
            self.testing = False
            self.test_button.setEnabled(self.enabled.isChecked())
            self._show(dbserver.describe(report), report.ours or report.empty)

        def failed(exc: BaseException) -> None:
            self.testing = False
            self.test_button.setEnabled(self.enabled.isChecked())
            if isinstance(exc, UserError):
                self._show(exc.message, False)
            else:
                import sys

                sys.excepthook(type(exc), exc, exc.__traceback__)

        tasks.run_task(self, lambda _progress: dbserver.try_connection(settings), on_done=done, on_error=failed)

    def save(self) -> bool:
        """Keep the setting for the next start (and audit who changed it: no password). False when refused."""
        on = self.enabled.isChecked()
        try:
            settings = dbserver.validate(self.settings()) if on else self.settings()
        except ValidationError as exc:
            self._show("\n".join(exc.errors.values()), False)
            return False
        dbserver_store.save(settings, enabled=on)
        if self.ctx is not None:
            from app import audit

            with self.ctx.db.write() as s:
                audit.record(
                    s,
                    self.ctx.actor,
                    "update",
                    "database_server",
                    None,
                    settings.label() if on else audit.message("dbserver.local"),
                    None,
                    {"enabled": on, "server": settings.label() if on else ""},
                )
        if on:
            self._show(self.tr("Saved: this PC uses {where} from the next start.").format(where=settings.label()), True)
        else:
            self._show(self.tr("Saved: this PC uses its own database file from the next start."), True)
        return True


class DatabaseServerDialog(QDialog):
    """The form on its own, for when the saved server cannot be opened at start (no database yet to sign in to)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dbServerDialog")
        self.setWindowTitle(self.tr("Database server"))
        self.form = DatabaseServerForm(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        fit_window(self, 560, 420)
