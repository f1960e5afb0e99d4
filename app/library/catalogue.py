"""The catalogue: copies by barcode with title, author, ISBN, call number and owner (this room or the district
library). Copies are never deleted: `retire_copy` marks one withdrawn or lost, with who, when and why.

ISBNs are checked, converted and hyphenated with python-stdnum (`stdnum.isbn`, maintained with the ISBN agency's
range table): an ISBN-10 is stored as its ISBN-13, a wrong check digit is refused with the reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from stdnum import isbn as stdisbn
from stdnum.exceptions import InvalidChecksum, InvalidComponent, InvalidFormat, InvalidLength
from stdnum.exceptions import ValidationError as _Bad

from app import audit, clock
from app.accounts.permissions import MANAGE_BOOK_ROOM, require
from app.actor import Actor
from app.boundary import checked
from app.errors import NotFound, UserError, ValidationError
from app.i18n import translate
from app.typed import fold
from db import limits
from db.engine import Database
from db.models.library import (
    AVAILABLE,
    LOST,
    OWNER_DISTRICT,
    OWNER_ROOM,
    WITHDRAWN,
    LibraryCopy,
    LibraryHold,
    LibraryLoan,
    title_key,
)

OWNERS = (OWNER_ROOM, OWNER_DISTRICT)
RETIRED = (WITHDRAWN, LOST)
# A barcode as the scanner types it: letters, digits and hyphens (library barcodes: digits, or a prefix and digits).
_BARCODE = re.compile(r"[0-9A-Za-z][0-9A-Za-z\-]*")
_ISBN_CHARS = re.compile(r"[0-9X]+")


def owner_label(owner: str) -> str:
    return {
        OWNER_ROOM: translate("Library", "This room"),
        OWNER_DISTRICT: translate("Library", "District library"),
    }.get(owner, owner)


def status_label(status: str) -> str:
    return {
        AVAILABLE: translate("Library", "On the shelf"),
        "on_loan": translate("Library", "On loan"),
        "held": translate("Library", "Put aside for a hold"),
        WITHDRAWN: translate("Library", "Withdrawn"),
        LOST: translate("Library", "Lost"),
    }.get(status, status)


def normalise_barcode(raw: str) -> str:
    """A scanned or typed barcode: folded (full-width digits from an IME), spaces out, letters upper-case.
    Raises UserError (field "barcode") for an empty or malformed one."""
    code = fold(raw).replace(" ", "").upper()
    if not code:
        raise UserError(translate("Library", "Scan or type the book's barcode."), field="barcode")
    if len(code) > limits.BARCODE.length or not _BARCODE.fullmatch(code):
        raise UserError(
            translate("Library", "“{code}” is not a book barcode (letters, digits and hyphens, up to 30).").format(
                code=code[:40]
            ),
            field="barcode",
        )
    return code


def looks_like_isbn(code: str) -> bool:
    """True for a scanned or typed code shaped like an ISBN gone wrong or right, not like a library barcode: digits
    and X (hyphens and spaces ignored), either beginning 978/979 with 11 to 14 characters (an ISBN-13 a digit or two
    short, a digit long, or with an X in it), or 10 or 13 characters with an X among them. A plain 10-digit number
    is not counted: library barcodes may be plain numbers."""
    bare = fold(code).replace(" ", "").replace("-", "").upper()
    if not _ISBN_CHARS.fullmatch(bare):
        return False
    return (bare[:3] in ("978", "979") and 11 <= len(bare) <= 14) or (len(bare) in (10, 13) and "X" in bare)


def normalise_isbn(raw: str) -> str:
    """The compact ISBN-13 of a typed or imported ISBN ("" for none): hyphens and spaces allowed, an ISBN-10
    converted. Raises UserError (field "isbn") saying what is wrong: length, check digit, not a book number."""
    text = fold(raw)
    if not text:
        return ""
    try:
        number = stdisbn.validate(text)
    except InvalidChecksum:
        raise UserError(
            translate("Library", "ISBN {isbn}: the check digit is wrong. Type it again from the book.").format(
                isbn=text
            ),
            field="isbn",
        ) from None
    except InvalidLength:
        raise UserError(
            translate("Library", "ISBN {isbn}: an ISBN has 10 or 13 digits.").format(isbn=text), field="isbn"
        ) from None
    except (InvalidFormat, InvalidComponent, _Bad):
        raise UserError(
            translate("Library", "{isbn} is not an ISBN (13 digits beginning 978 or 979, or 10).").format(isbn=text),
            field="isbn",
        ) from None
    return stdisbn.to_isbn13(number)


def hyphenated(isbn13: str) -> str:
    """An ISBN as printed, hyphenated by the agency's ranges ("978-7-02-000220-7"); "" stays ""."""
    if not isbn13:
        return ""
    try:
        return stdisbn.format(isbn13)
    except _Bad:  # pragma: no cover - stored ISBNs were validated
        return isbn13


