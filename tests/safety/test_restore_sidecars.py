"""Restore gives exactly the backup: a stale -wal, -shm or -journal beside the target is set aside, never replayed
(issue 12, item 4); a damaged backup is called damaged, not "not ours" (item 9)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app import backup
from app.errors import UserError
from app.residents import service as residents
from app.residents.service import ResidentInput
from tests.backends import sqlite_only
from tests.safety.test_backup import corrupt

ROOT = Path(__file__).resolve().parents[2]

_COPY_ROW = (
    "INSERT INTO residents (name, name_pinyin, name_initials, is_local, created_at, updated_at) "
    "SELECT name, name_pinyin, name_initials, is_local, created_at, updated_at FROM residents LIMIT 1"
)


pytestmark = sqlite_only("restoring a SQLite file: its -wal/-shm/-journal sidecars (server backups: tests/pgops)")


def _count(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT COUNT(*) FROM residents").fetchone()[0]
    finally:
        con.close()


def _stale_wal_case(db, db_path: Path, admin, tmp_path: Path) -> tuple[Path, dict[str, bytes]]:
    """The quoted case: a backup holding 1 resident; 300 more written to the -wal, which is left behind when the
    database file goes (deleted by hand, moved away by a tool). Returns the backup and the stale files."""
    residents.create_resident(db, admin, ResidentInput(name="李四"))
    copy = backup.backup_to(db_path, tmp_path / "bk", verify=True)
    db.dispose()
    con = sqlite3.connect(db_path)
    con.execute("PRAGMA wal_autocheckpoint = 0")
    with con:
        for _ in range(300):
            con.execute(_COPY_ROW)
    stale = {s: Path(f"{db_path}{s}").read_bytes() for s in ("-wal", "-shm")}  # while open: the -wal holds the 300
    con.close()
    return copy, stale


def _leave_behind(db_path: Path, stale: dict[str, bytes]) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    for suffix, data in stale.items():
        Path(f"{db_path}{suffix}").write_bytes(data)


def test_a_stale_wal_beside_a_missing_database_is_set_aside_not_replayed(db, db_path, admin, tmp_path):
    copy, stale = _stale_wal_case(db, db_path, admin, tmp_path)
    assert backup.peek_backup(copy).counts["residents"] == 1
    _leave_behind(db_path, stale)
    assert backup.restore_from(copy, db_path) is None
    assert _count(db_path) == 1  # was 301: SQLite replayed the stale -wal into the restored file
    assert not Path(f"{db_path}-wal").exists() or Path(f"{db_path}-wal").read_bytes() != stale["-wal"]
    aside = sorted(p.name for p in db_path.parent.glob(f"{db_path.name}.stale-*"))
    assert len(aside) == 2 and aside[0].endswith("-shm") and aside[1].endswith("-wal")  # kept, not deleted


def test_the_cli_restore_with_a_stale_wal_gives_exactly_the_backup(db, db_path, admin, tmp_path):
    copy, stale = _stale_wal_case(db, db_path, admin, tmp_path)
    _leave_behind(db_path, stale)
    r = subprocess.run(
        [sys.executable, "-m", "app", "--lang", "en", "--db", str(db_path), "restore", str(copy)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        timeout=120,
    )
    assert r.returncode == 0, r.stderr
    assert "residents 1" in r.stdout
    assert _count(db_path) == 1


def test_a_hot_journal_beside_a_missing_database_is_set_aside(db, db_path, admin, tmp_path):
    residents.create_resident(db, admin, ResidentInput(name="李四"))
    copy = backup.backup_to(db_path, tmp_path / "bk")
    db.dispose()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    journal = Path(f"{db_path}-journal")
    journal.write_bytes(b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" + b"\x00" * 504)  # a rollback journal's header
    backup.restore_from(copy, db_path)
    assert not journal.exists() and _count(db_path) == 1
    assert list(db_path.parent.glob(f"{db_path.name}.stale-*-journal"))


def test_replacing_a_damaged_database_sets_aside_its_journal_too_and_checks_the_result(db, db_path, admin, tmp_path):
    residents.create_resident(db, admin, ResidentInput(name="李四"))
    copy = backup.backup_to(db_path, tmp_path / "bk")
    db.dispose()
    Path(f"{db_path}-journal").write_bytes(b"\x00" * 512)
    aside = backup.replace_damaged(copy, db_path)
    assert Path(f"{aside}-journal").exists() and not Path(f"{db_path}-journal").exists()
    assert _count(db_path) == 1


def test_a_restore_that_does_not_give_the_backup_is_reported(db, db_path, admin, tmp_path, monkeypatch):
    residents.create_resident(db, admin, ResidentInput(name="李四"))
    copy = backup.backup_to(db_path, tmp_path / "bk")
    info = backup.inspect_backup(copy)
    residents.create_resident(db, admin, ResidentInput(name="王五"))
    with pytest.raises(UserError, match="does not match the backup: residents 2 instead of 1"):
        backup.verify_restored(db_path, info)
    backup.verify_restored(copy, info)


def test_a_corrupted_backup_is_refused_as_damaged_not_as_a_stranger(db, db_path, admin, tmp_path):
    for i in range(200):
        residents.create_resident(db, admin, ResidentInput(name=f"居民{i}"))
    damaged = backup.backup_to(db_path, tmp_path / "damaged.sqlite3")
    corrupt(damaged)
    with pytest.raises(UserError) as caught:
        backup.restore_from(damaged, db_path)
    assert "damaged" in caught.value.message and "not a Community Desk" not in caught.value.message
    with pytest.raises(UserError, match="damaged"):
        backup.peek_backup(damaged, check="quick")
    stranger = tmp_path / "other.sqlite3"
    con = sqlite3.connect(stranger)
    con.execute("CREATE TABLE t (x)")
    con.close()
    with pytest.raises(UserError, match="not a Community Desk database"):
        backup.restore_from(stranger, db_path)
