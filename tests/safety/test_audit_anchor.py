"""The audit chain against someone who holds the database (clerk findings item 9): the newest entries removed with
the head row rewritten, the whole chain re-sealed after an edit, the append-only triggers dropped (put back at the
next open, audited), and a backup with a damaged trail (refused unless --force, audited)."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from app.audit import _WALK, anchor_path, verify_chain
from app.backup import backup_to, restore_from
from app.database import open_database
from app.errors import UserError
from db.audit_chain import GENESIS, seal
from tests.backends import backend_free, sqlite_only
from tests.safety.test_audit_chain import _drop_triggers, _fill, _sql

ROOT = Path(__file__).resolve().parents[2]


def _reseal(db, edit_id: int) -> None:
    """What reseal.py does: edit one entry, then seal the whole chain again and move the head to match."""
    with db.write() as s:
        s.execute(text("UPDATE audit_log SET summary = 'rewritten' WHERE id = :i"), {"i": edit_id})
        prev = GENESIS
        for row in s.connection().execute(_WALK).mappings().all():
            h = seal(prev, row)
            s.execute(
                text("UPDATE audit_log SET prev_hash = :p, entry_hash = :h WHERE id = :i"),
                {"p": prev, "h": h, "i": row["id"]},
            )
            prev = h
        s.execute(text("UPDATE audit_chain_head SET last_hash = :h"), {"h": prev})


def _triggers(db) -> set[str]:
    with db.read() as s:
        if db.is_sqlite:
            return {r[0] for r in s.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))}
        return {
            r[0]
            for r in s.execute(
                text("SELECT tgname FROM pg_trigger WHERE tgrelid = 'audit_log'::regclass AND tgenabled <> 'D'")
            )
        }


def _guard_entries(db) -> int:
    with db.read() as s:
        return s.execute(text("SELECT COUNT(*) FROM audit_log WHERE action = 'audit_guard'")).scalar()


def test_removing_the_newest_entries_and_rewriting_the_head_is_found(db, admin):
    ids = _fill(db, admin, 6)
    assert verify_chain(db).ok  # anchors the trail (as every verify, backup and exit does)
    _drop_triggers(db)
    _sql(db, "DELETE FROM audit_log WHERE id > :i", i=ids[2])
    with db.write() as s:
        last = s.execute(text("SELECT entry_hash FROM audit_log WHERE id = :i"), {"i": ids[2]}).scalar()
        s.execute(text("UPDATE audit_chain_head SET last_id = :i, last_hash = :h"), {"i": ids[2], "h": last})
    check = verify_chain(db)
    assert check.problem == "behind_anchor" and check.head_id == ids[-1]
    assert str(ids[-1]) in check.message()


def test_resealing_the_whole_chain_after_an_edit_is_found(db, admin):
    ids = _fill(db, admin, 5)
    assert verify_chain(db).ok
    _drop_triggers(db)
    _reseal(db, ids[1])
    check = verify_chain(db)
    assert check.problem == "resealed" and check.at_id == ids[-1]
    assert "rewritten" in check.message()


def test_the_anchor_file_is_owner_only_and_only_grows(db, admin):
    _fill(db, admin, 2)
    verify_chain(db)
    path = anchor_path(db)
    first = path.read_text().splitlines()
    _fill(db, admin, 1)
    verify_chain(db)
    lines = path.read_text().splitlines()
    assert lines[: len(first)] == first and len(lines) == len(first) + 1
    assert json.loads(lines[-1])["event"] == "verify"
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_dropped_triggers_come_back_at_the_next_open_and_that_is_audited(db, db_url, admin):
    _fill(db, admin, 2)
    _drop_triggers(db)
    assert not ({"audit_log_no_update", "audit_log_append_only"} & _triggers(db))
    again = open_database(db_url)
    try:
        assert _guard_entries(again) == 1
        with pytest.raises(Exception, match="append-only"):
            _sql(again, "DELETE FROM audit_log")
        assert verify_chain(again).ok
    finally:
        again.dispose()
    again = open_database(db_url)  # in place now: nothing more to audit
    try:
        assert _guard_entries(again) == 1
    finally:
        again.dispose()


def test_a_disabled_postgresql_trigger_counts_as_missing(db, db_url, admin):
    if db.is_sqlite:
        pytest.skip("PostgreSQL can disable a trigger; SQLite cannot")
    _sql(db, "ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only")
    again = open_database(db_url)
    try:
        assert _guard_entries(again) == 1 and "audit_log_append_only" in _triggers(again)
    finally:
        again.dispose()


def _cli(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, "-m", "app", "--lang", "en", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=300,
    )


@sqlite_only("file backups of the SQLite database (a server's are pg_dump's)")
def test_a_backup_with_a_broken_chain_is_refused_unless_forced(db, db_path, admin, tmp_path):
    ids = _fill(db, admin, 4)
    damaged = tmp_path / "damaged.sqlite3"
    shutil.copyfile(backup_to(db_path, tmp_path / "good.sqlite3"), damaged)
    import sqlite3

    con = sqlite3.connect(damaged)
    con.execute("DROP TRIGGER audit_log_no_update")
    con.execute("DROP TRIGGER audit_log_no_delete")
    con.execute("UPDATE audit_log SET summary = 'edited' WHERE id = ?", (ids[1],))
    con.commit()
    con.close()
    target = tmp_path / "live.sqlite3"
    shutil.copyfile(db_path, target)
    before = target.read_bytes()
    with pytest.raises(UserError, match="--force"):
        restore_from(damaged, target)
    assert target.read_bytes() == before
    r = _cli("--db", str(target), "restore", str(damaged))
    assert r.returncode == 1 and "audit trail" in r.stderr
    r = _cli("--db", str(target), "restore", "--force", str(damaged))
    assert r.returncode == 0, r.stderr
    assert "damaged audit trail" in r.stderr
    restored = open_database("sqlite:///" + str(target))
    try:
        assert {"audit_log_no_update", "audit_log_no_delete"} <= _triggers(restored)
        with restored.read() as s:
            actions = [r[0] for r in s.execute(text("SELECT action FROM audit_log ORDER BY id"))]
            forced = s.execute(text("SELECT after_json FROM audit_log WHERE action = 'restore'")).scalar()
        assert "audit_guard" in actions and json.loads(forced)["forced"] is True
        assert verify_chain(restored).problem == "changed"  # the evidence is kept as it came
    finally:
        restored.dispose()


@sqlite_only("file backups of the SQLite database (a server's are pg_dump's)")
def test_a_restore_of_a_good_backup_restarts_the_anchor(db, db_path, admin, tmp_path):
    _fill(db, admin, 2)
    copy = backup_to(db_path, tmp_path / "b.sqlite3")
    _fill(db, admin, 3)
    assert verify_chain(db).ok  # the anchor now names entries the backup does not hold
    restore_from(copy, db_path)
    assert verify_chain(db).ok, verify_chain(db).message()
    assert json.loads(anchor_path(db).read_text().splitlines()[-2])["event"] == "restore"


@backend_free("the command line on a SQLite file of its own (a path, not db_url)")
def test_init_and_cli_backup_anchor_the_trail(tmp_path):
    target = tmp_path / "a.db"
    assert _cli("--db", str(target), "init").returncode == 0
    assert _cli("--db", str(target), "backup", str(tmp_path / "b.sqlite3")).returncode == 0
    events = [json.loads(line)["event"] for line in Path(f"{target}.audit-anchor.log").read_text().splitlines()]
    assert events == ["init", "backup"]
    assert _cli("--db", str(target), "verify-audit").returncode == 0
