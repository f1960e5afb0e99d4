"""Import residents, children with their adults, or volunteers from a spreadsheet (issue 17 item 1).

Every row is checked with the forms' own rules (`validate_resident`, `validate_child`, `validate_contact`,
`validate_volunteer`) after `app.imports.cells` has read what real sheets hold. Duplicates are found by ID number, or
by name + birth date + phone, or (a row with neither ID number nor birth date) by name + phone + address (a child:
name + birth date + the first adult's phone), within the file and against the database, and handled by one choice
for the whole file: `SKIP`, `UPDATE` (empty cells leave the stored value) or `KEEP_BOTH` (never for an ID number,
which belongs to one person). A resident registered with everything the row holds (the same file imported again) is
`ALREADY` registered whatever the choice: counted apart, nothing written.

`run_import` imports the good rows and refuses the rows with errors (each with its reasons, for the rows-to-fix
sheet). It is one unit of work: the good rows are written together, or none of them (a cancel, a failure,
`dry_run`). The file is read as a stream (`app.imports.sheets`); what is kept per row is its duplicate keys, so a
100,000-row file is imported in bounded memory. The import is audited once with the file's name and the counts;
changes to existing records are audited each with the fields that changed, and children, contacts and volunteers as
their own services do.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session, selectinload

from app import audit, clock, settings
from app.accounts.permissions import IMPORT_RECORDS, require
from app.accounts.privacy import mask_name
from app.actor import Actor
from app.boundary import checked
from app.childcare import service as childcare
from app.database import Database
from app.errors import UserError
from app.i18n import translate
from app.imports import cells, records
from app.imports.fields import CHILDREN, HEADER_SCAN, KINDS, RESIDENTS, VOLUNTEERS, Header, find_header
from app.imports.rows import Parsed, column_errors, join_reasons, parse_row
from app.imports.sheets import ImportFileError, open_workbook
from app.residents import service as residents
from app.volunteers import roster
from db.models import Resident, ResidentTag
from db.models.childcare import Child, ChildContact
from db.models.volunteers import Volunteer, VolunteerQualification

SKIP, UPDATE, KEEP_BOTH = "skip", "update", "both"
POLICIES = (SKIP, UPDATE, KEEP_BOTH)
NEW, UPDATED, SKIPPED, REFUSED = "new", "updated", "skipped", "refused"
ALREADY = "already"  # registered with every value the row holds: nothing to write, whatever the duplicate choice
MAPPING_SETTING = "imports.mapping.{kind}"
KEPT_REFUSALS = 1000  # refusal reasons kept in a summary (all of them go to the error sheet)
FLUSH_EVERY = 500
BATCH = 250  # rows read and checked together, their people looked up in two queries


class ImportCancelled(UserError):
    """The user stopped the import: nothing was written."""


@dataclass
class RowOutcome:
    """One data row: its cells as text, what happened to it, and why (per column, and for the whole row)."""

    line: int  # the row's number in the sheet, as the spreadsheet program shows it
    cells: tuple[str, ...]
    status: str = NEW
    errors: dict[int, str] = field(default_factory=dict)  # column index → message
    problems: list[str] = field(default_factory=list)  # not tied to one column
    note: str = ""  # duplicates: whom it matched

    @property
    def message(self) -> str:
        """Every reason in one line (the error sheet's last column and the command line's summary)."""
        return join_reasons([*self.errors.values(), *self.problems])


@dataclass
class ImportSummary:
    kind: str
    file_name: str
    sheet: str
    dry_run: bool
    header_line: int = 0
    titles: tuple[str, ...] = ()
    mapping: tuple[str, ...] = ()
    read: int = 0
    imported: int = 0
    updated: int = 0
    skipped: int = 0
    refused: int = 0
    already: int = 0  # rows of people registered with the same values (a file imported again): nothing written
    ignored: int = 0  # empty rows, total rows, signature lines
    refusals: list[tuple[int, str]] = field(default_factory=list)  # (line, reason), the first KEPT_REFUSALS
    skips: list[tuple[int, str]] = field(default_factory=list)
    registered: list[tuple[int, str]] = field(default_factory=list)  # (line, note) of the ALREADY rows


Progress = Callable[[int, int, str], None]


# --------------------------------------------------------------------------------------------------- the mapping


@checked
def remembered_mapping(db: Database, kind: str) -> dict[str, str]:
    """The center's remembered column choices for `kind`: {normalised header text: field} (a setting)."""
    value = settings.get(db, MAPPING_SETTING.format(kind=kind))
    return dict(value) if isinstance(value, dict) else {}


