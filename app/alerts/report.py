"""今日关注's part of the monthly district report pack: alerts raised and acted on in a month, by rule.

`month_section(db, actor, year, month)` (the contract of `app.reports.pack.Section`): counts only, no person. A
month is its local calendar days (`app.reports.figures.month_days`); an alert counts as raised in the month of its
`raised_on`, as acted on (turned into a visit request) or dismissed in the month of its `handled_at` (local day), and
as ended in the month of `ended_on` (its condition stopped holding).
"""

from __future__ import annotations

from sqlalchemy import func, select

from app import clock
from app.accounts.permissions import VIEW_STATISTICS, require
from app.actor import Actor
from app.alerts import rules as R
from app.alerts import service as A
from app.boundary import checked
from app.i18n import translate
from app.reports.figures import month_days
from app.reports.pack import Section, Table
from db.engine import Database
from db.models.alerts import Alert


@checked
def month_section(db: Database, actor: Actor, year: int, month: int) -> Section:
    """Alerts raised, turned into visit requests, dismissed and ended in the month, by rule, with a totals row.
    Requires VIEW_STATISTICS."""
    require(actor, VIEW_STATISTICS)
    first, last = month_days(year, month)
    start, _ = clock.local_day_bounds(first)
    _, end = clock.local_day_bounds(last)
    with db.read() as s:
        raised = dict(
            s.execute(
                select(Alert.rule, func.count())
                .where(Alert.raised_on >= first, Alert.raised_on <= last)
                .group_by(Alert.rule)
            ).all()
        )
        handled: dict[tuple[str, str], int] = {
            (rule, state): n
            for rule, state, n in s.execute(
                select(Alert.rule, Alert.state, func.count())
                .where(Alert.handled_at >= start, Alert.handled_at < end)
                .group_by(Alert.rule, Alert.state)
            ).all()
        }
        ended = dict(
            s.execute(
                select(Alert.rule, func.count())
                .where(Alert.ended_on >= first, Alert.ended_on <= last)
                .group_by(Alert.rule)
            ).all()
        )
    rows: list[list[str]] = []
    totals = [0, 0, 0, 0]
    for spec in R.RULES:
        counts = [
            int(raised.get(spec.code, 0)),
            int(handled.get((spec.code, A.ACTED), 0)),
            int(handled.get((spec.code, A.DISMISSED), 0)),
            int(ended.get(spec.code, 0)),
        ]
        totals = [t + c for t, c in zip(totals, counts, strict=True)]
        rows.append([spec.label(), *(str(c) for c in counts)])
    table = Table(
        title=translate("AlertsReport", "Alerts raised and acted on, by rule"),
        headings=[
            translate("AlertsReport", "Rule"),
            translate("AlertsReport", "Raised"),
            translate("AlertsReport", "Turned into visit requests"),
            translate("AlertsReport", "Dismissed"),
            translate("AlertsReport", "Ended"),
        ],
        rows=rows,
        total=[translate("AlertsReport", "Total"), *(str(t) for t in totals)],
        align=["LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"],
        widths=[4, 1.2, 1.8, 1.2, 1.2],
    )
    acted_share = f"{totals[1] * 100 / totals[0]:.1f}%" if totals[0] else "—"
    lines = [
        (translate("AlertsReport", "Alerts raised"), str(totals[0])),
        (translate("AlertsReport", "Turned into visit requests"), str(totals[1])),
        (translate("AlertsReport", "Share of alerts raised that became visit requests"), acted_share),
    ]
    return Section(
        key="alerts",
        title=translate("AlertsReport", "Acting before being asked: today's alerts"),
        tables=[table],
        lines=lines,
    )
