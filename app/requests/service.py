"""Requests: the catalogue (departments, partners, categories), intake, transitions, the list and the receipt."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import bindparam, func, insert, select
from sqlalchemy.orm import Session

from app import audit, clock, field_labels, sequences, settings
from app.accounts.permissions import APPROVE_EXTENSION, CLOSE_UNRATED, MANAGE_REQUESTS, TAKE_REQUESTS, require
from app.actor import Actor
from app.boundary import checked
from app.documents.receipt import Receipt, render_receipt
from app.errors import NotFound, UserError, ValidationError
from app.i18n import translate
from app.requests import workflow as W
from app.residents import tags as T
from app.residents.phones import office_phone_problem, optional_phone
from app.typed import search_text
from app.workdays import WorkCalendar, load_calendar
from db.engine import Database
from db.models import CalendarDay, Resident, ResidentTag, User
from db.models.requests import (
    DepartmentCategory,
    RequestCategory,
    RequestClaim,
    RequestDepartment,
    RequestEvent,
    RequestFollowUp,
    ServiceRequest,
)

MAX_DESCRIPTION = 2000
DEFAULT_CLAIM_MINUTES = 60
DUE_SOON_WORKING_DAYS = 1


# --- catalogue -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class DepartmentRow:
    id: int
    name: str
    is_partner: bool
    phone: str
    category_ids: tuple[int, ...]


@dataclass(frozen=True)
class CategoryRow:
    id: int
    name: str
    default_department_id: int | None
    deadline_days: int


@checked
def create_department(
    db: Database, actor: Actor, name: str, *, is_partner: bool = False, phone: str = "", category_ids: list[int] = ()
) -> int:
    require(actor, MANAGE_REQUESTS)
    name = (name or "").strip()
    if not name:
        raise ValidationError({"name": translate("Requests", "The department needs a name.")})
    problem = office_phone_problem(phone or "")  # the center phone's rule: a partner's line is printed and dialled
    if problem is not None:
        raise ValidationError({"phone": problem})
    with db.write() as s:
        if s.execute(select(RequestDepartment.id).where(RequestDepartment.name == name)).first():
            raise ValidationError({"name": translate("Requests", "A department with this name exists already.")})
        d = RequestDepartment(name=name, is_partner=is_partner, phone=phone.strip(), created_at=clock.now())
        s.add(d)
        s.flush()
        for cid in category_ids:
            s.add(DepartmentCategory(department_id=d.id, category_id=cid))
        audit.record(s, actor, "create", "req_department", d.id, name, None, {"name": name, "partner": is_partner})
        return d.id


@checked
def create_category(
    db: Database, actor: Actor, name: str, *, deadline_days: int = 5, default_department_id: int | None = None
) -> int:
    require(actor, MANAGE_REQUESTS)
    name = (name or "").strip()
    if not name:
        raise ValidationError({"name": translate("Requests", "The category needs a name.")})
    if not isinstance(deadline_days, int) or not 0 <= deadline_days <= 60:
        raise ValidationError({"deadline_days": translate("Requests", "The deadline is 0 to 60 working days.")})
    with db.write() as s:
        if s.execute(select(RequestCategory.id).where(RequestCategory.name == name)).first():
            raise ValidationError({"name": translate("Requests", "A category with this name exists already.")})
        order = len(s.execute(select(RequestCategory.id)).all())
        c = RequestCategory(
            name=name,
            deadline_days=deadline_days,
            default_department_id=default_department_id,
            sort_order=order,
            created_at=clock.now(),
        )
        s.add(c)
        s.flush()
        if default_department_id is not None:
            s.merge(DepartmentCategory(department_id=default_department_id, category_id=c.id))
        audit.record(s, actor, "create", "req_category", c.id, name, None, {"name": name, "days": deadline_days})
        return c.id


@checked
def archive_department(db: Database, actor: Actor, department_id: int, reason: str) -> None:
    """Archive (never delete) a department or partner: it leaves the pickers; its requests keep its name."""
    require(actor, MANAGE_REQUESTS)
    reason = _require(reason, "reason", translate("Requests", "Give the reason for archiving."))
    with db.write() as s:
        d = s.get(RequestDepartment, department_id)
        if d is None or d.archived_at is not None:
            raise NotFound(translate("Requests", "No such department or partner."))
        open_count = s.execute(
            select(func.count())
            .select_from(ServiceRequest)
            .where(ServiceRequest.department_id == d.id, ServiceRequest.status.in_((W.DISPATCHED,) + W.WORKING_STATES))
        ).scalar_one()
        if open_count:
            raise UserError(
                translate(
                    "Requests", "{name} still has {n} open requests; finish or re-dispatch them before archiving."
                ).format(name=d.name, n=open_count)
            )
        d.archived_at = clock.now()
        for c in s.execute(select(RequestCategory).where(RequestCategory.default_department_id == d.id)).scalars():
            c.default_department_id = None
        audit.record(s, actor, "archive", "req_department", d.id, f"{d.name}: {reason}", None, {"reason": reason})


@checked
def archive_category(db: Database, actor: Actor, category_id: int, reason: str) -> None:
    """Archive (never delete) a category: new requests cannot choose it; old ones keep it."""
    require(actor, MANAGE_REQUESTS)
    reason = _require(reason, "reason", translate("Requests", "Give the reason for archiving."))
    with db.write() as s:
        c = s.get(RequestCategory, category_id)
        if c is None or c.archived_at is not None:
            raise NotFound(translate("Requests", "No such category."))
        c.archived_at = clock.now()
        audit.record(s, actor, "archive", "req_category", c.id, f"{c.name}: {reason}", None, {"reason": reason})


@checked
def set_department_categories(db: Database, actor: Actor, department_id: int, category_ids: list[int]) -> None:
    """Which categories a department or partner handles (the dispatch picker offers it for those)."""
    require(actor, MANAGE_REQUESTS)
    wanted = set(category_ids)
    with db.write() as s:
        d = s.get(RequestDepartment, department_id)
        if d is None or d.archived_at is not None:
            raise NotFound(translate("Requests", "No such department or partner."))
        known = set(s.execute(select(RequestCategory.id).where(RequestCategory.id.in_(wanted))).scalars())
        if wanted - known:
            raise ValidationError({"categories": translate("Requests", "Choose categories from the list.")})
        links = {
            link.category_id: link
            for link in s.execute(select(DepartmentCategory).where(DepartmentCategory.department_id == d.id)).scalars()
        }
        before = sorted(links)
        if set(links) == wanted:
            return
        for cid, link in links.items():
            if cid not in wanted:
                s.delete(link)  # a link is configuration, not a record; the audit keeps the old list
        for cid in wanted - set(links):
            s.add(DepartmentCategory(department_id=d.id, category_id=cid))
        audit.record(
            s,
            actor,
            "update",
            "req_department",
            d.id,
            audit.message("requests.department_categories", name=d.name),
            {"categories": before},
            {"categories": sorted(wanted)},
        )


@checked
def departments_for_category(db: Database, category_id: int | None) -> list[DepartmentRow]:
    """The departments and partners to offer when dispatching a request of this category: those that handle it
    (its default department first); every active one when none is linked to it."""
    rows = departments(db)
    if category_id is None:
        return rows
    default = None
    with db.read() as s:
        c = s.get(RequestCategory, category_id)
        default = c.default_department_id if c else None
    handling = [d for d in rows if category_id in d.category_ids or d.id == default]
    if not handling:
        return rows
    return sorted(handling, key=lambda d: (d.id != default, d.id))


@checked
def departments(db: Database) -> list[DepartmentRow]:
    with db.read() as s:
        links: dict[int, list[int]] = {}
        for dep_id, cat_id in s.execute(select(DepartmentCategory.department_id, DepartmentCategory.category_id)):
            links.setdefault(dep_id, []).append(cat_id)
        rows = s.execute(
            select(RequestDepartment).where(RequestDepartment.archived_at.is_(None)).order_by(RequestDepartment.id)
        ).scalars()
        return [DepartmentRow(d.id, d.name, d.is_partner, d.phone, tuple(links.get(d.id, ()))) for d in rows]


@checked
def categories(db: Database) -> list[CategoryRow]:
    with db.read() as s:
        rows = s.execute(
            select(RequestCategory)
            .where(RequestCategory.archived_at.is_(None))
            .order_by(RequestCategory.sort_order, RequestCategory.id)
        ).scalars()
        return [CategoryRow(c.id, c.name, c.default_department_id, c.deadline_days) for c in rows]


# --- intake ----------------------------------------------------------------------------------------
@dataclass
class IntakeInput:
    channel: str
    category_id: int | None
    description: str
    resident_id: int | None = None  # None = anonymous
    contact_name: str = ""
    contact_phone: str = ""
    urgency: str = "normal"
    callback_ok: bool = True
    handled_on_spot: bool = False  # 即时办结: record and close in one step
    resolution_note: str = ""
    received_on: dt.date | None = None  # a visit or council item recorded later; never in the future


@dataclass(frozen=True)
class SavedRequest:
    """What the counter shows and prints right after saving."""

    id: int
    number: str
    status: str
    category: str
    due_date: dt.date
    resident_name: str
    channel: str
    urgency: str
    description: str
    created_at: dt.datetime
    intake_day: dt.date | None = None  # the day it came in, when recorded later (a visit, a council item)


# Intake is the counter's hot path: prebuilt Core statements on the unit of work's connection.
_CATEGORY_Q = select(
    RequestCategory.id,
    RequestCategory.name,
    RequestCategory.default_department_id,
    RequestCategory.deadline_days,
    RequestCategory.archived_at,
).where(RequestCategory.id == bindparam("cid"))
_RESIDENT_Q = select(Resident.id, Resident.name, Resident.archived_at).where(Resident.id == bindparam("rid"))
_INSERT_REQUEST = insert(ServiceRequest.__table__)
_INSERT_EVENT = insert(RequestEvent.__table__)


def _validate_intake(s: Session, inp: IntakeInput):
    """The category and resident rows (id, name, …) of a valid intake; ValidationError otherwise."""
    conn = s.connection()
    errors: dict[str, str] = {}
    description = (inp.description or "").strip()
    if not description:
        errors["description"] = translate("Requests", "Describe the request.")
    elif len(description) > MAX_DESCRIPTION:
        errors["description"] = field_labels.too_long("description", MAX_DESCRIPTION, len(description), "IntakeInput")
    if inp.channel not in W.CHANNELS:
        errors["channel"] = translate("Requests", "Choose how the request came in.")
    if inp.urgency not in W.URGENCIES:
        errors["urgency"] = translate("Requests", "Choose the urgency.")
    category = conn.execute(_CATEGORY_Q, {"cid": inp.category_id}).first() if inp.category_id is not None else None
    if category is None or category.archived_at is not None:
        errors["category"] = translate("Requests", "Choose a category.")
    resident = None
    if inp.resident_id is not None:
        resident = conn.execute(_RESIDENT_Q, {"rid": inp.resident_id}).first()
        if resident is None or resident.archived_at is not None:
            errors["resident"] = translate("Requests", "This resident is not registered (or archived).")
    if inp.received_on is not None and inp.received_on > clock.today():
        errors["received_on"] = translate("Requests", "The date the request came in cannot be in the future.")
    try:
        optional_phone(inp.contact_phone)  # the residents' phone rule: a callback needs a number that can be dialled
    except UserError as exc:
        errors["contact_phone"] = exc.message
    if inp.handled_on_spot and not (inp.resolution_note or "").strip():
        errors["resolution_note"] = translate("Requests", "Say how the request was handled on the spot.")
    if errors:
        raise ValidationError(errors)
    assert category is not None
    return category, resident


_CALENDAR_FROM_Q = select(CalendarDay.day, CalendarDay.kind).where(CalendarDay.day >= bindparam("since"))


def _calendar_from(s: Session, since: dt.date) -> WorkCalendar:
    """The holidays and make-up working days from `since` on: all that counting working days forward from
    `since` looks at (app.workdays.WorkCalendar.add_working_days), by the primary key — not every year of the
    official calendar since 2004 on each intake."""
    rows = s.connection().execute(_CALENDAR_FROM_Q, {"since": since}).all()
    return WorkCalendar(
        holidays=frozenset(r.day for r in rows if r.kind == "holiday"),
        make_up_workdays=frozenset(r.day for r in rows if r.kind == "workday"),
    )


def _event(s: Session, actor: Actor, r, action: str, frm: str | None, to: str, note: str = "") -> None:
    """Add a status-history entry for request `r` (an ORM object or anything with `.id`) to the unit of work."""
    s.connection().execute(
        _INSERT_EVENT,
        {
            "request_id": r.id,
            "at": clock.now(),
            "user_id": actor.user_id,
            "username": actor.username,
            "action": action,
            "from_status": frm,
            "to_status": to,
            "note": note,
        },
    )


@checked
def take_in(db: Database, actor: Actor, inp: IntakeInput) -> SavedRequest:
    """Save a new request (受理) with its gapless number `YYYY-NNNNNN`; on the spot (即时办结) it is closed at once."""
    require(actor, TAKE_REQUESTS)
    with db.write() as s:
        return intake(s, actor, inp)


def take_in_session(s: Session, actor: Actor, inp: IntakeInput) -> SavedRequest:
    """`take_in` inside the caller's unit of work `s` (a visit that turns its need into a request in one step).
    The caller has checked TAKE_REQUESTS; checked again here, since this writes a request."""
    require(actor, TAKE_REQUESTS)
    return intake(s, actor, inp)


def intake(s: Session, actor: Actor, inp: IntakeInput) -> SavedRequest:
    """`take_in` inside the caller's unit of work, for a service that makes a request as part of its own act (a
    health referral to the partner clinic) and has checked its own permission first."""
    now = clock.now()
    category, resident = _validate_intake(s, inp)
    today = inp.received_on or clock.today()
    calendar = _calendar_from(s, today)
    year = clock.today().year
    seq = sequences.next_value(s, f"request.{year}")
    number = f"{year}-{seq:06d}"
    on_spot = inp.handled_on_spot
    status = W.CLOSED if on_spot else W.NEW
    due = today if on_spot else calendar.add_working_days(today, category.deadline_days)
    note = inp.resolution_note.strip() if on_spot else None
    row = {
        "number": number,
        "channel": inp.channel,
        "resident_id": resident.id if resident else None,
        "contact_name": inp.contact_name.strip(),  # its length is checked at the boundary, never cut
        "contact_phone": optional_phone(inp.contact_phone),
        "category_id": category.id,
        "department_id": category.default_department_id,
        "urgency": inp.urgency,
        "description": inp.description.strip(),
        "callback_ok": inp.callback_ok,
        "status": status,
        "intake_day": today,
        "due_date": due,
        "created_by_id": actor.user_id,
        "assigned_to_id": actor.user_id,
        "created_at": now,
        "updated_at": now,
        "resolution_note": note,
        "resolved_by_id": actor.user_id if on_spot else None,
        "responded_at": now if on_spot else None,
        "resolved_at": now if on_spot else None,
        "closed_at": now if on_spot else None,
    }
    request_id = s.connection().execute(_INSERT_REQUEST, row).inserted_primary_key[0]
    saved = SavedRequest(
        request_id,
        number,
        status,
        category.name,
        due,
        resident.name if resident else row["contact_name"],
        inp.channel,
        inp.urgency,
        row["description"],
        now,
        today,
    )
    _event(s, actor, saved, "intake", None, W.NEW, "")
    if on_spot:
        _event(s, actor, saved, "on_the_spot", W.NEW, W.CLOSED, note or "")
    audit.record(
        s,
        actor,
        "create",
        "request",
        request_id,
        number,
        None,
        {"number": number, "channel": inp.channel, "category": category.name, "status": status},
    )
    return saved


def receipt_pdf(saved: SavedRequest, center: settings.CenterInfo, *, copy: bool = False) -> bytes:
    """The intake receipt (受理回执): number, QR code of the number, category, expected date, center's phone."""
    r = Receipt(translate("Requests", "Request receipt (受理回执)"), copy=copy)
    r.big(saved.number)
    r.qr(saved.number)
    r.pair(translate("Requests", "Category"), saved.category)
    r.pair(translate("Requests", "Channel"), W.channel_label(saved.channel))
    if saved.resident_name:
        r.pair(translate("Requests", "Resident"), saved.resident_name)
    local = clock.to_local(saved.created_at)
    r.pair(translate("Requests", "Taken in"), local.strftime("%Y-%m-%d %H:%M") if local else "")
    if saved.intake_day is not None and local is not None and saved.intake_day != local.date():
        r.pair(translate("Requests", "Came in on"), saved.intake_day.isoformat())
    if saved.status == W.CLOSED:
        r.pair(translate("Requests", "Status"), translate("Requests", "handled on the spot"))
    else:
        r.pair(translate("Requests", "Expected by"), saved.due_date.isoformat())
    r.rule()
    r.text(saved.description[:200])
    r.small(translate("Requests", "Quote the number when you ask about your request."))
    return render_receipt(r, center)


