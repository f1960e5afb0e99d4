import json
import os
import sqlite3
import subprocess
import sys
import threading

import pytest
from sqlalchemy import text

from app import sequences
from app.database import open_database
from app.errors import KnownDatabaseError
from db.engine import APPLICATION_ID, Database
from db.migrate import current_revisions, head_revisions
from tests.backends import sqlite_only


def test_a_new_database_is_migrated(empty_db_url):
    db = open_database(empty_db_url)
    assert current_revisions(db.engine) == head_revisions()
    db.dispose()


@sqlite_only("PRAGMAs and the application id are SQLite's")
def test_new_database_is_migrated_marked_and_tuned(tmp_path):
    db = open_database("sqlite:///" + str(tmp_path / "new.db"))
    assert current_revisions(db.engine) == head_revisions()
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA application_id").scalar() == APPLICATION_ID
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
    db.dispose()


@sqlite_only("a file that is not SQLite")
def test_not_a_database_is_refused_clearly(tmp_path):
    bad = tmp_path / "notes.db"
    bad.write_text("hello, this is not SQLite " * 20)
    with pytest.raises(KnownDatabaseError, match="not a database"):
        open_database("sqlite:///" + str(bad))


@sqlite_only("another program's SQLite file")
def test_someone_elses_database_is_refused(tmp_path):
    other = tmp_path / "other.db"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    with pytest.raises(KnownDatabaseError, match="another program"):
        open_database("sqlite:///" + str(other))


def test_newer_schema_is_refused(db, db_url):
    with db.write() as s:
        s.execute(text("INSERT INTO alembic_version VALUES ('9999_from_the_future')"))
    db.dispose()
    with pytest.raises(KnownDatabaseError, match="newer version"):
        open_database(db_url)


# What the app's start does with the database (ui.application), in a process of its own: which modules it imported.
OPEN_AS_THE_APP = """
import json, sys
from app.database import open_database
from app.errors import KnownDatabaseError
try:
    open_database(sys.argv[1], official_calendar=True).dispose()
    refused = None
except KnownDatabaseError as exc:
    refused = exc.message
print(json.dumps({"refused": refused, "alembic": sorted(m for m in sys.modules if m.split(".")[0] == "alembic")}))
"""


def _open_in_a_fresh_process(url: str) -> dict:
    env = dict(os.environ, COMMUNITY_DESK_LANG="en")
    done = subprocess.run(
        [sys.executable, "-c", OPEN_AS_THE_APP, url], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])


def test_opening_a_current_database_does_not_import_alembic(db_url):
    """Every start opened the database through Alembic's MigrationContext and ScriptDirectory only to learn that
    nothing was to be done: 0.27 s of CPU. The revisions are now read plainly; Alembic loads when an upgrade runs."""
    assert _open_in_a_fresh_process(db_url) == {"refused": None, "alembic": []}


def test_a_newer_database_is_refused_as_before_without_alembic(db_url):
    database = Database(db_url)
    with database.write() as s:
        s.execute(text("INSERT INTO alembic_version VALUES ('9999_from_the_future')"))
    database.dispose()
    expected = "This database was written by a newer version of Community Desk. Install the newer version."
    assert _open_in_a_fresh_process(db_url) == {"refused": expected, "alembic": []}


def test_an_older_database_is_upgraded_at_start(empty_db_url):
    """Only the core revision applied, as a database from before the counters' branches: the start applies the rest
    (Alembic loads for it)."""
    from alembic import command

    from db.migrate import alembic_config

    database = Database(empty_db_url)
    cfg = alembic_config(empty_db_url)
    with database.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001_core")
    database.dispose()
    db = open_database(empty_db_url)
    assert current_revisions(db.engine) == head_revisions() != {"0001_core"}
    db.dispose()


