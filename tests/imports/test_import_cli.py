"""`community-desk import residents|children|volunteers FILE [--sheet NAME] [--dry-run]` (issue 17 item 1)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import openpyxl
from sqlalchemy import func, select

from db.models import AuditEntry, Resident

ROOT = Path(__file__).resolve().parents[2]


def run_cli(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, "-m", "app", "--lang", "en", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=300,
    )


def counts(db) -> tuple[int, int]:
    with db.read() as s:
        return (
            int(s.scalar(select(func.count()).select_from(Resident))),
            # opening the database from the command line may fill the official holiday calendar (audited): not ours
            int(s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "import"))),
        )


def test_a_dry_run_prints_the_summary_and_writes_nothing(db, db_url, sample):
    before = counts(db)
    r = run_cli("--db", db_url, "import", "residents", sample("residents.xlsx"), "--dry-run")
    assert r.returncode == 0, r.stderr
    out = r.stdout
    assert "Dry run of import_residents.xlsx (sheet 居民花名册): nothing was written." in out
    for line in ("Rows read: 14", "Imported: 7", "Updated: 0", "Skipped: 1", "Refused: 6"):
        assert line in out
    assert "line 6: The ID number was saved as a number" in out
    assert "line 19: skipped: The same person as line 5 of this sheet." in out
    assert counts(db) == before


def test_the_import_writes_every_good_row_then_skips_them_the_second_time(db, db_url, sample, tmp_path):
    errors = tmp_path / "errors.xlsx"
    r = run_cli("--db", db_url, "import", "residents", sample("residents.ods"), "--errors", str(errors))
    assert r.returncode == 0, r.stderr
    assert "Imported: 7" in r.stdout and f"6 refused rows written to {errors}" in r.stdout
    assert counts(db)[0] == 7
    assert openpyxl.load_workbook(errors).active.max_row == 7  # the header and the six refused rows
    again = run_cli("--db", db_url, "import", "residents", sample("residents.csv"), "--duplicates", "skip")
    # the same rows again: registered with these details (line 19 is line 5 again, skipped as the first time)
    assert "Imported: 0" in again.stdout and "Skipped: 1" in again.stdout
    assert "Already registered, nothing changed: 7" in again.stdout
    updated = run_cli("--db", db_url, "import", "residents", sample("residents.xls"), "--duplicates", "update")
    assert "Updated: 1" in updated.stdout and "Already registered, nothing changed: 7" in updated.stdout
    assert counts(db)[0] == 7


def test_children_and_volunteers_and_a_named_sheet(db_url, sample):
    r = run_cli("--db", db_url, "import", "children", sample("children.xlsx"), "--sheet", "托管儿童")
    assert r.returncode == 0, r.stderr
    assert "Imported: 2" in r.stdout and "Refused: 2" in r.stdout
    r = run_cli("--db", db_url, "import", "volunteers", sample("volunteers.xlsx"))
    assert r.returncode == 0, r.stderr
    assert "Imported: 2" in r.stdout and "Refused: 3" in r.stdout


def test_a_bad_file_exits_1_with_a_clear_message_and_nothing_written(db, db_url, tmp_path, sample):
    before = counts(db)
    junk = tmp_path / "花名册.xls"
    junk.write_bytes(b"<html>not a workbook</html>")
    r = run_cli("--db", db_url, "import", "residents", str(junk))
    assert r.returncode == 1
    assert "花名册.xls is not a spreadsheet that can be read" in r.stderr
    r = run_cli("--db", db_url, "import", "residents", sample("residents.xlsx"), "--sheet", "没有这页")
    assert r.returncode == 1 and "no sheet named 没有这页" in r.stderr
    assert counts(db) == before


def test_messages_are_chinese_by_default(db_url, sample):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("COMMUNITY_DESK_LANG", None)
    r = subprocess.run(
        [sys.executable, "-m", "app", "--db", db_url, "import", "residents", sample("residents.xlsx"), "--dry-run"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=300,
    )
    assert r.returncode == 0, r.stderr
    assert "读取行数：14" in r.stdout and "身份证号被存成了数字" in r.stdout


def test_no_noise_after_an_import_without_refused_rows(db_url, tmp_path):
    """--errors given and every row imported: the summary, no error sheet, and nothing else on stderr (the
    unsaved sheet used to be closed at exit after its file: "I/O operation on closed file")."""
    from app.imports.samples import write_residents_sheet

    sheet = write_residents_sheet(tmp_path / "clean.xlsx", 12)
    out = run_cli("--db", db_url, "import", "residents", str(sheet), "--errors", str(tmp_path / "errors.xlsx"))
    assert out.returncode == 0, out.stderr
    assert "Imported: 12" in out.stdout
    assert "closed file" not in out.stderr and "Exception ignored" not in out.stderr, out.stderr
    assert not (tmp_path / "errors.xlsx").exists()


def test_an_error_sheet_given_up_leaves_nothing_behind(tmp_path):
    import gc
    import warnings

    from app.imports.errorsheet import ErrorSheet

    sheet = ErrorSheet(tmp_path / "e.xlsx", ["姓名"])
    sheet.add(["张三"], "不对")
    temp = sheet._sheet._writer.out
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        sheet.discard()
        del sheet
        gc.collect()
    assert not Path(temp).exists() and not (tmp_path / "e.xlsx").exists()


def _help(*argv: str) -> str:
    import contextlib
    import io

    import pytest

    from app import cli

    out = io.StringIO()
    with contextlib.redirect_stdout(out), pytest.raises(SystemExit):
        cli.main([*argv, "--help"])
    return " ".join(out.getvalue().split())  # argparse wraps the text to the terminal's width


def test_the_help_says_good_rows_are_imported_and_rows_with_errors_refused():
    """A new clerk read `import --help` as "the whole file or nothing", while the good rows are imported and the rows
    with errors refused (into the rows-to-fix sheet with --errors). Said so in English and in the Chinese source."""
    import json

    from app.cli import build_parser

    text = _help("--lang", "en", "import")
    assert "or nothing" not in text
    assert "The good rows are imported; a row with errors is refused and left out" in text
    assert "with --errors, written to a spreadsheet that says what to fix" in text
    assert "--errors OUT.xlsx write the refused rows" in text
    description = next(
        a.choices["import"].description for a in build_parser()._subparsers._group_actions if "import" in a.choices
    )
    chinese = {}
    for path in sorted((ROOT / "resources" / "translations" / "src").glob("core_zh_CN*.json")):
        chinese.update(json.loads(path.read_text(encoding="utf-8")).get("CommandLine", {}))
    assert description in chinese, "the new help text needs its Chinese"
    assert "一行也不" not in chinese[description] and "有错误的行被拒绝、不导入" in chinese[description]
    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    assert "the good rows are imported and a row with errors is refused and left out" in readme