@checked
def reprint_receipt(db: Database, actor: Actor, request_id: int) -> bytes:
    """A copy of the intake receipt, marked 副本, for a resident who lost theirs; the reprint is audited."""
    require(actor, TAKE_REQUESTS)
    saved = saved_request(db, request_id)
    pdf = receipt_pdf(saved, settings.center_info(db), copy=True)
    with db.write() as s:
        audit.record(
            s, actor, "reprint", "request", saved.id, audit.message("requests.receipt_copy", number=saved.number)
        )
    return pdf


@checked
def saved_request(db: Database, request_id: int) -> SavedRequest:
    with db.read() as s:
        r = s.get(ServiceRequest, request_id)
        if r is None:
            raise NotFound(translate("Requests", "No such request."))
        cat = s.get(RequestCategory, r.category_id)
        res = s.get(Resident, r.resident_id) if r.resident_id else None
        # The receipt describes the request as it was taken in: handled on the spot, or new with its expected date.
        on_spot = r.status == W.CLOSED and r.closed_at is not None and r.closed_at == r.created_at
        return SavedRequest(
            r.id,
            r.number,
            W.CLOSED if on_spot else W.NEW,
            cat.name if cat else "",
            r.due_date,
            res.name if res else r.contact_name,
            r.channel,
            r.urgency,
            r.description,
            r.created_at,
            r.intake_day,
        )


