"""A row whose ID number is registered under a DIFFERENT name is not a duplicate to skip (or update): it is
refused, says the names differ (the registered name masked, the row's own name), and goes to the rows-to-fix
file. The same ID number with the same name stays "already registered"."""

from __future__ import annotations

import openpyxl
from sqlalchemy import select

from app.imports import service as imp
from app.imports.errorsheet import ErrorSheet
from app.residents.service import ResidentInput, create_resident
from db.models import Resident
from tests.data.make_import_samples import VOLUNTEER_HEADER, id_number

ZHAO = id_number("110105", "19380115", "013")
OTHER = id_number("320302", "19560308", "002")


def _sheet(path, header, rows) -> str:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(header)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return str(path)


def _residents(path, rows) -> str:
    return _sheet(path, ["姓名", "公民身份号码", "联系电话"], rows)


def _run(db, actor, kind, path, **kw):
    rows: list[imp.RowOutcome] = []
    summary = imp.run_import(db, actor, kind, path, on_row=rows.append, **kw)
    return summary, {o.line: o for o in rows}


def _registered(db, admin) -> int:
    return create_resident(db, admin, ResidentInput(name="赵善庆", id_number=ZHAO, phone="13800138000"))


def _names(db) -> list[str]:
    with db.read() as s:
        return list(s.scalars(select(Resident.name).order_by(Resident.id)))


def test_an_id_number_registered_under_another_name_is_refused_and_says_so(db, admin, tmp_path):
    rid = _registered(db, admin)
    path = _residents(
        tmp_path / "居民.xlsx",
        [
            ["钱多多", ZHAO, "13900001111"],  # line 2: the registered number, another name
            ["赵 善庆", ZHAO, "13800138000"],  # line 3: the same person (padded as sheets do)
        ],
    )
    summary, rows = _run(db, admin, "residents", path)
    assert rows[2].status == imp.REFUSED
    message = rows[2].message
    assert "Names differ" in message and "赵**" in message and "钱多多" in message and f"record {rid}" in message
    assert "赵善庆" not in message  # the registered name is masked: the rows-to-fix file leaves the app
    assert 1 in rows[2].errors  # marked on the ID number's cell
    assert rows[3].status == imp.ALREADY and "Already registered" in rows[3].note
    assert (summary.refused, summary.skipped, summary.already) == (1, 0, 1)

    out = tmp_path / "待修改.xlsx"
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
    fix = [[c.value for c in r] for r in openpyxl.load_workbook(out).active.iter_rows(min_row=2)]
    assert [r[0] for r in fix] == ["钱多多"] and "Names differ" in fix[0][-1]


def test_updating_never_renames_the_registered_person(db, admin, tmp_path):
    _registered(db, admin)
    path = _residents(tmp_path / "居民.xlsx", [["钱多多", ZHAO, "13900001111"]])
    summary, rows = _run(db, admin, "residents", path, policy=imp.UPDATE)
    assert rows[2].status == imp.REFUSED and "Names differ" in rows[2].message
    assert summary.updated == 0 and _names(db) == ["赵善庆"]


def test_two_rows_of_one_file_give_one_id_number_two_names(db, admin, tmp_path):
    path = _residents(tmp_path / "居民.xlsx", [["孙丽", OTHER, "13900001111"], ["周芳", OTHER, "13900002222"]])
    summary, rows = _run(db, admin, "residents", path)
    assert rows[2].status == imp.NEW
    assert rows[3].status == imp.REFUSED and "line 2 under another name" in rows[3].message
    assert "周芳" in rows[3].message
    assert _names(db) == ["孙丽"] and summary.skipped == 0


def test_a_volunteer_row_is_not_linked_to_the_person_registered_under_its_id_number(db, admin, tmp_path):
    _registered(db, admin)
    row = ["钱多多", "男", ZHAO, "13900001111", "3栋2单元501室", "党员", "", "", "第一支部", "理发", ""]
    path = _sheet(tmp_path / "志愿者.xlsx", VOLUNTEER_HEADER, [row])
    for dry_run in (True, False):
        summary, rows = _run(db, admin, "volunteers", path, dry_run=dry_run)
        assert rows[2].status == imp.REFUSED and "Names differ" in rows[2].message and "赵**" in rows[2].message
    from db.models.volunteers import Volunteer

    with db.read() as s:
        assert s.scalar(select(Volunteer.id)) is None


def test_the_same_name_is_still_already_registered(db, admin, tmp_path):
    _registered(db, admin)
    path = _residents(tmp_path / "居民.xlsx", [["赵善庆", ZHAO, "13800138000"]])
    for policy in (imp.SKIP, imp.UPDATE):
        _summary, rows = _run(db, admin, "residents", path, policy=policy)
        assert rows[2].status == imp.ALREADY
    assert _names(db) == ["赵善庆"]


def test_a_childs_guardian_is_not_the_person_registered_under_its_id_number(db, admin, tmp_path):
    _registered(db, admin)
    header = ["幼儿姓名", "性别", "出生日期", "家长姓名", "关系", "家长电话", "家长身份证号"]
    row = ["小明", "男", "2016-09-01", "钱多多", "爸爸", "13900001111", ZHAO]
    path = _sheet(tmp_path / "儿童.xlsx", header, [row])
    for dry_run in (True, False):
        _summary, rows = _run(db, admin, "children", path, dry_run=dry_run)
        assert rows[2].status == imp.REFUSED and "Names differ" in rows[2].message and "钱多多" in rows[2].message
    from db.models.childcare import Child

    with db.read() as s:
        assert s.scalar(select(Child.id)) is None
