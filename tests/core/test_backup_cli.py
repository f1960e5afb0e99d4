import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.backup import backup_to, inspect_backup, restore_from, rotate
from app.errors import UserError
from app.residents import service
from app.residents.service import ResidentInput
from tests.backends import backend_free, is_postgresql, sqlite_only
from tests.full_demo import GROUP as FULL_DEMO

ROOT = Path(__file__).resolve().parents[2]


def run_cli(*args, env=None):
    e = dict(os.environ)
    e.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "app", *args], capture_output=True, text=True, cwd=ROOT, env=e, timeout=300
    )


@pytest.fixture
def full_demo_file(full_demo):
    """The SQLite file of this test's copy of the whole demo, closed."""
    from db.engine import sqlite_path

    db, _made = full_demo
    db.dispose()
    return sqlite_path(db.url)


@pytest.mark.skipif(
    not is_postgresql(),
    reason="on SQLite, test_demo_is_deterministic_for_a_seed runs the same `init` then `demo` on a new file",
)
def test_cli_init_then_demo_on_an_empty_database(empty_db_url):
    # On PostgreSQL: `init` on a fresh install (the driver is a dependency), and `demo` (a very urgent request
    # stopped it). 100 residents run the same code as 200 (test_demo_is_deterministic_for_a_seed).
    r = run_cli("--lang", "en", "--db", empty_db_url, "init")
    assert r.returncode == 0, r.stderr
    r = run_cli("--lang", "en", "--db", empty_db_url, "demo", "--residents", "100", "--seed", "5")
    assert r.returncode == 0, r.stderr
    assert "admin" in r.stdout  # demo accounts and their passwords are printed


@sqlite_only("file backups of the SQLite database (a server's are pg_dump's)")
def test_backup_restore_round_trip(db, db_path, admin, tmp_path):
    rid = service.create_resident(db, admin, ResidentInput(name="李四"))
    copy = backup_to(db_path, tmp_path / "b.sqlite3")  # while the database is open
    info = inspect_backup(copy)
    assert info.counts["residents"] == 1
    service.create_resident(db, admin, ResidentInput(name="王五"))
    service.archive_resident(db, admin, rid, "test")
    db.dispose()
    kept = restore_from(copy, db_path)
    assert kept is not None and kept.exists()
    from db.engine import Database

    db2 = Database("sqlite:///" + str(db_path))
    rows = service.search_residents(db2, "l", include_archived=True) + service.search_residents(db2, "w")
    assert [r.name for r in rows] == ["李四"]
    assert not rows[0].archived
    db2.dispose()


@sqlite_only("file backups of the SQLite database (a server's are pg_dump's)")
def test_restore_refuses_what_is_not_ours(tmp_path, db_path):
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all")
    with pytest.raises(UserError, match="not a Community Desk database"):
        restore_from(junk, db_path)
    other = tmp_path / "other.sqlite3"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE x (y)")
    con.commit()
    con.close()
    with pytest.raises(UserError, match="not a Community Desk database"):
        restore_from(other, db_path)


@backend_free("file names in a folder, no database")
def test_rotate_keeps_the_newest(tmp_path):
    for i in range(5):
        (tmp_path / f"community-desk-2026010{i}-000000.sqlite3").write_bytes(b"x")
    removed = rotate(tmp_path, 2)
    assert len(removed) == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "community-desk-20260103-000000.sqlite3",
        "community-desk-20260104-000000.sqlite3",
    ]


@sqlite_only("file backups of the SQLite database (a server's are pg_dump's)")
@pytest.mark.xdist_group(FULL_DEMO)
def test_cli_backup_and_restore_of_the_demo(full_demo_file, tmp_path):
    # the whole demo (300 residents), written once per worker (tests/full_demo.py); `demo` itself from the command
    # line: test_demo_is_deterministic_for_a_seed, and test_cli_init_then_demo_on_an_empty_database on PostgreSQL
    dbfile = full_demo_file
    r = run_cli("--lang", "en", "--db", str(dbfile), "backup", str(tmp_path / "bk") + "/")
    assert r.returncode == 0, r.stderr
    backups = list((tmp_path / "bk").glob("*.sqlite3"))
    assert len(backups) == 1
    r = run_cli("--lang", "en", "--db", str(dbfile), "restore", str(backups[0]))
    assert r.returncode == 0, r.stderr
    assert "residents 300" in r.stdout