# --- transitions -----------------------------------------------------------------------------------
def _load(s: Session, request_id: int) -> ServiceRequest:
    """The request, for reading; NotFound when there is none."""
    r = s.get(ServiceRequest, request_id)
    if r is None:
        raise NotFound(translate("Requests", "No such request."))
    return r


def _locked(s: Session, request_id: int) -> ServiceRequest:
    """The request, locked for the rest of the unit of work; NotFound when there is none.

    Every transition starts here, and checks the state only after the lock is held, so two desks acting on one
    request at the same moment (two claims, 签收 against 退单, 办结 against 撤销) queue on its row: the second reads
    what the first wrote — its claims, its state — and either builds on it (a second claim follows the first:
    claimed → claimed) or is refused by the state machine. No state change or history entry is lost and the history
    stays one chain. PostgreSQL: `SELECT … FOR UPDATE` (READ COMMITTED re-reads the row once the lock is granted);
    SQLite: `db.write()` begins IMMEDIATE, so the unit of work already holds the only write lock (FOR UPDATE is not
    rendered there). The same party member claimed twice at once is also kept out by the unique index
    `uq_request_claims_member` (request, member).
    """
    r = s.get(ServiceRequest, request_id, with_for_update=True, populate_existing=True)
    if r is None:
        raise NotFound(translate("Requests", "No such request."))
    return r


