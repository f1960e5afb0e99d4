"""今日关注: the day's alerts at the front desk (未诉先办, issue 19 item 3), acting on them and dismissing them.

`today_alerts` computes every rule (app.alerts.compute, set-based) and keeps the `alerts` table in step with it:
a rule newly true of a subject raises an alert (one row; `ux_alerts_current` keeps a second desk computing at the same
moment from raising it again: INSERT … ON CONFLICT DO NOTHING), an alert whose rule is no longer true is ended. An
alert acted on or dismissed stays so while its rule stays true, so it is not raised twice.

`to_visit_request` turns an alert into a visit request (channel 走访) through the requests service's own steps: taken
in, and when the party member linked to the household by 三带一联 is known, dispatched to the category's department,
accepted and claimed by that member (党员领单). The alert is claimed first by a conditional update, so two desks
clicking at once make one request.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, aliased

from app import audit, clock
from app.accounts.permissions import MANAGE_ALERT_RULES, SEE_ALERTS, SEE_HEALTH, TAKE_REQUESTS, may, require
from app.actor import Actor
from app.alerts import compute as C
from app.alerts import rules as R
from app.alerts import sources
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


class _People:
    """Names and addresses of the residents on the list, read in blocks as rows are shown (never all at once)."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.known: dict[int, tuple] = {}

    def fill(self, ids: list[int]) -> None:
        missing = [i for i in dict.fromkeys(ids) if i not in self.known]
        if not missing:
            return
        with self.db.read() as s:
            found = C.people(s, missing)
        for rid in missing:
            self.known[rid] = found.get(rid) or (rid, "", None, None, None, None)

    def get(self, rid: int) -> tuple:
        if rid not in self.known:
            self.fill([rid])
        return self.known[rid]


class _View(NamedTuple):
    """What every row of one list shares: the day's context, whether health details may show, the labels."""

    ctx: C.Context
    detail: bool
    labels: dict[str, str]
    visits: dict[str, bool]
    people: _People


class AlertList(Sequence["AlertRow"]):
    """The day's alerts in order; each `AlertRow` is made when it is read (a screen reads the rows it shows)."""

    BLOCK = 200  # rows whose residents' names are read together

    def __init__(self, pairs: list[tuple[C.Hit, tuple]], view: _View) -> None:
        self._pairs = pairs
        self._view = view
        self._blocks: set[int] = set()

    def __len__(self) -> int:
        return len(self._pairs)

    def _names_for(self, start: int, stop: int) -> None:
        first, last = start // self.BLOCK, max(start, stop - 1) // self.BLOCK
        wanted = [b for b in range(first, last + 1) if b not in self._blocks]
        if not wanted:
            return
        ids = []
        for b in wanted:
            ids += [h.resident_id for h, _r in self._pairs[b * self.BLOCK : (b + 1) * self.BLOCK]
                    if h.name is None and h.resident_id is not None]  # fmt: skip
        self._view.people.fill(ids)
        self._blocks.update(wanted)

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            start, stop, _step = i.indices(len(self._pairs))
            self._names_for(start, stop)
            return [AlertRow(h, row, self._view) for h, row in self._pairs[i]]
        if i < 0:
            i += len(self._pairs)
        self._names_for(i, i + 1)
        h, row = self._pairs[i]
        return AlertRow(h, row, self._view)

    def __eq__(self, other: object) -> bool:
        return list(self) == other if isinstance(other, list) else NotImplemented

    def counts(self) -> dict[str, int]:
        """Alerts per rule (rule code -> number)."""
        out: dict[str, int] = {}
        for h, _row in self._pairs:
            out[h.rule] = out.get(h.rule, 0) + 1
        return out


