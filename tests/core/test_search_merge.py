"""The search statement's arms merged in Python (app.residents.service.rank_search_rows, _search_rows): issue 15
moved the merge out of SQL (a join back to residents and GROUP BY / ORDER BY over temporary B-trees); the result
must stay what the SQL gave: each resident once at their best rank, by rank, pinyin, id, at most `limit`."""

import datetime as dt

from app.residents.idnumbers import mask_id_number
from app.residents.service import ResidentRow, _search_rows, rank_search_rows


def _t(rid, name, pinyin, rank, id_number="110105195002030011", archived=None):
    return (rid, name, "M", "1950-02-03", id_number, "13800000000", "1", "2", "301", archived, pinyin, rank)


def test_each_resident_once_at_their_best_rank_then_pinyin_then_id():
    rows = [
        _t(5, "王五", "wangwu", 2),
        _t(3, "王三", "wangsan", 1),
        _t(5, "王五", "wangwu", 1),  # found again by a better arm
        _t(9, "阿九", "ajiu", 2),
        _t(4, "王四", "wangsan", 1),  # same pinyin as 3: by id
        _t(3, "王三", "wangsan", 2),
    ]
    ranked = rank_search_rows(rows, 50)
    assert [(t[0], t[11]) for t in ranked] == [(3, 1), (4, 1), (5, 1), (9, 2)]
    assert [t[0] for t in rank_search_rows(rows, 2)] == [3, 4]
    assert rank_search_rows([], 50) == []


def test_rows_equal_the_dataclass_masked_or_not():
    t = _t(7, "张三", "zhangsan", 1)
    expected = ResidentRow(7, "张三", "M", dt.date(1950, 2, 3), t[4], t[5], "1", "2", "301", False)
    [full] = _search_rows([t], mask=False)
    assert full == expected and full.__dict__ == expected.__dict__
    [masked] = _search_rows([t], mask=True)
    assert masked.id_number == mask_id_number(t[4]) != t[4]
    [archived] = _search_rows([_t(8, "李四", "lisi", 1, id_number=None, archived="2026-01-01 00:00:00")], mask=True)
    assert archived.archived is True and archived.id_number is None
