"""The book room's part of the monthly district report pack (app.reports.pack.Section): loans, returns, renewals
and books overdue at the month's end, by owner (this room, the district library), with a totals row; new readers
and readers who borrowed. Counts only, no person's details."""

from __future__ import annotations

from sqlalchemy import and_, func, or_, select

from app import clock
from app.accounts.permissions import VIEW_STATISTICS, require
from app.actor import Actor
from app.boundary import checked
from app.i18n import translate
from app.library.catalogue import owner_label
from app.reports.figures import _check_month
from app.reports.pack import Section, Table
from db.engine import Database
from db.models.library import OWNER_DISTRICT, OWNER_ROOM, LibraryCopy, LibraryLoan, LibraryReader, LibraryRenewal


@checked
def month_section(db: Database, actor: Actor, year: int, month: int) -> Section:
    """The month of local days `year`-`month`: loans made, books returned, renewals, and loans still open and past
    their due day at the end of the month's last day, for each owner; new reader cards and readers who borrowed."""
    require(actor, VIEW_STATISTICS)
    first, last = _check_month(year, month)
    start, _ = clock.local_day_bounds(first)
    _, end = clock.local_day_bounds(last)
    owners = (OWNER_ROOM, OWNER_DISTRICT)
    with db.read() as s:

        def by_owner(stmt) -> dict[str, int]:
            return {o: int(n) for o, n in s.execute(stmt.group_by(LibraryCopy.owner)).all()}

        loan_owner = select(LibraryCopy.owner, func.count()).join(LibraryLoan, LibraryLoan.copy_id == LibraryCopy.id)
        lent = by_owner(loan_owner.where(LibraryLoan.lent_at >= start, LibraryLoan.lent_at < end))
        returned = by_owner(loan_owner.where(LibraryLoan.returned_at >= start, LibraryLoan.returned_at < end))
        renewed = by_owner(
            select(LibraryCopy.owner, func.count())
            .join(LibraryLoan, LibraryLoan.copy_id == LibraryCopy.id)
            .join(LibraryRenewal, LibraryRenewal.loan_id == LibraryLoan.id)
            .where(LibraryRenewal.at >= start, LibraryRenewal.at < end)
        )
        # open at the end of the month and due before it ended (a renewal after the month is not known then:
        # the due day as it stands is used)
        overdue = by_owner(
            loan_owner.where(
                LibraryLoan.lent_at < end,
                or_(LibraryLoan.returned_at.is_(None), LibraryLoan.returned_at >= end),
                LibraryLoan.due_on < last,
            )
        )
        new_readers = s.execute(
            select(func.count())
            .select_from(LibraryReader)
            .where(and_(LibraryReader.created_at >= start, LibraryReader.created_at < end))
        ).scalar_one()
        borrowers = s.execute(
            select(func.count(func.distinct(LibraryLoan.borrower_resident_id))).where(
                LibraryLoan.lent_at >= start, LibraryLoan.lent_at < end
            )
        ).scalar_one()
    rows = []
    totals = [0, 0, 0, 0]
    for owner in owners:
        values = [lent.get(owner, 0), returned.get(owner, 0), renewed.get(owner, 0), overdue.get(owner, 0)]
        totals = [a + b for a, b in zip(totals, values, strict=True)]
        rows.append([owner_label(owner), *map(str, values)])
    table = Table(
        title=translate("Library", "Lending by owner"),
        headings=[
            translate("Library", "Owner"),
            translate("Library", "Loans"),
            translate("Library", "Returns"),
            translate("Library", "Renewals"),
            translate("Library", "Overdue at month end"),
        ],
        rows=rows,
        total=[translate("Library", "Total"), *map(str, totals)],
        align=["LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"],
        widths=[3, 2, 2, 2, 2.5],
    )
    return Section(
        key="library",
        title=translate("Library", "City book room"),
        tables=[table],
        lines=[
            (translate("Library", "New readers"), str(new_readers)),
            (translate("Library", "Readers who borrowed"), str(borrowers)),
        ],
    )