def _require(text: str, field: str, message: str) -> str:
    text = (text or "").strip()
    if not text:
        raise ValidationError({field: message})
    return text


def _finish(s: Session, actor: Actor, r: ServiceRequest, action: str, frm: str, note: str, extra=None) -> None:
    r.updated_at = clock.now()
    _event(s, actor, r, action, frm, r.status, note)
    after = {"status": r.status, "note": note}
    if extra:
        after.update(extra)
    audit.record(s, actor, action, "request", r.id, r.number, {"status": frm}, after)


@checked
def dispatch(db: Database, actor: Actor, request_id: int, department_id: int, note: str = "") -> None:
    """派单: to a department or partner (from new, or after it was returned)."""
    require(actor, TAKE_REQUESTS)
    with db.write() as s:
        dispatch_in(s, actor, request_id, department_id, note)


def dispatch_in(s: Session, actor: Actor, request_id: int, department_id: int, note: str = "") -> None:
    """`dispatch` inside the caller's unit of work (see `intake`)."""
    r = _locked(s, request_id)
    frm = r.status
    r.status = W.target_state(W.DISPATCH, frm)
    dep = s.get(RequestDepartment, department_id) if department_id is not None else None
    if dep is None or dep.archived_at is not None:
        raise ValidationError({"department": translate("Requests", "Choose a department or partner.")})
    r.department_id = dep.id
    _finish(s, actor, r, W.DISPATCH, frm, note or dep.name, {"department": dep.name})


