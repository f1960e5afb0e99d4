"""Test set-up shared by every test: offscreen Qt, a private data folder, a fresh database per test."""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
from pathlib import Path


def _scratch() -> str | None:
    """Where this run's files go: the RAM disk when it has room (tests/pgserver.py's `scratch_dir()`), else None (the
    usual temporary folder). Every SQLite write unit ends with an fsync (synchronous=FULL); on a RAM disk that costs
    nothing, on this project's build machine's disk ~15 ms each, which was a tenth of the SQLite run. The database
    code is the same either way; only the disk under it differs."""
    from tests.pgserver import scratch_dir

    return scratch_dir()


# Before anything imports Qt: no screen here, and no user folders touched.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
_HOME = Path(tempfile.mkdtemp(prefix="cdesk-tests-", dir=_scratch()))
atexit.register(shutil.rmtree, _HOME, ignore_errors=True)  # this process's home and template database
os.environ["COMMUNITY_DESK_HOME"] = str(_HOME / "home")
os.environ["XDG_CONFIG_HOME"] = str(_HOME / "config")
os.environ["HOME"] = str(_HOME / "user")
os.environ.pop("COMMUNITY_DESK_DB", None)
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
(_HOME / "user").mkdir(parents=True, exist_ok=True)

import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

#: Which database every test runs on: "sqlite" (default) or "postgresql" (`--backend` or COMMUNITY_DESK_TEST_BACKEND).
BACKEND = os.environ.get("COMMUNITY_DESK_TEST_BACKEND", "sqlite")


def pytest_addoption(parser):
    parser.addoption(
        "--backend",
        choices=("sqlite", "postgresql"),
        default=None,
        help="database every test runs on (default: $COMMUNITY_DESK_TEST_BACKEND or sqlite); postgresql starts a "
        "private server, or uses $COMMUNITY_DESK_TEST_PG_URL",
    )


_BASETEMP: Path | None = None


@pytest.hookimpl(tryfirst=True)  # before pytest's own tmp_path set-up reads --basetemp
def pytest_configure(config):
    global BACKEND, _BASETEMP
    if config.option.basetemp is None and not hasattr(config, "workerinput"):
        # tmp_path folders (each test's SQLite file, backups, exports) on the RAM disk too; pytest-xdist gives each
        # worker a folder inside it. Removed at the end of a run that passed (a failed test's folder is kept:
        # tmp_path_retention_policy).
        scratch = _scratch()
        if scratch is not None:
            _BASETEMP = Path(tempfile.mkdtemp(prefix="cdesk-pytest-", dir=scratch))
            config.option.basetemp = str(_BASETEMP)
    if not hasattr(config, "workerinput") and getattr(config.option, "dist", "no") == "load":
        if not any(arg.startswith(("--dist", "-d")) for arg in config.invocation_params.args):
            # `-n N` alone: pytest-xdist's "load" sends each worker a first chunk of an eighth of the tests, in order,
            # so every test of tests/slowest.txt (started first) went to the first worker. "loadgroup" hands out
            # one test (or one xdist_group) at a time, in this order, to whichever worker is free: the slow ones
            # spread over the workers, and tests that share a worker's fixture (xdist_group) stay together.
            config.option.dist = "loadgroup"
            config.option.loadscopereorder = False  # keep tests/slowest.txt's order, not the groups' sizes
    if hasattr(config, "workerinput") and config.workerinput.get("community_desk_loadgroup"):
        # A worker's options come from the command line, where "loadgroup" is not (the controller chose it above):
        # without this, the worker does not add "@group" to its tests' ids, the controller sees no groups, and the
        # tests of an xdist_group go to any worker, each paying for the group's shared fixture again.
        config.option.loadgroup = True
    config.addinivalue_line(
        "markers",
        "backend_free(reason): the test reaches no database of the run's backend (a SQLite file of its own, or none): "
        "the SQLite pass runs it, the PostgreSQL pass skips it (the same work); tests.backends.backend_free",
    )
    # pytest-xdist registers it; without the plugin (-p no:xdist) the tests that carry it must still collect
    config.addinivalue_line("markers", "xdist_group(name): tests run on the same pytest-xdist worker (loadgroup)")
    BACKEND = config.getoption("--backend") or BACKEND
    if BACKEND not in ("sqlite", "postgresql"):
        raise pytest.UsageError(f"COMMUNITY_DESK_TEST_BACKEND must be sqlite or postgresql, not {BACKEND!r}")
    os.environ["COMMUNITY_DESK_TEST_BACKEND"] = BACKEND  # for tests/backends.py and worker processes


