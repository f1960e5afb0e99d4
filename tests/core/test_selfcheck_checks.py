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
            conn.exec_driver_sql(
                f"UPDATE alembic_version SET version_num = '{parent}' WHERE version_num = '{head.revision}'"
            )
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
    from db import migration_files

    monkeypatch.setattr(migration_files, "MIGRATIONS_DIR", Path(tmp_path / "nowhere"))
    check = selfcheck.check_database("sqlite:///" + str(tmp_path / "x.sqlite3"))
    assert not check.ok, check.text


def _installed_migrations(monkeypatch, tmp_path) -> Path:
    """A copy of the shipped migrations that the check reads instead (to break one file of it)."""
    import shutil

    from db import migration_files

    copy = tmp_path / "migrations"
    shutil.copytree(migration_files.MIGRATIONS_DIR, copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(migration_files, "MIGRATIONS_DIR", copy)
    return copy / "versions"


@pytest.mark.parametrize("db", ["none yet", "migrated"])
def test_a_migration_missing_from_the_installation_fails(monkeypatch, tmp_path, db, db_url):
    """Issue 15: the migrations are read from their files, not loaded through Alembic (0.7 s of imports): a file
    the installer left out still fails the check, whether or not there is a database yet."""
    versions = _installed_migrations(monkeypatch, tmp_path)
    (versions / "canteen_0001.py").unlink()  # canteen_0002 names it as its parent
    url = db_url if db == "migrated" else "sqlite:///" + str(tmp_path / "x.sqlite3")
    check = selfcheck.check_database(url)
    assert not check.ok and "revision canteen_0001 missing" in check.text, check.text


def test_a_migration_that_imports_a_module_not_installed_fails(monkeypatch, tmp_path):
    versions = _installed_migrations(monkeypatch, tmp_path)
    path = versions / "volunteers_0001.py"
    path.write_text(path.read_text().replace("from alembic import op", "from alembic import op\nimport rostering_kit"))
    check = selfcheck.check_database("sqlite:///" + str(tmp_path / "x.sqlite3"))
    assert not check.ok and "volunteers_0001.py" in check.text and "rostering_kit" in check.text, check.text


@pytest.mark.parametrize("cut_at", ["branch_labels", "nullable=True"])  # after the header (still Python), in upgrade()
def test_a_migration_file_cut_short_fails(monkeypatch, tmp_path, cut_at):
    versions = _installed_migrations(monkeypatch, tmp_path)
    path = versions / "library_0002_desk_due.py"
    text = path.read_text()
    path.write_text(text[: text.index(cut_at)])  # an interrupted copy
    check = selfcheck.check_database("sqlite:///" + str(tmp_path / "x.sqlite3"))
    assert not check.ok and "library_0002_desk_due.py" in check.text, check.text
