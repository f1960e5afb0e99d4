"""Register, change, archive and find residents."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field, fields, replace
from operator import itemgetter

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import audit, clock, field_labels
from app.accounts.permissions import EDIT_RESIDENTS, require
from app.accounts.privacy import mask_phone, may_see_full_ids, may_see_phones
from app.actor import Actor
from app.boundary import checked
from app.errors import NotFound, UserError, ValidationError
from app.i18n import translate
from app.residents.idnumbers import age_on, mask_id_number, parse_id_number
from app.residents.phones import normalise_phone
from app.residents.search_keys import classify_query, name_keys, reversed_digits
from app.residents.tags import ALL_TAGS
from app.typed import search_text
from db.engine import Database, translate_errors
from db.models import Resident, ResidentTag

MAX_NAME = 50
MAX_NOTES = 2000


@dataclass
class ResidentInput:
    """What the add/edit form collects; strings as typed."""

    name: str = ""
    gender: str | None = None
    birth_date: dt.date | None = None
    id_number: str = ""
    phone: str = ""
    building: str = ""
    unit: str = ""
    room: str = ""
    household: str = ""
    is_local: bool = True
    emergency_contact: str = ""
    emergency_phone: str = ""
    notes: str = ""
    tags: dict[str, str] = field(default_factory=dict)  # tag -> detail ("" when none)


@dataclass(frozen=True)
class ResidentRow:
    """One line of a list or search result."""

    id: int
    name: str
    gender: str | None
    birth_date: dt.date | None
    id_number: str | None
    phone: str | None
    building: str | None
    unit: str | None
    room: str | None
    archived: bool

    @property
    def masked_id(self) -> str:
        return mask_id_number(self.id_number)

    @property
    def address(self) -> str:
        return format_address(self.building, self.unit, self.room)

    def age(self, day: dt.date | None = None) -> int | None:
        return age_on(self.birth_date, day or clock.today())


@dataclass(frozen=True)
class ResidentDetail:
    row: ResidentRow
    household: str | None
    is_local: bool
    emergency_contact: str | None
    emergency_phone: str | None
    notes: str | None
    tags: dict[str, str]
    created_at: dt.datetime
    updated_at: dt.datetime
    archived_at: dt.datetime | None
    archive_reason: str | None

    def to_input(self) -> ResidentInput:
        r = self.row
        return ResidentInput(
            name=r.name,
            gender=r.gender,
            birth_date=r.birth_date,
            id_number=r.id_number or "",
            phone=r.phone or "",
            building=r.building or "",
            unit=r.unit or "",
            room=r.room or "",
            household=self.household or "",
            is_local=self.is_local,
            emergency_contact=self.emergency_contact or "",
            emergency_phone=self.emergency_phone or "",
            notes=self.notes or "",
            tags=dict(self.tags),
        )


class PossibleDuplicate(UserError):
    """Someone with the same name and birth date is registered already; the user may confirm."""

    def __init__(self, message: str, other_id: int) -> None:
        super().__init__(message, field="name")
        self.other_id = other_id


def format_address(building: str | None, unit: str | None, room: str | None) -> str:
    parts = []
    if building:
        parts.append(translate("Residents", "Bldg {b}").format(b=building))
    if unit:
        parts.append(translate("Residents", "Unit {u}").format(u=unit))
    if room:
        parts.append(translate("Residents", "Room {r}").format(r=room))
    return " ".join(parts)


def _bad_text(value: str) -> bool:
    return any((ord(c) < 32 and c not in "\t\n") or c == "\x7f" for c in value)


def validate_resident(inp: ResidentInput, today: dt.date | None = None) -> tuple[ResidentInput, dict[str, str]]:
    """Check every field; return the cleaned input and {field: message}. Pure: the form calls it per keystroke."""
    today = today or clock.today()
    errors: dict[str, str] = {}
    out = replace(inp, tags=dict(inp.tags))
    out.name = " ".join((inp.name or "").split())
    if not out.name:
        errors["name"] = translate("Residents", "Enter the resident's name.")
    elif len(out.name) > MAX_NAME:
        errors["name"] = field_labels.too_long("name", MAX_NAME, len(out.name), "ResidentInput")
    elif _bad_text(out.name):
        errors["name"] = translate("Residents", "The name contains control characters.")
    if out.gender not in (None, "M", "F"):
        errors["gender"] = translate("Residents", "Choose male or female.")
    if out.birth_date is not None and (out.birth_date > today or out.birth_date.year < 1880):
        errors["birth_date"] = translate("Residents", "The birth date cannot be in the future or before 1880.")
    id_text = (inp.id_number or "").strip()
    out.id_number = ""
    if id_text:
        try:
            info = parse_id_number(id_text, today=today)
        except UserError as exc:
            errors["id_number"] = exc.message
        else:
            out.id_number = info.number
            if out.birth_date is None:
                out.birth_date = info.birth_date
            elif out.birth_date != info.birth_date:
                errors["birth_date"] = translate(
                    "Residents", "The birth date does not match the ID number ({d})."
                ).format(d=info.birth_date.isoformat())
            if out.gender is None:
                out.gender = info.gender
            elif out.gender != info.gender:
                errors["gender"] = translate("Residents", "The gender does not match the ID number.")
    for fld in ("phone", "emergency_phone"):
        raw = (getattr(inp, fld) or "").strip()
        setattr(out, fld, "")
        if raw:
            try:
                setattr(out, fld, normalise_phone(raw))
            except UserError as exc:
                errors[fld] = exc.message
    for fld, limit in (("building", 20), ("unit", 20), ("room", 20), ("household", 50), ("emergency_contact", 50)):
        value = (getattr(inp, fld) or "").strip()
        setattr(out, fld, value)
        if len(value) > limit:
            errors[fld] = field_labels.too_long(fld, limit, len(value), "ResidentInput")
        elif _bad_text(value):
            errors[fld] = translate("Residents", "Contains control characters.")
    out.notes = inp.notes or ""
    if len(out.notes) > MAX_NOTES:
        errors["notes"] = field_labels.too_long("notes", MAX_NOTES, len(out.notes), "ResidentInput")
    elif "\x00" in out.notes:  # PostgreSQL cannot store NUL in text; SQLite did, so both refuse it
        errors["notes"] = translate("Residents", "Contains control characters.")
    for tag, detail in out.tags.items():
        if tag not in ALL_TAGS:
            errors["tags"] = translate("Residents", "Unknown category tag: {t}").format(t=tag)
        elif len(detail or "") > 100:
            errors["tags"] = translate("Residents", "A tag's detail is limited to 100 characters.")
    return out, errors


def _snapshot(r: Resident) -> dict[str, object]:
    return {
        "name": r.name,
        "gender": r.gender,
        "birth_date": r.birth_date,
        "id_number": mask_id_number(r.id_number),
        "phone": r.phone,
        "building": r.building,
        "unit": r.unit,
        "room": r.room,
        "household": r.household,
        "is_local": r.is_local,
        "emergency_contact": r.emergency_contact,
        "emergency_phone": r.emergency_phone,
        "notes": r.notes,
        "tags": {t.tag: t.detail or "" for t in r.tags},
    }


def _apply(r: Resident, clean: ResidentInput) -> None:
    r.name = clean.name
    r.gender = clean.gender
    r.birth_date = clean.birth_date
    r.id_number = clean.id_number or None
    r.phone = clean.phone or None
    r.building = clean.building or None
    r.unit = clean.unit or None
    r.room = clean.room or None
    r.household = clean.household or None
    r.is_local = clean.is_local
    r.emergency_contact = clean.emergency_contact or None
    r.emergency_phone = clean.emergency_phone or None
    r.notes = clean.notes or None
    set_name_keys(r, clean.name)
    r.id_reversed = reversed_digits(r.id_number)
    r.phone_reversed = reversed_digits(r.phone)
    current = {t.tag: t for t in r.tags}
    for tag in list(current):
        if tag not in clean.tags:
            r.tags.remove(current[tag])
    for tag, detail in clean.tags.items():
        if tag in current:
            current[tag].detail = detail or None
        else:
            r.tags.append(ResidentTag(tag=tag, detail=detail or None))


def set_name_keys(r: Resident, name: str) -> None:
    """Fill the resident's pinyin search keys from `name`: the surname reading, and the ordinary one when it
    differs (app.residents.search_keys.name_keys)."""
    (r.name_pinyin, r.name_initials), alt = name_keys(name)
    r.name_pinyin_alt, r.name_initials_alt = alt if alt is not None else (None, None)


def _check_duplicates(s: Session, clean: ResidentInput, self_id: int | None, confirm: bool) -> None:
    if clean.id_number:
        other = s.execute(
            select(Resident.id, Resident.name, Resident.archived_at).where(
                Resident.id_number == clean.id_number, Resident.id != (self_id or -1)
            )
        ).first()
        if other is not None:
            msg = translate("Residents", "This ID number is already registered to {name}.").format(name=other.name)
            if other.archived_at is not None:
                msg += " " + translate("Residents", "That record is archived: restore it instead of adding a new one.")
            raise ValidationError({"id_number": msg})
    if clean.birth_date is not None and not confirm:
        other_id = s.execute(
            select(Resident.id).where(
                Resident.name == clean.name,
                Resident.birth_date == clean.birth_date,
                Resident.id != (self_id or -1),
            )
        ).scalar()
        if other_id is not None:
            raise PossibleDuplicate(
                translate("Residents", "{name}, born {d}, is already registered. Is this the same person?").format(
                    name=clean.name, d=clean.birth_date.isoformat()
                ),
                other_id,
            )


@checked
def create_resident(db: Database, actor: Actor, inp: ResidentInput, *, confirm_duplicate: bool = False) -> int:
    require(actor, EDIT_RESIDENTS)
    clean, errors = validate_resident(inp)
    if errors:
        raise ValidationError(errors)
    with db.write() as s:
        _check_duplicates(s, clean, None, confirm_duplicate)
        r = insert_resident(s, clean)
        s.flush()
        audit.record(s, actor, "create", "resident", r.id, r.name, None, _snapshot(r))
        return r.id


def insert_resident(s: Session, clean: ResidentInput) -> Resident:
    """Add a resident from input already cleaned by `validate_resident` to the caller's unit of work (not flushed,
    not audited: the caller does both; `create_resident` and the spreadsheet import, app.imports, share it)."""
    now = clock.now()
    r = Resident(created_at=now, updated_at=now)
    _apply(r, clean)
    s.add(r)
    return r


def change_resident(s: Session, actor: Actor, r: Resident, clean: ResidentInput) -> None:
    """Give resident `r` the values of `clean` (cleaned by `validate_resident`) inside the caller's unit of work,
    audited with the fields that changed (`update_resident` and the import's "update" choice share it)."""
    before = _snapshot(r)
    _apply(r, clean)
    r.updated_at = clock.now()
    b, a = audit.changed_fields(before, _snapshot(r))
    if a:
        audit.record(s, actor, "change", "resident", r.id, r.name, b, a)


@checked
def update_resident(
    db: Database, actor: Actor, resident_id: int, inp: ResidentInput, *, confirm_duplicate: bool = False
) -> None:
    require(actor, EDIT_RESIDENTS)
    clean, errors = validate_resident(_keep_masked_phones(db, resident_id, _keep_masked_id(db, resident_id, inp)))
    if errors:
        raise ValidationError(errors)
    with db.write() as s:
        r = s.get(Resident, resident_id)
        if r is None:
            raise NotFound(translate("Residents", "This resident no longer exists."))
        if r.archived_at is not None:
            raise UserError(translate("Residents", "This resident is archived: restore the record before changing it."))
        _check_duplicates(s, clean, resident_id, confirm_duplicate)
        change_resident(s, actor, r, clean)


def _keep_masked_id(db: Database, resident_id: int, inp: ResidentInput) -> ResidentInput:
    """A form filled from a masked record (see get_resident) sends the mask back: that means "unchanged"."""
    typed = (inp.id_number or "").strip()
    if "*" not in typed:
        return inp
    with db.read() as s:
        stored = s.execute(select(Resident.id_number).where(Resident.id == resident_id)).scalar()
    return replace(inp, id_number=stored) if stored and mask_id_number(stored) == typed else inp


def may_see_full_id(actor: Actor | None) -> bool:
    """Whether reads for `actor` carry full ID numbers: roles that may reveal one (REVEAL_ID); everyone else gets
    them masked. SEE_FULL_ID alone (the volunteer coordinator) is for a document that requires the number, through
    that document's own audited path (`volunteers.certificates.full_id_number`), not for lists and records.
    The rule itself: `app.accounts.privacy.may_see_full_ids`."""
    return may_see_full_ids(actor)


def _masks_phones(actor: Actor | None) -> bool:
    """Whether reads told who asks mask phones: for a role without SEE_PHONES (`privacy.may_see_phones`). A read
    not told who asks (actor None) leaves phones as stored: screens call it so and show each phone through
    `privacy.shown_phone`."""
    return actor is not None and not may_see_phones(actor)


def _mask_row_phones(rows: list[ResidentRow], actor: Actor | None) -> list[ResidentRow]:
    if _masks_phones(actor):
        for row in rows:
            row.__dict__["phone"] = mask_phone(row.phone) or row.phone
    return rows


def _keep_masked_phones(db: Database, resident_id: int, inp: ResidentInput) -> ResidentInput:
    """A form filled from a record read with masked phones (a role without SEE_PHONES) sends the masks back: that
    means "unchanged", like a masked ID number (`_keep_masked_id`)."""
    typed = {k: (getattr(inp, k) or "").strip() for k in ("phone", "emergency_phone")}
    if not any("*" in v for v in typed.values()):
        return inp
    with db.read() as s:
        stored = s.execute(select(Resident.phone, Resident.emergency_phone).where(Resident.id == resident_id)).first()
    if stored is None:
        return inp
    keep = {}
    for key, value in zip(("phone", "emergency_phone"), stored, strict=True):
        if "*" in typed[key] and value and mask_phone(value) == typed[key]:
            keep[key] = value
    return replace(inp, **keep) if keep else inp


def _masked(rows: list[ResidentRow], actor: Actor | None, db: Database | None = None) -> list[ResidentRow]:
    """Mask the rows' ID numbers unless `actor` may see full numbers; full numbers handed out are audited (one entry
    naming the residents by id) when `db` is given (issue 12 item 3). Phones are masked for a role without
    SEE_PHONES (`_mask_row_phones`)."""
    _mask_row_phones(rows, actor)
    if not may_see_full_id(actor):
        for row in rows:
            row.__dict__["id_number"] = mask_id_number(row.id_number) or row.id_number
        return rows
    shown = [row.id for row in rows if row.id_number]
    if db is not None and shown and actor is not None:
        with db.write() as s:
            one = shown[0] if len(shown) == 1 else None
            audit.record(
                s,
                actor,
                "reveal_id",
                "resident",
                one,
                audit.message("privacy.ids_in_list", n=len(shown)),
                None,
                {"ids": shown},
            )
    return rows


@checked
def archive_resident(db: Database, actor: Actor, resident_id: int, reason: str) -> None:
    require(actor, EDIT_RESIDENTS)
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": translate("Residents", "Say why the record is archived.")})
    with db.write() as s:
        r = s.get(Resident, resident_id)
        if r is None:
            raise NotFound(translate("Residents", "This resident no longer exists."))
        if r.archived_at is not None:
            raise UserError(translate("Residents", "This resident is already archived."))
        r.archived_at = clock.now()
        r.archived_by_id = actor.user_id
        r.archive_reason = reason
        audit.record(s, actor, "archive", "resident", r.id, reason, {"archived": False}, {"archived": True})


@checked
def restore_resident(db: Database, actor: Actor, resident_id: int) -> None:
    require(actor, EDIT_RESIDENTS)
    with db.write() as s:
        r = s.get(Resident, resident_id)
        if r is None:
            raise NotFound(translate("Residents", "This resident no longer exists."))
        if r.archived_at is None:
            return
        r.archived_at = None
        r.archived_by_id = None
        r.archive_reason = None
        audit.record(s, actor, "restore", "resident", r.id, r.name, {"archived": True}, {"archived": False})


_ROW_COLUMNS = "r.id, r.name, r.gender, r.birth_date, r.id_number, r.phone, r.building, r.unit, r.room, r.archived_at"


_ROW_FIELDS = tuple(f.name for f in fields(ResidentRow))
_new_row = object.__new__


def _row(t) -> ResidentRow:
    bd = t[3]
    if isinstance(bd, str):
        bd = dt.date.fromisoformat(bd[:10])
    # Search builds 50 of these per keystroke: filling __dict__ skips the frozen dataclass's per-field
    # object.__setattr__ (a third of the search time); the result equals ResidentRow(...) field for field.
    row = _new_row(ResidentRow)
    row.__dict__.update(
        zip(_ROW_FIELDS, (t[0], t[1], t[2], bd, t[4], t[5], t[6], t[7], t[8], t[9] is not None), strict=True)
    )
    return row


@checked
def get_resident(db: Database, resident_id: int, *, actor: Actor | None = None) -> ResidentDetail:
    """One resident's record. The ID number is masked (`320302********1234`) unless `actor` may see full numbers
    (`may_see_full_id`); a screen shows a full number only through `privacy.reveal_id_number` (audited). When the
    full number is returned, the reveal is in the audit trail (action "reveal_id", entity "resident"; issue 12
    item 3). Phones (the resident's and the emergency contact's) are masked when `actor` is given and may not see
    phones (SEE_PHONES, `app.accounts.privacy`)."""
    full = may_see_full_id(actor)
    masks_phones = _masks_phones(actor)
    with db.write() if full else db.read() as s:
        r = s.get(Resident, resident_id)
        if r is None:
            raise NotFound(translate("Residents", "This resident no longer exists."))
        if full and r.id_number and actor is not None:
            audit.record(s, actor, "reveal_id", "resident", resident_id, audit.message("privacy.id_shown"))
        row = ResidentRow(
            r.id,
            r.name,
            r.gender,
            r.birth_date,
            r.id_number if full else (mask_id_number(r.id_number) or r.id_number),
            mask_phone(r.phone) if masks_phones else r.phone,
            r.building,
            r.unit,
            r.room,
            r.archived_at is not None,
        )
        return ResidentDetail(
            row=row,
            household=r.household,
            is_local=r.is_local,
            emergency_contact=r.emergency_contact,
            emergency_phone=mask_phone(r.emergency_phone) if masks_phones else r.emergency_phone,
            notes=r.notes,
            tags={t.tag: t.detail or "" for t in r.tags},
            created_at=r.created_at,
            updated_at=r.updated_at,
            archived_at=r.archived_at,
            archive_reason=r.archive_reason,
        )


def _raw(db: Database, s: Session, sql: str, params: list[object] | tuple[object, ...]):
    """Run a hand-written statement (written with ? placeholders) on either backend."""
    if not db.is_sqlite:
        sql = sql.replace("?", "%s")
    return s.connection().exec_driver_sql(sql, tuple(params)).all()


@checked
def find_by_id_number(db: Database, number: str, *, actor: Actor | None = None) -> ResidentRow | None:
    """Exact lookup for a scanned ID card (a 15-digit number is upgraded first); the row's number is masked
    unless `actor` may see full numbers, and then the reveal is audited (entity "resident"; issue 12 item 3)."""
    try:
        info = parse_id_number(number)
    except UserError:
        return None
    full = may_see_full_id(actor)
    with db.write() if full else db.read() as s:
        rows = _raw(db, s, f"SELECT {_ROW_COLUMNS} FROM residents r WHERE r.id_number = ?", [info.number])
        if rows and full and actor is not None:
            audit.record(s, actor, "reveal_id", "resident", rows[0][0], audit.message("privacy.id_scanned"))
    return _masked([_row(rows[0])], actor)[0] if rows else None


_TOP = "\U0010ffff"


_ARM_COLUMNS = "id, name, gender, birth_date, id_number, phone, building, unit, room, archived_at, name_pinyin"


def search_sql(text: str, limit: int, include_archived: bool, *, postgresql: bool = False) -> tuple[str, list[object]]:
    """The one SQL statement behind search-as-you-type: the index range scans of every key column, each its first
    `limit` rows in full, side by side (UNION ALL); `rank_search_rows` merges and ranks them.

    Rows: the resident's columns (`_ROW_COLUMNS`), name_pinyin, then the arm's rank (1 the best). Each arm reads its
    rows straight from its index range and the table, nothing more: no join back to residents, no grouping or
    sorting in SQL (issue 15: the join and the GROUP BY / ORDER BY over temporary B-trees made a keystroke twice
    the hand-written per-column queries; the merge of at most 4 × `limit` rows is cheaper in Python).

    Written with ? placeholders. A prefix is the range [q, q + U+10FFFF), which is right only in code-point
    order: SQLite compares text that way (BINARY); on PostgreSQL (`postgresql=True`) the comparisons say
    COLLATE "C", because a server's database may sort by zh_CN or en_US rules. Exposed so the benchmark can run
    the very same statement through plain sqlite3 or psycopg.
    """
    q = search_text(text)
    kind = classify_query(q)
    arms: list[tuple[str, str, str]] = []  # (column, low, rank)
    if kind == "digits":
        qu = q.upper()
        arms.append(("phone", q, "1"))
        arms.append(("phone_reversed", q[::-1], "2"))
        arms.append(("id_reversed", qu[::-1], "3"))
        arms.append(("id_number", qu, "4"))
    elif kind == "latin":
        ql = q.lower().replace(" ", "").replace("ü", "v")
        arms.append(("name_initials", ql, "1"))
        arms.append(("name_initials_alt", ql, "1"))
        arms.append(("name_pinyin", ql, "2"))
        arms.append(("name_pinyin_alt", ql, "2"))
    else:
        arms.append(("name", " ".join(text.split()), "1"))  # as typed: a name is not width-folded
    active = "" if include_archived else " AND archived_at IS NULL"
    parts = []
    params: list[object] = []
    collate = ' COLLATE "C"' if postgresql else ""
    for n, (col, low, rank) in enumerate(arms):
        key = f"{col}{collate}"
        arm = (
            f"SELECT {_ARM_COLUMNS}, {rank} AS rk FROM residents WHERE {key} >= ? AND {key} < ?{active} "
            f"ORDER BY {key} LIMIT ?"
        )
        # an arm with its own ORDER BY and LIMIT is a subquery inside a UNION ALL; alone it runs as it is
        parts.append(f"SELECT * FROM ({arm}) a{n}" if len(arms) > 1 else arm)
        params += [low, low + _TOP, limit]
    return " UNION ALL ".join(parts), params


def inside_name_sql(
    text: str, limit: int, include_archived: bool, *, postgresql: bool = False
) -> tuple[str, list[object]] | None:
    """The statement that finds a typed name anywhere in residents' names (浩淑 in 白浩淑, 龘 in 𠀾䶮龘), or None
    when the text has no Chinese character (Latin letters and digits are key prefixes, `search_sql`).

    Run after `search_sql` and only when its prefix rows leave room under `limit`: its rows rank after them
    (rank 2, same row shape), and a common first character (王) fills the page with prefixes alone. Reads
    resident_name_grams (db.name_grams): one or two characters are a gram, one index range; a longer text must
    hold its first and last pairs (the gram index twice) and then the whole text, checked against the few names
    left. Rows in resident id order, the gram index's own. Written with ? placeholders, like `search_sql`."""
    q = search_text(text)
    if classify_query(q) != "name":
        return None
    name = " ".join(text.split())
    if not has_cjk(name):
        return None
    cols = ", ".join(f"r.{c}" for c in _ARM_COLUMNS.split(", "))
    sql = f"SELECT {cols}, 2 AS rk FROM resident_name_grams g JOIN residents r ON r.id = g.resident_id WHERE g.gram = ?"
    params: list[object] = [name[:2]]
    if len(name) > 2:
        contains = "strpos(r.name, ?) > 0" if postgresql else "instr(r.name, ?) > 0"
        sql += (
            " AND EXISTS (SELECT 1 FROM resident_name_grams g2 WHERE g2.gram = ? AND g2.resident_id = g.resident_id)"
            f" AND {contains}"
        )
        params += [name[-2:], name]
    active = "" if include_archived else " AND r.archived_at IS NULL"
    return f"{sql}{active} ORDER BY g.resident_id LIMIT ?", [*params, limit]


def has_cjk(text: str) -> bool:
    """Whether `text` holds a Chinese character (any CJK ideograph block, the rare extensions included): only such
    a query also looks inside names (a Latin or digit query is a key prefix)."""
    return any(_is_cjk(c) for c in text)


def _is_cjk(c: str) -> bool:
    o = ord(c)
    return (
        0x3400 <= o <= 0x9FFF  # Extension A, Unified Ideographs
        or 0xF900 <= o <= 0xFAFF  # Compatibility Ideographs
        or 0x20000 <= o <= 0x3FFFF  # Extensions B … and the supplementary ideographic planes
        or c == "\u3007"  # 〇
    )


_SEARCH_ORDER = itemgetter(11, 10, 0)  # rank, name_pinyin (never NULL), id


def rank_search_rows(rows: list[tuple], limit: int) -> list[tuple]:
    """The rows of `search_sql` merged: each resident once, at the best rank any arm gave, ordered by rank, then
    pinyin (code-point order, on both backends), then id; at most `limit`. Same row shape as given."""
    out: list[tuple] = []
    seen: set[int] = set()
    for t in sorted(rows, key=_SEARCH_ORDER):  # a resident's best rank comes first
        if t[0] not in seen:
            seen.add(t[0])
            out.append(t)
            if len(out) == limit:
                break
    return out


def _search_rows(rows: list[tuple], *, mask: bool) -> list[ResidentRow]:
    """ResidentRow for each row of `_ROW_COLUMNS` (a search builds 50 per keystroke), the ID number masked when
    `mask`, in one pass. Equal field for field to ResidentRow(...) (tests/residents); the frozen dataclass's
    per-field object.__setattr__ is skipped by setting the instance's __dict__ whole."""
    new, put, iso, masked = object.__new__, object.__setattr__, dt.date.fromisoformat, mask_id_number
    out = []
    for t in rows:
        bd = t[3]
        if bd.__class__ is str:
            bd = iso(bd[:10])
        number = t[4]
        row = new(ResidentRow)
        put(row, "__dict__", {"id": t[0], "name": t[1], "gender": t[2], "birth_date": bd,
                              "id_number": masked(number) if mask and number else number, "phone": t[5],
                              "building": t[6], "unit": t[7], "room": t[8], "archived": t[9] is not None})  # fmt: skip
        out.append(row)
    return out


@checked
def search_residents(
    db: Database, text: str, *, limit: int = 50, include_archived: bool = False, actor: Actor | None = None
) -> list[ResidentRow]:
    """Residents matching a name (its start, or for Chinese text anywhere in it), pinyin initials or full pinyin,
    phone, or ID digits (prefix or last digits): at most `limit`, the best match first (search_sql, then
    inside_name_sql when the prefixes leave room; rank_search_rows). ID numbers come masked unless `actor`
    may see full numbers; phones masked when `actor` is given and may not see them (SEE_PHONES)."""
    q = search_text(text)
    if not q or len(q) > 40:
        return []
    postgresql = not db.is_sqlite
    sql, params = search_sql(text, limit, include_archived, postgresql=postgresql)
    inside = inside_name_sql(text, limit, include_archived, postgresql=postgresql)
    if db.is_sqlite:
        # Per keystroke: one pooled DB-API connection, no ORM session (each statement is a single read, atomic
        # on its own under the driver's autocommit; see db.engine).
        with translate_errors(db.path):
            conn = db.engine.raw_connection()
            try:
                rows = conn.driver_connection.execute(sql, params).fetchall()
                if inside is not None and len({t[0] for t in rows}) < limit:
                    rows += conn.driver_connection.execute(*inside).fetchall()
            finally:
                conn.close()
    else:
        with db.read() as s:
            rows = _raw(db, s, sql, params)
            if inside is not None and len({t[0] for t in rows}) < limit:
                rows += _raw(db, s, *inside)
    full = may_see_full_id(actor)
    found = _search_rows(rank_search_rows(rows, limit), mask=not full)
    return (
        _masked(found, actor, db) if full else _mask_row_phones(found, actor)
    )  # full numbers handed out are audited there


@checked
def count_residents(db: Database, include_archived: bool = False) -> int:
    with db.read() as s:
        stmt = select(func.count()).select_from(Resident)
        if not include_archived:
            stmt = stmt.where(Resident.archived_at.is_(None))
        return int(s.execute(stmt).scalar_one())


@checked
def page_residents(
    db: Database,
    after: tuple[str, int] | None,
    limit: int,
    include_archived: bool = False,
    *,
    actor: Actor | None = None,
) -> list[tuple[tuple[str, int], ResidentRow]]:
    """Browse residents in pinyin order, one keyset page at a time: ((name_pinyin, id), row) pairs; ID numbers
    masked unless `actor` may see full numbers; phones masked when `actor` is given and may not see them."""
    cond = "" if include_archived else "r.archived_at IS NULL"
    params: list[object] = []
    where = []
    if cond:
        where.append(cond)
    if after is not None:
        where.append("(r.name_pinyin, r.id) > (?, ?)")
        params += [after[0], after[1]]
    sql = f"SELECT {_ROW_COLUMNS}, r.name_pinyin FROM residents r"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY r.name_pinyin, r.id LIMIT ?"
    params.append(limit)
    with db.read() as s:
        rows = _raw(db, s, sql, params)
    return [((t[10], t[0]), row) for t, row in zip(rows, _masked([_row(t) for t in rows], actor, db), strict=True)]


def as_dict(detail: ResidentDetail) -> dict[str, object]:
    return asdict(detail)
