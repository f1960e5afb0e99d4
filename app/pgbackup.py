"""Backups of a server (PostgreSQL) database with PostgreSQL's own tools.

`backup(url, dest)` runs `pg_dump -Fc` (the custom format: compressed, restorable table by table, checked by
`pg_restore --list`) into a temporary file, checks the result is a Community Desk dump, then gives it its
final name. `restore(file, url)` checks the dump first (readable by `pg_restore --list`, our schema marker in it,
a schema this version knows) and that the target database is EMPTY, then loads it with `pg_restore
--single-transaction --exit-on-error`, so a failed restore leaves the target as empty as it was. Restoring
over a database in use would pull data from under every open workstation; an empty database, then pointing
the workstations at it, is the safe way, and the one PostgreSQL's own documentation gives.

The tools are looked for on PATH, then where PostgreSQL's installers put them (Debian's /usr/lib/postgresql/N/bin,
Windows' Program Files\\PostgreSQL\\N\\bin), the newest first: pg_dump must be at least as new as the server.
The password goes to the tools in the PGPASSWORD environment variable, never on their command line (which
other users of the PC can see) and never in a message or the log.
"""

from __future__ import annotations

import glob
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from app.errors import UserError
from app.i18n import translate

DUMP_SUFFIX = ".dump"
# Tables whose presence in a dump's table of contents marks it as ours.
MARKER_TABLES = ("alembic_version", "users", "residents", "settings")
TOOL_DIRS = ["/usr/lib/postgresql/*/bin", "/usr/local/pgsql/bin", r"C:\Program Files\PostgreSQL\*\bin"]
TIMEOUT_S = 3600


class ToolMissing(UserError):
    """pg_dump / pg_restore is not installed where we look."""


@dataclass(frozen=True)
class DumpInfo:
    path: Path
    tables: frozenset[str]
    schema: tuple[str, ...]  # Alembic revisions in the dump
    counts: dict[str, int]


def _version_key(path: str) -> tuple[int, ...]:
    return tuple(int(n) for n in re.findall(r"\d+", path)[:2]) or (0,)


def find_tool(name: str) -> str:
    """The path of PostgreSQL's `name` tool; raise ToolMissing with what to install."""
    found = shutil.which(name)
    if found:
        return found
    exe = name + (".exe" if os.name == "nt" else "")
    candidates = [p for pattern in TOOL_DIRS for p in glob.glob(os.path.join(pattern, exe))]
    for candidate in sorted(candidates, key=_version_key, reverse=True):
        if os.access(candidate, os.X_OK):
            return candidate
    raise ToolMissing(
        translate(
            "Backup",
            "PostgreSQL's {tool} was not found, so the server database cannot be backed up or restored here. "
            "Install the PostgreSQL client tools (the same or a newer version than the server) and make sure "
            "{tool} is on the PATH.",
        ).format(tool=name)
    )


def _conninfo(url: str) -> tuple[str, dict[str, str]]:
    """A libpq connection string without the password, and the environment that carries the password."""
    from psycopg.conninfo import make_conninfo
    from sqlalchemy.engine import make_url

    from db.engine import normalise_url

    u = make_url(normalise_url(url))
    params = {
        "host": u.host or "localhost",
        "port": str(u.port or 5432),
        "user": u.username or "",
        "dbname": u.database or "",
    }
    params.update({k: str(v) for k, v in u.query.items() if isinstance(v, str)})
    params = {k: v for k, v in params.items() if v}
    env = {**os.environ, "PGCONNECT_TIMEOUT": "10"}
    env.pop("PGPASSWORD", None)
    if u.password:
        env["PGPASSWORD"] = str(u.password)
    return make_conninfo(**params), env


