"""Issue 14, item 2: a surname read as a surname (阚泽 kz, 种师道 csd) and in its ordinary reading, both searchable."""

import datetime as dt

import pytest
from alembic import command
from sqlalchemy import text

from app.residents import service
from app.residents.search_keys import name_keys, pinyin_keys, surname_readings
from app.residents.service import ResidentInput
from db.engine import Database
from db.migrate import alembic_config, upgrade


def test_surname_readings_come_from_the_shipped_table():
    readings = surname_readings()
    assert len(readings) > 400
    assert readings["阚"] == ("kan",)
    assert readings["种"] == ("chong",)
    assert readings["单于"] == ("chan", "yu")
    assert readings["尉迟"] == ("yu", "chi")


@pytest.mark.parametrize(
    ("name", "initials", "other"),
    [
        ("阚泽", "kz", "hz"),
        ("种师道", "csd", "zsd"),
        ("曾国藩", "zgf", "cgf"),
        ("单田芳", "stf", "dtf"),
        ("欧阳娜娜", "oynn", None),
        ("司马光", "smg", None),
        ("单于琼", "cyq", None),
        ("诸葛亮", "zgl", None),
        ("尉迟恭", "ycg", None),
        ("赵善庆", "zsq", None),
    ],
)
def test_name_keys(name, initials, other):
    (full, first), alt = name_keys(name)
    assert first == initials
    assert (alt[1] if alt else None) == other
    assert pinyin_keys(name) == (full, first)


@pytest.mark.parametrize(
    ("name", "queries"),
    [
        ("阚泽", ["kz", "hz", "kanze", "hanze", "KZ"]),
        ("种师道", ["csd", "zsd", "chongshidao", "zhongshi"]),
        ("曾国藩", ["zgf", "zengguofan"]),
        ("单雄信", ["sxx", "shanxiongxin", "dxx"]),
        ("欧阳修", ["oyx", "ouyangxiu"]),
        ("诸葛亮", ["zgl", "zhugeliang"]),
    ],
)
def test_search_finds_either_reading(db, admin, name, queries):
    rid = service.create_resident(db, admin, ResidentInput(name=name))
    for q in queries:
        assert rid in [r.id for r in service.search_residents(db, q)], q


def test_renaming_clears_the_other_reading(db, admin):
    rid = service.create_resident(db, admin, ResidentInput(name="阚泽"))
    service.update_resident(db, admin, rid, ResidentInput(name="赵泽"))
    assert rid not in [r.id for r in service.search_residents(db, "hz")]
    assert rid in [r.id for r in service.search_residents(db, "zz")]


def test_migration_reindexes_existing_residents(empty_db_url):
    db = Database(empty_db_url)
    cfg = alembic_config(empty_db_url)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "core_0002_audit_chain")
    now = dt.datetime(2026, 11, 30, 8, 30, tzinfo=dt.UTC)
    with db.engine.begin() as conn:
        for name, full, initials in (
            ("阚泽", "hanze", "hz"),
            ("种师道", "zhongshidao", "zsd"),
            ("赵善庆", "zhaoshanqing", "zsq"),
        ):
            conn.execute(
                text(
                    "INSERT INTO residents (name, name_pinyin, name_initials, is_local, created_at, updated_at)"
                    " VALUES (:n, :p, :i, :t, :now, :now)"
                ),
                {"n": name, "p": full, "i": initials, "t": True, "now": now},
            )
    upgrade(db.engine, empty_db_url)
    with db.engine.connect() as conn:
        rows = conn.execute(
            text("SELECT name, name_initials, name_initials_alt, name_pinyin FROM residents ORDER BY id")
        ).all()
    assert [tuple(r) for r in rows] == [
        ("阚泽", "kz", "hz", "kanze"),
        ("种师道", "csd", "zsd", "chongshidao"),
        ("赵善庆", "zsq", None, "zhaoshanqing"),
    ]
    assert [r.name for r in service.search_residents(db, "csd")] == ["种师道"]
    db.dispose()
