"""The Data dialog: the backups in the backup folder with what each holds, back up now, and (admins) restore.

Restoring checks the file is ours and sound, says what it holds, asks, keeps a copy of the current data,
then copies the backup into the live database (other windows on the same file see the restored data).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.actor import ADMIN
from app.backup import BackupInfo
from app.errors import UserError
from ui.common import dialogs
from ui.common.layout import fit_window
from ui.common.paged_model import Column, ListTableModel
from ui.common.tasks import run_task
from ui.context import AppContext


@dataclass(frozen=True)
class BackupRow:
    path: Path
    info: BackupInfo | None
    problem: str = ""  # why the file cannot be used (not ours, unreadable)


def kind_label(kind: str) -> str:
    labels = {
        "start": QT_TRANSLATE_NOOP("BackupKinds", "Daily, at start"),
        "exit": QT_TRANSLATE_NOOP("BackupKinds", "On exit"),
        "": QT_TRANSLATE_NOOP("BackupKinds", "By hand"),
    }
    source = labels.get(kind)
    return QCoreApplication.translate("BackupKinds", source) if source else kind


def size_label(size: int) -> str:
    return f"{size / 1_048_576:.1f} MB" if size >= 104_858 else f"{max(size, 1) // 1024 or 1} KB"


def counts_text(info: BackupInfo) -> str:
    c = info.counts
    return QCoreApplication.translate(
        "BackupDialog",
        "{residents} residents, {requests} requests, {tickets} meal tickets, {children} children, "
        "{volunteers} volunteers",
    ).format(
        residents=c.get("residents", 0),
        requests=c.get("requests", 0),
        tickets=c.get("tickets", 0),
        children=c.get("children", 0),
        volunteers=c.get("volunteers", 0),
    )


class BackupListModel(ListTableModel):
    CONTEXT = "BackupListModel"
    MADE, KIND, RESIDENTS, REQUESTS, TICKETS, CHILDREN, VOLUNTEERS, SIZE, FILE = range(9)
    COLUMNS = (
        Column("made", QT_TRANSLATE_NOOP("BackupListModel", "Made")),
        Column("kind", QT_TRANSLATE_NOOP("BackupListModel", "Kind")),
        Column("residents", QT_TRANSLATE_NOOP("BackupListModel", "Residents"), Qt.AlignmentFlag.AlignRight),
        Column("requests", QT_TRANSLATE_NOOP("BackupListModel", "Requests"), Qt.AlignmentFlag.AlignRight),
        Column("tickets", QT_TRANSLATE_NOOP("BackupListModel", "Meal tickets"), Qt.AlignmentFlag.AlignRight),
        Column("children", QT_TRANSLATE_NOOP("BackupListModel", "Children"), Qt.AlignmentFlag.AlignRight),
        Column("volunteers", QT_TRANSLATE_NOOP("BackupListModel", "Volunteers"), Qt.AlignmentFlag.AlignRight),
        Column("size", QT_TRANSLATE_NOOP("BackupListModel", "Size"), Qt.AlignmentFlag.AlignRight),
        Column("file", QT_TRANSLATE_NOOP("BackupListModel", "File")),
    )
    _COUNT_KEYS = {RESIDENTS: "residents", REQUESTS: "requests", TICKETS: "tickets", CHILDREN: "children"}

    def display(self, row: BackupRow, column: int) -> str:
        info = row.info
        if column == self.FILE:
            return row.path.name
        if info is None:
            return row.problem if column == self.KIND else ""
        if column == self.MADE:
            return info.created.strftime("%Y-%m-%d %H:%M:%S")
        if column == self.KIND:
            return kind_label(info.kind)
        if column == self.VOLUNTEERS:
            return str(info.counts.get("volunteers", 0))
        if column in self._COUNT_KEYS:
            return str(info.counts.get(self._COUNT_KEYS[column], 0))
        if column == self.SIZE:
            return size_label(info.size)
        return ""

    def tooltip(self, row: BackupRow, column: int) -> str | None:
        return str(row.path) if column == self.FILE else (row.problem or None)


def choose_file(parent: QWidget, folder: Path) -> Path | None:
    """Ask for a backup file anywhere (a USB drive, say); tests replace this."""
    name, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("BackupDialog", "Choose a backup to restore"),
        str(folder),
        QCoreApplication.translate("BackupDialog", "Community Desk backups (*.sqlite3 *.bak);;All files (*)"),
    )
    return Path(name) if name else None


def _load_rows(folder: Path) -> list[BackupRow]:
    from app.backup import list_backups, peek_backup

    rows = []
    for path in list_backups(folder):
        try:
            rows.append(BackupRow(path, peek_backup(path)))
        except UserError as exc:
            rows.append(BackupRow(path, None, exc.message))
    return rows


class BackupDialog(QDialog):
    """Emits `restored(backup_path, kept_path_or_empty)` after a backup replaced the data."""

    restored = Signal(str, str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from app.autobackup import BackupPlan

        self.ctx = ctx
        self.setObjectName("backupDialog")
        self.setWindowTitle(self.tr("Data and backups"))
        fit_window(self, 980, 480)
        self.plan = BackupPlan.load(ctx.db)
        self.busy = False
        layout = QVBoxLayout(self)
        self.folder_label = QLabel(self)
        self.folder_label.setObjectName("backupFolderLabel")
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.folder_label)
        self.status = QLabel(self)
        self.status.setObjectName("backupStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.model = BackupListModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("backupTable")
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.restore_selected())
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.backup_button = self._button("backupNowButton", self.tr("&Back up now"), self.backup_now)
        self.restore_button = self._button("restoreButton", self.tr("&Restore selected…"), self.restore_selected)
        self.restore_file_button = self._button(
            "restoreFileButton", self.tr("Restore from a &file…"), self.restore_from_file
        )
        self.refresh_button = self._button("refreshBackupsButton", self.tr("Re&fresh"), self.refresh)
        close = self._button("closeBackupsButton", self.tr("Close"), self.reject)
        for b in (self.backup_button, self.restore_button, self.restore_file_button, self.refresh_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        admin = ctx.actor.has(ADMIN)
        self.restore_button.setVisible(admin)
        self.restore_file_button.setVisible(admin)
        if self.plan is None:
            self.folder_label.setText(
                self.tr("Backups from the app work on the embedded database only; use the server's own tools.")
            )
            for b in (self.backup_button, self.restore_button, self.restore_file_button, self.refresh_button):
                b.setEnabled(False)
        else:
            self.folder_label.setText(
                self.tr("Backups are kept in {folder} (the newest {keep}).").format(
                    folder=self.plan.folder, keep=self.plan.keep
                )
            )
            self.refresh()

    def _button(self, name: str, text: str, slot) -> QPushButton:
        b = QPushButton(text, self)
        b.setObjectName(name)
        b.setAccessibleName(text.replace("&", ""))
        b.clicked.connect(slot)
        return b

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for b in (self.backup_button, self.restore_button, self.restore_file_button, self.refresh_button):
            b.setEnabled(not busy)

    # --- the list ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.plan is None or self.busy:
            return
        folder = self.plan.folder
        if not folder.is_dir():
            self.model.set_rows([])
            self.status.setText(
                self.tr("The backup folder {path} cannot be reached (is the USB drive plugged in?).").format(
                    path=folder
                )
            )
            return
        self._set_busy(True)
        self.status.setText(self.tr("Reading the backups…"))

        def done(rows: list[BackupRow]) -> None:
            self._set_busy(False)
            self.model.set_rows(rows)
            self.status.setText(
                self.tr("{n} backups.").format(n=len(rows)) if rows else self.tr("There are no backups yet.")
            )
            if rows:
                self.table.selectRow(0)

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            self.status.setText(str(exc))

        self.task = run_task(self, lambda _p: _load_rows(folder), on_done=done, on_error=failed)

    def selected_row(self) -> BackupRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    # --- back up ----------------------------------------------------------------------------------
    def backup_now(self) -> None:
        from app import autobackup

        plan = self.plan
        if plan is None or self.busy:
            return
        self._set_busy(True)
        self.status.setText(self.tr("Backing up…"))

        def done(result: autobackup.BackupDone) -> None:
            self._set_busy(False)
            autobackup.record(self.ctx.db, self.ctx.actor, result)
            self.status.setText(self.tr("Backup written: {path}").format(path=result.path))
            self.refresh()

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            if not isinstance(exc, UserError):
                raise exc
            self.status.setText(exc.message)
            dialogs.show_user_error(self, exc)

        self.task = run_task(
            self, lambda _p: autobackup.make_backup(plan, autobackup.MANUAL), on_done=done, on_error=failed
        )

    # --- restore ----------------------------------------------------------------------------------
    def restore_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            dialogs.inform(self, self.tr("Choose a backup in the list first."))
            return
        self.restore(row.path)

    def restore_from_file(self) -> None:
        if self.plan is None:
            return
        path = choose_file(self, self.plan.folder)
        if path is not None:
            self.restore(path)

    def restore(self, path: Path) -> None:
        """Check the file (ours, sound, not newer), show what it holds, ask, keep the current data, replace."""
        from app import backup

        if self.busy or self.plan is None:
            return
        if not self.ctx.actor.has(ADMIN):
            dialogs.warn(self, self.tr("Only an administrator restores a backup."))
            return
        target = self.plan.source
        self._set_busy(True)
        self.status.setText(self.tr("Checking {file}…").format(file=path.name))

        def checked(info: BackupInfo) -> None:
            self._set_busy(False)
            self.status.setText("")
            question = self.tr(
                "Replace ALL current data with the backup made {made}?\n\n"
                "It holds {counts}.\n\n"
                "Everything entered since then is replaced. A copy of the current data is kept first."
            ).format(made=info.created.strftime("%Y-%m-%d %H:%M"), counts=counts_text(info))
            if not dialogs.confirm(self, question, self.tr("Restore a backup")):
                return
            self._replace(info, target)

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            if not isinstance(exc, UserError):
                raise exc
            self.status.setText(exc.message)
            dialogs.show_user_error(self, exc)

        self.task = run_task(self, lambda _p: backup.inspect_backup(path), on_done=checked, on_error=failed)

    def _replace(self, info: BackupInfo, target: Path) -> None:
        from app import backup

        self._set_busy(True)
        self.ctx.db.dispose()  # our own pooled connections are closed; new ones see the restored data

        def done(kept: Path | None) -> None:
            self._set_busy(False)
            self.ctx.db.dispose()
            text = self.tr("The backup made {made} was restored.").format(made=info.created.strftime("%Y-%m-%d %H:%M"))
            if kept is not None:
                text += "\n" + self.tr("The data it replaced is kept at {path}").format(path=kept)
            self.status.setText(text)
            dialogs.inform(self, text)
            self.restored.emit(str(info.path), str(kept or ""))
            if self.isVisible():
                self.refresh()

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            if not isinstance(exc, UserError):
                raise exc
            self.status.setText(exc.message)
            dialogs.show_user_error(self, exc)

        self.task = run_task(
            self,
            lambda _p: backup.restore_from(info.path, target),
            on_done=done,
            on_error=failed,
            label=self.tr("Restoring…"),
        )
