"""Lending at the book room's desk: readers, loans, returns, renewals, holds and the overdue list.

A resident is the reader: a reader record holds the number of the card they scan (made at the first loan when they
have none). A child (younger than the `child_age` rule, or a child on the childcare counter's books) borrows on a
guardian's record: the loan counts on the guardian's card, the guardian being the child's guardian as the childcare
counter links them (`childcare_contacts`, role guardian, valid today).

Every refusal is a `UserError` raised before anything is written. Rules across workstations:
- one open loan per copy: the partial unique index `ux_library_loans_open_copy` (see `LibraryLoan`); the losing
  desk's IntegrityError becomes the same message as the check;
- a reader card's limit: the card's reader row is locked (`FOR UPDATE`, the canteen's pattern; SQLite's one writer
  already serialises) before its open loans are counted.

District-owned copies also go to the district library (`app.library.district`): the network call happens before the
unit of work; a refusal writes nothing; an unreachable server writes the loan and queues the transaction.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from types import SimpleNamespace

from sqlalchemy import func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app import audit, clock, sequences
from app.accounts.permissions import LEND_BOOKS, require
from app.accounts.privacy import shown_phone
from app.actor import Actor
from app.boundary import checked
from app.errors import NotFound, UserError, ValidationError
from app.i18n import translate
from app.library import district
from app.library.catalogue import RETIRED, hyphenated, looks_like_isbn, normalise_barcode, normalise_isbn
from app.library.fines import FineRow, outstanding_of_reader
from app.library.rules import LendingRules, rules_in
from app.residents.idnumbers import age_on
from app.typed import fold
from db import limits
from db.engine import Database
from db.models import Resident
from db.models.childcare import Child, ChildContact
from db.models.library import (
    OWNER_DISTRICT,
    LibraryCopy,
    LibraryHold,
    LibraryLoan,
    LibraryReader,
    LibraryRenewal,
    title_key,
)

WAITING = "waiting"
READY = "ready"
FULFILLED = "fulfilled"
CANCELLED = "cancelled"
OPEN_HOLDS = (WAITING, READY)


# --------------------------------------------------------------------------------------------------- readers


@dataclass(frozen=True)
class LoanRow:
    """An open (or, in history, closed) loan as the desk lists it. Days are local."""

    id: int
    barcode: str
    title: str
    owner: str
    borrower: str  # who took it (a child's name on the guardian's card)
    lent_on: dt.date
    due_on: dt.date
    renewals: int
    overdue_days: int  # 0 when not overdue
    pending: bool  # still waiting to be sent to the district library
    returned_on: dt.date | None = None
    desk_due_on: dt.date | None = None  # the desk's due day, when the district library later gave `due_on` instead


@dataclass(frozen=True)
class HoldRow:
    """An open hold on a title. `barcode`: the copy put aside once ready; while waiting, the copy scanned when it
    was placed (any copy of the title will do)."""

    id: int
    barcode: str
    title: str
    borrower: str
    card_no: str
    status: str  # waiting | ready
    position: int  # 1 = next in the title's queue
    placed_on: dt.date


@dataclass(frozen=True)
class Account:
    """Whose card a resident's loans count on: their own, or (a child) a guardian's."""

    resident_id: int
    name: str
    archived: bool
    child: bool
    reader_resident_id: int | None  # the card holder (the guardian for a child); None: a child with no guardian
    reader_name: str
    reader_id: int | None  # None while the card holder is not a reader yet
    card_no: str


@dataclass
class DeskStatus:
    """What the desk shows once a reader is scanned or found. `refusal` says why nothing can be lent now."""

    account: Account
    loans: list[LoanRow]
    holds: list[HoldRow]
    max_loans: int
    refusal: str | None = None
    notes: list[str] = field(default_factory=list)
    fines: list[FineRow] = field(default_factory=list)  # fines on the card not paid or waived (app.library.fines)

    @property
    def overdue(self) -> int:
        return sum(1 for x in self.loans if x.overdue_days > 0)

    @property
    def fines_fen(self) -> int:
        return sum(x.fine_fen for x in self.fines)


def _today() -> dt.date:
    return clock.today()


def _guardians(s: Session, resident_id: int, today: dt.date) -> list[tuple[int, str]]:
    """The child's guardians as the childcare counter links them: (resident id, name), valid today, oldest link first."""
    rows = s.execute(
        select(ChildContact.resident_id, Resident.name, ChildContact.valid_from, ChildContact.valid_to)
        .join(Child, Child.id == ChildContact.child_id)
        .join(Resident, Resident.id == ChildContact.resident_id)
        .where(
            Child.resident_id == resident_id,
            Child.archived_at.is_(None),
            ChildContact.role == "guardian",
            ChildContact.archived_at.is_(None),
            Resident.archived_at.is_(None),
        )
        .order_by(ChildContact.id)
    ).all()
    out = []
    for rid, name, valid_from, valid_to in rows:
        if (valid_from is None or valid_from <= today) and (valid_to is None or today <= valid_to):
            out.append((rid, name))
    return list(dict.fromkeys(out))


def _is_child(s: Session, r: Resident, rules: LendingRules, today: dt.date) -> bool:
    age = age_on(r.birth_date, today) if r.birth_date else None
    if age is not None:
        return age < rules.child_age
    # no birth date: a child on the childcare counter's books is a child
    return s.execute(select(Child.id).where(Child.resident_id == r.id, Child.archived_at.is_(None))).first() is not None


def account_of(s: Session, resident_id: int, rules: LendingRules, today: dt.date) -> Account:
    """Whose card `resident_id` borrows on, read in the caller's unit of work. Raises NotFound."""
    r = s.get(Resident, resident_id)
    if r is None:
        raise NotFound(translate("Library", "This resident no longer exists."))
    holder: tuple[int, str] | None = (r.id, r.name)
    child = _is_child(s, r, rules, today)
    if child:
        guardians = _guardians(s, r.id, today)
        readers = {
            rid
            for (rid,) in s.execute(
                select(LibraryReader.resident_id).where(LibraryReader.resident_id.in_([g for g, _ in guardians]))
            )
        }
        holder = next((g for g in guardians if g[0] in readers), guardians[0] if guardians else None)
    reader = None
    if holder is not None:
        reader = s.execute(select(LibraryReader).where(LibraryReader.resident_id == holder[0])).scalar()
    return Account(
        resident_id=r.id,
        name=r.name,
        archived=r.archived_at is not None,
        child=child,
        reader_resident_id=holder[0] if holder else None,
        reader_name=holder[1] if holder else "",
        reader_id=reader.id if reader else None,
        card_no=reader.card_no if reader else "",
    )


