"""Owner-only files and folders on POSIX: the database, its -wal/-shm, backups, exports and logs hold personal data.

Files are created 0600 and folders 0700, with the process umask applied on top (a mode is never wider than the
umask allows). SQLite creates a database's -wal, -shm and -journal with the main file's permissions, so the main
file is created owner-only *before* SQLite first opens it (`create_private_file`). Plain standard library: the
start-up check and `app.backup` import this before SQLAlchemy.

On Windows these are no-ops: the user's profile folders are private already.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import threading
from collections.abc import Iterator
from pathlib import Path

FILE_MODE = 0o600
DIR_MODE = 0o700
PRIVATE_UMASK = 0o077  # added to the process umask while our files are created
SIDECARS = ("-wal", "-shm", "-journal")  # SQLite's files beside a database

POSIX = os.name == "posix"
_lock = threading.Lock()
_depth = 0
_saved = 0


@contextlib.contextmanager
def owner_only() -> Iterator[None]:
    """Files and folders created inside the block are owner-only (the umask gains 077 for its duration).

    The umask is per process: threads that create files meanwhile get owner-only files too, which errs on the
    safe side; nested and concurrent blocks restore the original umask once, when the last one ends."""
    global _depth, _saved
    if not POSIX:
        yield
        return
    with _lock:
        if _depth == 0:
            _saved = os.umask(PRIVATE_UMASK)
            os.umask(_saved | PRIVATE_UMASK)
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0:
                os.umask(_saved)


def restrict_process_umask() -> int:
    """Make every file this process creates from now on owner-only (umask |= 077); returns the umask before.

    Called once by the entry points, so files written by code that does not go through these helpers (a
    library's own files, an export written with `Path.write_bytes`) are private as well."""
    if not POSIX:
        return 0
    old = os.umask(PRIVATE_UMASK)
    os.umask(old | PRIVATE_UMASK)
    return old


def tighten(path: Path) -> None:
    """Take group and other permissions off an existing file or folder of ours (never adds any); errors ignored
    (a FAT USB drive or a file owned by someone else keeps what it has)."""
    if not POSIX:
        return
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & PRIVATE_UMASK:
            os.chmod(path, mode & ~PRIVATE_UMASK)
    except OSError:
        pass


def sqlite_path(url: str) -> Path | None:
    """The file of an SQLite URL (None for a server or an in-memory database); here, not in db.engine, so that
    what only needs the path does not import SQLAlchemy."""
    if url.startswith("sqlite:///") and ":memory:" not in url:
        return Path(url[len("sqlite:///") :])
    return None


def make_private_dir(path: Path, *, parents: bool = True) -> Path:
    """Create `path` (and missing parents) owner-only; returns `path`.

    An existing folder is left exactly as it is: it may be a folder the user chose and shares (a 1777 /tmp, a
    2775 group folder for backups), whose permissions are not ours to change. Only the files written into it
    are owner-only. The app's own folders (app.paths) use `make_app_dir`, which also tightens."""
    with owner_only():
        path.mkdir(mode=DIR_MODE, parents=parents, exist_ok=True)
    return path


def make_app_dir(path: Path) -> Path:
    """Create one of the app's own folders (data, logs, documents, backups in the user data folder) owner-only,
    and tighten it if it exists (it is ours: made by this or an older version). Returns `path`."""
    make_private_dir(path)
    tighten(path)
    return path


def create_private_file(path: Path) -> bool:
    """Create `path` empty and owner-only if it does not exist (True when created); an existing one is tightened.

    An empty file is what SQLite takes for a new database, so this is how a database gets born private."""
    try:
        with owner_only():
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    except FileExistsError:
        tighten(path)
        return False
    os.close(fd)
    return True


def write_private(path: Path, data: bytes) -> Path:
    """Write `data` to `path` as an owner-only file (replacing what was there)."""
    with owner_only():
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    tighten(path)
    return path


def copy_private(source: Path, dest: Path) -> Path:
    """Copy the bytes of `source` to `dest`, which is created owner-only."""
    with owner_only():
        fd = os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    with os.fdopen(fd, "wb") as out, source.open("rb") as src:
        shutil.copyfileobj(src, out, 1024 * 1024)
    tighten(dest)
    return dest


def sidecars(database: Path) -> list[Path]:
    """The -wal, -shm and -journal files that lie beside `database` now."""
    return [p for p in (Path(f"{database}{s}") for s in SIDECARS) if p.exists()]


def tighten_database(database: Path) -> None:
    """Owner-only for an existing database file and the SQLite files beside it."""
    for p in (database, *sidecars(database)):
        tighten(p)
