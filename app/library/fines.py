"""Fines at the book room: a late return sets the loan's fine (`app.library.desk.return_copy`, only when the center
charges fines); here the desk records that it was paid or waived, and the fines ledger lists them all.

A fine is never changed or deleted: its settlement is a row of its own (`LibraryFineSettlement`): paid in cash at
the desk, under a gapless receipt number (`FK2026-000001`, one for the fines a reader pays together), or waived by a
role that may (`WAIVE_FINES`, administrators) with the reason. A settlement recorded by mistake is voided with who
and why (the same role); the fine then stands outstanding again and can be settled anew.

One standing settlement per loan across every workstation: the partial unique index
`ux_library_fine_settlements_loan`. The loans are locked (`FOR UPDATE`; SQLite's one writer already serialises)
before their settlements are read, so a second desk waits and then finds the fine settled; should two inserts still
meet, the index refuses the second and the service says the same.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass

from sqlalchemy import and_, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased

from app import audit, clock, sequences
from app.accounts.permissions import LEND_BOOKS, WAIVE_FINES, require
from app.actor import Actor
from app.boundary import checked
from app.documents.common import yuan
from app.errors import NotFound, UserError, ValidationError
from app.i18n import translate
from db.engine import Database
from db.models import Resident, User
from db.models.library import (
    FINE_PAID,
    FINE_WAIVED,
    LibraryCopy,
    LibraryFineSettlement,
    LibraryLoan,
    LibraryReader,
)

OUTSTANDING = "outstanding"
STATES = (OUTSTANDING, FINE_PAID, FINE_WAIVED)
ALL = "all"
RECEIPT_PREFIX = "FK"  # 罚款: the fine receipt's number, e.g. FK2026-000001


def state_label(state: str) -> str:
    return {
        OUTSTANDING: translate("Library", "Outstanding"),
        FINE_PAID: translate("Library", "Paid"),
        FINE_WAIVED: translate("Library", "Waived"),
    }.get(state, state)


@dataclass(frozen=True)
class FineRow:
    """A loan's fine as the ledger and the desk show it. `state`: outstanding | paid | waived."""

    loan_id: int
    barcode: str
    title: str
    borrower: str  # who took the book (a child on a guardian's card)
    card_no: str
    card_holder: str
    returned_on: dt.date
    days_late: int
    fine_fen: int
    state: str
    settlement_id: int | None = None
    settled_on: dt.date | None = None
    settled_by: str = ""
    receipt_no: str = ""
    reason: str = ""


@dataclass(frozen=True)
class FineTotals:
    """Counts and sums (fen) of the fines a ledger selects, by state: the whole selection, not only the rows shown."""

    outstanding: tuple[int, int] = (0, 0)
    paid: tuple[int, int] = (0, 0)
    waived: tuple[int, int] = (0, 0)

    @property
    def all(self) -> tuple[int, int]:
        return (
            self.outstanding[0] + self.paid[0] + self.waived[0],
            self.outstanding[1] + self.paid[1] + self.waived[1],
        )


@dataclass(frozen=True)
class FineLedger:
    rows: list[FineRow]
    totals: FineTotals
    more: bool  # more rows than the limit: the totals still count them all


@dataclass(frozen=True)
class Payment:
    receipt_no: str
    amount_fen: int
    loans: int


def _standing():
    return and_(LibraryFineSettlement.loan_id == LibraryLoan.id, LibraryFineSettlement.voided_at.is_(None))


def _state_expr():
    from sqlalchemy import case

    return case((LibraryFineSettlement.id.is_(None), OUTSTANDING), else_=LibraryFineSettlement.kind)


def _where(state: str, reader_id: int | None, since: dt.date | None, until: dt.date | None):
    conds = [LibraryLoan.fine_fen > 0]
    if state == OUTSTANDING:
        conds.append(LibraryFineSettlement.id.is_(None))
    elif state in (FINE_PAID, FINE_WAIVED):
        conds.append(LibraryFineSettlement.kind == state)
    if reader_id is not None:
        conds.append(LibraryLoan.reader_id == reader_id)
    if since is not None:
        conds.append(LibraryLoan.returned_at >= clock.local_day_bounds(since)[0])
    if until is not None:
        conds.append(LibraryLoan.returned_at < clock.local_day_bounds(until)[1])
    return and_(*conds)


