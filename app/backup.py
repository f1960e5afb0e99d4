"""Consistent copies of the database (SQLite's backup API, safe while the app is open) and restore."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from app.errors import UserError
from app.i18n import translate
from db.engine import APPLICATION_ID, BUSY_TIMEOUT_MS

# Tables whose counts a restore dialog shows, when they exist in the backup.
SUMMARY_TABLES = ("residents", "users", "requests", "meal_tickets", "children", "volunteers", "audit_log")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: dt.datetime
    size: int
    counts: dict[str, int]
    schema: tuple[str, ...]


def backup_to(source: Path, dest: Path | str) -> Path:
    """Copy `source` to `dest` (a file, or a folder to put a dated file in) with SQLite's online backup.

    `dest` is taken as a folder when it is one, ends with a separator, or has no file suffix.
    """
    if not source.exists():
        raise UserError(translate("Backup", "There is no database at {path} to back up.").format(path=source))
    as_folder = str(dest).endswith(("/", os.sep))
    dest = Path(dest)
    if dest.is_dir() or as_folder or not dest.suffix:
        dest.mkdir(parents=True, exist_ok=True)
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        dest = dest / f"community-desk-{stamp}.sqlite3"
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            dst = sqlite3.connect(str(tmp))
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        os.replace(tmp, dest)
    except sqlite3.DatabaseError as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(translate("Backup", "The backup failed: {error}").format(error=exc)) from exc
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(
            translate("Backup", "The backup could not be written: {error}").format(error=exc.strerror or exc)
        ) from exc
    return dest


def inspect_backup(path: Path) -> BackupInfo:
    """What a backup holds, after checking it is a sound Community Desk database; raise UserError if not."""
    if not path.is_file():
        raise UserError(translate("Backup", "{path} is not a file.").format(path=path))
    with path.open("rb") as fh:
        if fh.read(16) != b"SQLite format 3\x00":
            raise UserError(translate("Backup", "{path} is not a Community Desk database.").format(path=path.name))
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            if con.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                raise UserError(translate("Backup", "{path} is not a Community Desk database.").format(path=path.name))
            if con.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise UserError(translate("Backup", "{path} is damaged and cannot be restored.").format(path=path.name))
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            counts = {
                t: con.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in SUMMARY_TABLES if t in tables
            }
            schema: tuple[str, ...] = ()
            if "alembic_version" in tables:
                schema = tuple(sorted(r[0] for r in con.execute("SELECT version_num FROM alembic_version")))
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise UserError(translate("Backup", "{path} is not a Community Desk database.").format(path=path.name)) from exc
    stat = path.stat()
    return BackupInfo(path, dt.datetime.fromtimestamp(stat.st_mtime), stat.st_size, counts, schema)


def restore_from(backup: Path, target: Path) -> Path | None:
    """Replace `target` with `backup` after checking it; the replaced database is kept beside it.

    Returns the path of the kept copy (None when there was no database before).
    """
    from db.migrate import known_revisions

    info = inspect_backup(backup)
    unknown = set(info.schema) - known_revisions()
    if unknown:
        raise UserError(translate("Backup", "This backup was made by a newer version of Community Desk."))
    kept = None
    if target.exists():
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        kept = backup_to(target, target.with_name(f"{target.name}.before-restore-{stamp}.bak"))
    tmp = target.with_name(target.name + ".restoring")
    shutil.copyfile(backup, tmp)
    for suffix in ("-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    os.replace(tmp, target)
    return kept


def rotate(folder: Path, keep: int, prefix: str = "community-desk-") -> list[Path]:
    """Delete the oldest automatic backups beyond `keep`; returns the removed files."""
    files = sorted(folder.glob(f"{prefix}*.sqlite3"), key=lambda p: p.name, reverse=True)
    removed = []
    for old in files[max(keep, 1) :]:
        old.unlink(missing_ok=True)
        removed.append(old)
    return removed