def _run(args: list[str], env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(args, capture_output=True, text=True, env=env, timeout=TIMEOUT_S, errors="replace")
    except OSError as exc:
        raise ToolMissing(
            translate("Backup", "{tool} could not be started: {error}").format(
                tool=Path(args[0]).name, error=exc.strerror or exc
            )
        ) from exc


def _tool_failed(tool: str, stderr: str, where: str) -> UserError:
    """pg_dump's / pg_restore's complaint as a message naming what to check."""
    low = stderr.lower()
    if "password authentication failed" in low or "no password supplied" in low:
        return UserError(
            translate(
                "Database",
                "The database server refused the user name or password{where}. Check the user and password in the "
                "settings (they are the PostgreSQL role's, not a staff sign-in).",
            ).format(where=f" ({where})")
        )
    if "does not exist" in low and "database" in low:
        return UserError(
            translate(
                "Database",
                "The database server has no database of that name{where}. Check the database name in the settings, "
                "or create it on the server first.",
            ).format(where=f" ({where})")
        )
    if "connection refused" in low or "could not translate host" in low or "timeout expired" in low:
        return UserError(
            translate(
                "Database",
                "The database server cannot be reached{where}. Check that the server PC is on and PostgreSQL is "
                "running there, the network cable or Wi-Fi, and the host name and port in the settings.",
            ).format(where=f" ({where})")
        )
    if "version mismatch" in low:
        return UserError(
            translate(
                "Backup",
                "{tool} is older than the database server. Install the PostgreSQL client tools of the server's "
                "version or newer.",
            ).format(tool=tool)
        )
    last = stderr.strip().splitlines()[-1] if stderr.strip() else ""
    return UserError(translate("Backup", "{tool} failed: {error}").format(tool=tool, error=last))


def default_name() -> str:
    from app import clock

    return f"community-desk-{clock.local_now():%Y%m%d-%H%M%S}{DUMP_SUFFIX}"


def _destination(dest: Path | str | None) -> Path:
    from app.paths import backups_dir

    if dest is None:
        return backups_dir() / default_name()
    as_folder = str(dest).endswith(("/", os.sep))
    path = Path(dest)
    if path.is_dir() or as_folder or not path.suffix:
        return path / default_name()
    return path


def backup(url: str, dest: Path | str | None = None) -> DumpInfo:
    """Dump the server database at `url` to `dest` (a file, or a folder for a dated file; default: the backups
    folder) in pg_dump's custom format. Returns what the checked dump holds; raises UserError (ToolMissing,
    server problems) with nothing left behind."""
    from db.engine import server_label

    pg_dump = find_tool("pg_dump")
    find_tool("pg_restore")  # to check the result
    where = server_label(url)
    target = _destination(dest)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(
            translate("Backup", "The backup could not be written: {error}").format(error=exc.strerror or exc)
        ) from exc
    tmp = target.with_name(target.name + ".part")
    conninfo, env = _conninfo(url)
    result = _run([pg_dump, "--format=custom", "--no-owner", "--no-privileges", f"--file={tmp}",
                   f"--dbname={conninfo}"], env)  # fmt: skip
    if result.returncode != 0:
        tmp.unlink(missing_ok=True)
        raise _tool_failed("pg_dump", result.stderr, where)
    try:
        info = inspect(tmp)
    except UserError:
        tmp.unlink(missing_ok=True)
        raise UserError(
            translate("Backup", "{where} is not a Community Desk database, so it was not backed up.").format(
                where=where
            )
        ) from None
    os.replace(tmp, target)
    return DumpInfo(target, info.tables, info.schema, _counts(url))


_TOC_TABLE = re.compile(r"^\d+;\s+\d+\s+\d+\s+TABLE\s+(\S+)\s+(\S+)\s", re.M)
_TOC_DATA = re.compile(r"^\d+;\s+\d+\s+\d+\s+TABLE DATA\s+(\S+)\s+(\S+)\s", re.M)


def inspect(path: Path | str) -> DumpInfo:
    """What a pg_dump custom-format file holds, after checking it is a Community Desk dump; raise UserError if
    it is not (not a dump, another program's database, damaged)."""
    path = Path(path)
    if not path.is_file():
        raise UserError(translate("Backup", "{path} is not a file.").format(path=path))
    pg_restore = find_tool("pg_restore")
    listing = _run([pg_restore, "--list", str(path)])
    not_ours = UserError(
        translate(
            "Backup", "{path} is not a Community Desk backup of a server database (pg_dump custom format)."
        ).format(path=path.name)
    )
    if listing.returncode != 0:
        raise not_ours
    tables = frozenset(name for schema, name in _TOC_TABLE.findall(listing.stdout) if schema == "public")
    if not set(MARKER_TABLES) <= tables:
        raise not_ours
    version = _run([pg_restore, "--data-only", "--table=alembic_version", "--file=-", str(path)])
    schema = tuple(sorted(_copy_rows(version.stdout, "alembic_version")))
    if version.returncode != 0 or not schema:
        raise not_ours
    return DumpInfo(path, tables, schema, {})


def _copy_rows(sql: str, table: str) -> list[str]:
    """The first column of the rows of a COPY … FROM stdin block in pg_restore's SQL output."""
    rows: list[str] = []
    inside = False
    for line in sql.splitlines():
        if line.startswith("COPY ") and f"{table} " in line:
            inside = True
            continue
        if inside:
            if line == "\\.":
                break
            rows.append(line.split("\t", 1)[0])
    return rows


def _target_tables(url: str) -> int:
    """How many tables the target database has outside PostgreSQL's own schemas (KnownDatabaseError when it
    cannot be reached)."""
    from sqlalchemy import text

    from app.database import problem_message
    from app.errors import KnownDatabaseError
    from db.engine import Database, check_url
    from db.errors import DatabaseProblem

    try:
        check_url(url)
        db = Database(url)
        try:
            with db.read() as s:
                return int(
                    s.execute(
                        text(
                            "SELECT count(*) FROM pg_tables "
                            "WHERE schemaname NOT IN ('pg_catalog', 'information_schema')"
                        )
                    ).scalar_one()
                )
        finally:
            db.dispose()
    except DatabaseProblem as problem:
        raise KnownDatabaseError(problem_message(problem)) from problem


def restore(path: Path | str, url: str) -> DumpInfo:
    """Load the checked dump at `path` into the EMPTY server database at `url`; raise UserError when the dump
    is not ours or is newer than this program, the target is not empty, or the tools or server fail (the
    target is then left as it was: one transaction)."""
    from db.engine import server_label
    from db.migrate import known_revisions

    pg_restore = find_tool("pg_restore")
    info = inspect(path)
    if set(info.schema) - known_revisions():
        raise UserError(translate("Backup", "This backup was made by a newer version of Community Desk."))
    where = server_label(url)
    if _target_tables(url):
        raise UserError(
            translate(
                "Backup",
                "The database {where} is not empty, so nothing was restored into it. Restore into a new, empty "
                "database (create it on the server), then point the workstations at it.",
            ).format(where=where)
        )
    conninfo, env = _conninfo(url)
    result = _run([pg_restore, "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error",
                   f"--dbname={conninfo}", str(info.path)], env)  # fmt: skip
    if result.returncode != 0:
        raise _tool_failed("pg_restore", result.stderr, where)
    return DumpInfo(info.path, info.tables, info.schema, _counts(url))


def _counts(url: str) -> dict[str, int]:
    from sqlalchemy import text

    from app.backup import SUMMARY_TABLES
    from db.engine import Database

    db = Database(url)
    try:
        with db.read() as s:
            return {key: int(s.execute(text(f'SELECT count(*) FROM "{table}"')).scalar_one())
                    for key, table in SUMMARY_TABLES.items()}  # fmt: skip
    finally:
        db.dispose()