def _rows(s: Session, where, limit: int | None) -> list[FineRow]:
    holder = aliased(Resident)
    staff = aliased(User)
    stmt = (
        select(
            LibraryLoan,
            LibraryCopy.barcode,
            LibraryCopy.title,
            Resident.name,
            LibraryReader.card_no,
            holder.name,
            LibraryFineSettlement,
            staff.display_name,
        )
        .join(LibraryCopy, LibraryCopy.id == LibraryLoan.copy_id)
        .join(Resident, Resident.id == LibraryLoan.borrower_resident_id)
        .join(LibraryReader, LibraryReader.id == LibraryLoan.reader_id)
        .join(holder, holder.id == LibraryReader.resident_id)
        .outerjoin(LibraryFineSettlement, _standing())
        .outerjoin(staff, staff.id == LibraryFineSettlement.by_id)
        .where(where)
        .order_by(LibraryLoan.returned_at.desc(), LibraryLoan.id.desc())
    )
    if limit is not None:
        stmt = stmt.limit(limit)
    out = []
    for loan, barcode, title, borrower, card, holder_name, st, by in s.execute(stmt).all():
        returned = clock.to_local(loan.returned_at).date()
        out.append(
            FineRow(
                loan.id,
                barcode,
                title,
                borrower,
                card,
                holder_name,
                returned,
                max((returned - loan.due_on).days, 0),
                loan.fine_fen,
                st.kind if st is not None else OUTSTANDING,
                st.id if st is not None else None,
                clock.to_local(st.at).date() if st is not None else None,
                by or "" if st is not None else "",
                (st.receipt_no or "") if st is not None else "",
                (st.reason or "") if st is not None else "",
            )
        )
    return out


def _totals(s: Session, where) -> FineTotals:
    state = _state_expr()
    got = {
        k: (int(n), int(total or 0))
        for k, n, total in s.execute(
            select(state, func.count(), func.sum(LibraryLoan.fine_fen))
            .select_from(LibraryLoan)
            .outerjoin(LibraryFineSettlement, _standing())
            .where(where)
            .group_by(state)
        )
    }
    return FineTotals(got.get(OUTSTANDING, (0, 0)), got.get(FINE_PAID, (0, 0)), got.get(FINE_WAIVED, (0, 0)))


def _check_state(state: str) -> None:
    if state not in (*STATES, ALL):
        raise ValidationError({"state": translate("Library", "Choose outstanding, paid, waived or all fines.")})


@checked
def fines_ledger(
    db: Database,
    actor: Actor,
    state: str = ALL,
    since: dt.date | None = None,
    until: dt.date | None = None,
    limit: int = 2000,
) -> FineLedger:
    """The fines ledger: every loan that carries a fine, returned between `since` and `until` (local days, both
    included; None: no bound), newest return first, with how each was settled; `state` keeps one kind (outstanding,
    paid, waived) or `all`. Totals by state count the whole selection, even past `limit` rows."""
    require(actor, LEND_BOOKS)
    _check_state(state)
    if since is not None and until is not None and until < since:
        raise ValidationError({"until": translate("Library", "The last day is before the first.")})
    with db.read() as s:
        where = _where(state, None, since, until)
        rows = _rows(s, where, limit + 1)
        totals = _totals(s, _where(ALL, None, since, until))
    return FineLedger(rows[:limit], totals, len(rows) > limit)


def outstanding_of_reader(s: Session, reader_id: int) -> list[FineRow]:
    """The fines on a reader card not paid or waived (for the desk's status, inside its read)."""
    return _rows(s, _where(OUTSTANDING, reader_id, None, None), None)


