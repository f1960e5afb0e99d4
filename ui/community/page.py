"""楼栋与走访 (Buildings & visits): find a household by typing its address and see who lives there, who looks
after it (三带一联) and its visits; record a visit (a need becomes a request in one step); the building board
coloured by days since the last visit; the latest visits; councils with their members, meetings and tasks.

Sub-tabs are built when first shown (ui/common/lazy.py) and follow other workstations through the live feed."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.accounts.permissions import MANAGE_COUNCILS, RECORD_VISITS, may
from app.community import households as H
from app.community import service as C
from app.errors import UserError
from ui import keys
from ui.common import dialogs
from ui.common import export as list_export
from ui.common.layout import share_on_first_show, size_columns_always
from ui.common.lazy import LazyTabs
from ui.common.live import keep_view
from ui.common.loading import Loader
from ui.common.nothing_found import NothingFound
from ui.common.steps import Steps
from ui.community import dialogs as forms
from ui.community.models import (
    BANDS,
    NEVER,
    OVERDUE,
    BoardDelegate,
    BoardModel,
    BuildingsModel,
    CouncilsModel,
    HouseholdListModel,
    LinksModel,
    MeetingsModel,
    OccupantsModel,
    SeatsModel,
    TasksModel,
    VisitsModel,
)
from ui.context import AppContext

named = forms.named


def run_dialog(dialog) -> bool:
    """Show a dialog modally; tests replace this to fill and submit it."""
    return dialog.exec() == dialog.DialogCode.Accepted


def _table(name: str, accessible: str, model, parent: QWidget | None = None) -> QTableView:
    view = named(QTableView(parent), name, accessible)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(False)
    return view


def _selected(view: QTableView):
    rows = view.selectionModel().selectedRows() if view.selectionModel() else []
    return view.model().row_at(rows[0].row()) if rows else None


def _title(text: str, name: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName(name)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class HouseholdsTab(QWidget):
    """Type "6-2-301" or "6栋2单元301" (or just "6栋"), pick a household: who lives there, the party members who
    look after it, its visits; record a visit, link a party member, end a link, void a visit."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.household: H.Household | None = None
        # made from the outside in, each widget inside its parent (ui/common/lazy.py says why)
        layout = QVBoxLayout(self)
        split = QSplitter(self)
        split.setObjectName("communityHouseholdSplit")
        layout.addWidget(split)
        left = QWidget(split)
        split.addWidget(left)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        self.search = named(QLineEdit(left), "communityHouseholdSearch", self.tr("Find a household"))
        self.search.setPlaceholderText(self.tr("6-2-301 or 6栋2单元301, then Enter"))
        self.setFocusProxy(self.search)  # the first field (ui/common/lazy.py first_field)
        self.search.setClearButtonEnabled(True)
        self.list_model = HouseholdListModel(self)
        ll.addWidget(self.search)
        # the list (empty until an address is typed; a table is a dozen widgets) comes in the first later step,
        # after the page's first paint: the search box takes the keys at once; the stretch keeps it at the top
        self._ll = ll
        ll.addStretch(1)

        # the household's details beside the list come in later steps, after the page's first paint
        # (ui/common/steps.py): the clerk types an address into the search box first
        self.right = right = QWidget(split)
        split.addWidget(right)
        self._rl = QVBoxLayout(right)
        self._rl.setContentsMargins(0, 0, 0, 0)
        share_on_first_show(split, (1, 3))

        self.search.returnPressed.connect(self.find)
        self.search.textEdited.connect(lambda _t: self._debounce.start())
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.find)
        self.live_watch = ctx.live.watch(self, ("community.visits", "residents"), self.reload)
        self.steps = Steps(self)
        self.steps.then(self._build_list)
        self.steps.then(self._build_household)
        self.steps.then(self._build_people)
        self.steps.then(self._build_visits)

    def _build_list(self) -> None:
        """The households found and their count, under the search box (the first later step)."""
        left, ll = self.search.parentWidget(), self._ll
        self.list = _table("communityHouseholdList", self.tr("Households found"), self.list_model, left)
        self.nothing_found = NothingFound(self.list, self.search)  # "没有找到…" over an empty answer
        list_export.install(
            self.list,
            "households",
            ctx=self.ctx,
            permission=RECORD_VISITS,
            filter_text=list_export.filter_of(self.search),
        )
        size_columns_always(self.list)
        self.found = named(QLabel(left), "communityHouseholdCount", self.tr("Households found"))
        ll.takeAt(ll.count() - 1)  # the stretch that kept the search box at the top
        ll.addWidget(self.list, 1)
        ll.addWidget(self.found)
        self.list.selectionModel().currentRowChanged.connect(self._picked)
        self.list.activated.connect(self._to_visit_button)

    def _build_household(self) -> None:
        """The chosen household's title, summary and buttons (a later step)."""
        right, rl = self.right, self._rl
        self.heading = _title(self.tr("Type an address to find a household."), "communityHouseholdTitle", right)
        self.summary = named(QLabel(right), "communityHouseholdSummary", self.tr("Household summary"))
        self.summary.setWordWrap(True)
        self.visit_btn = named(
            QPushButton(self.tr("Record a visit…"), right), "communityRecordVisit", self.tr("Record a visit")
        )
        self.link_btn = named(
            QPushButton(self.tr("Link a party member…"), right), "communityAddLink", self.tr("Link a party member")
        )
        self.end_link_btn = named(
            QPushButton(self.tr("End link"), right), "communityEndLink", self.tr("End the chosen link")
        )
        self.void_btn = named(
            QPushButton(self.tr("Void visit…"), right), "communityVoidVisit", self.tr("Void the chosen visit")
        )
        if not may(self.ctx.actor, MANAGE_COUNCILS):
            for b in (self.link_btn, self.end_link_btn):
                b.setToolTip(self.tr("Your role may not change 三带一联 links."))
        rl.addWidget(self.heading)
        rl.addWidget(self.summary)
        buttons = QHBoxLayout()
        for b in (self.visit_btn, self.link_btn, self.end_link_btn, self.void_btn):
            buttons.addWidget(b)
        buttons.addStretch(1)
        rl.addLayout(buttons)
        self.visit_btn.clicked.connect(self.record_visit)
        self.link_btn.clicked.connect(self.add_link)
        self.end_link_btn.clicked.connect(self.end_link)
        self.void_btn.clicked.connect(self.void_visit)
        self._update_buttons()
        keys.mark_made_later(self)

    def _build_people(self) -> None:
        """Who lives there and the party members looking after it (a later step)."""
        right, rl, ctx = self.right, self._rl, self.ctx
        people = QHBoxLayout()
        col1 = QVBoxLayout()
        col1.addWidget(QLabel(self.tr("Who lives here"), right))
        self.occupants_model = OccupantsModel(self)
        self.occupants = _table("communityOccupants", self.tr("Who lives here"), self.occupants_model, right)
        list_export.install(self.occupants, "occupants", ctx=ctx, permission=RECORD_VISITS)
        size_columns_always(self.occupants)
        col1.addWidget(self.occupants)
        col2 = QVBoxLayout()
        col2.addWidget(QLabel(self.tr("三带一联: party members looking after it"), right))
        self.links_model = LinksModel(self)
        self.links = _table("communityLinks", self.tr("Party members looking after it"), self.links_model, right)
        list_export.install(self.links, "household_links", ctx=ctx, permission=RECORD_VISITS)
        size_columns_always(self.links)
        col2.addWidget(self.links)
        people.addLayout(col1, 1)
        people.addLayout(col2, 1)
        rl.addLayout(people, 2)

    def _build_visits(self) -> None:
        """The household's visits (a later step)."""
        right, rl = self.right, self._rl
        rl.addWidget(QLabel(self.tr("Visits"), right))
        self.visits_model = VisitsModel(self)
        self.visits = _table("communityHouseholdVisits", self.tr("Visits to this household"), self.visits_model, right)
        list_export.install(self.visits, "visits", ctx=self.ctx, permission=RECORD_VISITS)
        size_columns_always(self.visits)
        rl.addWidget(self.visits, 3)

    def _to_visit_button(self, _index=None) -> None:
        self.steps.finish()
        self.visit_btn.setFocus()

    def find(self) -> None:
        self._debounce.stop()
        self.steps.finish()  # the details beside the list show what is found
        rows = H.find_households(self.ctx.db, self.ctx.actor, self.search.text().strip()[:100])
        self.list_model.set_rows(rows)
        self.found.setText(self.tr("{n} households").format(n=len(rows)) if self.search.text().strip() else "")
        # The household shown must be one the list shows, selected: never a flat from an earlier search.
        shown = self.household
        keys = [r.key for r in rows]
        if shown is not None and (shown.building, shown.unit, shown.room) in keys and len(rows) > 1:
            self.list.selectRow(keys.index((shown.building, shown.unit, shown.room)))
            return
        self.clear_household()
        if rows:
            self.list.selectRow(0)
            self._picked(self.list_model.index(0, 0))

    def clear_household(self) -> None:
        """Nothing chosen: no details, and no button acts on a household."""
        self.steps.finish()
        self.household = None
        self.heading.setText(self.tr("Type an address to find a household."))
        self.summary.setText("")
        self.occupants_model.set_rows([])
        self.links_model.set_rows([])
        self.visits_model.set_rows([])
        self._update_buttons()

    def _picked(self, current: QModelIndex, _previous=None) -> None:
        if not current.isValid():
            return
        row: H.HouseholdRow = self.list_model.row_at(current.row())
        self.show_household(*row.key)

    def show_household(self, building: str, unit: str, room: str) -> None:
        self.steps.finish()
        self.household = H.get_household(self.ctx.db, self.ctx.actor, building, unit, room)
        h = self.household
        self.heading.setText(h.label)
        last = h.last_visit
        bits = [self.tr("{n} residents").format(n=len(h.occupants))]
        bits.append(self.tr("last visit {day}").format(day=last.isoformat()) if last else self.tr("never visited"))
        live = [k.party_member_name for k in h.links if k.ended_on is None]
        if live:
            bits.append(self.tr("looked after by {names}").format(names="、".join(dict.fromkeys(live))))
        self.summary.setText(" · ".join(bits))
        self.occupants_model.set_rows(h.occupants)
        self.links_model.set_rows(h.links)
        self.visits_model.set_rows(h.visits)
        self._update_buttons()

    def reload(self) -> None:
        if self.household is not None:
            h = self.household
            keep_view(self.visits, lambda: self.show_household(h.building, h.unit, h.room), key=lambda v: v.id)

    def _update_buttons(self) -> None:
        has = self.household is not None
        self.visit_btn.setEnabled(has)
        manage = may(self.ctx.actor, MANAGE_COUNCILS)
        self.link_btn.setEnabled(has and manage)
        self.end_link_btn.setEnabled(has and manage)
        self.void_btn.setEnabled(has)

    def record_visit(self) -> None:
        if self.household is None:
            return
        dlg = forms.VisitDialog(self.ctx, self, self.household)
        if run_dialog(dlg):
            saved: C.SavedVisit = dlg.saved
            if saved.request_number:
                dialogs.inform(
                    self,
                    self.tr("Visit saved. Request {number} was taken in for the need found.").format(
                        number=saved.request_number
                    ),
                )
            self.reload()

    def add_link(self) -> None:
        if self.household is None:
            return
        if run_dialog(forms.LinkDialog(self.ctx, self, self.household)):
            self.reload()

    def end_link(self) -> None:
        self.steps.finish()
        link = _selected(self.links)
        if link is None or link.ended_on is not None:
            dialogs.inform(self, self.tr("Choose a link that is still running."))
            return
        if not dialogs.confirm(
            self,
            self.tr("End {name}'s link to {place}?").format(
                name=link.party_member_name, place=H.short_label(link.building, link.unit, link.room)
            ),
        ):
            return
        try:
            C.end_link(self.ctx.db, self.ctx.actor, link.id)
        except UserError as exc:
            dialogs.show_user_error(self, exc)
        self.reload()

    def void_visit(self) -> None:
        self.steps.finish()
        visit = _selected(self.visits)
        if visit is None or visit.voided:
            dialogs.inform(self, self.tr("Choose a visit that is not voided."))
            return
        reason = dialogs.ask_text(self, self.tr("Void visit"), self.tr("Why is this visit voided?"))
        if reason is None:
            return
        try:
            C.void_visit(self.ctx.db, self.ctx.actor, visit.id, reason)
        except UserError as exc:
            dialogs.show_user_error(self, exc)
        self.reload()


