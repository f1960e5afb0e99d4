"""Any list on screen as an Excel workbook (issue 17 item 2): the rows the current filter selects, all of them,
with the column headings the screen shows, typed cells, masked ID numbers and phones, audited.

The screen (ui/common/export.py) knows what it shows: the headings in their on-screen order and a generator of the
rows the filter selects, read page by page from the database (never the view's loaded rows). This module knows the
rules that do not depend on the screen:

- **Types**: every column has a `kind`. `DATE` and `DATETIME` become real Excel dates (an aware instant is written as
  local time, Excel has no time zones), `MONEY` takes integer fen and writes yuan with two decimals (``Decimal``,
  never a float), `NUMBER` an int or Decimal, `TEXT` text.
- **Privacy** (个人信息保护法, DOMAIN.md "Privacy"): an export never shows more than the role's screens. The rules are
  app.accounts.privacy's, the same the screens use: `ID_NUMBER` columns are masked (first 6 + last 4) unless
  `privacy.may_export_full_ids` (the administrator only: the front desk reveals one number at a time on screen);
  `PHONE` columns masked the way the log masks mobiles (first 3 + last 4, `mask_phone`) unless the role sees phones
  (`privacy.may_see_phones`, SEE_PHONES). A value that arrives masked already stays masked.
- **Audit**: who, which list (`LISTS` key, worded in the reader's language by app/audit_text.py), the filter in
  words (the screen leaves typed search text out: it may be a name or a phone), the row count and whether ID numbers
  and phones went out in full or masked; no cell content.
- **Files**: written owner-only (0600, `db.files`) into a temporary file beside the target, renamed over it only
  once every row is written and the export is audited; a failure leaves no partial workbook.

The workbook is written with openpyxl's write-only mode, so a list of 100,000 rows streams through bounded memory.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from app import audit, clock
from app.accounts.permissions import SEE_FULL_ID, require
from app.accounts.privacy import mask_phone, may_export_full_ids, may_see_phones
from app.actor import Actor
from app.boundary import checked
from app.i18n import translate
from app.residents.idnumbers import mask_id_number
from db.engine import Database
from db.files import owner_only, tighten

TEXT = "text"
NUMBER = "number"
DATE = "date"
DATETIME = "datetime"
MONEY = "money"  # integer fen in, yuan with 2 decimals out
ID_NUMBER = "id_number"
PHONE = "phone"
KINDS = (TEXT, NUMBER, DATE, DATETIME, MONEY, ID_NUMBER, PHONE)

ENTITY = "list_export"  # the audit record kind of a list export

# The lists that can be exported, by key: the words the audit trail shows for each (in the reader's language).
LISTS: dict[str, Callable[[], str]] = {
    "residents": lambda: translate("Exports", "Residents"),
    "requests": lambda: translate("Exports", "Requests"),
    "tickets": lambda: translate("Exports", "Meal tickets"),
    "bookings": lambda: translate("Exports", "Meal bookings"),
    "attendance": lambda: translate("Exports", "Childcare attendance"),
    "children": lambda: translate("Exports", "Children"),
    "contacts": lambda: translate("Exports", "A child's contacts"),
    "programs": lambda: translate("Exports", "Childcare programs"),
    "hours": lambda: translate("Exports", "Volunteer hours"),
    "volunteers": lambda: translate("Exports", "Volunteers"),
    "roster": lambda: translate("Exports", "Volunteer roster"),
    "shift_people": lambda: translate("Exports", "People on a shift"),
    "audit": lambda: translate("Exports", "Audit trail"),
    "accounts": lambda: translate("Exports", "Staff accounts"),
    "station": lambda: translate("Exports", "Service station tally"),
    "catalogue": lambda: translate("Exports", "Request categories"),
    "departments": lambda: translate("Exports", "Departments and partners"),
    "figures": lambda: translate("Exports", "Statistics"),
    "list": lambda: translate("Exports", "List"),
    # the book room
    "library_catalogue": lambda: translate("Exports", "Book room catalogue"),
    "library_loans": lambda: translate("Exports", "Books on a reader's card"),
    "library_holds": lambda: translate("Exports", "Book holds"),
    "library_overdue": lambda: translate("Exports", "Overdue books"),
    "library_fines": lambda: translate("Exports", "Book room fines ledger"),
    "library_district": lambda: translate("Exports", "District library transactions to send"),
    # classes and activities
    "courses": lambda: translate("Exports", "Courses and groups"),
    "enrolments": lambda: translate("Exports", "Class sign-ups"),
    "activity_sessions": lambda: translate("Exports", "Class sessions"),
    "activity_attendance": lambda: translate("Exports", "Class attendance"),
    "activity_events": lambda: translate("Exports", "Events and performances"),
    # buildings and visits
    "buildings": lambda: translate("Exports", "Buildings"),
    "households": lambda: translate("Exports", "Households"),
    "occupants": lambda: translate("Exports", "People in a household"),
    "household_links": lambda: translate("Exports", "A household's links"),
    "visits": lambda: translate("Exports", "Home visits"),
    "councils": lambda: translate("Exports", "Residents' councils"),
    "council_seats": lambda: translate("Exports", "Council members"),
    "meetings": lambda: translate("Exports", "Council meetings"),
    "council_tasks": lambda: translate("Exports", "Council tasks"),
    "building_board": lambda: translate("Exports", "Building board"),
    # today's alerts
    "alerts": lambda: translate("Exports", "Today's alerts"),
}

MONEY_FORMAT = "0.00"
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"


@dataclass(frozen=True)
class ExportColumn:
    heading: str  # as the screen shows it (translated)
    kind: str = TEXT


@dataclass(frozen=True)
class ListExport:
    """What to export. `list_key`: a key of `LISTS`; `filter_text`: the filter in words, without personal data
    (no typed search text); `permission`: what the actor must hold to read this list at all (None: every
    signed-in role); `sheet_title`: the worksheet's name (the list's name when empty)."""

    list_key: str
    columns: tuple[ExportColumn, ...]
    filter_text: str = ""
    permission: str | None = None
    sheet_title: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    full_personal_data: bool  # ID numbers and phones both written in full (`may_export_personal_data`)
    full_id_numbers: bool = False  # ID numbers written in full (`privacy.may_export_full_ids`)
    full_phones: bool = False  # phones written in full (`privacy.may_see_phones`)


def may_export_personal_data(actor: Actor | None) -> bool:
    """Whether an export by `actor` carries ID numbers and phones in full (`privacy.may_export_full_ids` and
    `privacy.may_see_phones`)."""
    return may_export_full_ids(actor) and may_see_phones(actor)


def list_name(key: str) -> str:
    words = LISTS.get(key)
    return words() if words is not None else key


def _cell_value(kind: str, value: Any, full_ids: bool, full_phones: bool) -> Any:
    if value is None or value == "":
        return None
    if kind == MONEY:
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"money cells take integer fen, not {type(value).__name__}")
        return (Decimal(value) / 100).quantize(Decimal("0.01"))
    if kind == DATETIME:
        if isinstance(value, dt.datetime):
            if value.tzinfo is not None:
                value = clock.to_local(value)
            return value.replace(tzinfo=None, microsecond=0)
        return value
    if kind == DATE:
        return value.date() if isinstance(value, dt.datetime) else value
    if kind == NUMBER:
        return value
    if kind == ID_NUMBER:
        text = str(value)
        return text if full_ids or "*" in text else mask_id_number(text)
    if kind == PHONE:
        return str(value) if full_phones else mask_phone(str(value))
    return str(value)


@checked
def resident_id_numbers(db: Database, actor: Actor, resident_ids: list[int]) -> dict[int, str]:
    """{resident id: full ID number} for an export by a role that may export full ID numbers (SEE_FULL_ID, else
    PermissionDenied; `write_list` masks them again unless `privacy.may_export_full_ids`); the export itself is
    audited by `write_list`. Residents without a number are left out."""
    require(actor, SEE_FULL_ID)
    from sqlalchemy import select

    from db.models import Resident

    out: dict[int, str] = {}
    with db.read() as s:
        for start in range(0, len(resident_ids), 500):
            chunk = resident_ids[start : start + 500]
            q = select(Resident.id, Resident.id_number).where(Resident.id.in_(chunk), Resident.id_number.is_not(None))
            out.update({rid: number for rid, number in s.execute(q).all() if number})
    return out


@checked
def write_list(
    db: Database,
    actor: Actor,
    spec: ListExport,
    rows: Callable[[], Iterable[Sequence[Any]]],
    target: Path,
    progress: Callable[[int], None] | None = None,
) -> ExportResult:
    """Write the rows `rows()` yields (one value per column of `spec`, in order) to the workbook `target`.

    ID numbers are masked unless `privacy.may_export_full_ids(actor)`, phones unless `privacy.may_see_phones(actor)`
    (module docstring); the export is audited (list, filter, row count, whether full ID numbers and full phones went
    out) before the file takes its name. `progress`
    is called with the rows written so far (every 500 rows and at the end). PermissionDenied when the actor may
    not read the list (`spec.permission`); UserError when the folder cannot be written. Returns the path and count.
    """
    if spec.permission is not None:
        require(actor, spec.permission)
    if spec.list_key not in LISTS:
        raise ValueError(f"unknown list {spec.list_key!r}")
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    full_ids, full_phones = may_export_full_ids(actor), may_see_phones(actor)
    kinds = [c.kind for c in spec.columns]
    for kind in kinds:
        if kind not in KINDS:
            raise ValueError(f"unknown column kind {kind!r}")
    wb = Workbook(write_only=True)
    title = (spec.sheet_title or list_name(spec.list_key))[:31]
    for bad in "[]:*?/\\":
        title = title.replace(bad, " ")
    ws = wb.create_sheet(title or "Sheet1")
    bold = Font(bold=True)
    header = []
    for c in spec.columns:
        cell = WriteOnlyCell(ws, value=c.heading)
        cell.font = bold
        header.append(cell)
    ws.append(header)
    ws.freeze_panes = "A2"
    formats = {MONEY: MONEY_FORMAT, DATE: DATE_FORMAT, DATETIME: DATETIME_FORMAT}
    count = 0
    try:
        for row in rows():
            out = []
            for kind, value in zip(kinds, row, strict=True):
                v = _cell_value(kind, value, full_ids, full_phones)
                fmt = formats.get(kind)
                if fmt is not None and v is not None:
                    cell = WriteOnlyCell(ws, value=v)
                    cell.number_format = fmt
                    out.append(cell)
                else:
                    out.append(v)
            ws.append(out)
            count += 1
            if progress is not None and count % 500 == 0:
                progress(count)
    except BaseException:
        discard_sheet(ws)
        raise
    if progress is not None:
        progress(count)

    target = Path(target)
    temp = target.with_name(f".{target.name}.{os.getpid()}.part")
    try:
        with owner_only():
            try:
                wb.save(temp)
            except OSError as exc:
                from app.errors import UserError

                raise UserError(
                    translate("Exports", "The workbook could not be written to {folder}: {reason}").format(
                        folder=str(target.parent), reason=exc.strerror or str(exc)
                    )
                ) from exc
        tighten(temp)
        with db.write() as s:
            audit.record(
                s,
                actor,
                "export",
                "list_export",
                None,
                audit.message("export.list", list=spec.list_key, filter=spec.filter_text or "-", rows=count),
                None,
                {
                    "list": spec.list_key,
                    "rows": count,
                    "full_personal_data": full_ids and full_phones,
                    "full_id_numbers": full_ids,
                    "full_phones": full_phones,
                },
            )
        os.replace(temp, target)
    finally:
        if temp.exists():
            temp.unlink()
    tighten(target)
    return ExportResult(target, count, full_ids and full_phones, full_ids, full_phones)


def discard_sheet(ws) -> None:
    """Drop an openpyxl write-only sheet that will not be saved: its row writer closed and its temporary file (the
    rows written so far, personal data) removed now. Left alone, the writer is closed by the garbage collector
    after its file, which prints "I/O operation on closed file" (the import command did, issue 17)."""
    rows = getattr(ws, "_rows", None)
    if rows is not None:
        rows.close()
    writer = getattr(ws, "_writer", None)
    if writer is not None:
        try:
            writer.close()
        finally:
            try:
                writer.cleanup()
            except (OSError, ValueError):
                pass