@checked
def reader_fines(db: Database, actor: Actor, resident_id: int) -> list[FineRow]:
    """The outstanding fines on the card the resident's loans count on (their own; a guardian's for a child, as
    `desk.account_of` says)."""
    require(actor, LEND_BOOKS)
    from app.library.desk import account_of
    from app.library.rules import rules_in

    with db.read() as s:
        a = account_of(s, resident_id, rules_in(s), clock.today())
        return outstanding_of_reader(s, a.reader_id) if a.reader_id is not None else []


def _locked_loans(s: Session, loan_ids: list[int]) -> list[LibraryLoan]:
    loans = (
        s.execute(select(LibraryLoan).where(LibraryLoan.id.in_(loan_ids)).order_by(LibraryLoan.id).with_for_update())
        .scalars()
        .all()
    )
    if len(loans) != len(set(loan_ids)):
        raise NotFound(translate("Library", "This loan no longer exists."))
    return list(loans)


def _refuse_unless_outstanding(s: Session, loans: list[LibraryLoan]) -> None:
    for loan in loans:
        if loan.fine_fen <= 0:
            raise UserError(translate("Library", "This loan carries no fine."))
    settled = s.execute(
        select(LibraryFineSettlement.kind, LibraryCopy.barcode)
        .join(LibraryLoan, LibraryLoan.id == LibraryFineSettlement.loan_id)
        .join(LibraryCopy, LibraryCopy.id == LibraryLoan.copy_id)
        .where(LibraryFineSettlement.loan_id.in_([x.id for x in loans]), LibraryFineSettlement.voided_at.is_(None))
    ).first()
    if settled is not None:
        raise UserError(_already(settled[0], settled[1]))


def _already(kind: str, barcode: str) -> str:
    if kind == FINE_PAID:
        return translate("Library", "The fine for {barcode} is already paid: look it up in the fines ledger.").format(
            barcode=barcode
        )
    return translate("Library", "The fine for {barcode} was waived: look it up in the fines ledger.").format(
        barcode=barcode
    )


def _is_settled_clash(exc: IntegrityError) -> bool:
    return "ux_library_fine_settlements_loan" in str(exc.orig) or "library_fine_settlements.loan_id" in str(exc.orig)


@checked
def record_payment(db: Database, actor: Actor, loan_ids: list[int], amount_fen: int) -> Payment:
    """Record that the fines of these loans were paid in cash at the desk, together, under one new receipt number.
    `amount_fen` is what the desk took: it must be the fines' sum (the screen showed it; another desk may have
    settled one meanwhile). Refused (UserError, nothing written): no loan given, a loan without a fine, a fine
    already paid or waived, a different amount."""
    require(actor, LEND_BOOKS)
    ids = sorted(set(loan_ids))
    if not ids:
        raise ValidationError({"loan_ids": translate("Library", "Choose the fines being paid.")})
    try:
        with db.write() as s:
            loans = _locked_loans(s, ids)
            _refuse_unless_outstanding(s, loans)
            due = sum(x.fine_fen for x in loans)
            if amount_fen != due:
                raise ValidationError(
                    {
                        "amount_fen": translate(
                            "Library", "The fines come to {due}, not {amount}: take exactly the fines' sum."
                        ).format(due=yuan(due), amount=yuan(amount_fen))
                    }
                )
            now = clock.now()
            year = clock.to_local(now).year
            number = sequences.next_value(s, f"library_fine_receipt:{year}")
            receipt = f"{RECEIPT_PREFIX}{year}-{number:06d}"
            for loan in loans:
                st = LibraryFineSettlement(
                    loan_id=loan.id, kind=FINE_PAID, amount_fen=loan.fine_fen, receipt_no=receipt, at=now,
                    by_id=actor.user_id,
                )  # fmt: skip
                s.add(st)
                s.flush()
                audit.record(
                    s,
                    actor,
                    "fine_paid",
                    "library_loan",
                    loan.id,
                    audit.message("library.fine_paid", fine=yuan(loan.fine_fen), receipt=receipt),
                    after={"settlement_id": st.id, "amount_fen": loan.fine_fen, "receipt_no": receipt},
                )
            return Payment(receipt, due, len(loans))
    except IntegrityError as exc:
        if _is_settled_clash(exc):
            raise UserError(translate("Library", "Another desk settled this fine a moment ago.")) from None
        raise