@sqlite_only("SQLite's exclusive file lock; on a server a writer waits on row locks instead")
def test_locked_database_gives_a_clear_message(db_path, monkeypatch):
    import db.engine as engine_mod

    monkeypatch.setattr(engine_mod, "BUSY_TIMEOUT_MS", 200)
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("INSERT INTO sequences VALUES ('x', 1)")
    try:
        db = Database("sqlite:///" + str(db_path))
        from db.errors import DatabaseProblem

        with pytest.raises(DatabaseProblem) as err:
            with db.write() as s:
                s.execute(text("UPDATE sequences SET value = 2"))
        assert err.value.kind == DatabaseProblem.LOCKED
        db.dispose()
    finally:
        holder.execute("ROLLBACK")
        holder.close()


@sqlite_only("the copy aside is of the SQLite file (a server's backups are pg_dump's)")
def test_migration_copies_the_file_aside_first(tmp_path):
    """An older database (only the core revision applied) is copied aside before upgrading."""
    from alembic import command

    from db.migrate import alembic_config, upgrade

    path = tmp_path / "old.sqlite3"
    url = "sqlite:///" + str(path)
    db = Database(url)
    cfg = alembic_config(url)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001_core")
    assert current_revisions(db.engine) == {"0001_core"}
    backup = upgrade(db.engine, db.url)
    assert current_revisions(db.engine) == head_revisions()
    if head_revisions() == {"0001_core"}:
        assert backup is None  # nothing to do, nothing copied
    else:
        assert backup is not None and backup.exists()
        copy = sqlite3.connect(backup)
        assert copy.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001_core",)]
        copy.close()
    db.dispose()


def test_sequences_are_gapless_under_rollback(db):
    with db.write() as s:
        assert sequences.next_value(s, "t") == 1
    with pytest.raises(RuntimeError):
        with db.write() as s:
            assert sequences.next_value(s, "t") == 2
            raise RuntimeError("save failed")
    with db.write() as s:
        assert sequences.next_value(s, "t") == 2


def test_sequences_unique_across_threads(db):
    got: list[int] = []
    lock = threading.Lock()

    def worker():
        for _ in range(20):
            with db.write() as s:
                n = sequences.next_value(s, "threads")
            with lock:
                got.append(n)

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(got) == list(range(1, 81))


WORKER = r"""
import sys
from db.engine import Database
from app import sequences
db = Database(sys.argv[1])
out = []
for _ in range(int(sys.argv[2])):
    with db.write() as s:
        out.append(sequences.next_value(s, "procs"))
print(" ".join(map(str, out)))
"""


def test_sequences_unique_across_processes(db_url):
    procs = [
        subprocess.Popen([sys.executable, "-c", WORKER, db_url, "40"], stdout=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    numbers = []
    for p in procs:
        out, _ = p.communicate(timeout=120)
        assert p.returncode == 0
        numbers += [int(x) for x in out.split()]
    assert sorted(numbers) == list(range(1, 81))


def test_audit_log_is_append_only(db, admin):
    from app import audit

    with db.write() as s:
        audit.record(s, admin, "test", "x", 1, "hello")
    with pytest.raises(Exception, match="append-only"):
        with db.write() as s:
            s.execute(text("UPDATE audit_log SET summary = 'changed'"))
    with pytest.raises(Exception, match="append-only"):
        with db.write() as s:
            s.execute(text("DELETE FROM audit_log"))


# What the self-check does with the database this PC opens (app.selfcheck.check_database): a look, read only.
LOOK_AS_THE_SELFCHECK = """
import json, sys
from app.database import open_database
from db.migrate import current_revisions
db = open_database(sys.argv[1], migrate=False, create=False)
revisions = sorted(current_revisions(db.engine))
db.dispose()
print(json.dumps({"revisions": len(revisions), "orm": "sqlalchemy.orm" in sys.modules}))
"""


def test_a_look_at_a_database_does_not_load_the_orm(db_url):
    """The self-check opens the database this PC uses to look at its revisions: the ORM's sessions are made on first
    use (db.engine.Database), so that look does not import sqlalchemy.orm (0.1 s); reads and writes still do."""
    done = subprocess.run(
        [sys.executable, "-c", LOOK_AS_THE_SELFCHECK, db_url], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.splitlines()[-1]) == {"revisions": len(head_revisions()), "orm": False}
    database = Database(db_url)
    with database.read() as s:
        assert s.execute(text("SELECT 1")).scalar() == 1
    database.dispose()