@checked(choices={"kind": KINDS})
def remember_mapping(db: Database, actor: Actor, kind: str, titles: list[str], mapping: list[str]) -> None:
    """Remember the user's column choices for the next import of `kind` (merged with the earlier ones)."""
    require(actor, IMPORT_RECORDS)
    from app.imports.fields import remembered_from

    merged = remembered_mapping(db, kind) | remembered_from(titles, mapping)
    settings.set_many(db, actor, {MAPPING_SETTING.format(kind=kind): merged})


@dataclass(frozen=True)
class SheetLayout:
    """What the wizard shows before checking rows: the sheets, and the header found in the chosen one."""

    sheet_names: tuple[str, ...]
    sheet: str
    header: Header
    sample: tuple[str, ...] = ()  # the first row under the header, as text (the mapping editor shows it)


@checked(choices={"kind": KINDS})
def read_layout(db: Database, kind: str, path: str, sheet: str | None = None) -> SheetLayout:
    """Open `path`, find the header of `sheet` (the first when None). ImportFileError: not a spreadsheet,
    password-protected, empty, no such sheet, or no recognisable header."""
    with open_workbook(path) as book:
        name = sheet or book.sheet_names[0]
        head, rest = _head(book.rows(name))
        header = _find_header(kind, head, remembered_mapping(db, kind), Path(path).name)
        sample: tuple[str, ...] = ()
        for row in _chain(head[header.first_data_index :], rest):
            texts = tuple(cells.text(v) for v in row)
            if any(texts):
                sample = texts
                break
        return SheetLayout(tuple(book.sheet_names), name, header, sample)


def _head(rows: Iterator[tuple[Any, ...]]) -> tuple[list[tuple[Any, ...]], Iterator[tuple[Any, ...]]]:
    head = []
    for row in rows:
        head.append(row)
        if len(head) >= HEADER_SCAN:
            break
    return head, rows


def _find_header(kind: str, head: list[tuple[Any, ...]], remembered: dict[str, str], name: str) -> Header:
    if not any(any(v not in (None, "") for v in row) for row in head):
        raise ImportFileError(translate("Imports", "{name} is empty: it has no rows to import.").format(name=name))
    header = find_header(kind, head, remembered)
    if header is None:
        raise ImportFileError(
            translate(
                "Imports",
                "No header row was found in {name}: the table needs a row of column names with at least 姓名 and "
                "one more (性别, 身份证号, 出生日期, 联系电话 …).",
            ).format(name=name)
        )
    return header


def _registered(s: Session, clean: residents.ResidentInput, counts: dict[str, Any]) -> Resident:
    r = residents.insert_resident(s, clean)
    counts["residents_created"] += 1
    return r


def _refuse(outcome: RowOutcome, message: str) -> None:
    outcome.status = REFUSED
    outcome.problems.append(message)


def _already(r: Resident) -> str:
    return translate("Imports", "Already registered: {name} (record {id}).").format(name=r.name, id=r.id)


def _nothing_new(r: Resident) -> str:
    return translate("Imports", "Already registered with these details: {name} (record {id}). Nothing changed.").format(
        name=r.name, id=r.id
    )


def _same_as_line(line: int) -> str:
    return translate("Imports", "The same person as line {line} of this sheet.").format(line=line)


def _other_name(registered: Resident, row_name: str) -> str:
    """An ID number registered under a different name: said so, with the registered name masked (the message goes
    to the rows-to-fix file, which leaves the app) and the row's own name, for the clerk to check which is wrong."""
    return translate(
        "Imports",
        "Names differ: this ID number is registered to {registered} (record {id}), this row says {name}. Check the "
        "ID number and the name.",
    ).format(registered=mask_name(registered.name), id=registered.id, name=row_name)


