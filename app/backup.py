"""Consistent copies of the database (SQLite's backup API, safe while the app is open) and restore.

A backup is a whole SQLite file marked with our application_id. Restoring copies a checked backup *into*
the live database with the same backup API, so another window or workstation that has the file open sees
the restored data instead of a file swapped under its feet; the database it replaces is kept first.
Where a file is put in place instead (no database there yet, or a damaged one set aside), any -wal, -shm or
-journal left beside it is set aside first: SQLite would otherwise replay a stale -wal into the restored file
(a backup of 1 resident came back as 301). Every restore is verified against what the backup holds.
Backups, the kept copies and restored files are owner-only (db.files).
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from app.errors import UserError
from app.i18n import translate
from db.files import SIDECARS, copy_private, create_private_file, make_private_dir

# Kept equal to db.engine's values (a test checks): importing db.engine would bring SQLAlchemy into the
# start-up check, which runs before anything else has loaded.
APPLICATION_ID = 0x43444B31
BUSY_TIMEOUT_MS = 10_000

PREFIX = "community-desk-"
SUFFIX = ".sqlite3"
_STAMP = re.compile(r"^community-desk-(\d{8}-\d{6})(?:-([a-z-]+?))?(?:-\d+)?\.sqlite3$")

# What a backup's summary counts, when the table exists in it: key -> table.
SUMMARY_TABLES = {
    "residents": "residents",
    "requests": "requests",
    "tickets": "meal_tickets",
    "children": "childcare_children",
    "volunteers": "volunteers",
    "book_loans": "library_loans",
    "classes": "activity_courses",
    "district_transactions": "library_sip_outbox",
    "visits": "community_visits",
    "users": "users",
    "alerts": "alerts",
    "health_readings": "health_readings",
}


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: dt.datetime  # local time, from the file name when it carries one, else the file's time
    size: int
    counts: dict[str, int]
    schema: tuple[str, ...]
    kind: str = ""  # "start", "exit", "" (made by hand), …


def backup_name(kind: str = "", at: dt.datetime | None = None) -> str:
    from app import clock

    stamp = (at or clock.local_now()).strftime("%Y%m%d-%H%M%S")
    return f"{PREFIX}{stamp}{'-' + kind if kind else ''}{SUFFIX}"


def _free_name(dest: Path) -> Path:
    """`dest`, or `dest` with -2, -3 … when a backup of the same second exists already."""
    if not dest.exists():
        return dest
    n = 2
    while True:
        other = dest.with_name(f"{dest.stem}-{n}{dest.suffix}")
        if not other.exists():
            return other
        n += 1


def _not_written(exc: OSError) -> UserError:
    return UserError(translate("Backup", "The backup could not be written: {error}").format(error=exc.strerror or exc))


def backup_to(source: Path, dest: Path | str, *, kind: str = "", verify: bool = False) -> Path:
    """Copy `source` to `dest` (a file, or a folder to put a dated file in) with SQLite's online backup.

    `dest` is taken as a folder when it is one, ends with a separator, or has no file suffix. With
    `verify`, the copy must pass `PRAGMA quick_check` before it gets its final name (so a damaged
    database never turns into a backup that rotation would keep instead of a good one).
    """
    if not source.exists():
        raise UserError(translate("Backup", "There is no database at {path} to back up.").format(path=source))
    as_folder = str(dest).endswith(("/", os.sep))
    dest = Path(dest)
    try:
        if dest.is_dir() or as_folder or not dest.suffix:
            make_private_dir(dest)
            dest = _free_name(dest / backup_name(kind))
        if not dest.parent.exists():
            make_private_dir(dest.parent)
    except OSError as exc:
        raise _not_written(exc) from exc
    tmp = dest.with_name(dest.name + ".part")
    try:
        tmp.unlink(missing_ok=True)
        create_private_file(tmp)  # before SQLite opens it: its -journal then gets the same owner-only mode
        src = sqlite3.connect(str(source), timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            src.execute("PRAGMA query_only = 1")
            dst = sqlite3.connect(str(tmp))
            try:
                src.backup(dst)  # one step: a consistent snapshot; in WAL mode writers go on meanwhile
                dst.execute("PRAGMA journal_mode = DELETE")
                if verify and dst.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                    raise sqlite3.DatabaseError("database disk image is malformed")
            finally:
                dst.close()
        finally:
            src.close()
        os.replace(tmp, dest)
    except sqlite3.DatabaseError as exc:
        tmp.unlink(missing_ok=True)
        if "malformed" in str(exc):
            raise UserError(
                translate("Backup", "The database is damaged, so no backup was made: {error}").format(error=exc)
            ) from exc
        raise UserError(translate("Backup", "The backup failed: {error}").format(error=exc)) from exc
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise _not_written(exc) from exc
    return dest


def _not_ours(path: Path) -> UserError:
    return UserError(translate("Backup", "{path} is not a Community Desk database.").format(path=path.name))


def _damaged(path: Path) -> UserError:
    return UserError(translate("Backup", "{path} is damaged and cannot be restored.").format(path=path.name))


def _is_damage(exc: sqlite3.DatabaseError) -> bool:
    """SQLite's words for a file that is an SQLite database but broken (as opposed to "file is not a database")."""
    text = str(exc).lower()
    return "malformed" in text or "disk image" in text or "corrupt" in text


