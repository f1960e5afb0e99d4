"""Reminder slips (催还单) for overdue books: one slip per reader card (a child's books on the guardian's slip),
three to an A4 page with cut lines, to hand over or put in a letterbox. Drawn through `app.documents.text` (the
shipped CJK font embedded, rare characters from the fallback)."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass

from sqlalchemy import select, update

from app import audit, clock
from app.accounts.permissions import LEND_BOOKS, require
from app.actor import Actor
from app.boundary import checked
from app.documents.common import yuan
from app.errors import UserError
from app.i18n import translate
from app.library.rules import rules_in
from app.settings import center_info
from db.engine import Database
from db.models import Resident
from db.models.library import LibraryCopy, LibraryLoan, LibraryReader

SLIPS_PER_PAGE = 3
LINES_PER_SLIP = 6


@dataclass(frozen=True)
class SlipLine:
    barcode: str
    title: str
    borrower: str
    due_on: dt.date
    days_late: int
    fine_fen: int


@dataclass(frozen=True)
class Slip:
    card_no: str
    holder: str
    address: str
    lines: list[SlipLine]


def _slips(db: Database, loan_ids: list[int], today: dt.date) -> tuple[list[Slip], bool]:
    with db.read() as s:
        rules = rules_in(s)
        holder = Resident.__table__.alias("holder")
        rows = s.execute(
            select(
                LibraryLoan.reader_id,
                LibraryReader.card_no,
                holder.c.name,
                holder.c.building,
                holder.c.unit,
                holder.c.room,
                LibraryCopy.barcode,
                LibraryCopy.title,
                Resident.name,
                LibraryLoan.due_on,
            )
            .join(LibraryReader, LibraryReader.id == LibraryLoan.reader_id)
            .join(holder, holder.c.id == LibraryReader.resident_id)
            .join(LibraryCopy, LibraryCopy.id == LibraryLoan.copy_id)
            .join(Resident, Resident.id == LibraryLoan.borrower_resident_id)
            .where(LibraryLoan.id.in_(loan_ids), LibraryLoan.returned_at.is_(None), LibraryLoan.due_on < today)
            .order_by(LibraryReader.card_no, LibraryLoan.due_on, LibraryLoan.id)
        ).all()
    slips: dict[int, Slip] = {}
    for reader_id, card, name, building, unit, room, barcode, title, borrower, due in rows:
        address = "".join(
            part
            for part in (
                f"{building}栋" if building else "",
                f"{unit}单元" if unit else "",
                f"{room}室" if room else "",
            )
        )
        slip = slips.setdefault(reader_id, Slip(card, name, address, []))
        late = (today - due).days
        fine = late * rules.fine_per_day_fen if rules.fines_on else 0
        slip.lines.append(SlipLine(barcode, title, borrower if borrower != name else "", due, late, fine))
    return list(slips.values()), rules.fines_on


@checked
def reminder_slips_pdf(db: Database, actor: Actor, loan_ids: list[int]) -> bytes:
    """The reminder slips for the given open overdue loans (others among them are left out), and the loans marked
    reminded today (audited). Raises UserError when none of them is overdue and open."""
    require(actor, LEND_BOOKS)
    today = clock.today()
    slips, fines = _slips(db, loan_ids, today)
    if not slips:
        raise UserError(translate("Library", "None of the chosen loans is overdue: there is no slip to print."))
    center = center_info(db)
    pdf = render_slips(slips, fines, center.name, center.address, center.phone, today)
    with db.write() as s:
        s.execute(update(LibraryLoan).where(LibraryLoan.id.in_(loan_ids)).values(reminded_at=clock.now()))
        n = sum(len(x.lines) for x in slips)
        audit.record(s, actor, "remind", "library_loan", None, audit.message("library.reminders", n=n))
    return pdf


def render_slips(slips: list[Slip], fines: bool, center: str, address: str, phone: str, today: dt.date) -> bytes:
    """Draw the slips, three to an A4 page (cut along the dashed lines)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    from app.documents.fonts import ensure_fonts
    from app.documents.text import draw_text, text_width

    ensure_fonts()
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(translate("Library", "Overdue book reminder"))
    w, h = A4
    slot = h / SLIPS_PER_PAGE
    left, right = 18 * mm, w - 18 * mm

    def fit(text: str, size: float, width: float) -> str:
        if text_width(text, size) <= width:
            return text
        while text and text_width(text + "…", size) > width:
            text = text[:-1]
        return text + "…"

    # slips with more books than fit continue on the next slip of the same card
    parts = [
        Slip(x.card_no, x.holder, x.address, x.lines[i : i + LINES_PER_SLIP])
        for x in slips
        for i in range(0, len(x.lines), LINES_PER_SLIP)
    ]
    for index, slip in enumerate(parts):
        pos = index % SLIPS_PER_PAGE
        if index and pos == 0:
            c.showPage()
        top = h - pos * slot
        if pos:
            c.saveState()
            c.setDash(4, 3)
            c.setLineWidth(0.4)
            c.line(8 * mm, top, w - 8 * mm, top)
            c.restoreState()
        y = top - 14 * mm
        draw_text(c, w / 2, y, translate("Library", "Overdue book reminder"), 16, "CENTER")
        y -= 6 * mm
        draw_text(c, w / 2, y, center + " · " + translate("Library", "City book room"), 9, "CENTER")
        y -= 9 * mm
        who = slip.holder + (f" {slip.address}" if slip.address else "")
        draw_text(
            c, left, y, translate("Library", "To {name}, reader card {card}:").format(name=who, card=slip.card_no), 10.5
        )
        y -= 6 * mm
        draw_text(
            c,
            left + 7 * mm,
            y,
            translate(
                "Library", "The books below are past their due day. Please bring them back to the book room soon."
            ),
            10.5,
        )
        y -= 8 * mm
        cols = [left, left + 24 * mm, left + 104 * mm, left + 128 * mm, left + 152 * mm]
        heads = [
            translate("Library", "Barcode"),
            translate("Library", "Title"),
            translate("Library", "Borrowed by"),
            translate("Library", "Due"),
            translate("Library", "Days overdue") if not fines else translate("Library", "Days / fine"),
        ]
        for x, head in zip(cols, heads, strict=True):
            draw_text(c, x, y, head, 9)
        c.setLineWidth(0.5)
        c.line(left, y - 2 * mm, right, y - 2 * mm)
        y -= 6.5 * mm
        for line in slip.lines:
            draw_text(c, cols[0], y, line.barcode, 9.5)
            draw_text(c, cols[1], y, fit(line.title, 9.5, 78 * mm), 9.5)
            draw_text(c, cols[2], y, fit(line.borrower or translate("Library", "(self)"), 9.5, 22 * mm), 9.5)
            draw_text(c, cols[3], y, line.due_on.isoformat(), 9.5)
            late = str(line.days_late) if not fines else f"{line.days_late} / {yuan(line.fine_fen)}"
            draw_text(c, cols[4], y, late, 9.5)
            y -= 5.5 * mm
        bottom = top - slot + 10 * mm
        contact = " ".join(x for x in (address, phone) if x)
        draw_text(c, left, bottom + 5 * mm, contact, 9)
        draw_text(
            c, right, bottom + 5 * mm, translate("Library", "Printed {day}").format(day=today.isoformat()), 9, "RIGHT"
        )
    c.showPage()
    c.save()
    return buf.getvalue()