@dataclass
class CopyInput:
    """A copy as entered at the catalogue: owner is "room" or "district"."""

    barcode: str
    title: str
    author: str = ""
    isbn: str = ""
    call_number: str = ""
    owner: str = OWNER_ROOM


@dataclass(frozen=True)
class CleanCopy:
    barcode: str
    title: str
    author: str
    isbn: str
    call_number: str
    owner: str


def clean_copy(inp: CopyInput) -> CleanCopy:
    """The input checked and normalised. Raises ValidationError {field: message}."""
    errors: dict[str, str] = {}
    barcode = isbn = ""
    try:
        barcode = normalise_barcode(inp.barcode)
    except UserError as exc:
        errors["barcode"] = exc.message
    title = " ".join(fold(inp.title).split())
    if not title:
        errors["title"] = translate("Library", "Give the book's title.")
    try:
        isbn = normalise_isbn(inp.isbn)
    except UserError as exc:
        errors["isbn"] = exc.message
    if inp.owner not in OWNERS:
        errors["owner"] = translate("Library", "The owner is this room or the district library.")
    if errors:
        raise ValidationError(errors)
    return CleanCopy(
        barcode, title, " ".join(fold(inp.author).split()), isbn, fold(inp.call_number).replace(" ", ""), inp.owner
    )


def _taken(barcode: str) -> UserError:
    return UserError(
        translate("Library", "Barcode {barcode} is already in the catalogue.").format(barcode=barcode), field="barcode"
    )


def insert_copy(s: Session, actor: Actor, c: CleanCopy, source: str) -> int:
    """Add a checked copy in the caller's unit of work (catalogue screen and imports). Raises UserError when the
    barcode is taken."""
    if s.execute(select(LibraryCopy.id).where(LibraryCopy.barcode == c.barcode)).first():
        raise _taken(c.barcode)
    copy = LibraryCopy(
        barcode=c.barcode,
        title=c.title,
        author=c.author,
        isbn=c.isbn,
        call_number=c.call_number,
        owner=c.owner,
        status=AVAILABLE,
        source=source,
        created_at=clock.now(),
        created_by_id=actor.user_id,
    )
    s.add(copy)
    s.flush()
    return copy.id


@checked
def add_copy(db: Database, actor: Actor, inp: CopyInput) -> int:
    """Add one copy; returns its id. Raises ValidationError for a bad barcode, title, ISBN or owner, UserError when
    the barcode is already in the catalogue (also when another workstation adds it at the same moment)."""
    require(actor, MANAGE_BOOK_ROOM)
    c = clean_copy(inp)
    try:
        with db.write() as s:
            copy_id = insert_copy(s, actor, c, "desk")
            audit.record(
                s,
                actor,
                "create",
                "library_copy",
                copy_id,
                audit.message("library.copy", barcode=c.barcode),
                after={"title": c.title, "isbn": c.isbn, "owner": c.owner},
            )
            return copy_id
    except IntegrityError:
        raise _taken(c.barcode) from None


