"""Import from spreadsheets (issue 17 item 1): the messy sample sheet in every format, the forms' rules, duplicates,
one unit of work (dry run, cancel, failure), the audit, bad files, and the error sheet that re-imports."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import tempfile
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from app.errors import PermissionDenied
from app.imports import service as imp
from app.imports.errorsheet import ErrorSheet
from app.imports.sheets import ImportFileError
from db.models import AuditEntry, Resident
from db.models.childcare import Child, ChildContact
from db.models.volunteers import Volunteer
from tests.data.make_import_samples import (
    CHILD_EXPECTED,
    ENDS_X,
    EXPECTED,
    FULL_WIDTH,
    VOLUNTEER_EXPECTED,
    ZHANG,
)


def count(db, model) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)))


def outcomes(db, actor, kind, path, **kw):
    rows: list[imp.RowOutcome] = []
    summary = imp.run_import(db, actor, kind, path, on_row=rows.append, **kw)
    return summary, {o.line: o for o in rows}


def resident(db, name: str) -> Resident:
    with db.read() as s:
        r = s.scalar(select(Resident).where(Resident.name == name).order_by(Resident.id))
        assert r is not None, name
        r.tag_map = {t.tag: t.detail or "" for t in r.tags}
        return r


@pytest.mark.parametrize("fmt", ["xlsx", "xls", "ods", "csv"])
def test_every_format_of_the_messy_sheet_gives_the_same_outcome_per_row(db, admin, sample, fmt):
    summary, rows = outcomes(db, admin, "residents", sample(f"residents.{fmt}"), dry_run=True)
    assert {line: o.status for line, o in rows.items()} == EXPECTED
    assert summary.header_line == 4  # below the title rows; 住址 merged over 楼栋 | 单元 | 室
    assert summary.mapping[6:9] == ("building", "unit", "room")
    assert summary.mapping[0] == ""  # 序号 is left out
    assert summary.ignored == 5  # three empty rows, the total row, the signature line
    assert (summary.read, summary.imported, summary.skipped, summary.refused) == (14, 7, 1, 6)


def test_real_sheet_cases_are_read_as_the_form_would_take_them(db, admin, sample):
    summary, _rows = outcomes(db, admin, "residents", sample("residents.xlsx"))
    assert summary.imported == 7
    zhang = resident(db, "张三")
    assert (zhang.phone, zhang.building, zhang.unit, zhang.room) == ("13812345678", "3", "2", "301")  # 138 1234 5678
    assert zhang.tag_map == {"dibao": "", "party_member": "第一支部"}  # 低保、党员（第一支部）
    assert zhang.id_number == ZHANG and zhang.birth_date == dt.date(1949, 12, 31) and zhang.gender == "M"
    assert resident(db, "赵善庆").birth_date == dt.date(1938, 1, 15)  # 1938.01.15
    assert resident(db, "赵善庆").phone == "13900001111"  # 139-0000-1111
    qian = resident(db, "钱多多")  # "钱  多  多": padding spaces out
    assert qian.id_number == ENDS_X and qian.id_number.endswith("X")  # a trailing lower-case x
    assert qian.gender == "F"  # from the ID number
    sun = resident(db, "孙丽")  # full-width digits in the ID number and the phone; 1962年7月4日
    assert (sun.id_number, sun.phone, sun.birth_date) == (FULL_WIDTH, "13600002222", dt.date(1962, 7, 4))
    assert sun.tag_map == {"disability": "二级"}  # 残疾二级
    assert resident(db, "周一").birth_date == dt.date(1947, 5, 20)  # 19470520
    assert resident(db, "吴二").birth_date == dt.date(1951, 2, 3)  # 1951/2/3
    assert resident(db, "郑三").birth_date == dt.date(1949, 12, 31)  # Excel serial number 18263
    assert resident(db, "周一").name_initials == "zy"  # search keys filled as the form does


def test_an_id_number_stored_as_a_number_is_refused_with_that_reason_not_repaired(db, admin, sample):
    _summary, rows = outcomes(db, admin, "residents", sample("residents.xlsx"), dry_run=True)
    refused = rows[6]
    assert refused.status == imp.REFUSED
    assert list(refused.errors) == [3]  # the ID number's column
    assert "15" in refused.errors[3] and "lost" in refused.errors[3]
    assert rows[15].errors[3].startswith("The last character of this ID number")  # the form's own rule
    assert 4 in rows[16].errors  # 1960.13.01: the date's column
    assert 5 in rows[17].errors  # the phone's column
    assert 9 in rows[18].errors and "五好家庭" in rows[18].errors[9]
    assert 1 in rows[20].errors  # no name


def test_a_dry_run_writes_nothing(db, admin, sample):
    before = (count(db, Resident), count(db, AuditEntry))
    summary, _ = outcomes(db, admin, "residents", sample("residents.xlsx"), dry_run=True)
    assert summary.imported == 7
    assert (count(db, Resident), count(db, AuditEntry)) == before


def test_one_import_is_one_audited_unit_of_work_with_the_file_name_and_counts(db, admin, sample):
    before = count(db, AuditEntry)
    imp.run_import(db, admin, "residents", sample("residents.xlsx"))
    with db.read() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.id > 0).order_by(AuditEntry.id)).all()[before:]
    assert [e.action for e in entries] == ["import"]
    after = json.loads(entries[0].after_json)
    assert after["file"] == "import_residents.xlsx"
    assert (after["read"], after["imported"], after["skipped"], after["refused"]) == (14, 7, 1, 6)
    assert "import_residents.xlsx" in entries[0].summary


def test_a_cancel_leaves_nothing_half_done(db, admin, sample):
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 8  # after several rows were written

    before = (count(db, Resident), count(db, AuditEntry))
    with pytest.raises(imp.ImportCancelled):
        imp.run_import(db, admin, "residents", sample("residents.xlsx"), cancelled=cancelled)
    assert (count(db, Resident), count(db, AuditEntry)) == before


def test_a_failure_in_the_middle_rolls_back_every_row(db, admin, sample, monkeypatch):
    calls = []
    from app.imports import records

    real = records.resident_row  # each new resident's row (written in batches)

    def failing(clean, now):
        calls.append(clean.name)
        if len(calls) == 4:
            raise RuntimeError("disk trouble")
        return real(clean, now)

    monkeypatch.setattr(records, "resident_row", failing)
    with pytest.raises(RuntimeError):
        imp.run_import(db, admin, "residents", sample("residents.xlsx"))
    assert count(db, Resident) == 0


def test_duplicates_skip_by_default_then_update_or_keep_both_when_chosen(db, admin, sample, tmp_path):
    path = sample("residents.xlsx")
    imp.run_import(db, admin, "residents", path)
    again, rows = outcomes(db, admin, "residents", path)
    assert (again.imported, again.updated, again.skipped, again.already) == (0, 0, 1, 7)
    assert rows[5].status == imp.ALREADY and rows[5].note.startswith("Already registered with these details: 张三")
    assert rows[19].status == imp.SKIPPED  # line 5 again, with a note: skipped the first time, skipped now

    changed = tmp_path / "changed.xlsx"  # 吴二 has moved, 赵善庆 (found by ID number) has a new phone
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    ws["I13"] = "203"
    ws["F7"] = "13900009999"
    wb.save(changed)
    updated, _ = outcomes(db, admin, "residents", str(changed), policy=imp.UPDATE)
    assert (updated.imported, updated.updated, updated.already) == (0, 3, 5)  # 吴二, 赵善庆, line 19's 张三
    assert resident(db, "吴二").room == "203" and resident(db, "赵善庆").phone == "13900009999"
    assert resident(db, "张三").tag_map == {"dibao": "", "party_member": "第一支部"}  # tags are added, never lost
    with db.read() as s:
        changes = s.scalars(select(AuditEntry).where(AuditEntry.action == "change")).all()
    # only records that changed (张三: line 19's note, skipped the first time)
    assert {e.summary for e in changes} == {"吴二", "赵善庆", "张三"}

    ws["I12"] = "209"  # 周一 (no ID number) in another room
    ws["K7"] = "新备注"  # 赵善庆 (by ID number) with a note
    wb.save(changed)
    both, rows = outcomes(db, admin, "residents", str(changed), policy=imp.KEEP_BOTH)
    # the same details: already registered, whatever the choice; by name + birth date + phone with other details:
    # a second record; by ID number with other details: refused (one number, one person)
    assert rows[13].status == imp.ALREADY and rows[14].status == imp.ALREADY  # 吴二, 郑三
    assert rows[12].status == imp.NEW
    assert rows[7].status == imp.REFUSED and "already registered to 赵善庆" in rows[7].message
    assert both.imported == 1 and count(db, Resident) == 8


def test_duplicates_inside_the_file_follow_the_same_choice(db, admin, sample):
    path = sample("residents.xlsx")
    _s, rows = outcomes(db, admin, "residents", path, policy=imp.UPDATE)
    assert rows[19].status == imp.UPDATED  # line 19 is 张三 of line 5 again: it updates the record just made
    assert resident(db, "张三").phone == "13812345678"
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Resident).where(Resident.id_number == ZHANG)) == 1


def test_children_come_in_with_the_adults_who_may_collect_them(db, admin, sample):
    imp.run_import(db, admin, "residents", sample("residents.xlsx"))
    summary, rows = outcomes(db, admin, "children", sample("children.xlsx"))
    assert {line: o.status for line, o in rows.items()} == CHILD_EXPECTED
    assert "not a child" in rows[6].message  # born 2000: the child form's rule
    with db.read() as s:
        ming = s.scalar(select(Child).where(Child.name == "小明"))
        assert (ming.birth_date, ming.school, ming.grade, ming.allergy_note) == (
            dt.date(2016, 9, 1),
            "幸福里小学",
            "三年级",
            "花生",
        )
        contacts = s.execute(
            select(ChildContact.role, ChildContact.relation, Resident.name, Resident.id_number)
            .join(Resident, Resident.id == ChildContact.resident_id)
            .where(ChildContact.child_id == ming.id)
            .order_by(ChildContact.id)
        ).all()
    # 张三 was registered by the residents' import (same name and phone): linked, not registered twice
    assert [(c.role, c.relation, c.name) for c in contacts] == [
        ("guardian", "爷爷", "张三"),
        ("pickup", "奶奶", "李秀英"),
    ]
    assert contacts[0].id_number == ZHANG
    assert count(db, Resident) == 7 + 1  # 李秀英 (refused in the residents' sheet) registered as an adult


def test_volunteers_come_in_linked_to_a_resident(db, admin, sample):
    summary, rows = outcomes(db, admin, "volunteers", sample("volunteers.xlsx"))
    assert {line: o.status for line, o in rows.items()} == VOLUNTEER_EXPECTED
    assert "school and a student number" in rows[4].message  # the volunteer form's rule
    assert "cannot be split" in rows[5].message  # 东边那栋
    with db.read() as s:
        vols = s.execute(
            select(Resident.name, Resident.building, Resident.unit, Resident.room, Volunteer.kind, Volunteer.skills)
            .join(Resident, Resident.id == Volunteer.resident_id)
            .order_by(Volunteer.id)
        ).all()
    assert [tuple(v) for v in vols] == [
        ("蒋文", "3", "2", "501", "party", "理发,维修"),
        ("韩梅", "5", "1", "201", "student", "辅导作业"),  # 幸福里小区5号楼1单元201
    ]


def test_bad_files_get_a_clear_message_and_nothing_is_written(db, admin, tmp_path, sample):
    not_sheet = tmp_path / "名单.xlsx"
    not_sheet.write_text("这不是表格", encoding="utf-8")
    empty = tmp_path / "empty.xlsx"
    empty.write_bytes(b"")
    protected = tmp_path / "protected.xlsx"  # an encrypted Office file is an OLE2 container, not a zip
    protected.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + "EncryptedPackage".encode("utf-16-le"))
    blank = tmp_path / "blank.xlsx"
    openpyxl.Workbook().save(blank)
    no_header = tmp_path / "numbers.xlsx"
    wb = openpyxl.Workbook()
    for i in range(20):
        wb.active.append([i, i * 2, "x"])
    wb.save(no_header)
    cases = {
        not_sheet: "is not a spreadsheet",
        empty: "is empty",
        protected: "protected by a password",
        blank: "is empty",
        no_header: "No header row was found",
        tmp_path / "missing.xlsx": "was not found",
    }
    before = (count(db, Resident), count(db, AuditEntry))
    for path, message in cases.items():
        with pytest.raises(ImportFileError, match=message):
            imp.run_import(db, admin, "residents", str(path))
    with pytest.raises(ImportFileError, match="no sheet named"):
        imp.run_import(db, admin, "residents", sample("residents.xlsx"), sheet="第二页")
    assert (count(db, Resident), count(db, AuditEntry)) == before


def test_a_real_password_protected_workbook_is_named_as_such(db, admin, sample, tmp_path):
    ooxml = pytest.importorskip("msoffcrypto.format.ooxml", reason="msoffcrypto-tool (test extra) encrypts the file")
    protected = tmp_path / "加密花名册.xlsx"
    with open(sample("residents.xlsx"), "rb") as plain, protected.open("wb") as out:
        ooxml.OOXMLFile(plain).encrypt("123456", out)
    with pytest.raises(ImportFileError, match="加密花名册.xlsx is protected by a password"):
        imp.run_import(db, admin, "residents", str(protected))
    assert count(db, Resident) == 0


def test_only_an_administrator_imports(db, admin, sample):
    from app.accounts import service as accounts
    from app.actor import FRONT_DESK

    uid = accounts.create_user(db, admin, "desk", "前台", "Front-desk-pass-1", [FRONT_DESK])
    with pytest.raises(PermissionDenied):
        imp.run_import(db, accounts.actor_for(db, uid), "residents", sample("residents.xlsx"), dry_run=True)


def test_the_mapping_is_editable_and_remembered(db, admin, tmp_path):
    path = tmp_path / "odd.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["住户名", "性别", "手机"])
    wb.active.append(["刘备", "男", "13811112222"])
    wb.save(path)
    with pytest.raises(ImportFileError, match="No header row"):  # 住户名 is nobody's name column yet
        imp.read_layout(db, "residents", str(path))
    imp.remember_mapping(db, admin, "residents", ["住户名", "性别", "手机"], ["name", "gender", "phone"])
    layout = imp.read_layout(db, "residents", str(path))
    assert layout.header.mapping == ("name", "gender", "phone")
    summary = imp.run_import(db, admin, "residents", str(path), mapping=["name", "", "phone"])  # gender left out
    assert summary.imported == 1 and resident(db, "刘备").gender is None


def _error_sheet(db, admin, path: str, out: Path) -> Path:
    layout = imp.read_layout(db, "residents", path)
    with ErrorSheet(out, layout.header.titles) as sheet:
        imp.run_import(
            db,
            admin,
            "residents",
            path,
            dry_run=True,
            on_row=lambda o: sheet.add(o.cells, o.message, dict(o.errors)) if o.status == imp.REFUSED else None,
        )
    return out


def test_the_error_sheet_re_imports_once_fixed(db, admin, sample, tmp_path):
    path = sample("residents.xlsx")
    errors = _error_sheet(db, admin, path, tmp_path / "待修改.xlsx")
    assert errors.stat().st_mode & 0o077 == 0  # personal data: owner-only
    wb = openpyxl.load_workbook(errors)
    ws = wb.active
    header = [c.value for c in ws[1]]
    assert header[:11] == [
        "序号",
        "姓名",
        "性别",
        "公民身份号码",
        "出生日期",
        "联系电话",
        "楼栋",
        "单元",
        "室",
        "类别",
        "备注",
    ]
    assert header[11] == "What to fix"
    rows = {r[1].value: r for r in ws.iter_rows(min_row=2)}
    assert set(rows) == {"李秀英", "王五", "冯六", "陈七", "褚八", None}
    assert rows["李秀英"][3].data_type == "s"  # written as text: Excel cannot lose digits again
    assert "lost" in rows["李秀英"][11].value
    # the counter fixes each row as the reason says
    from tests.data.make_import_samples import LI, id_number

    rows["李秀英"][3].value = LI
    rows["王五"][3].value = id_number("110105", "19491231", "005")
    rows["冯六"][4].value = "1960.12.01"
    rows["陈七"][5].value = "13700005555"
    rows["褚八"][9].value = "空巢"
    rows[None][1].value = "卫九"
    fixed = tmp_path / "已修改.xlsx"
    wb.save(fixed)
    summary = imp.run_import(db, admin, "residents", str(fixed))
    assert (summary.read, summary.imported, summary.refused) == (6, 6, 0)
    assert resident(db, "李秀英").id_number == LI


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_opens_the_error_sheet(db, admin, sample, tmp_path):
    errors = _error_sheet(db, admin, sample("residents.xlsx"), tmp_path / "errors.xlsx")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                "csv:Text - txt - csv (StarCalc):44,34,76",
                "--outdir",
                str(tmp_path),
                str(errors),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
    text = (tmp_path / "errors.csv").read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines[0].startswith("序号,姓名,性别,公民身份号码")
    wang = next(line for line in lines if "王五" in line)
    from tests.data.make_import_samples import BAD_CHECK

    assert BAD_CHECK in wang  # all 18 characters, as text
    assert "does not match" in wang
    assert len(lines) == 7


def test_the_benchmark_sheet_imports_whole(db, admin, tmp_path):
    """The benchmark's sheet (app.imports.samples, "2,000 residents in at most 5 s") is all good rows."""
    from app.imports.samples import write_residents_sheet

    for suffix in (".xlsx", ".csv"):
        summary = imp.run_import(
            db, admin, "residents", str(write_residents_sheet(tmp_path / f"r{suffix}", 60)), dry_run=True
        )
        assert (summary.read, summary.imported, summary.refused) == (60, 60, 0)