@checked
def waive_fine(db: Database, actor: Actor, loan_id: int, reason: str) -> None:
    """Waive a loan's fine with the reason (administrators: `WAIVE_FINES`). The fine itself stays on the loan; the
    ledger shows it waived, by whom and why. Refused (UserError, nothing written): no reason, no fine, already
    settled."""
    require(actor, WAIVE_FINES)
    reason = reason.strip()
    if not reason:
        raise ValidationError({"reason": translate("Library", "Say why the fine is waived.")})
    try:
        with db.write() as s:
            (loan,) = _locked_loans(s, [loan_id])
            _refuse_unless_outstanding(s, [loan])
            st = LibraryFineSettlement(
                loan_id=loan.id, kind=FINE_WAIVED, amount_fen=loan.fine_fen, reason=reason, at=clock.now(),
                by_id=actor.user_id,
            )  # fmt: skip
            s.add(st)
            s.flush()
            audit.record(
                s,
                actor,
                "fine_waived",
                "library_loan",
                loan.id,
                audit.message("library.fine_waived", fine=yuan(loan.fine_fen), reason=reason),
                after={"settlement_id": st.id, "amount_fen": loan.fine_fen, "reason": reason},
            )
    except IntegrityError as exc:
        if _is_settled_clash(exc):
            raise UserError(translate("Library", "Another desk settled this fine a moment ago.")) from None
        raise


@checked
def void_settlement(db: Database, actor: Actor, settlement_id: int, reason: str) -> None:
    """Undo a payment or waiver recorded by mistake (administrators: `WAIVE_FINES`), with the reason: the record is
    kept, marked void; the fine is outstanding again. A payment's money goes back to the reader by the center's own
    rule (the voided receipt number is kept in the ledger's history and the audit trail)."""
    require(actor, WAIVE_FINES)
    reason = reason.strip()
    if not reason:
        raise ValidationError({"reason": translate("Library", "Say why the record is undone.")})
    with db.write() as s:
        st = s.get(LibraryFineSettlement, settlement_id, with_for_update=True)
        if st is None:
            raise NotFound(translate("Library", "This fine record no longer exists."))
        if st.voided_at is not None:
            raise UserError(translate("Library", "This fine record was already undone."))
        st.voided_at = clock.now()
        st.voided_by_id = actor.user_id
        st.void_reason = reason
        audit.record(
            s,
            actor,
            "fine_settlement_voided",
            "library_loan",
            st.loan_id,
            audit.message("library.fine_payment_voided", receipt=st.receipt_no or "", reason=reason)
            if st.kind == FINE_PAID
            else audit.message("library.fine_waiver_voided", reason=reason),
            before={"settlement_id": st.id, "kind": st.kind, "amount_fen": st.amount_fen},
        )


# --------------------------------------------------------------------------------------------------- the printout


@checked
def fines_ledger_pdf(
    db: Database, actor: Actor, state: str = ALL, since: dt.date | None = None, until: dt.date | None = None
) -> bytes:
    """The fines ledger as an A4 PDF (landscape): every fine the selection holds, with totals by state and lines for
    the signatures of the person who printed it and the one who checked the cash."""
    require(actor, LEND_BOOKS)
    ledger = fines_ledger(db, actor, state, since, until, limit=100_000)
    from app.settings import center_info

    center = center_info(db)
    pdf = render_ledger(ledger, state, since, until, center.name, clock.today())
    with db.write() as s:  # the printout names readers: noted like the reminder slips (the desk's own document)
        detail = f"{state} {since or ''}–{until or ''}".strip()
        audit.record(
            s,
            actor,
            "export",
            "library_fines",
            None,
            audit.message("export.detail", what="fines ledger pdf", detail=detail),
            after={"rows": len(ledger.rows)},
        )
    return pdf