@checked
def update_copy(db: Database, actor: Actor, copy_id: int, inp: CopyInput) -> None:
    """Correct a copy's record (title, author, ISBN, call number, owner; the barcode too while the copy is not on
    loan). Audited with the values before."""
    require(actor, MANAGE_BOOK_ROOM)
    c = clean_copy(inp)
    try:
        with db.write() as s:
            copy = s.get(LibraryCopy, copy_id)
            if copy is None:
                raise NotFound(translate("Library", "This copy is no longer in the catalogue."))
            if c.barcode != copy.barcode:
                if s.execute(select(LibraryCopy.id).where(LibraryCopy.barcode == c.barcode)).first():
                    raise _taken(c.barcode)
                if _open_loan_id(s, copy.id) is not None:
                    raise UserError(translate("Library", "The barcode cannot change while the copy is on loan."))
            before = {k: getattr(copy, k) for k in ("barcode", "title", "author", "isbn", "call_number", "owner")}
            after = {
                "barcode": c.barcode,
                "title": c.title,
                "author": c.author,
                "isbn": c.isbn,
                "call_number": c.call_number,
                "owner": c.owner,
            }
            if c.owner != copy.owner and _open_loan_id(s, copy.id) is not None:
                raise UserError(translate("Library", "The owner cannot change while the copy is on loan."))
            for k, v in after.items():
                setattr(copy, k, v)
            b, a = audit.changed_fields(before, after)
            audit.record(
                s,
                actor,
                "change",
                "library_copy",
                copy_id,
                audit.message("library.copy", barcode=c.barcode),
                before=b,
                after=a,
            )
    except IntegrityError:
        raise _taken(c.barcode) from None


def _open_loan_id(s: Session, copy_id: int) -> int | None:
    return s.execute(
        select(LibraryLoan.id).where(LibraryLoan.copy_id == copy_id, LibraryLoan.returned_at.is_(None))
    ).scalar()


@checked
def retire_copy(db: Database, actor: Actor, copy_id: int, status: str, reason: str) -> None:
    """Take a copy out of the collection for good: `status` "withdrawn" (剔旧) or "lost" (丢失), with the reason.
    Never deleted. A copy on loan can be marked lost (its loan is closed as lost, so the reader's card is free);
    withdrawing needs it back on the shelf. Open holds on it are cancelled with the same reason."""
    require(actor, MANAGE_BOOK_ROOM)
    if status not in RETIRED:
        raise ValidationError({"status": translate("Library", "A copy leaves the collection withdrawn or lost.")})
    reason = reason.strip()
    if not reason:
        raise ValidationError({"reason": translate("Library", "Say why the copy leaves the collection.")})
    with db.write() as s:
        copy = s.get(LibraryCopy, copy_id)
        if copy is None:
            raise NotFound(translate("Library", "This copy is no longer in the catalogue."))
        if copy.status in RETIRED:
            raise UserError(
                translate("Library", "Copy {barcode} is already out of the collection ({status}).").format(
                    barcode=copy.barcode, status=status_label(copy.status)
                )
            )
        loan_id = _open_loan_id(s, copy.id)
        now = clock.now()
        if loan_id is not None:
            if status != LOST:
                raise UserError(
                    translate("Library", "Copy {barcode} is on loan: take it back first, or mark it lost.").format(
                        barcode=copy.barcode
                    )
                )
            loan = s.get(LibraryLoan, loan_id)
            assert loan is not None
            loan.returned_at = now
            loan.returned_by_id = actor.user_id
        _holds_without(s, actor, copy, reason, now)
        copy.status = status
        copy.retired_at = now
        copy.retired_by_id = actor.user_id
        copy.retire_reason = reason
        audit.record(
            s,
            actor,
            "retire",
            "library_copy",
            copy.id,
            audit.message("library.copy_retired", barcode=copy.barcode, status=status, reason=reason),
            before={"status": AVAILABLE},
            after={"status": status},
        )


def _holds_without(s: Session, actor: Actor, copy: LibraryCopy, reason: str, now) -> None:
    """Holds are on the title: while another copy of it stays in the collection they wait on (a hold this copy was
    put aside for waits again, first in line as before); with the last copy gone they are cancelled with `reason`."""
    key = title_key(copy.isbn, copy.title, copy.author)
    same = (
        LibraryCopy.isbn == copy.isbn
        if copy.isbn
        else (LibraryCopy.isbn == "") & (LibraryCopy.title == copy.title) & (LibraryCopy.author == copy.author)
    )
    others = s.execute(
        select(LibraryCopy.id).where(same, LibraryCopy.id != copy.id, LibraryCopy.status.not_in(RETIRED)).limit(1)
    ).first()
    holds = s.execute(
        select(LibraryHold).where(LibraryHold.title_key == key, LibraryHold.status.in_(("waiting", "ready")))
    ).scalars()
    for hold in holds:
        if others is None:
            hold.status = "cancelled"
            hold.closed_at = now
            hold.closed_by_id = actor.user_id
            hold.close_reason = reason
        elif hold.status == "ready" and hold.copy_id == copy.id:
            hold.status = "waiting"
            hold.ready_at = None


