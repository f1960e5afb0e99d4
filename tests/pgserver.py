"""A throw-away PostgreSQL server for the test run, and one fresh database per test.

`TestServer.start()` runs Debian's PostgreSQL (`initdb`, `pg_ctl` from /usr/lib/postgresql/<n>/bin or PATH) in a
temporary folder, listening on 127.0.0.1 at a free port with trust authentication and its unix socket inside that
folder; fsync and synchronous commit are off (a test database is thrown away anyway). As root (CI) the folder is
handed to the unprivileged `postgres` system user and every server command runs through `runuser -u postgres --`,
because PostgreSQL refuses to run as root. `stop()` stops it (`pg_ctl stop -m immediate`) and removes the folder;
the conftest calls it at the end of the session, also when tests fail, and `atexit` does if the session dies.

`Databases` migrates one template database (`cd_template`) once, then `create()` gives each test
`CREATE DATABASE t_N TEMPLATE cd_template` (milliseconds) and `drop()` removes it with `WITH (FORCE)`, which also
ends connections a test or its worker processes left open.

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
import time
from pathlib import Path

TEMPLATE = "cd_template"


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
        self.folder = Path(tempfile.mkdtemp(prefix="cdesk-pg-"))
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

    def __init__(self, admin_url: str) -> None:
        from sqlalchemy import create_engine
        from sqlalchemy.engine import make_url

        self.admin_url = make_url(admin_url)
        self._admin = create_engine(self.admin_url, isolation_level="AUTOCOMMIT")
        self._names = itertools.count(1)
        self._prefix = f"t{os.getpid()}_"

    def url_of(self, name: str) -> str:
        return self.admin_url.set(database=name).render_as_string(hide_password=False)

    def _exec(self, sql: str) -> None:
        with self._admin.connect() as conn:
            conn.exec_driver_sql(sql)

    def make_template(self, fill) -> None:
        """Create `cd_template` and let `fill(url)` migrate and seed it; no connection may stay open on it."""
        self._exec(f'DROP DATABASE IF EXISTS "{TEMPLATE}" WITH (FORCE)')
        self._exec(f'CREATE DATABASE "{TEMPLATE}"')
        fill(self.url_of(TEMPLATE))

    def create(self, *, empty: bool = False) -> str:
        """A new database: a copy of the migrated template, or (`empty`) one with no tables at all."""
        name = f"{self._prefix}{next(self._names)}"
        self._exec(f'CREATE DATABASE "{name}" TEMPLATE "{"template0" if empty else TEMPLATE}" STRATEGY FILE_COPY')
        return self.url_of(name)

    def drop(self, url: str) -> None:
        from sqlalchemy.engine import make_url

        self._exec(f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)')

    def close(self) -> None:
        try:
            self._exec(f'DROP DATABASE IF EXISTS "{TEMPLATE}" WITH (FORCE)')
        finally:
            self._admin.dispose()
