"""Subsidy settlement (补贴结算) for a month or a quarter: what each funder owes for which diners.

Scope: the period's sold (not voided) tickets that carry a subsidy. Figures come from the tickets' stored
price split and subsidy lines (never recomputed from today's rules). Per diner (and tier: a birthday can move a
diner up a tier inside the period), totals by tier and by funder, the meal count (人次 = subsidised meals) and
the distinct diners. Documents: an A4 PDF with signature lines and an Excel workbook (written directly by
app.canteen.xlsxfast; the tests read it back with openpyxl).
Settling locks the period: no sale, void or day reopening in it until an admin unlocks it (audited).
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import io
import json
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import bindparam, case, func, select
from sqlalchemy.orm import Session

from app import audit, clock, settings
from app.accounts import privacy
from app.accounts.permissions import EXPORT_PERSONAL_DATA, MANAGE_CANTEEN, REOPEN_DAY, require
from app.actor import Actor
from app.boundary import checked
from app.canteen.pricing import FUNDERS, funder_label
from app.documents.common import yuan
from app.errors import NotFound, UserError, ValidationError
from app.i18n import translate
from app.residents.idnumbers import age_on, mask_id_number
from db.engine import Database
from db.models import Resident, User
from db.models.canteen import DayClose, MealSlot, MealTicket, SettlementPeriod, TicketSubsidy

Progress = Callable[[int, int, str], None]


def _no_progress(done: int, total: int, text: str = "") -> None:
    return None


@dataclass
class DinerLine:
    resident_id: int
    name: str
    masked_id: str
    age: int | None  # at the end of the period
    tier: str
    tickets: int
    meals: int  # subsidised meals (人次)
    total_fen: int
    funders: dict[str, int]
    subsidy_fen: int
    self_paid_fen: int


@dataclass
class TierTotal:
    tier: str
    diners: int
    meals: int
    funders: dict[str, int]
    subsidy_fen: int


@dataclass
class TicketLine:
    day: dt.date
    slot: str
    number: str
    name: str
    masked_id: str
    age: int | None
    tier: str
    quantity: int
    total_fen: int
    funders: dict[str, int]
    subsidy_fen: int
    self_paid_fen: int
    payment: str
    cashier: str


@dataclass
class Settlement:
    kind: str  # month | quarter
    starts: dt.date
    ends: dt.date  # inclusive
    diners: list[DinerLine] = field(default_factory=list)
    tiers: list[TierTotal] = field(default_factory=list)
    by_funder: dict[str, int] = field(default_factory=dict)
    tickets: int = 0
    meals: int = 0  # 人次
    distinct_diners: int = 0
    total_fen: int = 0
    subsidy_fen: int = 0
    self_paid_fen: int = 0
    ticket_lines: list[TicketLine] | None = None  # only when asked for
    locked: bool = False
    settlement_id: int | None = None

    def label(self) -> str:
        if self.kind == "quarter":
            return translate("Canteen", "{year} Q{q}").format(year=self.starts.year, q=(self.starts.month - 1) // 3 + 1)
        return translate("Canteen", "{year}-{month:02d}").format(year=self.starts.year, month=self.starts.month)

    def figures(self) -> dict[str, object]:
        return {
            "tickets": self.tickets,
            "meals": self.meals,
            "distinct_diners": self.distinct_diners,
            "total_fen": self.total_fen,
            "subsidy_fen": self.subsidy_fen,
            "self_paid_fen": self.self_paid_fen,
            "by_funder": self.by_funder,
        }


def period_bounds(kind: str, year: int, number: int) -> tuple[dt.date, dt.date]:
    """First and last day of month `number` (1–12) or quarter `number` (1–4) of `year`."""
    if kind == "month" and 1 <= number <= 12:
        first_month, last_month = number, number
    elif kind == "quarter" and 1 <= number <= 4:
        first_month, last_month = 3 * number - 2, 3 * number
    else:
        raise ValidationError({"period": translate("Canteen", "Choose a month (1–12) or a quarter (1–4).")})
    if not 2000 <= year <= 2100:
        raise ValidationError({"period": translate("Canteen", "Choose a year between 2000 and 2100.")})
    return dt.date(year, first_month, 1), dt.date(year, last_month, calendar.monthrange(year, last_month)[1])


def locked_period(s: Session, day: dt.date) -> SettlementPeriod | None:
    """The settled (locked) period containing `day`, if any."""
    return s.execute(
        select(SettlementPeriod)
        .where(SettlementPeriod.starts <= day, SettlementPeriod.ends >= day, SettlementPeriod.unlocked_at.is_(None))
        .limit(1)
    ).scalar_one_or_none()


# Every sale asks this: a prebuilt Core statement for the id alone (loading the ORM entity cost ~0.2 ms a sale).
_LOCKED_Q = (
    select(SettlementPeriod.id)
    .where(
        SettlementPeriod.starts <= bindparam("day"),
        SettlementPeriod.ends >= bindparam("day"),
        SettlementPeriod.unlocked_at.is_(None),
    )
    .limit(1)
)


def refuse_if_locked(s: Session, day: dt.date) -> None:
    """Raise UserError when `day` lies in a settled (locked) period.

    Locked means closed (DOMAIN "Settlement"): every money movement dated inside the period — a sale, a void,
    a meal-card top-up or refund — and the reopening of a cashier day in it are refused, never moved elsewhere,
    until an admin unlocks the period (audited). A period is settled only when it is over and every cashier day
    in it is closed, so its tickets no longer change: its documents, added up again from them, show the figures
    kept at settling (`SettlementPeriod.figures`; tests/canteen/test_closed_days.py compares the two).
    """
    if s.connection().execute(_LOCKED_Q, {"day": day}).first() is not None:
        raise UserError(
            translate("Canteen", "{day} lies in a settled subsidy period: an admin must unlock it first.").format(
                day=day.isoformat()
            )
        )


def _scope(starts: dt.date, ends: dt.date):
    """The period's sold, subsidised tickets. The days are listed (`day IN (…)`, at most 92) rather than given as a
    range: with equality on the day SQLite reads the covering index ix_meal_tickets_settlement on day, status and
    subsidy; with a range, on an ANALYZEd database, it chose a skip-scan of ix_meal_tickets_resident_day and
    looked up every ticket's row, ten times slower."""
    days = [starts + dt.timedelta(days=i) for i in range((ends - starts).days + 1)]
    return MealTicket.day.in_(days) & (MealTicket.status == "sold") & (MealTicket.subsidy_fen > 0)


