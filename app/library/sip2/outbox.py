"""District transactions kept while the library could not be reached, sent in order once it can, applied once.

The book room's loan writes `add_pending(...)` in its own unit of work when a district call answered offline, with
the transaction id it used for that call. `send_pending(db, actor)` (the background sender and the "send now"
button) sends them oldest first and stops at the first outage, so a return is never sent before the loan it ends.

Never twice, also across a crash: a row is claimed (state "sending", `claimed_at`, `claim_token`) and committed
*before* its message goes out, and the answer is recorded after. A sender that dies in between leaves the row
"sending"; after `link.stale_after(...)` any sender takes it over and sends it again — with the same transaction id
(SIP2 extension field XT), which the library uses to answer the second arrival with the first answer instead of
applying it again. Only the oldest unfinished row is ever claimed, so two workstations sending at once keep the order
(the second finds the head claimed and stops). The claim is one conditional UPDATE (the row's state and token as
read): of two senders, the database lets one win.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app import audit, clock
from app.accounts.permissions import LEND_BOOKS, require
from app.actor import Actor
from app.boundary import checked
from app.errors import NotFound, UserError, ValidationError
from app.i18n import translate
from app.library.sip2 import client
from app.library.sip2.api import outcome_message, problem_text, sentences
from app.library.sip2.link import load_link, stale_after
from db.engine import Database
from db.models.library import LibraryLoan, LibraryRenewal
from db.models.library_sip import (
    ACCEPTED,
    CHECKOUT,
    OPS,
    PENDING,
    REFUSED,
    RENEW,
    RESOLVED,
    SENDING,
    LibrarySipOutbox,
)

_T = LibrarySipOutbox
_UNFINISHED = (PENDING, SENDING)
MAX_PER_RUN = 500  # one press of "send now" sends at most this many (the rest on the next run)


def add_pending(
    session: Session,
    *,
    op: str,
    patron: str | None,
    item: str,
    txn_id: str,
    at: dt.datetime,
    due: dt.date | None = None,
    actor: Actor | None = None,
) -> None:
    """Keep a checkout, checkin or renewal (`op`) to send later, inside the caller's unit of work.

    `at`: when it was done at the desk (aware, UTC or any zone); `txn_id`: the id used for the district call that
    answered offline (unique: a second row with the same id fails the caller's unit of work); `patron`: the library
    card (required for checkout and renewal); `due`: the due date the desk gave (sent as SIP2's nb due date);
    `actor`: who did it, kept with the row. Raises ValueError for a call the book room's code should never make."""
    if op not in OPS:
        raise ValueError(f"unknown district transaction {op!r}")
    if at.tzinfo is None:
        raise ValueError("at must be an aware datetime")
    if op in (CHECKOUT, RENEW) and not (patron or "").strip():
        raise ValueError("a checkout or renewal needs the reader's card")
    if not item.strip() or not txn_id.strip() or "|" in txn_id:
        raise ValueError("item and txn_id are required (no '|')")
    session.add(
        LibrarySipOutbox(
            txn_id=txn_id.strip(),
            op=op,
            patron=(patron or "").strip() or None,
            item=item.strip(),
            due=due,
            at=at.astimezone(dt.UTC),
            queued_at=clock.now(),
            queued_by_id=actor.user_id if actor is not None else None,
            state=PENDING,
            attempts=0,
        )
    )
    session.flush()


def supersede_pending(session: Session, actor: Actor, txn_id: str, *, replaced_by: str) -> bool:
    """Inside the caller's unit of work: a kept transaction not sent yet (waiting, not claimed by a sender) is
    replaced by `replaced_by`, kept later in the queue: it leaves the queue as resolved, saying so, audited.
    Returns False (nothing changed) when it is being sent or already answered: it goes out as it is.
    The update is conditional on the state: of this and a sender's claim, the database lets one win."""
    note = translate("DistrictLibrary", "Replaced by a later transaction that sends it again after a return.")
    done = session.execute(
        update(_T)
        .where(_T.txn_id == txn_id, _T.state == PENDING)
        .values(state=RESOLVED, resolved_at=clock.now(), resolved_by_id=actor.user_id, resolution_note=note)
        .execution_options(synchronize_session=False)
    ).rowcount
    if done != 1:
        return False
    audit.record(
        session,
        actor,
        "district_resolve",
        "district_transaction",
        txn_id,
        audit.message("library_sip.superseded", replaced_by=replaced_by),
    )
    return True


@dataclass(frozen=True)
class SendResult:
    """One run of the sender: how many went out and what the library said; `problem` is why it stopped early
    (None: the queue is empty or another workstation is sending the head), `message` says it for the screen."""

    accepted: int
    refused: int
    remaining: int
    problem: str | None
    message: str


@checked
def send_pending(db: Database, actor: Actor) -> SendResult:
    """Send the kept transactions oldest first until the queue is empty or the library cannot be reached.

    Each row: claimed (committed), sent with no block = Y and its original date, answered (committed with its
    audit entry). Accepted rows are done; refused ones wait on the pending screen for staff to resolve. Network
    I/O: call it off the UI thread."""
    require(actor, LEND_BOOKS)
    link = load_link(db)
    token = uuid.uuid4().hex
    accepted = refused = 0
    problem: str | None = None
    for _ in range(MAX_PER_RUN):
        row = _claim_head(db, token, stale_after(link))
        if row is None:
            break
        if link is None:
            _release(db, row.id, token, client.NOT_SET_UP)
            problem = client.NOT_SET_UP
            break
        outcome = client.transact(
            link, row.op, patron=row.patron, item=row.item, txn_id=row.txn_id, at=row.at, no_block=True, due=row.due
        )
        if outcome.status == client.OFFLINE:
            _release(db, row.id, token, outcome.problem or client.UNREACHABLE)
            problem = outcome.problem
            break
        _record_answer(db, actor, row, token, outcome)
        if outcome.status == client.ACCEPTED:
            accepted += 1
        else:
            refused += 1
    remaining = _count_unfinished(db)
    if problem is not None:
        waiting = translate("DistrictLibrary", "{n} transactions wait to be sent.").format(n=remaining)
        message = sentences(problem_text(problem), waiting)
    else:
        message = translate("DistrictLibrary", "Sent: {accepted} accepted, {refused} refused; {n} waiting.").format(
            accepted=accepted, refused=refused, n=remaining
        )
    return SendResult(accepted=accepted, refused=refused, remaining=remaining, problem=problem, message=message)


@dataclass(frozen=True)
class _Claimed:
    id: int
    txn_id: str
    op: str
    patron: str | None
    item: str
    at: dt.datetime
    due: dt.date | None


def _claim_head(db: Database, token: str, stale: dt.timedelta) -> _Claimed | None:
    """Claim the oldest unfinished row for this run, or None (queue empty, or the head is being sent by another
    sender whose claim is younger than `stale`)."""
    now = clock.now()
    with db.write() as s:
        head = s.execute(select(_T).where(_T.state.in_(_UNFINISHED)).order_by(_T.id).limit(1)).scalar_one_or_none()
        if head is None:
            return None
        if head.state == SENDING and head.claimed_at is not None and head.claimed_at > now - stale:
            return None
        claimed = s.execute(
            update(_T)
            .where(
                _T.id == head.id, _T.state == head.state, func.coalesce(_T.claim_token, "") == (head.claim_token or "")
            )
            .values(state=SENDING, claim_token=token, claimed_at=now, attempts=_T.attempts + 1)
            .execution_options(synchronize_session=False)
        ).rowcount
        if claimed != 1:
            return None
        return _Claimed(head.id, head.txn_id, head.op, head.patron, head.item, head.at, head.due)


def _release(db: Database, row_id: int, token: str, problem: str) -> None:
    """The library could not be asked: the row waits again, at the head of the queue."""
    with db.write() as s:
        s.execute(
            update(_T)
            .where(_T.id == row_id, _T.claim_token == token)
            .values(state=PENDING, claim_token=None, claimed_at=None, last_problem=problem, last_problem_at=clock.now())
            .execution_options(synchronize_session=False)
        )


def _record_answer(db: Database, actor: Actor, row: _Claimed, token: str, outcome: client.Outcome) -> None:
    with db.write() as s:
        done = s.execute(
            update(_T)
            .where(_T.id == row.id, _T.claim_token == token, _T.state == SENDING)
            .values(
                state=ACCEPTED if outcome.status == client.ACCEPTED else REFUSED,
                answered_at=clock.now(),
                answer_due=outcome.due,
                refusal=outcome.refusal,
                library_message=outcome.library_message[:255] or None,
                claim_token=None,
                last_problem=None,
            )
            .execution_options(synchronize_session=False)
        ).rowcount
        if done == 1:
            if outcome.status == client.ACCEPTED:
                _settled(s, row.txn_id)
                if outcome.due is not None and row.op in (CHECKOUT, RENEW):
                    _library_due(s, actor, row, outcome.due)
            audit.record(
                s, actor, "district_sent", "district_transaction", row.txn_id, outcome_message(row.item, outcome)
            )


def _library_due(s: Session, actor: Actor, row: _Claimed, due: dt.date) -> None:
    """A kept checkout or renewal the library accepted with its own due day: the loan is due then (the library
    decides for its copies, as an online loan takes its day). Applied to the open loan only when this transaction
    still sets its due day (a checkout with no renewal since, the loan's latest renewal); audited with the day
    before and after, and the desk's day kept in `desk_due_on` for the reader's loans."""
    if row.op == CHECKOUT:
        loan = s.execute(select(LibraryLoan).where(LibraryLoan.district_txn_id == row.txn_id)).scalar_one_or_none()
        if loan is None or loan.renewals:
            return
    else:
        renewal = s.execute(
            select(LibraryRenewal).where(LibraryRenewal.district_txn_id == row.txn_id)
        ).scalar_one_or_none()
        if renewal is None:
            return
        latest = s.execute(
            select(func.max(LibraryRenewal.id)).where(LibraryRenewal.loan_id == renewal.loan_id)
        ).scalar_one()
        if latest != renewal.id:
            return
        loan = s.get(LibraryLoan, renewal.loan_id)
        if loan is None:
            return
    apply_library_due(s, actor, loan, row.item, due)


def apply_library_due(s: Session, actor: Actor, loan: LibraryLoan, item: str, due: dt.date) -> bool:
    """The district library's due day for its copy on an open loan, inside the caller's unit of work: `due_on`
    becomes `due` (local day), the desk's own day kept in `desk_due_on`, audited with the day before and after.
    Nothing for a returned loan or the same day. Returns whether the loan changed. Used when a kept checkout or
    renewal is accepted later, and when the library renewed a loan online that the desk then could not renew."""
    if loan.returned_at is not None or loan.due_on == due:
        return False
    before = loan.due_on
    if loan.desk_due_on is None:
        loan.desk_due_on = before
    loan.due_on = due
    audit.record(
        s,
        actor,
        "change",
        "library_loan",
        loan.id,
        audit.message("library.due_from_district", barcode=item, before=before, due=due),
        before={"due": before.isoformat()},
        after={"due": due.isoformat()},
    )
    return True


def _settled(s: Session, txn_id: str) -> None:
    """The book room's loan or renewal of this transaction no longer waits for the district library (its "pending"
    mark on the desk goes); a refused one keeps the mark until staff resolve it."""
    for table in (LibraryLoan, LibraryRenewal):
        s.execute(
            update(table)
            .where(table.district_txn_id == txn_id, table.district_pending.is_(True))
            .values(district_pending=False)
            .execution_options(synchronize_session=False)
        )


@checked
def unfinished(db: Database) -> bool:
    """Whether any kept transaction still waits to be sent (or is being sent). Internal: no actor, it tells only
    that the queue is not empty (the district calls, which check LEND_BOOKS, ask it before going online)."""
    with db.read() as s:
        return s.execute(select(_T.id).where(_T.state.in_(_UNFINISHED)).limit(1)).first() is not None


def _count_unfinished(db: Database) -> int:
    with db.read() as s:
        return int(s.execute(select(func.count()).select_from(_T).where(_T.state.in_(_UNFINISHED))).scalar_one())


# --- the pending screen -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class OutboxRow:
    """A kept transaction as the pending screen lists it. `patron`: the reader's library card (staff need it to
    find the reader of a refused loan); `refusal`/`problem`: codes, worded by api.refusal_text/problem_text."""

    id: int
    txn_id: str
    op: str
    patron: str | None
    item: str
    at: dt.datetime
    state: str
    attempts: int
    last_problem: str | None
    refusal: str | None
    library_message: str | None
    answer_due: dt.date | None
    resolution_note: str | None


@dataclass(frozen=True)
class OutboxSummary:
    pending: int
    sending: int
    refused: int
    last_problem: str | None
    last_problem_at: dt.datetime | None
    last_answer_at: dt.datetime | None


@checked
def list_outbox(db: Database, actor: Actor, *, include_done: bool = False, limit: int = 500) -> list[OutboxRow]:
    """The kept transactions still to deal with (waiting, being sent, refused), oldest first; with `include_done`
    also the accepted and resolved ones (newest `limit`)."""
    require(actor, LEND_BOOKS)
    states = (PENDING, SENDING, REFUSED) + ((ACCEPTED, RESOLVED) if include_done else ())
    with db.read() as s:
        rows = s.execute(select(_T).where(_T.state.in_(states)).order_by(_T.id.desc()).limit(limit)).scalars().all()
        return [
            OutboxRow(
                id=r.id,
                txn_id=r.txn_id,
                op=r.op,
                patron=r.patron,
                item=r.item,
                at=r.at,
                state=r.state,
                attempts=r.attempts,
                last_problem=r.last_problem,
                refusal=r.refusal,
                library_message=r.library_message,
                answer_due=r.answer_due,
                resolution_note=r.resolution_note,
            )
            for r in reversed(rows)
        ]


@checked
def outbox_summary(db: Database, actor: Actor) -> OutboxSummary:
    """Counts for the pending screen and the book room's status line, and the last problem met."""
    require(actor, LEND_BOOKS)
    with db.read() as s:
        counts = dict(s.execute(select(_T.state, func.count()).group_by(_T.state)).all())
        last = s.execute(
            select(_T.last_problem, _T.last_problem_at)
            .where(_T.last_problem_at.is_not(None))
            .order_by(_T.last_problem_at.desc())
            .limit(1)
        ).first()
        answered = s.execute(select(func.max(_T.answered_at))).scalar_one()
    return OutboxSummary(
        pending=int(counts.get(PENDING, 0)),
        sending=int(counts.get(SENDING, 0)),
        refused=int(counts.get(REFUSED, 0)),
        last_problem=last[0] if last else None,
        last_problem_at=last[1] if last else None,
        last_answer_at=answered,
    )


@checked
def resolve_refused(db: Database, actor: Actor, row_id: int, note: str) -> None:
    """Staff have dealt with a transaction the library refused (called the reader back, sorted it out with the
    library): the row leaves the pending screen with `note` (required), audited. Raises NotFound, UserError for
    a row that is not refused, ValidationError for an empty note."""
    require(actor, LEND_BOOKS)
    note = note.strip()
    if not note:
        raise ValidationError({"note": translate("DistrictLibrary", "Say how it was resolved.")})
    with db.write() as s:
        row = s.get(_T, row_id)
        if row is None:
            raise NotFound(translate("DistrictLibrary", "No such district transaction."))
        if row.state != REFUSED:
            raise UserError(translate("DistrictLibrary", "Only a transaction the library refused can be resolved."))
        row.state = RESOLVED
        row.resolved_at = clock.now()
        row.resolved_by_id = actor.user_id
        row.resolution_note = note
        _settled(s, row.txn_id)
        audit.record(s, actor, "district_resolve", "district_transaction", row.txn_id, note)