def _account_refusal(a: Account) -> str | None:
    if a.archived:
        return translate("Library", "{name}'s record is archived: restore it at the residents' tab first.").format(
            name=a.name
        )
    if a.reader_resident_id is None:
        return translate(
            "Library",
            "{name} is a child: children borrow on a guardian's record. Link a guardian at the childcare counter first.",
        ).format(name=a.name)
    return None


def _loan_rows(s: Session, where, today: dt.date, limit: int | None = None) -> list[LoanRow]:
    stmt = (
        select(LibraryLoan, LibraryCopy.barcode, LibraryCopy.title, LibraryCopy.owner, Resident.name)
        .join(LibraryCopy, LibraryCopy.id == LibraryLoan.copy_id)
        .join(Resident, Resident.id == LibraryLoan.borrower_resident_id)
        .where(where)
        .order_by(LibraryLoan.due_on, LibraryLoan.id)
    )
    if limit is not None:
        stmt = stmt.limit(limit)
    out = []
    for loan, barcode, title, owner, name in s.execute(stmt).all():
        late = (today - loan.due_on).days if loan.returned_at is None else 0
        out.append(
            LoanRow(
                loan.id,
                barcode,
                title,
                owner,
                name,
                clock.to_local(loan.lent_at).date(),
                loan.due_on,
                loan.renewals,
                max(late, 0),
                loan.district_pending,
                clock.to_local(loan.returned_at).date() if loan.returned_at else None,
                loan.desk_due_on,
            )
        )
    return out


def _hold_rows(s: Session, where) -> list[HoldRow]:
    rows = s.execute(
        select(LibraryHold, LibraryCopy.barcode, LibraryCopy.title, Resident.name, LibraryReader.card_no)
        .join(LibraryCopy, LibraryCopy.id == LibraryHold.copy_id)
        .join(Resident, Resident.id == LibraryHold.borrower_resident_id)
        .join(LibraryReader, LibraryReader.id == LibraryHold.reader_id)
        .where(LibraryHold.status.in_(OPEN_HOLDS), where)
        .order_by(LibraryHold.title_key, LibraryHold.placed_at, LibraryHold.id)
    ).all()
    queue = _queues(s, {h.title_key for h, *_ in rows})
    return [
        HoldRow(
            h.id,
            barcode,
            title,
            name,
            card,
            h.status,
            queue[h.title_key].index(h.id) + 1,
            clock.to_local(h.placed_at).date(),
        )
        for h, barcode, title, name, card in rows
    ]


def _queues(s: Session, keys: set[str]) -> dict[str, list[int]]:
    """Each title's open holds (waiting and ready), first in line first."""
    out: dict[str, list[int]] = {k: [] for k in keys}
    if keys:
        for key, hold_id in s.execute(
            select(LibraryHold.title_key, LibraryHold.id)
            .where(LibraryHold.title_key.in_(keys), LibraryHold.status.in_(OPEN_HOLDS))
            .order_by(LibraryHold.placed_at, LibraryHold.id)
        ):
            out[key].append(hold_id)
    return out


def _key(copy: LibraryCopy) -> str:
    return title_key(copy.isbn, copy.title, copy.author)


@checked
def find_reader(db: Database, actor: Actor, scan: str) -> int | None:
    """The resident whose reader card number this is (as scanned: full-width digits and spaces folded), or None."""
    require(actor, LEND_BOOKS)
    card = card_number(scan)
    if not card:
        return None
    with db.read() as s:
        return s.execute(select(LibraryReader.resident_id).where(LibraryReader.card_no == card)).scalar()


@checked
def desk_status(db: Database, actor: Actor, resident_id: int) -> DeskStatus:
    """The reader's card at the desk: whose card (a guardian's for a child), its open loans (the child's too), holds,
    fines not yet paid or waived, and why lending is refused now (archived record, a child without a guardian, over the limit, overdue books)."""
    require(actor, LEND_BOOKS)
    today = _today()
    with db.read() as s:
        rules = rules_in(s)
        a = account_of(s, resident_id, rules, today)
        loans: list[LoanRow] = []
        holds: list[HoldRow] = []
        fines: list[FineRow] = []
        if a.reader_id is not None:
            loans = _loan_rows(s, (LibraryLoan.reader_id == a.reader_id) & LibraryLoan.returned_at.is_(None), today)
            holds = _hold_rows(s, LibraryHold.reader_id == a.reader_id)
            fines = outstanding_of_reader(s, a.reader_id)
    status = DeskStatus(a, loans, holds, rules.max_loans, fines=fines)
    status.refusal = _account_refusal(a) or _card_refusal(a, len(loans), status.overdue, rules)
    if a.child and a.reader_resident_id is not None:
        status.notes.append(
            translate("Library", "A child: borrows on {guardian}'s card.").format(guardian=a.reader_name)
        )
    if any(h.status == READY for h in holds):
        status.notes.append(translate("Library", "A book on hold is ready to collect."))
    return status


def _card_refusal(a: Account, open_loans: int, overdue: int, rules: LendingRules) -> str | None:
    owner = a.reader_name if a.child else a.name
    if rules.refuse_overdue and overdue:
        return translate(
            "Library", "{name}'s card has {n} overdue book(s): they must come back before anything more is lent."
        ).format(name=owner, n=overdue)
    if open_loans >= rules.max_loans:
        return translate("Library", "{name}'s card already holds {n} books, the limit.").format(
            name=owner, n=open_loans
        )
    return None


def _new_card_no(s: Session) -> str:
    while True:
        card = f"SF{sequences.next_value(s, 'library.card'):06d}"
        if s.execute(select(LibraryReader.id).where(LibraryReader.card_no == card)).first() is None:
            return card