@checked
def compute(
    db: Database,
    actor: Actor,
    kind: str,
    starts: dt.date,
    ends: dt.date,
    *,
    with_tickets: bool = False,
    progress: Progress = _no_progress,
) -> Settlement:
    """The settlement's figures for [starts, ends] (local days), aggregated in SQL (a per-ticket list only when
    `with_tickets`). It lists diners by name, masked ID and age: PermissionDenied unless `actor` may export personal
    data (issue 12 item 3). settle() and export() use the unchecked builder after their own check."""
    require(actor, EXPORT_PERSONAL_DATA)
    return _compute(db, kind, starts, ends, with_tickets=with_tickets, progress=progress)


def _compute(
    db: Database,
    kind: str,
    starts: dt.date,
    ends: dt.date,
    *,
    with_tickets: bool = False,
    progress: Progress = _no_progress,
) -> Settlement:
    """The settlement's figures, aggregated in SQL (a per-ticket list only when `with_tickets`)."""
    st = Settlement(kind, starts, ends)
    scope = _scope(starts, ends)
    progress(0, 4, translate("Canteen", "Adding up the tickets…"))
    with db.read() as s:
        st.locked = locked_period(s, starts) is not None
        lines: dict[tuple[int, str], dict[str, int]] = {}
        for rid, tier, funder, amount in s.execute(
            select(MealTicket.resident_id, MealTicket.tier, TicketSubsidy.funder, func.sum(TicketSubsidy.amount_fen))
            .join(TicketSubsidy, TicketSubsidy.ticket_id == MealTicket.id)
            .where(scope)
            .group_by(MealTicket.resident_id, MealTicket.tier, TicketSubsidy.funder)
        ):
            if amount:
                lines.setdefault((rid, tier), {})[funder] = int(amount)
        progress(1, 4, translate("Canteen", "Adding up the tickets…"))
        # the tickets are added up first (from the covering index alone) and only the few thousand sums are joined
        # to their residents; joining every ticket to its resident row cost three times as much
        per_diner = (
            select(
                MealTicket.resident_id.label("rid"),
                MealTicket.tier.label("tier"),
                func.count().label("n"),
                func.sum(MealTicket.subsidised_meals).label("meals"),
                func.sum(MealTicket.total_fen).label("total"),
                func.sum(MealTicket.subsidy_fen).label("subsidy"),
                func.sum(MealTicket.self_paid_fen).label("self_paid"),
            )
            .where(scope)
            .group_by(MealTicket.resident_id, MealTicket.tier)
            .subquery()
        )
        rows = s.execute(
            select(
                per_diner.c.rid,
                per_diner.c.tier,
                per_diner.c.n,
                per_diner.c.meals,
                per_diner.c.total,
                per_diner.c.subsidy,
                per_diner.c.self_paid,
                Resident.name,
                Resident.id_number,
                Resident.birth_date,
            )
            .join(Resident, Resident.id == per_diner.c.rid)
            .order_by(per_diner.c.tier, Resident.name_pinyin, per_diner.c.rid)
        ).all()
        for rid, tier, n, meals, total, subsidy, self_paid, name, id_number, birth in rows:
            funders = lines.get((rid, tier), {})
            st.diners.append(
                DinerLine(
                    rid,
                    name,
                    mask_id_number(id_number),
                    age_on(birth, ends),
                    tier,
                    int(n),
                    int(meals or 0),
                    int(total),
                    funders,
                    int(subsidy),
                    int(self_paid),
                )
            )
        progress(2, 4, translate("Canteen", "Adding up the tickets…"))
        if with_tickets:
            st.ticket_lines = _ticket_lines(s, scope, ends)
    tiers: dict[str, TierTotal] = {}
    seen: set[int] = set()
    for d in st.diners:
        t = tiers.setdefault(d.tier, TierTotal(d.tier, 0, 0, {}, 0))
        t.diners += 1
        t.meals += d.meals
        t.subsidy_fen += d.subsidy_fen
        for f, a in d.funders.items():
            t.funders[f] = t.funders.get(f, 0) + a
            st.by_funder[f] = st.by_funder.get(f, 0) + a
        st.tickets += d.tickets
        st.meals += d.meals
        st.total_fen += d.total_fen
        st.subsidy_fen += d.subsidy_fen
        st.self_paid_fen += d.self_paid_fen
        seen.add(d.resident_id)
    st.tiers = sorted(tiers.values(), key=lambda t: t.tier)
    st.distinct_diners = len(seen)
    progress(3, 4, "")
    return st


