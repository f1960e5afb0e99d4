"""Backups of a server database with PostgreSQL's own tools (issue 13 item 7): `backup` writes a pg_dump
custom-format file, `restore` loads one into an EMPTY database after checking it; both refuse clearly when the
tools are missing or the target is not empty."""

from __future__ import annotations

import datetime as dt
import subprocess

import pytest
from sqlalchemy import func, select, text

from app import cli, pgbackup
from app.paths import backups_dir
from app.residents import service as residents
from app.residents.service import ResidentInput
from db.engine import Database
from db.models import Resident
from tests.pgops.server import pg_bin


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(["--lang", "en", *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _residents(url: str) -> list[str]:
    db = Database(url)
    try:
        with db.read() as s:
            return list(s.scalars(select(Resident.name).order_by(Resident.id)))
    finally:
        db.dispose()


@pytest.fixture
def filled(pg_url):
    from app.accounts.service import actor_for

    db = Database(pg_url)
    admin = actor_for(db, 1)
    residents.create_resident(db, admin, ResidentInput(name="赵善庆", birth_date=dt.date(1944, 5, 1)))
    residents.create_resident(db, admin, ResidentInput(name="钱小明", birth_date=dt.date(1990, 5, 1)))
    db.dispose()
    return pg_url


def test_backup_and_restore_into_an_empty_database(capsys, tmp_path, filled, pg_empty):
    dump = tmp_path / "center.dump"
    code, out, err = _run(capsys, "--db", filled, "backup", str(dump))
    assert code == 0, err
    assert f"Backup written: {dump}" in out
    assert dump.read_bytes()[:5] == b"PGDMP"  # pg_dump's custom format
    listing = subprocess.run([pg_bin("pg_restore"), "--list", str(dump)], capture_output=True, text=True, check=True)
    assert "TABLE public residents" in listing.stdout  # PostgreSQL's own tool reads it
    assert not list(tmp_path.glob("*.part"))

    code, out, err = _run(capsys, "--db", pg_empty, "restore", str(dump))
    assert code == 0, err
    assert "residents 2" in out and "users 1" in out
    assert _residents(pg_empty) == ["赵善庆", "钱小明"]
    # the restored database is a working Community Desk database: the app opens it and its numbers go on
    from app.database import open_database

    db = open_database(pg_empty)
    with db.read() as s:
        assert s.execute(select(func.count()).select_from(Resident)).scalar() == 2
    db.dispose()


def test_backup_into_the_backups_folder_by_default(capsys, filled):
    code, out, err = _run(capsys, "--db", filled, "backup")
    assert code == 0, err
    written = sorted(backups_dir().glob("community-desk-*.dump"))
    assert written and str(written[-1]) in out


def test_restore_refuses_a_database_that_is_not_empty(capsys, tmp_path, filled, pg_server):
    dump = pgbackup.backup(filled, tmp_path / "a.dump").path
    code, _out, err = _run(capsys, "--db", filled, "restore", str(dump))
    assert code == 1
    assert "is not empty, so nothing was restored" in err and "new, empty database" in err
    assert _residents(filled) == ["赵善庆", "钱小明"]
    # a table of any kind counts
    other = pg_server.app_url(pg_server.new_database())
    db = Database(other)
    with db.write() as s:
        s.execute(text("CREATE TABLE notes (id int)"))
    db.dispose()
    code, _out, err = _run(capsys, "--db", other, "restore", str(dump))
    assert code == 1 and "is not empty" in err


def test_tools_missing_are_refused_clearly_and_nothing_is_written(capsys, tmp_path, filled, pg_empty, monkeypatch):
    dump = pgbackup.backup(filled, tmp_path / "a.dump").path
    monkeypatch.setenv("PATH", str(tmp_path / "empty-bin"))
    monkeypatch.setattr(pgbackup, "TOOL_DIRS", [])
    code, _out, err = _run(capsys, "--db", filled, "backup", str(tmp_path / "b.dump"))
    assert code == 1
    assert "pg_dump was not found" in err and "PATH" in err
    assert not (tmp_path / "b.dump").exists() and not list(tmp_path.glob("*.part"))
    code, _out, err = _run(capsys, "--db", pg_empty, "restore", str(dump))
    assert code == 1 and "pg_restore was not found" in err
    assert _residents_or_nothing(pg_empty) is None


def _residents_or_nothing(url: str):
    db = Database(url)
    try:
        with db.read() as s:
            n = s.execute(text("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).scalar()
            return None if n == 0 else n
    finally:
        db.dispose()


def test_restore_refuses_what_is_not_our_dump(capsys, tmp_path, pg_server, pg_empty):
    junk = tmp_path / "notes.dump"
    junk.write_text("not a dump")
    code, _out, err = _run(capsys, "--db", pg_empty, "restore", str(junk))
    assert code == 1 and "not a Community Desk backup" in err
    # a real pg_dump of another program's database
    other = pg_server.new_database()
    pg_server.sql("CREATE TABLE invoices (id int)", database=other)
    foreign = tmp_path / "foreign.dump"
    subprocess.run(
        [pg_bin("pg_dump"), "-Fc", "-f", str(foreign), pg_server.url(other).replace("+psycopg", "")], check=True
    )
    code, _out, err = _run(capsys, "--db", pg_empty, "restore", str(foreign))
    assert code == 1 and "not a Community Desk backup" in err
    assert _residents_or_nothing(pg_empty) is None
    # and backing up that database is refused, no file left
    code, _out, err = _run(capsys, "--db", pg_server.url(other), "backup", str(tmp_path / "x.dump"))
    assert code == 1 and "is not a Community Desk database" in err
    assert not (tmp_path / "x.dump").exists() and not list(tmp_path.glob("x.dump*"))


def test_restore_refuses_a_backup_from_a_newer_version(capsys, tmp_path, pg_url, pg_empty):
    db = Database(pg_url)
    with db.write() as s:
        s.execute(text("INSERT INTO alembic_version (version_num) VALUES ('future_9999')"))
    db.dispose()
    dump = tmp_path / "future.dump"
    assert _run(capsys, "--db", pg_url, "backup", str(dump))[0] == 0
    code, _out, err = _run(capsys, "--db", pg_empty, "restore", str(dump))
    assert code == 1 and "newer version" in err
    assert _residents_or_nothing(pg_empty) is None


def test_backup_with_a_wrong_password_names_it_and_writes_nothing(capsys, tmp_path, pg_server, filled):
    wrong = filled.replace(":desk-secret-pw@", ":wrong-pw@")
    code, _out, err = _run(capsys, "--db", wrong, "backup", str(tmp_path / "w.dump"))
    assert code == 1
    assert "refused the user name or password" in err and "wrong-pw" not in err
    assert not list(tmp_path.iterdir())
