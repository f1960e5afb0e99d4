"""The 书目 catalogue: find copies, add or correct one, take one out of the collection (withdrawn or lost, with the
reason), import a MARC file or a spreadsheet."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.accounts.permissions import LEND_BOOKS, MANAGE_BOOK_ROOM, may
from app.errors import UserError, ValidationError
from app.library import catalogue, imports
from app.library.catalogue import CopyInput, owner_label
from ui.common import dialogs
from ui.common import export as list_export
from ui.common.layout import set_available, size_columns_when_filled
from ui.common.loading import Loader
from ui.common.nothing_found import NothingFound
from ui.common.saving import one_click, saves_once
from ui.common.steps import Steps
from ui.context import AppContext
from ui.library.models import CatalogueModel


def _named(widget, name: str, accessible: str):
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    return widget


def choose_import_file(parent: QWidget, marc: bool) -> str | None:
    """The file to import (tests replace this)."""
    title = (
        QCoreApplication.translate("LibraryCatalogueTab", "Import a MARC file")
        if marc
        else QCoreApplication.translate("LibraryCatalogueTab", "Import a spreadsheet")
    )
    pattern = "MARC (*.mrc *.marc *.iso *.dat)" if marc else "(*.xlsx *.xls *.ods *.csv)"
    name, _f = QFileDialog.getOpenFileName(parent, title, "", pattern)
    return name or None


class LibraryCopyDialog(QDialog):
    """Add a copy, or correct one (`copy` given)."""

    def __init__(self, ctx: AppContext, parent: QWidget, copy: catalogue.CopyRow | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryCopyForm")
        self.ctx = ctx
        self.copy = copy
        self.copy_id: int | None = None
        self.setWindowTitle(self.tr("Correct a copy") if copy else self.tr("Add a copy"))
        self.barcode = _named(QLineEdit(self), "copyBarcode", self.tr("Barcode"))
        self.title_edit = _named(QLineEdit(self), "copyTitle", self.tr("Title"))
        self.author = _named(QLineEdit(self), "copyAuthor", self.tr("Author"))
        self.isbn = _named(QLineEdit(self), "copyIsbn", self.tr("ISBN"))
        self.isbn.setPlaceholderText(self.tr("10 or 13 digits, hyphens allowed"))
        self.call_number = _named(QLineEdit(self), "copyCallNumber", self.tr("Call number"))
        self.owner = _named(QComboBox(self), "copyOwner", self.tr("Owner"))
        for code in catalogue.OWNERS:
            self.owner.addItem(owner_label(code), code)
        self.error = _named(QLabel(self), "copyError", self.tr("Problem"))
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Barcode"), self.barcode)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Author"), self.author)
        form.addRow(self.tr("ISBN"), self.isbn)
        form.addRow(self.tr("Call number"), self.call_number)
        form.addRow(self.tr("Owner"), self.owner)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.setObjectName("copyButtons")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        one_click(buttons.button(QDialogButtonBox.StandardButton.Save))  # a double click saves once
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        if copy is not None:
            self.barcode.setText(copy.barcode)
            self.title_edit.setText(copy.title)
            self.author.setText(copy.author)
            self.isbn.setText(copy.isbn)
            self.call_number.setText(copy.call_number)
            self.owner.setCurrentIndex(max(self.owner.findData(copy.owner), 0))

    def value(self) -> CopyInput:
        return CopyInput(
            self.barcode.text(),
            self.title_edit.text(),
            self.author.text(),
            self.isbn.text(),
            self.call_number.text(),
            self.owner.currentData(),
        )

    @saves_once
    def save(self) -> None:
        try:
            if self.copy is None:
                self.copy_id = catalogue.add_copy(self.ctx.db, self.ctx.actor, self.value())
            else:
                catalogue.update_copy(self.ctx.db, self.ctx.actor, self.copy.id, self.value())
                self.copy_id = self.copy.id
        except ValidationError as exc:
            self.error.setText("\n".join(exc.errors.values()))
            return
        except UserError as exc:
            self.error.setText(exc.message)
            return
        self.accept()


class LibraryCatalogueTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryCatalogue")
        self.ctx = ctx
        self.search = _named(QLineEdit(self), "libraryCatalogueSearch", self.tr("Find a copy"))
        self.search.setPlaceholderText(self.tr("Barcode, ISBN, title, author or call number"))
        self.search.textChanged.connect(self._search)
        self.counts = _named(QLabel(self), "libraryCatalogueCounts", self.tr("Copies"))
        self.model = CatalogueModel(ctx.db, self)
        self.view = _named(QTableView(self), "libraryCatalogueView", self.tr("Catalogue"))
        self.view.setModel(self.model)
        self.nothing_found = NothingFound(self.view, self.search)  # "没有找到…" over an empty answer
        list_export.install(
            self.view,
            "library_catalogue",
            ctx=ctx,
            permission=LEND_BOOKS,
            filter_text=list_export.filter_of(self.search),
        )
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        # sized from the header and the first rows when they first come (the title takes the room left), not
        # measured over every loaded row at each show; the clerk may widen a column by hand
        size_columns_when_filled(self.view, stretch=1)
        self.view.doubleClicked.connect(lambda _i: self.edit())
        manage = may(ctx.actor, MANAGE_BOOK_ROOM)
        self.add_button = _named(QPushButton(self.tr("Add…"), self), "libraryCopyAdd", self.tr("Add a copy"))
        self.edit_button = _named(QPushButton(self.tr("Correct…"), self), "libraryCopyEdit", self.tr("Correct"))
        self.retire_button = _named(
            QPushButton(self.tr("Withdraw or lost…"), self), "libraryCopyRetire", self.tr("Take out of the collection")
        )
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.retire_button.clicked.connect(self.retire)
        for b in (self.add_button, self.edit_button, self.retire_button):
            set_available(b, None if manage else self.tr("Your role may not change the catalogue."))
        top = QHBoxLayout()
        top.addWidget(self.search, 2)
        top.addWidget(self.counts, 1)
        bottom = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.retire_button):
            bottom.addWidget(b)
        bottom.addStretch(1)
        self.bottom = bottom
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        self.setFocusProxy(self.search)
        # The first page and the counts are read on a worker: the frame shows at once, the rows when they come;
        # typing again drops the answer to an older search.
        self.loader = Loader(self)
        self.counts.setText(self.tr("Loading…"))
        self.reload_later()
        # the imports (rarely used) after the first paint (ui/common/steps.py)
        self.steps = Steps(self)
        self.steps.then(self._build_imports)

    def _build_imports(self) -> None:
        self.bottom.addWidget(QLabel(self.tr("Import as"), self))
        self.import_owner = _named(QComboBox(self), "libraryImportOwner", self.tr("Imported copies belong to"))
        for code in catalogue.OWNERS:
            self.import_owner.addItem(owner_label(code), code)
        self.marc_button = _named(QPushButton(self.tr("Import MARC…"), self), "libraryImportMarc", self.tr("MARC"))
        self.sheet_button = _named(
            QPushButton(self.tr("Import spreadsheet…"), self), "libraryImportSheet", self.tr("Spreadsheet")
        )
        self.marc_button.clicked.connect(lambda: self.import_file(marc=True))
        self.sheet_button.clicked.connect(lambda: self.import_file(marc=False))
        manage = may(self.ctx.actor, MANAGE_BOOK_ROOM)
        for widget in (self.import_owner, self.marc_button, self.sheet_button):
            self.bottom.addWidget(widget)
        for b in (self.marc_button, self.sheet_button):
            set_available(b, None if manage else self.tr("Your role may not change the catalogue."))
        QWidget.setTabOrder(self.retire_button, self.import_owner)  # the keyboard order as before
        QWidget.setTabOrder(self.import_owner, self.marc_button)
        QWidget.setTabOrder(self.marc_button, self.sheet_button)

    def _search(self, _text: str) -> None:
        self.reload_later()

    def reload(self) -> None:
        """Read the first page and the counts now (after this desk's own change)."""
        self._read(self._fetch(self.ctx.db, self.search.text(), self.model.FIRST_PAGE))

    def reload_later(self) -> None:
        """The same on a worker (first show, a search typed, another desk's change)."""
        db, text, size = self.ctx.db, self.search.text(), self.model.FIRST_PAGE
        self.loader.run(lambda: self._fetch(db, text, size), self._read)

    @staticmethod
    def _fetch(db, text: str, size: int) -> tuple:
        page = [(r.id, r) for r in catalogue.page_copies(db, text, None, size)]
        return text, page, catalogue.copy_counts(db)

    def _read(self, answer: tuple) -> None:
        text, page, c = answer
        self.model.show_first_page(text, page)
        self.counts.setText(
            self.tr("This room {room} · district library {district} · on loan {on_loan}").format(
                room=c["room"], district=c["district"], on_loan=c["on_loan"]
            )
        )

    def _current(self) -> catalogue.CopyRow | None:
        idx = self.view.currentIndex()
        return self.model.row_at(idx.row()) if idx.isValid() else None

    def add(self) -> None:
        if LibraryCopyDialog(self.ctx, self).exec():
            self.reload()

    def edit(self) -> None:
        row = self._current()
        if row is None or not may(self.ctx.actor, MANAGE_BOOK_ROOM):
            return
        if LibraryCopyDialog(self.ctx, self, row).exec():
            self.reload()

    def retire(self) -> None:
        row = self._current()
        if row is None:
            dialogs.inform(self, self.tr("Choose the copy in the list first."))
            return
        lost = dialogs.confirm(
            self,
            self.tr("Is “{title}” ({barcode}) lost? Yes: lost. No: withdrawn from the collection (剔旧).").format(
                title=row.title, barcode=row.barcode
            ),
        )
        reason = dialogs.ask_text(self, self.tr("Take out of the collection"), self.tr("Why?"))
        if not reason:
            return
        try:
            catalogue.retire_copy(self.ctx.db, self.ctx.actor, row.id, "lost" if lost else "withdrawn", reason)
        except UserError as exc:
            dialogs.show_user_error(self, exc)
            return
        self.reload()

    def import_file(self, marc: bool) -> None:
        self.steps.finish()
        path = choose_import_file(self, marc)
        if not path:
            return
        owner = self.import_owner.currentData()
        try:
            if marc:
                result = imports.import_marc(self.ctx.db, self.ctx.actor, path, owner)
            else:
                result = imports.import_sheet(self.ctx.db, self.ctx.actor, path, owner)
        except UserError as exc:
            dialogs.show_user_error(self, exc)
            return
        skipped = result.skipped
        text = self.tr("{n} copies imported.").format(n=result.imported)
        if skipped:
            lines = [f"{x.where} {x.barcode} {x.title}: {x.problem}" for x in skipped[:15]]
            more = len(skipped) - len(lines)
            text += "\n" + self.tr("{n} lines skipped:").format(n=len(skipped)) + "\n" + "\n".join(lines)
            if more:
                text += "\n" + self.tr("… and {n} more.").format(n=more)
        dialogs.inform(self, text)
        self.reload()