class BoardTab(QWidget):
    """Buildings on the left; the chosen building's households as a board, coloured by days since the last visit
    (legend above); Enter or a double click opens the household."""

    def __init__(self, ctx: AppContext, page: CommunityPage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.page = page
        self.building = ""
        self._quiet = False
        fm = self.fontMetrics()
        # made from the outside in, each widget inside its parent (ui/common/lazy.py says why)
        layout = QVBoxLayout(self)
        split = QSplitter(self)
        split.setObjectName("communityBoardSplit")
        layout.addWidget(split)
        self.buildings_model = BuildingsModel(self)
        # the buildings' list (its rows read on a worker) is made in the first later step, after the page's first
        # paint (ui/common/steps.py), in this box that keeps its place and width
        self.buildings_box = QWidget(split)
        self.buildings_box.setObjectName("communityBuildingsBox")
        QVBoxLayout(self.buildings_box).setContentsMargins(0, 0, 0, 0)
        self.buildings_box.setMinimumWidth(fm.horizontalAdvance("Bldg 000 0000") + 30)
        split.addWidget(self.buildings_box)
        right = QWidget(split)
        split.addWidget(right)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        self.heading = _title(self.tr("Loading…"), "communityBoardTitle", right)
        rl.addWidget(self.heading)
        # the legend comes in a later step, after the page's first paint (ui/common/steps.py), into this row
        self.legend_box = QWidget(right)
        self.legend_box.setMinimumHeight(fm.height())  # the board does not move down when the legend comes
        self.legend = QHBoxLayout(self.legend_box)
        self.legend.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.legend_box)
        self.board_model = BoardModel(self)
        self.board = named(QTableView(right), "communityBoard", self.tr("Building board"))
        self.board.setModel(self.board_model)
        list_export.install(
            self.board, "building_board", ctx=ctx, permission=RECORD_VISITS, filter_text=lambda: self.building
        )
        self.board.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.board.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.board.setWordWrap(True)
        self.board.setShowGrid(True)
        self.board.setItemDelegate(BoardDelegate(self.board))
        self.board.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.board.verticalHeader().setMinimumSectionSize(fm.lineSpacing() * 3 + 8)
        self.board.verticalHeader().setDefaultSectionSize(fm.lineSpacing() * 3 + 8)
        self.board.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.board.horizontalHeader().setMinimumSectionSize(fm.horizontalAdvance("王秀英+2") + 12)
        self.board.horizontalHeader().setDefaultSectionSize(fm.horizontalAdvance("王秀英+2") + 12)
        rl.addWidget(self.board, 1)
        share_on_first_show(split, (1, 7))
        self.board.activated.connect(self.open_household)
        # The buildings and the board are read on a worker: the frame shows at once, the rows when they come
        # (the board of a big estate took ~150 ms on the UI thread); a newer read drops an older answer.
        self.loader = Loader(self)
        self.board_loader = Loader(self)
        self.live_watch = ctx.live.watch(self, ("community.visits", "residents"), self.reload_later)
        self.reload_later()
        self.steps = Steps(self)
        self.steps.then(self._build_buildings)
        self.steps.then(self._build_legend)

    def _build_buildings(self) -> None:
        """The buildings, with how many households each (the first later step)."""
        fm, box = self.fontMetrics(), self.buildings_box
        self.buildings = _table("communityBuildings", self.tr("Buildings"), self.buildings_model, box)
        list_export.install(self.buildings, "buildings", ctx=self.ctx, permission=RECORD_VISITS)
        self.buildings.horizontalHeader().setStretchLastSection(False)
        self.buildings.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # not ResizeToContents: that measures every row at every show; the count is never wider than this
        self.buildings.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header = self.buildings.horizontalHeader()
        header.resizeSection(1, max(header.sectionSizeHint(1), fm.horizontalAdvance("00000") + 16))
        self.buildings.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # wide enough for both column titles whole (楼栋 was clipped to "娄材") beside the scroll bar
        self.buildings.ensurePolished()
        header.ensurePolished()
        self.buildings.setMinimumWidth(
            max(fm.horizontalAdvance("Bldg 000 0000"), header.sectionSizeHint(0))
            + header.sectionSize(1)
            + self.buildings.verticalScrollBar().sizeHint().width()
            + 2 * self.buildings.frameWidth()
            + 4
        )
        box.layout().addWidget(self.buildings)
        self.buildings.selectionModel().currentRowChanged.connect(self._picked)
        if self.board.hasFocus():  # put there when the tab was shown: the first field is the buildings' list
            self.buildings.setFocus(Qt.FocusReason.TabFocusReason)

    def _build_legend(self) -> None:
        """What the board's colours mean (a later step)."""
        right, legend = self.legend_box, self.legend
        legend.addWidget(QLabel(self.tr("Days since the last visit:"), right))
        labels = (self.tr("up to 14"), self.tr("15–30"), self.tr("31–60"))
        for (_limit, colour), text in zip(BANDS, labels, strict=True):
            legend.addWidget(self._swatch(colour.name(), text, right))
        legend.addWidget(self._swatch(OVERDUE.name(), self.tr("over 60"), right))
        legend.addWidget(self._swatch(NEVER.name(), self.tr("never"), right))
        legend.addWidget(QLabel(self.tr("★ 80+ living alone"), right))
        legend.addStretch(1)

    def _swatch(self, colour: str, text: str, parent: QWidget) -> QWidget:
        """A legend entry: a square of the board's colour, then its meaning (no widget-level stylesheet: the theme's
        cascade stays one, ui/theme.py)."""
        side = max(10, self.fontMetrics().height() - 4)
        square = QPixmap(side, side)
        square.fill(QColor(colour))
        painter = QPainter(square)
        painter.setPen(QColor("#bbbbbb"))
        painter.drawRect(0, 0, side - 1, side - 1)
        painter.end()
        entry = QWidget(parent)
        row = QHBoxLayout(entry)
        row.setContentsMargins(0, 0, 6, 0)
        row.setSpacing(4)
        mark = QLabel(entry)
        mark.setPixmap(square)
        row.addWidget(mark)
        row.addWidget(QLabel(text, entry))
        return entry

    def reload(self) -> None:
        """Read the buildings and the board now (after this desk's own change)."""
        self._buildings_read(H.buildings(self.ctx.db, self.ctx.actor))

    def reload_later(self) -> None:
        """Read the buildings on a worker (first show, another workstation's change); the board follows."""
        db, actor = self.ctx.db, self.ctx.actor
        self.loader.run(lambda: H.buildings(db, actor), self._buildings_read)

    def _buildings_read(self, rows: list[H.BuildingRow]) -> None:
        self.steps.finish()  # the list they go into (an answer can come before the later steps have run)
        self._quiet = True  # the board is read once, below, not at each selection on the way
        try:
            keep_view(self.buildings, lambda: self.buildings_model.set_rows(rows), key=lambda b: b.building)
            if not self.building and self.buildings_model.rowCount():
                self.buildings.selectRow(0)
                self.building = self.buildings_model.row_at(0).building
        finally:
            self._quiet = False
        if self.building:
            self.show_building(self.building)
        else:
            self.heading.setText(self.tr("No building has residents yet."))

    def _picked(self, current: QModelIndex, _previous=None) -> None:
        if current.isValid() and not self._quiet:
            self.show_building(self.buildings_model.row_at(current.row()).building)

    def show_building(self, building: str) -> None:
        """Show `building`'s board: read on a worker, drawn when it comes (a later choice drops this one)."""
        self.building = building
        db, actor = self.ctx.db, self.ctx.actor
        self.board_loader.run(lambda: H.board(db, actor, building), lambda cells: self._board_read(building, cells))

    def _board_read(self, building: str, cells) -> None:
        self.board_model.set_cells(cells)
        self.heading.setText(
            self.tr("{building}: {n} households").format(
                building=H.household_label(building, "", ""), n=self.board_model.households()
            )
        )

    def open_household(self, index: QModelIndex) -> None:
        cell = self.board_model.cell(index.row(), index.column())
        if cell is not None:
            self.page.open_household(self.building, cell.unit, cell.room)


