"""The import figure (issue 17 item 1: "2,000 residents from one sheet in at most 5 s").

Figure: `app.imports.service.run_import(db, admin, "residents", sheet)` — the whole import as the wizard and the CLI
run it (read, check every row with the form's rules, look for duplicates in the file and the database, write in one
unit of work, audit) — of a 2,000-row sheet made by `app.imports.samples.write_residents_sheet`, into a fresh
migrated database each run (a copy of one template, made outside the timing).

Reference: the floor of the same work without our layers, in the same process on a copy of the same template:
python-calamine reading the same sheet (the fastest maintained reader, which the import also uses for a sheet of
this size; until issue 17's second round both used openpyxl's read-only mode), plus plain sqlite3 inserts of the
same 2,000 rows (name, gender, birth date, ID number, phone, address, pinyin keys as the import stores them) and one
COMMIT. What the reference leaves out is what the import is for: the checks, the duplicate search, the tags and the
audit entry.
"""

from __future__ import annotations

import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROWS = 2000
CPU: list[float] = []  # the figure's CPU seconds per run (the machine is shared: wall time includes waiting)


def _template(folder: Path) -> Path:
    """A migrated, empty database with one administrator (made once per run of the figure)."""
    from app.actor import ADMIN
    from app.database import open_database
    from db.models import User, UserRole

    path = folder / "template.sqlite3"
    db = open_database(f"sqlite:///{path}")
    with db.write() as s:
        admin = User(username="bench", display_name="基准管理员", password_hash="-")
        admin.roles = [UserRole(role=ADMIN)]
        s.add(admin)
    with db.engine.connect() as conn:  # everything in the main file: the copies need no -wal beside them
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    return path


def _copy(template: Path, folder: Path, name: str) -> Path:
    target = folder / name
    for suffix in ("-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(template, target)
    return target


def _import_once(template: Path, folder: Path, sheet: Path) -> tuple[float, int]:
    from app.accounts.service import actor_for
    from app.database import open_database
    from app.imports.service import run_import

    path = _copy(template, folder, "figure.sqlite3")
    db = open_database(f"sqlite:///{path}", migrate=False)
    try:
        admin = actor_for(db, 1)
        start, cpu = time.perf_counter(), time.process_time()
        summary = run_import(db, admin, "residents", str(sheet))
        seconds = time.perf_counter() - start
        CPU.append(time.process_time() - cpu)
    finally:
        db.dispose()
    return seconds, summary.imported


def _reference_once(template: Path, folder: Path, sheet: Path) -> tuple[float, int]:
    from python_calamine import CalamineWorkbook

    from db.name_keys import name_keys

    path = _copy(template, folder, "reference.sqlite3")
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    try:
        start = time.perf_counter()
        wb = CalamineWorkbook.from_path(str(sheet))
        rows = wb.get_sheet_by_name(wb.sheet_names[0]).to_python()[2:]
        wb.close()
        now = "2026-11-30 02:00:00.000000"
        params = []
        for _n, name, gender, number, birth, phone, address, _tags in rows:
            (pinyin, initials), _alt = name_keys(name)
            params.append(
                (
                    name, "M" if gender == "男" else "F", str(birth).replace(".", "-"), number,
                    str(phone).replace(" ", ""), address, pinyin, initials, now, now,
                )
            )  # fmt: skip
        con.execute("BEGIN IMMEDIATE")
        con.executemany(
            "INSERT INTO residents (name, gender, birth_date, id_number, phone, building, name_pinyin, "
            "name_initials, created_at, updated_at, is_local) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
            params,
        )
        con.execute("COMMIT")
        seconds = time.perf_counter() - start
        count = con.execute("SELECT count(*) FROM residents").fetchone()[0]
    finally:
        con.close()
    return seconds, count


def fig_import_residents(args) -> dict:
    import os
    import statistics

    from app.imports.samples import write_residents_sheet
    from bench.__main__ import stats

    runs = 5 if args.quick else 7
    rows = 500 if args.quick else ROWS
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        sheet = write_residents_sheet(folder / f"residents-{rows}.xlsx", rows)
        template = _template(folder)
        f, r, imported, inserted = [], [], set(), set()
        _import_once(template, folder, sheet)  # untimed: modules imported, files in the page cache
        CPU.clear()
        for i in range(runs):
            print(f"import_residents run {i + 1}/{runs}", file=sys.stderr, flush=True)
            seconds, n = _import_once(template, folder, sheet)
            f.append(seconds)
            imported.add(n)
            seconds, n = _reference_once(template, folder, sheet)
            r.append(seconds)
            inserted.add(n)
    target_s = 5.0 * rows / ROWS
    return {
        "figure": stats(f),
        "reference": stats(r),
        "target": f"median <= {target_s:.1f} s for {rows} rows",
        "ok_fn": lambda fig, ref: fig["median_ms"] <= target_s * 1000,
        "note": f"run_import of a {rows}-row 花名册 (.xlsx) into a fresh database, imported {sorted(imported)}, "
        f"CPU median {statistics.median(CPU):.2f} s, load average {os.getloadavg()[0]:.1f}; "
        f"ref: python-calamine + plain sqlite3 INSERTs of the same rows, inserted {sorted(inserted)}",
        "rows": rows,
    }


FIGURES = {"import_residents": fig_import_residents}
