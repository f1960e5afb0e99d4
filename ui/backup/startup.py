"""Start-up safety: `PRAGMA quick_check` on a thread while the sign-in dialog paints, and, when the database
is damaged, a clear dialog that offers the latest good backup (restore it and continue) or quit.

quick_check, not integrity_check: on the 100,000-resident demo (42 MB) quick_check takes ~0.3 s and the full
check ~6–8 s; quick_check reads every page and checks every b-tree, which is what a torn write or a bad disk
sector breaks. The full check runs on a backup before it is restored from the Data dialog.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.common import dialogs
from ui.common.layout import fit_window

_active: StartupCheck | None = None
# (backup, damaged file set aside) restored before anyone was signed in; audited once someone is
_restored: list[tuple[Path, Path]] = []


def sqlite_file(url: str) -> Path | None:
    """The file of a `sqlite:///` URL (without importing SQLAlchemy)."""
    prefix = "sqlite:///"
    if not url.startswith(prefix) or ":memory:" in url:
        return None
    return Path(url[len(prefix) :].split("?", 1)[0])


class StartupCheck:
    """quick_check of the database file on a worker thread; `wait()` gives the result (None: nothing checked)."""

    def __init__(self, url: str) -> None:
        self.path = sqlite_file(url)
        self.result = None
        self.superseded = False  # the file was replaced by a backup meanwhile: the result is about the old one
        self._thread: threading.Thread | None = None
        if self.path is not None and self.path.is_file():
            self._thread = threading.Thread(target=self._run, name="community-desk-check", daemon=True)
            self._thread.start()

    def _run(self) -> None:
        from app.integrity import check_database

        assert self.path is not None
        self.result = check_database(self.path)

    def wait(self):
        if self._thread is not None:
            self._thread.join()
        return None if self.superseded else self.result


def start_check(url: str) -> StartupCheck:
    global _active
    _active = StartupCheck(url)
    return _active


def backup_folders(path: Path) -> list[Path]:
    """Where backups may be: the folder in the settings (read with plain sqlite3, the file being damaged) and the
    default folder in the user data folder."""
    from app.paths import data_dir

    folders: list[Path] = []
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            row = con.execute("SELECT value FROM settings WHERE key = 'backup.folder'").fetchone()
        finally:
            con.close()
        if row and json.loads(row[0]):
            folders.append(Path(str(json.loads(row[0]))).expanduser())
    except (sqlite3.Error, ValueError, TypeError):
        pass
    folders.append(data_dir() / "backups")
    return folders


class DamagedDialog(QDialog):
    """Damaged database: restore the latest good backup and continue, choose another backup, or quit."""

    def __init__(self, path: Path, detail: str, good, folders: list[Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("damagedDatabaseDialog")
        self.setWindowTitle(self.tr("The database is damaged"))
        self.choice = "quit"
        self.chosen: Path | None = None
        self.good = good
        self.folders = folders
        layout = QVBoxLayout(self)
        text = self.tr(
            "Community Desk found damage in its database:\n{path}\n\nSQLite reports: {detail}\n\n"
            "Working on with a damaged database can lose more data."
        ).format(path=path, detail=detail[:300])
        if good is not None:
            from ui.backup.dialog import counts_text

            text += "\n\n" + self.tr(
                "The latest good backup was made {made} and holds {counts}. Restoring it replaces the damaged "
                "database (which is kept aside for an expert); what was entered after {made} is not in it."
            ).format(made=good.created.strftime("%Y-%m-%d %H:%M"), counts=counts_text(good))
        else:
            text += "\n\n" + self.tr("No good backup was found in: {folders}").format(
                folders="; ".join(str(f) for f in folders)
            )
        self.message = QLabel(text, self)
        self.message.setObjectName("damagedMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.restore_button = QPushButton(self.tr("&Restore the latest good backup and continue"), self)
        self.restore_button.setObjectName("restoreLatestButton")
        self.restore_button.setAccessibleName(self.tr("Restore the latest good backup and continue"))
        self.restore_button.clicked.connect(self.restore_latest)
        self.restore_button.setVisible(good is not None)
        self.choose_button = QPushButton(self.tr("&Choose a backup file…"), self)
        self.choose_button.setObjectName("chooseBackupButton")
        self.choose_button.setAccessibleName(self.tr("Choose a backup file"))
        self.choose_button.clicked.connect(self.choose)
        self.quit_button = QPushButton(self.tr("&Quit"), self)
        self.quit_button.setObjectName("quitButton")
        self.quit_button.setAccessibleName(self.tr("Quit"))
        self.quit_button.clicked.connect(self.reject)
        for b in (self.restore_button, self.choose_button):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.quit_button)
        layout.addLayout(row)
        (self.restore_button if good is not None else self.choose_button).setDefault(True)
        fit_window(self, 640, 320)

    def restore_latest(self) -> None:
        self.choice, self.chosen = "restore", self.good.path
        self.accept()

    def choose(self) -> None:
        from ui.backup import dialog

        path = dialog.choose_file(self, self.folders[0])
        if path is not None:
            self.choice, self.chosen = "restore", path
            self.accept()


def ask_damaged(path: Path, detail: str, good, folders: list[Path]) -> Path | None:
    """The backup to restore, or None to quit (tests replace this)."""
    dialog = DamagedDialog(path, detail, good, folders)
    dialog.exec()
    return dialog.chosen if dialog.choice == "restore" else None


def recover(path: Path, detail: str) -> bool:
    """Ask what to do about the damaged database at `path`; True when a backup was put in its place.

    Nothing in this process may have the database open (dispose the engine first)."""
    from app.backup import replace_damaged
    from app.errors import UserError
    from app.integrity import latest_good_backup

    folders = backup_folders(path)
    good = latest_good_backup(folders)
    while True:
        chosen = ask_damaged(path, detail, good, folders)
        if chosen is None:
            return False
        try:
            aside = replace_damaged(chosen, path)
        except UserError as exc:
            dialogs.warn(None, exc.message, QCoreApplication.translate("DamagedDialog", "The database is damaged"))
            continue
        if _active is not None and _active.path == path:
            _active.superseded = True
        _restored.append((chosen, aside))
        dialogs.inform(
            None,
            QCoreApplication.translate(
                "DamagedDialog", "The backup {file} was restored. The damaged database is kept at {aside}."
            ).format(file=chosen.name, aside=aside),
            QCoreApplication.translate("DamagedDialog", "The database is damaged"),
        )
        return True


def offer_backup_for_damage(url: str, exc: BaseException) -> bool:
    """Opening the database failed: when it is damaged, offer a backup. True when one was put in place."""
    from db.errors import DatabaseProblem

    problem = exc.__cause__
    path = sqlite_file(url)
    if path is None or not isinstance(problem, DatabaseProblem) or problem.kind != DatabaseProblem.DAMAGED:
        return False
    return recover(path, getattr(exc, "message", str(exc)))


def settle(check: StartupCheck | None, db, actor, *, reopen: Callable, sign_in_again: Callable):
    """After sign-in: if the check found damage, offer the latest good backup. Returns (db, actor), or
    (None, None) to quit. Restores made at start are audited in the restored database.

    `reopen()` opens the database again; `sign_in_again(db, center_name)` when the person signed in has no
    account in the restored data."""
    result = check.wait() if check is not None else None
    if result is not None and not result.ok and check is not None and check.path is not None:
        db.dispose()
        if not recover(check.path, result.detail):
            return None, None
        db = reopen()
        if db is None:
            return None, None
        if (fresh := same_actor(db, actor)) is None:
            from app import settings

            fresh = sign_in_again(db, settings.center_info(db).name)
        actor = fresh
        if actor is None:
            db.dispose()
            return None, None
    if _restored and actor is not None:
        from app import autobackup

        for backup, aside in _restored:
            autobackup.record_restore(db, actor, backup, aside)
        _restored.clear()
    return db, actor


def same_actor(db, actor):
    """`actor` as the restored data knows them (same id and username), or None."""
    from app.accounts.service import actor_for
    from app.errors import UserError

    if actor is None or actor.user_id is None:
        return None
    try:
        fresh = actor_for(db, actor.user_id, actor.workstation)
    except UserError:  # NotFound: the account is not in the restored data
        return None
    return fresh if fresh.username == actor.username else None