class VisitsTab(QWidget):
    """The latest visits of every household, newest first."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        self.model = VisitsModel(self)
        self.view = _table("communityRecentVisits", self.tr("Latest visits"), self.model, self)
        list_export.install(self.view, "visits", ctx=ctx, permission=RECORD_VISITS)
        size_columns_always(self.view)
        layout.addWidget(self.view)
        self.loader = Loader(self)
        self.live_watch = ctx.live.watch(self, ("community.visits",), self.reload_later)
        self.reload_later()

    def reload(self) -> None:
        self._read(C.recent_visits(self.ctx.db, self.ctx.actor))

    def reload_later(self) -> None:
        """Read the latest visits on a worker; the frame shows at once."""
        db, actor = self.ctx.db, self.ctx.actor
        self.loader.run(lambda: C.recent_visits(db, actor), self._read)

    def _read(self, rows) -> None:
        keep_view(self.view, lambda: self.model.set_rows(rows), key=lambda v: v.id)


class CouncilsTab(QWidget):
    """Councils and their members (current first, then history); meetings and their follow-up tasks."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._quiet = False
        manage = may(ctx.actor, MANAGE_COUNCILS)
        # made from the outside in, each widget inside its parent (ui/common/lazy.py says why)
        layout = QVBoxLayout(self)
        self.new_council_btn = named(
            QPushButton(self.tr("New council…"), self), "communityNewCouncil", self.tr("New council")
        )
        self.add_seat_btn = named(
            QPushButton(self.tr("Add member…"), self), "communityAddSeat", self.tr("Add a council member")
        )
        self.end_seat_btn = named(
            QPushButton(self.tr("End role"), self), "communityEndSeat", self.tr("End the chosen role")
        )
        self.meeting_btn = named(
            QPushButton(self.tr("Record a meeting…"), self),
            "communityRecordMeeting",
            self.tr("Record a council meeting"),
        )
        for b in (self.new_council_btn, self.add_seat_btn, self.end_seat_btn):
            b.setEnabled(manage)
        top_buttons = QHBoxLayout()
        for b in (self.new_council_btn, self.add_seat_btn, self.end_seat_btn, self.meeting_btn):
            top_buttons.addWidget(b)
        top_buttons.addStretch(1)
        self.councils_model = CouncilsModel(self)
        self.councils = _table("communityCouncils", self.tr("Councils"), self.councils_model, self)
        list_export.install(self.councils, "councils", ctx=ctx, permission=RECORD_VISITS)
        size_columns_always(self.councils)
        self.setFocusProxy(self.councils)  # the first field (ui/common/lazy.py first_field): not "New council…"
        # the chosen council's members come in a later step, into this container that keeps their place
        self.seats_box = QWidget(self)
        self.seats_box.setObjectName("communitySeatsBox")
        self._seats_layout = QVBoxLayout(self.seats_box)
        self._seats_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.councils, 2)
        top.addWidget(self.seats_box, 3)
        # the meetings and their follow-up tasks come in later steps, after the page's first paint
        # (ui/common/steps.py), into this container that keeps their place
        self.bottom = QWidget(self)
        self.bottom.setObjectName("communityCouncilsBottom")
        self._bottom = QHBoxLayout(self.bottom)
        self._bottom.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top_buttons)
        layout.addLayout(top, 2)
        layout.addWidget(self.bottom, 3)
        self.councils.selectionModel().currentRowChanged.connect(lambda *_: self._show_seats())
        self.new_council_btn.clicked.connect(self.new_council)
        self.add_seat_btn.clicked.connect(self.add_seat)
        self.end_seat_btn.clicked.connect(self.end_seat)
        self.meeting_btn.clicked.connect(self.record_meeting)
        self.meeting_btn.setEnabled(False)
        # read on a worker: the frame shows at once, the lists when they come (a newer read drops an older answer);
        # an answer that comes before the later steps have run waits for them
        self._early: dict | None = None
        self.loader = Loader(self)
        self.live_watch = ctx.live.watch(self, ("community.councils",), self.reload_later)
        self.reload_later()
        self.steps = Steps(self)
        self.steps.then(self._build_seats)
        self.steps.then(self._build_meetings)
        self.steps.then(self._build_tasks)

    def _build_seats(self) -> None:
        """The chosen council's members (a later step)."""
        self.seats_model = SeatsModel(self)
        self.seats = _table("communitySeats", self.tr("Council members"), self.seats_model, self.seats_box)
        list_export.install(self.seats, "council_seats", ctx=self.ctx, permission=RECORD_VISITS)
        size_columns_always(self.seats)
        self._seats_layout.addWidget(self.seats)

    def _build_meetings(self) -> None:
        """The council meetings (a later step)."""
        parent = self.bottom
        mcol = QVBoxLayout()
        mcol.addWidget(QLabel(self.tr("Meetings (议事)"), parent))
        self.meetings_model = MeetingsModel(self)
        self.meetings = _table("communityMeetings", self.tr("Council meetings"), self.meetings_model, parent)
        list_export.install(self.meetings, "meetings", ctx=self.ctx, permission=RECORD_VISITS)
        size_columns_always(self.meetings)
        mcol.addWidget(self.meetings)
        self._bottom.addLayout(mcol, 1)

    def _build_tasks(self) -> None:
        """The meetings' follow-up tasks (a later step); then the lists if their read came meanwhile."""
        parent = self.bottom
        tcol = QVBoxLayout()
        trow = QHBoxLayout()
        trow.addWidget(QLabel(self.tr("Follow-up tasks"), parent))
        trow.addStretch(1)
        self.done_btn = named(
            QPushButton(self.tr("Mark done…"), parent), "communityTaskDone", self.tr("Mark the task done")
        )
        trow.addWidget(self.done_btn)
        tcol.addLayout(trow)
        self.tasks_model = TasksModel(self)
        self.tasks = _table("communityTasks", self.tr("Follow-up tasks"), self.tasks_model, parent)
        list_export.install(self.tasks, "council_tasks", ctx=self.ctx, permission=RECORD_VISITS)
        size_columns_always(self.tasks)
        tcol.addWidget(self.tasks)
        self._bottom.addLayout(tcol, 1)
        self.done_btn.clicked.connect(self.mark_done)
        keys.mark_made_later(self)
        if self._early is not None:
            data, self._early = self._early, None
            self._read(data)

    def council(self) -> C.CouncilRow | None:
        return _selected(self.councils)

    def reload(self) -> None:
        """Read the councils, meetings and tasks now (after this desk's own change)."""
        self.steps.finish()
        self._read(self._fetch(self.ctx.db, self.ctx.actor, self._wanted_council()))

    def reload_later(self) -> None:
        """The same on a worker (first show, another workstation's change)."""
        db, actor, wanted = self.ctx.db, self.ctx.actor, self._wanted_council()
        self.loader.run(lambda: self._fetch(db, actor, wanted), self._read)

    def _wanted_council(self) -> int | None:
        c = self.council()
        return c.id if c is not None else None

    @staticmethod
    def _fetch(db, actor, council_id: int | None) -> dict:
        """Everything the tab shows, in one go (on a worker or not): the seats of the chosen council, or of the
        first when none is chosen."""
        councils = C.list_councils(db, actor)
        if council_id not in {c.id for c in councils}:
            council_id = councils[0].id if councils else None
        return {
            "councils": councils,
            "council_id": council_id,
            "seats": C.council_seats(db, actor, council_id) if council_id is not None else [],
            "meetings": C.list_meetings(db, actor),
            "tasks": C.list_tasks(db, actor),
        }

    def _read(self, data: dict) -> None:
        if not hasattr(self, "tasks"):  # the later steps have not run yet: the last one shows this
            self._early = data
            return
        self._quiet = True  # the seats come with the councils, not from a second read at each selection
        try:
            keep_view(self.councils, lambda: self.councils_model.set_rows(data["councils"]), key=lambda c: c.id)
            if self.council() is None and self.councils_model.rowCount():
                self.councils.selectRow(0)
        finally:
            self._quiet = False
        c = self.council()
        if c is not None and c.id == data["council_id"]:
            self.seats_model.set_rows(data["seats"])
            self.meeting_btn.setEnabled(True)
        else:
            self._show_seats()
        keep_view(self.meetings, lambda: self.meetings_model.set_rows(data["meetings"]), key=lambda m: m.id)
        keep_view(self.tasks, lambda: self.tasks_model.set_rows(data["tasks"]), key=lambda t: t.id)

    def _show_seats(self) -> None:
        if self._quiet:
            return
        c = self.council()
        self.seats_model.set_rows(C.council_seats(self.ctx.db, self.ctx.actor, c.id) if c else [])
        self.meeting_btn.setEnabled(c is not None)

    def new_council(self) -> None:
        if run_dialog(forms.CouncilDialog(self.ctx, self)):
            self.reload()

    def add_seat(self) -> None:
        self.steps.finish()
        c = self.council()
        if c is None:
            dialogs.inform(self, self.tr("Choose a council first."))
            return
        if run_dialog(forms.SeatDialog(self.ctx, self, c.id)):
            self._show_seats()

    def end_seat(self) -> None:
        self.steps.finish()
        seat = _selected(self.seats)
        if seat is None or seat.ended_on is not None:
            dialogs.inform(self, self.tr("Choose a member whose role is still running."))
            return
        if not dialogs.confirm(
            self, self.tr("End {name}'s role as {seat} today?").format(name=seat.name, seat=C.seat_label(seat.seat))
        ):
            return
        try:
            C.end_council_member(self.ctx.db, self.ctx.actor, seat.id)
        except UserError as exc:
            dialogs.show_user_error(self, exc)
        self._show_seats()

    def record_meeting(self) -> None:
        self.steps.finish()
        c = self.council()
        if c is None:
            return
        if run_dialog(forms.MeetingDialog(self.ctx, self, c)):
            self.reload()

    def mark_done(self) -> None:
        self.steps.finish()
        task = _selected(self.tasks)
        if task is None or task.done_at is not None:
            dialogs.inform(self, self.tr("Choose a task that is still open."))
            return
        note = dialogs.ask_text(
            self, self.tr("Task done"), self.tr("How was “{task}” done? (optional)").format(task=task.description)
        )
        if note is None:
            return
        try:
            C.complete_task(self.ctx.db, self.ctx.actor, task.id, note)
        except UserError as exc:
            dialogs.show_user_error(self, exc)
        self.reload()