@pytest.hookimpl(optionalhook=True)  # pytest-xdist's hook, on the controller, for each worker it starts
def pytest_configure_node(node):
    node.workerinput["community_desk_loadgroup"] = node.config.option.dist == "loadgroup"


def pytest_unconfigure(config):
    # Also here, not only atexit: a pytest-xdist worker ends without running atexit handlers.
    shutil.rmtree(_HOME, ignore_errors=True)


def pytest_sessionfinish(session, exitstatus):
    if _BASETEMP is not None and session.testsfailed == 0:  # also "no tests ran"; a failed test's folder stays
        shutil.rmtree(_BASETEMP, ignore_errors=True)


def pytest_report_header(config):
    return f"database backend: {BACKEND}"


#: The slowest tests of a measured run, slowest first (a test id a line; '#' comments). They are started first, so a
#: pytest-xdist worker does not spend the run's last minute alone on one of them while the other cores idle. An id
#: that no longer exists is ignored; a new slow test simply runs in its place until the list is measured again.
SLOWEST = ROOT / "tests" / "slowest.txt"


def _slowest_first(items: list) -> None:
    try:
        lines = SLOWEST.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return
    rank = {}
    for line in lines:
        line = line.split("#", 1)[0].strip()
        if line and line not in rank:
            rank[line] = len(rank)

    # sorted() is stable: the others keep the collection order, after the listed ones
    def position(item) -> int:
        # under --dist loadgroup a worker's ids may end in "@group" (pytest-xdist adds it to tests in an xdist_group)
        return rank.get(item.nodeid, rank.get(item.nodeid.rsplit("@", 1)[0], len(rank)))

    items[:] = sorted(items, key=position)


#: Fixtures through which a test reaches the backend's database. A test whose fixtures include none of them (and whose
#: module never asks which backend runs) touches no database of the backend: the PostgreSQL pass would repeat the
#: SQLite pass's work exactly (a parser, a PDF, a permission table read from source, a check that opens its own SQLite
#: file), so it runs once, in the SQLite pass, and the PostgreSQL pass reports it skipped with that reason.
DATABASE_FIXTURES = frozenset(
    {"db_url", "db", "another_db_url", "empty_db_url", "filled_db_url", "pg_databases", "admin", "ctx", "db_path"}
)


def _touches_no_database(item) -> bool:
    uses = set(getattr(item, "fixturenames", ())) & DATABASE_FIXTURES
    if item.get_closest_marker("backend_free") is not None:  # tests.backends.backend_free: said so, with the reason
        if uses:
            raise pytest.UsageError(f"{item.nodeid}: marked backend_free but takes {', '.join(sorted(uses))}")
        return True
    if uses:
        return False
    try:
        source = Path(str(item.fspath)).read_text(encoding="utf-8").lower()
    except OSError:
        return False
    return "backend" not in source and "postgres" not in source


