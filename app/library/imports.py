"""Bring copies into the catalogue from a MARC file (pymarc) or a spreadsheet (the reader of app/imports).

MARC: each holdings field of a record is one copy; both MARC 21 (what most systems export) and CNMARC / UNIMARC
(what Chinese library systems export) are read:

| | MARC 21 | CNMARC / UNIMARC |
|---|---|---|
| title | 245 $a $b | 200 $a $e |
| author | 100 $a, else 245 $c | 701 / 700 $a, else 200 $f |
| ISBN | 020 $a | 010 $a |
| call number | 090 $a $b, 050, or the holding's own | 905 $d / $e, 690 $a |
| copies (barcode, call number) | 952 $p $o (Koha), 852 $p $h, 876 $p | 905 $b $d $e |

A record without a holdings field gives no copy (it is reported). Each line of the result says what happened; a
wrong line (no barcode, a bad ISBN, a barcode already in the catalogue) is skipped with its reason and the others are
imported, all in one unit of work (a file either imports with its report, or not at all on a database error).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pymarc import MARCReader, Record
from sqlalchemy import select

from app import audit
from app.accounts.permissions import MANAGE_BOOK_ROOM, require
from app.actor import Actor
from app.boundary import checked
from app.errors import UserError, ValidationError
from app.i18n import translate
from app.imports import cells
from app.imports.sheets import open_workbook
from app.library.catalogue import OWNERS, CopyInput, clean_copy, insert_copy
from db.engine import Database
from db.models.library import LibraryCopy

MAX_COPIES = 50_000  # one file; a larger catalogue comes in several


@dataclass
class ImportLine:
    where: str  # "record 12" / "line 5"
    barcode: str
    title: str
    problem: str = ""  # "" when imported


@dataclass
class CatalogueImport:
    imported: int = 0
    lines: list[ImportLine] = field(default_factory=list)

    @property
    def skipped(self) -> list[ImportLine]:
        return [x for x in self.lines if x.problem]


# --------------------------------------------------------------------------------------------------- MARC


def _sub(record: Record, tag: str, *codes: str) -> str:
    for f in record.get_fields(tag):
        parts = [v for c in codes for v in f.get_subfields(c)]
        if parts:
            return _tidy(" ".join(parts))
    return ""


def _tidy(text: str) -> str:
    """ISBD punctuation at the ends of MARC subfields (" /", " :", ".") off."""
    return re.sub(r"[\s/:;,.=]+$", "", " ".join(text.split())).strip()


def _isbn_part(text: str) -> str:
    """020 $a may hold "9787020002207 (平装)" or "7-02-000220-X : CNY25.00": the number only."""
    m = re.match(r"\s*([0-9Xx\-]{10,17})", text)
    return m.group(1) if m else text


def marc_copies(record: Record) -> Iterator[CopyInput]:
    """The copies one bibliographic record describes (owner left to the caller)."""
    unimarc = bool(record.get_fields("200")) and not record.get_fields("245")
    if unimarc:
        title = _sub(record, "200", "a", "e")
        author = _sub(record, "701", "a") or _sub(record, "700", "a") or _sub(record, "200", "f")
        isbn = _isbn_part(_sub(record, "010", "a"))
        call = _sub(record, "690", "a")
    else:
        title = _sub(record, "245", "a", "b")
        author = _sub(record, "100", "a") or _sub(record, "245", "c")
        isbn = _isbn_part(_sub(record, "020", "a"))
        call = _sub(record, "090", "a", "b") or _sub(record, "050", "a", "b")
    holdings = [(f.get_subfields("p"), f.get_subfields("o")) for f in record.get_fields("952")] + [
        (f.get_subfields("p"), f.get_subfields("h", "i")) for f in record.get_fields("852")
    ]
    holdings += [(f.get_subfields("p"), []) for f in record.get_fields("876")]
    holdings += [(f.get_subfields("b"), f.get_subfields("d", "e")) for f in record.get_fields("905")]
    for barcodes, calls in holdings:
        for code in barcodes:
            yield CopyInput(code, title, author, isbn, "/".join(c.strip() for c in calls if c.strip()) or call)


@checked
def import_marc(db: Database, actor: Actor, path: str, owner: str) -> CatalogueImport:
    """Import the copies of a MARC file (ISO 2709, .mrc) as owned by `owner` ("room" | "district"). Raises
    UserError for a file that is not MARC; lines that cannot be imported are reported, not written."""
    require(actor, MANAGE_BOOK_ROOM)
    _check_owner(owner)
    file = Path(path)
    if not file.is_file():
        raise UserError(translate("Library", "The file {name} was not found.").format(name=file.name))
    found: list[tuple[str, CopyInput | None, str]] = []
    with file.open("rb") as f:
        reader = MARCReader(f, to_unicode=True, force_utf8=True, utf8_handling="replace", permissive=True)
        for n, record in enumerate(reader, start=1):
            where = translate("Library", "record {n}").format(n=n)
            if record is None:
                found.append((where, None, translate("Library", "not a readable MARC record")))
                continue
            copies = list(marc_copies(record))
            if not copies:
                title = _sub(record, "245", "a") or _sub(record, "200", "a")
                found.append((where, CopyInput("", title), translate("Library", "no copy (no barcode in the record)")))
            found.extend((where, c, "") for c in copies)
            if len(found) > MAX_COPIES:
                break
    if not found or all(c is None for _, c, _ in found):
        raise UserError(translate("Library", "{name} is not a MARC file (ISO 2709, .mrc).").format(name=file.name))
    return _write(db, actor, file.name, "marc", owner, found)


# --------------------------------------------------------------------------------------------------- sheets

_HEADERS = {
    "barcode": ("条码", "条形码", "条码号", "barcode", "图书条码", "财产号"),
    "title": ("书名", "题名", "正题名", "title", "图书名称"),
    "author": ("作者", "著者", "责任者", "author"),
    "isbn": ("isbn", "isbn号", "标准书号", "书号"),
    "call_number": ("索书号", "索取号", "分类号", "call number", "callnumber"),
}


def _field_of(header: object) -> str | None:
    text = cells.text(header).lower().replace(" ", "")
    for name, words in _HEADERS.items():
        if text in (w.replace(" ", "") for w in words):
            return name
    return None


@checked
def import_sheet(db: Database, actor: Actor, path: str, owner: str) -> CatalogueImport:
    """Import copies from a spreadsheet (.xlsx, .xls, .ods, .csv) with a header row naming at least 条码 and 书名
    (作者, ISBN, 索书号 optional), as owned by `owner`. Raises UserError for a file that cannot be read or has no such
    header; bad lines are reported, not written."""
    require(actor, MANAGE_BOOK_ROOM)
    _check_owner(owner)
    found: list[tuple[str, CopyInput | None, str]] = []
    with open_workbook(path) as book:
        columns: dict[str, int] | None = None
        for n, row in enumerate(book.rows(), start=1):
            if columns is None:
                guess = {f: i for i, h in enumerate(row) if (f := _field_of(h))}
                if "barcode" in guess and "title" in guess:
                    columns = guess
                elif n >= 10:
                    break
                continue
            values = {f: cells.text(row[i]) if i < len(row) else "" for f, i in columns.items()}
            if not any(values.values()) or cells.is_footer([cells.text(v) for v in row]):
                continue
            where = translate("Library", "line {n}").format(n=n)
            found.append((where, CopyInput(**values), ""))
            if len(found) > MAX_COPIES:
                break
    if columns is None:
        raise UserError(
            translate("Library", "{name} has no header row with 条码 and 书名 columns.").format(name=Path(path).name)
        )
    return _write(db, actor, Path(path).name, "sheet", owner, found)


# --------------------------------------------------------------------------------------------------- both


def _check_owner(owner: str) -> None:
    if owner not in OWNERS:
        raise ValidationError({"owner": translate("Library", "The owner is this room or the district library.")})


def _write(
    db: Database, actor: Actor, name: str, source: str, owner: str, found: list[tuple[str, CopyInput | None, str]]
) -> CatalogueImport:
    out = CatalogueImport()
    with db.write() as s:
        taken = set(s.execute(select(LibraryCopy.barcode)).scalars())
        for where, inp, problem in found:
            if inp is None or problem:
                out.lines.append(ImportLine(where, inp.barcode if inp else "", inp.title if inp else "", problem))
                continue
            inp.owner = owner
            try:
                c = clean_copy(inp)
            except ValidationError as exc:
                out.lines.append(ImportLine(where, inp.barcode, inp.title, "；".join(exc.errors.values())))
                continue
            if c.barcode in taken:
                out.lines.append(
                    ImportLine(where, c.barcode, c.title, translate("Library", "barcode already in the catalogue"))
                )
                continue
            insert_copy(s, actor, c, source)
            taken.add(c.barcode)
            out.imported += 1
            out.lines.append(ImportLine(where, c.barcode, c.title))
        audit.record(
            s,
            actor,
            "import_catalogue",
            "library_catalogue",
            None,
            audit.message("library.imported", n=out.imported, file=name, skipped=len(out.skipped)),
        )
    return out
