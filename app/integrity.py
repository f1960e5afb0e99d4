"""Is the database file sound? `PRAGMA quick_check` at start, and the newest backup that is sound.

Plain sqlite3 only: the start-up check runs on a thread while the sign-in dialog paints, before
SQLAlchemy is imported.
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class CheckResult:
    ok: bool
    detail: str  # "ok", or the first problems SQLite reports
    seconds: float
    mode: str  # "quick" | "full"


def check_database(path: Path, *, full: bool = False) -> CheckResult:
    """Run `PRAGMA quick_check` (or the full `integrity_check`) on the database at `path`.

    quick_check reads every page and checks the b-trees' structure but not that every index matches its
    table row by row; on the 100,000-resident demo it takes a fraction of the full check's time (see
    tests/safety/test_integrity.py and the report in the commit). A file that is not there is sound (nothing to check).
    """
    mode = "full" if full else "quick"
    started = time.perf_counter()
    if not path.exists():
        return CheckResult(True, "ok", 0.0, mode)
    try:
        # A normal connection (not mode=ro), so WAL recovery can happen if the last writer was killed.
        con = sqlite3.connect(str(path), timeout=10)
        try:
            con.execute("PRAGMA query_only = 1")
            pragma = "integrity_check(20)" if full else "quick_check(20)"
            rows = [r[0] for r in con.execute(f"PRAGMA {pragma}")]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        text = str(exc)
        if "locked" in text or "busy" in text:
            # Another program holds it; not damage. Opening the database reports this clearly.
            return CheckResult(True, text, time.perf_counter() - started, mode)
        return CheckResult(False, text, time.perf_counter() - started, mode)
    ok = rows == ["ok"]
    return CheckResult(ok, "ok" if ok else "\n".join(rows[:5]), time.perf_counter() - started, mode)


def latest_good_backup(folders: list[Path]):
    """The newest backup in `folders` that is ours and passes quick_check (an app.backup.BackupInfo), or None."""
    from app.backup import list_backups, peek_backup
    from app.errors import UserError

    candidates: list[Path] = []
    for folder in folders:
        candidates.extend(list_backups(folder))
    seen: set[Path] = set()
    for path in sorted(candidates, key=lambda p: p.name, reverse=True):
        if path in seen:
            continue
        seen.add(path)
        try:
            return peek_backup(path, check="quick")
        except UserError:
            continue
    return None
