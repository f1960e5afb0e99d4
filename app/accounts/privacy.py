"""Personal data under the personal information protection law: full ID numbers are shown one resident at a
time to the roles that may see them, and every reveal and every export of personal data is in the audit trail.

The one rule for each kind of number, for screens, lists, exports and messages alike (DOMAIN.md "Privacy"):

- **ID numbers**: masked (`320302********1234`) everywhere. A read returns them in full only to a role that may
  reveal one (REVEAL_ID, `may_see_full_ids`); a screen shows one only when asked (`reveal_id_number`, audited). A
  list export (`may_export_full_ids`) carries them in full only for a role that may see them in reads (REVEAL_ID),
  export a document that needs them (SEE_FULL_ID) and export personal data (EXPORT_PERSONAL_DATA): no role but the
  administrator; the front desk, which sees the list masked and reveals one resident at a time, exports it masked.
- **Phones**: in full to the roles that call people (SEE_PHONES: front desk, childcare, volunteers, book room,
  health, administrator), masked (`138****5678`, `mask_phone`) for everyone else (the canteen cashier), on screen
  and in every export alike (`shown_phone`).
"""

from __future__ import annotations

from sqlalchemy import select

from app import audit
from app.accounts.permissions import EXPORT_PERSONAL_DATA, REVEAL_ID, SEE_FULL_ID, SEE_PHONES, may, require
from app.actor import Actor
from app.boundary import checked
from app.errors import NotFound
from app.i18n import translate
from db.engine import Database
from db.models import Resident


def mask_phone(phone: str | None) -> str:
    """A phone as the log shows it (app.logs.redact): a mobile keeps its first 3 and last 4 digits
    (`138****5678`); any other number only its last 4 (`****1234`); fewer than 5 digits are all starred.
    Separators are dropped; a value masked already stays as it is."""
    if not phone:
        return ""
    if "*" in str(phone):  # masked already
        return str(phone)
    digits = "".join(c for c in str(phone) if c.isdigit())
    if len(digits) == 11 and digits.startswith("1"):
        return f"{digits[:3]}****{digits[-4:]}"
    if len(digits) <= 4:
        return "*" * len(digits)
    return "*" * (len(digits) - 4) + digits[-4:]


def mask_name(name: str | None) -> str:
    """A name as a message that leaves the screen shows another person's: its first character and a star for each
    of the others (`张**`, `欧阳**`→`欧***`); a one-character name is one star."""
    text = "".join((name or "").split())
    if len(text) <= 1:
        return "*" * len(text)
    return text[0] + "*" * (len(text) - 1)


def may_see_phones(actor: Actor | None) -> bool:
    """Whether `actor` sees phone numbers in full (SEE_PHONES), on screen and in exports."""
    return may(actor, SEE_PHONES)


def shown_phone(actor: Actor | None, phone: str | None) -> str:
    """`phone` as `actor` may see it: in full for SEE_PHONES, else masked (`mask_phone`); '' when none."""
    if not phone:
        return ""
    return str(phone) if may_see_phones(actor) else mask_phone(phone)


def may_see_full_ids(actor: Actor | None) -> bool:
    """Whether reads for `actor` carry full ID numbers (REVEAL_ID; see the module docstring)."""
    return may(actor, REVEAL_ID)


def may_export_full_ids(actor: Actor | None) -> bool:
    """Whether a list export by `actor` carries full ID numbers: REVEAL_ID, SEE_FULL_ID and EXPORT_PERSONAL_DATA
    together (the administrator); never more than the role's own screens show (module docstring)."""
    return may_see_full_ids(actor) and may(actor, SEE_FULL_ID) and may(actor, EXPORT_PERSONAL_DATA)


@checked
def reveal_id_number(db: Database, actor: Actor, resident_id: int, where: str = "") -> str:
    """The full ID number of one resident (empty when none is registered); the reveal is audited."""
    require(actor, REVEAL_ID)
    with db.write() as s:
        number = s.execute(select(Resident.id_number).where(Resident.id == resident_id)).first()
        if number is None:
            raise NotFound(translate("Privacy", "This resident does not exist."))
        summary = audit.message("privacy.id_shown_where", where=where) if where else audit.message("privacy.id_shown")
        audit.record(s, actor, "reveal_id", "resident", resident_id, summary)
        return number[0] or ""


@checked
def record_export(
    db: Database, actor: Actor, what: str, entity: str = "", rows: int | None = None, detail: str = ""
) -> None:
    """Check the actor may export personal data and note the export in the audit trail, in its own unit of work.

    Call it before writing the file, so a refusal writes nothing. `what` says which document (e.g.
    "canteen settlement 2026-11"), `rows` how many people it lists.
    """
    require(actor, EXPORT_PERSONAL_DATA)
    with db.write() as s:
        audit_export(s, actor, what, entity, rows, detail)


def audit_export(session, actor: Actor, what: str, entity: str = "", rows: int | None = None, detail: str = "") -> None:
    """The same, inside the caller's unit of work (when the export itself writes, e.g. a numbered document)."""
    require(actor, EXPORT_PERSONAL_DATA)
    after = {"rows": rows} if rows is not None else None
    summary = audit.message("export.detail", what=what, detail=detail) if detail else audit.message("export", what=what)
    audit.record(session, actor, "export", entity or "personal_data", None, summary, None, after)
