"""The fast start path: the sign-in dialog paints from a sqlite3 peek, the database opens right after."""

import datetime as dt

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app import settings
from app.residents.service import ResidentRow, _row
from tests.backends import sqlite_only
from ui.application import peek_sign_in, sign_in_first


@sqlite_only("the sign-in dialog's fast peek reads the SQLite file with sqlite3")
def test_peek_needs_a_set_up_file_database_with_users(db, admin, db_path, tmp_path):
    url = f"sqlite:///{db_path}"
    assert peek_sign_in(url) is None  # not set up yet: the wizard decides
    settings.set_many(db, admin, {"setup.completed": True, "center.name": "幸福里社区服务中心"})
    assert peek_sign_in(url) == "幸福里社区服务中心"
    assert peek_sign_in("sqlite:///" + str(tmp_path / "missing.sqlite3")) is None
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all" * 100)
    assert peek_sign_in(f"sqlite:///{junk}") is None
    assert peek_sign_in("postgresql://u@h/db") is None
    assert peek_sign_in(url + "?mode=ro") is None


def test_sign_in_first_opens_the_database_after_the_first_paint(qtbot, db, admin, db_url):
    settings.set_many(db, admin, {"setup.completed": True, "center.name": "中心"})
    seen = {}

    def act():
        dialog = next((w for w in QApplication.topLevelWidgets() if w.objectName() == "loginDialog"), None)
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(10, act)
            return
        qtbot.waitUntil(lambda: dialog.db is not None, timeout=10_000)
        seen["db"] = True
        dialog.username.setText("admin")
        dialog.password.setText("wrong password")
        dialog.try_login()
        seen["error"] = dialog.error.text()
        dialog.password.setText("admin-password")
        dialog.try_login()

    QTimer.singleShot(0, act)
    opened, actor, failed = sign_in_first(db_url, "中心")
    assert seen["db"] and seen["error"]
    assert not failed and actor is not None and actor.username == "admin"
    opened.dispose()


def test_search_rows_equal_the_dataclass():
    t = (7, "张三", "M", "1950-02-03", "110105195002030011", "13800000000", "1", "2", "301", None)
    row = _row(t)
    assert row == ResidentRow(7, "张三", "M", dt.date(1950, 2, 3), t[4], t[5], "1", "2", "301", False)
    assert row.address and row.masked_id != t[4]
    assert _row((*t[:9], "2026-01-01 00:00:00")).archived is True