_NAMES_DIFFER = "names differ"  # a refused row's note while `handle` finishes it (never shown)


def _other_name_in_file(line: int, row_name: str) -> str:
    return translate(
        "Imports", "Names differ: this ID number is on line {line} under another name, this row says {name}."
    ).format(line=line, name=row_name)


def _id_taken_message(r: Resident) -> str:
    return translate("Imports", "This ID number is already registered to {name}: one person, one record.").format(
        name=r.name
    )


class _Importer:
    """Walks the rows of one sheet inside one session (a write, or a read for a dry run)."""

    def __init__(self, s: Session, actor: Actor, kind: str, policy: str, write: bool, mapping: tuple[str, ...]):
        self.s, self.actor, self.kind, self.policy, self.write = s, actor, kind, policy, write
        self.mapping = mapping
        # duplicate key's hash → first line: a few dozen bytes a row, not the keys themselves (100,000 rows ≈ 10 MB)
        self.seen: dict[int, int] = {}
        self.id_names: dict[int, int] = {}  # an ID number key's hash → the hash of the name its first row gave
        self.counts: dict[str, Any] = {"residents_created": 0, "first_id": None, "last_id": None}
        self.now = clock.now()
        self.pending = 0
        self.first: Resident | None = None  # the first and last residents registered, for the audit entry
        self.last: Resident | None = None
        self.queued: list[tuple[dict[str, Any], dict[str, str]]] = []  # new residents' rows and tags, not yet written

    def prefetch(self, batch: list[Parsed]) -> None:
        """Look the batch's people up at once (two queries for a few hundred rows, not two per row): ID numbers and
        name + birth date + phone of the residents registered before the batch."""
        self.known_ids: dict[str, int] = {}
        self.known_people: dict[tuple[Any, ...], int] = {}
        self.known_plain: dict[tuple[str, ...], int] = {}
        self.records: list[Resident] = []
        people = [p.person for p in batch if p.person is not None and not p.errors]
        numbers = sorted({p.id_number for p in people if p.id_number})
        names = sorted({p.name for p in people if p.birth_date is not None or not p.id_number})
        conn = self.s.connection()
        if numbers:
            for rid, number in conn.execute(
                select(Resident.id, Resident.id_number).where(Resident.id_number.in_(numbers))
            ):
                self.known_ids[number] = rid
        if names:
            for rid, name, birth, phone, building, unit, room in conn.execute(
                select(
                    Resident.id,
                    Resident.name,
                    Resident.birth_date,
                    Resident.phone,
                    Resident.building,
                    Resident.unit,
                    Resident.room,
                )
                .where(Resident.name.in_(names))
                .order_by(Resident.id)
            ):
                self.known_people.setdefault((name, birth, phone or ""), rid)
                self.known_plain.setdefault((name, phone or "", building or "", unit or "", room or ""), rid)
        matched = sorted({rid for p in people if (rid := self._known(p)[0]) is not None})
        # the records the batch matches, with their tags, in two queries (not two per row); held here so that
        # `find` takes them from the session's identity map
        self.records = (
            self.s.scalars(select(Resident).where(Resident.id.in_(matched)).options(selectinload(Resident.tags))).all()
            if matched
            else []
        )

    def _known(self, person: residents.ResidentInput) -> tuple[int | None, str]:
        """The id of the resident registered before the batch that this person is, and how it was found."""
        rid = self.known_ids.get(person.id_number) if person.id_number else None
        if rid is not None:
            return rid, "id"
        if person.birth_date is not None:
            rid = self.known_people.get((person.name, person.birth_date, person.phone or ""))
        elif not person.id_number and (person.phone or person.building or person.room):
            rid = self.known_plain.get(records.plain_key(person))
        return rid, "person" if rid is not None else ""

    def find(self, person: residents.ResidentInput, fresh: bool) -> tuple[Resident | None, str]:
        """The registered resident this person is (by ID number, else name + birth date + phone) and how it was
        found ("id" | "person"): from the batch's look-up, or asked now when `fresh` (a record this import wrote)."""
        if fresh:
            self.write_queued()
            self.s.flush()
            return records.find_resident(self.s, person)
        rid, how = self._known(person)
        return (self.s.get(Resident, rid), how) if rid is not None else (None, "")

    def handle(self, outcome: RowOutcome, parsed: Parsed) -> None:
        outcome.errors, outcome.problems = column_errors(parsed.errors, self.mapping)
        if parsed.errors:
            outcome.status = REFUSED
            return
        keys = parsed.keys(self.kind)
        hashes = [hash(k) for k in keys]
        earlier = next(((k, self.seen[h]) for k, h in zip(keys, hashes, strict=True) if h in self.seen), None)
        if self.kind != CHILDREN and self._names_differ_in_file(outcome, parsed, keys, hashes):
            return
        new_keys = [h for h in hashes if h not in self.seen]
        for h in hashes:
            self.seen.setdefault(h, outcome.line)
        if self.kind == RESIDENTS:  # every rule was checked above: no write-time refusal to undo
            self._resident(outcome, parsed, earlier)
        else:
            try:
                with self.s.begin_nested() if self.write else _nothing():  # a refused row is undone alone
                    if self.kind == VOLUNTEERS:
                        self._volunteer(outcome, parsed, earlier)
                    else:
                        self._child(outcome, parsed, earlier)
            except UserError as exc:  # a rule the services keep at write time (a blocked adult …)
                _refuse(outcome, exc.message)
        if outcome.status == REFUSED and outcome.note == _NAMES_DIFFER:
            outcome.note = ""
            for h in new_keys:  # a row refused for its name is no one's first row: the next row with its keys is
                del self.seen[h]  # looked at afresh (the registered person's own row stays "already registered")
        elif self.kind != CHILDREN:
            for key, h in zip(keys, hashes, strict=True):
                if key[0] == "id":
                    self.id_names.setdefault(h, hash(records.name_key(parsed.person.name)))
        self.pending += 1
        if self.write and self.pending >= FLUSH_EVERY:
            self.flush()

    def _names_differ_in_file(
        self, outcome: RowOutcome, parsed: Parsed, keys: list[tuple[Any, ...]], hashes: list[int]
    ) -> bool:
        """Refuse (to the rows-to-fix file) a row whose ID number an earlier row of this file gave another name."""
        person = parsed.person
        assert person is not None
        for key, h in zip(keys, hashes, strict=True):
            first = self.id_names.get(h) if key[0] == "id" else None
            if first is not None and first != hash(records.name_key(person.name)):
                self._refuse_fields(outcome, {"id_number": _other_name_in_file(self.seen[h], person.name)})
                self.pending += 1
                return True
        return False

    def _names_differ(self, outcome: RowOutcome, found: Resident | None, how: str, person) -> bool:
        """Refuse (to the rows-to-fix file) a row whose ID number is registered under a different name: not a
        duplicate to skip or update, a mistake in the ID number or the name that the clerk checks."""
        if found is None or how != "id" or records.same_name(found.name, person.name):
            return False
        self._refuse_fields(outcome, {"id_number": _other_name(found, person.name)})
        outcome.note = _NAMES_DIFFER  # `handle` forgets the row's keys
        return True

    def queue(self, clean: residents.ResidentInput) -> None:
        """A new resident (input cleaned by the form's rules), written with the next batch (`write_queued`)."""
        self.queued.append((records.resident_row(clean, self.now), dict(clean.tags)))

    def write_queued(self) -> None:
        """Write the queued residents: their ids taken first (`records.new_ids`), then one executemany INSERT for them and
        one for their tags — plain rows, not objects (the import's costliest step when each was an ORM object)."""
        if not self.queued:
            return
        ids = records.new_ids(self.s, len(self.queued))
        rows = [{**row, "id": rid} for rid, (row, _tags) in zip(ids, self.queued, strict=True)]
        self.s.execute(insert(Resident.__table__), rows)
        tags = [{"resident_id": rid, "tag": tag, "detail": detail or None}
                for rid, (_row, row_tags) in zip(ids, self.queued, strict=True) for tag, detail in row_tags.items()]  # fmt: skip
        if tags:
            self.s.execute(insert(ResidentTag.__table__), tags)
        self.counts["residents_created"] += len(ids)
        if self.counts["first_id"] is None and self.first is None:
            self.counts["first_id"] = ids[0]
        self.counts["last_id"] = ids[-1]
        self.queued.clear()

    def flush(self) -> None:
        """Write what is pending, note the ids made, and let go of the objects (bounded memory)."""
        self.write_queued()
        self.s.flush()
        if self.first is not None and self.counts["first_id"] is None:
            self.counts["first_id"] = self.first.id
        if self.last is not None and (self.counts["last_id"] is None or self.last.id > self.counts["last_id"]):
            self.counts["last_id"] = self.last.id
        self.first = self.last = None
        self.s.expunge_all()
        self.pending = 0

    # -- residents

    def _resident(self, outcome: RowOutcome, parsed: Parsed, earlier: tuple[tuple[Any, ...], int] | None) -> None:
        person = parsed.person
        assert person is not None
        if earlier is not None:
            key, line = earlier
            if self.policy == SKIP:
                outcome.status, outcome.note = SKIPPED, _same_as_line(line)
                return
            if self.policy == KEEP_BOTH and key[0] == "id":
                _refuse(outcome, translate("Imports", "This ID number is on line {line} too.").format(line=line))
                return
            if not self.write:
                outcome.status, outcome.note = (UPDATED if self.policy == UPDATE else NEW), _same_as_line(line)
                return
        found, how = self.find(person, fresh=earlier is not None)  # an earlier row's record is found like any other
        if self._names_differ(outcome, found, how, person):
            return
        if found is not None and earlier is None and found.archived_at is None and records.adds_nothing(found, person):
            outcome.status, outcome.note = ALREADY, _nothing_new(found)
            return
        if found is not None and how == "id" and self.policy == KEEP_BOTH:
            _refuse(outcome, _id_taken_message(found))
            return
        if found is None or self.policy == KEEP_BOTH:
            outcome.status = NEW
            if self.write:
                self.queue(person)
            return
        if self.policy == SKIP:
            outcome.status, outcome.note = SKIPPED, _already(found)
            return
        if found.archived_at is not None:
            _refuse(
                outcome,
                translate("Imports", "{name} is archived: restore the record before updating it.").format(
                    name=found.name
                ),
            )
            return
        clean, errors = residents.validate_resident(records.merged(records.input_of(found), person))
        if errors:
            self._refuse_fields(outcome, errors)
            return
        other = clean.id_number and self.s.scalar(
            select(Resident.id).where(Resident.id_number == clean.id_number, Resident.id != found.id)
        )
        if other:
            _refuse(outcome, translate("Imports", "This ID number belongs to another registered resident."))
            return
        if self.write:
            residents.change_resident(self.s, self.actor, found, clean)
        outcome.status, outcome.note = UPDATED, _already(found)

    def _refuse_fields(self, outcome: RowOutcome, errors: dict[str, str]) -> None:
        """Refuse the row for a form's errors, each under its own column (so the error sheet marks that cell)."""
        outcome.status = REFUSED
        by_column, rest = column_errors(errors, self.mapping)
        for column, message in by_column.items():
            outcome.errors[column] = join_reasons([outcome.errors.get(column, ""), message])
        outcome.problems.extend(rest)

    def _note_created(self, r: Resident) -> None:
        if self.counts["first_id"] is None and self.first is None:
            self.first = r
        self.last = r

    # -- volunteers

    def _person_for(self, person: residents.ResidentInput, found: Resident | None) -> Resident:
        """The resident a volunteer row is about: `found` (`find`), or registered now."""
        if found is not None:
            return found
        r = _registered(self.s, person, self.counts)
        self._note_created(r)
        self.s.flush()  # its id links the volunteer
        return r

    def _volunteer(self, outcome: RowOutcome, parsed: Parsed, earlier: tuple[tuple[Any, ...], int] | None) -> None:
        person, inp = parsed.person, parsed.volunteer
        assert person is not None and inp is not None
        if earlier is not None and (self.policy != UPDATE or not self.write):
            line = earlier[1]
            if self.policy == SKIP:
                outcome.status, outcome.note = SKIPPED, _same_as_line(line)
            elif self.policy == UPDATE:
                outcome.status, outcome.note = UPDATED, _same_as_line(line)
            else:
                _refuse(
                    outcome,
                    translate("Imports", "This person is on line {line} too: one person is one volunteer.").format(
                        line=line
                    ),
                )
            return
        if not self.write:
            found, how = self.find(person, fresh=False)
            if self._names_differ(outcome, found, how, person):
                return
            vol = found is not None and self.s.scalar(select(Volunteer.id).where(Volunteer.resident_id == found.id))
            if not vol:
                outcome.status = NEW
            elif self.policy == SKIP:
                outcome.status, outcome.note = SKIPPED, _already(found)
            elif self.policy == UPDATE:
                outcome.status, outcome.note = UPDATED, _already(found)
            else:
                _refuse(outcome, translate("Imports", "Already a volunteer: one person is one volunteer."))
            return
        found, how = self.find(person, fresh=earlier is not None)
        if self._names_differ(outcome, found, how, person):
            return
        resident = self._person_for(person, found)
        vol_id = self.s.scalar(select(Volunteer.id).where(Volunteer.resident_id == resident.id))
        inp = dataclasses.replace(inp, resident_id=resident.id)
        errors = roster.validate_volunteer(inp, resident.birth_date)
        if errors:
            self._refuse_fields(outcome, errors)
            return
        if vol_id is None:
            roster.write_volunteer(self.s, self.actor, inp, resident)
            outcome.status = NEW
        elif self.policy == SKIP:
            outcome.status, outcome.note = SKIPPED, _already(resident)
        elif self.policy == UPDATE:
            stored = roster.VolunteerInput(resident_id=resident.id)
            vol = self.s.get(Volunteer, vol_id)
            assert vol is not None
            stored = dataclasses.replace(
                stored,
                kind=vol.kind,
                school=vol.school,
                student_number=vol.student_number,
                branch=vol.branch,
                skills=[k for k in vol.skills.split(",") if k],
                availability=vol.availability,
                external_number=vol.external_number,
                guardian_name=vol.guardian_name,
                guardian_consent_on=vol.guardian_consent_on,
            )
            sheet = dataclasses.replace(inp, kind=inp.kind if parsed.values.get("kind") not in (None, "") else "")
            merged = records.merged(stored, sheet)
            merged.qualifications = [
                (q.name, q.expires_on)
                for q in self.s.scalars(
                    select(VolunteerQualification).where(VolunteerQualification.volunteer_id == vol_id)
                )
            ]
            roster.write_volunteer(self.s, self.actor, merged, resident, vol_id)
            outcome.status, outcome.note = UPDATED, _already(resident)
        else:
            _refuse(outcome, translate("Imports", "Already a volunteer: one person is one volunteer."))

    # -- children

    def _child(self, outcome: RowOutcome, parsed: Parsed, earlier: tuple[tuple[Any, ...], int] | None) -> None:
        child = parsed.child
        assert child is not None
        if earlier is not None and (self.policy == SKIP or not self.write):
            line = earlier[1]
            if self.policy == SKIP:
                outcome.status, outcome.note = SKIPPED, _same_as_line(line)
            else:
                outcome.status, outcome.note = (UPDATED if self.policy == UPDATE else NEW), _same_as_line(line)
            return
        if self.write:
            self.s.flush()
        existing = self._find_child(parsed)
        if existing is not None and self.policy == SKIP:
            outcome.status, outcome.note = (
                SKIPPED,
                translate("Imports", "Already registered: {name} (record {id}).").format(
                    name=existing.name, id=existing.id
                ),
            )
            return
        for _prefix, adult, _contact in parsed.adults:  # an adult's ID number registered under another name
            r = records.find_adult(self.s, adult)
            if r is not None and adult.id_number and r.id_number == adult.id_number:
                if not records.same_name(r.name, adult.name):
                    raise UserError(_other_name(r, adult.name))
        if not self.write:
            outcome.status = UPDATED if existing is not None and self.policy == UPDATE else NEW
            return
        if existing is not None and self.policy == UPDATE:
            merged = records.merged(
                childcare.ChildInput(
                    **{
                        f.name: getattr(existing, f.name)
                        for f in dataclasses.fields(childcare.ChildInput)
                        if hasattr(existing, f.name)
                    }
                ),
                child,
            )
            errors = childcare.validate_child(merged, self.actor)
            if errors:
                self._refuse_fields(outcome, errors)
                return
            childcare.change_child(self.s, self.actor, existing, merged)
            c, outcome.status = existing, UPDATED
            outcome.note = translate("Imports", "Already registered: {name} (record {id}).").format(
                name=existing.name, id=existing.id
            )
        else:
            c = childcare.insert_child(self.s, self.actor, child)
            outcome.status = NEW
        for _prefix, adult, contact in parsed.adults:
            r = records.find_adult(self.s, adult)
            if r is None:
                r = _registered(self.s, adult, self.counts)
                self._note_created(r)
                self.s.flush()  # its id links the contact
            listed = self.s.scalar(
                select(ChildContact.id).where(
                    ChildContact.child_id == c.id, ChildContact.resident_id == r.id, ChildContact.archived_at.is_(None)
                )
            )
            if listed is None:
                childcare.insert_contact(
                    self.s, self.actor, dataclasses.replace(contact, child_id=c.id, resident_id=r.id)
                )

    def _find_child(self, parsed: Parsed) -> Child | None:
        child = parsed.child
        assert child is not None
        if child.birth_date is None:
            return None
        q = select(Child).where(
            Child.name == child.name, Child.birth_date == child.birth_date, Child.archived_at.is_(None)
        )
        phone = parsed.adults[0][1].phone if parsed.adults else ""
        if phone:
            q = q.join(ChildContact, ChildContact.child_id == Child.id).where(ChildContact.phone == phone)
        return self.s.scalar(q.order_by(Child.id).limit(1))