class CommunityPage(QWidget):
    """The page's sub-tabs, each built the first time it is shown."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("communityPage")
        self.ctx = ctx
        layout = QVBoxLayout(self)
        self.tabs = named(QTabWidget(self), "communityTabs", self.tr("Buildings & visits"))
        layout.addWidget(self.tabs)
        self.setFocusProxy(self.tabs)  # the current sub-tab's first field (ui/common/lazy.py first_field)
        self.lazy = LazyTabs(self.tabs)
        self.lazy.add("communityHouseholds", lambda parent: HouseholdsTab(ctx, parent), self.tr("Households"))
        self.lazy.add("communityBoardTab", lambda parent: BoardTab(ctx, self, parent), self.tr("Building board"))
        self.lazy.add("communityVisits", lambda parent: VisitsTab(ctx, parent), self.tr("Latest visits"))
        self.lazy.add("communityCouncilsTab", lambda parent: CouncilsTab(ctx, parent), self.tr("Councils and meetings"))

    @property
    def households(self) -> HouseholdsTab:
        return self.lazy.page("communityHouseholds")

    @property
    def board(self) -> BoardTab:
        return self.lazy.page("communityBoardTab")

    @property
    def visits(self) -> VisitsTab:
        return self.lazy.page("communityVisits")

    @property
    def councils(self) -> CouncilsTab:
        return self.lazy.page("communityCouncilsTab")

    def open_household(self, building: str, unit: str, room: str) -> None:
        tab = self.households
        self.tabs.setCurrentWidget(tab)
        tab.search.setText(H.short_label(building, unit, room))
        tab.find()
        tab.show_household(building, unit, room)
        tab.visit_btn.setFocus()


def create_page(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    return CommunityPage(ctx, parent)
