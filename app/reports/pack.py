"""The district report pack's content (街道月报): the figures of every counter for one month, as stored when issued
(`to_json` / `from_json`), and the tables both documents print from them, each with its totals row.

Units as in `app.reports.figures`: fen (printed as yuan with two decimals), minutes (printed as hours with one
decimal, lines adding up to the total: `app.volunteers.hours`), counts; rates as percentages with one decimal.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass, field

from app.documents.common import yuan_plain
from app.i18n import translate
from app.reports import figures as F
from app.volunteers.hours import apportion_text, hours_text

FORMAT = 2  # the snapshot's layout; a later layout reads older snapshots by this number
# 1: the four counters' figures. 2: + the further counters' `sections`, `draft`, and `texts` (the words printed).

# Further counters' parts of the pack: a module each, with `month_section(db, actor, year, month) -> Section`.
# A counter not installed (its module missing) is left out, as ui/pages.py PROFILE_SECTIONS leaves out its section.
SECTION_MODULES: tuple[str, ...] = (
    "app.activities.report",
    "app.library.report",
    "app.community.report",
    "app.health.report",
    "app.alerts.report",
)


@dataclass
class Table:
    """A table as printed: headings, rows of text, the totals row; `align` per column (LEFT | RIGHT)."""

    title: str
    headings: list[str]
    rows: list[list[str]]
    total: list[str] | None  # None only for the summary, whose lines are not summed
    align: list[str]
    widths: list[float]  # relative


@dataclass
class Section:
    """One more counter's part of the pack (classes, the book room, visits, health, alerts …).

    Each such counter has a module `app/<counter>/report.py` with
    `month_section(db: Database, actor: Actor, year: int, month: int) -> Section`, which checks
    `require(actor, VIEW_STATISTICS)` first, counts one calendar month of local days (as `app.reports.figures`) and
    gives counts and sums only (no person's name, phone or ID number). `key` is stable ("activities"); `title` and
    every text are in the issuer's language at issue time (the pack is a snapshot, re-issued as stored); `lines` are
    summary lines (label, value) printed above the tables; every table has its totals row.
    """

    key: str
    title: str
    tables: list[Table]
    lines: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class DistrictPack:
    """Everything the pack prints. `issued_at` is local time as printed ("2026-12-01 09:30")."""

    year: int
    month: int
    center_name: str
    center_address: str
    center_phone: str
    issued_at: str
    issued_by: str
    requests: F.RequestFigures
    canteen: F.CanteenFigures
    childcare: F.ChildcareFigures
    volunteers: F.VolunteerFigures
    sections: list[Section] = field(default_factory=list)  # the further counters' parts (SECTION_MODULES)
    draft: bool = False  # the month is not over: marked 草稿 on every page, never stored as issued
    # The words printed ({"context\x04source": text}, app.i18n.fixed_texts): a re-issue prints the same words, in
    # the language of the first issue, whatever the language of the process re-issuing it.
    texts: dict[str, str] = field(default_factory=dict)


def to_json(pack: DistrictPack) -> str:
    data = asdict(pack)
    data["childcare"]["daily"] = [[d.isoformat(), counts] for d, counts in pack.childcare.daily]
    data["format"] = FORMAT
    return json.dumps(data, ensure_ascii=False)  # dict order is kept: it is the order printed


def _section(d: dict) -> Section:
    return Section(
        key=d["key"],
        title=d["title"],
        tables=[Table(**t) for t in d["tables"]],
        lines=[(a, b) for a, b in d.get("lines", [])],
    )


def _rate_row(x: dict) -> F.RateRow:
    """A requests row as stored; one issued before `unreached` was counted keeps None there (its follow-ups were
    the month's calls, not the month's requests: `request_tables` prints it as it was printed)."""
    return F.RateRow(**{"unreached": None, **x})


def from_json(text: str) -> DistrictPack:
    """A stored snapshot, of this FORMAT or an older one (format 1 has no sections, draft mark or words)."""
    d = json.loads(text)
    r, c, k, v = d["requests"], d["canteen"], d["childcare"], d["volunteers"]
    return DistrictPack(
        year=d["year"],
        month=d["month"],
        center_name=d["center_name"],
        center_address=d["center_address"],
        center_phone=d["center_phone"],
        issued_at=d["issued_at"],
        issued_by=d["issued_by"],
        requests=F.RequestFigures(
            r["year"],
            r["month"],
            by_category=[_rate_row(x) for x in r["by_category"]],
            by_channel=[_rate_row(x) for x in r["by_channel"]],
            trend=[_rate_row(x) for x in r["trend"]],
            total=_rate_row(r["total"]),
            cancelled=r["cancelled"],
        ),
        canteen=F.CanteenFigures(
            c["year"],
            c["month"],
            days=[F.MealsRow(**x) for x in c["days"]],
            tiers=[F.MealsRow(**x) for x in c["tiers"]],
            total=F.MealsRow(**c["total"]),
            funders=tuple(c["funders"]),
            funder_names=c["funder_names"],
        ),
        childcare=F.ChildcareFigures(
            k["year"],
            k["month"],
            programs=[F.ProgramRow(**x) for x in k["programs"]],
            daily=[(dt.date.fromisoformat(day), counts) for day, counts in k["daily"]],
            total=F.ProgramRow(**k["total"]),
        ),
        volunteers=F.VolunteerFigures(
            v["year"],
            v["month"],
            kinds=[F.HoursRow(**x) for x in v["kinds"]],
            total=F.HoursRow(**v["total"]),
            source_names=v["source_names"],
        ),
        sections=[_section(x) for x in d.get("sections", [])],
        draft=bool(d.get("draft", False)),
        texts=dict(d.get("texts", {})),
    )


# --- what both documents print ------------------------------------------------------------------------------------


def pct(rate: float | None) -> str:
    """A rate as printed: "87.5%", or "—" when there was nothing to count."""
    return "—" if rate is None else f"{rate * 100:.1f}%"


def request_tables(r: F.RequestFigures) -> list[Table]:
    """Every figure of a row counts the requests received in its month (app.requests.reports): how many were
    received, responded to in time, resolved, answered their follow-up call (rated) or were not reached. A
    snapshot issued before that rule (no `unreached` kept: its follow-ups were the calls made in the month) prints
    as it printed."""
    legacy = r.total.unreached is None
    if legacy:
        heads = [
            translate("Reports", "Requests"),
            translate("Reports", "Responded in time"),
            translate("Reports", "Resolved"),
            translate("Reports", "Follow-ups"),
        ]
    else:
        heads = [
            translate("Reports", "Received"),
            translate("Reports", "Responded in time"),
            translate("Reports", "Resolved"),
            translate("Reports", "Answered"),
            translate("Reports", "Not reached"),
        ]
    heads += [
        translate("Reports", "Response rate"),
        translate("Reports", "Resolution rate"),
        translate("Reports", "Satisfaction rate"),
    ]

    def line(x: F.RateRow) -> list[str]:
        counts = [str(x.requests), str(x.responded_in_time), str(x.resolved), str(x.followups)]
        if not legacy:
            counts.append(str(x.unreached or 0))
        return [x.name, *counts, pct(x.response_rate), pct(x.resolution_rate), pct(x.satisfaction_rate)]

    align = ["LEFT"] + ["RIGHT"] * (len(heads))
    widths = [3.2, 1.2, 1.4, 1.2, 1.3, 1.3, 1.3, 1.3] if legacy else [3.0, 1.1, 1.3, 1.1, 1.1, 1.1, 1.3, 1.3, 1.3]
    trend_total = F.RateRow(
        sum(x.requests for x in r.trend),
        sum(x.responded_in_time for x in r.trend),
        sum(x.resolved for x in r.trend),
        sum(x.followups for x in r.trend),
        sum(x.satisfied for x in r.trend),
        None if legacy else sum(x.unreached or 0 for x in r.trend),
        name=translate("Reports", "Total"),
    )
    return [
        Table(
            translate("Reports", "Requests by category"),
            [translate("Reports", "Category"), *heads],
            [line(x) for x in r.by_category],
            line(r.total),
            align,
            widths,
        ),
        Table(
            translate("Reports", "Requests by channel"),
            [translate("Reports", "Channel"), *heads],
            [line(x) for x in r.by_channel],
            line(r.total),
            align,
            widths,
        ),
        Table(
            translate("Reports", "The three rates, month by month"),
            [translate("Reports", "Month"), *heads],
            [line(x) for x in r.trend],
            line(trend_total),
            align,
            widths,
        ),
    ]


def canteen_tables(c: F.CanteenFigures) -> list[Table]:
    funders = [c.funder_names.get(f, f) for f in c.funders]

    def line(x: F.MealsRow, day: bool) -> list[str]:
        first = [x.name[5:] if day and len(x.name) == 10 else x.name]
        return [
            *first,
            str(x.meals),
            str(x.subsidised_meals),
            yuan_plain(x.total_fen),
            *[yuan_plain(x.funders.get(f, 0)) for f in c.funders],
            yuan_plain(x.subsidy_fen),
            yuan_plain(x.self_paid_fen),
        ]

    heads = [
        translate("Reports", "Meals sold"),
        translate("Reports", "Subsidised meals"),
        translate("Reports", "Sales (yuan)"),
        *funders,
        translate("Reports", "Subsidy (yuan)"),
        translate("Reports", "Self-paid (yuan)"),
    ]
    n = len(heads)
    return [
        Table(
            translate("Reports", "Meals and subsidy by tier"),
            [translate("Reports", "Tier"), *heads],
            [line(x, False) for x in c.tiers],
            line(c.total, False),
            ["LEFT"] + ["RIGHT"] * n,
            [3.0] + [1.2] * n,
        ),
        Table(
            translate("Reports", "Meals and subsidy by day"),
            [translate("Reports", "Day"), *heads],
            [line(x, True) for x in c.days],
            line(c.total, False),
            ["LEFT"] + ["RIGHT"] * n,
            [1.2] + [1.2] * n,
        ),
    ]


def childcare_tables(k: F.ChildcareFigures) -> list[Table]:
    def avg(x: F.ProgramRow) -> str:
        return "—" if x.average is None else f"{x.average:.1f}"

    def line(x: F.ProgramRow) -> list[str]:
        return [
            x.name,
            str(x.capacity),
            str(x.open_days),
            str(x.child_days),
            str(x.children),
            avg(x),
            str(x.absences),
        ]

    return [
        Table(
            translate("Reports", "Childcare attendance by program"),
            [
                translate("Reports", "Program"),
                translate("Reports", "Places"),
                translate("Reports", "Days open"),
                translate("Reports", "Child-days"),
                translate("Reports", "Children"),
                translate("Reports", "Per day"),
                translate("Reports", "Absences"),
            ],
            [line(x) for x in k.programs],
            line(k.total),
            ["LEFT"] + ["RIGHT"] * 6,
            [3.4, 1, 1, 1, 1, 1, 1],
        )
    ]


def volunteer_tables(v: F.VolunteerFigures) -> list[Table]:
    """Hours with one decimal, each column's lines adding up to its total (`app.volunteers.hours`)."""
    sources = list(v.source_names)
    cols: list[list[int]] = [[k.by_source.get(src, 0) for k in v.kinds] for src in sources]
    cols.append([k.approved_minutes for k in v.kinds])
    cols.append([k.pending_minutes for k in v.kinds])
    shown = [apportion_text(col) for col in cols]
    rows = []
    for i, k in enumerate(v.kinds):
        rows.append([k.name, str(k.volunteers), *[lines[i] for lines, _ in shown]])
    total = [v.total.name, str(v.total.volunteers), *[t for _, t in shown]]
    return [
        Table(
            translate("Reports", "Volunteer hours by kind"),
            [
                translate("Reports", "Kind"),
                translate("Reports", "Volunteers"),
                *[v.source_names[s] for s in sources],
                translate("Reports", "Approved hours"),
                translate("Reports", "Pending hours"),
            ],
            rows,
            total,
            ["LEFT"] + ["RIGHT"] * (len(sources) + 3),
            [2.4] + [1.2] * (len(sources) + 3),
        )
    ]


def summary_lines(p: DistrictPack) -> list[tuple[str, str]]:
    r, c, k, v = p.requests, p.canteen, p.childcare, p.volunteers
    return [
        (translate("Reports", "Requests taken in"), str(r.total.requests)),
        (translate("Reports", "Response rate"), pct(r.total.response_rate)),
        (translate("Reports", "Resolution rate"), pct(r.total.resolution_rate)),
        (translate("Reports", "Satisfaction rate"), pct(r.total.satisfaction_rate)),
        (translate("Reports", "Meals sold"), str(c.total.meals)),
        (translate("Reports", "Subsidised meals"), str(c.total.subsidised_meals)),
        (translate("Reports", "Subsidy (yuan)"), yuan_plain(c.total.subsidy_fen)),
        (translate("Reports", "Childcare child-days"), str(k.total.child_days)),
        (translate("Reports", "Children in care"), str(k.total.children)),
        (translate("Reports", "Approved volunteer hours"), hours_text(v.total.approved_minutes)),
        (translate("Reports", "Volunteers who served"), str(v.total.volunteers)),
    ]


def title_of(p: DistrictPack) -> str:
    return translate("Reports", "Monthly report to the street office, {year}-{month:02d}").format(
        year=p.year, month=p.month
    )


def issued_line(p: DistrictPack) -> str:
    if p.draft:
        return translate("Reports", "DRAFT: figures as of {at}, the month is not over; not issued ({who}).").format(
            at=p.issued_at, who=p.issued_by
        )
    return translate("Reports", "Figures as of {at}; issued by {who}.").format(at=p.issued_at, who=p.issued_by)


def draft_mark() -> str:
    """The word on every page of a draft pack."""
    return translate("Reports", "DRAFT")
