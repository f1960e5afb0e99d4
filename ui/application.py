"""Start the desktop app: Qt, the font, the language, the theme, the database, sign-in, the main window."""

from __future__ import annotations

import sys
import threading
import time

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

ORGANISATION = "CommunityDesk"
APPLICATION = "CommunityDesk"

# How long a Python thread holding the interpreter lock keeps it when another thread asks for it (Python's default:
# 5 ms). The UI thread asks for it at every Python call Qt makes (a model's data(), a delegate's paint, an event
# filter), hundreds per painted page, and runs C++ in between; while a worker thread loads a screen's rows in Python,
# each ask waited up to 5 ms: a table painted in 100 ms instead of 26 ms. At 0.5 ms the same paint took 63 ms.
UI_SWITCH_INTERVAL_S = 0.0005


def create_qapplication(
    argv: list[str] | None = None, lang: str | None = None, theme: str | None = None
) -> QApplication:
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    tune_interpreter()
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    from ui.startup_probe import install as install_startup_probe

    install_startup_probe(app)
    from ui import i18n
    from ui.common import crash
    from ui.fonts import load_fonts
    from ui.theme import apply_theme

    load_fonts(app)
    i18n.install_language(lang)
    apply_theme(app, theme)
    crash.install()
    return app


def tune_interpreter() -> None:
    """The interpreter's settings for a UI thread beside worker threads (see UI_SWITCH_INTERVAL_S)."""
    sys.setswitchinterval(UI_SWITCH_INTERVAL_S)


def open_or_explain(url: str):
    """Open the database or show why not (one dialog, then None)."""
    from app.database import open_database
    from app.errors import KnownDatabaseError

    try:
        return open_database(url, official_calendar=True)
    except KnownDatabaseError as exc:
        from ui.backup.startup import offer_backup_for_damage

        if offer_backup_for_damage(url, exc):  # damaged: the latest good backup was put in its place
            return open_or_explain(url)
        if "://" in url and not url.startswith("sqlite"):
            return _server_problem(url, exc.message)
        QMessageBox.critical(None, QCoreApplication.translate("Application", "Community Desk"), exc.message)
        return None


RETRY, SETTINGS, QUIT = "retry", "settings", "quit"


