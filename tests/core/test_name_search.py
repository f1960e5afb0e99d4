"""A resident is found by any part of the name, and by the initials of the characters that have a reading.

The case: a clerk registered 𠀾䶮龘 (𠀾 has no pinyin reading; no ordinary input method types it) and could then find
them only by phone or ID number: 龘 and `yd` found nothing, because name search matched only the start of the name
and the initials were stored as "𠀾yd". Likewise 浩淑 did not find 白浩淑.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from alembic import command
from sqlalchemy import text

from app.residents import service
from app.residents.search_keys import name_keys
from app.residents.service import ResidentInput, inside_name_sql, search_sql
from db.engine import Database
from db.migrate import alembic_config, upgrade

RARE = "𠀾䶮龘"


def _ids(db, q, **kw):
    return [r.id for r in service.search_residents(db, q, **kw)]


def test_initials_leave_out_a_character_without_a_reading():
    assert name_keys(RARE) == (("yanda", "yd"), None)
    assert name_keys("Tom李")[0] == ("tomli", "toml")  # Latin letters stay


@pytest.mark.parametrize("q", ["龘", "䶮", "𠀾", "䶮龘", "yd", "yan", "yanda", RARE, "𠀾䶮"])
def test_a_rare_name_is_found_by_any_part_or_its_initials(db, admin, q):
    rid = service.create_resident(db, admin, ResidentInput(name=RARE))
    service.create_resident(db, admin, ResidentInput(name="白浩淑"))
    assert _ids(db, q) == [rid], q


@pytest.mark.parametrize("q", ["浩淑", "淑", "浩", "白浩淑", "白浩"])
def test_a_given_name_without_the_surname_finds_the_resident(db, admin, q):
    rid = service.create_resident(db, admin, ResidentInput(name="白浩淑"))
    service.create_resident(db, admin, ResidentInput(name=RARE))
    assert _ids(db, q) == [rid], q


def test_names_that_start_with_the_text_come_first(db, admin):
    inside = service.create_resident(db, admin, ResidentInput(name="白浩淑"))
    start = service.create_resident(db, admin, ResidentInput(name="浩然"))
    assert _ids(db, "浩") == [start, inside]


@pytest.mark.parametrize(("q", "found"), [("阳娜娜", True), ("阳娜", True), ("欧娜", False), ("阳娜妮", False),
                                           ("娜娜欧", False)])  # fmt: skip
def test_a_longer_text_must_appear_whole_and_in_order(db, admin, q, found):
    rid = service.create_resident(db, admin, ResidentInput(name="欧阳娜娜"))
    assert _ids(db, q) == ([rid] if found else []), q


def test_a_renamed_resident_is_found_by_the_new_name_only(db, admin):
    rid = service.create_resident(db, admin, ResidentInput(name="白浩淑"))
    service.update_resident(db, admin, rid, ResidentInput(name="白雪"))
    assert _ids(db, "浩淑") == []
    assert _ids(db, "雪") == [rid]


def test_an_archived_resident_is_found_inside_only_with_the_archived(db, admin):
    rid = service.create_resident(db, admin, ResidentInput(name="白浩淑"))
    service.archive_resident(db, admin, rid, "迁出本社区")
    assert _ids(db, "浩淑") == []
    assert _ids(db, "浩淑", include_archived=True) == [rid]


def test_latin_and_digit_queries_do_not_look_inside_names():
    for q in ("yd", "1381", "wang", "ｗａｎｇ"):
        assert inside_name_sql(q, 50, False) is None, q
        assert "resident_name_grams" not in search_sql(q, 50, False)[0], q


def test_names_inside_fill_only_the_room_the_names_that_start_with_the_text_leave(db, admin):
    """王 fills a page with 王… alone (then nothing inside names is read); a larger page gets 李王 after them."""
    inside = service.create_resident(db, admin, ResidentInput(name="李王"))
    start = [service.create_resident(db, admin, ResidentInput(name=f"王{c}")) for c in "安白春"]  # pinyin order
    assert _ids(db, "王", limit=3) == start
    assert _ids(db, "王", limit=4) == [*start, inside]
    assert _ids(db, "王", limit=50) == [*start, inside]


@pytest.mark.parametrize("q", ["龘", "浩淑", "阳娜娜"])
def test_looking_inside_names_reads_an_index_not_the_table(db, q):
    sql, params = inside_name_sql(q, 50, False, postgresql=not db.is_sqlite)
    with db.engine.connect() as conn:
        if db.is_sqlite:
            plan = "\n".join(str(r[-1]) for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, tuple(params)))
            assert re.search(r"SEARCH g USING PRIMARY KEY \(gram=\?", plan), plan
            assert "SCAN g" not in plan and "SCAN r" not in plan and "TEMP B-TREE" not in plan, plan
        else:
            # a table the size of a small community, its statistics taken, so the planner chooses as it would there
            conn.exec_driver_sql(
                "INSERT INTO residents (name, name_pinyin, name_initials, is_local, created_at, updated_at) "
                "SELECT chr(19968 + mod(i, 3000)) || chr(19968 + mod(i, 997)) || chr(19968 + mod(i, 211)), '', '', true, now(), now() "
                "FROM generate_series(1, 5000) i"
            )
            conn.exec_driver_sql("ANALYZE residents")
            conn.exec_driver_sql("ANALYZE resident_name_grams")
            plan = "\n".join(r[0] for r in conn.exec_driver_sql("EXPLAIN " + sql.replace("?", "%s"), tuple(params)))
            # (a gram found a few times may be read as a bitmap and its few rows sorted: still the index)
            assert "Seq Scan" not in plan, plan
            assert "on pk_resident_name_grams" in plan and "Index Scan using pk_residents on residents r" in plan, plan


def test_the_search_reads_the_prefixes_as_before_and_inside_names_apart():
    """The prefix statement is unchanged (tests/core/test_search_plan.py); looking inside names is a second one."""
    sql, _params = search_sql("浩淑", 50, False)
    assert "resident_name_grams" not in sql
    assert "resident_name_grams" in inside_name_sql("浩淑", 50, False)[0]


def test_residents_written_without_the_service_are_found_too(db):
    """The grams come from triggers: a bulk load (the import, the demo, the benchmark's data) needs nothing more."""
    now = dt.datetime(2026, 12, 1, 8, 0, tzinfo=dt.UTC)
    with db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO residents (name, name_pinyin, name_initials, is_local, created_at, updated_at) "
                "VALUES (:n, 'yanda', 'yd', :t, :now, :now)"
            ),
            {"n": RARE, "t": True, "now": now},
        )
    assert [r.name for r in service.search_residents(db, "龘")] == [RARE]