@checked
def accept(db: Database, actor: Actor, request_id: int, note: str = "") -> None:
    """签收: the department signs for it; this is the response that the response rate counts."""
    require(actor, TAKE_REQUESTS)
    with db.write() as s:
        r = _locked(s, request_id)
        frm = r.status
        r.status = W.target_state(W.ACCEPT, frm)
        r.responded_at = r.responded_at or clock.now()
        r.assigned_to_id = actor.user_id or r.assigned_to_id
        _finish(s, actor, r, W.ACCEPT, frm, note)


@checked
def return_request(db: Database, actor: Actor, request_id: int, reason: str) -> None:
    """退单: back to the center with a reason, to be dispatched again."""
    require(actor, TAKE_REQUESTS)
    with db.write() as s:
        r = _locked(s, request_id)
        frm = r.status
        r.status = W.target_state(W.RETURN, frm)
        reason = _require(reason, "reason", translate("Requests", "Give the reason for returning it."))
        _finish(s, actor, r, W.RETURN, frm, reason)


@checked
def claim(db: Database, actor: Actor, request_id: int, resident_ids: list[int], note: str = "") -> None:
    """领单: one or more party members (residents tagged 党员) take the work."""
    require(actor, TAKE_REQUESTS)
    with db.write() as s:
        r = _locked(s, request_id)
        frm = r.status
        r.status = W.target_state(W.CLAIM, frm)
        if not resident_ids:
            raise ValidationError({"claimers": translate("Requests", "Choose at least one party member.")})
        members = set(
            s.execute(
                select(ResidentTag.resident_id)
                .join(Resident, Resident.id == ResidentTag.resident_id)
                .where(
                    ResidentTag.tag == T.PARTY_MEMBER,
                    ResidentTag.resident_id.in_(resident_ids),
                    Resident.archived_at.is_(None),
                )
            ).scalars()
        )
        if set(resident_ids) - members:
            raise ValidationError({"claimers": translate("Requests", "Only registered party members can claim work.")})
        existing = set(s.execute(select(RequestClaim.resident_id).where(RequestClaim.request_id == r.id)).scalars())
        new = [rid for rid in dict.fromkeys(resident_ids) if rid not in existing]
        if not new:
            raise UserError(translate("Requests", "These party members have claimed this request already."))
        names = []
        for rid in new:
            s.add(RequestClaim(request_id=r.id, resident_id=rid, claimed_at=clock.now(), recorded_by_id=actor.user_id))
            names.append(s.get(Resident, rid).name)
        _finish(s, actor, r, W.CLAIM, frm, note or "、".join(names), {"claimers": new})


@checked
def start(db: Database, actor: Actor, request_id: int, note: str = "") -> None:
    require(actor, TAKE_REQUESTS)
    with db.write() as s:
        r = _locked(s, request_id)
        frm = r.status
        r.status = W.target_state(W.START, frm)
        _finish(s, actor, r, W.START, frm, note)


def _resume_clock(s: Session, r: ServiceRequest) -> int:
    """Stop waiting on the resident: the working days waited move the deadline out. Returns them.

    The working days strictly after the day it was paused and before the day it resumes count as waited
    (both of those days are partly working days for the department).
    """
    if r.waiting_since is None:
        return 0
    calendar = load_calendar(s)
    yesterday = clock.today() - dt.timedelta(days=1)
    waited = max(calendar.working_days_between(r.waiting_since, yesterday), 0)
    r.due_date = calendar.add_working_days(r.due_date, waited)
    r.paused_days += waited
    r.waiting_since = None
    return waited


