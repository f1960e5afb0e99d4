"""The residents table: browsed in pinyin order page by page, or the matches of a search."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from app import exports
from app.accounts import privacy
from app.residents import service
from app.residents.service import ResidentRow
from db.engine import Database
from ui.common.paged_model import Column, KeysetTableModel
from ui.common.row_texts import RowTexts

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class ResidentsModel(RowTexts, KeysetTableModel):
    """Each row's texts made once (ui/common/row_texts.py: a repaint asks each cell once, in one call): wording a
    resident (address, age, translated labels) for every cell at every show cost the page about 10 ms."""

    CONTEXT = "ResidentsModel"
    NAME, GENDER, AGE, ID_NUMBER, PHONE, ADDRESS, STATUS = range(7)
    COLUMNS = (
        Column("name", QT_TRANSLATE_NOOP("ResidentsModel", "Name")),
        Column("gender", QT_TRANSLATE_NOOP("ResidentsModel", "Gender")),
        Column("age", QT_TRANSLATE_NOOP("ResidentsModel", "Age"), RIGHT),
        Column("id_number", QT_TRANSLATE_NOOP("ResidentsModel", "ID number")),
        Column("phone", QT_TRANSLATE_NOOP("ResidentsModel", "Phone")),
        Column("address", QT_TRANSLATE_NOOP("ResidentsModel", "Address")),
        Column("status", QT_TRANSLATE_NOOP("ResidentsModel", "Status")),
    )
    SEARCH_LIMIT = 200
    EXPORT_KINDS = {"age": exports.NUMBER, "id_number": exports.ID_NUMBER, "phone": exports.PHONE}
    EXPORT_SEARCH_LIMIT = 100_000  # an export holds every match, not the screenful the search shows

    def __init__(self, db: Database, parent=None, actor=None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor  # whose screen: phones shown as privacy.shown_phone lets them (masked without an actor)
        self.query = ""
        self.include_archived = False
        self._given: list[tuple[Any, ResidentRow]] | None = None  # a first page read beforehand

    def show_first_page(self, page: list[tuple[Any, ResidentRow]], include_archived: bool) -> None:
        """Browse (no search) with `page` as the first page, read beforehand (on a worker, see ResidentsPage):
        `page` is what `service.page_residents(db, None, FIRST_PAGE or PAGE, include_archived)` returned."""
        self.query = ""
        self.include_archived = include_archived
        self._given = page
        try:
            self.reload()
        finally:
            self._given = None

    def set_query(self, text: str, include_archived: bool | None = None) -> None:
        self.query = text.strip()
        if include_archived is not None:
            self.include_archived = include_archived
        self.reload()

    def fetch_page(self, after: Any, limit: int) -> list[tuple[Any, ResidentRow]]:
        if after is None and self._given is not None:
            return self._given
        if self.query:
            if after is not None:
                return []
            rows = service.search_residents(
                self.db, self.query, limit=self.SEARCH_LIMIT, include_archived=self.include_archived
            )
            # One page holds every match: searches stop at SEARCH_LIMIT and ask for more letters.
            self._exhausted = True
            return [(i, r) for i, r in enumerate(rows)]
        return service.page_residents(self.db, after, limit, self.include_archived)

    def export_rows(self, actor=None):
        """Every resident the current search (or browse) selects, for ui.common.export: a snapshot of the filter,
        read a page at a time by the worker; full ID numbers only when `actor` may export them
        (`privacy.may_export_full_ids`; app.exports.write_list masks them otherwise all the same)."""
        db, query, archived = self.db, self.query, self.include_archived
        full = privacy.may_export_full_ids(actor)

        def pages():
            if query:
                found = service.search_residents(db, query, limit=self.EXPORT_SEARCH_LIMIT, include_archived=archived)
                batches = [found[i : i + 1000] for i in range(0, len(found), 1000)]
            else:
                batches = _browse(db, archived)
            for batch in batches:
                if full:
                    numbers = exports.resident_id_numbers(db, actor, [r.id for r in batch if r.id_number])
                    batch = [replace(r, id_number=numbers.get(r.id, r.id_number)) for r in batch]
                yield from batch

        return pages

    def export_value(self, row: ResidentRow, column: int):
        if column == self.AGE:
            return row.age()
        if column == self.ID_NUMBER:
            return row.id_number or ""
        return self.display(row, column)

    def display(self, row: ResidentRow, column: int) -> str:
        if column == self.NAME:
            return row.name
        if column == self.GENDER:
            return {
                "M": QCoreApplication.translate("ResidentsModel", "Male"),
                "F": QCoreApplication.translate("ResidentsModel", "Female"),
            }.get(row.gender or "", "")
        if column == self.AGE:
            age = row.age()
            return "" if age is None else str(age)
        if column == self.ID_NUMBER:
            return row.masked_id
        if column == self.PHONE:
            return privacy.shown_phone(self.actor, row.phone)
        if column == self.ADDRESS:
            return row.address
        if column == self.STATUS:
            return QCoreApplication.translate("ResidentsModel", "Archived") if row.archived else ""
        return ""

    def sort_value(self, row: ResidentRow, column: int):
        if column == self.AGE:
            return row.age() or -1
        return self.display(row, column)

    def foreground(self, row: ResidentRow, column: int):
        return QBrush(QColor("#888888")) if row.archived else None


def _browse(db: Database, include_archived: bool, page: int = 1000):
    after = None
    while True:
        rows = service.page_residents(db, after, page, include_archived)
        if rows:
            yield [row for _key, row in rows]
            after = rows[-1][0]
        if len(rows) < page:
            return