@dataclass(frozen=True)
class CopyRow:
    """A catalogue line. `state`: available | on_loan | held | withdrawn | lost; `due_on` when on loan."""

    id: int
    barcode: str
    title: str
    author: str
    isbn: str  # hyphenated
    call_number: str
    owner: str
    state: str
    due_on: object = None


def _state(status: str, due, held: bool) -> str:
    if status in RETIRED:
        return status
    if due is not None:
        return "on_loan"
    return "held" if held else AVAILABLE


@checked
def page_copies(db: Database, text: str, after_id: int | None, limit: int) -> list[CopyRow]:
    """A page of the catalogue, newest first (keyset on id), filtered by barcode, ISBN (any form), title, author or
    call number. No personal data (who has a copy is not in it)."""
    q = fold(text)
    due = (
        select(LibraryLoan.due_on)
        .where(LibraryLoan.copy_id == LibraryCopy.id, LibraryLoan.returned_at.is_(None))
        .scalar_subquery()
    )
    held = (
        select(func.count(LibraryHold.id))
        .where(LibraryHold.copy_id == LibraryCopy.id, LibraryHold.status == "ready")
        .scalar_subquery()
    )
    stmt = select(LibraryCopy, due.label("due"), held.label("held")).order_by(LibraryCopy.id.desc()).limit(limit)
    if after_id is not None:
        stmt = stmt.where(LibraryCopy.id < after_id)
    if q:
        like = f"%{q}%"
        conds = [
            LibraryCopy.barcode == q.upper(),
            LibraryCopy.title.like(like),
            LibraryCopy.author.like(like),
            LibraryCopy.call_number.like(f"{q}%"),
        ]
        try:
            conds.append(LibraryCopy.isbn == normalise_isbn(q))
        except UserError:
            digits = q.replace("-", "")
            if digits.isdigit() and len(digits) >= 4:
                conds.append(LibraryCopy.isbn.like(f"%{digits}"))
        stmt = stmt.where(or_(*conds))
    with db.read() as s:
        return [
            CopyRow(
                c.id,
                c.barcode,
                c.title,
                c.author,
                hyphenated(c.isbn),
                c.call_number,
                c.owner,
                _state(c.status, d, bool(h)),
                d,
            )
            for c, d, h in s.execute(stmt).all()
        ]


@checked
def find_copy(db: Database, barcode: str) -> CopyRow | None:
    """The copy with this barcode (as scanned), or None. Raises UserError for a malformed barcode."""
    code = normalise_barcode(barcode)
    with db.read() as s:
        c = s.execute(select(LibraryCopy).where(LibraryCopy.barcode == code)).scalar()
        if c is None:
            return None
        d = _open_due(s, c.id)
        held = s.execute(
            select(LibraryHold.id).where(LibraryHold.copy_id == c.id, LibraryHold.status == "ready")
        ).first()
        return CopyRow(
            c.id,
            c.barcode,
            c.title,
            c.author,
            hyphenated(c.isbn),
            c.call_number,
            c.owner,
            _state(c.status, d, held is not None),
            d,
        )


def _open_due(s: Session, copy_id: int):
    return s.execute(
        select(LibraryLoan.due_on).where(LibraryLoan.copy_id == copy_id, LibraryLoan.returned_at.is_(None))
    ).scalar()


@checked
def copy_counts(db: Database) -> dict[str, int]:
    """Copies in the collection by owner, and how many are on loan (the catalogue's header line)."""
    with db.read() as s:
        by_owner = dict(
            s.execute(
                select(LibraryCopy.owner, func.count())
                .where(LibraryCopy.status == AVAILABLE)
                .group_by(LibraryCopy.owner)
            ).all()
        )
        on_loan = s.execute(
            select(func.count()).select_from(LibraryLoan).where(LibraryLoan.returned_at.is_(None))
        ).scalar()
    return {
        OWNER_ROOM: by_owner.get(OWNER_ROOM, 0),
        OWNER_DISTRICT: by_owner.get(OWNER_DISTRICT, 0),
        "on_loan": int(on_loan or 0),
    }
