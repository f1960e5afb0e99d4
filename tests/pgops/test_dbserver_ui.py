"""Set-up for a center (issue 13 item 8): an administrator sets this PC's database server in the settings, tests
the connection off the UI thread, and the app uses it at the next start; the password never in plain text in
the settings file, a log or the audit."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from sqlalchemy import select

from app.dbserver import ServerSettings
from app.paths import resolve_database
from db.models import AuditEntry
from tests.helpers import type_text
from tests.pgops.server import APP_PASSWORD, APP_ROLE
from ui import dbserver_store
from ui.admin.dbserver import DatabaseServerForm
from ui.admin.settings import SettingsDialog


@pytest.fixture(autouse=True)
def clean_settings(qapp):
    QSettings().remove(dbserver_store.GROUP)
    yield
    QSettings().remove(dbserver_store.GROUP)
    QSettings().sync()


@pytest.fixture
def dialog(qtbot, ctx):
    d = SettingsDialog(ctx, None)
    qtbot.addWidget(d)
    d.resize(1366 // 2, 560)
    d.show()
    d.tabs.setCurrentWidget(d.server_form)
    return d


def _fill(qtbot, form: DatabaseServerForm, host: str, port: int, database: str, user: str, password: str) -> None:
    if not form.enabled.isChecked():
        qtbot.keyClick(form.enabled, Qt.Key.Key_Space)
    assert form.enabled.isChecked() and form.host.isEnabled()
    for edit, value in ((form.host, host), (form.database, database), (form.user, user), (form.password, password)):
        edit.clear()
        type_text(qtbot, edit, value)
    form.port.setValue(port)


def _test(qtbot, form: DatabaseServerForm) -> str:
    qtbot.mouseClick(form.test_button, Qt.MouseButton.LeftButton)
    assert form.testing and not form.test_button.isEnabled()  # running off the UI thread
    qtbot.waitUntil(lambda: not form.testing, timeout=20_000)
    return form.result.text()


def test_test_connection_says_what_is_there(qtbot, dialog, pg_server, pg_empty, pg_url, tmp_path):
    form = dialog.server_form
    empty_db = pg_empty.rsplit("/", 1)[1]
    _fill(qtbot, form, "127.0.0.1", pg_server.port, empty_db, APP_ROLE, APP_PASSWORD)
    text = _test(qtbot, form)
    if shot := __import__("os").environ.get("CDESK_SCREENSHOT_DIR"):
        qtbot.wait(100)
        dialog.grab().save(str(Path(shot) / "settings-database-server.png"))
    assert "Connected (PostgreSQL 1" in text and "the database is empty" in text
    assert form.result.property("role") == "ok"
    _fill(qtbot, form, "127.0.0.1", pg_server.port, pg_url.rsplit("/", 1)[1], APP_ROLE, APP_PASSWORD)
    assert "a Community Desk database with 0 residents" in _test(qtbot, form)


def test_test_connection_names_what_to_check(qtbot, dialog, pg_server, pg_empty):
    form = dialog.server_form
    empty_db = pg_empty.rsplit("/", 1)[1]
    _fill(qtbot, form, "127.0.0.1", pg_server.port, empty_db, APP_ROLE, "wrong-password")
    text = _test(qtbot, form)
    assert "refused the user name or password" in text and "wrong-password" not in text
    assert form.result.property("role") == "error"
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed = s.getsockname()[1]
    _fill(qtbot, form, "127.0.0.1", closed, empty_db, APP_ROLE, APP_PASSWORD)
    assert "cannot be reached" in _test(qtbot, form)
    _fill(qtbot, form, "127.0.0.1", pg_server.port, "no_such_db", APP_ROLE, APP_PASSWORD)
    assert "no database of that name" in _test(qtbot, form)


def test_bad_fields_are_refused_before_connecting(qtbot, dialog):
    form = dialog.server_form
    _fill(qtbot, form, "my server/x", 5432, "", APP_ROLE, "pw")
    qtbot.mouseClick(form.test_button, Qt.MouseButton.LeftButton)
    assert not form.testing
    assert "may not contain spaces" in form.result.text() and "Enter the database name" in form.result.text()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert dbserver_store.load() == (False, None)  # nothing saved


def test_saved_for_the_next_start_with_the_password_obfuscated(qtbot, ctx, dialog, pg_server, pg_url):
    form = dialog.server_form
    name = pg_url.rsplit("/", 1)[1]
    _fill(qtbot, form, "127.0.0.1", pg_server.port, name, APP_ROLE, APP_PASSWORD)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "from the next start" in form.result.text()
    QSettings().sync()
    settings_file = Path(QSettings().fileName())
    assert APP_PASSWORD not in settings_file.read_text(errors="replace")
    assert QSettings().value(f"{dbserver_store.GROUP}/password_store") == "obfuscated"  # no OS keyring here
    enabled, saved = dbserver_store.load()
    assert enabled and saved == ServerSettings("127.0.0.1", pg_server.port, name, APP_ROLE, APP_PASSWORD)
    # the next start: the GUI resolves the saved server when neither --db nor $COMMUNITY_DESK_DB says otherwise
    url = resolve_database(None, dbserver_store.saved_url())
    assert url.startswith("postgresql+psycopg://desk:") and url.endswith(f"@127.0.0.1:{pg_server.port}/{name}")
    assert resolve_database("/tmp/x.sqlite3", dbserver_store.saved_url()) == "sqlite:////tmp/x.sqlite3"
    from app.database import open_database

    db = open_database(url)
    db.dispose()
    # the audit says who pointed this PC where, never with the password
    with ctx.db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity == "database_server")).one()
    assert f"desk@127.0.0.1:{pg_server.port}/{name}" in entry.summary
    assert APP_PASSWORD not in f"{entry.summary}{entry.after_json}{entry.before_json}"
    # switched off again: the local file from the next start
    form.enabled.setChecked(False)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert dbserver_store.saved_url() is None


def test_password_goes_to_the_os_keyring_when_there_is_one(qapp):
    import keyring
    from keyring.backend import KeyringBackend

    class MemoryKeyring(KeyringBackend):
        priority = 1
        store: dict = {}

        def get_password(self, service, username):
            return self.store.get((service, username))

        def set_password(self, service, username, password):
            self.store[(service, username)] = password

        def delete_password(self, service, username):
            self.store.pop((service, username), None)

    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        settings = ServerSettings("db-pc", 5432, "center", "desk", "s3cret-Pw")
        assert dbserver_store.save(settings, enabled=True) == "keyring"
        assert QSettings().value(f"{dbserver_store.GROUP}/password") is None
        assert MemoryKeyring.store == {(dbserver_store.KEYRING_SERVICE, "desk@db-pc:5432/center"): "s3cret-Pw"}
        assert dbserver_store.load() == (True, settings)
    finally:
        keyring.set_keyring(previous)


def test_start_with_an_unreachable_server_offers_the_settings(qtbot, qapp, monkeypatch, pg_server, pg_url):
    """The saved server cannot be reached at start: the person may fix the setting there and then."""
    from ui import application
    from ui.admin import dbserver as dbserver_ui

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed = s.getsockname()[1]
    dbserver_store.save(ServerSettings("127.0.0.1", closed, "x", APP_ROLE, APP_PASSWORD), enabled=True)
    messages: list[str] = []
    answers = ["settings"]
    monkeypatch.setattr(application, "ask_server_problem", lambda m: messages.append(m) or answers.pop(0))
    name = pg_url.rsplit("/", 1)[1]
    fixed = ServerSettings("127.0.0.1", pg_server.port, name, APP_ROLE, APP_PASSWORD)
    monkeypatch.setattr(dbserver_ui.DatabaseServerDialog, "exec", lambda self: dbserver_store.save(fixed, enabled=True))
    db = application.open_or_explain(resolve_database(None, dbserver_store.saved_url()))
    assert db is not None and db.url.endswith(f"/{name}")
    db.dispose()
    assert "cannot be reached" in messages[0] and APP_PASSWORD not in messages[0]
    answers.append("quit")
    dbserver_store.save(ServerSettings("127.0.0.1", closed, "x", APP_ROLE, APP_PASSWORD), enabled=True)
    assert application.open_or_explain(resolve_database(None, dbserver_store.saved_url())) is None
