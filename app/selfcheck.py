"""The self-check's parts that need no window: the database this PC opens, the app's folders, a receipt PDF.

`ui.selfcheck` (the `selfcheck` command) runs these beside its Qt checks. Each answers what an installation can get
wrong, cheaply, and touches nobody's data: the database is opened without being created, migrated or written; the
folders get a probe file that is removed at once; the receipt is drawn in memory.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from app.i18n import translate


@dataclass(frozen=True)
class Check:
    """One line of the self-check: passed or not, and what was checked (in the user's language)."""

    ok: bool
    text: str


def prepare(url: str | None = None, receipt: bool = True) -> None:
    """Load what check_database(url) (and, with `receipt`, check_receipt) need without checking anything: the
    self-check does this on a thread while Qt starts. The database layer (SQLAlchemy: 0.5 s of CPU; Alembic only
    loads for an upgrade, which the self-check never runs) only when `url` names a database to open: a server, or a
    file that exists."""
    if url is not None and opens_database(url):
        from app import database  # noqa: F401
        from db import migrate  # noqa: F401
    if receipt:
        prepare_receipt()


def opens_database(url: str) -> bool:
    """Whether check_database(url) opens a database (a server, or a file with something in it) rather than
    finding that the first start will create it."""
    from db.files import sqlite_path

    path = sqlite_path(url)
    return path is None or (path.exists() and path.stat().st_size > 0)


def check_database(url: str) -> Check:
    """The database at `url` (an SQLAlchemy URL: what --db, $COMMUNITY_DESK_DB, the saved server or the default
    file resolve to): the installed migrations are complete (read from their files, not run: db.migration_files),
    the database is reachable, ours and not written by a
    newer version (app.database.open_database's checks and messages), and its schema is current — or older, which
    the app upgrades at its next start, so that passes too. Nothing is created or written: a database file that does
    not exist yet passes (the first start creates it). Never raises for a database problem; a bug propagates."""
    from db.files import sqlite_path
    from db.migration_files import MigrationFilesProblem, check_installed

    try:
        heads = check_installed()
    except MigrationFilesProblem as exc:  # a broken installation: which file, and what is wrong with it
        return Check(False, translate("SelfCheck", "database migrations not installed: {error}").format(error=exc))
    if not opens_database(url):
        return Check(
            True,
            translate("SelfCheck", "database {where}: not created yet (the first start creates it)").format(
                where=sqlite_path(url)
            ),
        )
    from app.database import database_label, open_database
    from app.errors import KnownDatabaseError
    from db import migrate

    where = database_label(url)
    try:
        db = open_database(url, migrate=False, create=False)
    except KnownDatabaseError as exc:
        return Check(False, translate("SelfCheck", "database: {problem}").format(problem=exc.message))
    try:
        current = migrate.current_revisions(db.engine)
    finally:
        db.dispose()
    if current == heads:
        text = translate("SelfCheck", "database {where}: reachable, schema current")
    elif not current:
        text = translate("SelfCheck", "database {where}: reachable, empty (the first start sets it up)")
    else:
        text = translate("SelfCheck", "database {where}: reachable, older schema (upgraded at the next start)")
    return Check(True, text.format(where=where))


def check_writable(folders: list[Path]) -> Check:
    """Each folder exists (made owner-only if missing, as the app makes it) and takes a new file: a probe file is
    written, synced and removed. `folders`: the app's data and log folders (app.paths)."""
    return writable_check(folders, probe_folders(folders))


def probe_folders(folders: list[Path]) -> list[str]:
    """The probe of `check_writable`, without its text: "folder (reason)" for each folder that took no new file
    (written, synced to the disk, removed). The sync waits for the disk (20-30 ms for the two folders on a shared
    disk, more when it is busy), so the self-check runs this on a thread of its own while Qt starts and composes the
    line afterwards, in the user's language (`writable_check`)."""
    failed = []
    for folder in folders:
        probe = folder / f".selfcheck-{secrets.token_hex(4)}"
        try:
            with open(probe, "xb") as fh:
                fh.write(b"ok")
                fh.flush()
                os.fsync(fh.fileno())
            probe.unlink()
        except OSError as exc:
            failed.append(f"{folder} ({exc.strerror or exc})")
    return failed


def writable_check(folders: list[Path], failed: list[str]) -> Check:
    """The line for `probe_folders(folders)` having answered `failed`."""
    if failed:
        return Check(False, translate("SelfCheck", "folders not writable: {folders}").format(folders="; ".join(failed)))
    return Check(
        True, translate("SelfCheck", "folders writable: {folders}").format(folders=", ".join(str(f) for f in folders))
    )


def app_folders() -> list[Path]:
    """The folders the app writes to (created owner-only when missing, as at every start)."""
    from app import paths

    return [paths.data_dir(), paths.log_dir()]


def check_receipt() -> Check:
    """An 80 mm receipt with Chinese text and a QR code drawn as a PDF in memory: reportlab, the shipped CJK font
    (registered with reportlab, about a third of a second) and the QR encoder. The fallback font for rare
    characters (CJK Extension A/B) is only checked to be installed and readable, not registered: registering it
    costs another 0.4 s and only documents with such characters pay it."""
    return receipt_check(draw_receipt(*receipt_texts()))


def receipt_texts() -> tuple[str, str]:
    """(title, counter label) of the self-check's receipt, in the user's language."""
    return translate("SelfCheck", "Self-check"), translate("SelfCheck", "Counter")


def prepare_receipt() -> None:
    """Load what `draw_receipt` needs: reportlab, the receipt module and the CJK font registered with it."""
    from reportlab.pdfgen import canvas  # noqa: F401

    from app.documents import receipt  # noqa: F401
    from app.documents.fonts import ensure_fonts

    ensure_fonts()


def draw_receipt(title: str, counter: str) -> bytes:
    """The self-check's receipt (`title` and a `counter` line in Chinese or English, a QR code), as PDF bytes."""
    from app.documents.center import CenterInfo
    from app.documents.receipt import Receipt, render_receipt

    receipt = Receipt(title=title).pair(counter, "¥0.00").qr("SELFCHECK")
    center = CenterInfo(name=title, address="", phone="", receipt_width_mm=80)
    return render_receipt(receipt, center)


def receipt_check(pdf: bytes) -> Check:
    """The line for a receipt drawn by `draw_receipt` (here or in the worker process): a PDF of some size, and the
    fallback font installed and readable."""
    from app.resources import fallback_font_path

    with open(fallback_font_path(), "rb") as fh:
        rare_ok = fh.read(4) in (b"\x00\x01\x00\x00", b"OTTO", b"true")
    ok = pdf.startswith(b"%PDF") and len(pdf) > 1000 and rare_ok
    return Check(ok, translate("SelfCheck", "receipt PDF ({n} bytes)").format(n=len(pdf)))


def receipt_worker() -> None:
    """The receipt check in a process of its own (`ui.selfcheck` starts it first, so reportlab and the font load on
    the other core while Qt starts): load, then read one JSON line [title, counter] from stdin, draw the receipt and
    write it base64-encoded on one line of stdout. stdin closed without a line: exit quietly."""
    import base64
    import json
    import sys

    prepare_receipt()
    line = sys.stdin.readline()
    if not line.strip():
        return
    title, counter = json.loads(line)
    pdf = draw_receipt(title, counter)
    sys.stdout.write("PDF " + base64.b64encode(pdf).decode("ascii") + "\n")
    sys.stdout.flush()
