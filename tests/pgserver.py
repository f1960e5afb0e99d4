"""A throw-away PostgreSQL server for the test run, and one fresh database per test.

`TestServer.start()` runs Debian's PostgreSQL (`initdb`, `pg_ctl` from /usr/lib/postgresql/<n>/bin or PATH) in a
temporary folder, listening on 127.0.0.1 at a free port with trust authentication and its unix socket inside that
folder. The cluster is thrown away, so it is set up for speed, not for surviving a crash: fsync, synchronous commit
and full-page writes are off, WAL is minimal, autovacuum is off. The folder is on a RAM disk (/dev/shm) when there
is one with room (`scratch_dir()`): each test's `CREATE DATABASE` copies the template's files and forces two
checkpoints, which on this project's build machine took 0.3-1 s on disk and ~0.05 s in RAM.
As root (CI) the folder is handed to the unprivileged `postgres` system user and every server command runs through
`runuser -u postgres --`, because PostgreSQL refuses to run as root. `stop()` stops it (`pg_ctl stop -m immediate`)
and removes the folder; the conftest calls it at the end of the session, also when tests fail, and `atexit` does
if the session dies. Under pytest-xdist every worker process starts a server of its own.

`Databases` migrates one template database (`cd_template_<pid>`) once, then `create()` gives each test a fresh
`CREATE DATABASE t<pid>_N TEMPLATE cd_template_<pid>` and `drop()` removes it with `WITH (FORCE)`, which also ends
connections a test or its worker processes left open. The next database is made in the background while a test
runs (`PREFETCH`), so a test rarely waits for its copy; a prefetched database is still an untouched copy of the
template, made for exactly one test. A used database is dropped by that same background thread too, once the next
copies are ready, so a test's teardown does not wait for its `DROP DATABASE` (about as long as the `CREATE`); every
connection to it is ended by then (`WITH (FORCE)`), and `close()` drops whatever is still left.

Instead of starting a server, `COMMUNITY_DESK_TEST_PG_URL=postgresql+psycopg://user:pw@host:port/postgres` uses an
existing one (the role needs CREATEDB); the template and test databases are created and dropped there.
"""

from __future__ import annotations

import atexit
import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
import threading
import time
from pathlib import Path

#: How many fresh databases `Databases` keeps ready ahead of the tests asking for them.
PREFETCH = 2
#: The RAM disk a throw-away cluster prefers, and the room it needs there (template, a few test copies, WAL).
RAM_DISK = Path("/dev/shm")
RAM_DISK_NEEDS = 1 << 30


def scratch_dir() -> str | None:
    """Where the cluster's folder goes: $COMMUNITY_DESK_TEST_PG_TMPDIR if set, else the RAM disk when it exists,
    is writable and has `RAM_DISK_NEEDS` free (a container's default /dev/shm of 64 MB has not), else None (the
    usual temporary folder)."""
    chosen = os.environ.get("COMMUNITY_DESK_TEST_PG_TMPDIR")
    if chosen:
        return chosen
    try:
        st = os.statvfs(RAM_DISK)
    except OSError:
        return None
    if st.f_bavail * st.f_frsize >= RAM_DISK_NEEDS and os.access(RAM_DISK, os.W_OK | os.X_OK):
        return str(RAM_DISK)
    return None


def _bin(name: str) -> str:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), key=lambda p: int(p.split("/")[4]))
    if found:
        return found[-1]
    on_path = shutil.which(name)
    if on_path:
        return on_path
    raise RuntimeError(
        f"PostgreSQL's {name} was not found: install the server (Debian: apt-get install postgresql), "
        "or set COMMUNITY_DESK_TEST_PG_URL to an existing server."
    )


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class TestServer:
    """A private PostgreSQL cluster in a temporary folder (see the module docstring)."""

    __test__ = False  # not a pytest test class

    def __init__(self) -> None:
        self.folder: Path | None = None
        self.port = 0
        self._as_user: list[str] = []

    @property
    def admin_url(self) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*self._as_user, *args], capture_output=True, text=True, check=check)

    def start(self) -> str:
        self.folder = Path(tempfile.mkdtemp(prefix="cdesk-pg-", dir=scratch_dir()))
        data = self.folder / "data"
        if os.geteuid() == 0:
            import pwd

            user = pwd.getpwnam("postgres")  # the system user Debian's postgresql package creates
            os.chown(self.folder, user.pw_uid, user.pw_gid)
            os.chmod(self.folder, 0o700)
            self._as_user = ["runuser", "-u", "postgres", "--"]
        atexit.register(self.stop)
        try:
            self._run(
                _bin("initdb"),
                "-D",
                str(data),
                "-U",
                "postgres",
                "-A",
                "trust",
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
                "--no-sync",
                "--no-instructions",
            )
        except subprocess.CalledProcessError as exc:
            raise RuntimeError(f"initdb failed: {exc.stderr or exc.stdout}") from exc
        options = " ".join(
            [
                "-c listen_addresses=127.0.0.1",
                f"-c unix_socket_directories={self.folder}",
                "-c fsync=off",
                "-c synchronous_commit=off",
                "-c full_page_writes=off",
                "-c wal_level=minimal",
                "-c max_wal_senders=0",
                "-c autovacuum=off",
                "-c max_wal_size=256MB",  # bounds the WAL kept on the RAM disk (a checkpoint comes sooner)
                "-c max_connections=300",
                "-c timezone=UTC",
            ]
        )
        for _attempt in range(5):
            self.port = free_port()
            result = self._run(
                _bin("pg_ctl"),
                "-D",
                str(data),
                "-l",
                str(self.folder / "server.log"),
                "-w",
                "-t",
                "60",
                "-o",
                f"-p {self.port} {options}",
                "start",
                check=False,
            )
            if result.returncode == 0:
                return self.admin_url
            time.sleep(0.2)  # the port was taken between free_port() and the bind: try another
        log = (self.folder / "server.log").read_text(errors="replace") if (self.folder / "server.log").exists() else ""
        raise RuntimeError(f"PostgreSQL did not start: {result.stderr}\n{log[-2000:]}")

    def stop(self) -> None:
        if self.folder is None:
            return
        folder, self.folder = self.folder, None
        if (folder / "data" / "postmaster.pid").exists():
            self._run(_bin("pg_ctl"), "-D", str(folder / "data"), "-m", "immediate", "-w", "stop", check=False)
        shutil.rmtree(folder, ignore_errors=True)


