"""The self-check's checks without Qt (app/selfcheck.py): the database this PC opens, read only; the folders; the
receipt. Issue 15: the self-check proves what an installation can get wrong, cheaply, and touches nobody's data."""

import sqlite3
from pathlib import Path

import pytest

from app import selfcheck


def test_a_migrated_database_is_reachable_and_current(db_url):
    check = selfcheck.check_database(db_url)
    assert check.ok and "schema current" in check.text, check.text


def test_an_empty_database_passes_and_is_left_empty(empty_db_url):
    from db.engine import Database, sqlite_path

    check = selfcheck.check_database(empty_db_url)
    assert check.ok, check.text
    path = sqlite_path(empty_db_url)
    if path is not None:
        assert not path.exists()  # not created
    else:
        database = Database(empty_db_url)
        try:
            from sqlalchemy import inspect

            with database.engine.connect() as conn:
                assert inspect(conn).get_table_names() == []  # nothing created on the server
        finally:
            database.dispose()


@pytest.mark.sqlite_only(reason="the file's bytes are compared")
def test_the_database_file_is_not_written(db_path):
    before = db_path.read_bytes()
    check = selfcheck.check_database("sqlite:///" + str(db_path))
    assert check.ok, check.text
    assert db_path.read_bytes() == before


@pytest.mark.sqlite_only(reason="a file that is not ours")
def test_a_database_of_another_program_fails(tmp_path):
    path = tmp_path / "other.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE things (id INTEGER)")
    con.commit()
    con.close()
    check = selfcheck.check_database("sqlite:///" + str(path))
    assert not check.ok and "another program" in check.text, check.text


@pytest.mark.sqlite_only(reason="a file that is not a database")
def test_a_file_that_is_not_a_database_fails(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"these are not the tables you are looking for" * 10)
    check = selfcheck.check_database("sqlite:///" + str(path))
    assert not check.ok and "not a database" in check.text, check.text


def test_a_database_written_by_a_newer_version_fails(db_url):
    from db.engine import Database

    database = Database(db_url)
    try:
        with database.engine.begin() as conn:
            conn.exec_driver_sql("INSERT INTO alembic_version (version_num) VALUES ('zz_9999_from_the_future')")
    finally:
        database.dispose()
    check = selfcheck.check_database(db_url)
    assert not check.ok and "newer version" in check.text, check.text


def test_an_older_schema_passes_as_upgradable(db_url):
    from db import migrate
    from db.engine import Database

    script = migrate.script_directory()
    head = next(script.get_revision(h) for h in sorted(script.get_heads()) if script.get_revision(h).down_revision)
    parent = head.down_revision if isinstance(head.down_revision, str) else head.down_revision[0]
    database = Database(db_url)
    try:
        with database.engine.begin() as conn:  # one branch a revision behind, as before an update
            conn.exec_driver_sql(f"UPDATE alembic_version SET version_num = '{parent}' WHERE version_num = '{head.revision}'")
    finally:
        database.dispose()
    check = selfcheck.check_database(db_url)
    assert check.ok and "older schema" in check.text, check.text


def test_a_server_that_cannot_be_reached_fails():
    check = selfcheck.check_database("postgresql+psycopg://nobody:secret@127.0.0.1:9/nothing?connect_timeout=2")
    assert not check.ok and "secret" not in check.text, check.text


def test_folders_that_take_no_file_fail(tmp_path):
    good = tmp_path / "data"
    good.mkdir()
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the folder should be")
    assert selfcheck.check_writable([good]).ok
    assert list(good.iterdir()) == []  # the probe file is removed
    check = selfcheck.check_writable([good, blocked])
    assert not check.ok and str(blocked) in check.text


def test_the_receipt_is_drawn():
    check = selfcheck.check_receipt()
    assert check.ok, check.text


def test_a_missing_migrations_folder_fails(monkeypatch, tmp_path):
    from db import migrate

    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", Path(tmp_path / "nowhere"))
    check = selfcheck.check_database("sqlite:///" + str(tmp_path / "x.sqlite3"))
    assert not check.ok, check.text
