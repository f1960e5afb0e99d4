"""A private PostgreSQL server for the server-operations tests (losing the server, pg_dump backups, bad URLs).

Unlike a throw-away server with trust authentication, this one checks passwords on TCP (scram-sha-256), so a
wrong password is refused the way a center's server refuses it, and it can be stopped and started again in the
middle of a test (`stop()` / `start()`), the data kept. It listens on 127.0.0.1 only, at $COMMUNITY_DESK_TEST_PG_PORT
or else a port that was free when the server was made (so pytest-xdist workers, and two runs at once, each have
their own), and keeps that port across restarts. Its folder is on the RAM disk when there is one with room
(tests.pgserver.scratch_dir). As root (CI) the folder is handed to the `postgres` system user and every server
command runs through `runuser -u postgres --`, because PostgreSQL refuses to run as root.

`binaries_missing()` names the first tool that is not installed, so a test can skip with that reason.
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

PORT = int(os.environ["COMMUNITY_DESK_TEST_PG_PORT"]) if os.environ.get("COMMUNITY_DESK_TEST_PG_PORT") else None
SUPERUSER_PASSWORD = "super-secret-pw"
APP_ROLE = "desk"
APP_PASSWORD = "desk-secret-pw"
TOOLS = ("initdb", "pg_ctl", "pg_dump", "pg_restore")


def pg_bin(name: str) -> str | None:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), key=lambda p: int(p.split("/")[4]))
    return found[-1] if found else shutil.which(name)


def binaries_missing() -> str | None:
    for tool in TOOLS:
        if pg_bin(tool) is None:
            return f"PostgreSQL's {tool} is not installed (Debian: apt-get install postgresql)"
    if os.geteuid() == 0:
        import pwd

        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root and there is no 'postgres' system user to run the server as"
    return None


class OpsServer:
    """A PostgreSQL cluster in a temporary folder that a test may stop and start again."""

    def __init__(self, port: int | None = PORT) -> None:
        from tests.pgserver import free_port, scratch_dir

        self.port = port or free_port()
        self.folder = Path(tempfile.mkdtemp(prefix="cdesk-pgops-", dir=scratch_dir()))
        self.data = self.folder / "data"
        self._as_user: list[str] = []
        self._names = itertools.count(1)
        if os.geteuid() == 0:
            import pwd

            user = pwd.getpwnam("postgres")
            os.chown(self.folder, user.pw_uid, user.pw_gid)
            os.chmod(self.folder, 0o700)
            self._as_user = ["runuser", "-u", "postgres", "--"]
        pwfile = self.folder / "pw"
        pwfile.write_text(SUPERUSER_PASSWORD + "\n")
        if self._as_user:
            shutil.chown(pwfile, "postgres", "postgres")
        self._run(
            pg_bin("initdb"), "-D", str(self.data), "-U", "postgres", "--pwfile", str(pwfile),
            "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8",
            "--no-sync", "--no-instructions",
        )  # fmt: skip
        pwfile.unlink()

    def _run(self, *args, check: bool = True) -> subprocess.CompletedProcess[str]:
        result = subprocess.run([*self._as_user, *map(str, args)], capture_output=True, text=True)
        if check and result.returncode != 0:
            log = self.folder / "server.log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise RuntimeError(f"{args[0]} failed: {result.stderr or result.stdout}\n{tail}")
        return result

    def start(self) -> None:
        options = (
            f"-p {self.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={self.folder} "
            "-c fsync=off -c full_page_writes=off -c autovacuum=off -c timezone=UTC"
        )
        self._run(pg_bin("pg_ctl"), "-D", self.data, "-l", self.folder / "server.log", "-w", "-t", "60",
                  "-o", options, "start")  # fmt: skip

    def stop(self, mode: str = "fast") -> None:
        if (self.data / "postmaster.pid").exists():
            self._run(pg_bin("pg_ctl"), "-D", self.data, "-m", mode, "-w", "stop", check=False)

    def destroy(self) -> None:
        self.stop("immediate")
        shutil.rmtree(self.folder, ignore_errors=True)

    def url(self, database: str = "postgres", user: str = "postgres", password: str = SUPERUSER_PASSWORD) -> str:
        return f"postgresql+psycopg://{user}:{password}@127.0.0.1:{self.port}/{database}"

    def sql(self, statement: str, database: str = "postgres") -> None:
        """Run one statement as the superuser (outside a transaction, so CREATE DATABASE works)."""
        import psycopg

        with psycopg.connect(
            host="127.0.0.1", port=self.port, user="postgres", password=SUPERUSER_PASSWORD, dbname=database,
            autocommit=True,
        ) as conn:  # fmt: skip
            conn.execute(statement)

    def new_database(self, *, owner: str = APP_ROLE) -> str:
        """A new empty database owned by the app's role; returns its name."""
        self.ensure_role()
        name = f"ops_{os.getpid()}_{next(self._names)}"
        self.sql(f'CREATE DATABASE "{name}" OWNER "{owner}"')
        return name

    def ensure_role(self) -> None:
        self.sql(
            f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{APP_ROLE}') THEN "
            f"CREATE ROLE {APP_ROLE} LOGIN PASSWORD '{APP_PASSWORD}'; END IF; END $$"
        )

    def app_url(self, database: str) -> str:
        return self.url(database, APP_ROLE, APP_PASSWORD)
