"""Data at rest is private (issue 12, item 5): the data folder, the database and its -wal/-shm, backups, the
pre-restore and pre-migrate copies, exported documents and logs are owner-only on POSIX (0600 files, 0700
folders, the umask on top); the log never carries ID numbers, phone numbers, names or SQL parameters."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import pytest
from sqlalchemy import insert, text

from app import backup
from app.residents import service as residents
from app.residents.service import ResidentInput
from tests.backends import sqlite_only

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")

ID_NUMBER = "11010519491231002X"  # a valid GB 11643 number
PHONE = "13812345678"
NAME = "赵善庆"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def umask_022():
    """A typical desktop umask (files 0644, folders 0755 by default), restored afterwards."""
    old = os.umask(0o022)
    yield
    os.umask(old)


@pytest.fixture
def home(tmp_path, monkeypatch, umask_022) -> Path:
    """A data folder of the test's own, and a log configured afresh inside it."""
    from app import logs

    home = tmp_path / "home"
    monkeypatch.setenv("COMMUNITY_DESK_HOME", str(home))
    root = logging.getLogger("community_desk")
    saved = list(root.handlers)
    for handler in saved:
        root.removeHandler(handler)
    monkeypatch.setattr(logs, "_configured", False)
    yield home
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
    for handler in saved:
        root.addHandler(handler)


def _private(path: Path) -> bool:
    return mode(path) & 0o077 == 0


def test_a_new_database_its_wal_and_shm_and_its_folder_are_owner_only(home):
    from app.actor import SYSTEM
    from app.database import open_database
    from app.paths import default_database_path

    path = default_database_path()
    db = open_database("sqlite:///" + str(path))
    try:
        residents.create_resident(db, SYSTEM, ResidentInput(name=NAME, phone=PHONE))
        with db.read() as s:  # a connection open: the -wal and -shm are there
            s.execute(text("SELECT 1"))
            files = [path, Path(f"{path}-wal"), Path(f"{path}-shm")]
            assert all(p.exists() for p in files)
            assert {p.name: oct(mode(p)) for p in files} == {p.name: "0o600" for p in files}
    finally:
        db.dispose()
    assert mode(home) == 0o700
    pre = list(path.parent.glob("*.pre-migrate-*.bak"))
    assert all(mode(p) == 0o600 for p in pre)


@sqlite_only("the database file, its copies and a plain SQLite engine on it")
def test_an_existing_world_readable_database_is_tightened_when_opened(db_path, umask_022):
    from db.engine import Database

    os.chmod(db_path, 0o644)
    db = Database("sqlite:///" + str(db_path))
    with db.read() as s:
        s.execute(text("SELECT 1"))
        assert mode(db_path) == 0o600 and mode(Path(f"{db_path}-wal")) == 0o600
    db.dispose()


def test_the_data_folders_are_owner_only(home):
    from app import paths

    for folder in (paths.data_dir(), paths.log_dir(), paths.documents_dir(), paths.backups_dir()):
        assert mode(folder) == 0o700, folder


@sqlite_only("the database file, its copies and a plain SQLite engine on it")
def test_backups_the_pre_restore_copy_and_a_restored_file_are_owner_only(db, db_path, admin, tmp_path, umask_022):
    residents.create_resident(db, admin, ResidentInput(name=NAME))
    copy = backup.backup_to(db_path, tmp_path / "new-folder" / "bk")
    assert mode(copy) == 0o600 and mode(copy.parent) == 0o700
    kept = backup.restore_from(copy, db_path)
    assert kept is not None and mode(kept) == 0o600
    fresh = tmp_path / "elsewhere" / "restored.sqlite3"
    backup.restore_from(copy, fresh)
    assert mode(fresh) == 0o600 and mode(fresh.parent) == 0o700


@sqlite_only("the database file, its copies and a plain SQLite engine on it")
def test_the_copy_before_a_migration_is_owner_only(db_path, umask_022):
    from db.engine import copy_aside

    assert mode(copy_aside(db_path, "pre-migrate-x")) == 0o600


@sqlite_only("the database file, its copies and a plain SQLite engine on it")
def test_automatic_backups_into_a_new_folder_are_owner_only(db_path, tmp_path, umask_022):
    from app import autobackup

    plan = autobackup.BackupPlan(db_path, tmp_path / "auto", 3, False)
    done = autobackup.make_backup(plan, autobackup.START)
    assert mode(done.path) == 0o600 and mode(done.path.parent) == 0o700


