"""Automatic backups: on the first start of each day and on exit, into the folder set in the settings
("backup.folder", empty: a "backups" folder in the user data folder), keeping the newest "backup.keep".

The copy itself (`make_backup`) touches no SQLAlchemy session, so it can run on a worker thread; read the
settings (`BackupPlan.load`) and write the audit entry (`record`) on the thread that owns the database.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from app import audit, clock
from app.actor import Actor
from app.backup import PREFIX, SUFFIX, backup_to, rotate
from app.boundary import checked
from app.errors import UserError
from app.i18n import translate
from db.engine import Database
from db.files import DIR_MODE, owner_only

DEFAULT_KEEP = 14
START = "start"
EXIT = "exit"
MANUAL = ""


class BackupFolderError(UserError):
    """The backup folder cannot be used (a USB drive taken out, no permission); nothing was written."""


@dataclass(frozen=True)
class BackupPlan:
    source: Path
    folder: Path
    keep: int
    configured: bool  # the folder comes from the settings (not the default)

    @classmethod
    def load(cls, db: Database) -> BackupPlan | None:
        """The plan for `db`, or None when it is not a SQLite file (PostgreSQL is backed up with its own tools)."""
        from app import settings
        from app.paths import data_dir

        if db.path is None:
            return None
        values = settings.get_all(db)
        raw = str(values.get("backup.folder") or "").strip()
        try:
            keep = int(values.get("backup.keep") or DEFAULT_KEEP)
        except (TypeError, ValueError):
            keep = DEFAULT_KEEP
        folder = Path(raw).expanduser() if raw else data_dir() / "backups"
        return cls(db.path, folder, max(keep, 1), bool(raw))


@dataclass(frozen=True)
class BackupDone:
    path: Path
    removed: list[Path]
    seconds: float
    kind: str


def usable_folder(folder: Path, *, configured: bool = True) -> Path:
    """Make sure backups can be written to `folder`; raise BackupFolderError with a message that says why not.

    A configured folder whose parent is missing is taken as a drive that is not plugged in: nothing is created
    then (creating it would put the backups on the local disk where nobody looks for them)."""
    if not folder.exists():
        if configured and not folder.parent.exists():
            raise BackupFolderError(
                translate(
                    "Backup",
                    "The backup folder {path} cannot be reached. If it is on a USB drive, plug the drive in; "
                    "or choose another folder in the settings.",
                ).format(path=folder)
            )
        try:
            with owner_only():  # a new folder is owner-only (the backups hold everyone's data)
                folder.mkdir(mode=DIR_MODE, parents=not configured, exist_ok=True)
        except OSError as exc:
            raise BackupFolderError(
                translate("Backup", "The backup folder {path} cannot be created: {error}").format(
                    path=folder, error=exc.strerror or exc
                )
            ) from exc
    if not folder.is_dir():
        raise BackupFolderError(translate("Backup", "The backup folder {path} is not a folder.").format(path=folder))
    try:  # os.access is not enough on network and FAT drives: try writing
        fd, probe = tempfile.mkstemp(prefix=".write-test-", dir=folder)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        raise BackupFolderError(
            translate("Backup", "Backups cannot be written to {path}: {error}").format(
                path=folder, error=exc.strerror or exc
            )
        ) from exc
    return folder


def made_on(folder: Path, day: dt.date) -> bool:
    """Whether a backup with `day` in its name is in `folder` already."""
    try:
        return any(folder.glob(f"{PREFIX}{day:%Y%m%d}-*{SUFFIX}"))
    except OSError:
        return False


def is_due(plan: BackupPlan, day: dt.date | None = None) -> bool:
    """The first start of a day: no backup of today in the folder yet (an unreachable folder counts as due,
    so the person at the desk hears about it)."""
    return not made_on(plan.folder, day or clock.today())


def make_backup(plan: BackupPlan, kind: str) -> BackupDone:
    """Copy the database into the plan's folder (verified with quick_check), then drop the oldest beyond `keep`."""
    started = time.perf_counter()
    folder = usable_folder(plan.folder, configured=plan.configured)
    path = backup_to(plan.source, folder, kind=kind, verify=True)
    removed = rotate(folder, plan.keep)
    return BackupDone(path, removed, time.perf_counter() - started, kind)


@checked
def record(db: Database, actor: Actor, done: BackupDone) -> None:
    """A backup holds every resident's personal data: it is audited like an export."""
    with db.write() as s:
        audit.record(
            s,
            actor,
            "export",  # the audit viewer's "Export": a backup is an export of every resident's data
            "database",
            None,
            done.path.name,
            None,
            {"file": str(done.path), "kind": done.kind or "manual", "removed": [p.name for p in done.removed]},
        )
    audit.write_anchor(db, done.kind or "backup")  # the exit backup anchors the trail at each close of the app


@checked
def record_restore(db: Database, actor: Actor, backup: Path, kept: Path | None) -> None:
    """Audit a restore in the restored database (its own trail goes on from the backup's)."""
    with db.write() as s:
        audit.record(
            s,
            actor,
            "restore",
            "database",
            None,
            backup.name,
            None,
            {"file": str(backup), "replaced_database_kept_at": str(kept) if kept else None},
        )
