"""Personal data under the personal information protection law: full ID numbers are shown one resident at a
time to the roles that may see them, and every reveal and every export of personal data is in the audit trail."""

from __future__ import annotations

from sqlalchemy import select

from app import audit
from app.accounts.permissions import EXPORT_PERSONAL_DATA, REVEAL_ID, require
from app.actor import Actor
from app.boundary import checked
from app.errors import NotFound
from app.i18n import translate
from db.engine import Database
from db.models import Resident


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
