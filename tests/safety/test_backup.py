"""Backups and restore without the interface: automatic backups, rotation, a missing USB drive, files that are
not ours, a restore into a database that is open elsewhere, damage found by the start-up check."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from app import autobackup, backup
from app.errors import UserError
from app.integrity import check_database, latest_good_backup
from app.residents import service as residents
from app.residents.service import ResidentInput
from tests.backends import sqlite_only

pytestmark = sqlite_only(
    "file backups and integrity checks of the SQLite database; a server's backups are pg_dump's (issue 13 item 7)"
)

ROOT = Path(__file__).resolve().parents[2]


def corrupt(path: Path) -> None:
    """Overwrite pages in the middle of the file, as a bad sector or a torn copy would."""
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page = con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    size = path.stat().st_size
    with path.open("r+b") as fh:
        for offset in range(size // 3 // page * page, 2 * size // 3, page):
            fh.seek(offset + 8)
            fh.write(b"\xa5" * (page - 16))


def names(db) -> list[str]:
    with db.read() as s:
        return [r[0] for r in s.execute(text("SELECT name FROM residents ORDER BY id"))]


def test_our_marks_match_the_engine():
    from db import engine

    assert backup.APPLICATION_ID == engine.APPLICATION_ID
    assert backup.BUSY_TIMEOUT_MS == engine.BUSY_TIMEOUT_MS


def test_restore_round_trip_into_a_database_open_elsewhere(db, db_path, admin, tmp_path, frozen):
    frozen(dt.datetime(2026, 11, 30, 9, 0))
    residents.create_resident(db, admin, ResidentInput(name="李四"))
    copy = backup.backup_to(db_path, tmp_path / "bk", kind="start", verify=True)  # while the database is open
    assert copy.name == "community-desk-20261130-090000-start.sqlite3"
    info = backup.peek_backup(copy)
    assert info.counts["residents"] == 1 and info.kind == "start" and info.created == dt.datetime(2026, 11, 30, 9)
    residents.create_resident(db, admin, ResidentInput(name="王五"))
    other = sqlite3.connect(db_path)  # another window on the same file, left open across the restore
    assert other.execute("SELECT COUNT(*) FROM residents").fetchone()[0] == 2
    kept = backup.restore_from(copy, db_path)
    assert names(db) == ["李四"]  # the same Database object, no reopening
    assert other.execute("SELECT COUNT(*) FROM residents").fetchone()[0] == 1
    other.close()
    assert kept is not None and backup.peek_backup(kept, check="full").counts["residents"] == 2
    assert check_database(db_path, full=True).ok
    with db.read() as s:
        mode = s.connection().exec_driver_sql("PRAGMA journal_mode").scalar()
    assert mode == "wal"
    residents.create_resident(db, admin, ResidentInput(name="赵六"))  # and it goes on working
    assert names(db) == ["李四", "赵六"]


def _other_program_db(path: Path) -> Path:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE residents (id INTEGER PRIMARY KEY)")
    con.commit()
    con.close()
    return path


def test_a_file_that_is_not_ours_is_refused_and_nothing_changes(db, db_path, admin, tmp_path):
    residents.create_resident(db, admin, ResidentInput(name="李四"))
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"\x00" * 5000)
    marked = tmp_path / "marked.sqlite3"  # our mark but none of our tables
    con = sqlite3.connect(marked)
    con.execute(f"PRAGMA application_id = {backup.APPLICATION_ID}")
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    damaged = backup.backup_to(db_path, tmp_path / "damaged.sqlite3")
    corrupt(damaged)
    for path, message in (
        (junk, "not a Community Desk database"),
        (_other_program_db(tmp_path / "other.sqlite3"), "not a Community Desk database"),
        (marked, "not a Community Desk database"),
        (tmp_path / "missing.sqlite3", "not a file"),
        (damaged, "damaged|not a Community Desk"),
    ):
        with pytest.raises(UserError, match=message):
            backup.restore_from(path, db_path)
    assert names(db) == ["李四"]
    assert not list(tmp_path.glob("*.before-restore-*"))


def test_a_backup_from_a_newer_version_is_refused_and_nothing_changes(db, db_path, admin, tmp_path):
    residents.create_resident(db, admin, ResidentInput(name="李四"))
    future = backup.backup_to(db_path, tmp_path / "future.sqlite3")
    con = sqlite3.connect(future)
    con.execute("INSERT INTO alembic_version VALUES ('zz_9999_from_the_future')")
    con.commit()
    con.close()
    residents.create_resident(db, admin, ResidentInput(name="王五"))
    before = db_path.read_bytes()
    for restore in (backup.restore_from, backup.replace_damaged):
        with pytest.raises(UserError, match="This backup was made by a newer version of Community Desk."):
            restore(future, db_path)
    assert names(db) == ["李四", "王五"] and db_path.read_bytes() == before
    assert not list(tmp_path.glob("*.before-restore-*")) and not list(tmp_path.glob("*.damaged-*"))


def test_cli_restore_refuses_a_file_that_is_not_ours(db_path, tmp_path):
    other = _other_program_db(tmp_path / "other.sqlite3")
    env = dict(os.environ, COMMUNITY_DESK_LANG="en")
    r = subprocess.run(
        [sys.executable, "-m", "app", "--lang", "en", "--db", str(db_path), "restore", str(other)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )
    assert r.returncode == 1 and "not a Community Desk database" in r.stderr and "Traceback" not in r.stderr
    assert check_database(db_path).ok


def _plan(db_path: Path, folder: Path, keep: int = 3, configured: bool = True) -> autobackup.BackupPlan:
    return autobackup.BackupPlan(db_path, folder, keep, configured)


def test_plan_reads_the_settings_with_defaults(db, admin, tmp_path):
    from app import settings
    from app.paths import data_dir

    plan = autobackup.BackupPlan.load(db)
    assert plan is not None
    assert (plan.folder, plan.keep, plan.configured) == (data_dir() / "backups", 14, False)
    settings.set_many(db, admin, {"backup.folder": str(tmp_path / "u盘"), "backup.keep": 5})
    plan = autobackup.BackupPlan.load(db)
    assert (plan.folder, plan.keep, plan.configured) == (tmp_path / "u盘", 5, True)


def test_daily_backup_is_due_once_a_day_and_rotation_keeps_the_newest(db_path, tmp_path, frozen):
    folder = tmp_path / "backups"
    folder.mkdir()
    plan = _plan(db_path, folder, keep=3)
    made = []
    for day in range(1, 6):
        frozen(dt.datetime(2026, 11, day, 8, 30))
        assert autobackup.is_due(plan)
        made.append(autobackup.make_backup(plan, autobackup.START))
        assert not autobackup.is_due(plan)
    frozen(dt.datetime(2026, 11, 5, 18, 0))
    made.append(autobackup.make_backup(plan, autobackup.EXIT))
    assert [p.name for p in backup.list_backups(folder)] == [
        "community-desk-20261105-180000-exit.sqlite3",
        "community-desk-20261105-083000-start.sqlite3",
        "community-desk-20261104-083000-start.sqlite3",
    ]
    assert made[-1].removed == [folder / "community-desk-20261103-083000-start.sqlite3"]
    (folder / "notes.txt").write_text("kept")  # rotation touches only our files
    autobackup.make_backup(plan, autobackup.MANUAL)
    assert (folder / "notes.txt").exists() and len(backup.list_backups(folder)) == 3


def test_a_missing_usb_drive_is_said_clearly_and_nothing_is_created(db_path, tmp_path):
    usb = tmp_path / "media" / "usb" / "备份"
    with pytest.raises(autobackup.BackupFolderError, match="cannot be reached.*USB drive"):
        autobackup.make_backup(_plan(db_path, usb), autobackup.START)
    assert not (tmp_path / "media").exists()
    (tmp_path / "media" / "usb").mkdir(parents=True)  # the drive is back: its backup folder is made
    assert autobackup.make_backup(_plan(db_path, usb), autobackup.START).path.parent == usb
    a_file = tmp_path / "file"
    a_file.write_text("x")
    with pytest.raises(autobackup.BackupFolderError, match="not a folder"):
        autobackup.make_backup(_plan(db_path, a_file), autobackup.START)


def test_a_damaged_database_is_found_and_never_becomes_a_backup(db, db_path, admin, tmp_path):
    for i in range(300):
        residents.create_resident(db, admin, ResidentInput(name=f"居民{i}", phone=f"1380000{i:04d}"))
    folder = tmp_path / "backups"
    good = autobackup.make_backup(_plan(db_path, folder), autobackup.START).path
    db.dispose()
    assert check_database(db_path).ok
    corrupt(db_path)
    quick, full = check_database(db_path), check_database(db_path, full=True)
    assert not quick.ok and not full.ok and quick.detail
    with pytest.raises(UserError, match="damaged"):
        autobackup.make_backup(_plan(db_path, folder), autobackup.EXIT)
    assert backup.list_backups(folder) == [good]  # no damaged copy, nothing rotated away
    assert not list(folder.glob("*.part"))
    # a newer backup that is itself damaged is skipped for the latest good one
    newer = folder / "community-desk-29991231-000000-exit.sqlite3"
    newer.write_bytes(good.read_bytes())
    corrupt(newer)
    assert latest_good_backup([tmp_path / "nowhere", folder]).path == good
    aside = backup.replace_damaged(good, db_path)
    assert aside.exists() and not check_database(aside).ok
    assert check_database(db_path, full=True).ok
    from db.engine import Database

    again = Database("sqlite:///" + str(db_path))
    assert len(names(again)) == 300
    again.dispose()


def test_a_missing_database_needs_no_check(tmp_path):
    assert check_database(tmp_path / "nothing.sqlite3").ok


def test_manual_backups_use_the_folder_from_the_settings(db, db_path, admin, tmp_path):
    """`community-desk backup` without a destination (and File › Back up now) go where the settings say."""
    import subprocess
    import sys

    from app import settings

    usb = tmp_path / "usb"
    usb.mkdir()
    settings.set_many(db, admin, {"backup.folder": str(usb / "desk"), "backup.keep": 2})
    db.dispose()
    for _ in range(3):
        done = subprocess.run(
            [sys.executable, "-m", "app", "--lang", "en", "--db", str(db_path), "backup"],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        assert str(usb / "desk") in done.stdout
    assert len(list((usb / "desk").glob("*.sqlite3"))) == 2  # rotated to the number kept
