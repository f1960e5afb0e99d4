"""Resident search reads its index ranges on both backends, never the whole table (issue 13 item 10, issue 15).

On PostgreSQL the search compares COLLATE "C" (app.residents.service.search_sql), which only an index in that
collation serves: the ordinary indexes were passed over and every keystroke read every resident (p95 360 ms at
100,000 residents under load). The plan of each kind of query (a name, pinyin or initials, digits) must use an
index on every arm's column. PostgreSQL is told to avoid sequential scans, so on a small test table a plan still
shows whether an index *can* serve the comparison.
"""

from __future__ import annotations

import re

import pytest

from app.residents.service import search_sql
from db.models.core import SEARCH_COLUMNS

# What each kind of query ranges over (search_sql's arms).
ARMS = {
    "王": ["name"],
    "wxm": ["name_initials", "name_initials_alt", "name_pinyin", "name_pinyin_alt"],
    "1381": ["phone", "phone_reversed", "id_reversed", "id_number"],
}


def _plan(db, text: str, include_archived: bool) -> str:
    sql, params = search_sql(text, 50, include_archived, postgresql=not db.is_sqlite)
    with db.engine.connect() as conn:
        if db.is_sqlite:
            rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, tuple(params)).all()
            return "\n".join(str(r[-1]) for r in rows)
        conn.exec_driver_sql("SET enable_seqscan = off")
        rows = conn.exec_driver_sql("EXPLAIN " + sql.replace("?", "%s"), tuple(params)).all()
        return "\n".join(r[0] for r in rows)


@pytest.mark.parametrize("include_archived", [False, True], ids=["active", "with_archived"])
@pytest.mark.parametrize("text", list(ARMS))
def test_every_arm_of_the_search_reads_an_index_range(db, text, include_archived):
    plan = _plan(db, text, include_archived)
    for column in ARMS[text]:
        assert column in SEARCH_COLUMNS
        if db.is_sqlite:
            # SQLite compares in code-point order already: an ordinary index on the column serves the range.
            assert re.search(rf"SEARCH residents USING (COVERING )?INDEX \w+ \({column}>\?", plan), plan
        else:
            assert f"Index Scan using ix_residents_{column}_c on residents" in plan, plan
    assert "SCAN residents\n" not in plan + "\n" and "Seq Scan on residents" not in plan, plan


@pytest.mark.parametrize("text", list(ARMS))
def test_the_search_reads_its_ranges_and_nothing_more(db, text):
    """Issue 15: the search joined its arms back to residents and grouped and sorted them in SQL (temporary
    B-trees, every row read twice): a keystroke cost twice the hand-written per-column queries. Each arm now
    reads its rows once and the merge of at most 4 x 50 rows happens in Python (rank_search_rows)."""
    plan = _plan(db, text, False)
    if db.is_sqlite:
        assert "TEMP B-TREE" not in plan and "USING INTEGER PRIMARY KEY" not in plan, plan
        assert plan.count("SEARCH residents") == len(ARMS[text]), plan
    else:
        assert "Sort" not in plan and "Hash" not in plan and "Nested Loop" not in plan, plan
        assert plan.count(" on residents") == len(ARMS[text]), plan
