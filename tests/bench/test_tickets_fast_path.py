"""The ticket history's DB-API page (SQLite) shows exactly what the SQLAlchemy statement shows."""

import copy
import datetime as dt

from PySide6.QtCore import Qt

from app.canteen import service
from app.residents.service import ResidentInput, create_resident
from ui.canteen.models import TicketsModel


def _NotSqlite(db):
    """The same database, seen as another backend: the listing takes its SQLAlchemy path (a shallow copy of the
    Database with is_sqlite False, so it still passes the service boundary's type check)."""
    other = copy.copy(db)
    other.is_sqlite = False
    return other


def cells(model: TicketsModel) -> list[list[object]]:
    return [
        [model.data(model.index(r, c), Qt.ItemDataRole.DisplayRole) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_both_paths_page_the_same(qtbot, db, admin, frozen):
    frozen(dt.datetime(2026, 11, 30, 11, 30))
    rid = create_resident(db, admin, ResidentInput(name="王秀英", gender="F", birth_date=dt.date(1950, 3, 1)))
    for i in range(7):
        service.sell(
            db, admin, service.SaleRequest(rid if i % 2 else None, "lunch", 1 + i % 2, "cash", 5000, repeat_ok=True)
        )
    for day in (None, dt.date(2026, 11, 30), dt.date(2026, 11, 29)):
        fast, slow = TicketsModel(db, day), TicketsModel(_NotSqlite(db), day)
        fast.PAGE = slow.PAGE = 3
        for m in (fast, slow):
            m.reload()
            while m.canFetchMore():
                m.fetchMore()
        assert cells(fast) == cells(slow)
        assert [r.sold_at for r in fast._rows] == [r.sold_at for r in slow._rows]
        assert fast.rowCount() == (0 if day == dt.date(2026, 11, 29) else 7)
    everything = TicketsModel(db, None)
    everything.reload()
    assert {row[2] for row in cells(everything)} >= {"王秀英"}


def test_rows_fetched_while_scrolling_show_their_own_texts(qtbot, db, admin, frozen):
    """The model keeps each row's texts by row number (issue 15): rows appended by fetchMore and a reload after a
    new sale show their own ticket, never another row's cached texts."""
    frozen(dt.datetime(2026, 11, 30, 11, 30))
    for _ in range(5):
        service.sell(db, admin, service.SaleRequest(None, "lunch", 1, "cash", 5000))
    model = TicketsModel(db, None)
    model.FIRST_PAGE, model.PAGE = 2, 2
    model.reload()
    first = cells(model)
    while model.canFetchMore():
        model.fetchMore()
    shown = cells(model)
    assert shown[:2] == first and len(shown) == 5
    assert [row[0] for row in shown] == [row.number for row in model._rows]
    assert len({row[0] for row in shown}) == 5
    service.sell(db, admin, service.SaleRequest(None, "lunch", 1, "cash", 5000))
    model.reload()
    assert [row[0] for row in cells(model)] == [row.number for row in model._rows]
    assert cells(model)[0][0] not in {row[0] for row in shown}
