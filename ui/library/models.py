"""Table models of the book room: the catalogue (paged from the database), a reader's loans, holds, overdue loans,
the fines ledger."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from app import exports
from app.documents.common import yuan
from app.library import catalogue, fines
from app.library.catalogue import owner_label, status_label
from app.library.desk import HoldRow, LoanRow, OverdueRow
from app.library.fines import FineRow
from ui.common.paged_model import Column, KeysetTableModel, ListTableModel
from ui.common.row_texts import RowTexts

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
RED = QBrush(QColor("#c62828"))
GREY = QBrush(QColor("#757575"))


class CatalogueModel(RowTexts, KeysetTableModel):
    """The catalogue, newest copies first, filtered in SQL by `text`."""

    CONTEXT = "LibraryCatalogueModel"
    FIRST_PAGE = 60
    COLUMNS = (
        Column("barcode", QT_TRANSLATE_NOOP("LibraryCatalogueModel", "Barcode")),
        Column("title", QT_TRANSLATE_NOOP("LibraryCatalogueModel", "Title")),
        Column("author", QT_TRANSLATE_NOOP("LibraryCatalogueModel", "Author")),
        Column("isbn", QT_TRANSLATE_NOOP("LibraryCatalogueModel", "ISBN")),
        Column("call", QT_TRANSLATE_NOOP("LibraryCatalogueModel", "Call number")),
        Column("owner", QT_TRANSLATE_NOOP("LibraryCatalogueModel", "Owner")),
        Column("state", QT_TRANSLATE_NOOP("LibraryCatalogueModel", "Status")),
    )

    def __init__(self, db, parent=None) -> None:
        super().__init__(parent)
        self.db = db
        self.text = ""

    def fetch_page(self, after, limit):
        return [(r.id, r) for r in catalogue.page_copies(self.db, self.text, after, limit)]

    def show_first_page(self, text: str, page: list) -> None:
        """Show the first page of the search `text`, read elsewhere (on a worker) with `FIRST_PAGE` as the limit:
        the same as `reload()` without reading on the UI thread. Later pages are fetched as the view scrolls."""
        self.beginResetModel()
        self.text = text
        self._rows = [row for _key, row in page]
        self._last_key = page[-1][0] if page else None
        self._exhausted = len(page) < (self.FIRST_PAGE or self.PAGE)
        self.pages_loaded = 1
        self.endResetModel()

    def export_rows(self, actor=None):
        """Every copy the current search selects, for ui.common.export: the search taken now, read a page at a
        time by the worker (the view keeps only the pages it loaded)."""
        db, text, size = self.db, self.text, 1000

        def pages():
            after = None
            while True:
                page = catalogue.page_copies(db, text, after, size)
                yield from page
                if len(page) < size:
                    return
                after = page[-1].id

        return pages

    def display(self, row, column: int) -> str:
        if column == 0:
            return row.barcode
        if column == 1:
            return row.title
        if column == 2:
            return row.author
        if column == 3:
            return row.isbn
        if column == 4:
            return row.call_number
        if column == 5:
            return owner_label(row.owner)
        state = status_label(row.state)
        if row.state == "on_loan" and row.due_on is not None:
            return QCoreApplication.translate("LibraryCatalogueModel", "{state}, due {due}").format(
                state=state, due=row.due_on.isoformat()
            )
        return state

    def foreground(self, row, column: int):
        return GREY if row.state in ("withdrawn", "lost") else None


class LoansModel(ListTableModel):
    """The open loans on a reader's card (a child's among them)."""

    CONTEXT = "LibraryLoansModel"
    COLUMNS = (
        Column("barcode", QT_TRANSLATE_NOOP("LibraryLoansModel", "Barcode")),
        Column("title", QT_TRANSLATE_NOOP("LibraryLoansModel", "Title")),
        Column("borrower", QT_TRANSLATE_NOOP("LibraryLoansModel", "Borrowed by")),
        Column("lent", QT_TRANSLATE_NOOP("LibraryLoansModel", "Lent")),
        Column("due", QT_TRANSLATE_NOOP("LibraryLoansModel", "Due")),
        Column("renewals", QT_TRANSLATE_NOOP("LibraryLoansModel", "Renewed"), RIGHT),
        Column("note", QT_TRANSLATE_NOOP("LibraryLoansModel", "Note")),
    )
    EXPORT_KINDS = {"lent": exports.DATE, "due": exports.DATE, "renewals": exports.NUMBER}

    def export_value(self, row: LoanRow, column: int):
        return (
            {3: row.lent_on, 4: row.due_on, 5: row.renewals}.get(column)
            if 3 <= column <= 5
            else self.display(row, column)
        )

    def display(self, row: LoanRow, column: int) -> str:
        values = (row.barcode, row.title, row.borrower, row.lent_on.isoformat(), row.due_on.isoformat())
        if column < 5:
            return values[column]
        if column == 5:
            return str(row.renewals)
        notes = []
        if row.overdue_days:
            notes.append(QCoreApplication.translate("LibraryLoansModel", "{n} days overdue").format(n=row.overdue_days))
        if row.owner == "district":
            notes.append(QCoreApplication.translate("LibraryLoansModel", "District library"))
        if row.pending:
            notes.append(QCoreApplication.translate("LibraryLoansModel", "waiting to be sent"))
        if row.desk_due_on is not None:
            notes.append(
                QCoreApplication.translate(
                    "LibraryLoansModel", "due date set by the district library (the desk had given {day})"
                ).format(day=row.desk_due_on.isoformat())
            )
        return "，".join(notes)

    def tooltip(self, row: LoanRow, column: int):
        """The whole note (the column is narrow), also over the due day when the district library changed it."""
        if column == 6 or (column == 4 and row.desk_due_on is not None):
            return self.display(row, 6) or None
        return None

    def sort_value(self, row: LoanRow, column: int):
        return (row.due_on, row.id) if column in (3, 4) else self.display(row, column)

    def foreground(self, row: LoanRow, column: int):
        return RED if row.overdue_days else None


class HoldsModel(RowTexts, ListTableModel):
    CONTEXT = "LibraryHoldsModel"
    COLUMNS = (
        Column("barcode", QT_TRANSLATE_NOOP("LibraryHoldsModel", "Barcode")),
        Column("title", QT_TRANSLATE_NOOP("LibraryHoldsModel", "Title")),
        Column("reader", QT_TRANSLATE_NOOP("LibraryHoldsModel", "Reader")),
        Column("card", QT_TRANSLATE_NOOP("LibraryHoldsModel", "Card")),
        Column("position", QT_TRANSLATE_NOOP("LibraryHoldsModel", "In queue"), RIGHT),
        Column("status", QT_TRANSLATE_NOOP("LibraryHoldsModel", "Status")),
        Column("placed", QT_TRANSLATE_NOOP("LibraryHoldsModel", "Placed")),
    )
    EXPORT_KINDS = {"position": exports.NUMBER, "placed": exports.DATE}

    def export_value(self, row: HoldRow, column: int):
        return {4: row.position, 6: row.placed_on}.get(column) if column in (4, 6) else self.display(row, column)

    def display(self, row: HoldRow, column: int) -> str:
        if column == 4:
            return str(row.position)
        if column == 5:
            if row.status == "ready":
                return QCoreApplication.translate("LibraryHoldsModel", "Ready to collect")
            return QCoreApplication.translate("LibraryHoldsModel", "Waiting")
        if column == 0 and row.status != "ready":  # a hold is on the title: any copy that comes back
            return QCoreApplication.translate("LibraryHoldsModel", "any copy")
        return (row.barcode, row.title, row.borrower, row.card_no, "", "", row.placed_on.isoformat())[column]


class OverdueModel(RowTexts, ListTableModel):
    CONTEXT = "LibraryOverdueModel"
    COLUMNS = (
        Column("barcode", QT_TRANSLATE_NOOP("LibraryOverdueModel", "Barcode")),
        Column("title", QT_TRANSLATE_NOOP("LibraryOverdueModel", "Title")),
        Column("borrower", QT_TRANSLATE_NOOP("LibraryOverdueModel", "Borrowed by")),
        Column("holder", QT_TRANSLATE_NOOP("LibraryOverdueModel", "Card holder")),
        Column("phone", QT_TRANSLATE_NOOP("LibraryOverdueModel", "Phone")),
        Column("due", QT_TRANSLATE_NOOP("LibraryOverdueModel", "Due")),
        Column("days", QT_TRANSLATE_NOOP("LibraryOverdueModel", "Days overdue"), RIGHT),
        Column("reminded", QT_TRANSLATE_NOOP("LibraryOverdueModel", "Reminded")),
    )
    EXPORT_KINDS = {
        "phone": exports.PHONE,
        "due": exports.DATE,
        "days": exports.NUMBER,
    }  # masked unless the role may export personal data

    def export_value(self, row: OverdueRow, column: int):
        if column == 5:
            return row.loan.due_on
        if column == 6:
            return row.loan.overdue_days
        return self.display(row, column)

    def display(self, row: OverdueRow, column: int) -> str:
        x = row.loan
        values = (
            x.barcode,
            x.title,
            x.borrower,
            f"{row.card_holder}（{row.card_no}）",
            row.phone,
            x.due_on.isoformat(),
            str(x.overdue_days),
            row.reminded_on.isoformat() if row.reminded_on else "",
        )
        return values[column]

    def sort_value(self, row: OverdueRow, column: int):
        return row.loan.overdue_days if column == 6 else self.display(row, column)


class FinesModel(RowTexts, ListTableModel):
    """The fines ledger: each loan that carries a fine and how it was settled."""

    CONTEXT = "LibraryFinesModel"
    COLUMNS = (
        Column("returned", QT_TRANSLATE_NOOP("LibraryFinesModel", "Returned")),
        Column("barcode", QT_TRANSLATE_NOOP("LibraryFinesModel", "Barcode")),
        Column("title", QT_TRANSLATE_NOOP("LibraryFinesModel", "Title")),
        Column("holder", QT_TRANSLATE_NOOP("LibraryFinesModel", "Card holder")),
        Column("days", QT_TRANSLATE_NOOP("LibraryFinesModel", "Days late"), RIGHT),
        Column("fine", QT_TRANSLATE_NOOP("LibraryFinesModel", "Fine"), RIGHT),
        Column("state", QT_TRANSLATE_NOOP("LibraryFinesModel", "State")),
        Column("settled", QT_TRANSLATE_NOOP("LibraryFinesModel", "Settled")),
        Column("by", QT_TRANSLATE_NOOP("LibraryFinesModel", "By")),
        Column("detail", QT_TRANSLATE_NOOP("LibraryFinesModel", "Receipt or reason")),
    )
    EXPORT_KINDS = {"returned": exports.DATE, "days": exports.NUMBER, "fine": exports.MONEY, "settled": exports.DATE}

    def export_value(self, row: FineRow, column: int):
        return {0: row.returned_on, 4: row.days_late, 5: row.fine_fen, 7: row.settled_on}.get(
            column, self.display(row, column)
        )

    def display(self, row: FineRow, column: int) -> str:
        values = (
            row.returned_on.isoformat(),
            row.barcode,
            row.title,
            f"{row.card_holder}（{row.card_no}）",
            str(row.days_late),
            yuan(row.fine_fen),
            fines.state_label(row.state),
            row.settled_on.isoformat() if row.settled_on else "",
            row.settled_by,
            row.receipt_no if row.state == fines.FINE_PAID else row.reason,
        )
        return values[column]

    def sort_value(self, row: FineRow, column: int):
        return {0: (row.returned_on, row.loan_id), 4: row.days_late, 5: row.fine_fen}.get(
            column, self.display(row, column)
        )

    def foreground(self, row: FineRow, column: int):
        return RED if row.state == fines.OUTSTANDING else None