def card_number(scan: str) -> str:
    """A reader card number as scanned or typed: folded (full-width from an IME), spaces out, letters upper-case."""
    return "".join(fold(scan).split()).upper()


def _clean_card(card_no: str) -> str:
    card = card_number(card_no)
    if not card or len(card) > limits.NUMBER.length or not re.fullmatch(r"[0-9A-Z][0-9A-Z\-]*", card):
        raise ValidationError({"card_no": translate("Library", "A reader card number is letters and digits.")})
    return card


@checked
def register_reader(db: Database, actor: Actor, resident_id: int, card_no: str | None = None) -> str:
    """Give a resident a reader card (`card_no` as scanned from a new card, or None: the next number, "SF000123"),
    or a new number when they already have one (a lost card). Returns the card number. Raises UserError when the
    number belongs to another reader, or the resident is a child (they borrow on a guardian's card)."""
    require(actor, LEND_BOOKS)
    card = _clean_card(card_no) if card_no is not None else None
    try:
        with db.write() as s:
            rules = rules_in(s)
            a = account_of(s, resident_id, rules, _today())
            if a.archived:
                raise UserError(_account_refusal(a) or "")
            if a.child:
                raise UserError(
                    translate("Library", "{name} is a child and borrows on a guardian's card.").format(name=a.name)
                )
            if card is not None:
                other = s.execute(select(LibraryReader.resident_id).where(LibraryReader.card_no == card)).scalar()
                if other is not None and other != resident_id:
                    raise UserError(translate("Library", "Card {card} belongs to another reader.").format(card=card))
            return _register(s, actor, resident_id, card)
    except IntegrityError:
        raise UserError(translate("Library", "Card {card} belongs to another reader.").format(card=card)) from None


def _register(s: Session, actor: Actor, resident_id: int, card: str | None) -> str:
    reader = s.execute(select(LibraryReader).where(LibraryReader.resident_id == resident_id)).scalar()
    number = card or _new_card_no(s)
    if reader is None:
        reader = LibraryReader(
            resident_id=resident_id, card_no=number, created_at=clock.now(), created_by_id=actor.user_id
        )
        s.add(reader)
        s.flush()
        audit.record(s, actor, "create", "library_reader", reader.id, audit.message("library.reader", card=number))
    elif reader.card_no != number:
        before = reader.card_no
        reader.card_no = number
        audit.record(
            s,
            actor,
            "change",
            "library_reader",
            reader.id,
            audit.message("library.reader", card=number),
            before={"card_no": before},
            after={"card_no": number},
        )
    return number


# --------------------------------------------------------------------------------------------------- lending


@dataclass(frozen=True)
class LoanResult:
    loan_id: int
    barcode: str
    title: str
    due_on: dt.date
    borrower: str
    card_no: str
    district: bool
    pending: bool  # a district loan waiting to be sent (the library's server could not be reached)


def _copy_by_barcode(s: Session, code: str) -> LibraryCopy:
    """The copy with barcode `code` (normalised). Raises UserError (field "barcode"): a code shaped like an ISBN
    that python-stdnum finds malformed (an X among 13 digits, a digit short, a wrong check digit) says so, as
    catalogue.normalise_isbn words it; any other unknown code is named as not in the catalogue."""
    copy = s.execute(select(LibraryCopy).where(LibraryCopy.barcode == code)).scalar()
    if copy is None:
        if looks_like_isbn(code):
            try:
                normalise_isbn(code)
            except UserError as exc:
                raise UserError(exc.message, field="barcode") from None
        raise UserError(
            translate("Library", "No copy with barcode {barcode} is in the catalogue.").format(barcode=code),
            field="barcode",
        )
    return copy


def _copy_refusal(s: Session, copy: LibraryCopy, a: Account) -> str | None:
    if copy.status in RETIRED:
        return translate("Library", "“{title}” ({barcode}) is out of the collection: it cannot be lent.").format(
            title=copy.title, barcode=copy.barcode
        )
    holder = s.execute(
        select(LibraryLoan.borrower_resident_id, LibraryLoan.due_on).where(
            LibraryLoan.copy_id == copy.id, LibraryLoan.returned_at.is_(None)
        )
    ).first()
    if holder is not None:
        if holder[0] == a.resident_id:
            return translate("Library", "“{title}” is already on loan to {name}.").format(title=copy.title, name=a.name)
        return translate(
            "Library",
            "Cannot lend: “{title}” ({barcode}) is on another reader's card, due back by {due}. Take it back first.",
        ).format(title=copy.title, barcode=copy.barcode, due=holder[1].isoformat())
    first = _hold_for_copy(s, copy)
    if first is not None and first.borrower_resident_id != a.resident_id:
        return translate("Library", "“{title}” is kept for another reader's hold.").format(title=copy.title)
    return None


def _put_aside(s: Session, copy_id: int) -> LibraryHold | None:
    """The ready hold this copy is put aside for, if any."""
    return s.execute(
        select(LibraryHold)
        .where(LibraryHold.copy_id == copy_id, LibraryHold.status == READY)
        .order_by(LibraryHold.placed_at, LibraryHold.id)
        .limit(1)
    ).scalar()


def _first_waiting(s: Session, key: str) -> LibraryHold | None:
    """The first in line for the title who has no copy put aside yet."""
    return s.execute(
        select(LibraryHold)
        .where(LibraryHold.title_key == key, LibraryHold.status == WAITING)
        .order_by(LibraryHold.placed_at, LibraryHold.id)
        .limit(1)
    ).scalar()


def _hold_for_copy(s: Session, copy: LibraryCopy) -> LibraryHold | None:
    """Whose hold this copy on the desk goes to: the ready hold it was put aside for, else (a copy on the shelf of
    a title readers wait for, e.g. one just added to the catalogue) the first waiting for the title, while the
    title's free copies are no more than the readers waiting; None when the copy is free to lend."""
    aside = _put_aside(s, copy.id)
    if aside is not None:
        return aside
    first = _first_waiting(s, _key(copy))
    if first is None:
        return None
    waiting = s.execute(
        select(func.count())
        .select_from(LibraryHold)
        .where(LibraryHold.title_key == _key(copy), LibraryHold.status == WAITING)
    ).scalar_one()
    return first if _free_copies(s, copy) <= waiting else None


