"""The Data dialog, automatic backups around the main window, and the damaged-database dialog at start."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QWidget

from app import autobackup, backup, settings
from app.residents import service as residents
from app.residents.service import ResidentInput
from tests.backends import sqlite_only
from tests.safety.test_backup import corrupt, names

pytestmark = sqlite_only(
    "file backups and integrity checks of the SQLite database; a server's backups are pg_dump's (issue 13 item 7)"
)


@pytest.fixture
def folder(db, admin, tmp_path) -> Path:
    path = tmp_path / "usb" / "backups"
    path.parent.mkdir()
    settings.set_many(db, admin, {"backup.folder": str(path), "backup.keep": 5})
    return path


def wait_idle(qtbot, dialog) -> None:
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)


def interactive_without_names(root: QWidget) -> list[str]:
    return [
        w.objectName() or type(w).__name__
        for w in root.findChildren(QAbstractButton)
        if w.isVisibleTo(root) and (not w.objectName() or not w.accessibleName())
    ]


def test_the_data_dialog_lists_what_each_backup_holds(qtbot, qtmodeltester, ctx, db, admin, folder, frozen):
    from ui.backup.dialog import BackupDialog

    frozen(dt.datetime(2026, 11, 30, 8, 0))
    residents.create_resident(db, admin, ResidentInput(name="李四"))
    autobackup.make_backup(autobackup.BackupPlan.load(db), autobackup.START)
    (folder / "community-desk-20261129-180000-exit.sqlite3").write_bytes(b"not a database")
    dialog = BackupDialog(ctx)
    qtbot.addWidget(dialog)
    wait_idle(qtbot, dialog)
    qtmodeltester.check(dialog.model)
    rows = [[dialog.model.display(dialog.model.row_at(r), c) for c in range(9)] for r in range(2)]
    assert rows[0][:7] == ["2026-11-30 08:00:00", "Daily, at start", "1", "0", "0", "0", "0"]
    assert rows[1][1] == "community-desk-20261129-180000-exit.sqlite3 is not a Community Desk database."
    assert str(folder) in dialog.folder_label.text()
    assert interactive_without_names(dialog) == []
    frozen(dt.datetime(2026, 11, 30, 9, 0))
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3, timeout=30_000)
    assert dialog.model.row_at(0).path.name == "community-desk-20261130-090000.sqlite3"
    with db.read() as s:
        from db.models import AuditEntry

        entry = s.query(AuditEntry).filter(AuditEntry.entity == "database").one()
        assert entry.action == "export" and entry.summary == "community-desk-20261130-090000.sqlite3"


def test_restore_from_the_dialog_round_trip(qtbot, ctx, db, admin, folder, no_dialogs, frozen):
    from ui.backup import open_backup_dialog
    from ui.main_window import MainWindow

    frozen(dt.datetime(2026, 11, 30, 8, 0))
    residents.create_resident(db, admin, ResidentInput(name="李四"))
    autobackup.make_backup(autobackup.BackupPlan.load(db), autobackup.START)
    frozen(dt.datetime(2026, 11, 30, 10, 0))
    residents.create_resident(db, admin, ResidentInput(name="王五"))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    rebuilt = []
    window.rebuild_for_actor = lambda: rebuilt.append(True)
    dialog = open_backup_dialog(window, ctx)
    wait_idle(qtbot, dialog)
    no_dialogs.confirm_answers = [False]
    dialog.restore_selected()  # answered No: nothing changes
    qtbot.waitUntil(lambda: any(k == "confirm" for k, _t in no_dialogs.messages), timeout=30_000)
    wait_idle(qtbot, dialog)
    assert names(db) == ["李四", "王五"]
    question = [t for k, t in no_dialogs.messages if k == "confirm"][0]
    assert "2026-11-30 08:00" in question and "1 residents" in question
    dialog.restore_selected()  # Yes
    qtbot.waitUntil(lambda: bool(rebuilt), timeout=30_000)
    assert names(db) == ["李四"]
    kept = sorted(Path(db.path).parent.glob("*.before-restore-*.bak"))
    assert len(kept) == 1 and backup.peek_backup(kept[0]).counts["residents"] == 2
    assert any(k == "inform" and "was restored" in t for k, t in no_dialogs.messages)
    with db.read() as s:
        from db.models import AuditEntry

        assert s.query(AuditEntry).filter(AuditEntry.action == "restore").count() == 1
    residents.create_resident(db, admin, ResidentInput(name="赵六"))
    assert names(db) == ["李四", "赵六"]
    dialog.close()


def test_the_dialog_refuses_a_file_that_is_not_ours(qtbot, ctx, db, admin, folder, no_dialogs, monkeypatch, tmp_path):
    from ui.backup import dialog as backup_dialog

    residents.create_resident(db, admin, ResidentInput(name="李四"))
    other = tmp_path / "wechat.db"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE message (x)")
    con.commit()
    con.close()
    monkeypatch.setattr(backup_dialog, "choose_file", lambda parent, start: other)
    dialog = backup_dialog.BackupDialog(ctx)
    qtbot.addWidget(dialog)
    wait_idle(qtbot, dialog)
    dialog.restore_from_file()
    qtbot.waitUntil(lambda: any(k == "error" for k, _t in no_dialogs.messages), timeout=30_000)
    assert no_dialogs.messages == [("error", "wechat.db is not a Community Desk database.")]
    assert names(db) == ["李四"]


def test_only_an_admin_restores(qtbot, qapp, db, folder, no_dialogs):
    from app.accounts.service import actor_for
    from db.models import User, UserRole
    from ui.backup.dialog import BackupDialog
    from ui.context import AppContext

    with db.write() as s:
        user = User(username="shouyin", display_name="收银员")
        user.roles = [UserRole(role="cashier")]
        s.add(user)
        s.flush()
        uid = user.id
    dialog = BackupDialog(AppContext(db, actor_for(db, uid)))
    qtbot.addWidget(dialog)
    assert not dialog.restore_button.isVisibleTo(dialog) and not dialog.restore_file_button.isVisibleTo(dialog)
    dialog.restore(Path("/anything"))
    assert no_dialogs.messages == [("warn", "Only an administrator restores a backup.")]


def test_automatic_backups_at_start_and_on_closing(qtbot, ctx, db, folder, frozen):
    from ui.backup import auto
    from ui.main_window import MainWindow

    frozen(dt.datetime(2026, 11, 30, 8, 0))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    backups = auto.install(window, ctx)
    qtbot.waitUntil(lambda: backups.last is not None, timeout=30_000)
    assert backups.last.path.name == "community-desk-20261130-080000-start.sqlite3"
    assert "first backup" in window.statusBar().currentMessage()
    assert backups.start_of_day() is None  # once a day
    frozen(dt.datetime(2026, 11, 30, 17, 30))
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=30_000)
    assert [p.name for p in backup.list_backups(folder)] == [
        "community-desk-20261130-173000-exit.sqlite3",
        "community-desk-20261130-080000-start.sqlite3",
    ]
    backups.finish_now()  # already done on closing: no third backup
    assert len(backup.list_backups(folder)) == 2


def test_a_missing_usb_drive_is_said_and_closing_still_works(qtbot, ctx, db, admin, tmp_path, no_dialogs):
    from ui.backup import auto
    from ui.main_window import MainWindow

    settings.set_many(db, admin, {"backup.folder": str(tmp_path / "media" / "usb")})
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    backups = auto.install(window, ctx)
    qtbot.waitUntil(lambda: bool(backups.last_error), timeout=30_000)
    assert "cannot be reached" in backups.problem_label.text() and backups.problem_label.isVisibleTo(window)
    assert [k for k, _t in no_dialogs.messages] == ["warn"]
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=30_000)
    assert [k for k, _t in no_dialogs.messages] == ["warn", "warn"]
    assert "No backup was made on closing" in no_dialogs.messages[-1][1]
    assert not (tmp_path / "media").exists()


def test_a_damaged_database_at_start_offers_the_latest_good_backup(
    qtbot, qapp, db, db_path, admin, no_dialogs, monkeypatch
):
    from app.paths import data_dir
    from ui.backup import startup

    for i in range(300):
        residents.create_resident(db, admin, ResidentInput(name=f"居民{i}", phone=f"1380000{i:04d}"))
    good = autobackup.make_backup(
        autobackup.BackupPlan(db_path, data_dir() / "backups", 5, False), autobackup.START
    ).path
    db.dispose()
    corrupt(db_path)
    url = "sqlite:///" + str(db_path)
    check = startup.start_check(url)
    offered = []

    def choose_latest(path, detail, latest, folders):
        offered.append((latest.path if latest else None, detail))
        return latest.path

    monkeypatch.setattr(startup, "ask_damaged", choose_latest)
    from db.engine import Database

    new_db, actor = startup.settle(check, db, admin, reopen=lambda: Database(url), sign_in_again=lambda d, name: None)
    assert offered and offered[0][0] == good and offered[0][1] != "ok"
    assert actor.user_id == admin.user_id and len(names(new_db)) == 300
    assert list(db_path.parent.glob(f"{db_path.name}.damaged-*"))
    with new_db.read() as s:
        from db.models import AuditEntry

        assert s.query(AuditEntry).filter(AuditEntry.action == "restore").count() == 1
    assert any(k == "inform" and good.name in t for k, t in no_dialogs.messages)
    new_db.dispose()


def test_quitting_at_the_damaged_dialog_changes_nothing(qtbot, qapp, db, db_path, admin, monkeypatch):
    from ui.backup import startup

    db.dispose()
    corrupt(db_path)
    before = db_path.read_bytes()
    monkeypatch.setattr(startup, "ask_damaged", lambda path, detail, latest, folders: None)
    check = startup.start_check("sqlite:///" + str(db_path))
    assert startup.settle(check, db, admin, reopen=lambda: None, sign_in_again=lambda d, n: None) == (None, None)
    assert db_path.read_bytes() == before


def test_the_damaged_dialog_itself(qtbot, db, db_path, tmp_path):
    from ui.backup.startup import DamagedDialog

    copy = backup.backup_to(db_path, tmp_path / "b.sqlite3")
    info = backup.peek_backup(copy)
    dialog = DamagedDialog(db_path, "database disk image is malformed", info, [tmp_path])
    qtbot.addWidget(dialog)
    assert "database disk image is malformed" in dialog.message.text()
    assert dialog.restore_button.isVisibleTo(dialog) and dialog.restore_button.isDefault()
    assert interactive_without_names(dialog) == []
    dialog.restore_button.click()
    assert (dialog.choice, dialog.chosen) == ("restore", copy)
    none = DamagedDialog(db_path, "malformed", None, [tmp_path])
    qtbot.addWidget(none)
    assert not none.restore_button.isVisibleTo(none) and "No good backup" in none.message.text()
    none.quit_button.click()
    assert none.choice == "quit"


def test_a_database_too_damaged_to_open_is_offered_a_backup_too(qtbot, qapp, db, db_path, no_dialogs, monkeypatch):
    from app.errors import KnownDatabaseError
    from app.paths import data_dir
    from db.errors import DatabaseProblem
    from ui.backup import startup

    folder = data_dir() / "backups"  # the test session's home is shared: start from an empty folder
    for earlier in folder.glob("*.sqlite3") if folder.exists() else []:
        earlier.unlink()
    good = backup.backup_to(db_path, folder, kind="exit")
    db.dispose()
    asked = []
    monkeypatch.setattr(startup, "ask_damaged", lambda path, detail, latest, folders: asked.append(latest) or None)
    url = "sqlite:///" + str(db_path)

    def failure(kind: str) -> KnownDatabaseError:
        try:
            raise KnownDatabaseError("The database is damaged.") from DatabaseProblem(kind, "malformed", str(db_path))
        except KnownDatabaseError as exc:
            return exc

    assert not startup.offer_backup_for_damage(url, failure(DatabaseProblem.LOCKED))
    assert asked == []  # a locked database is not damage: no backup offered
    assert not startup.offer_backup_for_damage(url, failure(DatabaseProblem.DAMAGED))  # offered, person quits
    assert asked[0].path == good
    monkeypatch.setattr(startup, "ask_damaged", lambda path, detail, latest, folders: latest.path)
    assert startup.offer_backup_for_damage(url, failure(DatabaseProblem.DAMAGED))
    assert list(db_path.parent.glob(f"{db_path.name}.damaged-*"))
    startup._restored.clear()


def test_back_up_now_writes_to_the_configured_folder_and_is_audited(qtbot, ctx, tmp_path, no_dialogs):
    from sqlalchemy import select

    from app import settings
    from db.models import AuditEntry
    from ui.main_window import MainWindow

    settings.set_many(ctx.db, ctx.actor, {"backup.folder": str(tmp_path / "desk")})
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.backup_now()
    qtbot.waitUntil(lambda: bool(list((tmp_path / "desk").glob("*.sqlite3"))), timeout=20000)
    qtbot.waitUntil(lambda: "desk" in window.statusBar().currentMessage(), timeout=20000)
    with ctx.db.read() as s:
        kinds = s.execute(select(AuditEntry.action).where(AuditEntry.entity == "database")).scalars().all()
    assert "export" in kinds