class AlertRow:
    """One line of 今日关注: who (name, address), why (`reason`, worded for the reader: a health alert without
    SEE_HEALTH shows no detail and no date), since when, and what was done (state, who, note, the request).

    Built for every alert of the day but worded only when read: a list of thousands costs its query, and the
    screen words the rows it shows."""

    __slots__ = ("_hit", "_row", "_view", "_details")

    def __init__(self, hit: C.Hit, row: tuple, view: _View) -> None:
        self._hit = hit
        self._row = row  # (id, rule, subject, state, raised_on, note, request_id, number, status, handled_by)
        self._view = view
        self._details: tuple | None = None

    def __repr__(self) -> str:
        return f"AlertRow(id={self.id}, rule={self.rule!r}, subject={self._hit.subject!r}, state={self.state!r})"

    id = property(lambda self: self._row[0])
    rule = property(lambda self: self._hit.rule)
    subject = property(lambda self: self._hit.subject)
    resident_id = property(lambda self: self._hit.resident_id)

    def _person(self) -> tuple:
        """(id, name, building, unit, room, …) of the row's resident: from the rule's own query, or read when shown."""
        h = self._hit
        if h.name is not None or h.resident_id is None:
            return (h.resident_id, h.name or "", h.building, h.unit, h.room)
        return self._view.people.get(h.resident_id)

    @property
    def name(self) -> str:
        return self._person()[1] or ""

    state = property(lambda self: self._row[3])
    raised_on = property(lambda self: C.as_date(self._row[4]))
    note = property(lambda self: self._row[5] or "")
    request_id = property(lambda self: self._row[6])
    request_number = property(lambda self: self._row[7])
    handled_by = property(lambda self: self._row[9] or "")

    @property
    def rule_label(self) -> str:
        return self._view.labels[self.rule]

    @property
    def address(self) -> str:
        from app.residents.service import format_address

        p = self._person()
        return format_address(p[2], p[3], p[4])

    def _since_facts(self) -> tuple:
        if self._details is None:
            self._details = C.details(self._hit, self._view.ctx)
        return self._details

    @property
    def private(self) -> bool:
        return self.rule == R.HEALTH_OVERDUE and not self._view.detail

    @property
    def since(self) -> dt.date | None:
        return None if self.private else self._since_facts()[0]

    @property
    def facts(self) -> dict:
        return {} if self.private else self._since_facts()[1]

    @property
    def reason(self) -> str:
        return reason(self.rule, self._since_facts()[1], detail=not self.private)

    @property
    def state_label(self) -> str:
        return state_label(self.state)

    @property
    def request_status(self) -> str | None:
        return W.status_label(self._row[8]) if self._row[8] else None

    @property
    def can_visit(self) -> bool:
        return self._view.visits[self.rule] and self.resident_id is not None


@dataclass(frozen=True)
class VisitOutcome:
    request_id: int
    number: str
    claimer_id: int | None  # the party member it was assigned to; None: made unassigned
    claimer_name: str | None
    problem: str | None  # why it could not be assigned, in the user's language


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


def _insert(session: Session):
    table = Alert.__table__
    if session.get_bind().dialect.name == "postgresql":
        stmt = postgresql.insert(table)
    else:
        stmt = sqlite.insert(table)
    return stmt.on_conflict_do_nothing(index_elements=["rule", "subject"], index_where=Alert.ended_on.is_(None))


_HANDLER = aliased(User)
_HANDLED_Q = (
    select(
        Alert.id, Alert.rule, Alert.subject, Alert.state, Alert.raised_on, Alert.note, Alert.request_id,
        ServiceRequest.number, ServiceRequest.status, _HANDLER.display_name,
    )
    .outerjoin(ServiceRequest, ServiceRequest.id == Alert.request_id)
    .outerjoin(_HANDLER, _HANDLER.id == Alert.handled_by_id)
    .where(Alert.ended_on.is_(None), Alert.state != OPEN)
)  # fmt: skip