def _fulfil_holds(s: Session, actor: Actor, copy: LibraryCopy, resident_id: int, now: dt.datetime) -> None:
    """The reader has the book: their open holds on its title are fulfilled with this copy. A copy put aside for
    them that they did not take (they took another copy of the title) goes to the next in line."""
    key = _key(copy)
    mine = s.execute(
        select(LibraryHold)
        .where(
            LibraryHold.title_key == key,
            LibraryHold.borrower_resident_id == resident_id,
            LibraryHold.status.in_(OPEN_HOLDS),
        )
        .order_by(LibraryHold.placed_at, LibraryHold.id)
    ).scalars()
    for hold in list(mine):
        released = hold.copy_id if hold.status == READY and hold.copy_id != copy.id else None
        hold.status = FULFILLED
        hold.copy_id = copy.id
        hold.closed_at = now
        hold.closed_by_id = actor.user_id
        s.flush()
        if released is not None:
            nxt = _first_waiting(s, key)
            if nxt is not None:
                nxt.status = READY
                nxt.ready_at = now
                nxt.copy_id = released


def _same_title(copy: LibraryCopy):
    """Copies of the same title as `copy` (see db.models.library.title_key), as a condition on LibraryCopy."""
    if copy.isbn:
        return LibraryCopy.isbn == copy.isbn
    return (LibraryCopy.isbn == "") & (LibraryCopy.title == copy.title) & (LibraryCopy.author == copy.author)


def _free_copies(s: Session, copy: LibraryCopy) -> int:
    """Copies of the title on the shelf: in the collection, not on loan, not put aside for a ready hold."""
    on_loan = select(LibraryLoan.id).where(LibraryLoan.copy_id == LibraryCopy.id, LibraryLoan.returned_at.is_(None))
    aside = select(LibraryHold.id).where(LibraryHold.copy_id == LibraryCopy.id, LibraryHold.status == READY)
    return s.execute(
        select(func.count())
        .select_from(LibraryCopy)
        .where(_same_title(copy), LibraryCopy.status.not_in(RETIRED), ~on_loan.exists(), ~aside.exists())
    ).scalar_one()


def _open_counts(s: Session, reader_id: int, today: dt.date) -> tuple[int, int]:
    row = s.execute(
        select(func.count(), func.count().filter(LibraryLoan.due_on < today)).where(
            LibraryLoan.reader_id == reader_id, LibraryLoan.returned_at.is_(None)
        )
    ).one()
    return int(row[0]), int(row[1])


def _on_loan_message(s: Session, copy_id: int) -> str:
    title = s.execute(select(LibraryCopy.title).where(LibraryCopy.id == copy_id)).scalar() or ""
    return translate("Library", "“{title}” was lent at another desk a moment ago.").format(title=title)


@checked
def goes_to_district(db: Database, actor: Actor, barcode: str) -> bool:
    """Whether lending or taking back the copy with `barcode` (as scanned) calls the district library (a
    district-owned copy), so the desk runs it off the UI thread: the call may take a few times the link's timeout.
    False for an unknown barcode (the lend or return refuses it at once). Raises UserError for a malformed one."""
    require(actor, LEND_BOOKS)
    code = normalise_barcode(barcode)
    with db.read() as s:
        return s.execute(select(LibraryCopy.owner).where(LibraryCopy.barcode == code)).scalar() == OWNER_DISTRICT


@checked
def lend(db: Database, actor: Actor, resident_id: int, barcode: str, *, keep_offline: bool = False) -> LoanResult:
    """Lend the copy with `barcode` (as scanned) to resident `resident_id` (a child on a guardian's card), due
    `loan_days` after today (local days), or on the day the district library gives for its own copies.

    Refused with UserError, nothing written: an unknown or malformed barcode, a copy out of the collection, on loan,
    or kept for another reader's hold; an archived resident, a child without a guardian; a card at its limit or
    (rule `refuse_overdue`) with an overdue book; for a district copy, the district library's refusal. A reader
    without a card gets one (the next number) with the first loan. Two desks lending one copy at the same moment:
    one loan, the other desk is told it was just lent (partial unique index). `keep_offline` True (the desk closing,
    or the clerk's "keep for later" while the district library does not answer): a district copy is not sent now but
    recorded exactly as in an outage — the loan written, its transaction kept in the outbox."""
    require(actor, LEND_BOOKS)
    code = normalise_barcode(barcode)
    today = _today()
    # 1. everything that can refuse, read first (no network call for a loan that cannot happen)
    with db.read() as s:
        rules = rules_in(s)
        copy = _copy_by_barcode(s, code)
        a = account_of(s, resident_id, rules, today)
        refusal = _account_refusal(a) or _copy_refusal(s, copy, a)
        if refusal is None and a.reader_id is not None:
            refusal = _card_refusal(a, *_open_counts(s, a.reader_id, today), rules)
        is_district = copy.owner == OWNER_DISTRICT
        copy_id = copy.id
    if refusal:
        raise UserError(refusal)
    card_no = a.card_no
    if not card_no:  # a new reader: their card first (the district library knows readers by card number)
        assert a.reader_resident_id is not None
        with db.write() as s:
            card_no = _register(s, actor, a.reader_resident_id, None)
    # 2. the district library, before the unit of work
    due = today + dt.timedelta(days=rules.loan_days)
    txn_id: str | None = None
    answer = None
    outbox = None
    if is_district:
        api, outbox = district.require_layer()
        txn_id = district.new_txn_id()
        answer = (
            _kept_answer(api, txn_id)
            if keep_offline
            else api.district_checkout(db, actor, patron=card_no, item=code, txn_id=txn_id)
        )
        if not answer.ok and not answer.offline:
            raise UserError(answer.message or translate("Library", "The district library refused the loan."))
        if answer.ok and answer.due is not None:
            due = answer.due
    pending = bool(answer is not None and answer.offline)
    # 3. the loan, checked again in the unit of work (another desk may have lent the copy or hit the limit)
    try:
        return _write_loan(db, actor, resident_id, code, rules, today, due, txn_id, pending, card_no, outbox)
    except (UserError, IntegrityError) as exc:
        if isinstance(exc, IntegrityError) and not _is_open_copy_clash(exc):
            raise
        lost = exc if isinstance(exc, UserError) else None
        if lost is None:
            with db.read() as s:
                lost = UserError(_on_loan_message(s, copy_id))
        if answer is not None and answer.ok:  # the district library lent it to this card: take it back there
            assert outbox is not None
            if _take_back_at_district(db, actor, copy_id, code, card_no, outbox):
                lost = UserError(
                    _sentences(
                        lost.message,
                        translate(
                            "Library",
                            "The district library had already lent it on this card: a return is kept and sent to it.",
                        ),
                    )
                )
        raise lost from None


