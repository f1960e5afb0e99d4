"""The release rules: to whom a child may be handed at the end of the day (DOMAIN "Childcare", Sign-in / sign-out).

- A **blocked** adult (禁止接送, often a court order) never takes the child. There is no override: not by the
  desk, not by a supervisor, not by typing the same person in as an adult who is "not on the list". The attempt is
  refused and written to the audit trail in its own unit of work (the refused release itself rolls back).
- Every other refusal — an adult not authorised that day (not yet valid, expired), an emergency-only contact, a
  contact taken off the list, a child leaving alone without a guardian's written consent, an adult not on the
  list at all — can be overridden only with the approval of a signed-in account that holds `OVERRIDE_PICKUP`
  (checked here, against the account as it stands in the database, not only the `Actor` handed in), with a reason.
  The release row records the approver, the reason and what was overridden; reports mark it.
- An adult not on the list is recorded by name plus a phone number or an ID number (validated with the residents'
  helpers); only the masked ID number is stored.

`app.childcare.service.sign_out` applies these rules; this module holds them so they can be read in one place.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import unicodedata
from dataclasses import dataclass

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from app import audit, field_labels
from app.accounts.permissions import LIFT_PICKUP_BLOCK, OVERRIDE_PICKUP, may, permissions_of
from app.actor import Actor
from app.database import Database
from app.errors import UserError
from app.i18n import translate
from app.residents.idnumbers import mask_id_number, parse_id_number
from app.residents.phones import normalise_phone
from db.models import Resident, User, UserRole
from db.models.childcare import ChildContact

# What an override overrode (stored in childcare_attendance.override_kind).
NOT_VALID = "not_valid"  # a guardian or pick-up adult outside their authorisation dates
EMERGENCY = "emergency"  # an emergency-only contact
ARCHIVED = "archived"  # a contact taken off the child's list
ALONE = "alone"  # leaving alone without a guardian's written consent
UNLISTED = "unlisted"  # an adult not on the child's list at all
OVERRIDE_KINDS = (NOT_VALID, EMERGENCY, ARCHIVED, ALONE, UNLISTED)

NAME_MAX = 50


def override_kind_label(kind: str | None) -> str:
    return {
        NOT_VALID: translate("Childcare", "not authorised that day"),
        EMERGENCY: translate("Childcare", "emergency contact only"),
        ARCHIVED: translate("Childcare", "no longer on the list"),
        ALONE: translate("Childcare", "alone without consent"),
        UNLISTED: translate("Childcare", "not on the list"),
    }.get(kind or "", kind or "—")


@dataclass(frozen=True)
class Refusal:
    """Why a release is refused: `kind` is one of OVERRIDE_KINDS, or "blocked" (never overridable)."""

    kind: str
    message: str

    @property
    def blocked(self) -> bool:
        return self.kind == "blocked"


def blocked_message() -> str:
    return translate("Childcare", "This adult is BLOCKED from collecting the child. Do not release the child.")


def release_check(
    role: str, valid_from: dt.date | None, valid_to: dt.date | None, archived: bool, day: dt.date
) -> Refusal | None:
    """Why this contact may not collect the child on `day` (None when they may). A row whose role is `blocked`
    is refused as blocked whatever its dates or archive state: it is never a way to release the child."""
    if role == "blocked":
        return Refusal("blocked", blocked_message())
    if archived:
        return Refusal(ARCHIVED, translate("Childcare", "This adult is no longer on the child's list."))
    if role not in ("guardian", "pickup"):
        return Refusal(
            EMERGENCY,
            translate(
                "Childcare", "This adult is an emergency contact only and is not authorised to collect the child."
            ),
        )
    if valid_from is not None and day < valid_from:
        return Refusal(
            NOT_VALID,
            translate("Childcare", "This adult's authorisation starts on {day}.").format(day=valid_from.isoformat()),
        )
    if valid_to is not None and day > valid_to:
        return Refusal(
            NOT_VALID,
            translate("Childcare", "This adult's authorisation ended on {day}.").format(day=valid_to.isoformat()),
        )
    return None


def release_refusal(
    role: str, valid_from: dt.date | None, valid_to: dt.date | None, archived: bool, day: dt.date
) -> str | None:
    """Why this contact may not collect the child on `day`, or None when they may (the message only)."""
    refusal = release_check(role, valid_from, valid_to, archived, day)
    return refusal.message if refusal else None


def alone_refusal(consent_on_file: bool) -> str | None:
    if not consent_on_file:
        return translate("Childcare", "This child may not leave alone: no guardian's written consent is on file.")
    return None


def unlisted_refusal() -> Refusal:
    return Refusal(UNLISTED, translate("Childcare", "This adult is not on the child's list."))


# ---------------------------------------------------------------- an adult not on the list


@dataclass(frozen=True)
class UnlistedAdult:
    """An adult who is not on the child's list (an uncle sent by the parent): name, and a phone number or an ID
    number (or both) as shown at the desk. Checked at the typed boundary like every service input (types, lengths,
    control characters): `boundary_input` marks it."""

    boundary_input = True  # app.boundary checks it field by field (its name does not end in Input/Request/Filter)

    name: str
    phone: str = ""
    id_number: str = ""


@dataclass(frozen=True)
class CheckedAdult:
    name: str
    phone: str  # normalised (13812345678), or ""
    id_number: str  # the full 18-character number: compared with blocked adults, never stored
    id_masked: str  # what is stored and shown: 320302********1234


def _bad_text(value: str) -> bool:
    return any((ord(c) < 32) or c == "\x7f" for c in value)


def check_unlisted(adult: UnlistedAdult, today: dt.date | None = None) -> tuple[CheckedAdult | None, dict[str, str]]:
    """The cleaned adult, or None and {field: message} (fields `adult_name`, `adult_phone`, `adult_id`). Pure: the
    dialog calls it as the desk types."""
    errors: dict[str, str] = {}
    name = " ".join((adult.name or "").split())
    if not name:
        errors["adult_name"] = translate("Childcare", "Enter the name of the adult collecting the child.")
    elif _bad_text(adult.name or ""):
        errors["adult_name"] = translate(
            "Childcare", "The name contains a control character that cannot be stored; type it again."
        )
    elif len(name) > NAME_MAX:
        errors["adult_name"] = field_labels.too_long("adult_name", NAME_MAX, len(name))
    phone = ""
    if (adult.phone or "").strip():
        try:
            phone = normalise_phone(adult.phone)
        except UserError as exc:
            errors["adult_phone"] = exc.message
    id_number = ""
    if (adult.id_number or "").strip():
        try:
            id_number = parse_id_number(adult.id_number, today=today).number
        except UserError as exc:
            errors["adult_id"] = exc.message
    if not errors and not phone and not id_number:
        errors["adult_phone"] = translate("Childcare", "Enter the adult's phone number or ID number.")
    if errors:
        return None, errors
    return CheckedAdult(name, phone, id_number, mask_id_number(id_number)), {}


# ---------------------------------------------------------------- blocked adults of a child

_BLOCKED_Q = (
    select(
        ChildContact.id,
        ChildContact.resident_id,
        ChildContact.phone,
        ChildContact.id_last_digits,
        Resident.name,
        Resident.phone.label("resident_phone"),
        Resident.id_number,
    )
    .join(Resident, Resident.id == ChildContact.resident_id)
    .where(
        ChildContact.child_id == bindparam("child"),
        ChildContact.role == "blocked",
    )
)
# An archived blocked row still blocks: the block is about the person, and taking the row off the list is not a
# way to lift it (lifting is a change of role with an administrator's approval: `check_lift`).

_PERSON_Q = select(Resident.name, Resident.phone, Resident.id_number).where(Resident.id == bindparam("resident"))


def normalise_name(name: str | None) -> str:
    """A name as compared with blocked adults: NFKC (full-width letters), without any whitespace (also full-width
    and zero-width), format characters (Unicode category Cf), punctuation or symbols, case-folded, traditional
    characters as simplified (zhconv, offline). "马 秀建", "马　秀建", "马\u200b秀建", "马秀建." and "馬秀建" are one
    name."""
    text = unicodedata.normalize("NFKC", name or "")
    kept = "".join(ch for ch in text if unicodedata.category(ch)[0] not in ("Z", "C", "P", "S") and not ch.isspace())
    return _load_zhconv().convert(kept, "zh-cn").casefold()


@functools.cache
def _load_zhconv():
    """zhconv, imported on the first comparison (it imports pkg_resources, ~0.3 s: not while the childcare tab
    opens), with its dictionary loaded by its path: its own default loader leaves the file open (a
    ResourceWarning). The PyInstaller bundle must carry zhconv/zhcdict.json."""
    import zhconv
    import zhconv.zhconv

    zhconv.zhconv.loaddict(os.path.join(os.path.dirname(zhconv.zhconv.__file__), "zhcdict.json"))
    return zhconv


def _digits(phone: str | None) -> str:
    """A phone number as compared: normalised (+86 / 86 prefix, spaces, hyphens gone), or its digits."""
    text = phone or ""
    try:
        return normalise_phone(text)
    except UserError:
        digits = "".join(ch for ch in unicodedata.normalize("NFKC", text) if ch.isdigit())
        if len(digits) == 13 and digits.startswith("86"):
            digits = digits[2:]
        return digits


@dataclass(frozen=True)
class Person:
    """Who an adult is, as compared with the blocked adults of a child (any field may be empty)."""

    resident_id: int | None = None
    name: str = ""
    phone: str = ""
    id_number: str = ""  # the full number, or ""
    id_last_digits: str = ""  # last digits recorded on a contact row, or ""


def person_of_resident(s: Session, resident_id: int, phone: str = "", id_last_digits: str = "") -> Person:
    """The resident as a Person (plus a contact row's own phone and ID digits)."""
    row = s.connection().execute(_PERSON_Q, {"resident": resident_id}).first()
    if row is None:
        return Person(resident_id)
    phones = phone or row.phone or ""
    return Person(resident_id, row.name or "", phones, (row.id_number or "").upper(), (id_last_digits or "").upper())


def _same_person(row, p: Person) -> bool:
    if p.resident_id is not None and row.resident_id == p.resident_id:
        return True
    if p.name and normalise_name(row.name) and normalise_name(row.name) == normalise_name(p.name):
        return True
    row_phones = {_digits(row.phone), _digits(row.resident_phone)} - {""}
    if _digits(p.phone) and _digits(p.phone) in row_phones:
        return True
    row_id = (row.id_number or "").upper()
    row_last = (row.id_last_digits or "").upper()
    if p.id_number:
        if row_id and row_id == p.id_number:
            return True
        if len(row_last) >= 4 and p.id_number.endswith(row_last):
            return True
    if len(p.id_last_digits) >= 4 and row_id and row_id.endswith(p.id_last_digits):
        return True
    return False


def blocked_person_for(s: Session, child_id: int, person: Person, *, except_contact: int | None = None) -> int | None:
    """The id of a blocked contact of the child (archived or not) that `person` is, or None.

    A block is about the PERSON, not the contact row: the same resident, the same ID number (full, or the 4 or
    more last digits recorded on the blocked row), the same phone number (normalised) or the same name (normalised:
    `normalise_name`) is the blocked adult. A false match refuses a release that an administrator can resolve; a
    missed match could hand a child to a banned adult."""
    for row in s.connection().execute(_BLOCKED_Q, {"child": child_id}).all():
        if except_contact is not None and row.id == except_contact:
            continue
        if _same_person(row, person):
            return row.id
    return None


def blocked_contact_for(
    s: Session,
    child_id: int,
    *,
    resident_id: int | None = None,
    adult: CheckedAdult | None = None,
) -> int | None:
    """The id of a blocked contact of the child that this adult is (None when none matches): a resident (compared
    as a person: name, phone, ID number — a second resident record of the same person is the same person) or an
    adult typed in as "not on the list" (name, phone, ID number). See `blocked_person_for`."""
    if resident_id is not None:
        found = blocked_person_for(s, child_id, person_of_resident(s, resident_id))
        if found is not None:
            return found
    if adult is not None:
        return blocked_person_for(s, child_id, Person(None, adult.name, adult.phone, adult.id_number))
    return None


def blocked_match_message() -> str:
    return translate(
        "Childcare",
        "This adult matches an adult who is BLOCKED from collecting this child (same person, phone, ID number or "
        "name). They cannot be added to the child's list.",
    )


# ---------------------------------------------------------------- lifting a block


def lift_message() -> str:
    return translate(
        "Childcare",
        "Lifting a block (禁止接送) needs the approval of an administrator (another account) and a reason.",
    )


def check_lift(s: Session, actor: Actor, approver: Actor | None, reason: str) -> None:
    """A change that lifts a block (the role away from `blocked`, dates that no longer cover today, taking the row
    off the list) is allowed only with `approver`: another signed-in account that holds LIFT_PICKUP_BLOCK (checked
    in the database), and a reason. Raises UserError otherwise."""
    if approver is None or not (reason or "").strip():
        raise UserError(lift_message(), field="approver")
    if approver.user_id is None or approver.user_id == actor.user_id:
        raise UserError(same_account_message(), field="approver")
    user = s.get(User, approver.user_id)
    roles = set(s.scalars(select(UserRole.role).where(UserRole.user_id == approver.user_id)).all())
    if user is None or not user.active or LIFT_PICKUP_BLOCK not in permissions_of(roles):
        raise UserError(
            translate("Childcare", "{name} may not lift a block: only an administrator can.").format(
                name=approver.display_name
            ),
            field="approver",
        )


def same_account_message() -> str:
    return translate(
        "Childcare", "The approval must come from another person: the approver cannot be the account recording it."
    )


class BlockedAdult(UserError):
    """A release (or arrival) with a blocked adult: refused, no override exists. Carries what the audit entry of the
    attempt records (written by `_audit_blocked_attempt` in its own unit of work)."""

    def __init__(
        self,
        child_id: int,
        child_name: str,
        adult_name: str,
        contact_id: int | None,
        action: str,
        approver: Actor | None = None,
    ) -> None:
        super().__init__(blocked_message())
        self.child_id = child_id
        self.child_name = child_name
        self.adult_name = adult_name
        self.contact_id = contact_id
        self.action = action
        self.approver = approver


def _audit_blocked_attempt(db: Database, actor: Actor, exc: BlockedAdult) -> None:
    """Write the refused attempt to the audit trail in its own unit of work: the refused write rolled back, the
    record of the attempt must not. Not an entry point: called by sign_in/sign_out, whose actor was checked."""
    with db.write() as s:
        audit.record(
            s,
            actor,
            "blocked_refused",
            "childcare_child",
            exc.child_id,
            audit.message("childcare.blocked", child=exc.child_name, adult=exc.adult_name, step=exc.action),
            after={
                "child_id": exc.child_id,
                "contact_id": exc.contact_id,
                "adult": exc.adult_name,
                "action": exc.action,
                "approver": exc.approver.username if exc.approver else None,
            },
        )


# ---------------------------------------------------------------- the approver


def not_an_approver_message(approver: Actor | None) -> str:
    name = approver.display_name if approver is not None else "—"
    return translate(
        "Childcare", "{name} may not approve releasing a child: only childcare staff or an administrator can."
    ).format(name=name)


def check_approver(approver: Actor | None, actor: Actor | None = None) -> None:
    """Refuse (UserError) an approver who is not a signed-in account holding OVERRIDE_PICKUP, or who is the account
    recording the release (`actor`): four eyes."""
    if approver is None or approver.user_id is None or not may(approver, OVERRIDE_PICKUP):
        raise UserError(not_an_approver_message(approver), field="approver")
    if actor is not None and approver.user_id == actor.user_id:
        raise UserError(same_account_message(), field="approver")


def confirm_approver_in(s: Session, approver: Actor) -> None:
    """Inside the release's unit of work: the approving account exists, is active, and its roles as stored now
    hold OVERRIDE_PICKUP (an `Actor` built by a script with made-up roles approves nothing)."""
    user = s.get(User, approver.user_id)
    roles = set(s.scalars(select(UserRole.role).where(UserRole.user_id == approver.user_id)).all())
    if user is None or not user.active or OVERRIDE_PICKUP not in permissions_of(roles):
        raise UserError(not_an_approver_message(approver), field="approver")


def unlisted_label(name: str, phone: str, id_masked: str) -> str:
    """How an adult not on the list appears on the desk and in every report: name, not on the list, phone and the
    masked ID number."""
    parts = [p for p in (phone, id_masked) if p]
    return translate("Childcare", "{name} (not on the list: {details})").format(name=name, details=" · ".join(parts))
