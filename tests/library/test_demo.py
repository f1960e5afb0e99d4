"""Demo data for the book room: hundreds of copies, some district-owned, readers, loans (one overdue), a hold;
consistent with the rules (one open loan per copy)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from app import demo
from app.childcare import demo as childcare_demo
from app.library import demo as library_demo
from app.library import desk, report
from db.models.library import LibraryCopy, LibraryLoan, LibraryReader


def test_demo_fills_the_book_room(db, admin, frozen):
    frozen(dt.datetime(2026, 11, 26, 15, 0))
    ctx = demo.populate(db, residents=400, counters=False, log=lambda _m: None)
    childcare_demo.populate(db, ctx)
    library_demo.populate(db, ctx)
    library_demo.populate(db, ctx)  # a second run adds nothing
    with db.read() as s:
        owners = dict(s.execute(select(LibraryCopy.owner, func.count()).group_by(LibraryCopy.owner)).all())
        open_per_copy = s.execute(
            select(func.count()).where(LibraryLoan.returned_at.is_(None)).group_by(LibraryLoan.copy_id)
        ).scalars()
        assert set(open_per_copy) == {1}
        child_loans = s.scalar(
            select(func.count())
            .select_from(LibraryLoan)
            .join(LibraryReader, LibraryReader.id == LibraryLoan.reader_id)
            .where(LibraryLoan.returned_at.is_(None), LibraryLoan.borrower_resident_id != LibraryReader.resident_id)
        )
    assert owners["room"] + owners["district"] == library_demo.COPIES and owners["district"] >= 50
    assert child_loans >= 1
    assert len(desk.overdue_loans(db, admin)) >= 1
    assert [h.position for h in desk.list_holds(db, admin)] == [1, 2]
    assert int(report.month_section(db, admin, 2026, 11).tables[0].total[1]) > 0


def test_a_small_population_makes_no_book_room_rather_than_failing(db, admin, frozen):
    """35 residents made the demo stop at "fewer than 30 adults" too late: it then drew 40 readers (ValueError)."""
    frozen(dt.datetime(2026, 11, 26, 15, 0))
    ctx = demo.populate(db, residents=40, counters=False, log=lambda _m: None)
    library_demo.populate(db, ctx)
    with db.read() as s:
        readers = s.scalar(select(func.count()).select_from(LibraryReader))
        copies = s.scalar(select(func.count()).select_from(LibraryCopy))
    assert (readers, copies) in {(0, 0), (library_demo.READERS, library_demo.COPIES)}
