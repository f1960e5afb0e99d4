"""The benchmark's data set obeys the product's rules (bench/data.py), checked on the tiny set built the same way."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3

import pytest

from bench import data
from tests.backends import sqlite_only

# One worker builds the tiny data set (a session fixture) for all of them: tests/bench/conftest.py.
pytestmark = [
    sqlite_only("the benchmark's data set is a SQLite file built with plain sqlite3"),
    pytest.mark.xdist_group("bench-tiny-set"),
]


def _q(path, sql, params=()):
    con = sqlite3.connect(path)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


def test_one_subsidised_meal_per_diner_per_day(tiny_set):
    path, _ = tiny_set
    [(most,)] = _q(path, "SELECT max(n) FROM (SELECT sum(subsidised_meals) n FROM meal_tickets WHERE status = 'sold' "
                         "AND resident_id IS NOT NULL GROUP BY resident_id, day)")  # fmt: skip
    assert most == 1
    # and the database's own guard agrees: one live claim per diner, day, scope and funder
    assert _q(path, "SELECT count(*) FROM (SELECT 1 FROM canteen_subsidy_claims WHERE released_at IS NULL "
                    "GROUP BY resident_id, day, scope_key, funder HAVING count(*) > 1)") == [(0,)]  # fmt: skip
    # every subsidised ticket sold has its claims, every voided one has them released and its subsidy reversed
    assert _q(path, "SELECT count(*) FROM meal_tickets t WHERE t.subsidy_fen > 0 AND t.status = 'sold' AND NOT EXISTS "
                    "(SELECT 1 FROM canteen_subsidy_claims c WHERE c.ticket_id = t.id AND c.released_at IS NULL)") == [(0,)]  # fmt: skip
    assert _q(path, "SELECT count(*) FROM meal_tickets t WHERE t.status = 'void' AND t.subsidy_fen > 0 AND "
                    "(SELECT sum(amount_fen) FROM meal_ticket_subsidies s WHERE s.ticket_id = t.id) != 0") == [(0,)]  # fmt: skip


def test_subsidies_follow_the_rules_slots_ages_and_days(tiny_set):
    path, _ = tiny_set
    rules = {r[0]: r for r in _q(path, "SELECT id, slots, min_age, max_age, weekdays_only FROM subsidy_rules")}
    holidays = {d for (d,) in _q(path, "SELECT day FROM calendar_days WHERE kind = 'holiday'")}
    workdays = {d for (d,) in _q(path, "SELECT day FROM calendar_days WHERE kind = 'workday'")}
    rows = _q(path, "SELECT t.rule_id, t.slot_code, t.day, r.birth_date, t.tier FROM meal_tickets t JOIN residents r "
                    "ON r.id = t.resident_id WHERE t.subsidy_fen > 0")  # fmt: skip
    assert len(rows) > 300
    tiers = set()
    for rule_id, slot, day, birth, tier in rows:
        _id, slots, lo, hi, weekdays_only = rules[rule_id]
        assert not slots or slot in slots.split(","), (slot, slots)  # every rule is lunch-only: no subsidised dinner
        d, b = dt.date.fromisoformat(day), dt.date.fromisoformat(birth[:10])
        age = d.year - b.year - ((d.month, d.day) < (b.month, b.day))
        assert (lo is None or age >= lo) and (hi is None or age <= hi), (age, lo, hi)  # the tier of the age that day
        if weekdays_only:
            assert day in workdays or (d.weekday() < 5 and day not in holidays)
        tiers.add(tier)
    assert len(tiers) >= 4  # several tiers, not one for everyone
    assert _q(path, "SELECT count(*) FROM meal_tickets WHERE slot_code != 'lunch' AND subsidy_fen > 0") == [(0,)]
    assert _q(path, "SELECT count(*) FROM meal_tickets WHERE guest = 1 AND subsidy_fen > 0") == [(0,)]


def test_residents_tags_archive_cashiers_weekends_and_service(tiny_set):
    path, notes = tiny_set
    [(n,)] = _q(path, "SELECT count(*) FROM residents")
    [(tagged,)] = _q(path, "SELECT count(DISTINCT resident_id) FROM resident_tags WHERE tag IN ('dibao', 'tekun', "
                           "'disability')")  # fmt: skip
    [(archived,)] = _q(path, "SELECT count(*) FROM residents WHERE archived_at IS NOT NULL")
    assert 0.02 * n <= tagged <= 0.09 * n  # about 5 %
    assert 0.01 * n <= archived <= 0.05 * n  # about 3 %
    cashiers = _q(path, "SELECT cashier_id, count(*) FROM meal_tickets GROUP BY cashier_id")
    assert len([c for c, k in cashiers if k > 100]) >= 3
    assert len(notes["cashier_ids"]) >= 3
    [(served,)] = _q(path, "SELECT avg(served_at IS NOT NULL) FROM meal_tickets WHERE status = 'sold'")
    assert served > 0.9
    per_day = dict(_q(path, "SELECT day, count(*) FROM meal_tickets WHERE day < '2026-10-01' GROUP BY day"))
    weekday = [n for d, n in per_day.items() if dt.date.fromisoformat(d).weekday() < 5]
    weekend = [n for d, n in per_day.items() if dt.date.fromisoformat(d).weekday() >= 5]
    assert sum(weekend) / len(weekend) < 0.7 * sum(weekday) / len(weekday)
    assert notes["tickets"]["tickets"] == data.TINY.tickets


def test_ticket_days_keep_their_promises():
    for scale in (data.TINY, data.QUICK, data.FULL):
        days = data._ticket_days(scale)
        assert sum(n for _, n in days) == scale.tickets
        assert dict(days)[data.CLOSE_DAY] == scale.day_tickets
        year, month = data.SETTLE_MONTH
        assert sum(n for d, n in days if (d.year, d.month) == (year, month)) == scale.month_tickets


def test_the_cache_key_follows_the_code_that_writes_the_data(tmp_path, monkeypatch):
    for name in data.CODE_FILES:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(data.ROOT / name, tmp_path / name)
    monkeypatch.setattr(data, "ROOT", tmp_path)
    before = data.code_key()
    assert before == data.code_key()
    for name in ("bench/data.py", "app/canteen/pricing.py"):
        with open(tmp_path / name, "a") as f:
            f.write("\n# changed\n")
        after = data.code_key()
        assert after != before
        before = after
