"""今日关注: the day's alerts at the front desk (未诉先办, issue 19 item 3), acting on them and dismissing them.

`today_alerts` reads the list from the `alerts` table — the counts per rule, then the rows a block at a time as they
are shown — after app.alerts.sync has brought the table in step with the facts: the rules whose facts changed since
they were last computed are computed again (app.alerts.compute, set-based); a rule newly true of a subject raises an
alert (one row; `ux_alerts_current` keeps a second desk computing at the same moment from raising it again), an
alert whose rule is no longer true is ended. An alert acted on or dismissed stays so while its rule stays true, so
it is not raised twice.

`to_visit_request` turns an alert into a visit request (channel 走访) through the requests service's own steps: taken
in, and when the party member linked to the household by 三带一联 is known, dispatched to the category's department,
accepted and claimed by that member (党员领单). The alert is claimed first by a conditional update, so two desks
clicking at once make one request.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from typing import NamedTuple

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.orm import Session, aliased

from app import audit, clock
from app.accounts.permissions import MANAGE_ALERT_RULES, SEE_ALERTS, SEE_HEALTH, TAKE_REQUESTS, may, require
from app.actor import Actor
from app.alerts import compute as C
from app.alerts import rules as R
from app.alerts import sources
from app.alerts import sync as S
from app.boundary import checked
from app.errors import UserError, ValidationError
from app.i18n import translate
from app.requests import workflow as W
from app.workdays import load_calendar
from db.engine import Database
from db.models import Resident, User
from db.models.alerts import Alert, AlertRuleSetting
from db.models.requests import RequestCategory, RequestDepartment, ServiceRequest

OPEN = "open"
ACTED = "acted"
DISMISSED = "dismissed"
STATES = (OPEN, ACTED, DISMISSED)
VISIT_SETTING = "visit_request"  # the alert_rules row holding the visit requests' category {"category_id": id}


class _View(NamedTuple):
    """What every row of one list shares: the day's context, whether health details may show, the labels."""

    ctx: C.Context
    detail: bool
    labels: dict[str, str]
    visits: dict[str, bool]


_HANDLER = aliased(User)
_PAGE_COLUMNS = (
    Alert.id, Alert.rule, Alert.subject, Alert.resident_id, Alert.state, Alert.raised_on, Alert.since, Alert.facts,
    Alert.note, Alert.request_id, ServiceRequest.number, ServiceRequest.status, _HANDLER.display_name,
    Resident.name, Resident.building, Resident.unit, Resident.room, Resident.birth_date,
)  # fmt: skip


@functools.cache
def _page_query(only_open: bool):
    """One page of a rule's current alerts (parameters rule, off, lim), in the rule's order: since (never visited
    first), then raised first; the resident's name and address and the visit request's number joined (served by
    ux_alerts_current). Built once."""
    q = (
        select(*_PAGE_COLUMNS)
        .outerjoin(ServiceRequest, ServiceRequest.id == Alert.request_id)
        .outerjoin(_HANDLER, _HANDLER.id == Alert.handled_by_id)
        .outerjoin(Resident, Resident.id == Alert.resident_id)
        .where(Alert.ended_on.is_(None), Alert.rule == bindparam("rule"))
    )
    if only_open:
        q = q.where(Alert.state == OPEN)
    return q.order_by(Alert.since.asc().nulls_first(), Alert.id).offset(bindparam("off")).limit(bindparam("lim"))