def _name_groups(config, items: list) -> None:
    """What pytest-xdist's worker does for `--dist loadgroup` (ends each id of a test in an xdist_group with "@group",
    which its controller reads to send the group to one worker), for pytest 9, where pytest-xdist 3.8's own renaming
    (`item._nodeid`) no longer changes the id (pytest keeps it in `item._id`): without it every test of a group went to
    any worker, and each one that got a test made the group's shared fixture again (the screen-fit measurement three
    times, a demo population per test)."""
    if not (hasattr(config, "workerinput") and config.getvalue("loadgroup")):
        return
    for item in items:
        names = sorted(
            {str(m.args[0] if m.args else m.kwargs.get("name", "default")) for m in item.iter_markers("xdist_group")}
        )
        suffix = "@" + "_".join(names)
        if not names or item.nodeid.endswith(suffix):
            continue  # not in a group, or pytest-xdist's renaming worked
        if hasattr(item, "_id"):
            item._id = type(item._id).parse(item.nodeid + suffix)
        else:
            item._nodeid = item.nodeid + suffix


@pytest.hookimpl(trylast=True)  # after pytest-xdist's own renaming of grouped tests (see _name_groups)
def pytest_collection_modifyitems(config, items):
    _name_groups(config, items)
    _slowest_first(items)
    if BACKEND == "sqlite":
        return
    for item in items:
        if _touches_no_database(item):
            item.add_marker(pytest.mark.skip(reason="no database: the SQLite pass runs it, the same work"))
            continue
        mark = item.get_closest_marker("sqlite_only") or item.get_closest_marker("widgets_only")
        if mark is not None:
            reason = mark.kwargs.get("reason") or (mark.args[0] if mark.args else "")
            if not reason:
                raise pytest.UsageError(f"{item.nodeid}: sqlite_only needs a reason")
            label = "SQLite only" if mark.name == "sqlite_only" else "the widgets' own behaviour"
            item.add_marker(pytest.mark.skip(reason=f"{label}: {reason}"))


#: argon2id at the strength the product ships (app/accounts/passwords.py: 19 MiB, 2 passes) costs 20-40 ms for each
#: hash and each check, by design; the tests hash and check thousands of passwords (every account they make, every
#: sign-in and approval), which was a tenth of a run. They use argon2id at its lowest cost instead, as Django's test
#: settings swap in a fast hasher; an argon2 hash carries its parameters, so the product's own code checks these
#: hashes unchanged, and processes a test starts hash at the shipped strength. `shipped_password_hashing` gives a
#: test the shipped hasher back (tests/accounts/test_passwords.py checks its parameters).
def _fast_password_hashing():
    """Swap the fast hasher in; returns the shipped one."""
    from argon2 import PasswordHasher

    from app.accounts import passwords

    shipped = passwords._hasher
    fast = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    passwords._hasher = lambda: fast
    return shipped


_SHIPPED_HASHER = _fast_password_hashing()


@pytest.fixture
def shipped_password_hashing(monkeypatch):
    """The product's own argon2id parameters for this test (see _fast_password_hashing)."""
    from app.accounts import passwords

    monkeypatch.setattr(passwords, "_hasher", _SHIPPED_HASHER)


def _seed(url: str) -> None:
    """Migrate `url` and add user 1, the administrator every test signs in as."""
    from app.accounts.passwords import hash_password
    from app.database import open_database
    from db.models import User, UserRole

    db = open_database(url)
    with db.write() as s:
        admin = User(username="admin", display_name="Test Admin", password_hash=hash_password("admin-password"))
        admin.roles = [UserRole(role="admin")]
        s.add(admin)
    if db.is_sqlite:
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()


#: SQLAlchemy compiles a statement once per engine: its compiled cache belongs to the engine and is keyed by the
#: engine's dialect object. The app opens one engine and keeps its statements compiled for the whole session; a test
#: opens a new engine on its own fresh database, and compiled again the same few dozen statements (~30 ms of a typical
#: database test, a fifth of the permission registry's run). In a test process every engine of one backend and driver
#: uses one dialect object, the first that a connection initialised (the same driver, the same server, the same
#: settings), and one compiled cache, as the app's single engine does. Processes a test starts (a second workstation,
#: the command line) open their engines as the app does.
_SHARED_DIALECTS: dict[tuple[str, str], tuple[object, object]] = {}
_FIRST_DIALECTS: dict[tuple[str, str], list] = {}


