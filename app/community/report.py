"""The buildings-and-visits part of the monthly district report pack (`app.reports.pack.Section`).

Counts only (no names): visits of the month by kind and result, households visited, needs turned into requests;
council meetings held and their follow-up tasks decided, done in the month and still open at its end, per council.
Visits and meetings count by their local day; tasks done by the local day of `done_at`.
"""

from __future__ import annotations

from sqlalchemy import and_, func, or_, select

from app import clock
from app.accounts.permissions import VIEW_STATISTICS, require
from app.actor import Actor
from app.boundary import checked
from app.community.service import VISIT_KINDS, VISIT_RESULTS, kind_label, result_label
from app.database import Database
from app.i18n import translate
from app.reports.figures import _check_month
from app.reports.pack import Section, Table
from db.models.community import Council, Meeting, MeetingTask, Visit


@checked
def month_section(db: Database, actor: Actor, year: int, month: int) -> Section:
    """The month's visits and council work as printed tables, each with its totals row. Raises PermissionDenied,
    ValidationError (a month not begun)."""
    require(actor, VIEW_STATISTICS)
    first, last = _check_month(year, month)
    start, _ = clock.local_day_bounds(first)
    _, end = clock.local_day_bounds(last)
    live_in_month = and_(Visit.voided_at.is_(None), Visit.visited_on >= first, Visit.visited_on <= last)
    with db.read() as s:
        counts = {
            (k, r): n
            for k, r, n in s.execute(
                select(Visit.kind, Visit.result, func.count()).where(live_in_month).group_by(Visit.kind, Visit.result)
            )
        }
        homes = s.execute(
            select(func.count()).select_from(
                select(Visit.building, Visit.unit, Visit.room).where(live_in_month).distinct().subquery()
            )
        ).scalar_one()
        requests = s.execute(
            select(func.count()).where(live_in_month, Visit.request_id.is_not(None)).select_from(Visit)
        ).scalar_one()
        councils = s.execute(select(Council.id, Council.name).order_by(Council.building, Council.id)).all()
        held = dict(
            s.execute(
                select(Meeting.council_id, func.count())
                .where(Meeting.held_on >= first, Meeting.held_on <= last)
                .group_by(Meeting.council_id)
            ).all()
        )
        decided = dict(
            s.execute(
                select(Meeting.council_id, func.count())
                .join(MeetingTask, MeetingTask.meeting_id == Meeting.id)
                .where(Meeting.held_on >= first, Meeting.held_on <= last)
                .group_by(Meeting.council_id)
            ).all()
        )
        done = dict(
            s.execute(
                select(Meeting.council_id, func.count())
                .join(MeetingTask, MeetingTask.meeting_id == Meeting.id)
                .where(MeetingTask.done_at >= start, MeetingTask.done_at < end)
                .group_by(Meeting.council_id)
            ).all()
        )
        still_open = dict(
            s.execute(
                select(Meeting.council_id, func.count())
                .join(MeetingTask, MeetingTask.meeting_id == Meeting.id)
                .where(Meeting.held_on <= last, or_(MeetingTask.done_at.is_(None), MeetingTask.done_at >= end))
                .group_by(Meeting.council_id)
            ).all()
        )

    def n(value: int) -> str:
        return str(value)

    visit_rows = []
    for kind in VISIT_KINDS:
        line = [counts.get((kind, r), 0) for r in VISIT_RESULTS]
        visit_rows.append([kind_label(kind), *map(n, line), n(sum(line))])
    totals = [sum(counts.get((k, r), 0) for k in VISIT_KINDS) for r in VISIT_RESULTS]
    visits = Table(
        translate("CommunityReport", "Visits (走访) by kind and result"),
        [
            translate("CommunityReport", "Kind"),
            *(result_label(r) for r in VISIT_RESULTS),
            translate("Reports", "Total"),
        ],
        visit_rows,
        [translate("Reports", "Total"), *map(n, totals), n(sum(totals))],
        ["LEFT"] + ["RIGHT"] * (len(VISIT_RESULTS) + 1),
        [3] + [1.5] * (len(VISIT_RESULTS) + 1),
    )
    council_rows = []
    sums = [0, 0, 0, 0]
    for cid, name in councils:
        line = [held.get(cid, 0), decided.get(cid, 0), done.get(cid, 0), still_open.get(cid, 0)]
        if not any(line):
            continue
        sums = [a + b for a, b in zip(sums, line, strict=True)]
        council_rows.append([name, *map(n, line)])
    meetings = Table(
        translate("CommunityReport", "Council meetings (议事) and follow-up tasks"),
        [
            translate("CommunityReport", "Council"),
            translate("CommunityReport", "Meetings held"),
            translate("CommunityReport", "Tasks decided"),
            translate("CommunityReport", "Tasks done"),
            translate("CommunityReport", "Tasks open at month end"),
        ],
        council_rows,
        [translate("Reports", "Total"), *map(n, sums)],
        ["LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"],
        [3, 1.5, 1.5, 1.5, 1.5],
    )
    return Section(
        "community",
        translate("CommunityReport", "Buildings and visits"),
        [visits, meetings],
        [
            (translate("CommunityReport", "Visits"), n(sum(totals))),
            (translate("CommunityReport", "Households visited"), n(homes)),
            (translate("CommunityReport", "Needs turned into requests"), n(requests)),
        ],
    )