def render_ledger(
    ledger: FineLedger, state: str, since: dt.date | None, until: dt.date | None, center: str, today: dt.date
) -> bytes:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    from app.documents.fonts import ensure_fonts
    from app.documents.text import draw_text, text_width

    ensure_fonts()
    buf = io.BytesIO()
    size = landscape(A4)
    c = Canvas(buf, pagesize=size, invariant=1)
    title = translate("Library", "Book room fines ledger")
    c.setTitle(title)
    w, h = size
    left, right = 12 * mm, w - 12 * mm

    def fit(text: str, font: float, width: float) -> str:
        if text_width(text, font) <= width:
            return text
        while text and text_width(text + "…", font) > width:
            text = text[:-1]
        return text + "…"

    cols = [  # x, width, heading
        (0, 22, translate("Library", "Returned")),
        (22, 24, translate("Library", "Barcode")),
        (46, 46, translate("Library", "Title")),
        (92, 40, translate("Library", "Card holder")),
        (132, 16, translate("Library", "Days late")),
        (148, 18, translate("Library", "Fine")),
        (166, 22, translate("Library", "State")),
        (188, 22, translate("Library", "Settled")),
        (210, 26, translate("Library", "By")),
        (236, 37, translate("Library", "Receipt / reason")),
    ]
    period = (
        translate("Library", "Returned {since} to {until}").format(
            since=since.isoformat() if since else "…", until=until.isoformat() if until else "…"
        )
        if since or until
        else translate("Library", "All dates")
    )
    what = state_label(state) if state != ALL else translate("Library", "All fines")
    page = 1

    def header() -> float:
        y = h - 14 * mm
        draw_text(c, w / 2, y, title, 15, "CENTER")
        y -= 6 * mm
        draw_text(c, w / 2, y, f"{center} · {what} · {period}", 9.5, "CENTER")
        y -= 9 * mm
        for x, _width, head in cols:
            draw_text(c, left + x * mm, y, head, 8.5)
        c.setLineWidth(0.5)
        c.line(left, y - 2 * mm, right, y - 2 * mm)
        return y - 6 * mm

    def footer() -> None:
        draw_text(c, left, 8 * mm, translate("Library", "Printed {day}").format(day=today.isoformat()), 8)
        draw_text(c, right, 8 * mm, translate("Library", "Page {n}").format(n=page), 8, "RIGHT")

    y = header()
    for row in ledger.rows:
        if y < 50 * mm:
            footer()
            c.showPage()
            page += 1
            y = header()
        detail = row.receipt_no if row.state == FINE_PAID else row.reason
        cells = [
            row.returned_on.isoformat(),
            row.barcode,
            row.title,
            f"{row.card_holder}（{row.card_no}）",
            str(row.days_late),
            yuan(row.fine_fen),
            state_label(row.state),
            row.settled_on.isoformat() if row.settled_on else "",
            row.settled_by,
            detail,
        ]
        for (x, width, _head), text in zip(cols, cells, strict=True):
            draw_text(c, left + x * mm, y, fit(text, 8.5, (width - 2) * mm), 8.5)
        y -= 5.2 * mm
    t = ledger.totals
    c.line(left, y + 3 * mm, right, y + 3 * mm)
    y -= 4 * mm
    for label, (n, fen) in (
        (translate("Library", "Outstanding"), t.outstanding),
        (translate("Library", "Paid"), t.paid),
        (translate("Library", "Waived"), t.waived),
        (translate("Library", "All fines"), t.all),
    ):
        draw_text(c, left, y, translate("Library", "{label}: {n} fines, {amount}").format(
            label=label, n=n, amount=yuan(fen)), 9.5)  # fmt: skip
        y -= 5.5 * mm
    y -= 6 * mm
    draw_text(c, left, y, translate("Library", "Prepared by: ____________"), 10)
    draw_text(c, left + 90 * mm, y, translate("Library", "Cash checked by: ____________"), 10)
    draw_text(c, left + 180 * mm, y, translate("Library", "Date: ____________"), 10)
    footer()
    c.showPage()
    c.save()
    return buf.getvalue()