class _nothing:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None


# --------------------------------------------------------------------------------------------------- the import


def _data_rows(rows: Iterator[tuple[Any, ...]], first_line: int) -> Iterator[tuple[int, tuple[Any, ...]]]:
    for offset, row in enumerate(rows):
        yield first_line + offset, row


@checked(choices={"kind": KINDS, "policy": POLICIES})
def run_import(
    db: Database,
    actor: Actor,
    kind: str,
    path: str,
    *,
    sheet: str | None = None,
    mapping: list[str] | None = None,
    policy: str = SKIP,
    dry_run: bool = False,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    on_row: Callable[[RowOutcome], None] | None = None,
) -> ImportSummary:
    """Import the rows of `sheet` of the spreadsheet at `path` as `kind` (residents | children | volunteers).

    `mapping`: the field of each column ("" = leave out), as the wizard's mapping editor left it; None finds the
    header and maps its columns (remembered choices first). `policy`: what a duplicate does (SKIP, UPDATE,
    KEEP_BOTH). `dry_run`: check everything, write nothing. `progress(done, total, text)` is called every 100 rows
    (total: the sheet's own estimate, 0 when unknown); `cancelled()` is asked at every row: when it answers True,
    ImportCancelled is raised and nothing was written. `on_row` receives every data row's outcome (the preview,
    the error sheet). Raises ImportFileError (not a spreadsheet, password, empty, no header) before anything is
    written. Returns the counts; one audit entry records them with the file's name.
    """
    require(actor, IMPORT_RECORDS)
    require(actor, _KIND_PERMISSION[kind])
    file_name = Path(path).name
    with open_workbook(path) as book:
        name = sheet or book.sheet_names[0]
        rows = book.rows(name)
        head, rest = _head(rows)
        header = _find_header(kind, head, remembered_mapping(db, kind), file_name)
        columns = tuple(mapping) if mapping is not None else header.mapping
        if "name" not in columns:
            raise ImportFileError(translate("Imports", "Choose the column that holds the name."))
        summary = ImportSummary(kind, file_name, name, dry_run, header.row_index + 1, header.titles, columns)
        total = book.estimated_rows(name)
        session = db.read() if dry_run else db.write()
        with session as s:
            importer = _Importer(s, actor, kind, policy, not dry_run, columns)
            body = head[header.first_data_index :]
            lines = _data_rows(_chain(body, rest), header.first_data_index + 1)
            batch: list[tuple[RowOutcome, Parsed]] = []

            def drain() -> None:
                importer.prefetch([parsed for _o, parsed in batch])
                for outcome, parsed in batch:
                    if cancelled is not None and cancelled():
                        raise ImportCancelled(translate("Imports", "The import was cancelled: nothing was written."))
                    importer.handle(outcome, parsed)
                    _count(summary, outcome)
                    if on_row is not None:
                        on_row(outcome)
                batch.clear()

            for line, row in lines:
                if progress is not None and line % 100 == 0:
                    progress(line, max(total, line), "")
                texts = [cells.text(v) for v in row]
                if not any(texts) or cells.is_footer(texts):
                    summary.ignored += 1
                    continue
                values = {f: row[i] for i, f in enumerate(columns) if f and i < len(row)}
                summary.read += 1
                batch.append((RowOutcome(line, tuple(texts)), _parse(kind, values, actor)))
                if len(batch) >= BATCH:
                    drain()
            drain()
            if summary.read == 0:
                raise ImportFileError(
                    translate("Imports", "{name} has a header but no rows under it.").format(name=file_name)
                )
            if not dry_run:
                importer.flush()
                counts = importer.counts
                entity = _AUDIT_ENTITY[kind]
                audit.record(
                    s,
                    actor,
                    "import",
                    entity,
                    None,
                    audit.message(
                        "import.summary",
                        file=file_name,
                        imported=summary.imported,
                        updated=summary.updated,
                        skipped=summary.skipped,
                        refused=summary.refused,
                    ),
                    None,
                    {
                        "file": file_name,
                        "sheet": name,
                        "policy": policy,
                        "read": summary.read,
                        "imported": summary.imported,
                        "updated": summary.updated,
                        "skipped": summary.skipped,
                        "refused": summary.refused,
                        "already": summary.already,
                        "residents_created": counts["residents_created"],
                        "resident_ids": [counts["first_id"], counts["last_id"]],
                    },
                )
        if progress is not None:
            progress(total or summary.read, total or summary.read, "")
        return summary


