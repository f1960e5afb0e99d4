"""The residents tab: search as you type, a paged list, the profile beside it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.residents import service
from app.residents.search_keys import looks_like_id_number
from ui.common import export as list_export
from ui.common.layout import share_on_first_show, size_columns_when_filled
from ui.common.loading import Loader
from ui.common.nothing_found import NothingFound
from ui.common.steps import Steps
from ui.context import AppContext
from ui.residents.form import ResidentForm
from ui.residents.model import ResidentsModel
from ui.residents.profile import ResidentProfile


class ResidentsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        # Built top-down, each widget made inside its parent: a widget made elsewhere and moved in is styled again
        # whole (the list's half moved into the splitter cost about 15 ms of the page's first show).
        layout = QVBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        layout.addWidget(splitter)
        left = QWidget(splitter)
        splitter.addWidget(left)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        lv.addLayout(top)

        self.search = QLineEdit(left)
        self.search.setObjectName("residentSearch")
        self.search.setAccessibleName(self.tr("Find resident"))
        self.search.setPlaceholderText(self.tr("Name, pinyin initials (zsq), phone, or ID digits; scan an ID card"))
        self.search.setProperty("role", "search")
        self.search.setClearButtonEnabled(True)
        self.setFocusProxy(self.search)  # the first field (ui/common/lazy.py first_field)
        # The whole hint shows (issue 16): the box is at least as wide as its placeholder in its large font.
        self.search.ensurePolished()
        self.search.setMinimumWidth(self.search.fontMetrics().horizontalAdvance(self.search.placeholderText()) + 48)
        self.archived = QCheckBox(self.tr("Include archived"), left)
        self.archived.setObjectName("includeArchived")
        self.archived.setAccessibleName(self.tr("Include archived residents"))
        self.add_button = QPushButton(self.tr("New resident…"), left)
        self.add_button.setObjectName("addResidentButton")
        self.add_button.setAccessibleName(self.tr("New resident"))
        self.add_button.setShortcut("Ctrl+N")
        top.addWidget(self.search, 1)
        top.addWidget(self.archived)
        top.addWidget(self.add_button)

        self.model = ResidentsModel(ctx.db, self, actor=ctx.actor)
        self.table = QTableView(left)
        self.table.setObjectName("residentsTable")
        self.table.setAccessibleName(self.tr("Residents"))
        self.table.setModel(self.model)
        self.nothing_found = NothingFound(self.table, self.search)  # "没有找到…" over an empty answer
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        list_export.install(
            self.table, "residents", ctx=ctx, filter_text=list_export.filter_of(self.search, self.archived), scope=self
        )
        lv.addWidget(self.table, 1)
        self.status = QLabel(left)
        self.status.setObjectName("residentsStatus")
        self.status.setProperty("role", "hint")
        lv.addWidget(self.status)

        # the profile (a scroll area: seven widgets) is made in a later step, after the list's first paint
        # (ui/common/steps.py), into this box that keeps its place; `profile` finishes the steps when asked for
        self._profile_box = QWidget(splitter)
        self._profile_box.setObjectName("residentProfileBox")
        box = QVBoxLayout(self._profile_box)
        box.setContentsMargins(0, 0, 0, 0)
        self._profile: ResidentProfile | None = None
        splitter.addWidget(self._profile_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        # the profile gets its share from the start, not what the wide table's size hint leaves it (at 1366×768 the
        # Reveal button of the ID number was cut off); ResidentProfile keeps what it shows from being squeezed
        share_on_first_show(splitter, (58, 42))

        # Search as you type, but let a fast typist (or a card reader) finish the burst first.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(120)
        self._debounce.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self.on_enter)
        self.archived.toggled.connect(lambda _c: self.run_search())
        self.add_button.clicked.connect(self.add_resident)
        self.table.selectionModel().currentRowChanged.connect(self.on_current_changed)
        self.table.activated.connect(self.on_activated)
        ctx.resident_changed.connect(self.on_resident_changed)
        ctx.open_resident.connect(self.open_resident)
        self.count_loader = Loader(self)  # the count read on a worker, the newest answer only
        self.page_loader = Loader(self)  # the first page, read on a worker when the page is built to be seen
        self.steps = Steps(self)
        self.steps.then(self._build_profile)
        if self.steps.deferred:
            # built for its tab being shown (ui/common/steps.py): the list's frame paints at once, then its first
            # page (~10 ms read on 100,000 residents) is read on a worker; made any other way, read here as before
            self.steps.then(self._read_first_page)
        else:
            self.run_search()
        # header and the first rows, not every resident (issue 16); measured once, the first page already in
        size_columns_when_filled(self.table)

    def _build_profile(self) -> None:
        """The resident's profile beside the list (a later step)."""
        profile = ResidentProfile(self.ctx, self._profile_box)
        profile.edit_requested.connect(self.edit_resident)
        self._profile_box.layout().addWidget(profile)
        self._profile = profile

    @property
    def profile(self) -> ResidentProfile:
        """The profile beside the list, made now if the page's later steps have not run yet."""
        if self._profile is None:
            self.steps.finish()
        assert self._profile is not None
        return self._profile

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def run_search(self) -> None:
        self._debounce.stop()
        self.page_loader.drop()  # the clerk's own search wins over a first page still on its way
        self.model.set_query(self.search.text(), self.archived.isChecked())
        text = self.search.text().strip()
        if text:
            n = self.model.rowCount()
            if n >= self.model.SEARCH_LIMIT:
                self.status.setText(self.tr("More than {n} matches: type more to narrow it down.").format(n=n))
            else:
                self.status.setText(self.tr("{n} matches").format(n=n))
        else:
            self._count_residents()

    def _read_first_page(self) -> None:
        """The browse list's first page read on a worker (the page's first show), the count beside it."""
        db, archived, first = self.ctx.db, self.archived.isChecked(), self.model.FIRST_PAGE or self.model.PAGE
        self._count_residents()
        self.page_loader.run(
            lambda: service.page_residents(db, None, first, archived),
            lambda page: self.model.show_first_page(page, archived),
        )

    def _count_residents(self) -> None:
        """ "{n} residents" under the list, counted off the UI thread: a count over every resident (~30 ms on 100,000)
        is not worth holding the first show of the page or a keystroke for."""
        db, archived = self.ctx.db, self.archived.isChecked()
        self.status.setText("")

        def done(n: int) -> None:
            if not self.search.text().strip():  # the newest question, still wanted
                self.status.setText(self.tr("{n} residents").format(n=n))

        self.count_loader.run(lambda: service.count_residents(db, archived), done)

    def on_enter(self) -> None:
        """Enter: a scanned ID number opens that resident at once; otherwise open the first match."""
        text = self.search.text().strip()
        if looks_like_id_number(text):
            row = service.find_by_id_number(self.ctx.db, text)
            if row is not None:
                self.open_resident(row.id)
                return
        self.run_search()
        if self.model.rowCount():
            self.table.selectRow(0)
            self.profile.show_resident(self.model.row_at(0).id)

    def open_resident(self, resident_id: int) -> None:
        self.profile.show_resident(resident_id)
        for i in range(self.model.rowCount()):
            if self.model.row_at(i).id == resident_id:
                self.table.selectRow(i)
                break

    def on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.profile.show_resident(self.model.row_at(current.row()).id)

    def on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.profile.show_resident(self.model.row_at(index.row()).id)

    def add_resident(self) -> None:
        form = ResidentForm(self.ctx, self)
        form.saved.connect(self.open_resident)
        form.open()

    def edit_resident(self, resident_id: int) -> None:
        form = ResidentForm(self.ctx, self, resident_id)
        form.saved.connect(self.open_resident)
        form.open()

    def on_resident_changed(self, resident_id: int) -> None:
        current = self.profile.resident_id
        self.run_search()
        if current is not None:
            self.open_resident(current)


def create_page(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    return ResidentsPage(ctx, parent)