def _kept_answer(api, txn_id: str):
    """The answer of a district call not made now (`keep_offline`): the same as the link being down."""
    return SimpleNamespace(ok=False, offline=True, message="", due=None, txn_id=txn_id)


def _is_open_copy_clash(exc: IntegrityError) -> bool:
    return "ux_library_loans_open_copy" in str(exc.orig) or "library_loans.copy_id" in str(exc.orig)


def _sentences(*parts: str) -> str:
    """Sentences one after another (a space only after Latin punctuation)."""
    out = ""
    for part in parts:
        if part:
            out += part if not out or out[-1] in "。：；！？）」”" else " " + part
    return out


def _take_back_at_district(db: Database, actor: Actor, copy_id: int, code: str, card_no: str, outbox) -> bool:
    """The district library accepted our checkout but the loan was not written (another desk lent the copy first,
    the card reached its limit meanwhile …): keep a check-in for the district library in the outbox, sent in order
    like any kept transaction, so it does not think this card has the book. Returns whether one was kept.

    When another desk's open loan of the copy is on another card, a checkout to that card is kept after the
    check-in: the library's last word on the copy must be the loan that stands here, whichever reached it first
    (its own checkout kept offline and sent later, or a library that lends a copy out to another card by
    returning it first). Nothing when that loan is on this same card: the library's record is right as it is.
    When that loan's own checkout is still kept and not being sent, it is replaced by the one kept here after the
    check-in (sent first, a strict library would refuse it: the copy is on our card there until the check-in)."""
    with db.write() as s:
        row = s.execute(
            select(LibraryLoan, LibraryReader.card_no)
            .join(LibraryReader, LibraryReader.id == LibraryLoan.reader_id)
            .where(LibraryLoan.copy_id == copy_id, LibraryLoan.returned_at.is_(None))
        ).first()
        winner = (row[0], row[1]) if row is not None else None
        if winner is not None and winner[1] == card_no:
            return False
        now = clock.now()
        txn_id = district.new_txn_id()
        outbox.add_pending(s, op=district.CHECKIN, patron=None, item=code, txn_id=txn_id, at=now, actor=actor)
        audit.record(
            s,
            actor,
            "district_checkin",
            "district_transaction",
            txn_id,
            audit.message("library.undo_district", barcode=code),
        )
        if winner is not None:
            loan, winner_card = winner
            again = district.new_txn_id()
            outbox.add_pending(
                s,
                op=district.CHECKOUT,
                patron=winner_card,
                item=code,
                txn_id=again,
                at=now,
                due=loan.due_on,
                actor=actor,
            )
            supersede = getattr(outbox, "supersede_pending", None)
            if loan.district_pending and loan.district_txn_id and supersede is not None:
                if supersede(s, actor, loan.district_txn_id, replaced_by=again):
                    loan.district_txn_id = again  # its pending mark goes when the checkout kept here is accepted
            audit.record(
                s,
                actor,
                "district_checkout",
                "district_transaction",
                again,
                audit.message("library.redo_district", barcode=code),
            )
    return True


def _write_loan(
    db: Database,
    actor: Actor,
    resident_id: int,
    code: str,
    rules: LendingRules,
    today: dt.date,
    due: dt.date,
    txn_id: str | None,
    pending: bool,
    card_no: str,
    outbox,
) -> LoanResult:
    with db.write() as s:
        a = account_of(s, resident_id, rules, today)
        assert a.reader_id is not None
        s.execute(select(LibraryReader.id).where(LibraryReader.id == a.reader_id).with_for_update())
        copy = _copy_by_barcode(s, code)
        refusal = _account_refusal(a) or _copy_refusal(s, copy, a)
        refusal = refusal or _card_refusal(a, *_open_counts(s, a.reader_id, today), rules)
        if refusal:
            raise UserError(refusal)
        now = clock.now()
        loan = LibraryLoan(
            copy_id=copy.id,
            reader_id=a.reader_id,
            borrower_resident_id=a.resident_id,
            lent_at=now,
            lent_by_id=actor.user_id,
            due_on=due,
            renewals=0,
            fine_fen=0,
            district_txn_id=txn_id,
            district_pending=pending,
        )
        s.add(loan)
        s.flush()
        _fulfil_holds(s, actor, copy, a.resident_id, now)
        if pending:
            assert outbox is not None
            outbox.add_pending(
                s, op=district.CHECKOUT, patron=card_no, item=code, txn_id=txn_id, at=now, due=due, actor=actor
            )
        summary = (
            audit.message("library.lent_pending", barcode=code, due=due)
            if pending
            else audit.message("library.lent", barcode=code, due=due)
        )
        audit.record(
            s,
            actor,
            "lend",
            "library_loan",
            loan.id,
            summary,
            after={"copy_id": copy.id, "reader_id": a.reader_id, "resident_id": a.resident_id},
        )
        return LoanResult(loan.id, code, copy.title, due, a.name, card_no, copy.owner == OWNER_DISTRICT, pending)


@dataclass(frozen=True)
class ReturnResult:
    barcode: str
    title: str
    borrower: str
    days_late: int
    fine_fen: int  # 0 unless the center charges fines
    hold_for: str | None  # put it aside: the next reader in the hold queue
    district: bool
    pending: bool
    # when pending: the district library's words for the counter (why it could not be asked, what happens now),
    # e.g. the link never set up rather than a brief outage; "" otherwise
    district_note: str = ""