@checked
def resolve(
    db: Database, actor: Actor, request_id: int, note: str, *, minutes_per_claimer: int = DEFAULT_CLAIM_MINUTES
) -> None:
    """办结 with a note; every claiming party member gets `minutes_per_claimer` of service hours (pending approval)."""
    require(actor, TAKE_REQUESTS)
    with db.write() as s:
        r = _locked(s, request_id)
        frm = r.status
        r.status = W.target_state(W.RESOLVE, frm)
        note = _require(note, "note", translate("Requests", "Say how the request was resolved."))
        if not isinstance(minutes_per_claimer, int) or not 0 <= minutes_per_claimer <= 24 * 60:
            raise ValidationError({"minutes": translate("Requests", "Service time is 0 to 1440 minutes.")})
        _resume_clock(s, r)
        now = clock.now()
        r.resolution_note = note
        r.resolved_at = now
        r.resolved_by_id = actor.user_id
        _credit_claimers(s, actor, r, minutes_per_claimer)
        _finish(s, actor, r, W.RESOLVE, frm, note, _lapse_extension(r))


def _credit_claimers(s: Session, actor: Actor, r: ServiceRequest, minutes: int) -> None:
    claims = s.execute(select(RequestClaim).where(RequestClaim.request_id == r.id)).scalars().all()
    if not claims or minutes <= 0:
        return
    try:
        from app.volunteers.ledger import record_external_hours
    except ImportError:
        return
    for c in claims:
        record_external_hours(
            s,
            actor,
            resident_id=c.resident_id,
            source="request",
            source_ref=r.number,
            day=clock.today(),
            minutes=minutes,
            note=translate("Requests", "Request {number}").format(number=r.number),
        )
        c.minutes_credited = (c.minutes_credited or 0) + minutes


@checked
def follow_up(db: Database, actor: Actor, request_id: int, rating: str, note: str = "") -> None:
    """回访: satisfied or basically satisfied closes it; unsatisfied reopens it (重办, counted). A call that did not
    reach the resident (`W.NOT_REACHED`, `W.DECLINED`) is kept as an attempt (who, when, the note): no rating, the
    request stays resolved and waiting for its follow-up (a call again, or an administrator's
    `close_without_follow_up`)."""
    require(actor, TAKE_REQUESTS)
    if rating not in W.FOLLOW_UP_OUTCOMES:
        raise ValidationError({"rating": translate("Requests", "Choose the resident's rating.")})
    note = (note or "").strip()
    with db.write() as s:
        r = _locked(s, request_id)
        frm = r.status
        to = W.target_state(W.FOLLOW_UP, frm, rating)
        if (refusal := follow_up_refusal(actor, r.resolved_by_id)) is not None:
            raise UserError(refusal)
        label = W.rating_label(rating) + (f"：{note}" if note else "")
        if rating in W.UNANSWERED:
            s.add(RequestFollowUp(request_id=r.id, at=clock.now(), user_id=actor.user_id, outcome=rating, note=note))
            s.flush()
            tries = _unanswered_calls(s, r.id)
            _finish(s, actor, r, W.FOLLOW_UP, frm, label, {"outcome": rating, "unanswered_calls": tries})
            return
        s.add(
            RequestFollowUp(
                request_id=r.id, at=clock.now(), user_id=actor.user_id, outcome=W.ANSWERED, rating=rating, note=note
            )
        )
        r.satisfaction = rating
        r.status = to
        extra: dict[str, object] = {"rating": rating}
        if to == W.CLOSED:
            r.closed_at = clock.now()
        else:
            r.reopen_count += 1
            r.resolved_at = None
            r.due_date = reopened_due_date(s, r)
            extra["due"] = r.due_date.isoformat()
        _finish(s, actor, r, W.FOLLOW_UP, frm, label, extra)


def _unanswered_calls(s: Session, request_id: int) -> int:
    """Follow-up calls of the request that did not reach the resident since its last answered one."""
    F = RequestFollowUp
    last_answer = select(func.max(F.id)).where(F.request_id == request_id, F.outcome == W.ANSWERED).scalar_subquery()
    return s.execute(
        select(func.count())
        .select_from(F)
        .where(F.request_id == request_id, F.outcome != W.ANSWERED, F.id > func.coalesce(last_answer, 0))
    ).scalar_one()


@checked
def close_without_follow_up(db: Database, actor: Actor, request_id: int, reason: str) -> None:
    """Close a resolved request whose follow-up call gets no answer (the resident cannot be reached, declines the
    call, or asked at intake not to be called): an administrator's decision, with the reason. No rating is recorded:
    the satisfaction rate leaves it out (app.requests.reports)."""
    require(actor, CLOSE_UNRATED)
    with db.write() as s:
        r = _locked(s, request_id)
        frm = r.status
        r.status = W.target_state(W.CLOSE_UNRATED, frm)
        reason = _require(reason, "reason", translate("Requests", "Give the reason for closing without a follow-up."))
        r.closed_at = clock.now()
        tries = _unanswered_calls(s, r.id)
        _finish(s, actor, r, W.CLOSE_UNRATED, frm, reason, {"reason": reason, "unanswered_calls": tries})


