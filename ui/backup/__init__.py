"""Backups in the interface: the Data dialog (list, back up now, restore), automatic backups at the first start
of a day and on exit, and the start-up check that offers the latest good backup when the database is damaged."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:  # importing ui.context brings SQLAlchemy; ui.backup.startup runs before it is needed
    from ui.context import AppContext


def open_backup_dialog(parent: QWidget, ctx: AppContext):
    """Open the Data dialog over `parent` (the main window); after a restore the window follows the restored data."""
    from ui.backup.dialog import BackupDialog

    dialog = BackupDialog(ctx, parent)
    dialog.restored.connect(lambda backup, kept: after_restore(parent, ctx, dialog, backup, kept))
    dialog.open()
    return dialog


def after_restore(window: QWidget, ctx: AppContext, dialog, backup: str, kept: str) -> None:
    """The data changed under every screen: record the restore, re-read who is signed in, rebuild the tabs.

    When the person signed in has no account in the restored data, the app closes (after saying so)."""
    from pathlib import Path

    from app import autobackup
    from app.accounts.service import actor_for
    from app.actor import Actor
    from app.errors import UserError
    from ui.common import dialogs

    old = ctx.actor
    fresh = None
    if old.user_id is not None:
        try:
            fresh = actor_for(ctx.db, old.user_id, old.workstation)
        except UserError:  # NotFound: the account is not in the restored data
            fresh = None
    if fresh is not None and fresh.username != old.username:
        fresh = None
    backup_path = Path(backup)
    kept_path = Path(kept) if kept else None
    if fresh is None:
        nobody = Actor(None, old.username, old.display_name, frozenset(), old.workstation)
        autobackup.record_restore(ctx.db, nobody, backup_path, kept_path)
        ctx.set_actor(nobody)
        dialog.accept()
        dialogs.inform(
            window,
            QCoreApplication.translate(
                "BackupDialog",
                "Your account is not in the restored data. Community Desk closes now: start it again and sign in "
                "with an account of the restored data.",
            ),
        )
        window.close()
        return
    autobackup.record_restore(ctx.db, fresh, backup_path, kept_path)
    ctx.set_actor(fresh)
    ctx.reload_settings()
    rebuild = getattr(window, "rebuild_for_actor", None)
    if rebuild is not None:
        rebuild()