def test_exported_documents_are_owner_only(home, qapp):
    from app.documents.common import output_path
    from ui.common import documents

    pdf = documents.write_document(b"%PDF-1.4\n", "canteen", "settlement")
    assert mode(pdf) == 0o600 and mode(pdf.parent) == 0o700 and mode(pdf.parent.parent) == 0o700
    xlsx = output_path("volunteer-hours", "2026-11", ".xlsx")
    xlsx.write_bytes(b"PK")  # how a caller writes into the path it was given
    assert mode(xlsx) == 0o600


@pytest.mark.parametrize("umask", [0o022, 0o027, 0o077, 0o002])
def test_the_umask_is_respected_on_top(tmp_path, umask):
    from db.files import copy_private, create_private_file, make_private_dir

    old = os.umask(umask)
    try:
        folder = make_private_dir(tmp_path / "a" / "b")
        made = folder / "f"
        create_private_file(made)
        copied = copy_private(made, folder / "g")
    finally:
        os.umask(old)
    assert os.umask(old) == old  # restored exactly
    for path, most in ((tmp_path / "a", 0o700), (folder, 0o700), (made, 0o600), (copied, 0o600)):
        assert mode(path) == most & ~umask


def test_the_log_file_is_owner_only(home):
    from app import logs

    path = logs.configure()
    logging.getLogger("community_desk").info("started")
    for handler in logging.getLogger("community_desk").handlers:
        handler.flush()
    assert mode(path) == 0o600


def _integrity_error(db, admin):
    """A real IntegrityError carrying a full ID number and a name: a second resident with the same ID number,
    written past the service's own duplicate check (as a bug or a race would)."""
    from db.models import Resident

    residents.create_resident(db, admin, ResidentInput(name="李四", id_number=ID_NUMBER, phone=PHONE))
    with pytest.raises(Exception) as caught, db.write() as s:
        s.execute(insert(Resident), {"name": NAME, "id_number": ID_NUMBER, "phone": PHONE})
    assert "IntegrityError" in type(caught.value).__name__
    return caught.value


def _log_text(path: Path) -> str:
    for handler in logging.getLogger("community_desk").handlers:
        handler.flush()
    return path.read_text(encoding="utf-8")


def _assert_clean(text: str) -> None:
    assert ID_NUMBER not in text and ID_NUMBER[:-1] not in text
    assert PHONE not in text
    assert NAME not in text and "李四" not in text
    assert "INSERT INTO" not in text and "[parameters:" not in text.replace("[parameters: (removed)]", "")


def test_an_unexpected_database_error_leaves_no_personal_data_in_the_log(db, admin, home):
    from app import logs

    exc = _integrity_error(db, admin)
    path = logs.log_exception(exc)
    text = _log_text(path)
    assert "IntegrityError" in text and (
        "UNIQUE constraint failed: residents.id_number" in text
        or "duplicate key value violates unique constraint" in text
    )
    _assert_clean(text)


@sqlite_only("the database file, its copies and a plain SQLite engine on it")
def test_the_logger_itself_redacts_what_a_plain_engine_would_leak(db_path, admin, home):
    """Redaction at the logger: even an error from an engine that shows its parameters, and a message with
    numbers and names in it, reach the file clean."""
    from sqlalchemy import create_engine

    from app import logs
    from db.models import Resident

    engine = create_engine("sqlite:///" + str(db_path))  # no hide_parameters
    with pytest.raises(Exception) as caught, engine.begin() as conn:
        for _ in range(2):
            conn.execute(insert(Resident), {"name": NAME, "id_number": ID_NUMBER, "phone": PHONE})
    engine.dispose()
    assert ID_NUMBER in str(caught.value) or NAME in str(caught.value)  # the raw message leaks
    path = logs.log_exception(caught.value)
    logging.getLogger("community_desk").error("lookup for %s %s by %s", ID_NUMBER, PHONE, NAME)
    logging.getLogger("community_desk").error(
        "DETAIL:  Key (id_number)=(%s) already exists. old number 110105491231002", ID_NUMBER
    )
    text = _log_text(path)
    _assert_clean(text)
    assert "110105491231002" not in text
    assert "110105********002X" in text and "138****5678" in text and "Key (id_number)=(…)" in text


def test_the_crash_dialog_shows_the_redacted_details(db, admin, home):
    from app.logs import redacted_traceback

    exc = _integrity_error(db, admin)
    _assert_clean(redacted_traceback(exc))


def test_the_command_line_error_line_is_redacted(db, admin, home, capsys, monkeypatch):
    from app import cli

    exc = _integrity_error(db, admin)

    def boom(_args):
        raise exc

    monkeypatch.setitem(cli.COMMANDS, "init", boom)
    old = os.umask(0o022)
    try:
        assert cli.main(["--lang", "en", "init"]) == 70
    finally:
        os.umask(old)
    _assert_clean(capsys.readouterr().err)