def _share_compiled_statements() -> None:
    from sqlalchemy.util import LRUCache

    from db import engine as engine_module

    make = engine_module.make_engine

    def make_engine(url: str, **kwargs):
        engine = make(url, **kwargs)
        key = (engine.dialect.name, engine.dialect.driver)
        if key not in _SHARED_DIALECTS:
            first = _FIRST_DIALECTS.setdefault(key, [])
            ready = [d for d in first if d.server_version_info is not None]  # DefaultDialect.initialize() ran
            if not ready:
                first.append(engine.dialect)
                del first[:-20]  # engines that never connected are not kept alive
                return engine
            _SHARED_DIALECTS[key] = (ready[0], LRUCache(5000))
            del _FIRST_DIALECTS[key]
        engine.dialect, engine._compiled_cache = _SHARED_DIALECTS[key]
        return engine

    engine_module.make_engine = make_engine


_share_compiled_statements()


_TEMPLATE: Path | None = None


def _template_db() -> Path:
    """Migrate once per session; every test gets a copy (fast, and still a real migrated database)."""
    global _TEMPLATE
    if _TEMPLATE is None:
        path = _HOME / "template.sqlite3"
        _seed("sqlite:///" + str(path))
        _TEMPLATE = path
    return _TEMPLATE


@pytest.fixture(scope="session")
def pg_databases():
    """PostgreSQL runs only: the server (started here, stopped at the end) and its template database."""
    import signal

    from tests.pgserver import Databases, TestServer

    if signal.getsignal(signal.SIGTERM) == signal.SIG_DFL:
        # A run stopped with SIGTERM (a CI timeout, `kill`) still stops the server: as for Ctrl+C, pytest unwinds
        # and runs this fixture's finally.
        def _interrupt(signum, frame):
            raise KeyboardInterrupt

        signal.signal(signal.SIGTERM, _interrupt)
    server = None
    given = os.environ.get("COMMUNITY_DESK_TEST_PG_URL")
    try:
        if not given:
            server = TestServer()
            given = server.start()
        databases = Databases(given)
        databases.make_template(_seed)
        yield databases
        databases.close()
    finally:
        if server is not None:
            server.stop()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """The SQLite file of this test's database. A test that needs it is SQLite-only: mark it so, with the reason."""
    if BACKEND != "sqlite":
        raise RuntimeError("db_path is the SQLite file: use db_url, or mark the test sqlite_only(reason=...)")
    path = tmp_path / "test.sqlite3"
    shutil.copyfile(_template_db(), path)
    return path


@pytest.fixture
def db_url(request) -> str:
    """The URL of this test's fresh, migrated database (what a second process or workstation opens).

    SQLite: a copy of the migrated template file. PostgreSQL: `CREATE DATABASE … TEMPLATE cd_template_<pid>`, dropped
    after the test.
    """
    if BACKEND == "sqlite":
        yield "sqlite:///" + str(request.getfixturevalue("db_path"))
        return
    databases = request.getfixturevalue("pg_databases")
    url = databases.create()
    yield url
    databases.drop(url)


@pytest.fixture
def another_db_url(request, tmp_path: Path) -> str:
    """A second fresh, migrated database, like `db_url` (the same template), for comparing two runs."""
    if BACKEND == "sqlite":
        path = tmp_path / "another.sqlite3"
        shutil.copyfile(_template_db(), path)
        yield "sqlite:///" + str(path)
        return
    databases = request.getfixturevalue("pg_databases")
    url = databases.create()
    yield url
    databases.drop(url)


