"""The screen figures' probes (bench/ui_figures.py) run against the product's window in a fresh process; the
ticket history's reference reads the same first page as the app's model. No timings are checked."""

from __future__ import annotations

import pytest

from tests.backends import sqlite_only

# One worker builds the tiny data set (a session fixture) for all of them: tests/bench/conftest.py.
pytestmark = [sqlite_only("the probes open the benchmark's SQLite data set"), pytest.mark.xdist_group("bench-tiny-set")]


def test_tab_switch_probe_visits_every_tab_and_sub_tab_once_first(tiny_set, tiny_copy, tmp_path):
    from bench.ui_figures import probe

    _path, notes = tiny_set
    spec = {"bare": False, "mode": "tabs", "url": f"sqlite:///{tiny_copy()}", "admin": notes["admin_id"], "rounds": 2}
    spec["look_s"] = 0.02  # the clerk's look at each tab (250 ms in the benchmark): nothing is timed here
    res = probe(spec, str(tmp_path))
    assert 0 < res["painted"] <= res["ready"]
    labels = [s["label"] for s in res["switches"]]
    main = {label for label in labels if "/" not in label}
    assert len(main) == res["tabs"] >= 5  # every counter's tab
    assert any("/" in label for label in labels)  # and sub-tabs
    first = [s["label"] for s in res["switches"] if s["first"]]
    assert sorted(first) == sorted(set(labels))  # each the first time exactly once, then again
    assert len(labels) == 2 * len(set(labels))
    bare = probe({"bare": True, "mode": "tabs", "tabs": res["tabs"], "rounds": 1, "look_s": 0.02}, str(tmp_path))
    assert len(bare["switches"]) == res["tabs"]


def test_ticket_history_reference_reads_the_same_first_page(qtbot, tiny_set):
    from PySide6.QtCore import Qt
    from PySide6.QtSql import QSqlDatabase, QSqlQuery, QSqlQueryModel

    from app.database import open_database
    from ui.canteen.models import TicketsModel

    path, _ = tiny_set
    db = open_database(f"sqlite:///{path}", migrate=False)
    try:
        model = TicketsModel(db)
        model.reload()
        qdb = QSqlDatabase.addDatabase("QSQLITE", "bench-test")
        qdb.setDatabaseName(str(path))
        assert qdb.open()
        ref = QSqlQueryModel()
        ref.setQuery(QSqlQuery("SELECT t.number FROM meal_tickets t LEFT JOIN residents r ON r.id = t.resident_id "
                               f"ORDER BY t.id DESC LIMIT {model.FIRST_PAGE}", qdb))  # fmt: skip
        ours = [model.data(model.index(r, 0), Qt.ItemDataRole.DisplayRole) for r in range(model.rowCount())]
        theirs = [ref.data(ref.index(r, 0)) for r in range(ref.rowCount())]
        assert ours == theirs and len(ours) == model.FIRST_PAGE
        ref.clear()
        qdb.close()
    finally:
        del qdb
        from PySide6.QtSql import QSqlDatabase as Q

        Q.removeDatabase("bench-test")
        db.dispose()
