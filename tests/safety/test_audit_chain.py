"""The audit trail is tamper-evident (issue 12, item 6): every entry is sealed with a hash chained to the one
before; deleting, editing or truncating the trail is found even after the append-only triggers are dropped."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from app import audit
from app.accounts import privacy
from app.audit import verify_chain
from tests.race import process_context

ROOT = Path(__file__).resolve().parents[2]


def _fill(db, admin, n: int = 5) -> list[int]:
    for i in range(n):
        privacy.record_export(db, admin, f"export {i}")
    with db.read() as s:
        return [r[0] for r in s.execute(text("SELECT id FROM audit_log ORDER BY id"))]


def _drop_triggers(db) -> None:
    """What someone with the database file and a SQL tool does first."""
    with db.write() as s:
        if db.is_sqlite:
            s.execute(text("DROP TRIGGER audit_log_no_update"))
            s.execute(text("DROP TRIGGER audit_log_no_delete"))
        else:
            s.execute(text("DROP TRIGGER audit_log_append_only ON audit_log"))


def _sql(db, statement: str, **params) -> None:
    with db.write() as s:
        s.execute(text(statement), params)


def test_an_untouched_trail_is_intact(db, admin):
    ids = _fill(db, admin)
    check = verify_chain(db)
    assert check.ok and check.entries == len(ids)
    assert "intact" in check.message()
    with db.read() as s:
        head = s.execute(text("SELECT last_id, last_hash FROM audit_chain_head")).one()
        last = s.execute(text("SELECT id, entry_hash FROM audit_log ORDER BY id DESC LIMIT 1")).one()
    assert tuple(head) == tuple(last)


def test_the_triggers_still_refuse_edits_and_deletes(db, admin):
    _fill(db, admin, 2)
    for statement in ("UPDATE audit_log SET summary = 'x'", "DELETE FROM audit_log"):
        with pytest.raises(Exception, match="append-only"):
            _sql(db, statement)
    assert verify_chain(db).ok


def test_editing_an_entry_is_found(db, admin):
    ids = _fill(db, admin)
    _drop_triggers(db)
    _sql(db, "UPDATE audit_log SET summary = 'nothing happened' WHERE id = :id", id=ids[2])
    check = verify_chain(db)
    assert (check.ok, check.problem, check.at_id) == (False, "changed", ids[2])
    assert f"#{ids[2]} was changed" in check.message()


def test_editing_an_entry_and_resealing_it_is_found_at_the_next(db, admin):
    from db.audit_chain import seal

    ids = _fill(db, admin)
    _drop_triggers(db)
    _sql(db, "UPDATE audit_log SET summary = 'nothing happened' WHERE id = :id", id=ids[2])
    with db.read() as s:
        row = s.execute(audit._WALK.where(audit._LOG.c.id == ids[2])).mappings().one()
    _sql(db, "UPDATE audit_log SET entry_hash = :h WHERE id = :id", h=seal(row["prev_hash"], row), id=ids[2])
    check = verify_chain(db)
    assert (check.problem, check.at_id) == ("removed", ids[3])


def test_dropping_the_trigger_then_deleting_an_entry_is_found(db, admin):
    ids = _fill(db, admin)
    _drop_triggers(db)
    _sql(db, "DELETE FROM audit_log WHERE id = :id", id=ids[1])
    check = verify_chain(db)
    assert (check.ok, check.problem, check.at_id) == (False, "removed", ids[2])
    assert f"before entry #{ids[2]}" in check.message()


def test_deleting_the_newest_entries_is_found(db, admin):
    ids = _fill(db, admin)
    _drop_triggers(db)
    _sql(db, "DELETE FROM audit_log WHERE id >= :id", id=ids[-2])
    check = verify_chain(db)
    assert (check.problem, check.at_id, check.head_id) == ("truncated", ids[-3], ids[-1])
    _sql(db, "DELETE FROM audit_chain_head")
    assert verify_chain(db).problem == "no_head"


def test_deleting_everything_is_found(db, admin):
    _fill(db, admin)
    _drop_triggers(db)
    _sql(db, "DELETE FROM audit_log")
    assert verify_chain(db).problem == "truncated"


def test_an_entry_added_by_hand_is_found(db, admin):
    ids = _fill(db, admin)
    _sql(
        db,
        "INSERT INTO audit_log (at, username, action, entity, summary, workstation) "
        "VALUES (:at, 'admin', 'login', 'user', '', '')",
        at="2026-11-30 01:00:00.000000",
    )
    check = verify_chain(db)
    assert check.problem == "unsealed" and check.at_id == ids[-1] + 1


def test_the_migration_seals_an_existing_trail(tmp_path):
    """A database from before the chain: its entries are sealed in order by the migration, then appends go on."""
    from alembic import command

    from app.accounts.service import actor_for
    from db import migrate
    from db.engine import Database

    url = "sqlite:///" + str(tmp_path / "old.sqlite3")
    db = Database(url)
    cfg = migrate.alembic_config(url)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001_core")
    with db.write() as s:
        s.execute(
            text(
                "INSERT INTO users (username, display_name, password_hash, active, failed_attempts, "
                "must_change_password, created_at) VALUES ('admin', 'Admin', 'x', 1, 0, 0, '2026-11-01 00:00:00')"
            )
        )
        for i in range(3):
            s.execute(
                text(
                    "INSERT INTO audit_log (at, user_id, username, action, entity, entity_id, summary, after_json, "
                    "workstation) VALUES (:at, 1, 'admin', 'create', 'resident', :eid, '李四', '{\"a\": 1}', 'pc')"
                ),
                {"at": f"2026-11-0{i + 1} 01:02:03.000004", "eid": str(i)},
            )
    migrate.upgrade(db.engine, url)
    check = verify_chain(db)
    assert check.ok and check.entries == 3
    audit_record_in(db, actor_for(db, 1))
    assert verify_chain(db).ok and verify_chain(db).entries == 4
    db.dispose()


def audit_record_in(db, actor) -> None:
    with db.write() as s:
        audit.record(s, actor, "export", "report", None, "after the migration")


def test_a_rolled_back_entry_leaves_the_chain_intact(db, admin):
    _fill(db, admin, 2)
    with pytest.raises(RuntimeError), db.write() as s:
        audit.record(s, admin, "export", "report", None, "rolled back")
        raise RuntimeError
    _fill(db, admin, 2)
    assert verify_chain(db).ok


def _append(url: str, worker: int, rounds: int, start) -> None:
    from app.accounts.service import actor_for
    from db.engine import Database

    db = Database(url)
    actor = actor_for(db, 1)
    start.wait()
    for i in range(rounds):
        with db.write() as s:
            audit.record(s, actor, "export", "report", None, f"worker {worker} entry {i}")
    db.dispose()


def test_several_workstations_appending_at_once_keep_one_chain(db, db_url, admin):
    before = verify_chain(db).entries
    ctx = process_context()  # real processes, started warm (tests/race.py)
    start = ctx.Event()
    workers = [ctx.Process(target=_append, args=(db_url, w, 40, start)) for w in range(3)]
    for p in workers:
        p.start()
    start.set()
    for p in workers:
        p.join(180)
        assert p.exitcode == 0
    check = verify_chain(db)
    assert check.ok, check.message()
    assert check.entries == before + 3 * 40


def _cli(db_path: Path | str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "app", "--lang", "en", "--db", str(db_path), "verify-audit"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        timeout=120,
    )


def test_cli_verify_audit_says_ok_or_the_first_broken_link(db, db_url, admin):
    ids = _fill(db, admin)
    r = _cli(db_url)
    assert r.returncode == 0 and "intact" in r.stdout, r.stderr
    _drop_triggers(db)
    _sql(db, "DELETE FROM audit_log WHERE id = :id", id=ids[1])
    db.dispose()
    r = _cli(db_url)
    assert r.returncode == 1
    assert f"before entry #{ids[2]}" in r.stderr and "Traceback" not in r.stderr


def test_the_audit_viewer_shows_a_red_banner_when_the_chain_is_broken(qtbot, ctx, db, admin, tmp_path):
    from ui.admin.audit import AuditDialog

    ids = _fill(db, admin)
    dialog = AuditDialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.resize(1366, 700)
    dialog.show()
    viewer = dialog.viewer
    qtbot.waitUntil(lambda: viewer.chain_check is not None, timeout=20_000)
    assert viewer.chain_check.ok and not viewer.chain_banner.isVisible()
    _drop_triggers(db)
    _sql(db, "DELETE FROM audit_log WHERE id = :id", id=ids[1])
    viewer.chain_check = None
    viewer.refresh.click()
    qtbot.waitUntil(lambda: viewer.chain_check is not None, timeout=20_000)
    assert viewer.chain_banner.isVisible()
    assert f"before entry #{ids[2]}" in viewer.chain_banner.text()
    dialog.grab().save(str(tmp_path / "audit-banner.png"))
    if os.environ.get("SCREENSHOT_DIR"):
        dialog.grab().save(os.path.join(os.environ["SCREENSHOT_DIR"], "audit-banner.png"))