class Databases:
    """The migrated template and a fresh copy of it per test, on the server at `admin_url`."""

    def __init__(self, admin_url: str, *, prefetch: int = PREFETCH) -> None:
        from sqlalchemy import create_engine
        from sqlalchemy.engine import make_url

        self.admin_url = make_url(admin_url)
        self._admin = create_engine(self.admin_url, isolation_level="AUTOCOMMIT")
        self._names = itertools.count(1)
        self._prefix = f"t{os.getpid()}_"
        # Per process: pytest-xdist workers (or two runs) sharing one server never touch each other's template.
        self.template = f"cd_template_{os.getpid()}"
        self._prefetch = prefetch
        self._ready: list[str] = []
        self._wanted = threading.Condition()
        self._closing = False
        self._filler: threading.Thread | None = None
        self._templates: list[str] = []  # filled databases kept as templates (`keep_as_template`), dropped at close
        self._doomed: list[str] = []  # used databases the background thread drops (`drop`)

    def url_of(self, name: str) -> str:
        return self.admin_url.set(database=name).render_as_string(hide_password=False)

    def _exec(self, sql: str) -> None:
        with self._admin.connect() as conn:
            conn.exec_driver_sql(sql)

    def make_template(self, fill) -> None:
        """Create the template and let `fill(url)` migrate and seed it; no connection may stay open on it. Then
        start making test databases in the background."""
        self._exec(f'DROP DATABASE IF EXISTS "{self.template}" WITH (FORCE)')
        self._exec(f'CREATE DATABASE "{self.template}"')
        fill(self.url_of(self.template))
        if self._prefetch > 0:
            self._filler = threading.Thread(target=self._fill, name="test-database-prefetch", daemon=True)
            self._filler.start()

    def _copy(self, source: str) -> str:
        name = f"{self._prefix}{next(self._names)}"
        self._exec(f'CREATE DATABASE "{name}" TEMPLATE "{source}" STRATEGY FILE_COPY')
        return name

    def _fill(self) -> None:
        """The background thread: keep `prefetch` fresh copies ready, then drop the used databases `drop` left to it.
        On any error it stops, and `create()` makes the copies itself and `drop()` drops them itself (so the error
        surfaces in a test, with its message); `close()` drops what it left."""
        while True:
            with self._wanted:
                while not self._closing and not self._doomed and len(self._ready) >= self._prefetch:
                    self._wanted.wait()
                if self._closing:
                    return
                doomed = self._doomed.pop(0) if len(self._ready) >= self._prefetch else None
            try:
                if doomed is not None:
                    self._exec(f'DROP DATABASE IF EXISTS "{doomed}" WITH (FORCE)')
                    continue
                name = self._copy(self.template)
            except Exception:
                with self._wanted:
                    if doomed is not None:
                        self._doomed.insert(0, doomed)
                    self._wanted.notify_all()
                return
            with self._wanted:
                self._ready.append(name)
                self._wanted.notify_all()

    def create(self, *, empty: bool = False) -> str:
        """A new database: a copy of the migrated template, or (`empty`) one with no tables at all."""
        if empty:
            return self.url_of(self._copy("template0"))
        with self._wanted:
            if self._filler is not None and self._filler.is_alive() and not self._ready:
                self._wanted.wait(timeout=30)  # the copy under way is nearly always the quickest
            name = self._ready.pop(0) if self._ready else None
            self._wanted.notify_all()
        return self.url_of(name if name is not None else self._copy(self.template))

    def keep_as_template(self, url: str) -> str:
        """Keep the database at `url` (from `create()`, filled by a test fixture, every connection closed) as a
        template for `copy_of`; it is dropped at `close()`. Returns its name."""
        from sqlalchemy.engine import make_url

        name = make_url(url).database
        self._templates.append(name)
        return name

    def copy_of(self, template: str) -> str:
        """A new database copied from `template` (a name `keep_as_template` returned); `drop()` it after use."""
        return self.url_of(self._copy(template))

    def drop(self, url: str) -> None:
        """Drop the database at `url`: in the background thread when it runs (see the module docstring), else now."""
        from sqlalchemy.engine import make_url

        name = make_url(url).database
        with self._wanted:
            if self._filler is not None and self._filler.is_alive() and not self._closing:
                self._doomed.append(name)
                self._wanted.notify_all()
                return
        self._exec(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def close(self) -> None:
        with self._wanted:
            self._closing = True
            self._wanted.notify_all()
        if self._filler is not None:
            self._filler.join(timeout=60)
        try:
            for name in [*self._doomed, *self._ready, *self._templates, self.template]:
                self._exec(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        finally:
            self._admin.dispose()
