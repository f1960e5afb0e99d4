"""District report fixes (issue 17, after the first version): a running month gives a draft, never an issue; a re-issue
from another process in another language is the same bytes; the audit detail in the reader's words; the command line
names a staff account; further counters' sections in the snapshot, the PDF and the workbook."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import re
import subprocess
import sys
import types
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from app import audit_text
from app.accounts import audit_log
from app.reports import district, pack
from app.reports.pack import Section, Table, from_json, to_json
from db.models import AuditEntry
from db.models.reports import DistrictReportIssue
from tests.pdfcheck import assert_pdf_ok, page_count, render_png

ROOT = Path(__file__).resolve().parents[2]
DECEMBER = dt.datetime(2026, 12, 2, 10, 0)


def _pages_text(pdf: bytes) -> list[str]:
    out = subprocess.run(["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True)
    return out.stdout.decode("utf-8").split("\f")[: page_count(pdf)]


def _issues(db) -> int:
    with db.read() as s:
        return s.execute(select(func.count()).select_from(DistrictReportIssue)).scalar_one()


def test_a_running_month_gives_a_draft_marked_on_every_page(db, month, zh, frozen, tmp_path):
    # the fixture's clock: 30 November 2026, 10:00 — November is still running
    draft = district.issue_pack(db, month, 2026, 11)
    assert draft.draft and draft.issue_id is None and not draft.reissued
    assert _issues(db) == 0  # never stored as issued
    pages = _pages_text(draft.pdf)
    assert len(pages) >= 3 and all("草稿" in page for page in pages)
    wb = load_workbook(io.BytesIO(draft.xlsx))
    assert all(ws.cell(1, 1).value == "草稿" for ws in wb.worksheets)
    assert render_png(draft.pdf, dpi=40, first=1, last=1)  # pdftoppm draws it
    files = district.write_files(draft, tmp_path / "out")
    assert all("草稿" in Path(f).name for f in files)
    with db.read() as s:
        summaries = s.execute(select(AuditEntry.summary).where(AuditEntry.entity == "district_report")).scalars()
        assert [audit_text.render_summary(x) for x in summaries] == ["本月尚未结束的草稿（未报送）"]

    frozen(DECEMBER)  # once November is over it is issued, from a fresh count, without the mark
    issued = district.issue_pack(db, month, 2026, 11)
    assert not issued.draft and not issued.reissued and issued.issue_id is not None
    assert not any("草稿" in page for page in _pages_text(issued.pdf)) and _issues(db) == 1
    assert load_workbook(io.BytesIO(issued.xlsx)).worksheets[0].cell(1, 1).value != "草稿"


def test_a_reissue_from_another_process_in_another_language_is_identical(db, db_url, month, zh, tmp_path):
    """The first issue from the Chinese screen, the re-issue from the command line in English, in a process of its
    own: the same bytes, and the command says nothing about a changed layout (before: `identical: False`, the
    headings printed in English)."""
    first = district.issue_pack(db, month, 2026, 10)  # October: over by the machine's clock and the fixture's
    assert not first.reissued
    env = dict(os.environ, PYTHONPATH=str(ROOT), COMMUNITY_DESK_HOME=str(tmp_path / "home"))
    out = subprocess.run(
        [sys.executable, "-m", "app", "--lang", "en", "--db", db_url, "report", "district", "--month", "2026-10",
         "--as", "admin", "--out", str(tmp_path / "cli")],
        env=env, capture_output=True, text=True, timeout=300, cwd=str(ROOT),
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert "Re-issued 2026-10" in out.stdout and "differently" not in out.stdout
    pdf, xlsx = sorted((tmp_path / "cli").iterdir())
    assert pdf.read_bytes() == first.pdf and xlsx.read_bytes() == first.xlsx
    with db.read() as s:
        after = s.execute(
            select(AuditEntry.after_json).where(AuditEntry.entity == "district_report").order_by(AuditEntry.id.desc())
        ).scalar()
    assert json.loads(after)["identical"] is True


def test_the_audit_detail_of_an_issue_reads_in_the_readers_words(db, month, zh, frozen):
    frozen(DECEMBER)
    district.issue_pack(db, month, 2026, 11)
    district.issue_pack(db, month, 2026, 11)
    with db.read() as s:
        entries = (
            s.execute(select(AuditEntry).where(AuditEntry.entity == "district_report").order_by(AuditEntry.id))
            .scalars()
            .all()
        )
        rows = [(e.before_json, e.after_json) for e in entries]
    shown = []
    for before, after in rows:
        b, a = audit_log._load(before), audit_log._load(after)
        for key, _old, new in audit_log.format_changes(b, a):
            shown.append((audit_text.field_label(key), audit_text.value_label("district_report", key, new)))
    assert ("月份", "2026-11") in shown and ("与首次报送一致", "是") in shown
    for label, value in shown:  # no English field names, no hashes
        assert not re.search(r"[A-Za-z_]{3,}", label), label
        assert not re.fullmatch(r"[0-9a-f]{64}", value), value
    # entries written by the first version (hashes under English keys) are worded too
    assert audit_text.field_label("pdf_sha256") == "PDF文件校验码"


def test_the_command_issues_as_a_named_staff_account(db_url, db, month, tmp_path, capsys, frozen):
    from app.cli import main

    frozen(DECEMBER)
    base = ["--lang", "en", "--db", db_url, "report", "district", "--month", "2026-11", "--out", str(tmp_path)]
    with pytest.raises(SystemExit):  # --as is required
        main(base)
    capsys.readouterr()
    assert main([*base, "--as", "nobody"]) == 1
    assert "There is no active staff account nobody" in capsys.readouterr().err
    assert main([*base, "--as", "caller"]) == 0  # the fixture's front-desk account (回访员)
    with db.read() as s:
        row = s.execute(select(DistrictReportIssue.issued_by_name, DistrictReportIssue.figures_json)).one()
        entry = s.execute(select(AuditEntry).where(AuditEntry.entity == "district_report")).scalars().one()
    assert row.issued_by_name == "回访员" and json.loads(row.figures_json)["issued_by"] == "回访员"
    assert entry.username == "caller" and "command line" in entry.workstation


# --- further counters' sections ------------------------------------------------------------------------------------


def _fake_section(db, actor, year, month):
    from app.accounts.permissions import VIEW_STATISTICS, require

    require(actor, VIEW_STATISTICS)
    return Section(
        key="activities",
        title="课程与活动",
        lines=[("开课数", "3"), ("参加人次", "42")],
        tables=[
            Table(
                "各课程出勤",
                ["课程", "场次", "人次"],
                [["京剧团", "4", "30"], ["书法班", "2", "12"]],
                ["合计", "6", "42"],
                ["LEFT", "RIGHT", "RIGHT"],
                [3, 1, 1],
            )
        ],
    )


@pytest.fixture
def fake_counter(monkeypatch):
    """A small counter module with month_section, registered for the pack (and one module that is not installed)."""
    module = types.ModuleType("tests_fake_activities_report")
    module.month_section = _fake_section
    monkeypatch.setitem(sys.modules, module.__name__, module)
    monkeypatch.setattr(pack, "SECTION_MODULES", ("app.not_installed.report", module.__name__))
    return module


def test_further_counters_sections_go_into_the_snapshot_the_pdf_and_the_workbook(
    db, month, zh, frozen, fake_counter, tmp_path
):
    frozen(DECEMBER)
    issued = district.issue_pack(db, month, 2026, 11)
    assert [s.key for s in issued.pack.sections] == ["activities"]  # the missing module skipped
    text = assert_pdf_ok(issued.pdf, "5. 课程与活动", "各课程出勤", "京剧团", "开课数：3")
    assert text.count("合计") >= 8  # the section's table has its totals row too
    assert len(render_png(issued.pdf, dpi=40, first=1, last=page_count(issued.pdf))) >= 4
    wb = load_workbook(io.BytesIO(issued.xlsx))
    assert "课程与活动" in wb.sheetnames
    values = [row for row in wb["课程与活动"].iter_rows(values_only=True)]
    assert ("开课数", 3) in [r[:2] for r in values] and ("合计", 6, 42) in [r[:3] for r in values]
    stored = json.loads(to_json(issued.pack))
    assert stored["format"] == 2 and stored["sections"][0]["tables"][0]["total"] == ["合计", "6", "42"]
    assert from_json(to_json(issued.pack)) == issued.pack

    # re-issued from the snapshot even when the counter's module is gone
    fake_counter.month_section = None
    again = district.issue_pack(db, month, 2026, 11)
    assert again.reissued and again.identical and again.pdf == issued.pdf


def test_a_format_1_snapshot_still_reads(db, month, frozen):
    frozen(DECEMBER)
    current = district.issue_pack(db, month, 2026, 11).pack
    old = json.loads(to_json(current))
    for key in ("sections", "draft", "texts"):
        del old[key]
    old["format"] = 1
    read = from_json(json.dumps(old, ensure_ascii=False))
    assert read.sections == [] and read.draft is False and read.texts == {}
    assert read.requests == current.requests and read.volunteers == current.volunteers