@backend_free("the command line on SQLite files of its own (a path, not db_url)")
def test_demo_is_deterministic_for_a_seed(tmp_path):
    # Two processes (each its own hash seed) write the whole demo for one seed and must agree. 100 residents run the
    # same code as 200 or 2,000: one batch of `resident_rows` drawing from the seeded generator (a batch holds 5,000),
    # then every counter's demo from the same generator; only the number of draws differs.
    # The first file is made by `init`, then `demo` (what a new center does; on PostgreSQL:
    # test_cli_init_then_demo_on_an_empty_database), the second by `demo` alone.
    names = []
    for i in range(2):
        dbfile = tmp_path / f"d{i}.db"
        if i == 0:
            r = run_cli("--lang", "en", "--db", str(dbfile), "init")
            assert r.returncode == 0, r.stderr
        r = run_cli("--db", str(dbfile), "demo", "--residents", "100", "--seed", "3", env={"COMMUNITY_DESK_LANG": "en"})
        assert r.returncode == 0, r.stderr
        assert "admin" in r.stdout  # demo accounts and their passwords are printed
        con = sqlite3.connect(dbfile)
        names.append(con.execute("SELECT name, id_number, birth_date FROM residents ORDER BY id").fetchall())
        con.close()
    assert names[0] == names[1]
    assert len({n[1] for n in names[0] if n[1]}) == len([n for n in names[0] if n[1]])


@backend_free("the command line on a SQLite file of its own (a path, not db_url)")
def test_env_variable_picks_the_database(tmp_path):
    dbfile = tmp_path / "env.db"
    r = run_cli("init", env={"COMMUNITY_DESK_DB": str(dbfile), "COMMUNITY_DESK_LANG": "en"})
    assert r.returncode == 0, r.stderr
    assert dbfile.exists()


@backend_free("the command line's refusals, on SQLite files of its own or none")
@pytest.mark.parametrize(
    "args, fragment",
    [
        (["--bogus"], "unrecognized"),
        (["restore", "/nonexistent/file"], "not a file"),
        (["demo", "--residents", "abc"], "invalid int"),
        (["--db", "/etc/passwd", "init"], "not a database"),
    ],
)
def test_cli_errors_are_one_line_without_traceback(tmp_path, args, fragment):
    if "restore" in args:
        args = ["--db", str(tmp_path / "r.db"), *args]
    r = run_cli("--lang", "en", *args)
    assert r.returncode != 0
    assert "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1, r.stderr
    assert fragment in r.stderr


@backend_free("the command line on a SQLite file of its own (a path, not db_url)")
def test_cli_speaks_chinese_by_default(tmp_path):
    r = run_cli("--db", str(tmp_path / "zh.db"), "init", env={"COMMUNITY_DESK_LANG": ""})
    assert r.returncode == 0
    assert "数据库" in r.stdout


@backend_free("the command line's help, no database")
def test_version_and_help():
    r = run_cli("--version")
    assert r.returncode == 0 and "community-desk" in r.stdout
    for sub in ([], ["init"], ["demo"], ["backup"], ["restore"]):
        r = run_cli(*sub, "--help")
        assert r.returncode == 0 and "usage" in r.stdout.lower() or "用法" in r.stdout


NO_QT = r"""
import builtins, sys
real = builtins.__import__
def guarded(name, *a, **k):
    if name == "PySide6" or name.startswith("PySide6."):
        raise ImportError("PySide6 is unavailable in this test")
    return real(name, *a, **k)
builtins.__import__ = guarded
import app, db, db.models, db.engine, db.migrate
import app.cli, app.demo, app.backup, app.database, app.settings, app.residents.service, app.documents.receipt
import app.documents.sheet, app.accounts.login, app.workdays, app.audit
import importlib, pkgutil
for mod in pkgutil.walk_packages(app.__path__, "app."):
    if mod.name != "app.__main__":  # that one starts the program
        importlib.import_module(mod.name)
for mod in pkgutil.walk_packages(db.__path__, "db."):
    if "migrations" not in mod.name:
        importlib.import_module(mod.name)
assert not any(m.startswith("PySide6") for m in sys.modules)
print("ok")
"""


@backend_free("imports the modules, no database")
def test_app_and_db_import_without_qt():
    r = subprocess.run([sys.executable, "-c", NO_QT], capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "ok"