@pytest.fixture
def empty_db_url(request, tmp_path: Path) -> str:
    """The URL of an empty database nothing has touched yet (a fresh install's `init`, the first-run wizard):
    SQLite: a file that does not exist yet; PostgreSQL: a new empty database, dropped after the test."""
    if BACKEND == "sqlite":
        yield "sqlite:///" + str(tmp_path / "fresh.sqlite3")
        return
    databases = request.getfixturevalue("pg_databases")
    url = databases.create(empty=True)
    yield url
    databases.drop(url)


#: The databases `filled_db_url` filled in this process: name -> (SQLite file or PostgreSQL database, fill's result).
_FILLED: dict[str, tuple[str, object]] = {}


@pytest.fixture
def filled_db_url(request, tmp_path: Path):
    """`make(name, fill) -> (url, result)`: a fresh copy of a database that `fill(url)` filled once in this worker
    process, and what that `fill` returned. For tests that read the same costly data (a demo population): the first
    test of a worker pays for the filling, the others get a copy of the result, exactly what their own `fill` would
    have made when it is deterministic (say so where `fill` is written). `fill` starts from the migrated template
    (user 1 = admin) and must close every connection it opens (a PostgreSQL template takes none). Put the tests
    sharing one `name` in the same `pytest.mark.xdist_group`, so one worker fills it once.

    SQLite: the filled file (WAL checkpointed) is copied to `tmp_path`. PostgreSQL: the filled database becomes a
    template (`CREATE DATABASE … TEMPLATE`); each copy is dropped after the test, the template at the end.
    """
    databases = request.getfixturevalue("pg_databases") if BACKEND != "sqlite" else None
    made: list[str] = []

    def make(name: str, fill):
        if name not in _FILLED:
            if databases is None:
                path = _HOME / f"filled-{name}.sqlite3"
                shutil.copyfile(_template_db(), path)
                result = fill("sqlite:///" + str(path))
                import sqlite3

                con = sqlite3.connect(path)
                try:
                    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                finally:
                    con.close()
                _FILLED[name] = (str(path), result)
            else:
                url = databases.create()
                result = fill(url)
                _FILLED[name] = (databases.keep_as_template(url), result)
        source, result = _FILLED[name]
        if databases is None:
            target = tmp_path / f"{name}.sqlite3"
            shutil.copyfile(source, target)
            return "sqlite:///" + str(target), result
        url = databases.copy_of(source)
        made.append(url)
        return url, result

    yield make
    for url in made:
        databases.drop(url)


@pytest.fixture
def full_demo(filled_db_url, frozen):
    """(db, FullDemo): a fresh copy of the whole demo (tests/full_demo.py), filled once in this worker, on the
    clock it was written at; the FullDemo is this test's own copy (its context's generator included). Mark the test
    `pytest.mark.xdist_group(tests.full_demo.GROUP)`."""
    import copy

    from db.engine import Database
    from tests import full_demo as demo

    frozen(demo.NOW)
    url, made = filled_db_url("full-demo", demo.fill)
    database = Database(url)
    yield database, copy.deepcopy(made)
    database.dispose()


@pytest.fixture
def db(db_url: str):
    from db.engine import Database

    database = Database(db_url)
    yield database
    if "PySide6.QtWidgets" in sys.modules:  # windows a test built on this database (with or without `ctx`) go first
        from PySide6.QtWidgets import QApplication

        if QApplication.instance() is not None:
            _close_leftover_windows()
    database.dispose()


@pytest.fixture
def admin(db):
    """The template's administrator, as an Actor."""
    from app.accounts.service import actor_for

    return actor_for(db, 1)


@pytest.fixture(autouse=True)
def _steps_at_once(request):
    """Pages make every step at once (ui/common/steps.py) unless the test is marked `deferred_steps`: most tests
    use a page's widgets straight after showing its tab."""
    from ui.common import steps

    steps.DEFER = request.node.get_closest_marker("deferred_steps") is not None
    yield
    steps.DEFER = True


@pytest.fixture(autouse=True)
def _reset_clock():
    from app import clock

    clock.freeze(None)
    clock.drive_monotonic(None)
    yield
    clock.freeze(None)
    clock.drive_monotonic(None)