def _created(path: Path) -> tuple[dt.datetime, str]:
    m = _STAMP.match(path.name)
    if m:
        try:
            return dt.datetime.strptime(m.group(1), "%Y%m%d-%H%M%S"), m.group(2) or ""
        except ValueError:
            pass
    return dt.datetime.fromtimestamp(path.stat().st_mtime), ""


def backup_time(path: Path) -> dt.datetime:
    """When a backup was made: the time in its name, else the file's time."""
    return _created(path)[0]


def peek_backup(path: Path, *, check: str | None = None) -> BackupInfo:
    """What a backup holds (read only), after checking it is ours; raise UserError if not.

    `check` is None (header and marks only, for listing), "quick" or "full" (PRAGMA quick_check /
    integrity_check, before restoring)."""
    if not path.is_file():
        raise UserError(translate("Backup", "{path} is not a file.").format(path=path))
    try:
        with path.open("rb") as fh:
            if fh.read(16) != b"SQLite format 3\x00":
                raise _not_ours(path)
    except OSError as exc:
        raise UserError(
            translate("Backup", "{path} cannot be read: {error}").format(path=path.name, error=exc.strerror or exc)
        ) from exc
    marked = False  # our application_id is in the header: from then on a failure means damage, not a stranger
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            if con.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                raise _not_ours(path)
            marked = True
            if check is not None:
                pragma = "integrity_check" if check == "full" else "quick_check"
                if con.execute(f"PRAGMA {pragma}").fetchone()[0] != "ok":
                    raise _damaged(path)
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            counts = {
                key: con.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
                for key, table in SUMMARY_TABLES.items()
                if table in tables
            }
            schema: tuple[str, ...] = ()
            if "alembic_version" in tables:
                schema = tuple(sorted(r[0] for r in con.execute("SELECT version_num FROM alembic_version")))
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        if marked or _is_damage(exc):
            raise _damaged(path) from exc
        raise _not_ours(path) from exc
    if not schema:
        raise _not_ours(path)
    created, kind = _created(path)
    return BackupInfo(path, created, path.stat().st_size, counts, schema, kind)


def inspect_backup(path: Path) -> BackupInfo:
    """What a backup holds, after checking it is a sound Community Desk database; raise UserError if not."""
    return peek_backup(path, check="full")


def list_backups(folder: Path) -> list[Path]:
    """Our backup files in `folder`, newest first (the name starts with the time it was made)."""
    try:
        files = [p for p in folder.glob(f"{PREFIX}*{SUFFIX}") if p.is_file()]
    except OSError:
        return []
    return sorted(files, key=lambda p: p.name, reverse=True)


def _schema_known(info: BackupInfo) -> None:
    from db.migrate import known_revisions

    if set(info.schema) - known_revisions():
        raise UserError(translate("Backup", "This backup was made by a newer version of Community Desk."))