def follow_up_refusal(actor: Actor, resolved_by_id: int | None) -> str | None:
    """Why `actor` may not record the follow-up (回访) of a request resolved by `resolved_by_id`, or None when they
    may: the person who handled a request cannot rate it (DOMAIN.md, requests). The screen asks before the clerk
    types the resident's words; `follow_up` refuses with the same message."""
    if actor.user_id is not None and actor.user_id == resolved_by_id:
        return translate(
            "Requests", "You handled this request, so a colleague records its follow-up (the resident's rating)."
        )
    return None


def reopened_due_date(s: Session, r: ServiceRequest) -> dt.date:
    """The due date of a request reopened (重办) after an unsatisfied follow-up: the category's deadline in working
    days (holidays and make-up days of `calendar_days`) counted from the local day it is reopened, as at intake —
    never the old date, which had usually passed already."""
    category = s.get(RequestCategory, r.category_id)
    days = category.deadline_days if category is not None else 0
    return load_calendar(s).add_working_days(clock.today(), days)


@checked
def cancel(db: Database, actor: Actor, request_id: int, reason: str) -> None:
    require(actor, TAKE_REQUESTS)
    with db.write() as s:
        r = _locked(s, request_id)
        frm = r.status
        r.status = W.target_state(W.CANCEL, frm)
        reason = _require(reason, "reason", translate("Requests", "Give the reason for cancelling."))
        r.cancel_reason = reason
        r.waiting_since = None
        _finish(s, actor, r, W.CANCEL, frm, reason, _lapse_extension(r))


def _lapse_extension(r: ServiceRequest) -> dict | None:
    """An extension asked for and not yet decided ends with the work it was asked for (办结, cancelled): it is not
    left to move the deadline of a request reopened later (重办). Returns the audit's note of it, or None."""
    if r.extension_days is None:
        return None
    lapsed = {"extension_lapsed": r.extension_days}
    r.extension_days = None
    r.extension_reason = None
    return lapsed


@checked
def pause(db: Database, actor: Actor, request_id: int, note: str = "") -> None:
    """Wait for the resident (documents, a visit date…): the deadline clock stops."""
    require(actor, TAKE_REQUESTS)
    with db.write() as s:
        r = _locked(s, request_id)
        W.target_state(W.PAUSE, r.status)
        if r.waiting_since is not None:
            raise UserError(translate("Requests", "This request is already waiting for the resident."))
        r.waiting_since = clock.today()
        _finish(s, actor, r, W.PAUSE, r.status, note)


@checked
def resume(db: Database, actor: Actor, request_id: int, note: str = "") -> None:
    require(actor, TAKE_REQUESTS)
    with db.write() as s:
        r = _locked(s, request_id)
        W.target_state(W.RESUME, r.status)
        if r.waiting_since is None:
            raise UserError(translate("Requests", "This request is not waiting for the resident."))
        waited = _resume_clock(s, r)
        _finish(s, actor, r, W.RESUME, r.status, note, {"waited_days": waited, "due": r.due_date.isoformat()})


@checked
def request_extension(db: Database, actor: Actor, request_id: int, days: int, reason: str) -> None:
    require(actor, TAKE_REQUESTS)
    with db.write() as s:
        r = _locked(s, request_id)
        W.target_state(W.REQUEST_EXTENSION, r.status)
        if r.extension_days is not None:
            raise UserError(translate("Requests", "An extension request is already waiting for a decision."))
        if not isinstance(days, int) or not 1 <= days <= 30:
            raise ValidationError({"days": translate("Requests", "An extension is 1 to 30 working days.")})
        reason = _require(reason, "reason", translate("Requests", "Give the reason for the extension."))
        r.extension_days = days
        r.extension_reason = reason
        _finish(s, actor, r, W.REQUEST_EXTENSION, r.status, f"+{days}: {reason}", {"days": days})


@checked
def decide_extension(db: Database, actor: Actor, request_id: int, approve: bool, note: str = "") -> None:
    """Approve (the deadline moves by the working days asked) or refuse; an admin decides."""
    require(actor, APPROVE_EXTENSION)
    with db.write() as s:
        r = _locked(s, request_id)
        W.target_state(W.DECIDE_EXTENSION, r.status)
        if r.extension_days is None:
            raise UserError(translate("Requests", "No extension has been asked for."))
        days = r.extension_days
        if approve:
            r.due_date = load_calendar(s).add_working_days(r.due_date, days)
        r.extension_days = None
        r.extension_reason = None
        text = (
            translate("Requests", "extension approved") if approve else translate("Requests", "extension refused")
        ) + (f": {note.strip()}" if note.strip() else "")
        _finish(s, actor, r, W.DECIDE_EXTENSION, r.status, text, {"approved": approve, "due": r.due_date.isoformat()})