@checked
def return_copy(db: Database, actor: Actor, barcode: str, *, keep_offline: bool = False) -> ReturnResult:
    """Take a book back by its barcode alone (whoever borrowed it, at whichever desk). Closes its open loan; when
    the center charges fines, `fine_per_day_fen` × days late (calendar days after the due day) is set on the loan;
    the next waiting hold becomes ready (the desk puts the book aside). District copies are checked in with the
    district library first (`keep_offline` True: kept for later as in an outage, see `lend`). Raises UserError:
    unknown barcode, the copy not on loan, the library's refusal."""
    require(actor, LEND_BOOKS)
    code = normalise_barcode(barcode)
    today = _today()
    with db.read() as s:
        copy = _copy_by_barcode(s, code)
        loan_id = s.execute(
            select(LibraryLoan.id).where(LibraryLoan.copy_id == copy.id, LibraryLoan.returned_at.is_(None))
        ).scalar()
        if loan_id is None:
            raise UserError(
                translate("Library", "“{title}” ({barcode}) is not on loan: put it back on the shelf.").format(
                    title=copy.title, barcode=code
                )
            )
        is_district = copy.owner == OWNER_DISTRICT
    answer = outbox = None
    txn_id = None
    if is_district:
        api, outbox = district.require_layer()
        txn_id = district.new_txn_id()
        answer = (
            _kept_answer(api, txn_id) if keep_offline else api.district_checkin(db, actor, item=code, txn_id=txn_id)
        )
        if not answer.ok and not answer.offline:
            raise UserError(answer.message or translate("Library", "The district library refused the return."))
    pending = bool(answer is not None and answer.offline)
    with db.write() as s:
        rules = rules_in(s)
        loan = s.get(LibraryLoan, loan_id, with_for_update=True)
        if loan is None or loan.returned_at is not None:
            raise UserError(translate("Library", "This book was taken back at another desk a moment ago."))
        now = clock.now()
        late = max((today - loan.due_on).days, 0)
        fine = late * rules.fine_per_day_fen if rules.fines_on else 0
        loan.returned_at = now
        loan.returned_by_id = actor.user_id
        loan.fine_fen = fine
        borrower = s.get(Resident, loan.borrower_resident_id)
        hold_for = None
        nxt = _first_waiting(s, _key(copy)) if copy.status not in RETIRED else None
        if nxt is not None:  # the first copy of the title back is put aside for the first in line
            nxt.status = READY
            nxt.ready_at = now
            nxt.copy_id = copy.id
            hold_for = s.execute(select(Resident.name).where(Resident.id == nxt.borrower_resident_id)).scalar()
        if pending:
            assert outbox is not None
            card = s.execute(select(LibraryReader.card_no).where(LibraryReader.id == loan.reader_id)).scalar()
            outbox.add_pending(s, op=district.CHECKIN, patron=card, item=code, txn_id=txn_id, at=now, actor=actor)
        summary = (
            audit.message("library.returned_fine", barcode=code, days=late, fine=fine)
            if fine
            else audit.message("library.returned", barcode=code, days=late)
        )
        audit.record(s, actor, "book_return", "library_loan", loan.id, summary)
        return ReturnResult(
            code,
            copy.title,
            borrower.name if borrower else "",
            late,
            fine,
            hold_for,
            is_district,
            pending,
            answer.message if pending and answer is not None else "",
        )


@checked
def renew(db: Database, actor: Actor, loan_id: int, *, keep_offline: bool = False) -> dt.date:
    """Renew an open loan: due `loan_days` after today. Returns the new due day. Refused (UserError, nothing
    written): the loan already renewed `max_renewals` times, the copy on hold for another reader, the loan closed,
    the district library's refusal for its copies. `keep_offline`: see `lend`."""
    require(actor, LEND_BOOKS)
    today = _today()
    with db.read() as s:
        rules = rules_in(s)
        row = s.execute(
            select(LibraryLoan, LibraryCopy, LibraryReader.card_no)
            .join(LibraryCopy, LibraryCopy.id == LibraryLoan.copy_id)
            .join(LibraryReader, LibraryReader.id == LibraryLoan.reader_id)
            .where(LibraryLoan.id == loan_id)
        ).first()
        if row is None:
            raise NotFound(translate("Library", "This loan no longer exists."))
        loan, copy, card = row
        refusal = _renew_refusal(s, loan, copy, rules)
    if refusal:
        raise UserError(refusal)
    due = today + dt.timedelta(days=rules.loan_days)
    answer = outbox = None
    txn_id = None
    if copy.owner == OWNER_DISTRICT:
        api, outbox = district.require_layer()
        txn_id = district.new_txn_id()
        answer = (
            _kept_answer(api, txn_id)
            if keep_offline
            else api.district_renew(db, actor, patron=card, item=copy.barcode, txn_id=txn_id)
        )
        if not answer.ok and not answer.offline:
            raise UserError(answer.message or translate("Library", "The district library refused the renewal."))
        if answer.ok and answer.due is not None:
            due = answer.due
    pending = bool(answer is not None and answer.offline)
    try:
        return _write_renewal(db, actor, loan_id, copy, card, rules, due, txn_id, pending, outbox)
    except UserError as exc:
        if answer is None or not answer.ok:
            raise
        assert outbox is not None
        # The district library renewed it, then the desk could not (the book returned, renewed or put on hold at
        # another desk meanwhile). SIP2 has no way to take a renewal back, so the library's day is recorded on
        # the loan as for a kept renewal it accepts later (outbox.apply_library_due: the library decides the due
        # day of its copies); a loan returned meanwhile is ended at the library by that return's own check-in.
        with db.write() as s:
            loan = s.get(LibraryLoan, loan_id, with_for_update=True)
            recorded = loan is not None and outbox.apply_library_due(s, actor, loan, copy.barcode, due)
        if not recorded:
            raise
        raise UserError(
            _sentences(
                exc.message,
                translate(
                    "Library",
                    "The district library had already renewed it: the due date it gave, {due}, is recorded here.",
                ).format(due=due.isoformat()),
            )
        ) from None