def _parse(kind: str, values: dict[str, Any], actor: Actor) -> Parsed:
    """`parse_row`, with a formula whose result cannot be used refused under its own column (never read as empty)."""
    formulas = {f: v for f, v in values.items() if isinstance(v, cells.FormulaCell)}
    if not formulas:
        return parse_row(kind, values, actor)
    parsed = parse_row(kind, {f: None if f in formulas else v for f, v in values.items()}, actor)
    for f, formula in formulas.items():
        parsed.errors[f] = formula.message()
    return parsed


def _chain(first: list[tuple[Any, ...]], rest: Iterator[tuple[Any, ...]]) -> Iterator[tuple[Any, ...]]:
    yield from first
    yield from rest


def _count(summary: ImportSummary, outcome: RowOutcome) -> None:
    if outcome.status == NEW:
        summary.imported += 1
    elif outcome.status == UPDATED:
        summary.updated += 1
    elif outcome.status == ALREADY:
        summary.already += 1
        if len(summary.registered) < KEPT_REFUSALS:
            summary.registered.append((outcome.line, outcome.note))
    elif outcome.status == SKIPPED:
        summary.skipped += 1
        if len(summary.skips) < KEPT_REFUSALS:
            summary.skips.append((outcome.line, outcome.note))
    else:
        summary.refused += 1
        if len(summary.refusals) < KEPT_REFUSALS:
            summary.refusals.append((outcome.line, outcome.message))


def _permissions() -> dict[str, str]:
    from app.accounts.permissions import EDIT_RESIDENTS, MANAGE_CHILDCARE, MANAGE_VOLUNTEERS

    return {RESIDENTS: EDIT_RESIDENTS, CHILDREN: MANAGE_CHILDCARE, VOLUNTEERS: MANAGE_VOLUNTEERS}


_KIND_PERMISSION = _permissions()
_AUDIT_ENTITY = {RESIDENTS: "resident", CHILDREN: "childcare_child", VOLUNTEERS: "volunteer"}
