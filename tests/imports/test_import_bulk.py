"""The import's fast paths (issue 17: "2,000 residents from one sheet in at most 5 s"): new residents are written as
plain rows in batches, exactly as the form writes them; small .xlsx files are read whole by python-calamine, large
ones streamed by openpyxl; one unit of work still (a cancel after a batch was written leaves nothing)."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from app.imports import service as imp
from app.imports import sheets
from app.imports.samples import write_residents_sheet
from app.residents import service as residents
from db.models import AuditEntry, Resident, ResidentTag

# The columns the two paths must agree on (the id and the two timestamps differ by nature).
_SAME = [c.name for c in Resident.__table__.c if c.name not in ("id", "created_at", "updated_at")]


def _row(db, rid: int) -> tuple[dict, dict]:
    with db.read() as s:
        r = s.get(Resident, rid)
        row = {c: getattr(r, c) for c in _SAME}
        tags = {t.tag: t.detail for t in s.scalars(select(ResidentTag).where(ResidentTag.resident_id == rid))}
    return row, tags


def test_an_imported_resident_is_the_row_the_form_writes(db, admin, tmp_path):
    """Every column, the pinyin keys (a surname read differently: 单 shàn) and the tags with their details."""
    path = tmp_path / "one.csv"
    path.write_text(
        "姓名,性别,身份证号,出生日期,联系电话,住址,类别\n"
        "单雨晴,女,110101194912310024,1949.12.31,138 0013 8000,6栋2单元301室,低保、党员（第一支部）\n",
        encoding="utf-8",
    )
    summary = imp.run_import(db, admin, "residents", str(path))
    assert summary.imported == 1
    with db.read() as s:
        imported = s.scalar(select(Resident.id).where(Resident.name == "单雨晴"))
    row, tags = _row(db, imported)
    by_form = residents.create_resident(
        db,
        admin,
        residents.ResidentInput(name="单雨晴", gender="F", phone="13800138000", birth_date=row["birth_date"],
                                building="6", unit="2", room="301", tags={k: v or "" for k, v in tags.items()}),  # fmt: skip
        confirm_duplicate=True,
    )
    form_row, form_tags = _row(db, by_form)
    assert {**row, "id_number": None, "id_reversed": None} == form_row  # the form's copy has no ID number
    assert row["id_number"] == "110101194912310024" and row["id_reversed"] == "420013219491101011"
    assert tags == form_tags == {"dibao": None, "party_member": "第一支部"}
    assert row["name_pinyin_alt"] is not None  # 单 as a surname (shan) and as a word (dan)


def test_batches_are_written_in_order_and_the_audit_names_the_first_and_last(db, admin, tmp_path):
    sheet = write_residents_sheet(tmp_path / "r.csv", imp.FLUSH_EVERY + 20)  # two batches
    summary = imp.run_import(db, admin, "residents", str(sheet))
    assert summary.imported == imp.FLUSH_EVERY + 20
    with db.read() as s:
        ids = s.scalars(select(Resident.id).order_by(Resident.id)).all()
        names = s.scalars(select(Resident.name).order_by(Resident.id)).all()
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "import")).one()
    after = json.loads(entry.after_json)
    assert after["resident_ids"] == [ids[0], ids[-1]] and after["residents_created"] == len(ids)
    import csv

    with sheet.open(encoding="utf-8-sig") as f:
        sheet_names = [row[1] for row in list(csv.reader(f))[2:]]
    assert names == sheet_names  # the sheet's order, each row its own record


def test_a_duplicate_later_in_the_file_finds_a_row_still_in_the_batch(db, admin, tmp_path):
    """UPDATE: the second line of the same person updates the record the first line made (not yet flushed)."""
    path = tmp_path / "dup.csv"
    path.write_text(
        "姓名,身份证号,联系电话,住址\n"
        "李四,110101194912310024,13800138000,\n"
        "李四,110101194912310024,,7栋1单元101室\n",
        encoding="utf-8",
    )
    summary = imp.run_import(db, admin, "residents", str(path), policy=imp.UPDATE)
    assert (summary.imported, summary.updated) == (1, 1)
    with db.read() as s:
        r = s.scalars(select(Resident)).one()
    assert (r.phone, r.building, r.unit, r.room) == ("13800138000", "7", "1", "101")


def test_a_cancel_after_a_batch_was_written_leaves_nothing(db, admin, tmp_path):
    sheet = write_residents_sheet(tmp_path / "r.xlsx", imp.FLUSH_EVERY + 50)
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > imp.FLUSH_EVERY + 10  # the first batch is in the database (not committed)

    with pytest.raises(imp.ImportCancelled):
        imp.run_import(db, admin, "residents", str(sheet), cancelled=cancelled)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Resident)) == 0
        assert s.scalar(select(func.count()).select_from(ResidentTag)) == 0


def test_a_small_xlsx_is_read_whole_a_large_one_streamed(tmp_path, monkeypatch):
    sheet = write_residents_sheet(tmp_path / "r.xlsx", 30)
    with sheets.open_workbook(sheet) as book:
        assert book.kind == "calamine"
        small = list(book.rows())
    monkeypatch.setattr(sheets, "CALAMINE_XML_LIMIT", 1000)  # as if the sheet were too large to hold whole
    with sheets.open_workbook(sheet) as book:
        assert book.kind == "xlsx"
        streamed = list(book.rows())
    # the same cells either way (calamine gives whole numbers as floats; the cell readers treat both alike)
    from app.imports.cells import text

    def texts(rows):  # calamine pads a short row to the sheet's width
        out = []
        for r in rows:
            cells = [text(v) for v in r]
            while cells and not cells[-1]:
                cells.pop()
            out.append(cells)
        return out

    assert texts(small) == texts(streamed) and len(small) == 32


def test_a_failure_after_a_batch_was_written_rolls_back_every_row(db, admin, tmp_path, monkeypatch):
    sheet = write_residents_sheet(tmp_path / "r.csv", imp.FLUSH_EVERY + 50)
    real = imp._Importer.write_queued
    batches = []

    def failing(self):
        batches.append(len(self.queued))
        if len(batches) == 2:
            raise RuntimeError("disk trouble")
        real(self)

    monkeypatch.setattr(imp._Importer, "write_queued", failing)
    with pytest.raises(RuntimeError):
        imp.run_import(db, admin, "residents", str(sheet))
    assert batches[0] == imp.FLUSH_EVERY
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Resident)) == 0