def _write_renewal(
    db: Database,
    actor: Actor,
    loan_id: int,
    copy: LibraryCopy,
    card: str,
    rules: LendingRules,
    due: dt.date,
    txn_id: str | None,
    pending: bool,
    outbox,
) -> dt.date:
    with db.write() as s:
        loan = s.get(LibraryLoan, loan_id, with_for_update=True)
        if loan is None:
            raise NotFound(translate("Library", "This loan no longer exists."))
        refusal = _renew_refusal(s, loan, copy, rules)
        if refusal:
            raise UserError(refusal)
        before = loan.due_on
        now = clock.now()
        loan.due_on = due
        loan.renewals += 1
        loan.last_renewed_at = now
        s.add(
            LibraryRenewal(
                loan_id=loan.id,
                at=now,
                by_id=actor.user_id,
                due_before=before,
                due_after=due,
                district_txn_id=txn_id,
                district_pending=pending,
            )
        )
        if pending:
            assert outbox is not None
            outbox.add_pending(
                s, op=district.RENEW, patron=card, item=copy.barcode, txn_id=txn_id, at=now, due=due, actor=actor
            )
        audit.record(
            s,
            actor,
            "renew",
            "library_loan",
            loan.id,
            audit.message("library.renewed", barcode=copy.barcode, due=due),
            before={"due": before.isoformat()},
            after={"due": due.isoformat()},
        )
    return due


def _renew_refusal(s: Session, loan: LibraryLoan, copy: LibraryCopy, rules: LendingRules) -> str | None:
    if loan.returned_at is not None:
        return translate("Library", "“{title}” has already been returned.").format(title=copy.title)
    if loan.renewals >= rules.max_renewals:
        return translate("Library", "“{title}” has been renewed {n} time(s), the most allowed.").format(
            title=copy.title, n=loan.renewals
        )
    if _first_waiting(s, _key(copy)) is not None:  # readers wait for the title and no copy is free
        return translate("Library", "“{title}” is on hold for another reader: it cannot be renewed.").format(
            title=copy.title
        )
    return None


# --------------------------------------------------------------------------------------------------- holds


_ISBN_LIKE = re.compile(r"(97[89]\d{10}|\d{9}[\dX])")  # an ISBN-13 or -10 once hyphens and spaces are out


def _hold_copy(s: Session, typed: str) -> tuple[LibraryCopy, str, str | None]:
    """The copy a hold is asked through, from the barcode of any copy or the title's ISBN (the reader's slip gives
    the ISBN): (copy, barcode as read, compact ISBN-13 when named by ISBN, else None). A barcode of the
    catalogue wins; else a text shaped like an ISBN-10/13 (hyphens, spaces allowed) is checked with python-stdnum
    and names the title: one of its copies (one still in the collection when there is one) stands for it.
    Raises UserError: a wrong ISBN check digit, no title with that ISBN, no copy with that barcode."""
    bare = fold(typed).replace(" ", "").replace("-", "").upper()
    code: str | None
    try:
        code = normalise_barcode(typed)
    except UserError:
        if not _ISBN_LIKE.fullmatch(bare):
            raise
        code = None
    if code is not None:
        copy = s.execute(select(LibraryCopy).where(LibraryCopy.barcode == code)).scalar()
        if copy is not None:
            return copy, code, None
    if not _ISBN_LIKE.fullmatch(bare):
        assert code is not None
        return _copy_by_barcode(s, code), code, None  # raises: no copy with that barcode
    isbn = normalise_isbn(typed)  # a wrong check digit is said as such
    copy = s.execute(
        select(LibraryCopy)
        .where(LibraryCopy.isbn == isbn)
        .order_by(LibraryCopy.status.in_(RETIRED), LibraryCopy.id)
        .limit(1)
    ).scalar()
    if copy is None:
        raise UserError(
            translate(
                "Library", "No book with ISBN {isbn} is in the catalogue: check the number on the reader's slip."
            ).format(isbn=hyphenated(isbn)),
            field="barcode",
        )
    return copy, copy.barcode, isbn


@checked
def place_hold(db: Database, actor: Actor, resident_id: int, barcode: str) -> int:
    """Put a resident in the queue for a title (预约), named by the barcode of any of its copies or by the title's
    ISBN (ISBN-10 or -13, hyphens and spaces allowed, checked with python-stdnum): the first copy of the title to
    come back is put aside for the first in line. The title is the ISBN, or the title and author for a book without
    one (`db.models.library.title_key`). Returns their place in the title's queue (1 = next).
    Refused: no copy with that barcode, no title with that ISBN (or a wrong check digit), a copy of the title on
    the shelf (lend it now), the title out of the collection, a copy of the title already on loan to this reader,
    already in the queue for it; a child without a guardian."""
    require(actor, LEND_BOOKS)
    today = _today()
    with db.write() as s:
        rules = rules_in(s)
        copy, code, by_isbn = _hold_copy(s, barcode)
        key = _key(copy)
        a = account_of(s, resident_id, rules, today)
        refusal = _account_refusal(a)
        if refusal:
            raise UserError(refusal)
        if copy.status in RETIRED:
            raise UserError(
                translate("Library", "“{title}” ({barcode}) is out of the collection: it cannot be lent.").format(
                    title=copy.title, barcode=code
                )
            )
        has_it = s.execute(
            select(LibraryLoan.id)
            .join(LibraryCopy, LibraryCopy.id == LibraryLoan.copy_id)
            .where(
                _same_title(copy), LibraryLoan.returned_at.is_(None), LibraryLoan.borrower_resident_id == resident_id
            )
        ).first()
        if has_it is not None:
            raise UserError(translate("Library", "{name} has this book already.").format(name=a.name))
        if _free_copies(s, copy) and _first_waiting(s, key) is None:
            raise UserError(translate("Library", "“{title}” is on the shelf: lend it now.").format(title=copy.title))
        mine = s.execute(
            select(LibraryHold.id).where(
                LibraryHold.title_key == key,
                LibraryHold.borrower_resident_id == resident_id,
                LibraryHold.status.in_(OPEN_HOLDS),
            )
        ).first()
        if mine is not None:
            raise UserError(translate("Library", "{name} is already in the queue for this book.").format(name=a.name))
        reader_id = a.reader_id
        if reader_id is None:
            assert a.reader_resident_id is not None
            _register(s, actor, a.reader_resident_id, None)
            reader_id = s.execute(
                select(LibraryReader.id).where(LibraryReader.resident_id == a.reader_resident_id)
            ).scalar_one()
        hold = LibraryHold(
            copy_id=copy.id,
            title_key=key,
            reader_id=reader_id,
            borrower_resident_id=resident_id,
            status=WAITING,
            placed_at=clock.now(),
            placed_by_id=actor.user_id,
        )
        s.add(hold)
        s.flush()
        summary = (
            audit.message("library.hold_isbn", isbn=hyphenated(by_isbn))
            if by_isbn
            else audit.message("library.hold", barcode=code)
        )
        audit.record(s, actor, "hold", "library_hold", hold.id, summary)
        return len(_queues(s, {key})[key])


