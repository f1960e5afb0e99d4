"""The residents an import finds and writes: who a row is (by ID number, by name + birth date + phone, or — a row
with neither — by name + phone + address), what a stored record holds as form input, the sheet's values merged over
it, and new residents' rows written in batches (app.imports.service walks the rows and keeps the unit of work)."""

from __future__ import annotations

import dataclasses
import unicodedata
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from app.residents import service as residents
from app.residents.search_keys import name_keys, reversed_digits
from db.models import Resident

_BY_ID_NUMBER = select(Resident.id).where(Resident.id_number == bindparam("number"))
_BY_PERSON = (
    select(Resident.id)
    .where(Resident.name == bindparam("name"), Resident.birth_date == bindparam("birth"))
    .where(Resident.phone == bindparam("phone"))
    .order_by(Resident.id)
    .limit(1)
)
_BY_PERSON_NO_PHONE = (
    select(Resident.id)
    .where(Resident.name == bindparam("name"), Resident.birth_date == bindparam("birth"), Resident.phone.is_(None))
    .order_by(Resident.id)
    .limit(1)
)


def _same(column: Any, value: str) -> Any:
    return column == value if value else column.is_(None)


def plain_key(person: residents.ResidentInput) -> tuple[str, str, str, str, str]:
    """A row without ID number or birth date: name, phone and address, empties as "" (what `Parsed.keys` uses)."""
    return (person.name, person.phone or "", person.building or "", person.unit or "", person.room or "")


def _by_plain(person: residents.ResidentInput) -> Any:
    """A row without ID number or birth date is the resident with its name, phone and address (a 花名册 of names,
    phones and rooms imported twice must not register everyone twice)."""
    return (
        select(Resident.id)
        .where(
            Resident.name == person.name,
            _same(Resident.phone, person.phone),
            _same(Resident.building, person.building),
            _same(Resident.unit, person.unit),
            _same(Resident.room, person.room),
        )
        .order_by(Resident.id)
        .limit(1)
    )


def find_resident(s: Session, person: residents.ResidentInput) -> tuple[Resident | None, str]:
    """The registered resident this person is, by ID number, else by name + birth date + phone, else (no birth
    date) by name + phone + address; ("id"|"person").

    Prebuilt statements on the unit of work's connection (no autoflush: a row of this file not yet flushed is
    found by the importer's own keys first)."""
    conn = s.connection()
    if person.id_number:
        rid = conn.execute(_BY_ID_NUMBER, {"number": person.id_number}).scalar()
        if rid is not None:
            return s.get(Resident, rid), "id"
    if person.birth_date is not None:
        if person.phone:
            params = {"name": person.name, "birth": person.birth_date, "phone": person.phone}
            rid = conn.execute(_BY_PERSON, params).scalar()
        else:
            rid = conn.execute(_BY_PERSON_NO_PHONE, {"name": person.name, "birth": person.birth_date}).scalar()
        if rid is not None:
            return s.get(Resident, rid), "person"
    elif not person.id_number and (person.phone or person.building or person.room):
        rid = conn.execute(_by_plain(person)).scalar()
        if rid is not None:
            return s.get(Resident, rid), "person"
    return None, ""


def same_name(a: str | None, b: str | None) -> bool:
    """Whether two written names are one name: compared in NFKC without spaces or middle dots (`张 三` is `张三`,
    `阿依·木` is `阿依木`), so padding in a sheet is not a different person."""
    return name_key(a) == name_key(b)


def name_key(name: str | None) -> str:
    text = unicodedata.normalize("NFKC", name or "")
    return "".join(ch for ch in text if not ch.isspace() and ch not in "·•・.")


def find_adult(s: Session, adult: residents.ResidentInput) -> Resident | None:
    """A child's adult among the residents: by ID number, else by name + phone."""
    if adult.id_number:
        r = s.scalar(select(Resident).where(Resident.id_number == adult.id_number))
        if r is not None:
            return r
    if adult.phone:
        return s.scalar(
            select(Resident)
            .where(Resident.name == adult.name, Resident.phone == adult.phone)
            .order_by(Resident.id)
            .limit(1)
        )
    return None


def input_of(r: Resident) -> residents.ResidentInput:
    return residents.ResidentInput(
        name=r.name,
        gender=r.gender,
        birth_date=r.birth_date,
        id_number=r.id_number or "",
        phone=r.phone or "",
        building=r.building or "",
        unit=r.unit or "",
        room=r.room or "",
        household=r.household or "",
        is_local=r.is_local,
        emergency_contact=r.emergency_contact or "",
        emergency_phone=r.emergency_phone or "",
        notes=r.notes or "",
        tags={t.tag: t.detail or "" for t in r.tags},
    )


def merged(stored: Any, sheet: Any) -> Any:
    """The sheet's values over the stored ones; an empty cell keeps what is stored; tags are added."""
    out = dataclasses.replace(stored)
    for f in dataclasses.fields(sheet):
        value = getattr(sheet, f.name)
        if f.name == "tags":
            out.tags = dict(stored.tags) | dict(value)
        elif f.name == "medical_note":
            continue
        elif value not in (None, "", [], {}, False):
            setattr(out, f.name, value)
    return out


def new_ids(s: Session, n: int) -> list[int]:
    """`n` ids for new residents, taken inside the import's unit of work. SQLite: the ones after the largest id
    (what SQLite would give; the write transaction holds the database's only write lock, so no other workstation
    inserts meanwhile). PostgreSQL: `n` values of the table's own sequence (other workstations' inserts take other
    values). Taken first so that a batch is one executemany, not one INSERT … RETURNING per row (SQLite returns
    rows of a multi-row INSERT in no promised order, so SQLAlchemy would send them one by one)."""
    conn = s.connection()
    if conn.dialect.name == "postgresql":
        return list(
            conn.exec_driver_sql(
                "SELECT nextval(pg_get_serial_sequence('residents', 'id')) FROM generate_series(1, %(n)s)", {"n": n}
            ).scalars()
        )
    top = conn.exec_driver_sql("SELECT max(id) FROM residents").scalar() or 0
    return list(range(top + 1, top + 1 + n))


def resident_row(clean: residents.ResidentInput, now: Any) -> dict[str, Any]:
    """The `residents` row of a new resident from input cleaned by `validate_resident`: the columns
    `residents.insert_resident` sets (its `_apply`), search keys included (tests/imports check both give the same
    row)."""
    (pinyin, initials), alt = name_keys(clean.name)
    id_number = clean.id_number or None
    phone = clean.phone or None
    return {
        "name": clean.name,
        "gender": clean.gender,
        "birth_date": clean.birth_date,
        "id_number": id_number,
        "phone": phone,
        "building": clean.building or None,
        "unit": clean.unit or None,
        "room": clean.room or None,
        "household": clean.household or None,
        "is_local": clean.is_local,
        "emergency_contact": clean.emergency_contact or None,
        "emergency_phone": clean.emergency_phone or None,
        "notes": clean.notes or None,
        "name_pinyin": pinyin,
        "name_initials": initials,
        "name_pinyin_alt": alt[0] if alt is not None else None,
        "name_initials_alt": alt[1] if alt is not None else None,
        "id_reversed": reversed_digits(id_number),
        "phone_reversed": reversed_digits(phone),
        "created_at": now,
        "updated_at": now,
    }


def adds_nothing(found: Resident, person: residents.ResidentInput) -> bool:
    """Whether the row holds nothing the record lacks: what updating would store is what is stored (the row was
    cleaned by the form's rules as the record was when stored, so the two compare as they are)."""
    stored = input_of(found)
    return merged(stored, person) == stored