@pytest.fixture
def frozen(request):
    """Freeze app.clock at a local time: `frozen(datetime(2026, 11, 30, 11, 30))`."""
    from app import clock

    def freeze(moment):
        clock.freeze(moment)

    return freeze


@pytest.fixture
def ticks():
    """Drive app.clock.monotonic: `ticks.advance(0.05)` moves it on by 50 ms (it starts at 1000.0 s)."""
    from app import clock

    class Ticks:
        now = 1000.0

        def advance(self, seconds: float) -> None:
            self.now += seconds
            clock.drive_monotonic(self.now)

    t = Ticks()
    clock.drive_monotonic(t.now)
    return t


@pytest.fixture(scope="session")
def qapp_args():
    return ["community-desk-tests"]


@pytest.fixture(scope="session")
def qapp(qapp_args):
    """One QApplication for the session, set up like the real one (font, English, light theme)."""
    from ui.application import create_qapplication

    app = create_qapplication(qapp_args, lang="en", theme="light")
    yield app


@pytest.fixture
def ctx(qapp, db, admin):
    from ui.context import AppContext

    context = AppContext(db, admin)
    yield context
    _close_leftover_windows()


def _close_leftover_windows() -> None:
    """Close and delete the parentless widgets a test left behind, so their timers (live boards, refreshes) do not
    read this test's database during a later test (on PostgreSQL it is dropped when the test ends)."""
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    for widget in QApplication.topLevelWidgets():
        if shiboken6.isValid(widget):
            widget.close()
            widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    # A query a screen started on a worker at its first show (ui/common/tasks.py) ends before this test's database
    # is disposed (or dropped, on PostgreSQL): its connection goes back to the pool, not to the garbage collector.
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(30_000)


@pytest.fixture
def no_dialogs(monkeypatch):
    """Replace every message box with a recorder; answers for confirm/ask_text can be queued."""
    from ui.common import dialogs

    class Recorder:
        def __init__(self) -> None:
            self.messages: list[tuple[str, str]] = []
            self.confirm_answers: list[bool] = []
            self.text_answers: list[str | None] = []

        def _msg(self, kind):
            def f(parent, text, title=None):
                self.messages.append((kind, text))

            return f

        def confirm(self, parent, text, title=None, default_yes=False):
            self.messages.append(("confirm", text))
            return self.confirm_answers.pop(0) if self.confirm_answers else True

        def ask_text(self, parent, title, label, text=""):
            self.messages.append(("ask_text", label))
            return self.text_answers.pop(0) if self.text_answers else None

        def ask_password(self, parent, title, label):
            self.messages.append(("ask_password", label))
            return self.text_answers.pop(0) if self.text_answers else None

    rec = Recorder()
    monkeypatch.setattr(dialogs, "inform", rec._msg("inform"))
    monkeypatch.setattr(dialogs, "warn", rec._msg("warn"))
    monkeypatch.setattr(dialogs, "show_user_error", lambda parent, exc: rec.messages.append(("error", exc.message)))
    monkeypatch.setattr(dialogs, "confirm", rec.confirm)
    monkeypatch.setattr(dialogs, "ask_text", rec.ask_text)
    monkeypatch.setattr(dialogs, "ask_password", rec.ask_password)
    return rec


@pytest.fixture
def previews(monkeypatch):
    """Record PDF previews instead of opening windows."""
    from ui.common import documents

    shown: list[Path] = []
    monkeypatch.setattr(documents, "preview", lambda parent, path, title=None: shown.append(Path(path)))
    return shown


@pytest.fixture
def zh():
    """Render app/ text (PDFs, messages) in Simplified Chinese, as users see it by default."""
    from app import i18n

    saved = i18n._backend
    i18n.set_backend(None)
    i18n.load_ts_catalogue("zh_CN")
    yield
    i18n.load_ts_catalogue("en")
    i18n.set_backend(saved)