def test_migration_indexes_the_residents_already_there(empty_db_url):
    db = Database(empty_db_url)
    cfg = alembic_config(empty_db_url)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "core_0004_search_c_collate")
    now = dt.datetime(2026, 11, 30, 8, 30, tzinfo=dt.UTC)
    with db.engine.begin() as conn:
        for name, full, initials in ((RARE, "𠀾yanda", "𠀾yd"), ("白浩淑", "baihaoshu", "bhs")):
            conn.execute(
                text(
                    "INSERT INTO residents (name, name_pinyin, name_initials, is_local, created_at, updated_at)"
                    " VALUES (:n, :p, :i, :t, :now, :now)"
                ),
                {"n": name, "p": full, "i": initials, "t": True, "now": now},
            )
    upgrade(db.engine, empty_db_url)
    with db.engine.connect() as conn:
        rows = conn.execute(text("SELECT name, name_initials, name_pinyin FROM residents ORDER BY id")).all()
    assert [tuple(r) for r in rows] == [(RARE, "yd", "yanda"), ("白浩淑", "bhs", "baihaoshu")]
    assert [r.name for r in service.search_residents(db, "yd")] == [RARE]
    assert [r.name for r in service.search_residents(db, "龘")] == [RARE]
    assert [r.name for r in service.search_residents(db, "浩淑")] == ["白浩淑"]
    db.dispose()


@pytest.mark.parametrize("q", ["yd", "ＹＤ", "yanda", "龘", "䶮龘"])
def test_claimers_and_volunteers_are_found_by_part_of_the_name_or_its_initials(db, admin, q):
    """The request's claimer list (party members) and the volunteer list search names themselves."""
    from app.requests.service import party_members
    from app.residents import tags as T
    from app.volunteers import roster

    rid = service.create_resident(db, admin, ResidentInput(name=RARE, tags={T.PARTY_MEMBER: "一支部"}))
    other = service.create_resident(db, admin, ResidentInput(name="白浩淑", tags={T.PARTY_MEMBER: "一支部"}))
    roster.save_volunteer(db, admin, roster.VolunteerInput(resident_id=rid))
    roster.save_volunteer(db, admin, roster.VolunteerInput(resident_id=other))
    assert [r[0] for r in party_members(db, q)] == [rid], q
    assert [v.resident_id for v in roster.list_volunteers(db, admin, q)] == [rid], q