def ask_server_problem(message: str) -> str:
    """The database server cannot be used at start: try again, change this PC's server setting, or quit.
    Tests replace this."""
    box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("Application", "Community Desk"), message)
    retry = box.addButton(QCoreApplication.translate("Application", "Try again"), QMessageBox.ButtonRole.AcceptRole)
    change = box.addButton(
        QCoreApplication.translate("Application", "Database server settings…"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QCoreApplication.translate("Application", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    clicked = box.clickedButton()
    return RETRY if clicked is retry else SETTINGS if clicked is change else QUIT


def _server_problem(url: str, message: str):
    """Offer a way out when the server of this PC's setting (or --db) cannot be opened; the next URL is the saved
    setting again, so a corrected setting is used at once."""
    from app.paths import resolve_database
    from ui import dbserver_store

    answer = ask_server_problem(message)
    if answer == QUIT:
        return None
    if answer == SETTINGS:
        from ui.admin.dbserver import DatabaseServerDialog

        DatabaseServerDialog().exec()
        url = resolve_database(_DB_ARG, dbserver_store.saved_url())
    return open_or_explain(url)  # asks again if it still fails


_DB_ARG: str | None = None


def demo_account_line(account) -> str:
    """ "qiantai: k7m2q-x4dhp-9tnwe (Front desk · 前台 李敏)": the password with the role it opens (an app.demo.DemoAccount)."""
    return QCoreApplication.translate("Application", "{user}: {password} ({roles} · {name})").format(
        user=account.username, password=account.password, roles=account.roles, name=account.display_name
    )


def sign_in(db, center_name: str):
    """First run: the wizard makes the first admin. Later: the sign-in dialog. None when the user quits."""
    from app import settings
    from app.accounts import service as accounts
    from ui.accounts.login import LoginDialog
    from ui.wizard import FirstRunWizard

    if not accounts.any_users(db) or not settings.get(db, "setup.completed"):
        wizard = FirstRunWizard(db)
        if wizard.exec() != QDialog.DialogCode.Accepted or wizard.admin_id is None:
            return None
        if wizard.demo_accounts:
            from ui.wizard import show_demo_accounts

            show_demo_accounts(None, wizard.demo_accounts)
        return accounts.actor_for(db, wizard.admin_id)
    dialog = LoginDialog(db, center_name)
    preload = CodePreload()
    dialog.before_login = preload.wait
    preload.start()  # the main window's code, while the person types
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.actor


def peek_sign_in(url: str) -> str | None:
    """The center's name when `url` is an existing SQLite file that is set up and has users, read with plain
    sqlite3 so the sign-in dialog paints before SQLAlchemy is imported; None when the normal path must decide."""
    import json
    import sqlite3
    from pathlib import Path

    prefix = "sqlite:///"
    if not url.startswith(prefix) or "?" in url:
        return None
    path = Path(url[len(prefix) :])
    if not path.is_absolute() or not path.is_file():
        return None
    try:
        con = sqlite3.connect(path.as_uri() + "?mode=ro", uri=True)
        try:
            if con.execute("SELECT 1 FROM users LIMIT 1").fetchone() is None:
                return None
            rows = dict(con.execute("SELECT key, value FROM settings WHERE key IN ('setup.completed', 'center.name')"))
        finally:
            con.close()
        if not json.loads(rows.get("setup.completed", "false")):
            return None
        name = json.loads(rows.get("center.name", '""'))
    except (sqlite3.Error, ValueError):
        return None
    return str(name) if name else QCoreApplication.translate("Settings", "Community Service Center")


def sign_in_first(url: str, center_name: str):
    """Paint the sign-in dialog at once, then open the database (SQLAlchemy, migrations) while the user types.
    Returns (db, actor, failed): failed when the database cannot be opened, actor None when the user quits."""
    from PySide6.QtCore import QEvent, QObject

    from ui.accounts.login import LoginDialog

    dialog = LoginDialog(None, center_name)
    state: dict = {"db": None, "failed": False}
    preload = CodePreload()
    dialog.before_login = preload.wait

    def open_now() -> None:
        if state["db"] is not None or state["failed"]:
            return
        db = open_or_explain(url)
        if db is None:
            state["failed"] = True
            dialog.reject()
            return
        state["db"] = dialog.db = db
        preload.start()  # the main window's code, while the person types

    class _AfterFirstPaint(QObject):
        def eventFilter(self, obj, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                dialog.removeEventFilter(self)
                QTimer.singleShot(0, open_now)
            return False

    dialog.open_db = open_now
    after_paint = _AfterFirstPaint(dialog)
    dialog.installEventFilter(after_paint)
    QTimer.singleShot(300, open_now)  # in case no paint event comes (the window never shown)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    return state["db"], (dialog.actor if accepted else None), state["failed"]


def run_gui(db_arg: str | None = None, lang: str | None = None) -> int:
    app = create_qapplication(lang=lang)
    from app.paths import resolve_database
    from ui import dbserver_store

    global _DB_ARG
    _DB_ARG = db_arg
    url = resolve_database(db_arg, dbserver_store.saved_url())
    from ui.backup import startup as safety

    check = safety.start_check(url)  # quick_check on a thread while the sign-in dialog paints
    early_name = peek_sign_in(url)
    if early_name is not None:
        db, actor, failed = sign_in_first(url, early_name)
        if failed:
            return 1
    else:
        from app import settings

        db = open_or_explain(url)
        if db is None:
            return 1
        center = settings.center_info(db)
        actor = sign_in(db, center.name)
    if actor is None:
        if db is not None:
            db.dispose()
        return 0
    db, actor = safety.settle(check, db, actor, reopen=lambda: open_or_explain(url), sign_in_again=sign_in)
    if db is None:  # damaged, and the person chose to quit
        return 1
    window, ctx = show_main_window(db, actor)
    from ui.backup import auto

    backups = auto.install(window, ctx)  # today's first backup now (worker thread), another on closing
    code = app.exec()
    backups.finish_now()
    db.dispose()
    return code


def show_main_window(db, actor, size: tuple[int, int] | None = None):
    """What follows an accepted sign-in: the main window for `actor`, shown (its first tab is painted by the next
    turns of the event loop), and the warm-up started once it is up. Returns (window, ctx). The benchmark and
    tests/ui/measure_speed.py time this from the call to the window's first paint."""
    from ui.common import collector
    from ui.context import AppContext
    from ui.main_window import MainWindow

    saved = collector.freeze_start_up()  # the full garbage collections at the clerk's pauses (ui/common/collector.py)
    try:
        ctx = AppContext(db, actor)
        window = MainWindow(ctx)
    except BaseException:
        collector.restore(saved)
        raise
    window.collector = collector.IdleCollector(window, window.idle.idle_for_ms, saved)
    if size is not None:
        window.resize(*size)
    window.show()
    QTimer.singleShot(0, window.raise_)

    # Not before the first paint, and not while the clerk works: a Python thread that runs for half a second holds
    # the interpreter lock against the UI thread (a first tab switch took 0.8 s instead of 0.3 s beside it).
    def up() -> None:
        window.collector.start()
        _when_idle(window, _start_warm_up, WARM_UP_IDLE_MS)

    _after_first_paint(window, up)
    return window, ctx


WARM_UP_IDLE_MS = 1500  # the warm-up waits for this long a pause without keys or clicks (and without work in flight)
BUSY_POLL_MS = 250  # while waiting, how often it looks again whether work is in flight


def _when_idle(window, callback, idle_ms: int) -> None:
    """Call `callback` once, after `idle_ms` without a key press or mouse input anywhere in the application (each
    one starts the wait again) and without work in flight (a read on a worker, a page's later steps: looked at every
    BUSY_POLL_MS), as the window's idle watcher (ui/accounts/lock.py) sees it: no event filter of its
    own, because a Python filter on the application is called for every event of every widget (about 3 µs each, some
    thousands for a page being built). The waiting ends with `window`."""
    from PySide6.QtCore import QThreadPool

    from ui.common import steps

    watcher = window.idle
    timer = QTimer(window)
    timer.setSingleShot(True)

    start = time.monotonic()
    busy_until = [start]  # the last moment work was seen in flight

    def check() -> None:
        # Idle means no key and no work in flight for `idle_ms`: a read on a worker (今日关注 working out the day's
        # alerts takes a second or more on a loaded machine) or a page's later steps are the screen the clerk
        # asked for still being made; a warm-up started beside them slowed them and the next tab's first show.
        now = time.monotonic()
        if QThreadPool.globalInstance().activeThreadCount() or steps.pending():
            busy_until[0] = now
        quiet_ms = (now - max(start, watcher.last_input, busy_until[0])) * 1000
        if quiet_ms < idle_ms:
            timer.start(max(1, min(int(idle_ms - quiet_ms) + 1, BUSY_POLL_MS)))
        else:
            callback()

    timer.timeout.connect(check)
    timer.start(idle_ms)


def _after_first_paint(widget, callback, fallback_ms: int = 2000) -> None:
    """Call `callback` once, on the turn of the event loop after `widget`'s first paint (or after `fallback_ms`
    if it is never painted, e.g. minimised)."""
    from PySide6.QtCore import QEvent, QObject

    done = []

    def fire() -> None:
        if not done:
            done.append(True)
            callback()

    class _FirstPaint(QObject):
        def eventFilter(self, obj, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                obj.removeEventFilter(self)
                QTimer.singleShot(0, fire)
            return False

    widget.installEventFilter(_FirstPaint(widget))
    QTimer.singleShot(fallback_ms, fire)


class CodePreload:
    """Loads, on a worker thread while the sign-in dialog waits for the password (seconds), the code that follows
    the sign-in: the main window and every counter's page and sub-tab modules (`load_main_window_code`). Nothing
    else imports on the UI thread meanwhile: the thread starts once the database is open, and the sign-in waits
    for it (`wait`) before it checks the password, so two threads never import at once (a circular import between
    them could deadlock). A sign-in that comes sooner than the loading only waits for the rest of it, which the
    main window would have loaded anyway."""

    def __init__(self) -> None:
        self.thread: threading.Thread | None = None

    def start(self) -> None:
        if self.thread is None:
            self.thread = threading.Thread(target=load_main_window_code, name="preload", daemon=True)
            self.thread.start()

    def wait(self) -> None:
        if self.thread is not None:
            self.thread.join()


def load_main_window_code() -> None:
    """Import the main window's modules and every counter's page package (the page, its sub-tabs, its dialogs) and
    the statistics sections, without making a widget. Failures are left to the page's own build, on the UI thread,
    which reports them."""
    import importlib
    import pkgutil

    from ui import pages

    for name in ("ui.context", "ui.main_window", "ui.reports.section"):
        importlib.import_module(name)
    for spec in pages.PAGES:
        package = spec.module.rpartition(".")[0]
        try:
            importlib.import_module(spec.module)
            names = [f"{package}.{m.name}" for m in pkgutil.iter_modules(importlib.import_module(package).__path__)]
        except Exception:  # noqa: BLE001 - see the docstring
            continue
        for name in names:
            try:
                importlib.import_module(name)
            except Exception:  # noqa: BLE001 - see the docstring
                continue
    resolve_qt_types()


def resolve_qt_types() -> list[str]:
    """Make the Python types (and their enums) of every class of the Qt modules loaded so far; returns the modules.

    PySide6 makes a class's Python type, and its enums, the first time it is needed. The first time Python is handed
    a QObject of a class it does not bind (QGestureManager, QComboBoxPrivateContainer…: an application-wide event
    filter sees them when a combo box is filled), it walks every QObject subclass of every loaded module to find the
    nearest bound one, making all those types at once: about 110 enums and 50–100 ms on the UI thread during the
    main window's first screen. Made here instead (while the sign-in dialog waits for the password), the main window
    only finds them. Imports already make the types they name on this thread; this makes the rest."""
    import sys

    loaded = [m for n, m in list(sys.modules.items()) if n.startswith("PySide6.Qt") and n.count(".") == 1]
    for module in loaded:
        for name in dir(module):
            if name.startswith("Q"):
                getattr(module, name, None)
    return [m.__name__ for m in loaded]


def _start_warm_up() -> None:
    import threading

    threading.Thread(target=warm_up, name="warm-up", daemon=True).start()


def warm_up() -> None:
    """Once the window is up, off the UI thread: load reportlab and register the shipped CJK font (~0.3 s), so the
    first receipt of the day prints as fast as the others, and the counters' page modules, so a first tab switch
    does not load code. (The garbage collector's part — start-up's heap frozen, full collections at the clerk's
    pauses — is ui/common/collector.py, on the UI thread: a collection here held the interpreter lock against it.)"""
    import phonenumbers  # noqa: F401 - the first phone checked (a resident saved) does not wait for its patterns
    from reportlab.pdfgen import canvas  # noqa: F401 - imported for its side effect: loaded now, not at a sale

    from app.documents.fonts import ensure_fonts

    ensure_fonts()
    _import_pages()


def _import_pages() -> None:
    """Import every counter's page module (only the import: no widget is made off the UI thread), so the first
    switch to a tab builds its page without first loading its code (~0.1 s for the canteen's)."""
    import importlib

    from ui import pages

    for spec in pages.PAGES:
        try:
            importlib.import_module(spec.module)
        except Exception:  # noqa: BLE001 - the tab's own build reports it, on the UI thread, when it is shown
            continue
