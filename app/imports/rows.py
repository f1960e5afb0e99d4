"""One row of a sheet read and checked with the forms' own rules, without the database (app.imports.service
looks the people up and writes). Errors are kept by the sheet's field, then placed on the column that holds it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from app.actor import Actor
from app.childcare import service as childcare
from app.imports import cells
from app.imports.fields import CHILDREN, RESIDENTS, VOLUNTEERS
from app.residents import service as residents
from app.volunteers import roster


@dataclass
class Parsed:
    """A row read and checked: the cleaned inputs, and errors by sheet field."""

    values: dict[str, Any]
    errors: dict[str, str]
    person: residents.ResidentInput | None = None
    child: childcare.ChildInput | None = None
    adults: list[tuple[str, residents.ResidentInput, childcare.ContactInput]] = field(default_factory=list)
    volunteer: roster.VolunteerInput | None = None

    def keys(self, kind: str) -> list[tuple[Any, ...]]:
        if kind == CHILDREN:
            c = self.child
            assert c is not None
            phone = self.adults[0][1].phone if self.adults else ""
            return [("child", c.name, c.birth_date, phone)] if c.birth_date else []
        p = self.person
        assert p is not None
        out: list[tuple[Any, ...]] = []
        if p.id_number:
            out.append(("id", p.id_number))
        if p.birth_date:
            out.append(("person", p.name, p.birth_date, p.phone))
        elif not p.id_number and (p.phone or p.building or p.room):  # as app.imports.service finds them
            out.append(("plain", p.name, p.phone, p.building, p.unit, p.room))
        return out


def _read(values: dict[str, Any], errors: dict[str, str], name: str, reader: Callable[[Any], Any], empty: Any) -> Any:
    try:
        return reader(values.get(name))
    except cells.CellError as exc:
        errors[name] = exc.message
        return empty


def _person(values: dict[str, Any], errors: dict[str, str]) -> residents.ResidentInput:
    """A resident's input from the sheet's person columns; reading errors into `errors` by sheet field."""
    inp = residents.ResidentInput(
        name=cells.name(values.get("name")),
        gender=_read(values, errors, "gender", cells.gender, None),
        birth_date=_read(values, errors, "birth_date", cells.date, None),
        id_number=_read(values, errors, "id_number", cells.id_number, ""),
        phone=cells.phone(values.get("phone")),
        building=cells.text(values.get("building")),
        unit=cells.text(values.get("unit")),
        room=cells.text(values.get("room")),
        household=cells.text(values.get("household")),
        emergency_contact=cells.name(values.get("emergency_contact")),
        emergency_phone=cells.phone(values.get("emergency_phone")),
        notes=cells.text(values.get("notes")),
    )
    if values.get("address") not in (None, "") and not (inp.building or inp.room):
        inp.building, inp.unit, inp.room = _read(values, errors, "address", cells.address, ("", "", ""))
    inp.tags = _read(values, errors, "tags", cells.tags, {})
    branch = cells.text(values.get("party_branch"))
    if branch:
        inp.tags["party_member"] = inp.tags.get("party_member") or branch
    grade = cells.text(values.get("disability_grade"))
    if grade:
        inp.tags["disability"] = inp.tags.get("disability") or grade
    return inp


# Where a form field's error shows on the sheet when its own column is missing.
_FALLBACK = {
    "building": ("address",),
    "unit": ("address",),
    "room": ("address",),
    "birth_date": ("id_number",),
    "gender": ("id_number",),
    "tags": ("party_branch", "disability_grade"),
}


def _check_person(inp: residents.ResidentInput, errors: dict[str, str], prefix: str = "") -> residents.ResidentInput:
    """The resident form's rules (`validate_resident`); its errors join `errors` under the sheet's field names."""
    clean, found = residents.validate_resident(inp)
    for key, message in found.items():
        errors.setdefault(prefix + key if prefix else key, message)
    return clean


def parse_row(kind: str, values: dict[str, Any], actor: Actor) -> Parsed:
    """Read and check one row given as {field: cell value}: pure, no database."""
    errors: dict[str, str] = {}
    parsed = Parsed(values, errors)
    if kind in (RESIDENTS, VOLUNTEERS):
        parsed.person = _check_person(_person(values, errors), errors)
    if kind == VOLUNTEERS:
        inp = roster.VolunteerInput(
            resident_id=1,  # found or registered at import time
            kind=_read(values, errors, "kind", cells.volunteer_kind, "resident"),
            school=cells.text(values.get("school")),
            student_number=cells.text(values.get("student_number")),
            branch=cells.text(values.get("branch")),
            skills=cells.skills(values.get("skills")),
            availability=cells.text(values.get("availability")),
            external_number=cells.text(values.get("external_number")),
            guardian_name=cells.name(values.get("guardian_name")),
            guardian_consent_on=_read(values, errors, "guardian_consent_on", cells.date, None),
        )
        for key, message in roster.validate_volunteer(inp, parsed.person.birth_date if parsed.person else None).items():
            errors.setdefault(key, message)
        parsed.volunteer = inp
    if kind == CHILDREN:
        child = childcare.ChildInput(
            name=cells.name(values.get("name")),
            gender=_read(values, errors, "gender", cells.gender, None),
            birth_date=_read(values, errors, "birth_date", cells.date, None),
            school=cells.text(values.get("school")),
            grade=cells.text(values.get("grade")),
            class_name=cells.text(values.get("class_name")),
            allergy_note=cells.text(values.get("allergy_note")),
        )
        for key, message in childcare.validate_child(child, actor).items():
            errors.setdefault(key, message)
        parsed.child = child
        for prefix, role in (("guardian", "guardian"), ("pickup1", "pickup"), ("pickup2", "pickup")):
            name = cells.name(values.get(f"{prefix}_name"))
            phone = cells.phone(values.get(f"{prefix}_phone"))
            id_text = _read(values, errors, f"{prefix}_id_number", cells.id_number, "")
            if not (name or phone or id_text):
                continue
            adult_errors: dict[str, str] = {}
            adult = _check_person(residents.ResidentInput(name=name, phone=phone, id_number=id_text), adult_errors)
            for key, message in adult_errors.items():
                target = {"name": "_name", "phone": "_phone", "id_number": "_id_number"}.get(key, "_name")
                errors.setdefault(prefix + target, message)
            contact = childcare.ContactInput(
                child_id=1, resident_id=1, role=role, relation=cells.text(values.get(f"{prefix}_relation")), phone=phone
            )
            for key, message in childcare.validate_contact(contact).items():
                errors.setdefault(f"{prefix}_{key}" if key in ("relation", "phone") else f"{prefix}_name", message)
            parsed.adults.append((prefix, adult, contact))
    return parsed


_END = "。；;.，, "


def join_reasons(parts) -> str:
    """Reasons in one line, each once, joined by "；" without doubled punctuation: ["…分成三列。", "出生日期不能晚于今天。"]
    → "…分成三列；出生日期不能晚于今天。" (the last keeps its own full stop)."""
    parts = [p.strip() for p in dict.fromkeys(parts) if p and p.strip()]
    return "；".join([p.rstrip(_END) or p for p in parts[:-1]] + parts[-1:])


def column_errors(errors: dict[str, str], mapping: tuple[str, ...]) -> tuple[dict[int, str], list[str]]:
    """Errors by sheet field → by column; those whose field has no column are for the whole row."""
    where = {f: i for i, f in enumerate(mapping) if f}
    by_column: dict[int, str] = {}
    rest: list[str] = []
    for key, message in errors.items():
        column = where.get(key)
        if column is None:
            column = next((where[f] for f in _FALLBACK.get(key, ()) if f in where), None)
        if column is None:
            rest.append(message)
        elif column in by_column:
            by_column[column] = join_reasons([by_column[column], message])
        else:
            by_column[column] = message
    return by_column, rest