def allowed_actions(r: RequestDetail) -> list[str]:
    """Only the actions this request's state (and flags) allow, for the detail view's buttons."""
    out = []
    for action in W.allowed_actions(r.status):
        if action == W.PAUSE and r.waiting_since is not None:
            continue
        if action == W.RESUME and r.waiting_since is None:
            continue
        if action == W.REQUEST_EXTENSION and r.extension_days is not None:
            continue
        if action == W.DECIDE_EXTENSION and r.extension_days is None:
            continue
        out.append(action)
    return out


# --- reading ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class EventRow:
    at: dt.datetime
    username: str
    action: str
    from_status: str | None
    to_status: str
    note: str


@dataclass(frozen=True)
class RequestDetail:
    id: int
    number: str
    status: str
    channel: str
    urgency: str
    category: str
    department: str
    resident_id: int | None
    resident_name: str
    category_id: int
    department_id: int | None
    contact_phone: str
    description: str
    callback_ok: bool
    intake_day: dt.date
    due_date: dt.date
    waiting_since: dt.date | None
    extension_days: int | None
    extension_reason: str | None
    reopen_count: int
    resolution_note: str | None
    resolved_by_id: int | None
    satisfaction: str | None
    claimers: tuple[str, ...]
    events: tuple[EventRow, ...]
    unanswered_calls: int = 0  # follow-up calls that did not reach the resident since the last answered one


@checked
def get_request(db: Database, actor: Actor, request_id: int) -> RequestDetail:
    """One request with its timeline (the resident's name and phone, the claimers' names). PermissionDenied unless
    `actor` handles requests (TAKE_REQUESTS; issue 12 item 3)."""
    require(actor, TAKE_REQUESTS)
    with db.read() as s:
        r = _load(s, request_id)
        cat = s.get(RequestCategory, r.category_id)
        dep = s.get(RequestDepartment, r.department_id) if r.department_id else None
        res = s.get(Resident, r.resident_id) if r.resident_id else None
        claimers = s.execute(
            select(Resident.name)
            .join(RequestClaim, RequestClaim.resident_id == Resident.id)
            .where(RequestClaim.request_id == r.id)
            .order_by(RequestClaim.id)
        ).scalars()
        events = s.execute(
            select(RequestEvent, User.display_name)
            .outerjoin(User, User.id == RequestEvent.user_id)
            .where(RequestEvent.request_id == r.id)
            .order_by(RequestEvent.id)
        ).all()
        return RequestDetail(
            id=r.id,
            number=r.number,
            status=r.status,
            channel=r.channel,
            urgency=r.urgency,
            category=cat.name if cat else "",
            department=dep.name if dep else "",
            resident_id=r.resident_id,
            resident_name=res.name if res else r.contact_name,
            contact_phone=(res.phone if res else r.contact_phone) or "",
            description=r.description,
            callback_ok=r.callback_ok,
            intake_day=r.intake_day,
            due_date=r.due_date,
            waiting_since=r.waiting_since,
            extension_days=r.extension_days,
            extension_reason=r.extension_reason,
            reopen_count=r.reopen_count,
            resolution_note=r.resolution_note,
            resolved_by_id=r.resolved_by_id,
            satisfaction=r.satisfaction,
            category_id=r.category_id,
            department_id=r.department_id,
            claimers=tuple(claimers),
            unanswered_calls=_unanswered_calls(s, r.id),
            # the timeline names staff as colleagues know them (display name), the username when there is none
            events=tuple(
                EventRow(e.at, shown or e.username, e.action, e.from_status, e.to_status, e.note) for e, shown in events
            ),
        )


@checked
def party_members(db: Database, text: str = "", limit: int = 50) -> list[tuple[int, str, str]]:
    """(resident id, name, branch) of party members, the claimers to choose from."""
    with db.read() as s:
        q = (
            select(Resident.id, Resident.name, ResidentTag.detail)
            .join(ResidentTag, ResidentTag.resident_id == Resident.id)
            .where(ResidentTag.tag == T.PARTY_MEMBER, Resident.archived_at.is_(None))
        )
        t = search_text(text)
        if t:
            like = f"%{t}%"
            key = f"{t.lower().replace(' ', '')}%"
            q = q.where(
                Resident.name.like(like)
                | Resident.name_initials.like(key)
                | Resident.name_initials_alt.like(key)
                | Resident.name_pinyin.like(key)
                | Resident.name_pinyin_alt.like(key)
            )
        return [(i, n, d or "") for i, n, d in s.execute(q.order_by(Resident.id).limit(limit))]


@checked
def staff_name(db: Database, user_id: int | None) -> str:
    if user_id is None:
        return ""
    with db.read() as s:
        u = s.get(User, user_id)
        return u.display_name if u else ""