def _ticket_lines(s: Session, scope, ends: dt.date) -> list[TicketLine]:
    from app.canteen.service import payment_label

    per_funder = (
        select(
            TicketSubsidy.ticket_id.label("tid"),
            *[func.sum(case((TicketSubsidy.funder == f, TicketSubsidy.amount_fen), else_=0)).label(f) for f in FUNDERS],
        )
        .join(MealTicket, MealTicket.id == TicketSubsidy.ticket_id)
        .where(scope)
        .group_by(TicketSubsidy.ticket_id)
        .subquery()
    )
    slot_names = dict(s.execute(select(MealSlot.code, MealSlot.name)).all())
    cashiers = dict(s.execute(select(User.id, User.display_name)).all())
    pay = {p: payment_label(p) for p in ("cash", "wechat", "alipay", "card")}
    out = []
    for r in s.execute(
        select(
            MealTicket.day,
            MealTicket.slot_code,
            MealTicket.number,
            Resident.name,
            Resident.id_number,
            Resident.birth_date,
            MealTicket.tier,
            MealTicket.quantity,
            MealTicket.total_fen,
            per_funder.c.city,
            per_funder.c.district,
            per_funder.c.street,
            MealTicket.subsidy_fen,
            MealTicket.self_paid_fen,
            MealTicket.payment,
            MealTicket.cashier_id,
        )
        .join(Resident, Resident.id == MealTicket.resident_id)
        .join(per_funder, per_funder.c.tid == MealTicket.id, isouter=True)
        .where(scope)
        .order_by(MealTicket.day, MealTicket.id)
    ):
        out.append(
            TicketLine(
                r[0],
                slot_names.get(r[1], r[1]),
                r[2],
                r[3],
                mask_id_number(r[4]),
                age_on(r[5], r[0]),
                r[6],
                r[7],
                r[8],
                {"city": int(r[9] or 0), "district": int(r[10] or 0), "street": int(r[11] or 0)},
                r[12],
                r[13],
                pay.get(r[14], r[14]),
                cashiers.get(r[15], ""),
            )
        )
    return out