def _current(session: Session) -> dict[tuple[str, str], tuple]:
    """(rule, subject) -> (id, rule, subject, state, raised_on, note, request_id, request number, request status,
    handled by) of every alert not ended: all of them in one plain read, the few handled ones with their details."""
    conn = session.connection()
    out = {
        (r[1], r[2]): (r[0], r[1], r[2], r[3], r[4], None, None, None, None, None)
        for r in C.raw(conn, "SELECT id, rule, subject, state, raised_on FROM alerts WHERE ended_on IS NULL")
    }
    for r in conn.execute(_HANDLED_Q).all():
        out[(r[1], r[2])] = tuple(r)
    return out


def raise_and_end(
    db: Database, today: dt.date | None = None
) -> tuple[list[C.Hit], dict[tuple[str, str], tuple], C.Context]:
    """Compute the rules and bring the `alerts` table in step (new hits raised, alerts no longer true ended).
    Returns the hits, the current alert rows by (rule, subject) and the day's context. Writes only when something
    changed: the desk opening the list again reads, it does not write."""
    today = today or clock.today()
    with db.read() as s:
        ctx = C.Context(today, load_calendar(s), R.load_rules(s))
        found = C.hits(s, ctx)
        current = _current(s)
    by_key = {(h.rule, h.subject): h for h in found}
    new = [h for k, h in by_key.items() if k not in current]
    gone = [row[0] for k, row in current.items() if k not in by_key]
    if new or gone:
        now = clock.now()
        with db.write() as s:
            if new:
                rows = []
                for h in new:
                    since, facts = C.details(h, ctx)
                    rows.append({"rule": h.rule, "subject": h.subject, "resident_id": h.resident_id,
                                 "raised_on": today, "raised_at": now, "since": since,
                                 "facts": json.dumps(facts, ensure_ascii=False), "state": OPEN})  # fmt: skip
                s.execute(_insert(s), rows)
            for i in range(0, len(gone), C.CHUNK):
                s.execute(
                    update(Alert)
                    .where(Alert.id.in_(gone[i : i + C.CHUNK]), Alert.ended_on.is_(None))
                    .values(ended_on=today)
                )
        with db.read() as s:
            current = _current(s)
    return found, current, ctx


@checked
def today_alerts(db: Database, actor: Actor, include_handled: bool = True) -> AlertList:
    """今日关注: every alert true today, grouped by rule (the rules' order), each group in its own order (the
    longest-standing first). Requires SEE_ALERTS. Raises the new alerts and ends those no longer true (see
    `raise_and_end`). Health alerts are worded without detail for a reader without SEE_HEALTH.
    `include_handled`: also those acted on or dismissed."""
    require(actor, SEE_ALERTS)
    found, current, ctx = raise_and_end(db)
    view = _View(
        ctx,
        may(actor, SEE_HEALTH),
        {spec.code: spec.label() for spec in R.RULES},
        {spec.code: spec.visit for spec in R.RULES},
        _People(db),
    )
    get = current.get
    # (a row ended by another desk between the two reads is left out; it is shown next time)
    pairs = [(h, row) for h in found if (row := get((h.rule, h.subject))) is not None]
    if not include_handled:
        pairs = [(h, row) for h, row in pairs if row[3] == OPEN]
    return AlertList(pairs, view)


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
        facts = json.loads(alert.facts or "{}")
        rule = alert.rule
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
        problem = translate("Alerts", "No party member is linked to this household: the request waits unassigned.")
    elif department_id is None:
        problem = translate("Alerts", "The request category has no department: the request waits unassigned.")
    else:
        try:
            RS.dispatch(db, actor, saved.id, department_id)
            RS.accept(db, actor, saved.id)
            RS.claim(db, actor, saved.id, [claimer])
        except UserError as exc:
            problem = translate("Alerts", "The request was made but not assigned: {why}").format(why=exc.message)
        else:
            with db.read() as s:
                claimer_name = s.execute(select(Resident.name).where(Resident.id == claimer)).scalar_one_or_none()
    return VisitOutcome(saved.id, saved.number, claimer if claimer_name else None, claimer_name, problem)