def _copy_into(backup: Path, target: Path) -> None:
    """Write the backup's pages into the live database under SQLite's own locks (open connections elsewhere
    see the restored data; nothing is swapped under them)."""
    src = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(str(target), timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            src.backup(dst)
            if dst.execute("PRAGMA quick_check").fetchone()[0] != "ok":  # pragma: no cover - SQLite's promise
                raise UserError(translate("Backup", "The restored database failed its check."))
        finally:
            dst.close()
    finally:
        src.close()


def _set_aside_sidecars(target: Path, label: str) -> list[Path]:
    """Move the -wal/-shm/-journal beside `target` out of SQLite's way (to `<target>.<label><suffix>`).

    Only for a file that no connection has open (no database there, or one being replaced whole): such files
    are leftovers, and SQLite would replay a -wal or roll back a -journal into whatever file is put there."""
    moved = []
    for suffix in SIDECARS:
        extra = Path(f"{target}{suffix}")
        if extra.exists():
            aside = Path(f"{target}.{label}{suffix}")
            os.replace(extra, aside)
            moved.append(aside)
    return moved


def verify_restored(target: Path, info: BackupInfo) -> None:
    """Check that `target` now holds exactly what the backup holds: sound (quick_check), the same schema
    revisions and the same number of residents, requests, tickets, children, volunteers and users.

    Raises UserError naming the first difference."""
    try:
        con = sqlite3.connect(str(target), timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            con.execute("PRAGMA query_only = 1")
            ok = con.execute("PRAGMA quick_check").fetchone()[0] == "ok"
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            counts = {
                key: con.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
                for key, table in SUMMARY_TABLES.items()
                if table in tables
            }
            schema: tuple[str, ...] = ()
            if "alembic_version" in tables:
                schema = tuple(sorted(r[0] for r in con.execute("SELECT version_num FROM alembic_version")))
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise UserError(
            translate("Backup", "The restored database failed its check: {error}").format(error=exc)
        ) from exc
    if not ok:
        raise UserError(
            translate("Backup", "The restored database failed its check: {error}").format(error="quick_check")
        )
    for key, expected in info.counts.items():
        if counts.get(key) != expected:
            raise UserError(
                translate(
                    "Backup", "The restored database does not match the backup: {what} {found} instead of {expected}."
                ).format(what=key, found=counts.get(key, 0), expected=expected)
            )
    if schema != info.schema:
        raise UserError(
            translate(
                "Backup", "The restored database does not match the backup: {what} {found} instead of {expected}."
            ).format(what="schema", found=", ".join(schema), expected=", ".join(info.schema))
        )


def _stamp() -> str:
    from app import clock

    return clock.local_now().strftime("%Y%m%d-%H%M%S")


def _put_in_place(backup: Path, target: Path) -> None:
    """Copy the backup's file to `target` (owner-only) under a temporary name, then rename it into place."""
    tmp = target.with_name(target.name + ".restoring")
    copy_private(backup, tmp)
    os.replace(tmp, target)


def check_backup_chain(backup: Path):
    """The audit chain of `backup` (an app.audit.ChainCheck), walked on a private temporary copy (the backup file
    itself is never opened for writing); None for a backup older than the chain (no seals to check)."""
    import tempfile

    from sqlalchemy.exc import DBAPIError

    from app.audit import walk_chain
    from db.engine import Database

    with tempfile.TemporaryDirectory(prefix="cd-chain-") as folder:
        copy = copy_private(backup, Path(folder) / "check.sqlite3")
        db = Database("sqlite:///" + str(copy))
        try:
            return walk_chain(db)
        except DBAPIError:  # no prev_hash/entry_hash columns, no head table: made before the chain existed
            return None
        finally:
            db.dispose()


def _chain_refused(check) -> UserError:
    return UserError(
        translate(
            "Backup",
            "This backup's audit trail is damaged ({problem}), so it was not restored: a damaged trail is evidence "
            "to keep. To restore it anyway, run `community-desk restore --force FILE`; that is recorded in the "
            "audit trail.",
        ).format(problem=check.message())
    )


def anchor_restored(target: Path, event: str = "restore") -> None:
    """Start the outside anchor of `target` again from the restored trail (its head and entry count): the trail
    of a restored copy is shorter than the one it replaced, and that is not tampering."""
    from db.audit_chain import ANCHOR_SUFFIX, append_anchor, sqlite_head

    head = sqlite_head(target)
    if head is not None:
        append_anchor(target.with_name(target.name + ANCHOR_SUFFIX), event, *head)


def restore_from(backup: Path, target: Path, *, force: bool = False) -> Path | None:
    """Replace the data of `target` with `backup` after checking it; the replaced database is kept beside it.

    With a database at `target` the backup's pages are written into it through SQLite (its -wal is then the live
    database's own and SQLite's locks cover it); without one, any -wal/-shm/-journal left beside the path is set
    aside first (`<target>.stale-<stamp>-wal` …) so that nothing is replayed into the restored file. The result is
    checked against the backup (`verify_restored`). Returns the path of the kept copy (None when there was no
    database before). Raises UserError for a backup that is not ours, damaged or newer, or a failed restore.

    The backup's audit chain is verified first: a broken chain is refused unless `force` (the CLI's --force; the
    caller then audits that a damaged trail was restored: `community-desk restore` does). The restored database's
    append-only triggers are put back, if the backup lacks them, at its next open (app.audit.restore_guards), and
    its outside anchor restarts from the restored trail (`anchor_restored`).
    """
    info = inspect_backup(backup)
    _schema_known(info)
    check = check_backup_chain(backup)
    if check is not None and not check.ok and not force:
        raise _chain_refused(check)
    stamp = _stamp()
    if not target.exists():
        try:
            if not target.parent.exists():
                make_private_dir(target.parent)
            _set_aside_sidecars(target, f"stale-{stamp}")
            _put_in_place(backup, target)
        except OSError as exc:
            raise UserError(
                translate("Backup", "The backup could not be put in place: {error}").format(error=exc.strerror or exc)
            ) from exc
        verify_restored(target, info)
        anchor_restored(target)
        return None
    kept = backup_to(target, _free_name(target.with_name(f"{target.name}.before-restore-{stamp}.bak")))
    try:
        _copy_into(backup, target)
    except sqlite3.DatabaseError as exc:
        raise UserError(translate("Backup", "The backup could not be restored: {error}").format(error=exc)) from exc
    verify_restored(target, info)
    anchor_restored(target)
    return kept


def replace_damaged(backup: Path, target: Path) -> Path:
    """Set a damaged database aside (with its -wal, -shm and -journal) and put a checked backup in its place.

    For start-up, before anything in this process has the database open (quick_check on the backup, to get
    the counter going again soon). The result is checked against the backup. Returns the set-aside file."""
    info = peek_backup(backup, check="quick")
    _schema_known(info)
    aside = _free_name(target.with_name(f"{target.name}.damaged-{_stamp()}"))
    try:
        tmp = target.with_name(target.name + ".restoring")
        copy_private(backup, tmp)
        if target.exists():
            os.replace(target, aside)
        for suffix in SIDECARS:
            extra = Path(f"{target}{suffix}")
            if extra.exists():
                os.replace(extra, Path(f"{aside}{suffix}"))
        os.replace(tmp, target)
    except OSError as exc:
        raise UserError(
            translate("Backup", "The backup could not be put in place: {error}").format(error=exc.strerror or exc)
        ) from exc
    verify_restored(target, info)
    anchor_restored(target)
    return aside


def rotate(folder: Path, keep: int, prefix: str = PREFIX) -> list[Path]:
    """Delete the oldest backups beyond `keep` (at least one is always kept); returns the removed files."""
    files = list_backups(folder) if prefix == PREFIX else sorted(folder.glob(f"{prefix}*{SUFFIX}"), reverse=True)
    removed = []
    for old in files[max(keep, 1) :]:
        try:
            old.unlink()
        except OSError:
            continue
        removed.append(old)
    return removed