# --- documents -----------------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=8192)
def _y(fen: int) -> str:
    """Yuan without the sign, for the PDF's money columns (the same few hundred amounts come back every row)."""
    return yuan(fen).replace("¥", "")


def _rows_block_class():
    """A RowsBlock class for one document: its pages share the encoded strings (the subset codes of non-ASCII
    characters belong to the document)."""
    from reportlab.pdfbase.pdfmetrics import getFont
    from reportlab.platypus import Flowable

    from app.documents.text import text_ops, text_width, tidy

    char_w: dict[str, float] = {}
    encoded: dict[tuple[str, float], tuple[tuple[tuple[str, str], ...], float]] = {}

    class RowsBlock(Flowable):
        """One page of a plain table drawn straight on the canvas: the grid as one path, each column as one text
        object. A platypus Table lays out every cell as an object; for thousands of rows that is most of the time."""

        def __init__(self, head, rows, widths, aligns, font, size, row_h) -> None:
            super().__init__()
            self.head, self.rows, self.widths, self.aligns = head, rows, widths, aligns
            self.font, self.size, self.row_h = font, size, row_h

        def wrap(self, aw, ah):
            return sum(self.widths), self.row_h * (len(self.rows) + 1)

        def draw(self) -> None:
            c = self.canv
            n = len(self.rows) + 1
            height = self.row_h * n
            width = sum(self.widths)
            c.saveState()
            c.setFillColorRGB(0.9, 0.9, 0.9)
            c.rect(0, height - self.row_h, width, self.row_h, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
            path = c.beginPath()
            for i in range(n + 1):
                path.moveTo(0, height - i * self.row_h)
                path.lineTo(width, height - i * self.row_h)
            x = 0.0
            for w in [*self.widths, 0]:
                path.moveTo(x, 0)
                path.lineTo(x, height)
                x += w
            c.setLineWidth(0.4)
            c.drawPath(path, stroke=1, fill=0)
            base = (self.row_h - self.size) / 2 + 0.18 * self.size
            # Text operators written directly, each distinct string encoded once (money and ages repeat a lot):
            # the same operators reportlab's text object writes, without its per-call float formatting. ASCII
            # (row numbers, masked ID numbers, money) needs no subset lookup: reportlab keeps codes 0–127 of subset
            # 0 for themselves; widths are added up from a per-character table.
            font = getFont(self.font)
            doc = c._doc
            ascii_font = font.getSubsetInternalName(0, doc)

            def width(text: str, size: float) -> float:
                total = 0.0
                for ch in text:
                    w = char_w.get(ch)
                    if w is None:
                        w = char_w[ch] = text_width(ch, 1000, self.font)  # the fallback font's, if it draws ch
                    total += w
                return total * size / 1000

            def encode(text: str, size: float) -> tuple[tuple[tuple[str, str], ...], float]:
                """((font operator, show operator), …) for the text's runs of one subset, and its width."""
                hit = encoded.get((text, size))
                if hit is None:
                    if text.isascii():
                        runs = ((f"{ascii_font} {size:.2f} Tf", f"({c._escape(text)}) Tj"),)
                    else:  # runs per font (rare characters in the fallback font), per subset
                        runs = tuple(text_ops(c, text, size, self.font))
                    hit = encoded[(text, size)] = (runs, width(tidy(text), size))
                return hit

            code = ["BT"]
            current = ""  # the font operator in force: set again only when a cell needs another subset or size
            x = 0.0
            for col, (w, align) in enumerate(zip(self.widths, self.aligns, strict=True)):
                for i, text in enumerate([self.head[col], *(r[col] for r in self.rows)]):
                    if not text:
                        continue
                    runs, sw = encode(text, self.size)
                    if sw > w - 3:  # a header (or a long name) too wide for its column is set smaller
                        runs, sw = encode(text, round(self.size * (w - 3) / sw, 2))
                    y = height - (i + 1) * self.row_h + base
                    if i == 0:
                        left = x + (w - sw) / 2
                    elif align == "LEFT":
                        left = x + 2
                    else:
                        left = x + w - 2 - sw
                    code.append(f"1 0 0 1 {left:.2f} {y:.2f} Tm")
                    for font_op, show in runs:
                        if font_op != current:
                            code.append(font_op)
                            current = font_op
                        code.append(show)
                x += w
            code.append("ET")
            c._code.append("\n".join(code))
            c.restoreState()

    return RowsBlock


@checked
def settlement_pdf(db: Database, actor: Actor, st: Settlement) -> bytes:
    """The settlement's A4 PDF (bytes); PermissionDenied unless `actor` may export personal data; audited
    through app.accounts.privacy (issue 12 item 3)."""
    require(actor, EXPORT_PERSONAL_DATA)
    privacy.record_export(db, actor, "canteen settlement pdf", "canteen_settlement", len(st.diners), st.label())
    return _settlement_pdf(db, st)


def _settlement_pdf(db: Database, st: Settlement) -> bytes:
    """A4: the totals (by funder, by tier), then every diner, then signature lines. Plain table cells (no
    paragraphs) and one table per page keep a large period fast."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import KeepTogether, PageBreak, SimpleDocTemplate, Spacer, Table, TableStyle

    from app.documents.sheet import MM, block, text_styles
    from app.documents.text import draw_text, is_plain

    _RowsBlock = _rows_block_class()  # noqa: N806 - a class
    center = settings.center_info(db)
    styles = text_styles(8)
    from app.documents.fonts import ensure_fonts

    font = ensure_fonts()
    buf = io.BytesIO()
    title = translate("Canteen", "Canteen subsidy settlement {period}").format(period=st.label())
    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=12 * MM,
        rightMargin=12 * MM,
        topMargin=18 * MM,
        bottomMargin=15 * MM,
        title=title,
        author=center.name,
    )

    def style(header_rows: int = 1, size: float = 8) -> TableStyle:
        header = (
            [
                ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.Color(0.9, 0.9, 0.9)),
                ("ALIGN", (0, 0), (-1, header_rows - 1), "CENTER"),
            ]
            if header_rows
            else [("BACKGROUND", (0, 0), (0, -1), colors.Color(0.95, 0.95, 0.95))]
        )
        return TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), font, size),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                *header,
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )

    story: list[object] = [
        block(title, styles["title"]),
        block(
            (
                translate("Canteen", "{start} to {end} · {status}").format(
                    start=st.starts.isoformat(),
                    end=st.ends.isoformat(),
                    status=translate("Canteen", "settled (locked)")
                    if st.locked
                    else translate("Canteen", "draft (not locked)"),
                )
            ),
            styles["subtitle"],
        ),
        Spacer(1, 4 * MM),
    ]
    funders = [f for f in FUNDERS]
    money_cols = [funder_label(f) for f in funders]
    summary = [
        [translate("Canteen", "Meal count (人次)"), str(st.meals)],
        [translate("Canteen", "Distinct diners"), str(st.distinct_diners)],
        [translate("Canteen", "Tickets"), str(st.tickets)],
        [translate("Canteen", "Meal price total"), _y(st.total_fen)],
        *[[lbl, _y(st.by_funder.get(f, 0))] for f, lbl in zip(funders, money_cols, strict=True)],
        [translate("Canteen", "Subsidy total"), _y(st.subsidy_fen)],
        [translate("Canteen", "Self-paid total"), _y(st.self_paid_fen)],
    ]

    def cell(text: str) -> object:
        """A plain string, or a text block when it needs the fallback font (a tier named with a rare character)."""
        return text if is_plain(text) else block(text, styles["cell"])

    summary = [[cell(a), b] for a, b in summary]
    t = Table(summary, colWidths=[60 * MM, 40 * MM])
    ts = style(0, 9)
    ts.add("ALIGN", (1, 0), (1, -1), "RIGHT")
    t.setStyle(ts)
    story += [t, Spacer(1, 4 * MM)]
    tier_rows = [
        [
            translate("Canteen", "Tier"),
            translate("Canteen", "Diners"),
            translate("Canteen", "Meals (人次)"),
            *money_cols,
            translate("Canteen", "Subsidy"),
        ]
    ]
    for tt in st.tiers:
        tier_rows.append(
            [tt.tier, str(tt.diners), str(tt.meals), *[_y(tt.funders.get(f, 0)) for f in funders], _y(tt.subsidy_fen)]
        )
    tier_rows.append(
        [
            translate("Canteen", "Total"),
            str(st.distinct_diners),
            str(st.meals),
            *[_y(st.by_funder.get(f, 0)) for f in funders],
            _y(st.subsidy_fen),
        ]
    )
    tier_rows = [[cell(v) for v in row] for row in tier_rows]
    t = Table(tier_rows, colWidths=[40 * MM, 18 * MM, 22 * MM, 24 * MM, 24 * MM, 24 * MM, 26 * MM], repeatRows=1)
    ts = style()
    ts.add("ALIGN", (1, 1), (-1, -1), "RIGHT")
    t.setStyle(ts)
    story += [t, Spacer(1, 5 * MM)]
    head = [
        "#",
        translate("Canteen", "Name"),
        translate("Canteen", "ID number"),
        translate("Canteen", "Age"),
        translate("Canteen", "Tier"),
        translate("Canteen", "Meals (人次)"),
        *money_cols,
        translate("Canteen", "Subsidy"),
        translate("Canteen", "Self-paid"),
    ]
    widths = [10, 22, 34, 9, 22, 13, 15, 15, 15, 17, 16]
    aligns = ["RIGHT", "LEFT", "LEFT", "RIGHT", "LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"]
    body = [
        [
            str(i),
            d.name,
            d.masked_id,
            "" if d.age is None else str(d.age),
            d.tier,
            str(d.meals),
            *[_y(d.funders.get(f, 0)) for f in funders],
            _y(d.subsidy_fen),
            _y(d.self_paid_fen),
        ]
        for i, d in enumerate(st.diners, 1)
    ]
    if body:
        story.append(PageBreak())
        story.append(block(translate("Canteen", "Per diner"), styles["subtitle"]))
        story.append(Spacer(1, 2 * MM))
    per_page, first_page = 53, 50
    start = 0
    while start < len(body):
        n = first_page if start == 0 else per_page
        if start:
            story.append(PageBreak())
        story.append(_RowsBlock(head, body[start : start + n], [w * MM for w in widths], aligns, font, 7.5, 13))
        start += n
    sign = translate("Canteen", "Prepared by: ____________  Date: ________")
    review = translate("Canteen", "Reviewed by: ____________  Date: ________")
    seal = translate("Canteen", "Center seal:")
    story.append(
        KeepTogether(
            [
                Spacer(1, 8 * MM),
                block(sign, styles["body"]),
                Spacer(1, 5 * MM),
                block(review, styles["body"]),
                Spacer(1, 5 * MM),
                block(seal + "  " + center.name, styles["body"]),
                Spacer(1, 28 * MM),
            ]
        )
    )

    def decorate(canvas, doc_) -> None:
        canvas.saveState()
        w, h = A4
        draw_text(canvas, 12 * MM, h - 11 * MM, center.name, 9, font=font)
        draw_text(canvas, w - 12 * MM, h - 11 * MM, title, 9, "RIGHT", font)
        canvas.setLineWidth(0.5)
        canvas.line(12 * MM, h - 13 * MM, w - 12 * MM, h - 13 * MM)
        draw_text(canvas, w / 2, 8 * MM, translate("Documents", "Page {n}").format(n=doc_.page), 9, "CENTER", font)
        canvas.restoreState()

    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return buf.getvalue()


@checked
def settlement_xlsx(db: Database, actor: Actor, st: Settlement) -> bytes:
    """The settlement's workbook (.xlsx bytes, see _settlement_xlsx); PermissionDenied unless `actor` may export
    personal data; audited through app.accounts.privacy (issue 12 item 3)."""
    require(actor, EXPORT_PERSONAL_DATA)
    privacy.record_export(db, actor, "canteen settlement xlsx", "canteen_settlement", len(st.diners), st.label())
    return _settlement_xlsx(st, settings.center_info(db).name)


def _settlement_xlsx(st: Settlement, center_name: str = "") -> bytes:
    """Workbook: 汇总 (summary: totals, by funder, by tier), 长者明细 (one row per diner and tier) and, when the
    settlement was computed with tickets, 餐票明细 (one row per ticket). Money in yuan with 2 decimals, exact (written
    from the integer fen); the detail sheets keep their header row in view. Written by app.canteen.xlsxfast: a
    month of diners in about 50 ms where openpyxl (write-only) took over a second."""
    from app.canteen.xlsxfast import Workbook, Yuan

    title = translate("Canteen", "Canteen subsidy settlement {period}").format(period=st.label())
    wb = Workbook(title, center_name)
    funders = list(FUNDERS)
    money_titles = [funder_label(f) for f in funders]
    summary = wb.sheet(translate("Canteen", "Summary"), [22, 14, 14, 14, 14, 14, 14])
    summary.append([title])
    summary.append([center_name, f"{st.starts.isoformat()} – {st.ends.isoformat()}"])
    summary.append([])
    summary.append([translate("Canteen", "Meal count (人次)"), st.meals])
    summary.append([translate("Canteen", "Distinct diners"), st.distinct_diners])
    summary.append([translate("Canteen", "Tickets"), st.tickets])
    summary.append([translate("Canteen", "Meal price total"), Yuan(st.total_fen)])
    for f, label in zip(funders, money_titles, strict=True):
        summary.append([label, Yuan(st.by_funder.get(f, 0))])
    summary.append([translate("Canteen", "Subsidy total"), Yuan(st.subsidy_fen)])
    summary.append([translate("Canteen", "Self-paid total"), Yuan(st.self_paid_fen)])
    summary.append([])
    summary.header(
        [
            translate("Canteen", "Tier"),
            translate("Canteen", "Diners"),
            translate("Canteen", "Meals (人次)"),
            *money_titles,
            translate("Canteen", "Subsidy"),
        ]
    )
    for tt in st.tiers:
        summary.append(
            [
                tt.tier,
                tt.diners,
                tt.meals,
                *[Yuan(tt.funders.get(f, 0)) for f in funders],
                Yuan(tt.subsidy_fen),
            ]
        )

    detail = wb.sheet(
        translate("Canteen", "Per diner"), [10, 20, 6, 12, 8, 10, 10, 10, 10, 10, 10, 10], freeze_header=True
    )
    detail.header(
        [
            translate("Canteen", "Name"),
            translate("Canteen", "ID number"),
            translate("Canteen", "Age"),
            translate("Canteen", "Tier"),
            translate("Canteen", "Tickets"),
            translate("Canteen", "Meals (人次)"),
            translate("Canteen", "Meal price"),
            *money_titles,
            translate("Canteen", "Subsidy"),
            translate("Canteen", "Self-paid"),
        ]
    )
    detail.rows(
        "ssnsnn" + "m" * (3 + len(funders)),
        (
            (
                d.name,
                d.masked_id,
                d.age,
                d.tier,
                d.tickets,
                d.meals,
                d.total_fen,
                *[d.funders.get(f, 0) for f in funders],
                d.subsidy_fen,
                d.self_paid_fen,
            )
            for d in st.diners
        ),
    )
    if st.ticket_lines is not None:
        tickets = wb.sheet(
            translate("Canteen", "Ticket detail"),
            [11, 8, 16, 10, 20, 6, 12, 6, 10, 10, 10, 10, 10, 10, 10, 12],
            freeze_header=True,
        )
        tickets.header(
            [
                translate("Canteen", "Date"),
                translate("Canteen", "Meal"),
                translate("Canteen", "Ticket"),
                translate("Canteen", "Name"),
                translate("Canteen", "ID number"),
                translate("Canteen", "Age"),
                translate("Canteen", "Tier"),
                translate("Canteen", "Quantity"),
                translate("Canteen", "Meal price"),
                *money_titles,
                translate("Canteen", "Subsidy"),
                translate("Canteen", "Self-paid"),
                translate("Canteen", "Payment"),
                translate("Canteen", "Cashier"),
            ]
        )
        tickets.rows(
            "dssssnsn" + "m" * (3 + len(funders)) + "ss",
            (
                (
                    t.day,
                    t.slot,
                    t.number,
                    t.name,
                    t.masked_id,
                    t.age,
                    t.tier,
                    t.quantity,
                    t.total_fen,
                    *[t.funders.get(f, 0) for f in funders],
                    t.subsidy_fen,
                    t.self_paid_fen,
                    t.payment,
                    t.cashier,
                )
                for t in st.ticket_lines
            ),
        )
    return wb.to_bytes()


# --- locking ---------------------------------------------------------------------------------------------------


@checked
def open_days(db: Database, starts: dt.date, ends: dt.date) -> list[tuple[dt.date, str]]:
    """Cashier days in the period with tickets but no (standing) day close."""
    with db.read() as s:
        sold = s.execute(
            select(MealTicket.day, MealTicket.cashier_id)
            .where(MealTicket.day >= starts, MealTicket.day <= ends)
            .group_by(MealTicket.day, MealTicket.cashier_id)
        ).all()
        closed = set(
            s.execute(
                select(DayClose.day, DayClose.cashier_id).where(
                    DayClose.day >= starts, DayClose.day <= ends, DayClose.reopened_at.is_(None)
                )
            ).all()
        )
        names = dict(s.execute(select(User.id, User.display_name)).all())
    return [(d, names.get(c, "")) for d, c in sold if (d, c) not in closed]


@checked
def settle(db: Database, actor: Actor, kind: str, year: int, number: int) -> Settlement:
    """Lock the period after checking it is over and every cashier day in it is closed; figures are kept."""
    require(actor, MANAGE_CANTEEN)
    starts, ends = period_bounds(kind, year, number)
    if ends >= clock.today():
        raise UserError(translate("Canteen", "This period is not over yet: settle it after {day}.").format(day=ends))
    missing = open_days(db, starts, ends)
    if missing:
        listed = "、".join(f"{d.isoformat()} {n}" for d, n in missing[:5])
        raise UserError(
            translate("Canteen", "Close these cashier days first: {days}{more}").format(
                days=listed, more="…" if len(missing) > 5 else ""
            )
        )
    st = _compute(db, kind, starts, ends)
    with db.write() as s:
        overlapping = s.execute(
            select(SettlementPeriod.id).where(
                SettlementPeriod.starts <= ends, SettlementPeriod.ends >= starts, SettlementPeriod.unlocked_at.is_(None)
            )
        ).first()
        if overlapping:
            raise UserError(translate("Canteen", "This period (or part of it) is already settled."))
        row = SettlementPeriod(
            kind=kind,
            starts=starts,
            ends=ends,
            locked_at=clock.now(),
            locked_by_id=actor.user_id,
            figures=json.dumps(st.figures(), ensure_ascii=False),
        )
        s.add(row)
        s.flush()
        audit.record(s, actor, "settle", "canteen_settlement", row.id, st.label(), None, st.figures())
        st.settlement_id = row.id
    st.locked = True
    return st


@checked
def unlock(db: Database, admin: Actor, starts: dt.date, reason: str) -> None:
    """An admin unlocks the settled period starting `starts`; who, when and why are kept."""
    require(admin, REOPEN_DAY)
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": translate("Canteen", "Say why the period is unlocked.")})
    with db.write() as s:
        row = locked_period(s, starts)
        if row is None:
            raise NotFound(translate("Canteen", "This period is not settled."))
        row.unlocked_at = clock.now()
        row.unlocked_by_id = admin.user_id
        row.unlock_reason = reason
        audit.record(s, admin, "unlock", "canteen_settlement", row.id, reason, {"locked": True}, {"locked": False})


@dataclass
class Export:
    settlement: Settlement
    pdf: bytes
    xlsx: bytes


@checked
def export(
    db: Database,
    actor: Actor,
    kind: str,
    year: int,
    number: int,
    *,
    with_tickets: bool = False,
    progress: Progress = _no_progress,
) -> Export:
    """Compute the period and render both documents (no Qt: runs on a worker thread); the export is audited.
    The documents list diners by name: only a role that may export personal data gets them."""
    require(actor, EXPORT_PERSONAL_DATA)
    starts, ends = period_bounds(kind, year, number)
    st = _compute(db, kind, starts, ends, with_tickets=with_tickets, progress=progress)
    progress(3, 5, translate("Canteen", "Writing the PDF…"))
    pdf = _settlement_pdf(db, st)
    progress(4, 5, translate("Canteen", "Writing the Excel file…"))
    xlsx = _settlement_xlsx(st, settings.center_info(db).name)
    with db.write() as s:
        audit.record(
            s,
            actor,
            "export",
            "canteen_settlement",
            None,
            st.label(),
            None,
            {"with_tickets": with_tickets, **st.figures()},
        )
    progress(5, 5, "")
    return Export(st, pdf, xlsx)


@checked
def settlements(db: Database) -> list[SettlementPeriod]:
    """Every settled period, newest first (a handful a year)."""
    with db.read() as s:
        rows = s.execute(select(SettlementPeriod).order_by(SettlementPeriod.starts.desc(), SettlementPeriod.id.desc()))
        out = list(rows.scalars())
        for r in out:
            s.expunge(r)
        return out


@checked
def latest_month_with_tickets(db: Database, today: dt.date | None = None) -> tuple[int, int] | None:
    """(year, month) of the latest month up to `today` (local, default now) with meal tickets, or None when there
    are none: the month the settlement screen opens on, so it never opens on an empty month."""
    today = today or clock.today()
    with db.read() as s:
        day = s.execute(select(func.max(MealTicket.day)).where(MealTicket.day <= today)).scalar()
    return (day.year, day.month) if day is not None else None
