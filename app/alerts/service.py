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
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, aliased

from app import audit, clock
from app.accounts.permissions import SEE_ALERTS, SEE_HEALTH, TAKE_REQUESTS, may, require
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


@dataclass(frozen=True)
class AlertRow:
    """One line of 今日关注. `reason` is worded for the reader (a health alert without SEE_HEALTH: no detail)."""

    id: int
    rule: str
    rule_label: str
    resident_id: int | None
    name: str
    address: str
    reason: str
    since: dt.date | None
    raised_on: dt.date
    state: str
    state_label: str
    request_id: int | None
    request_number: str | None
    request_status: str | None  # the request's state, worded
    handled_by: str
    note: str
    can_visit: bool


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
        return translate("Alerts", "{meals} meals in the last {window} days; absent {absent} working days in a row").format(
            meals=facts.get("meals"), window=facts.get("window"), absent=facts.get("absent")
        )
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


def _current(session: Session) -> dict[tuple[str, str], object]:
    handler = aliased(User)
    q = (
        select(
            Alert.id, Alert.rule, Alert.subject, Alert.state, Alert.raised_on, Alert.note, Alert.request_id,
            ServiceRequest.number, ServiceRequest.status, handler.display_name,
        )
        .outerjoin(ServiceRequest, ServiceRequest.id == Alert.request_id)
        .outerjoin(handler, handler.id == Alert.handled_by_id)
        .where(Alert.ended_on.is_(None))
    )  # fmt: skip
    return {(r.rule, r.subject): r for r in session.execute(q)}


def raise_and_end(db: Database, today: dt.date | None = None) -> tuple[list[C.Hit], dict[tuple[str, str], object]]:
    """Compute the rules and bring the `alerts` table in step (new hits raised, alerts no longer true ended).
    Returns the hits and the current alert rows by (rule, subject). Writes only when something changed."""
    today = today or clock.today()
    with db.read() as s:
        rules = R.load_rules(s)
        calendar = load_calendar(s)
        found = C.hits(s, rules, today, calendar)
        current = _current(s)
    by_key = {(h.rule, h.subject): h for h in found}
    new = [h for k, h in by_key.items() if k not in current]
    gone = [row.id for k, row in current.items() if k not in by_key]
    if new or gone:
        now = clock.now()
        with db.write() as s:
            if new:
                s.execute(
                    _insert(s),
                    [
                        {"rule": h.rule, "subject": h.subject, "resident_id": h.resident_id, "raised_on": today,
                         "raised_at": now, "since": h.since, "facts": json.dumps(h.facts, ensure_ascii=False),
                         "state": OPEN}  # fmt: skip
                        for h in new
                    ],
                )
            for i in range(0, len(gone), C.CHUNK):
                s.execute(
                    update(Alert)
                    .where(Alert.id.in_(gone[i : i + C.CHUNK]), Alert.ended_on.is_(None))
                    .values(ended_on=today)
                )
        with db.read() as s:
            current = _current(s)
    return found, current


@checked
def today_alerts(db: Database, actor: Actor, include_handled: bool = True) -> list[AlertRow]:
    """今日关注: every alert true today, grouped by rule (the rules' order), then by since and name.

    Requires SEE_ALERTS. Raises the new alerts and ends those no longer true (see `raise_and_end`). Health alerts
    are worded without detail for a reader without SEE_HEALTH. `include_handled`: also those acted on or dismissed."""
    require(actor, SEE_ALERTS)
    found, current = raise_and_end(db)
    detail = may(actor, SEE_HEALTH)
    order = {spec.code: i for i, spec in enumerate(R.RULES)}
    labels = {spec.code: spec.label() for spec in R.RULES}
    visits = {spec.code: spec.visit for spec in R.RULES}
    state_labels = {s: state_label(s) for s in STATES}
    out: list[AlertRow] = []
    for h in found:
        row = current.get((h.rule, h.subject))
        if row is None:  # ended by another desk between the two reads; shown next time
            continue
        if not include_handled and row.state != OPEN:
            continue
        private = h.rule == R.HEALTH_OVERDUE and not detail
        out.append(
            AlertRow(
                id=row.id,
                rule=h.rule,
                rule_label=labels[h.rule],
                resident_id=h.resident_id,
                name=h.name,
                address=h.address,
                reason=reason(h.rule, h.facts, detail=not private),
                since=None if private else h.since,
                raised_on=row.raised_on,
                state=row.state,
                state_label=state_labels.get(row.state, row.state),
                request_id=row.request_id,
                request_number=row.number,
                request_status=W.status_label(row.status) if row.status else None,
                handled_by=row.display_name or "",
                note=row.note or "",
                can_visit=visits[h.rule] and h.resident_id is not None,
            )
        )
    far = dt.date.max
    out.sort(key=lambda a: (order[a.rule], a.since or far, a.name, a.id))
    return out


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
    from app.accounts.permissions import MANAGE_ALERT_RULES

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
    require(actor, SEE_ALERTS)
    require(actor, TAKE_REQUESTS)
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
            db, actor, RS.IntakeInput(channel="visit", category_id=category_id, description=description,
                                      resident_id=resident_id)  # fmt: skip
        )
    except Exception:
        with db.write() as s:  # give the alert back: no request was made
            s.execute(
                update(Alert).where(Alert.id == alert_id).values(state=OPEN, handled_at=None, handled_by_id=None)
            )
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