@checked
def cancel_hold(db: Database, actor: Actor, hold_id: int, reason: str) -> None:
    """Cancel a hold (the reader no longer wants it, or did not collect it). A ready hold's book goes to the next
    reader in the queue (their hold becomes ready)."""
    require(actor, LEND_BOOKS)
    reason = reason.strip()
    if not reason:
        raise ValidationError({"reason": translate("Library", "Say why the hold is cancelled.")})
    with db.write() as s:
        hold = s.get(LibraryHold, hold_id)
        if hold is None or hold.status not in OPEN_HOLDS:
            raise UserError(translate("Library", "This hold is no longer open."))
        was_ready = hold.status == READY
        now = clock.now()
        hold.status = CANCELLED
        hold.closed_at = now
        hold.closed_by_id = actor.user_id
        hold.close_reason = reason
        s.flush()
        if was_ready:  # the copy put aside goes to the next in line for the title
            nxt = _first_waiting(s, hold.title_key)
            if nxt is not None:
                nxt.status = READY
                nxt.ready_at = now
                nxt.copy_id = hold.copy_id
        barcode = s.execute(select(LibraryCopy.barcode).where(LibraryCopy.id == hold.copy_id)).scalar()
        audit.record(
            s,
            actor,
            "cancel",
            "library_hold",
            hold.id,
            audit.message("library.hold_cancelled", barcode=barcode),
            after={"reason": reason},
        )


@checked
def list_holds(db: Database, actor: Actor, text: str = "") -> list[HoldRow]:
    """The open holds, copy by copy in queue order (names and card numbers: the desk's own)."""
    require(actor, LEND_BOOKS)
    q = fold(text)
    with db.read() as s:
        where = True
        if q:
            like = f"%{q}%"
            where = or_(LibraryCopy.title.like(like), LibraryCopy.barcode == q.upper(), Resident.name.like(like))
        return _hold_rows(s, where)


# --------------------------------------------------------------------------------------------------- lists


@dataclass(frozen=True)
class OverdueRow:
    loan: LoanRow
    card_no: str
    card_holder: str
    phone: str
    reminded_on: dt.date | None


@checked
def overdue_loans(db: Database, actor: Actor, limit: int = 500) -> list[OverdueRow]:
    """Open loans past their due day (local today), longest overdue first, with the card holder's name and phone
    for a call: in full for a role that sees phones (SEE_PHONES: the book room calls its overdue readers), masked
    otherwise (`privacy.shown_phone`)."""
    require(actor, LEND_BOOKS)
    today = _today()
    with db.read() as s:
        loans = _loan_rows(s, LibraryLoan.returned_at.is_(None) & (LibraryLoan.due_on < today), today, limit)
        info = {
            loan_id: (card, name, phone, reminded)
            for loan_id, card, name, phone, reminded in s.execute(
                select(LibraryLoan.id, LibraryReader.card_no, Resident.name, Resident.phone, LibraryLoan.reminded_at)
                .join(LibraryReader, LibraryReader.id == LibraryLoan.reader_id)
                .join(Resident, Resident.id == LibraryReader.resident_id)
                .where(LibraryLoan.id.in_([x.id for x in loans]))
            )
        }
    return [
        OverdueRow(
            x,
            info[x.id][0],
            info[x.id][1],
            shown_phone(actor, info[x.id][2]),
            clock.to_local(info[x.id][3]).date() if info[x.id][3] else None,
        )
        for x in loans
    ]


@dataclass(frozen=True)
class ResidentLibrary:
    """A resident's part of the book room for their profile: the card, open loans on it, holds, loans in total."""

    card_no: str
    on_guardian_card: str  # the guardian's name when a child borrows on their card
    loans: list[LoanRow]
    holds: list[HoldRow]
    loans_ever: int


@checked
def resident_library(db: Database, actor: Actor, resident_id: int) -> ResidentLibrary:
    """The book room's part of a resident's profile: loans they hold (or a child holds on their card) and holds."""
    require(actor, LEND_BOOKS)
    today = _today()
    with db.read() as s:
        reader = s.execute(select(LibraryReader).where(LibraryReader.resident_id == resident_id)).scalar()
        mine = LibraryLoan.borrower_resident_id == resident_id
        if reader is not None:
            mine = or_(mine, LibraryLoan.reader_id == reader.id)
        loans = _loan_rows(s, mine & LibraryLoan.returned_at.is_(None), today)
        hold_where = LibraryHold.borrower_resident_id == resident_id
        if reader is not None:
            hold_where = or_(hold_where, LibraryHold.reader_id == reader.id)
        holds = _hold_rows(s, hold_where)
        ever = s.execute(select(func.count()).select_from(LibraryLoan).where(mine)).scalar() or 0
        guardian = ""
        if reader is None:
            on = s.execute(
                select(Resident.name)
                .join(LibraryReader, LibraryReader.resident_id == Resident.id)
                .join(LibraryLoan, LibraryLoan.reader_id == LibraryReader.id)
                .where(LibraryLoan.borrower_resident_id == resident_id)
                .order_by(LibraryLoan.id.desc())
                .limit(1)
            ).scalar()
            guardian = on or ""
    return ResidentLibrary(reader.card_no if reader else "", guardian, loans, holds, int(ever))
