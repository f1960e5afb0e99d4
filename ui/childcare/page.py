"""The childcare counter: the desk (the day's children of a program, find or scan, sign-in / sign-out with the
pickup check and override, absences, sheets), the live board, the children with their adults and enrolments, and
the programs. A timer re-evaluates the day so that at closing time anyone not signed out stands out."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.childcare import service as cc
from app.errors import UserError
from ui.childcare.board import BoardWidget
from ui.childcare.delegate import RoleColourDelegate
from ui.childcare.forms import parse_hhmm
from ui.childcare.release import ReleaseDialog
from ui.common import dialogs, documents
from ui.common import export as list_export
from ui.common.layout import set_available, size_columns_when_filled
from ui.common.lazy import LazyTabs
from ui.common.live import keep_scroll
from ui.common.loading import Loader
from ui.common.nothing_found import nothing_found_text
from ui.common.paged_model import Column, ListTableModel
from ui.common.saving import one_click
from ui.common.scan_echo import ScanEcho
from ui.common.steps import Steps
from ui.common.tasks import run_task
from ui.context import AppContext
from ui.theme import set_look

if TYPE_CHECKING:
    from ui.childcare.children import ChildrenPanel
    from ui.childcare.programs import ProgramsPanel


class DayModel(ListTableModel):
    CONTEXT = "ChildcareDayModel"
    EXPORT_KINDS = {"in": "datetime", "out": "datetime"}  # app.exports.DATETIME: the day and time, typed
    COLUMNS = (
        Column("name", QT_TRANSLATE_NOOP("ChildcareDayModel", "Child")),
        Column("group", QT_TRANSLATE_NOOP("ChildcareDayModel", "Group")),
        Column("allergy", QT_TRANSLATE_NOOP("ChildcareDayModel", "Allergy")),
        Column("state", QT_TRANSLATE_NOOP("ChildcareDayModel", "Status")),
        Column("in", QT_TRANSLATE_NOOP("ChildcareDayModel", "In")),
        Column("out", QT_TRANSLATE_NOOP("ChildcareDayModel", "Out")),
        Column("by", QT_TRANSLATE_NOOP("ChildcareDayModel", "Collected by")),
    )

    def display(self, row: cc.DayRow, column: int) -> str:
        if column == 0:
            return row.name
        if column == 1:
            return row.group
        if column == 2:
            return row.allergy_note
        if column == 3:
            return self.state_labels()[row.state]
        if column == 4:
            t = clock.to_local(row.in_at)
            return t.strftime("%H:%M") if t else ""
        if column == 5:
            t = clock.to_local(row.out_at)
            return t.strftime("%H:%M") if t else ""
        who = self.tr("(alone)") if row.out_alone else row.out_adult
        return who + (" " + self.tr("[override]") if row.override else "")

    def state_labels(self) -> dict[str, str]:
        return {
            "in": self.tr("In"),
            "out": self.tr("Gone home"),
            "absent": self.tr("Absent"),
            "expected": self.tr("Expected"),
        }

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.alerts: dict[int, str] = {}
        self._cells: list[tuple[str, ...] | None] = []

    def export_value(self, row: cc.DayRow, column: int):
        if column == 4:
            return row.in_at
        if column == 5:
            return row.out_at
        return self.display(row, column)

    def set_day(self, rows: list[cc.DayRow], alerts: dict[int, str]) -> None:
        self.alerts = alerts
        # what the view asks for every cell on every paint, worked out once per row shown (times, states, names)
        self._cells = [None] * len(rows)
        self.set_rows(rows)

    def foreground(self, row: cc.DayRow, column: int):
        if self.alerts.get(row.child_id) or (column == 2 and row.allergy_note):
            return QBrush(QColor("#b00020"))
        return None

    def background(self, row: cc.DayRow) -> QBrush | None:
        alert = self.alerts.get(row.child_id)
        if alert == "not_out":
            return QBrush(QColor("#ffcdd2"))
        if alert == "unexplained":
            return QBrush(QColor("#ffe0b2"))
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        r = index.row()
        if role == Qt.ItemDataRole.DisplayRole and 0 <= r < len(self._cells) and r < self.rowCount():
            cells = self._cells[r]
            if cells is None:
                row = self.row_at(r)
                cells = self._cells[r] = tuple(self.display(row, c) for c in range(len(self.COLUMNS)))
            return cells[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid() and 0 <= r < self.rowCount():
            return self.background(self.row_at(r))
        return super().data(index, role)

    def has_row_colours(self) -> bool:
        """Whether a whole row stands out (closing time passed, an unexplained absence): else only the allergy
        column is coloured."""
        return bool(self.alerts)

    def tooltip(self, row: cc.DayRow, column: int) -> str | None:
        if column == 6 and row.override:
            return self.tr("Released by override: {who}").format(who=row.override)
        alert = self.alerts.get(row.child_id)
        if alert == "not_out":
            return self.tr("Closing time has passed and this child is not signed out.")
        if alert == "unexplained":
            return self.tr("Not arrived and no absence recorded after the cut-off time.")
        return None


class ChildcarePage(QWidget):
    REFRESH_MS = 30_000  # the board and the closing-time alerts are re-evaluated this often

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("childcarePage")
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.program = QComboBox(self, objectName="childcareProgram")
        self.program.setAccessibleName(self.tr("Program"))
        top.addWidget(QLabel(self.tr("Program"), self))
        top.addWidget(self.program, 1)
        self.staff = QLineEdit(self, objectName="childcareStaffOnDuty")
        self.staff.setAccessibleName(self.tr("Staff on duty"))
        self.staff.setPlaceholderText(self.tr("Names, separated by commas, then Enter"))
        self.staff.setToolTip(self.tr("Who is on duty today: the ratio counts them and the day's record prints them."))
        top.addWidget(QLabel(self.tr("Staff on duty"), self))
        top.addWidget(self.staff, 1)
        layout.addLayout(top)
        self.closing_banner = QLabel(self, objectName="childcareClosingBanner")
        self.closing_banner.setWordWrap(True)
        self.closing_banner.setProperty("role", "closing")
        self.closing_banner.hide()
        layout.addWidget(self.closing_banner)

        self.tabs = QTabWidget(self, objectName="childcareTabs")
        self.tabs.setAccessibleName(self.tr("Childcare"))
        layout.addWidget(self.tabs, 1)
        # The day's figures beside the sub-tabs, where the row has room for all of them at 1366×768: beside the
        # program and the staff on duty they were cut at the window's edge (and held the window wider).
        self.headcount = QLabel(self.tabs, objectName="childcareHeadcount")
        self.headcount.setAccessibleName(self.tr("Today's figures"))
        self.tabs.setCornerWidget(self.headcount, Qt.Corner.TopRightCorner)
        # Built top-down: each widget made inside the one it lives in, not made alone and moved, which styled it
        # again whole under the application's stylesheet. The desk is made inside the tabs' stack when the page is
        # built to be seen, alone otherwise (laid out in a stack never shown, it would get the stack's nominal size;
        # ui/common/lazy.py does the same for the sub-tabs).
        self.lazy = LazyTabs(self.tabs)
        seen = parent is not None and parent.isVisible()
        desk = QWidget(self.lazy.container if seen else None, objectName="childcareDesk")
        desk_layout = QVBoxLayout(desk)
        self.find = QLineEdit(desk, objectName="childcareFind")
        self.echo = ScanEcho()  # a scanner's second Enter after a sheet code (ui/common/scan_echo.py)
        self.find.setAccessibleName(self.tr("Find or scan a child"))
        self.find.setPlaceholderText(self.tr("Name, or scan the code on the sheet, then Enter"))
        find_bar = QWidget(desk, objectName="childcareFindRow")  # the find box with the day's papers beside it
        find_row = QHBoxLayout(find_bar)
        find_row.setContentsMargins(0, 0, 0, 0)
        find_row.addWidget(self.find, 1)
        desk_layout.addWidget(find_bar)
        desk.setFocusProxy(self.find)  # the desk's first field (ui/common/lazy.py first_field)
        self.setFocusProxy(self.tabs)  # not the program above the tabs: the current sub-tab's first field
        self.model = DayModel(self)
        self._contacts_child: int | None = None
        self._day: tuple | None = None  # (program, rows, alerts, summary) as last read, for the board
        self._session: dt.date | None = None  # the program day those rows are of (cc.session_of)
        self._not_out: list[str] = []
        self.release_dialog: ReleaseDialog | None = None
        self.table = QTableView(desk, objectName="childcareDay")
        self.table.setAccessibleName(self.tr("Today's children"))
        self.table.setModel(self.model)
        list_export.install(
            self.table, "attendance", ctx=ctx, filter_text=lambda: f"{self.program.currentText()} {clock.today()}"
        )
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()  # an empty column, whose width was measured over every row's header
        # measured once, not on every layout (ResizeToContents); the status column as wide as its widest word: in the
        # morning every child is "未到", and "已离开" later must not show as "已…"
        widest = max(self.table.fontMetrics().horizontalAdvance(t) for t in self.model.state_labels().values())
        size_columns_when_filled(self.table, minimum={3: widest + 32})
        # The colour delegate paints in Python, cell by cell: it is used where the model colours (the allergy
        # column, and whole rows once an alert stands), the stock delegate elsewhere (_colour_rows).
        self.colours = RoleColourDelegate(self.table)
        self.plain_cells = QStyledItemDelegate(self.table)
        self.table.setItemDelegate(self.plain_cells)
        self.table.setItemDelegateForColumn(2, self.colours)
        desk_layout.addWidget(self.table, 1)
        # The release row (the adult, the time, sign in / out, absence) and the day's papers beside the find box are
        # made in a later step, after the desk's first paint (ui/common/steps.py): the find box takes keys at once.
        # The row's place is kept from the first paint (its height reserved), so the list does not jump.
        self.release_row = QWidget(desk, objectName="childcareReleaseRow")
        row = QHBoxLayout(self.release_row)
        row.setContentsMargins(0, 0, 0, 0)
        # Sign in / out are made now: their keys (F3, F4, ui/keys.py) find them from the first paint on. A stretch
        # holds the adult's place until it is made.
        row.addStretch(1)
        self.sign_in_button = QPushButton(self.tr("Sign in"), self.release_row, objectName="childcareSignIn")
        self.sign_out_button = QPushButton(self.tr("Sign out"), self.release_row, objectName="childcareSignOut")
        for b in (self.sign_in_button, self.sign_out_button):
            b.setAccessibleName(b.text())
            row.addWidget(b)
        for bar in (find_bar, self.release_row):  # as high as their buttons will make them: nothing moves then
            bar.setMinimumHeight(self.sign_in_button.sizeHint().height())
        desk_layout.addWidget(self.release_row)
        self._find_row = find_row
        # A blocked adult (禁止接送) at the desk: a red refusal that stays until the next child or action.
        self.refusal_banner = QLabel(desk, objectName="childcareRefusal")
        self.refusal_banner.setWordWrap(True)
        self.refusal_banner.setAccessibleName(self.tr("Release refused"))
        self.refusal_banner.setProperty("role", "refusal")
        self.refusal_banner.hide()
        desk_layout.addWidget(self.refusal_banner)
        self.status = QLabel(desk, objectName="childcareStatus")
        self.status.setWordWrap(True)  # a long name with "(override recorded)" wraps, never widens the window
        desk_layout.addWidget(self.status)
        self.desk = desk
        self.steps = Steps(self)
        self._release_ready = False  # the release row's later step made (_build_release_row)
        self._papers_ready = False  # the day's papers' later step made (_build_papers)
        # The desk is built with the page; the board, the children and the programs the first time they are shown
        # (ui/common/lazy.py). The board is redrawn only when something it shows changed and it is looked at.
        self._board_stale = True
        self.lazy.built.connect(self._board_built)
        self.lazy.add("childcareDesk", lambda: desk, self.tr("Sign in / out"))
        self.lazy.add("childcareBoard", lambda parent: BoardWidget(parent), self.tr("Live board"))
        self.lazy.add("childcareChildren", self._make_children, self.tr("Children"))
        self.lazy.add("childcarePrograms", self._make_programs, self.tr("Programs"))
        from ui.reports.section import add_statistics_tab  # the counter's month in figures, built when first shown

        add_statistics_tab(self.tabs, ctx, "childcare")
        self.lazy.page("childcareDesk")

        # Built to be seen at once (the tab's first show): the frame is shown first and the programs, the staff on
        # duty and the day are read off the UI thread (_read_desk_later); built alone (a test, a profile), here.
        self.day_loader = Loader(self)  # the day read on a worker, the newest answer only
        self._programs_read = False  # the programs' list filled (_fill_programs, or the worker's answer)
        if seen:
            self._read_desk_later()
        else:
            self._fill_programs()
        self.program.currentIndexChanged.connect(self._program_changed)
        self.staff.editingFinished.connect(self._save_staff)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._child_changed())
        self.find.returnPressed.connect(self._find)
        self.sign_in_button.clicked.connect(self.sign_in)
        self.sign_out_button.clicked.connect(lambda: self.sign_out(False))
        one_click(self.sign_in_button, self.sign_out_button)  # a double click presses once (ui.common.saving)
        self.tabs.currentChanged.connect(self._tab_changed)
        # Re-evaluate the day on a timer: at closing time, whoever is still in turns red without anyone clicking.
        self.board_timer = QTimer(self)
        self.board_timer.setObjectName("childcareBoardTimer")
        self.board_timer.setInterval(self.REFRESH_MS)
        self.board_timer.timeout.connect(self.reevaluate)  # no query: the day as read, judged at this minute
        self.board_timer.start()
        # Another workstation signs a child in or out, enrols one, changes the staff on duty: the desk and the board
        # follow within a second or two (ui/common/live.py); the board's tab is added to the watch when built.
        self.live_watch = ctx.live.watch([self.desk], ("childcare.attendance", "childcare.children"), self.live_reload)
        self.steps.then(self._build_release_row)
        self.steps.then(self._build_papers)

    def _build_release_row(self) -> None:
        """A later step of the desk: the adult, the time, the override and the absence around Sign in / out, then
        the selected child's adults."""
        bar = self.release_row
        row = bar.layout()
        self.adult = QComboBox(bar, objectName="childcareAdult")
        self.adult.setAccessibleName(self.tr("Adult"))
        self.adult.setToolTip(self.tr("Enter signs the child in, or out if they are in."))
        self.adult.installEventFilter(self)
        self.time = QLineEdit(bar, objectName="childcareTime")
        self.time.setAccessibleName(self.tr("Time"))
        self.time.setPlaceholderText(self.tr("now"))
        self.time.setToolTip(self.tr("Leave empty for now, or write HH:MM to record an earlier time today."))
        # no maxLength: a paste of "08:301" cut to 5 characters was a valid, different time; it is refused whole
        self.time.setFixedWidth(80)
        row.takeAt(0)  # the stretch that held the adult's place
        row.insertWidget(0, QLabel(self.tr("Adult"), bar))
        row.insertWidget(1, self.adult, 2)
        row.insertWidget(2, self.time)
        self.override_button = QPushButton(self.tr("Release with override…"), bar, objectName="childcareOverride")
        self.override_button.setAccessibleName(self.override_button.text())
        self.absence_reason = QComboBox(bar, objectName="childcareAbsenceReason")
        self.absence_reason.setAccessibleName(self.tr("Absence reason"))
        self.absence_reason.addItem(self.tr("Notified by family"), "notified")
        self.absence_reason.addItem(self.tr("Sick"), "sick")
        self.absence_reason.addItem(self.tr("Other"), "other")
        self.absent_button = QPushButton(self.tr("Mark absent"), bar, objectName="childcareAbsent")
        self.absent_button.setAccessibleName(self.absent_button.text())
        for w in (self.override_button, self.absence_reason, self.absent_button):
            row.addWidget(w)
        self.override_button.clicked.connect(lambda: self.sign_out(True))
        self.absent_button.clicked.connect(self.mark_absent)
        one_click(self.absent_button)  # a double click presses once (ui.common.saving)
        self._release_ready = True
        self._follow_state()
        self._load_contacts()

    def _build_papers(self) -> None:
        """The last step of the desk: the day's papers beside the find box (the sheet's group, the sheets, the
        week), the keyboard order of the whole desk, then the program's groups in the sheet's list."""
        find_bar, find_row = self._find_row.parentWidget(), self._find_row
        # The sheets are one per program, group and day: the group printed (all groups on one sheet when "All").
        self.sheet_group = QComboBox(find_bar, objectName="childcareSheetGroup")
        self.sheet_group.setAccessibleName(self.tr("Group of the sheet"))
        self.sheet_group.setToolTip(self.tr("Which group's sign-in sheet to print."))
        self.blank_button = QPushButton(self.tr("Blank sheet"), find_bar, objectName="childcareBlankSheet")
        self.filled_button = QPushButton(self.tr("Day's record"), find_bar, objectName="childcareFilledSheet")
        self.week_button = QPushButton(self.tr("Week summary"), find_bar, objectName="childcareWeek")
        find_row.addWidget(self.sheet_group)
        for b in (self.blank_button, self.filled_button, self.week_button):
            b.setAccessibleName(b.text())
            find_row.addWidget(b)
        # Tab goes as the desk reads: the find row (the box, then the day's papers), the list, the release row.
        chain = (self.find, self.sheet_group, self.blank_button, self.filled_button, self.week_button, self.table)
        chain += (self.adult, self.time, self.sign_in_button, self.sign_out_button, self.override_button)
        chain += (self.absence_reason, self.absent_button)
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.blank_button.clicked.connect(lambda: self._sheet(False))
        self.filled_button.clicked.connect(lambda: self._sheet(True))
        self.week_button.clicked.connect(self._week)
        self._papers_ready = True
        self._fill_groups()

    # ------------------------------------------------------------------ sub-tabs
    def _make_children(self, parent: QWidget) -> ChildrenPanel:
        from ui.childcare.children import ChildrenPanel

        panel = ChildrenPanel(self.ctx, parent)
        panel.changed.connect(self.reload)
        return panel

    def _make_programs(self, parent: QWidget) -> ProgramsPanel:
        from ui.childcare.programs import ProgramsPanel

        panel = ProgramsPanel(self.ctx, parent)
        panel.changed.connect(self._fill_programs)
        return panel

    @property
    def board(self) -> BoardWidget:
        """The live board, built if it was not yet and brought up to date if the day changed since it was drawn."""
        board = self.lazy.built_page("childcareBoard")
        if board is None:
            board = self.lazy.page("childcareBoard")  # _tab_built draws it
        elif self._board_stale:
            self._draw_board()
        return board

    @property
    def children_panel(self) -> ChildrenPanel:
        return self.lazy.page("childcareChildren")

    @property
    def programs_panel(self) -> ProgramsPanel:
        return self.lazy.page("childcarePrograms")

    def _tab_changed(self, _index: int) -> None:
        """A switch reads nothing: the board is redrawn only if the day changed since, the banner follows."""
        board = self.lazy.built_page("childcareBoard")
        on_board = board is not None and self.tabs.currentWidget() is board
        if on_board and self._board_stale:
            self._draw_board()
        self.closing_banner.setVisible(bool(self._not_out) and not on_board)  # the board shows its own banner

    def _draw_board(self) -> None:
        board = self.lazy.built_page("childcareBoard")
        if board is None:
            return
        self._board_stale = False
        if self._day is None:
            board.show_day(None, [], {}, None)
        else:
            board.show_day(*self._day)

    def _board_built(self, name: str, board: QWidget) -> None:
        if name == "childcareBoard":
            self.live_watch.widgets.append(board)
            board.installEventFilter(self.live_watch)
            self._draw_board()

    def live_reload(self) -> None:
        """Reload for another workstation's change, keeping the selected child, the adult picked and both scroll
        positions (reload() keeps the first two)."""
        table_bar = self.table.verticalScrollBar()
        at_top, value = table_bar.value() == table_bar.minimum(), table_bar.value()
        board = self.lazy.built_page("childcareBoard")
        if board is not None and board.isVisible():
            keep_scroll(board.scroll, self.reload)
        else:
            self.reload()
        self.table.doItemsLayout()
        table_bar.setValue(table_bar.minimum() if at_top else value)

    def _fill_programs(self) -> None:
        """Read the programs, the staff on duty and the day now (on the UI thread)."""
        self.day_loader.drop()  # the same read still awaited on a worker (the first show) is not needed any more
        self._set_programs(cc.list_programs(self.ctx.db))
        self._program_changed()

    def _set_programs(self, programs: list[cc.ProgramRow]) -> None:
        self._programs_read = True
        current = self.program.currentData()
        self.program.blockSignals(True)
        self.program.clear()
        for p in programs:
            kind = cc.kind_label(p.kind)
            self.program.addItem(p.name if p.name in kind else f"{p.name} · {kind}", p.id)
        if current is not None and (i := self.program.findData(current)) >= 0:
            self.program.setCurrentIndex(i)
        self.program.blockSignals(False)

    def _programs_now(self) -> None:
        """Before anything that needs the program chosen (Enter in the find box, the staff saved, a reload): the
        programs and the day read now if the first show's read on a worker has not answered yet."""
        if not self._programs_read:
            self._fill_programs()

    def _program_changed(self, *_args) -> None:
        pid = self.program_id()
        names = cc.staff_on_duty(self.ctx.db, pid, clock.today()) if pid is not None else []
        self.staff.setText(", ".join(names))
        self._fill_groups()
        self.reload()

    def _fill_groups(self) -> None:
        """The groups of the program in the sheet's list (once the papers' step made it)."""
        if not self._papers_ready:
            return
        pid = self.program_id()
        self.sheet_group.clear()
        self.sheet_group.addItem(self.tr("All groups"), None)
        for group in cc.get_program(self.ctx.db, pid).groups if pid is not None else ():
            self.sheet_group.addItem(group, group)
        set_available(
            self.sheet_group, None if self.sheet_group.count() > 1 else self.tr("This program has no groups.")
        )

    def staff_names(self) -> list[str]:
        text = self.staff.text()
        for sep in ("，", "、", ";", "；"):
            text = text.replace(sep, ",")
        return [n.strip() for n in text.split(",") if n.strip()]

    def _save_staff(self) -> None:
        if not self._programs_read:  # names typed before the first show's read answered: kept, for this program
            typed = self.staff.text()
            self._fill_programs()
            self.staff.setText(typed)
        pid = self.program_id()
        if pid is None:
            return
        try:
            names = cc.set_staff_on_duty(self.ctx.db, self.ctx.actor, pid, clock.today(), self.staff_names())
        except UserError as exc:
            dialogs.show_user_error(self, exc)
            return
        self.staff.setText(", ".join(names))
        self.reload()

    # ------------------------------------------------------------------ data
    def program_id(self) -> int | None:
        return self.program.currentData()

    def reload(self) -> None:
        """Read the program's day again (two queries) and show it; nothing on screen is redrawn when nothing
        changed (the timer, a live refresh or an action that changed nothing keeps the table and board as they are).
        """
        if not self._programs_read:
            self._fill_programs()  # reads the day too
            return
        self.day_loader.drop()  # an answer still awaited from a read off the UI thread is older: dropped
        pid = self.program_id()
        if pid is None:
            self.model.set_day([], {})
            self._colour_rows()
            self._day, self._not_out, self._session = None, [], None
            self._board_changed()
            self.headcount.clear()
            self.closing_banner.hide()
            self._follow_state()
            return
        p = cc.get_program(self.ctx.db, pid)
        day, minute = cc.session_of(p, clock.local_now())  # evening care shows its evening until it opens again
        rows = cc.day_rows(self.ctx.db, self.ctx.actor, pid, day)
        self._show_day(p, day, rows, minute, contacts=True)

    def _colour_rows(self) -> None:
        delegate = self.colours if self.model.has_row_colours() else self.plain_cells
        if self.table.itemDelegate() is not delegate:
            self.table.setItemDelegate(delegate)

    def _read_desk_later(self) -> None:
        """The first show: read the programs, the first program's staff on duty and its day on a worker
        (ui/common/loading.py) and show them when it answers, "loading" meanwhile. An answer overtaken by a read on
        the UI thread (a reload, Enter in the find box, `_programs_now`) is dropped."""
        db, actor, now, today = self.ctx.db, self.ctx.actor, clock.local_now(), clock.today()

        def read() -> tuple:
            programs = cc.list_programs(db)
            if not programs:
                return programs, None
            pid = programs[0].id  # the one the list shows first
            program = cc.get_program(db, pid)
            day, minute = cc.session_of(program, now)
            return programs, (cc.staff_on_duty(db, pid, today), program, day, cc.day_rows(db, actor, pid, day), minute)

        def done(result: tuple) -> None:
            programs, first = result
            self._set_programs(programs)
            self.headcount.clear()
            if first is None:
                self.reload()
                return
            names, program, day, rows, minute = first
            if not self.staff.isModified():  # names typed meanwhile are kept
                self.staff.setText(", ".join(names))
            self._fill_groups()
            self._show_day(program, day, rows, minute, contacts=True)

        def failed(exc: BaseException) -> None:
            self.headcount.clear()
            self.day_loader.show_error(exc)

        self.headcount.setText(self.tr("Loading the day…"))
        self.day_loader.run(read, done, on_error=failed)

    def reevaluate(self) -> None:
        """The timer: the day as last read, judged again at the present minute (closing time passed, an absence
        unexplained after the cut-off) without a query; the day is read again only when the program's session
        moved on (a new day). Another workstation's changes arrive through the live watch, not through here."""
        if self._day is None or self._session is None:
            self.reload()
            return
        p, rows = self._day[0], self._day[1]
        if p.id != self.program_id():
            self.reload()
            return
        day, minute = cc.session_of(p, clock.local_now())
        if day != self._session:
            self.reload()
            return
        self._show_day(p, day, rows, minute)

    def _show_day(
        self, p: cc.ProgramRow, day: dt.date, rows: list[cc.DayRow], minute: int, contacts: bool = False
    ) -> None:
        """Show the day's rows judged at `minute`; `contacts`: read the selected child's adults again too."""
        current = self.current_child()
        alerts = {r.child_id: a for r in rows if (a := cc.row_alert(r, p, minute))}
        b = cc.board_summary(rows, p, len(self.staff_names()), minute)
        same = self._day is not None and self._day[0] == p and self._day[1:] == (rows, alerts, b)
        self._session = day
        text = self.tr("In now: {n} / capacity {cap} · expected {exp} · absent {abs} · gone {gone}").format(
            n=b.inside, cap=b.capacity, exp=b.expected, abs=b.absent, gone=b.gone
        )
        text += " · " + self.tr("staff needed {need}").format(need=b.staff_needed)
        if b.under_staffed or b.over_capacity:
            text += " ⚠"
        self.headcount.setText(text)
        set_look(self.headcount, "over", bool(b.under_staffed or b.over_capacity))
        not_out = [r.name for r in rows if alerts.get(r.child_id) == "not_out"]
        self.closing_banner.setText(
            self.tr("Closing time {time} has passed: {n} not signed out — {names}").format(
                time=cc.hhmm(p.close_min), n=len(not_out), names="、".join(not_out)
            )
        )
        # the board shows its own, larger banner
        board = self.lazy.built_page("childcareBoard")
        self.closing_banner.setVisible(bool(not_out) and (board is None or self.tabs.currentWidget() is not board))
        if same:  # the table, its selection and the board stay as they are: nothing to redraw
            if contacts and current is not None:
                self._load_contacts()
            self._follow_state()
            return
        self.model.set_day(rows, alerts)
        self._colour_rows()
        self._day, self._not_out = (p, rows, alerts, b), not_out
        self._board_changed()
        if current is not None:
            self.select_child(current)
        self._follow_state()

    def _board_changed(self) -> None:
        """The day was read again: the board is redrawn now if it is on screen, else when next looked at."""
        self._board_stale = True
        board = self.lazy.built_page("childcareBoard")
        if board is not None and board.isVisible():
            self._draw_board()

    def eventFilter(self, watched, event) -> bool:
        # The desk's keyboard flow: find (Enter) → adult (arrows) → Enter signs in or out; the cursor goes back
        # to the find box for the next child.
        if (
            self._release_ready
            and watched is self.adult
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            # a scanner's second Enter after the sheet code moved the cursor here is not the clerk's Enter
            if not self.echo.is_echo(""):
                self.confirm()
            return True
        return super().eventFilter(watched, event)

    def confirm(self) -> None:
        """Sign the selected child in (expected or absent) or out (in); a child already gone home is left alone."""
        idx = self.table.currentIndex()
        if not idx.isValid():
            return
        state = self.model.row_at(idx.row()).state
        if state in ("expected", "absent"):
            self.sign_in()
        elif state == "in":
            self.sign_out(False)

    def current_child(self) -> int | None:
        idx = self.table.currentIndex()
        return self.model.row_at(idx.row()).child_id if idx.isValid() else None

    def select_child(self, child_id: int) -> bool:
        for i in range(self.model.rowCount()):
            if self.model.row_at(i).child_id == child_id:
                self.table.selectRow(i)
                self.table.setCurrentIndex(self.model.index(i, 0))
                self._load_contacts()
                return True
        return False

    def _child_changed(self) -> None:
        if self.current_child() != self._contacts_child:
            self.refusal_banner.hide()
        self._load_contacts()
        self._follow_state()

    def _follow_state(self) -> None:
        """The release row follows the chosen child's state as last read: 签到 for a child expected or absent,
        签退 and the override for one signed in, neither for one gone home (each disabled button says why). Called
        when another child is chosen and whenever the day is shown again (after each action, a refresh, another
        workstation's change), so a second click of the button just used does nothing."""
        idx = self.table.currentIndex()
        state = self.model.row_at(idx.row()).state if idx.isValid() else None
        if state is None:
            sign_in = sign_out = self.tr("Choose a child first.")
        elif state == "in":
            sign_in, sign_out = self.tr("Signed in already: sign out when the child leaves."), None
        elif state == "out":
            sign_in = sign_out = self.tr("Signed out already today.")
        else:  # expected or absent
            sign_in, sign_out = None, self.tr("Not signed in yet: sign in first.")
        set_available(self.sign_in_button, sign_in)
        set_available(self.sign_out_button, sign_out)
        if getattr(self, "override_button", None) is not None:  # made in a later step (_build_release_row)
            set_available(self.override_button, sign_out)

    def show_blocked(self, exc: cc.BlockedAdult) -> None:
        """The red refusal for a blocked adult: no override exists; the attempt is already audited."""
        self.refusal_banner.setText(
            self.tr(
                "BLOCKED — do not release {child} to {adult}: this adult may never collect the child and no "
                "override exists. The attempt has been recorded."
            ).format(child=exc.child_name, adult=exc.adult_name or "—")
        )
        self.refusal_banner.show()

    def _load_contacts(self) -> None:
        # A refresh (the timer, another tab) must not change the adult the desk has picked for the same child:
        # the release would be recorded against the wrong person.
        if not self._release_ready:
            self.steps.finish()  # the adult's list is made in a later step (a child chosen before it ran)
            if not self._release_ready:
                return  # inside the constructor: the step loads them when it has made the list
        child = self.current_child()
        keep = self.adult.currentData() if child is not None and child == self._contacts_child else None
        self._contacts_child = child
        self.adult.clear()
        if child is None:
            return
        # Nobody is preselected: the desk picks the adult standing there, so a quick Enter never records (or
        # releases the child to) whoever happens to be first on the list.
        self.adult.addItem(self.tr("— choose the adult —"), None)
        for c in cc.list_contacts(self.ctx.db, self.ctx.actor, child):
            label = f"{c.name} · {cc.role_label(c.role)}" + (f" · {c.relation}" if c.relation else "")
            if c.id_last_digits:  # what the desk checks against the ID card shown
                label += " · " + self.tr("ID ends {digits}").format(digits=c.id_last_digits)
            if c.refusal:
                label += " ⚠"
            self.adult.addItem(label, c.id)
            if c.refusal:
                self.adult.setItemData(self.adult.count() - 1, c.refusal, Qt.ItemDataRole.ToolTipRole)
        self.adult.addItem(self.tr("Alone (consent needed)"), -1)
        if keep is not None and (i := self.adult.findData(keep)) >= 0:
            self.adult.setCurrentIndex(i)

    def _find(self) -> None:
        """Enter in the find box: a scanned sheet code or (part of) a name. A child enrolled today in another
        program switches the program; a child not enrolled today is refused with a message."""
        text = self.find.text().strip()
        if self.echo.is_echo(text) or not text:  # a code notes the time of its Enter; an empty Enter does nothing
            return
        self._programs_now()  # Enter before the first show's read answered: the day is read now
        if text.upper().startswith(cc.QR_PREFIX + ":"):
            try:
                child_id, day = cc.parse_qr(text.upper())
            except UserError as exc:
                dialogs.show_user_error(self, exc)
                return
            if day != clock.today():
                dialogs.warn(self, self.tr("This code is from the sheet of {day}, not today.").format(day=day))
                return
            candidates = [child_id]
        else:
            in_list = [self.model.row_at(i).child_id for i in range(self.model.rowCount())]
            named = [r.child_id for i in range(self.model.rowCount()) if text in (r := self.model.row_at(i)).name]
            candidates = named or [
                c.id for c in cc.list_children(self.ctx.db, self.ctx.actor, text, limit=5) if c.id not in in_list
            ]
        for child_id in candidates:
            if self._select_anywhere(child_id):
                self.find.clear()
                self.adult.setFocus()
                return
        if candidates:
            try:
                name = cc.get_child(self.ctx.db, self.ctx.actor, candidates[0]).name
            except UserError as exc:
                dialogs.show_user_error(self, exc)
                return
            dialogs.warn(self, self.tr("{child} is not enrolled today.").format(child=name))
            return
        dialogs.warn(self, nothing_found_text(text))  # no child of that name at all: said, not silence

    def _select_anywhere(self, child_id: int) -> bool:
        """Select the child in today's list, switching to the program they are enrolled in today if need be."""
        if self.select_child(child_id):
            return True
        pid = cc.program_today(self.ctx.db, child_id, clock.today())
        i = self.program.findData(pid) if pid is not None else -1
        if i < 0:
            return False
        self.program.setCurrentIndex(i)
        return self.select_child(child_id)

    # ------------------------------------------------------------------ actions
    def _chosen(self) -> tuple[int | None, int | None, bool]:
        if not self._release_ready:
            self.steps.finish()  # Sign in / out clicked (or F3, F4) before the adult's list was made
        child = self.current_child()
        data = self.adult.currentData()
        alone = data == -1
        return child, (None if alone or data is None else int(data)), alone

    def _at(self) -> tuple[bool, dt.datetime | None]:
        """The time written in the time box (today, local), None for now; (False, None) when unreadable."""
        try:
            minutes = parse_hhmm(self.time.text())
        except ValueError:
            dialogs.warn(self, self.tr("Write the time as HH:MM, e.g. 16:30, or leave it empty for now."))
            return False, None
        if minutes is None:
            return True, None
        if minutes >= 24 * 60:
            dialogs.warn(self, self.tr("Write the time as HH:MM, e.g. 16:30, or leave it empty for now."))
            return False, None
        local = dt.datetime.combine(clock.today(), dt.time(minutes // 60, minutes % 60), tzinfo=clock.local_tz())
        return True, local

    def sign_in(self) -> None:
        child, contact, _alone = self._chosen()
        if child is None:
            dialogs.warn(self, self.tr("Choose a child first."))
            return
        ok, at = self._at()
        if not ok:
            return
        try:
            r = cc.sign_in(self.ctx.db, self.ctx.actor, child, contact, at=at, program_id=self.program_id())
        except UserError as exc:
            dialogs.show_user_error(self, exc)
            return
        self.status.setText(self.tr("{child} signed in.").format(child=r.child_name))
        self.time.clear()
        self.adult.setCurrentIndex(0)  # hours later, at sign-out, the desk picks again
        self.reload()
        self.find.setFocus()

    def sign_out(self, override: bool) -> None:
        """Release the selected child to the adult chosen; `override` opens the force-release dialog instead."""
        child, contact, alone = self._chosen()
        if child is None:
            dialogs.warn(self, self.tr("Choose a child first."))
            return
        ok, at = self._at()
        if not ok:
            return
        self.refusal_banner.hide()
        if override:
            self.open_release_dialog(child, self.adult.currentData(), at)
            return
        try:
            r = cc.sign_out(self.ctx.db, self.ctx.actor, child, contact, alone=alone, at=at)
        except cc.BlockedAdult as exc:
            self.show_blocked(exc)
            return
        except UserError as exc:
            dialogs.show_user_error(self, exc)
            return
        self._released(r)

    def open_release_dialog(self, child: int, adult: int | None, at: dt.datetime | None) -> ReleaseDialog:
        """The force-release dialog, opened without blocking (the desk's flow; tests drive it as `release_dialog`)."""
        name = self.model.row_at(self.table.currentIndex().row()).name
        dialog = ReleaseDialog(self.ctx, self, child, name, adult, at)
        dialog.released.connect(self._released)
        dialog.finished.connect(lambda *_: self.reload())  # a blocked attempt or a cancel leaves the desk current
        self.release_dialog = dialog
        dialog.open()
        return dialog

    def _released(self, r: cc.AttendanceResult) -> None:
        text = self.tr("{child} signed out.").format(child=r.child_name)
        if r.overridden:
            text += " " + self.tr("(override recorded)")
        self.status.setText(text)
        self.time.clear()
        self.adult.setCurrentIndex(0)
        self.reload()
        self.find.setFocus()

    def mark_absent(self) -> None:
        child = self.current_child()
        if child is None:
            dialogs.warn(self, self.tr("Choose a child first."))
            return
        try:
            cc.mark_absent(self.ctx.db, self.ctx.actor, child, self.absence_reason.currentData())
        except UserError as exc:
            dialogs.show_user_error(self, exc)
            return
        self.reload()
        self.find.setFocus()

    def _week(self) -> None:
        pid = self.program_id()
        if pid is None:
            return
        today = clock.today()
        monday = today - dt.timedelta(days=today.weekday())
        db, actor = self.ctx.db, self.ctx.actor

        def make() -> bytes:
            from app.childcare.sheets import render_weekly_summary  # reportlab: loaded when first printed

            return render_weekly_summary(db, actor, pid, monday)  # checked and audited by the service

        self._document(make, f"week-{pid}-{monday.isoformat()}")

    def _sheet(self, filled: bool) -> None:
        pid = self.program_id()
        if pid is None:
            return
        day = clock.today()
        group = self.sheet_group.currentData()
        db, actor = self.ctx.db, self.ctx.actor

        def make() -> bytes:
            from app.childcare.sheets import render_daily_sheet  # reportlab: loaded when first printed

            return render_daily_sheet(db, actor, pid, day, group, filled=filled)  # checked and audited by the service

        suffix = f"-{group}" if group else ""
        self._document(make, f"{'record' if filled else 'sheet'}-{pid}-{day.isoformat()}{suffix}")

    def _document(self, make, name: str) -> None:
        """Build a PDF off the UI thread (a big program's sheet takes a moment), then preview it."""

        def done(data: bytes) -> None:
            documents.preview(self, documents.write_document(data, "childcare", name))

        self.document_task = run_task(self, lambda _progress: make(), on_done=done, label=self.tr("Preparing the PDF…"))


def create_page(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    return ChildcarePage(ctx, parent)