class AlertList(Sequence["AlertRow"]):
    """The day's alerts in order (the rules' order, each rule's rows by `since`): the counts per rule are read
    when the list is made, the rows a block at a time when they are read (a screen reads the rows it shows), from
    the `alerts` table's current rows (kept in step by app.alerts.sync)."""

    BLOCK = 50  # rows read together (a screen shows about 40)

    def __init__(self, db: Database, counts: dict[str, int], only_open: bool, view: _View) -> None:
        self._db = db
        self._counts = {spec.code: counts[spec.code] for spec in R.RULES if counts.get(spec.code)}
        self._only_open = only_open
        self._view = view
        self._starts: list[tuple[int, str, int]] = []  # (first position, rule, count)
        position = 0
        for code, n in self._counts.items():
            self._starts.append((position, code, n))
            position += n
        self._len = position
        self._blocks: dict[int, list[AlertRow]] = {}

    def __len__(self) -> int:
        return self._len

    def _block(self, b: int, session: Session | None = None) -> list[AlertRow]:
        """Rows [b * BLOCK, (b + 1) * BLOCK) of the list: one query per rule the block covers."""
        found = self._blocks.get(b)
        if found is not None:
            return found
        if session is None:
            with self._db.read() as s:
                return self._block(b, s)
        first, stop = b * self.BLOCK, min(self._len, (b + 1) * self.BLOCK)
        rows: list[AlertRow] = []
        for start, code, n in self._starts:
            lo, hi = max(first, start), min(stop, start + n)
            if lo >= hi:
                continue
            page = session.execute(_page_query(self._only_open), {"rule": code, "off": lo - start, "lim": hi - lo}).all()
            rows.extend(AlertRow(tuple(r), self._view) for r in page)
        anonymous = [r for r in rows if r.resident_id is None and r.subject.startswith("request:")]
        if anonymous:  # a request taken in without a registered resident: its contact's name
            ids = [int(r.subject.split(":", 1)[1]) for r in anonymous]
            names = dict(session.execute(select(ServiceRequest.id, ServiceRequest.contact_name)
                                         .where(ServiceRequest.id.in_(ids))).all())  # fmt: skip
            for r, rid in zip(anonymous, ids, strict=True):
                r._contact = names.get(rid) or ""
        if len(self._blocks) > 50:
            self._blocks.clear()
        self._blocks[b] = rows
        return rows

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            out = []
            for k in range(*i.indices(self._len)):
                try:
                    out.append(self[k])
                except IndexError:
                    break
            return out
        if i < 0:
            i += self._len
        if not 0 <= i < self._len:
            raise IndexError(i)
        block = self._block(i // self.BLOCK)
        k = i % self.BLOCK
        if k >= len(block):  # ended by another desk since the counts were read: shown next time
            raise IndexError(i)
        return block[k]

    def __iter__(self):
        for i in range(self._len):
            try:
                yield self[i]
            except IndexError:
                return

    def __eq__(self, other: object) -> bool:
        return list(self) == other if isinstance(other, list) else NotImplemented

    def counts(self) -> dict[str, int]:
        """Alerts per rule (rule code -> number), in the rules' order."""
        return dict(self._counts)


class AlertRow:
    """One line of 今日关注: who (name, address), why (`reason`, worded for the reader: a health alert without
    SEE_HEALTH shows no detail and no date), since when, and what was done (state, who, note, the request).

    Made from one row of the list's page query; worded when read."""

    __slots__ = ("_row", "_view", "_facts", "_contact")

    def __init__(self, row: tuple, view: _View) -> None:
        # (id, rule, subject, resident_id, state, raised_on, since, facts, note, request_id, request number,
        #  request status, handled by, name, building, unit, room, birth_date)
        self._row = row
        self._view = view
        self._facts: dict | None = None
        self._contact = ""

    def __repr__(self) -> str:
        return f"AlertRow(id={self.id}, rule={self.rule!r}, subject={self.subject!r}, state={self.state!r})"

    id = property(lambda self: self._row[0])
    rule = property(lambda self: self._row[1])
    subject = property(lambda self: self._row[2])
    resident_id = property(lambda self: self._row[3])
    state = property(lambda self: self._row[4])
    raised_on = property(lambda self: C.as_date(self._row[5]))
    note = property(lambda self: self._row[8] or "")
    request_id = property(lambda self: self._row[9])
    request_number = property(lambda self: self._row[10])
    handled_by = property(lambda self: self._row[12] or "")

    @property
    def name(self) -> str:
        return (self._row[13] if self.resident_id is not None else self._contact) or ""

    @property
    def rule_label(self) -> str:
        return self._view.labels.get(self.rule, self.rule)

    @property
    def address(self) -> str:
        from app.residents.service import format_address

        return format_address(self._row[14], self._row[15], self._row[16])

    def _shown(self) -> dict:
        if self._facts is None:
            try:
                stored = json.loads(self._row[7] or "{}")
            except ValueError:
                stored = {}
            self._facts = C.shown(self.rule, stored, self._view.ctx, self._row[17])
        return self._facts

    @property
    def private(self) -> bool:
        return self.rule == R.HEALTH_OVERDUE and not self._view.detail

    @property
    def since(self) -> dt.date | None:
        return None if self.private or self._row[6] is None else C.as_date(self._row[6])

    @property
    def facts(self) -> dict:
        return {} if self.private else self._shown()

    @property
    def reason(self) -> str:
        return reason(self.rule, self._shown(), detail=not self.private)

    @property
    def state_label(self) -> str:
        return state_label(self.state)

    @property
    def request_status(self) -> str | None:
        return W.status_label(self._row[11]) if self._row[11] else None

    @property
    def can_visit(self) -> bool:
        return self._view.visits.get(self.rule, False) and self.resident_id is not None


@dataclass(frozen=True)
class VisitOutcome:
    request_id: int
    number: str
    claimer_id: int | None  # the party member it was assigned to; None: made unassigned
    claimer_name: str | None
    problem: str | None  # why it could not be assigned (the reason only: the caller says "not assigned"), in the
    # user's language


def unassigned_visit_text(number: str, why: str | None) -> str:
    """What the desk is told when a visit request was made but could not be assigned, saying "not assigned" once:
    "走访请求 2026-000045 已生成，但尚未指派：这户没有挂钩党员。请到“诉求”页派单。" (`why` is VisitOutcome.problem)."""
    text = translate("Alerts", "Visit request {number} is made but not assigned: {why}").format(
        number=number, why=(why or "").strip()
    )
    return text + translate("Alerts", " Assign it on the Requests page.")


def reason(rule: str, facts: dict, *, detail: bool = True) -> str:
    """The reason shown for an alert, with its numbers, in the reader's language."""
    if rule == R.CANTEEN_ABSENT:
        return translate(
            "Alerts", "{meals} meals in the last {window} days; absent {absent} working days in a row"
        ).format(meals=facts.get("meals"), window=facts.get("window"), absent=facts.get("absent"))
    if rule == R.ALONE_NOT_VISITED:
        if facts.get("last") is None:
            return translate("Alerts", "Aged {age}, living alone, never visited").format(age=facts.get("age"))
        return translate("Alerts", "Aged {age}, living alone, last visited {days} days ago").format(
            age=facts.get("age"), days=facts.get("since_visit")
        )
    if rule == R.HEALTH_OVERDUE:
        if not detail:
            return translate("Alerts", "Needs attention (health)")
        return translate("Alerts", "Health follow-up overdue by {days} days (due {due})").format(
            days=facts.get("days"), due=facts.get("due")
        )
    if rule == R.EXPIRING:
        if facts.get("left") == 0 and facts.get("kind") == "qualification":
            return translate("Alerts", "Volunteer qualification {what} expires today ({until})").format(
                what=facts.get("what"), until=facts.get("until")
            )
        if facts.get("left") == 0:
            return translate("Alerts", "Pick-up authorisation expires today ({until})").format(until=facts.get("until"))
        if facts.get("kind") == "qualification":
            return translate("Alerts", "Volunteer qualification {what} expires on {until} ({left} days left)").format(
                what=facts.get("what"), until=facts.get("until"), left=facts.get("left")
            )
        return translate("Alerts", "Pick-up authorisation expires on {until} ({left} days left)").format(
            until=facts.get("until"), left=facts.get("left")
        )
    if rule == R.FOLLOW_UP_CALL:
        return translate("Alerts", "Request {number} resolved on {resolved}, waiting for its follow-up call").format(
            number=facts.get("number"), resolved=facts.get("resolved")
        )
    return rule


def state_label(state: str) -> str:
    return {
        OPEN: translate("Alerts", "To do"),
        ACTED: translate("Alerts", "Visit requested"),
        DISMISSED: translate("Alerts", "Dismissed"),
    }.get(state, state)


@checked
def today_alerts(db: Database, actor: Actor, include_handled: bool = True) -> AlertList:
    """今日关注: every alert true today, grouped by rule (the rules' order), each group in its own order (the
    longest-standing first). Requires SEE_ALERTS. The rules whose facts changed since they were last computed are
    computed again and their alerts brought in step first (app.alerts.sync: new ones raised, those no longer true
    ended); then the counts per rule are read, and the rows a block at a time as they are read. Health alerts are
    worded without detail for a reader without SEE_HEALTH. `include_handled`: also those acted on or dismissed."""
    require(actor, SEE_ALERTS)
    today = clock.today()
    view = partial(_View, detail=may(actor, SEE_HEALTH), labels={spec.code: spec.label() for spec in R.RULES},
                   visits={spec.code: spec.visit for spec in R.RULES})  # fmt: skip
    with db.read() as s:
        ctx, _keys, stale = S.stale(s, today)
        if not stale:  # the usual opening: everything in step, one read
            return _list(s, db, view(ctx), include_handled)
    ctx = S.bring_in_step(db, today)
    with db.read() as s:
        return _list(s, db, view(ctx), include_handled)


def _list(s: Session, db: Database, view: _View, include_handled: bool) -> AlertList:
    """The counts per rule and the first block of rows, read in `s`."""
    q = select(Alert.rule, func.count()).where(Alert.ended_on.is_(None))
    if not include_handled:
        q = q.where(Alert.state == OPEN)
    counts = {rule: n for rule, n in s.execute(q.group_by(Alert.rule)).all()}
    alerts = AlertList(db, counts, not include_handled, view)
    if len(alerts):
        alerts._block(0, s)
    return alerts


def visit_category(session: Session) -> int | None:
    """The category visit requests are made in: the admin's choice when still open, else the first open category
    (by its order) that proposes a department."""
    row = session.get(AlertRuleSetting, VISIT_SETTING)
    if row is not None:
        try:
            chosen = json.loads(row.params or "{}").get("category_id")
        except ValueError:
            chosen = None
        if type(chosen) is int:
            cat = session.get(RequestCategory, chosen)
            if cat is not None and cat.archived_at is None:
                return cat.id
    q = (
        select(RequestCategory.id)
        .where(RequestCategory.archived_at.is_(None))
        .order_by(RequestCategory.default_department_id.is_(None), RequestCategory.sort_order, RequestCategory.id)
        .limit(1)
    )
    return session.execute(q).scalar_one_or_none()


@checked
def set_visit_category(db: Database, actor: Actor, category_id: int) -> None:
    """Choose the request category of visit requests made from alerts (MANAGE_ALERT_RULES; audited)."""
    require(actor, MANAGE_ALERT_RULES)
    with db.write() as s:
        cat = s.get(RequestCategory, category_id)
        if cat is None or cat.archived_at is not None:
            raise ValidationError({"category": translate("Alerts", "Choose an open request category.")})
        row = s.get(AlertRuleSetting, VISIT_SETTING)
        before = visit_category(s)
        text = json.dumps({"category_id": category_id})
        if row is None:
            s.add(AlertRuleSetting(code=VISIT_SETTING, enabled=True, params=text, updated_at=clock.now(),
                                   updated_by_id=actor.user_id))  # fmt: skip
        else:
            row.params = text
            row.updated_at = clock.now()
            row.updated_by_id = actor.user_id
        audit.record(s, actor, "change", "alert_rule", VISIT_SETTING, audit.message("alerts.visit_category",
                     category=cat.name), {"category_id": before}, {"category_id": category_id})  # fmt: skip


@checked
def current_visit_category(db: Database, actor: Actor) -> int | None:
    require(actor, SEE_ALERTS)
    with db.read() as s:
        return visit_category(s)


def _claim_alert(s: Session, actor: Actor, alert_id: int, state: str, note: str | None) -> Alert:
    """Move an open, current alert to `state` (one conditional UPDATE: a second desk gets a UserError)."""
    alert = s.get(Alert, alert_id)
    if alert is None:
        raise UserError(translate("Alerts", "There is no such alert."))
    if alert.ended_on is not None:
        raise UserError(translate("Alerts", "This alert no longer applies."))
    done = s.execute(
        update(Alert)
        .where(Alert.id == alert_id, Alert.state == OPEN, Alert.ended_on.is_(None))
        .values(state=state, handled_at=clock.now(), handled_by_id=actor.user_id, note=note)
        .execution_options(synchronize_session=False)
    ).rowcount
    if done != 1:
        raise UserError(translate("Alerts", "This alert has been handled already (by a colleague?)."))
    s.refresh(alert)
    return alert


@checked
def dismiss(db: Database, actor: Actor, alert_id: int, reason: str) -> None:
    """Dismiss an alert with the reason (who, when and why remembered; audited). Requires SEE_ALERTS."""
    require(actor, SEE_ALERTS)
    text = (reason or "").strip()
    if not text:
        raise ValidationError({"reason": translate("Alerts", "Say why the alert is dismissed.")})
    with db.write() as s:
        alert = _claim_alert(s, actor, alert_id, DISMISSED, text)
        audit.record(s, actor, "dismiss", "alert", alert.id, audit.message("alerts.dismissed", rule=alert.rule),
                     {"state": OPEN}, {"state": DISMISSED, "reason": text})  # fmt: skip


@checked
def to_visit_request(db: Database, actor: Actor, alert_id: int) -> VisitOutcome:
    """Turn an open alert about a resident into a visit request (channel 走访) assigned to the party member linked
    to the household (三带一联): taken in, dispatched to the category's department, accepted and claimed by that
    member — the requests service's own steps. Without a linked member the request stays unassigned (new) and
    `problem` says so. The alert remembers the request. Requires SEE_ALERTS and TAKE_REQUESTS; UserError when the
    alert is gone, handled already, or of a rule that is not about a person's welfare."""
    require(actor, TAKE_REQUESTS)  # (every role that takes requests sees the alerts too)
    require(actor, SEE_ALERTS)
    from app.requests import service as RS

    with db.write() as s:
        alert = s.get(Alert, alert_id)
        spec = R.SPECS.get(alert.rule) if alert is not None else None
        if alert is not None and (spec is None or not spec.visit or alert.resident_id is None):
            raise UserError(translate("Alerts", "This alert cannot become a visit request."))
        alert = _claim_alert(s, actor, alert_id, ACTED, None)
        resident_id = alert.resident_id
        assert resident_id is not None
        category_id = visit_category(s)
        if category_id is None:
            raise UserError(translate("Alerts", "There is no request category yet; ask an administrator."))
        department_id = s.execute(
            select(RequestCategory.default_department_id)
            .join(RequestDepartment, RequestDepartment.id == RequestCategory.default_department_id)
            .where(RequestCategory.id == category_id, RequestDepartment.archived_at.is_(None))
        ).scalar_one_or_none()
        claimer = sources.caretaker_of(s, resident_id)
        rule = alert.rule
        birth = s.execute(select(Resident.birth_date).where(Resident.id == resident_id)).scalar_one_or_none()
        ctx = C.Context(clock.today(), load_calendar(s), R.load_rules(s))
        facts = C.shown(rule, json.loads(alert.facts or "{}"), ctx, birth)
        audit.record(s, actor, "to_visit", "alert", alert.id, audit.message("alerts.to_visit", rule=rule),
                     {"state": OPEN}, {"state": ACTED})  # fmt: skip
    # The requests service's steps, each its own unit of work; the alert is ours already.
    description = translate("Alerts", "Today's alerts: {reason}").format(reason=reason(rule, facts, detail=False))
    try:
        saved = RS.take_in(
            db,
            actor,
            RS.IntakeInput(
                channel="visit", category_id=category_id, description=description, resident_id=resident_id
            ),  # fmt: skip
        )
    except Exception:
        with db.write() as s:  # give the alert back: no request was made
            s.execute(update(Alert).where(Alert.id == alert_id).values(state=OPEN, handled_at=None, handled_by_id=None))
        raise
    with db.write() as s:
        s.execute(update(Alert).where(Alert.id == alert_id).values(request_id=saved.id))
    problem = None
    claimer_name = None
    if claimer is None:
        problem = translate("Alerts", "No party member is linked to this household.")
    elif department_id is None:
        problem = translate("Alerts", "The request category has no department.")
    else:
        try:
            RS.dispatch(db, actor, saved.id, department_id)
            RS.accept(db, actor, saved.id)
            RS.claim(db, actor, saved.id, [claimer])
        except UserError as exc:
            problem = exc.message
        else:
            with db.read() as s:
                claimer_name = s.execute(select(Resident.name).where(Resident.id == claimer)).scalar_one_or_none()
    return VisitOutcome(saved.id, saved.number, claimer if claimer_name else None, claimer_name, problem)
