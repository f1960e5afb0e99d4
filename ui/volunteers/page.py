"""The volunteers counter: the week roster (plan, sign up, check in and out), hours to approve, volunteers and
their certificates."""

from __future__ import annotations

import datetime as dt
import sys

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableView,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.errors import UserError
from app.residents.service import search_residents
from app.volunteers import certificates, reports, roster
from ui.common import dialogs, documents
from ui.common import export as list_export
from ui.common.layout import (
    keep_wide_enough,
    scrolling,
    share_on_first_show,
    size_columns_always,
    size_columns_when_filled,
    text_width,
)
from ui.common.lazy import LazyTabs
from ui.common.live import keep_view
from ui.common.loading import Loader
from ui.common.nothing_found import NothingFound, note_empty_combo
from ui.common.numbers import NumberEdit
from ui.common.saving import one_click, saves_once
from ui.common.steps import Steps
from ui.common.tasks import run_task
from ui.context import AppContext
from ui.volunteers.models import (
    PendingHoursModel,
    QualificationsModel,
    ShiftPeopleModel,
    VolunteersModel,
    WeekCellDelegate,
    WeekModel,
)


def _qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


def _local_qdatetime(moment: dt.datetime) -> QDateTime:
    """A local wall-clock time (app.clock's zone) for a date-time editor, whatever the machine's zone."""
    local = clock.to_local(moment)
    return QDateTime(_qdate(local.date()), QTime(local.hour, local.minute))


def _from_editor(edit: QDateTimeEdit) -> dt.datetime:
    """The editor's wall-clock time as an aware time in app.clock's local zone."""
    value = edit.dateTime()
    return dt.datetime.combine(_pydate(value.date()), value.time().toPython()).replace(tzinfo=clock.local_tz())


def _named(widget, name: str, accessible: str):
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    return widget


class RosterTab(QWidget):
    """Week grid on top; below it the chosen shift's people with sign-up, drop, check-in / out, no-show."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        today = clock.today()
        self.monday = today - dt.timedelta(days=today.weekday())
        self.shift_ids: list[int] = []

        # Built top-down (each container in its place before its children): a subtree made alone and then moved
        # in is styled again whole (ui/common/lazy.py).
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        layout.addLayout(top)
        self.prev_btn = _named(
            QPushButton(self.tr("◀ Previous week"), self), "rosterPrevWeek", self.tr("Previous week")
        )
        self.next_btn = _named(QPushButton(self.tr("Next week ▶"), self), "rosterNextWeek", self.tr("Next week"))
        self.week_label = _named(QLabel(self), "rosterWeekLabel", self.tr("Week"))
        self.generate_btn = _named(
            QPushButton(self.tr("Generate from weekly templates"), self),
            "rosterGenerate",
            self.tr("Generate from weekly templates"),
        )
        self.settle_btn = _named(
            QPushButton(self.tr("Close today's shifts"), self), "rosterSettle", self.tr("Close today's shifts")
        )
        self.print_btn = _named(QPushButton(self.tr("Print roster"), self), "rosterPrint", self.tr("Print roster"))
        for w in (self.prev_btn, self.week_label, self.next_btn):
            top.addWidget(w)
        top.addStretch(1)
        for w in (self.generate_btn, self.settle_btn, self.print_btn):
            top.addWidget(w)

        split = QSplitter(Qt.Orientation.Vertical, self)
        layout.addWidget(split, 1)
        self.model = WeekModel(self)
        self.grid = _named(QTableView(split), "rosterGrid", self.tr("Week roster"))
        self.grid.setItemDelegate(WeekCellDelegate(self.grid))
        self.grid.setModel(self.model)
        list_export.install(self.grid, "roster", ctx=ctx, filter_text=lambda: self.week_label.text())
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.grid.setWordWrap(True)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # Every post stays on screen: the rows share the grid's height (at least two lines each), and the grid
        # keeps room for all of them (see reload).
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setMinimumSectionSize(self.grid.fontMetrics().lineSpacing() * 2 + 8)
        bottom = QSplitter(Qt.Orientation.Horizontal, split)
        # the shift's people and the shift form are made after the week's first paint (later steps below); their
        # containers are in place now, so nothing moves when they fill. Both scroll, so the week keeps its rows
        # and the tab fits a 1280×720 screen (the people's panel held the window taller than 1366×768 allows).
        self.detail = QWidget(bottom)
        self.detail.setObjectName("rosterShiftPanel")
        self.detail_scroll = scrolling(self.detail, bottom)
        self.form_holder = QWidget(bottom)  # the shift form's scroll area, made with the form (a later step)
        QVBoxLayout(self.form_holder).setContentsMargins(0, 0, 0, 0)
        split.addWidget(self.grid)
        split.addWidget(bottom)
        split.setStretchFactor(0, 3)
        share_on_first_show(split, (56, 44))  # the week its five posts on two lines each, the shift form whole
        bottom.addWidget(self.detail_scroll)
        bottom.addWidget(self.form_holder)
        share_on_first_show(bottom, (52, 48))
        self.people_model = ShiftPeopleModel(self)
        self._time_edited = {"in": False, "out": False}
        # The find box is the roster's first field (ui/common/lazy.py first_field): made now, in its row of the
        # shift's panel, so a name typed as the tab opens lands in it; the rest of the panel comes in a later step.
        self._detail_layout = QVBoxLayout(self.detail)
        self._detail_layout.setContentsMargins(0, 0, 4, 0)  # in its scroll area, beside the shift form's box
        self._search_row = QHBoxLayout()
        self._detail_layout.addLayout(self._search_row)
        self.volunteer_search = _named(QLineEdit(self.detail), "rosterVolunteerSearch", self.tr("Find a volunteer"))
        self.volunteer_search.setPlaceholderText(self.tr("Name, initials or phone, then Enter"))
        # room for a name or a phone beside the choice and the sign-up buttons
        self.volunteer_search.setMinimumWidth(text_width(self.volunteer_search, "姓名拼音首字母或电话"))
        self._search_row.addWidget(self.volunteer_search, 1)
        self.volunteer_search.returnPressed.connect(self.find_volunteers)
        self.setFocusProxy(self.volunteer_search)

        self.prev_btn.clicked.connect(lambda: self.move_week(-7))
        self.next_btn.clicked.connect(lambda: self.move_week(7))
        self.generate_btn.clicked.connect(self.generate)
        self.settle_btn.clicked.connect(self.settle)
        one_click(self.generate_btn, self.settle_btn)  # a double click presses once (ui.common.saving)
        self.print_btn.clicked.connect(self.print_roster)
        self.grid.selectionModel().currentChanged.connect(self._cell_changed)
        self.steps = Steps(self)
        self.steps.then(self._build_people)
        self.steps.then(self._build_shift_form)
        self.loader = Loader(self)
        self._show_week_label()
        if parent is not None and parent.isVisible():
            # built to be seen: the frame shows now, the week when the worker answers
            self.load_in_background()
        else:
            self.reload_posts()
            self.reload()
        # Another workstation signs a volunteer up, drops, checks in or out, adds a shift: the week follows
        # (ui/common/live.py), queried on a worker.
        self.live_watch = ctx.live.watch(self, ("volunteers.roster",), self.load_in_background)

    # --- later steps (ui/common/steps.py) ---------------------------------------------------
    def _build_people(self) -> None:
        """The chosen shift's people with sign-up, drop, check-in / out (a later step)."""
        detail = self.detail
        dl = self._detail_layout
        self.shift_combo = _named(QComboBox(detail), "rosterShift", self.tr("Shift"))
        self.people = _named(QTableView(detail), "rosterPeople", self.tr("People on the shift"))
        self.people.setModel(self.people_model)
        list_export.install(
            self.people, "shift_people", ctx=self.ctx, filter_text=lambda: self.shift_combo.currentText()
        )
        self.people.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.people.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.people.horizontalHeader().setStretchLastSection(True)
        self.people.setMinimumHeight(self.people.fontMetrics().lineSpacing() * 3)  # its header and two people
        self.volunteer_choice = _named(QComboBox(detail), "rosterVolunteerChoice", self.tr("Volunteer"))
        self.signup_btn = _named(QPushButton(self.tr("Sign up"), detail), "rosterSignUp", self.tr("Sign up"))
        self.waitlist_btn = _named(
            QPushButton(self.tr("Add to waitlist"), detail), "rosterWaitlist", self.tr("Add to waitlist")
        )
        self.drop_btn = _named(QPushButton(self.tr("Drop…"), detail), "rosterDrop", self.tr("Drop"))
        self.in_btn = _named(QPushButton(self.tr("Check in"), detail), "rosterCheckIn", self.tr("Check in"))
        self.out_btn = _named(QPushButton(self.tr("Check out"), detail), "rosterCheckOut", self.tr("Check out"))
        self.noshow_btn = _named(QPushButton(self.tr("No-show"), detail), "rosterNoShow", self.tr("No-show"))
        # the times entered: now for a shift under way, the shift's own times for one that has passed (typed in
        # afterwards from the paper sheet); the clerk may change them
        self.in_time = _named(QDateTimeEdit(detail), "rosterCheckInTime", self.tr("Check-in time"))
        self.out_time = _named(QDateTimeEdit(detail), "rosterCheckOutTime", self.tr("Check-out time"))
        for key, edit in (("in", self.in_time), ("out", self.out_time)):
            edit.setDisplayFormat("MM-dd HH:mm")
            edit.dateTimeChanged.connect(lambda _v, k=key: self._time_edited.__setitem__(k, True))
        row1 = QHBoxLayout()
        row1.addWidget(QLabel(self.tr("Shift"), detail))
        row1.addWidget(self.shift_combo, 1)
        self.cancel_shift_btn = _named(
            QPushButton(self.tr("Cancel shift…"), detail), "rosterCancelShift", self.tr("Cancel shift")
        )
        row1.addWidget(self.cancel_shift_btn)
        # the chosen person's no-show and drop above the people, so the panel's rows all show at 1366×768
        row1.addWidget(self.noshow_btn)
        row1.addWidget(self.drop_btn)
        dl.insertLayout(0, row1)
        dl.insertWidget(1, self.people)
        row2 = self._search_row  # the find box made with the roster, then these
        row2.addWidget(self.volunteer_choice, 1)
        row2.addWidget(self.signup_btn)
        row2.addWidget(self.waitlist_btn)
        times = QHBoxLayout()
        times.addWidget(self.in_time, 1)
        times.addWidget(self.in_btn, 1)
        times.addWidget(self.out_time, 1)
        times.addWidget(self.out_btn, 1)
        dl.addLayout(times)

        self.shift_combo.currentIndexChanged.connect(self._show_people)
        self.people.selectionModel().currentRowChanged.connect(lambda *_a: self.propose_times())
        self.signup_btn.clicked.connect(self.sign_up)
        self.waitlist_btn.clicked.connect(self.add_to_waitlist)
        self.drop_btn.clicked.connect(self.drop)
        self.in_btn.clicked.connect(self.check_in)
        self.out_btn.clicked.connect(self.check_out)
        self.noshow_btn.clicked.connect(self.no_show)
        # a double click presses once (ui.common.saving)
        one_click(self.signup_btn, self.waitlist_btn, self.in_btn, self.out_btn, self.noshow_btn)
        self.cancel_shift_btn.clicked.connect(self.cancel_shift)

    def _build_shift_form(self) -> None:
        """The weekly template / one-off shift form (a later step)."""
        # the shift form scrolls, so the week keeps its rows (issue 16)
        form_scroll = self.form_scroll = QScrollArea(self.form_holder)
        form_scroll.setObjectName("rosterShiftFormScroll")
        form_scroll.setWidgetResizable(True)
        form_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.form_holder.layout().addWidget(form_scroll)
        form_box = QGroupBox(self.tr("Weekly or one-off shift"), form_scroll.viewport())
        form_scroll.setWidget(form_box)
        keep_wide_enough(form_scroll, form_box)  # never cut at the side: it scrolls up and down only
        self.post_combo = _named(QComboBox(form_box), "templatePost", self.tr("Post"))
        self.weekday_combo = _named(QComboBox(form_box), "templateWeekday", self.tr("Day of the week"))
        for i in range(7):
            self.weekday_combo.addItem(reports.weekday_name(i), i)
        self.start_edit = _named(QTimeEdit(QTime(9, 0), form_box), "templateStart", self.tr("Starts"))
        self.end_edit = _named(QTimeEdit(QTime(11, 0), form_box), "templateEnd", self.tr("Ends"))
        for edit in (self.start_edit, self.end_edit):
            edit.setDisplayFormat("HH:mm")  # 24-hour clock; an end before the start is the next day
        self.place_edit = _named(QLineEdit(form_box), "templatePlace", self.tr("Place"))
        # typed as text and read on save (ui/common/numbers.py): a spin box swallowed the digit that passed 99
        self.min_spin = _named(
            NumberEdit(form_box, low=0, high=99, value=1, field="min_people", label=self.tr("Minimum people")),
            "templateMin",
            self.tr("Minimum people"),
        )
        self.max_spin = _named(
            NumberEdit(form_box, low=1, high=99, value=2, field="max_people", label=self.tr("Maximum people")),
            "templateMax",
            self.tr("Maximum people"),
        )
        self.skills_edit = _named(QLineEdit(form_box), "templateSkills", self.tr("Required skills"))
        # a short hint that fits beside the other fields at 1366×768; the whole of it in the tooltip
        self.skills_edit.setPlaceholderText(self.tr("e.g. first aid"))
        self.skills_edit.setToolTip(self.tr("Comma-separated, e.g. first aid"))
        self.add_template_btn = _named(
            QPushButton(self.tr("Add weekly shift"), form_box), "templateAdd", self.tr("Add weekly shift")
        )
        self.add_post_btn = _named(QPushButton(self.tr("New post…"), form_box), "postAdd", self.tr("New post"))
        self.oneoff_day = _named(
            QDateEdit(_qdate(clock.today()), form_box), "oneOffDay", self.tr("Date of a one-off shift")
        )
        self.oneoff_day.setCalendarPopup(True)
        self.oneoff_day.setDisplayFormat("yyyy-MM-dd")
        self.add_oneoff_btn = _named(
            QPushButton(self.tr("Add one-off shift"), form_box), "oneOffAdd", self.tr("Add one-off shift")
        )
        # Two fields a row, so the whole form shows in its pane at 1366×768 without scrolling (one field a row, the
        # place was cut at the pane's foot and the rest below it), and no wider than the window's minimum allows.
        form = QGridLayout(form_box)
        form.setContentsMargins(4, 0, 4, 0)
        form.setVerticalSpacing(0)
        form.setColumnStretch(1, 1)
        form.setColumnStretch(3, 1)
        post = QHBoxLayout()
        post.addWidget(self.post_combo, 1)
        post.addWidget(self.add_post_btn)
        times = QHBoxLayout()
        times.addWidget(self.start_edit, 1)
        times.addWidget(QLabel("—", form_box))
        times.addWidget(self.end_edit, 1)
        people = QHBoxLayout()
        people.addWidget(self.min_spin, 1)
        people.addWidget(QLabel("—", form_box))
        people.addWidget(self.max_spin, 1)
        pairs = (
            (self.tr("Post"), post, self.tr("Day of the week"), self.weekday_combo),
            (self.tr("Time"), times, self.tr("People (min – max)"), people),
            (self.tr("Place"), self.place_edit, self.tr("Required skills"), self.skills_edit),
        )
        for row, (first, first_field, second, second_field) in enumerate(pairs):
            for column, (text, field) in enumerate(((first, first_field), (second, second_field))):
                label = QLabel(text, form_box)
                form.addWidget(label, row, 2 * column)
                if isinstance(field, QHBoxLayout):
                    form.addLayout(field, row, 2 * column + 1)
                else:
                    label.setBuddy(field)
                    form.addWidget(field, row, 2 * column + 1)
        weekly = QHBoxLayout()
        weekly.addWidget(self.add_template_btn)
        weekly.addStretch(1)
        form.addLayout(weekly, 3, 0, 1, 2)
        oneoff = QHBoxLayout()  # the date's own name says what it is: "Date of a one-off shift"
        oneoff.addWidget(self.oneoff_day, 1)
        oneoff.addWidget(self.add_oneoff_btn)
        form.addLayout(oneoff, 3, 2, 1, 2)

        self.add_template_btn.clicked.connect(self.add_template)
        self.add_oneoff_btn.clicked.connect(self.add_oneoff)
        one_click(self.add_template_btn, self.add_oneoff_btn)  # a double click presses once (ui.common.saving)
        self.add_post_btn.clicked.connect(self.add_post)

    # --- loading --------------------------------------------------------------------------
    def load_in_background(self) -> None:
        """Query the posts and the shown week on a worker; the answer replaces the week keeping the chosen cell,
        shift, person and scroll position (`_loaded`). An answer for a week no longer shown is dropped."""
        db, monday = self.ctx.db, self.monday
        self.loader.run(lambda: (roster.list_posts(db), roster.week_roster(db, monday)), self._loaded)

    def _loaded(self, answer: tuple[list[roster.PostRow], roster.WeekRoster]) -> None:
        if not self.steps.finished:  # the answer came before the shift's panels were made: shown after them
            self.steps.then(lambda: self._loaded(answer))
            return
        posts, week = answer
        if not self.post_combo.count():
            for p in posts:
                self.post_combo.addItem(p.label, p.id)
        self.live_reload(week)

    def live_reload(self, week: roster.WeekRoster | None = None) -> None:
        """Reload the week (or show `week`, just queried) for another workstation's change, keeping the chosen
        cell (by post), shift, person and the scroll position of the grid."""
        self.steps.finish()
        idx = self.grid.currentIndex()
        shown = self.model.week
        post_id = shown.posts[idx.row()].id if idx.isValid() and shown is not None else None
        person = self._selected_person()
        bar = self.grid.verticalScrollBar()
        value = bar.value()
        if week is None:
            self.reload()
        else:
            self._set_week(week)
        week = self.model.week
        if post_id is not None and week is not None:
            row = next((i for i, p in enumerate(week.posts) if p.id == post_id), None)
            if row is not None and row != idx.row():
                self.grid.setCurrentIndex(self.model.index(row, idx.column()))
        if person is not None:
            for i in range(self.people_model.rowCount()):
                if self.people_model.row_at(i).signup_id == person.signup_id:
                    self.people.selectRow(i)
                    break
        self.grid.doItemsLayout()
        bar.setValue(value)

    def reload_posts(self) -> None:
        self.post_combo.clear()
        for p in roster.list_posts(self.ctx.db):
            self.post_combo.addItem(p.label, p.id)

    def reload(self) -> None:
        """The shown week queried now (after the clerk's own action); a background answer on its way is dropped."""
        self.loader.drop()
        self._set_week(roster.week_roster(self.ctx.db, self.monday))

    def _show_week_label(self) -> None:
        sunday = self.monday + dt.timedelta(days=6)
        self.week_label.setText(
            self.tr("{start} – {end}").format(start=self.monday.isoformat(), end=sunday.isoformat())
        )

    def _set_week(self, week: roster.WeekRoster) -> None:
        self.steps.finish()  # the shift's panels follow the week
        current = self.grid.currentIndex()
        chosen = self.current_shift_id()
        self.model.set_week(week)
        posts = len(week.posts)
        header = self.grid.horizontalHeader().sizeHint().height()
        self.grid.setMinimumHeight(header + posts * self.grid.verticalHeader().minimumSectionSize() + 4)
        self._show_week_label()
        if current.isValid():
            self.grid.setCurrentIndex(self.model.index(current.row(), current.column()))
            if chosen in self.shift_ids:
                self.shift_combo.setCurrentIndex(self.shift_ids.index(chosen))
        else:
            self._cell_changed()

    def move_week(self, days: int) -> None:
        self.monday += dt.timedelta(days=days)
        self.grid.setCurrentIndex(self.model.index(-1, -1))
        self.reload()

    def select_cell(self, post_id: int, day: dt.date) -> None:
        """Show the week of `day` and select the post's cell on that day."""
        self.monday = day - dt.timedelta(days=day.weekday())
        self.reload()
        week = self.model.week
        assert week is not None
        row = next(i for i, p in enumerate(week.posts) if p.id == post_id)
        self.grid.setCurrentIndex(self.model.index(row, day.weekday()))

    def _cell_changed(self, *args) -> None:
        self.steps.finish()  # a cell chosen before the shift's panels were made
        idx = self.grid.currentIndex()
        cells = self.model.cells(idx.row(), idx.column()) if idx.isValid() else []
        self.shift_ids = [c.shift_id for c in cells]
        self.shift_combo.blockSignals(True)
        self.shift_combo.clear()
        for c in cells:
            self.shift_combo.addItem(f"{c.day.isoformat()} {c.time_text} ({c.booked}/{c.max_people})", c.shift_id)
        self.shift_combo.blockSignals(False)
        self._show_people()

    def current_shift_id(self) -> int | None:
        i = self.shift_combo.currentIndex()
        return self.shift_ids[i] if 0 <= i < len(self.shift_ids) else None

    def _current_cell(self) -> roster.ShiftCell | None:
        sid = self.current_shift_id()
        idx = self.grid.currentIndex()
        for c in self.model.cells(idx.row(), idx.column()):
            if c.shift_id == sid:
                return c
        return None

    def _show_people(self, *args) -> None:
        cell = self._current_cell()
        self.people_model.set_rows(cell.people if cell else [])
        if self.people_model.rowCount():
            self.people.selectRow(0)
        self.propose_times()

    def propose_times(self) -> None:
        """Fill the check-in and check-out times the desk proposes for the chosen shift (until the clerk edits
        them): the shift's start and end once it has passed, now while it is under way or to come."""
        cell = self._current_cell()
        if cell is None:
            start = end = clock.now()
        else:
            start, end = roster.attendance_defaults(cell.day, cell.start_min, cell.end_min)
        for edit, value in ((self.in_time, start), (self.out_time, end)):
            edit.blockSignals(True)
            edit.setDateTime(_local_qdatetime(value))
            edit.setEnabled(cell is not None)
            edit.blockSignals(False)
        self._time_edited = {"in": False, "out": False}

    def attendance_time(self, which: str) -> dt.datetime:
        """The time to record: what the clerk typed, or the proposal as it is at this moment."""
        cell = self._current_cell()
        if self._time_edited[which] or cell is None:
            return _from_editor(self.in_time if which == "in" else self.out_time)
        start, end = roster.attendance_defaults(cell.day, cell.start_min, cell.end_min)
        return start if which == "in" else end

    def _selected_person(self) -> roster.RosterPerson | None:
        idx = self.people.currentIndex()
        return self.people_model.row_at(idx.row()) if idx.isValid() else None

    # --- actions --------------------------------------------------------------------------
    def _run(self, fn) -> bool:
        try:
            fn()
        except UserError as exc:
            dialogs.show_user_error(self, exc)
            return False
        self.reload()
        return True

    def generate(self) -> None:
        monday, sunday = self.monday, self.monday + dt.timedelta(days=6)

        def go() -> None:
            n = roster.generate_from_templates(self.ctx.db, self.ctx.actor, monday, sunday)
            dialogs.inform(self, self.tr("{n} shifts added to this week.").format(n=n))

        self._run(go)

    def settle(self) -> None:
        def go() -> None:
            forgotten, absent = roster.settle_day(self.ctx.db, self.ctx.actor, clock.today())
            dialogs.inform(
                self,
                self.tr("{forgotten} forgotten check-outs sent to review, {absent} no-shows recorded.").format(
                    forgotten=forgotten, absent=absent
                ),
            )

        self._run(go)

    def print_roster(self) -> None:
        week = self.model.week
        if week is None:
            return
        pdf = reports.roster_pdf(week, self.ctx.center())
        reports.record_export(self.ctx.db, self.ctx.actor, "roster", f"week of {self.monday.isoformat()}")
        path = documents.write_document(pdf, "volunteer-roster", self.monday.isoformat())
        documents.preview(self, path, self.tr("Volunteer roster"))

    def find_volunteers(self) -> None:
        self.steps.finish()  # Enter in the find box before the rest of the panel was made
        self.volunteer_choice.clear()
        for v in roster.list_volunteers(self.ctx.db, self.ctx.actor, self.volunteer_search.text(), limit=30):
            if not v.archived:
                self.volunteer_choice.addItem(f"{v.name} · {roster.kind_label(v.kind)}", v.id)
        note_empty_combo(self.volunteer_choice, self.volunteer_search.text())
        if self.volunteer_choice.count():
            self.signup_btn.setFocus()

    def sign_up(self) -> None:
        sid, vid = self.current_shift_id(), self.volunteer_choice.currentData()
        if sid is None or vid is None:
            dialogs.warn(self, self.tr("Choose a shift and a volunteer first."))
            return
        try:
            roster.sign_up(self.ctx.db, self.ctx.actor, sid, vid)
        except UserError as exc:
            reason = dialogs.ask_text(
                self,
                self.tr("Sign-up refused"),
                exc.message + "\n" + self.tr("To override, give a reason (leave empty to cancel):"),
            )
            if reason and reason.strip():
                self._run(lambda: roster.sign_up(self.ctx.db, self.ctx.actor, sid, vid, override_reason=reason))
            else:
                dialogs.show_user_error(self, exc)
            return
        self.reload()
        self.volunteer_search.clear()
        self.volunteer_search.setFocus()

    def add_to_waitlist(self) -> None:
        """A full shift: the volunteer waits in line and moves up, in order, when someone drops."""
        sid, vid = self.current_shift_id(), self.volunteer_choice.currentData()
        if sid is None or vid is None:
            dialogs.warn(self, self.tr("Choose a shift and a volunteer first."))
            return
        cell = self._current_cell()
        if cell is not None and cell.booked < cell.max_people:
            dialogs.warn(self, self.tr("This shift still has room: sign the volunteer up instead."))
            return
        if self._run(lambda: roster.sign_up(self.ctx.db, self.ctx.actor, sid, vid, waitlist_if_full=True)):
            self.volunteer_search.clear()
            self.volunteer_search.setFocus()

    def drop(self) -> None:
        person = self._selected_person()
        if person is None:
            return
        reason = dialogs.ask_text(
            self, self.tr("Drop from the shift"), self.tr("Why is {name} dropped?").format(name=person.name)
        )
        if reason is None:
            return
        promoted: list[int | None] = []
        if self._run(lambda: promoted.append(roster.drop(self.ctx.db, self.ctx.actor, person.signup_id, reason))):
            cell = self._current_cell()
            moved = [p.name for p in (cell.people if cell else []) if p.signup_id in promoted]
            if moved:
                dialogs.inform(self, self.tr("{name} moved up from the waitlist.").format(name=moved[0]))

    def check_in(self) -> None:
        person = self._selected_person()
        if person is not None:
            at = self.attendance_time("in")
            self._run(lambda: roster.check_in(self.ctx.db, self.ctx.actor, person.signup_id, at))
            self._select_signup(person.signup_id)

    def check_out(self) -> None:
        person = self._selected_person()
        if person is not None:
            at = self.attendance_time("out")
            if not self._run(lambda: roster.check_out(self.ctx.db, self.ctx.actor, person.signup_id, at)):
                self.out_time.setFocus()  # refused (e.g. the same minute as the check-in): correct the time
            self._select_signup(person.signup_id)

    def _select_signup(self, signup_id: int) -> None:
        """Keep the person the clerk was working on selected after the list reloads."""
        for i in range(self.people_model.rowCount()):
            if self.people_model.row_at(i).signup_id == signup_id:
                self.people.selectRow(i)
                return

    def no_show(self) -> None:
        person = self._selected_person()
        if person is not None:
            self._run(lambda: roster.mark_no_show(self.ctx.db, self.ctx.actor, person.signup_id))

    def add_template(self) -> None:
        start, end = self.start_edit.time(), self.end_edit.time()
        self._run(
            lambda: roster.add_template(
                self.ctx.db,
                self.ctx.actor,
                post_id=self.post_combo.currentData(),
                weekday=self.weekday_combo.currentData(),
                start_min=start.hour() * 60 + start.minute(),
                end_min=end.hour() * 60 + end.minute(),
                place=self.place_edit.text(),
                min_people=self.min_spin.value(),
                max_people=self.max_spin.value(),
                required_skills=roster.split_skills(self.skills_edit.text()),
            )
        )

    def add_oneoff(self) -> None:
        """A shift on one date only (an event, an extra visit round), shown in that date's week."""
        start, end = self.start_edit.time(), self.end_edit.time()
        day = _pydate(self.oneoff_day.date())
        post_id = self.post_combo.currentData()

        def create() -> None:  # the numbers read inside _run: a number out of range is its message
            inp = roster.ShiftInput(
                post_id=post_id,
                day=day,
                start_min=start.hour() * 60 + start.minute(),
                end_min=end.hour() * 60 + end.minute(),
                place=self.place_edit.text(),
                min_people=self.min_spin.value(),
                max_people=self.max_spin.value(),
                required_skills=roster.split_skills(self.skills_edit.text()),
            )
            roster.create_shift(self.ctx.db, self.ctx.actor, inp)

        if self._run(create):
            self.select_cell(post_id, day)

    def cancel_shift(self) -> None:
        sid = self.current_shift_id()
        if sid is None:
            dialogs.warn(self, self.tr("Choose a shift first."))
            return
        reason = dialogs.ask_text(
            self, self.tr("Cancel shift"), self.tr("Why is this shift cancelled? The volunteers on it should be told.")
        )
        if reason is None:
            return
        self._run(lambda: roster.cancel_shift(self.ctx.db, self.ctx.actor, sid, reason))

    def add_post(self) -> None:
        name = dialogs.ask_text(self, self.tr("New post"), self.tr("Name of the post"))
        if name is None:
            return
        if self._run(lambda: roster.add_post(self.ctx.db, self.ctx.actor, name)):
            self.reload_posts()


class HoursTab(QWidget):
    """Hours waiting for approval (forgotten check-outs first) and the monthly hours report."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = PendingHoursModel(self)
        # Built top-down, each widget made in its place (ui/common/lazy.py): the list and its buttons now, the form
        # for hours served outside a shift in a later step (ui/common/steps.py), in a box already in its place.
        layout = QVBoxLayout(self)
        self.table = _named(QTableView(self), "hoursPending", self.tr("Hours waiting for approval"))
        self.table.setModel(self.model)
        list_export.install(self.table, "hours", ctx=ctx)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.approve_btn = _named(QPushButton(self.tr("Approve"), self), "hoursApprove", self.tr("Approve"))
        self.reject_btn = _named(QPushButton(self.tr("Reject…"), self), "hoursReject", self.tr("Reject"))
        self.refresh_btn = _named(QPushButton(self.tr("Refresh"), self), "hoursRefresh", self.tr("Refresh"))
        row = QHBoxLayout()
        layout.addLayout(row)
        for w in (self.approve_btn, self.reject_btn, self.refresh_btn):
            row.addWidget(w)
        row.addStretch(1)
        self.report_row = QHBoxLayout()  # the monthly report's period and buttons: a later step, in their place
        self.report_row.setContentsMargins(0, 0, 0, 0)
        row.addLayout(self.report_row)
        self.feedback = _named(QLabel(self), "hoursFeedback", self.tr("Last decision"))
        self.feedback.setWordWrap(True)
        self.feedback.setMinimumHeight(self.feedback.fontMetrics().lineSpacing() + 4)  # nothing moves when it fills
        layout.addWidget(self.feedback)
        # hours served outside a shift (an event, a visit recorded later): source "manual", with a reason
        self.manual_box = QGroupBox(self.tr("Hours served outside a shift"), self)
        self.manual_box.setObjectName("manualHoursBox")
        layout.addWidget(self.manual_box)
        self.approve_btn.clicked.connect(lambda: self.decide(True))
        one_click(self.approve_btn, self.reject_btn)  # a double click presses once (ui.common.saving)
        self.reject_btn.clicked.connect(lambda: self.decide(False))
        self.refresh_btn.clicked.connect(self.reload)
        self.steps = Steps(self)
        self.steps.then(self._build_report)  # made before the manual form: the keyboard order stays as it was
        self.steps.then(self._build_manual)
        self.loader = Loader(self)
        if parent is not None and parent.isVisible():
            self.load_in_background()  # built to be seen: the frame now, the list when the worker answers
        else:
            self.reload()

    def _build_report(self) -> None:
        """The monthly hours report's period and its PDF and Excel buttons, beside the decision buttons (a later
        step)."""
        today = clock.today()
        row = self.report_row
        from_label = QLabel(self.tr("From"), self)
        self.first = _named(QDateEdit(_qdate(today.replace(day=1)), self), "hoursFrom", self.tr("From"))
        to_label = QLabel(self.tr("To"), self)
        self.last = _named(QDateEdit(_qdate(today), self), "hoursTo", self.tr("To"))
        for d in (self.first, self.last):
            d.setCalendarPopup(True)
            d.setDisplayFormat("yyyy-MM-dd")
        self.pdf_btn = _named(
            QPushButton(self.tr("Hours by month (PDF)"), self), "hoursPdf", self.tr("Hours by month (PDF)")
        )
        self.xlsx_btn = _named(
            QPushButton(self.tr("Hours by month (Excel)"), self), "hoursExcel", self.tr("Hours by month (Excel)")
        )
        for w in (from_label, self.first, to_label, self.last, self.pdf_btn, self.xlsx_btn):
            row.addWidget(w)
        self.pdf_btn.clicked.connect(self.export_pdf)
        self.xlsx_btn.clicked.connect(self.export_xlsx)

    def _build_manual(self) -> None:
        """The form for hours served outside a shift (a later step)."""
        manual = self.manual_box
        today = clock.today()
        self.manual_search = _named(QLineEdit(manual), "manualVolunteerSearch", self.tr("Find a volunteer"))
        self.manual_search.setPlaceholderText(self.tr("Name, initials or phone, then Enter"))
        self.manual_volunteer = _named(QComboBox(manual), "manualVolunteer", self.tr("Volunteer"))
        self.manual_day = _named(QDateEdit(_qdate(today), manual), "manualDay", self.tr("Day served"))
        self.manual_day.setCalendarPopup(True)
        self.manual_day.setDisplayFormat("yyyy-MM-dd")
        self.manual_day.setMaximumDate(_qdate(today))
        # typed as text and read on save (ui/common/numbers.py): a spin box cut 99999 to 9.00 without a word
        self.manual_hours = _named(
            NumberEdit(manual, low=0.25, high=24, decimals=2, value=2, field="hours", label=self.tr("Hours")),
            "manualHours",
            self.tr("Hours"),
        )
        self.manual_hours.setMaximumWidth(self.manual_hours.fontMetrics().horizontalAdvance("00.00") * 3)
        self.manual_note = _named(QLineEdit(manual), "manualNote", self.tr("What was done"))
        self.manual_note.setPlaceholderText(self.tr("What the volunteer did, and why it is entered by hand"))
        self.manual_add = _named(
            QPushButton(self.tr("Add hours for approval"), manual), "manualAdd", self.tr("Add hours for approval")
        )
        ml = QFormLayout(manual)
        who = QHBoxLayout()
        who.addWidget(self.manual_search, 1)
        who.addWidget(self.manual_volunteer, 1)
        ml.addRow(self.tr("Volunteer"), who)
        when = QHBoxLayout()
        when.addWidget(self.manual_day)
        when.addWidget(self.manual_hours)
        when.addWidget(QLabel(self.tr(" h").strip(), manual))
        when.addStretch(1)
        ml.addRow(self.tr("Day and hours"), when)
        ml.addRow(self.tr("What was done"), self.manual_note)
        ml.addRow("", self.manual_add)
        self.manual_search.returnPressed.connect(self.find_manual_volunteers)
        self.manual_note.returnPressed.connect(self.add_manual)
        self.manual_add.clicked.connect(self.add_manual)
        one_click(self.manual_add)  # a double click adds the hours once (ui.common.saving)

    def load_in_background(self) -> None:
        """The pending hours queried on a worker (first show, another workstation's change), then shown keeping the
        selected entry."""
        db = self.ctx.db
        self.loader.run(lambda: roster.pending_hours(db), self._set_rows)

    def reload(self, select_row: int | None = None) -> None:
        """Reload the pending hours, keeping the selected entry selected (by id); `select_row` selects that row
        instead (the next pending entry after a decision); the first row when nothing was selected."""
        self.loader.drop()
        self._set_rows(roster.pending_hours(self.ctx.db), select_row)

    def _set_rows(self, rows: list[roster.PendingRow], select_row: int | None = None) -> None:
        current = self.table.currentIndex()
        keep = self.model.row_at(current.row()).id if current.isValid() and select_row is None else None
        self.model.set_rows(rows)
        count = self.model.rowCount()
        if not count:
            return
        row = 0
        if keep is not None:
            row = next((i for i in range(count) if self.model.row_at(i).id == keep), 0)
        elif select_row is not None:
            row = min(select_row, count - 1)
        self.table.selectRow(row)

    def decide(self, approve: bool) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows:
            self.feedback.setText(self.tr("Choose the hours to decide first."))
            return
        entries = [self.model.row_at(r) for r in rows]
        note = ""
        if not approve:
            answer = dialogs.ask_text(self, self.tr("Reject hours"), self.tr("Why are these hours rejected?"))
            if answer is None:
                return
            note = answer
        done = []
        try:
            for e in entries:
                roster.decide_hours(self.ctx.db, self.ctx.actor, e.id, approve=approve, note=note)
                done.append(e)
        except UserError as exc:
            dialogs.show_user_error(self, exc)
        if done:
            names = "、".join(dict.fromkeys(e.name for e in done))
            hours = f"{sum(e.minutes for e in done) / 60:.1f}"
            text = (
                self.tr("Approved: {names}, {hours} h ({n} in all).")
                if approve
                else self.tr("Rejected: {names}, {hours} h ({n} in all).")
            ).format(n=len(done), hours=hours, names=names)
            self.feedback.setText(text)
            window = self.window()
            if hasattr(window, "statusBar"):
                window.statusBar().showMessage(text, 8000)
        # the next pending entry takes the decided one's place; it is selected where the clerk was
        self.reload(select_row=rows[0])
        if self.model.rowCount():
            nxt = self.model.row_at(self.table.currentIndex().row())
            self.feedback.setText(
                self.feedback.text() + " " + self.tr("Selected now: {name}, {day}.").format(name=nxt.name, day=nxt.day)
            )

    def find_manual_volunteers(self) -> None:
        self.manual_volunteer.clear()
        for v in roster.list_volunteers(self.ctx.db, self.ctx.actor, self.manual_search.text(), limit=30):
            if not v.archived:
                self.manual_volunteer.addItem(f"{v.name} · {roster.kind_label(v.kind)}", v.id)
        note_empty_combo(self.manual_volunteer, self.manual_search.text())
        if self.manual_volunteer.count():
            self.manual_hours.setFocus()

    @saves_once
    def add_manual(self) -> None:
        vid = self.manual_volunteer.currentData()
        if vid is None:
            dialogs.warn(self, self.tr("Find and choose the volunteer first."))
            return
        try:
            minutes = round(self.manual_hours.value() * 60)
            roster.add_manual_hours(
                self.ctx.db, self.ctx.actor, vid, _pydate(self.manual_day.date()), minutes, self.manual_note.text()
            )
        except UserError as exc:
            dialogs.show_user_error(self, exc)
            return
        self.manual_note.clear()
        self.manual_search.clear()
        self.manual_volunteer.clear()
        self.reload()
        self.manual_search.setFocus()

    def _period(self) -> tuple[dt.date, dt.date]:
        return _pydate(self.first.date()), _pydate(self.last.date())

    def _export(self, kind: str, make) -> None:
        """Counted and written off the UI thread; the export is recorded in the audit trail."""
        first, last = self._period()
        if last < first:
            dialogs.warn(self, self.tr("The end date is before the start date."))
            return
        db, actor, center = self.ctx.db, self.ctx.actor, self.ctx.center()
        buttons = (self.pdf_btn, self.xlsx_btn)
        for b in buttons:
            b.setEnabled(False)

        def work(_progress):
            rows = reports.hours_by_month(db, first, last)
            reports.record_export(db, actor, kind, f"{first}..{last}", len(rows))  # checked and audited first
            return make(rows, first, last, center)

        def done(path) -> None:
            for b in buttons:
                b.setEnabled(True)
            if kind == "hours_pdf":
                documents.preview(self, path, self.tr("Volunteer hours by month"))
            else:
                dialogs.inform(self, self.tr("Saved to {path}").format(path=str(path)))

        def failed(exc: BaseException) -> None:
            for b in buttons:
                b.setEnabled(True)
            if isinstance(exc, UserError):
                dialogs.show_user_error(self, exc)
            else:
                sys.excepthook(type(exc), exc, exc.__traceback__)

        self.task = run_task(self, work, on_done=done, on_error=failed)

    def export_pdf(self) -> None:
        def make(rows, first, last, center):
            pdf = reports.hours_pdf(rows, first, last, center)
            return documents.write_document(pdf, "volunteer-hours", f"{first}_{last}")

        self._export("hours_pdf", make)

    def export_xlsx(self) -> None:
        from app.documents.common import output_path

        def make(rows, first, last, _center):
            path = output_path("volunteer-hours", f"{first}_{last}", ".xlsx")
            path.write_bytes(reports.hours_xlsx(rows, first, last))
            return path

        self._export("hours_xlsx", make)


class VolunteersTab(QWidget):
    """Find volunteers; register or edit one (type, skills, qualifications with expiry, availability, a minor's
    guardian consent, external volunteer number); issue a certificate for a period."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.editing: roster.VolunteerDetail | None = None
        # Built top-down: the list and the certificate on the left, the long form in its scroll area on the right,
        # each container in place before its children (a subtree measured alone and then moved in is styled again
        # whole, ui/common/lazy.py). The list and its search come first; the form and the certificate are made in
        # later steps (ui/common/steps.py), in boxes already in their places.
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        layout.addLayout(left, 5)
        self.reg_holder = QWidget(self)  # the registration form in its scroll area: a later step (_build_form)
        QVBoxLayout(self.reg_holder).setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.reg_holder, 4)
        self.search = _named(QLineEdit(self), "volunteerSearch", self.tr("Find a volunteer"))
        self.search.setPlaceholderText(self.tr("Name, initials, phone or volunteer number"))
        self.model = VolunteersModel(self)
        self.table = _named(QTableView(self), "volunteerList", self.tr("Volunteers"))
        self.table.setModel(self.model)
        self.nothing_found = NothingFound(self.table, self.search)  # "没有找到…" over an empty answer
        list_export.install(self.table, "volunteers", ctx=ctx, filter_text=list_export.filter_of(self.search))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        size_columns_when_filled(self.table)  # measured once, not on every layout (ResizeToContents)
        self.edit_btn = _named(QPushButton(self.tr("Edit selected"), self), "volunteerEdit", self.tr("Edit selected"))
        self.new_btn = _named(QPushButton(self.tr("New volunteer"), self), "volunteerNew", self.tr("New volunteer"))
        self.archive_btn = _named(
            QPushButton(self.tr("Archive…"), self), "volunteerArchive", self.tr("Archive volunteer")
        )
        self.cert = QGroupBox(self.tr("Volunteer service record certificate"), self)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.edit_btn)
        search_row.addWidget(self.new_btn)
        search_row.addWidget(self.archive_btn)
        left.addLayout(search_row)
        left.addWidget(self.table, 1)
        left.addWidget(self.cert)
        self.search.textChanged.connect(self.reload)
        self.setFocusProxy(self.search)  # the tab's first field (ui/common/lazy.py first_field)
        self.edit_btn.clicked.connect(self.edit_selected)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.new_btn.clicked.connect(self.start_new)
        self.archive_btn.clicked.connect(self.archive)
        self.quals_model = QualificationsModel(self)
        # the certificate's box keeps the room its four rows take, so the list keeps its height when they are made
        line = self.cert.fontMetrics().lineSpacing()
        self.cert.setMinimumHeight(4 * (2 * line + 2) + 4 * line + 20)
        self.steps = Steps(self)
        self.steps.then(self._build_certificate)  # first: the keyboard goes through the form, then the certificate
        self.steps.then(self._build_form)
        self.loader = Loader(self)
        if parent is not None and parent.isVisible():
            self.load_in_background()  # built to be seen: the frame now, the list when the worker answers
        else:
            self.reload()

    def _build_form(self) -> None:
        """Register or edit a volunteer (a later step)."""
        holder = self.reg_holder
        reg = self.reg = QGroupBox(self.tr("Register a volunteer"), holder)
        self.reg_scroll = scrolling(reg, holder)  # a long form: it scrolls on a 1366×768 screen (issue 16)
        holder.layout().addWidget(self.reg_scroll)
        if holder.isVisible():  # its fields are made on screen, as they were in the box
            self.reg_scroll.show()
        self.resident_search = _named(QLineEdit(reg), "volunteerResidentSearch", self.tr("Resident"))
        self.resident_search.setPlaceholderText(self.tr("Find the resident, then Enter"))
        self.resident_choice = _named(QComboBox(reg), "volunteerResident", self.tr("Resident"))
        self.resident_name = _named(QLabel(reg), "volunteerResidentName", self.tr("Resident"))
        self.resident_name.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.kind = _named(QComboBox(reg), "volunteerKind", self.tr("Type"))
        for k in roster.KINDS:
            self.kind.addItem(roster.kind_label(k), k)
        self.kind.setCurrentIndex(self.kind.findData("resident"))
        self.school = _named(QLineEdit(reg), "volunteerSchool", self.tr("School"))
        self.student_number = _named(QLineEdit(reg), "volunteerStudentNumber", self.tr("Student number"))
        self.branch = _named(QLineEdit(reg), "volunteerBranch", self.tr("Party branch"))
        self.skills = _named(QLineEdit(reg), "volunteerSkills", self.tr("Skills"))
        self.skills.setPlaceholderText(self.tr("Comma-separated"))
        self.availability = _named(QLineEdit(reg), "volunteerAvailability", self.tr("Availability"))
        self.availability.setPlaceholderText(self.tr("e.g. weekday afternoons, weekends"))
        self.external = _named(QLineEdit(reg), "volunteerNumber", self.tr("Volunteer number (志愿汇 / i志愿)"))
        self.guardian = _named(QLineEdit(reg), "volunteerGuardian", self.tr("Guardian (under 18)"))
        self.consent = _named(QDateEdit(reg), "volunteerConsent", self.tr("Guardian's consent on"))
        self.consent.setSpecialValueText(self.tr("none"))
        self.consent.setMinimumDate(QDate(2000, 1, 1))
        self.consent.setDate(self.consent.minimumDate())
        self.consent.setDisplayFormat("yyyy-MM-dd")
        # qualifications with expiry
        self.quals = _named(QTableView(reg), "volunteerQualifications", self.tr("Qualifications"))
        self.quals.setModel(self.quals_model)
        self.quals.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.quals.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.quals.horizontalHeader().setStretchLastSection(True)
        self.quals.verticalHeader().hide()
        size_columns_always(self.quals)  # the qualification's name and date whole (issue 16)
        # its header and a row at least, more when there is room: the form shows whole on a 1280×720 screen
        self.quals.setMinimumHeight(self.quals.fontMetrics().lineSpacing() * 3)
        self.qual_name = _named(QLineEdit(reg), "qualificationName", self.tr("Qualification"))
        self.qual_name.setPlaceholderText(self.tr("e.g. first-aid certificate"))
        self.qual_name.setMinimumWidth(160)
        self.qual_expiry = _named(QDateEdit(reg), "qualificationExpiry", self.tr("Valid until"))
        self.qual_expiry.setSpecialValueText(self.tr("no expiry"))
        self.qual_expiry.setMinimumDate(QDate(2000, 1, 1))
        self.qual_expiry.setDate(self.qual_expiry.minimumDate())
        self.qual_expiry.setDisplayFormat("yyyy-MM-dd")
        self.qual_expiry.setCalendarPopup(True)
        self.qual_add = _named(QPushButton(self.tr("Add"), reg), "qualificationAdd", self.tr("Add qualification"))
        self.qual_remove = _named(
            QPushButton(self.tr("Remove"), reg), "qualificationRemove", self.tr("Remove qualification")
        )
        # the form's button under its scroll area, always in sight however short the screen
        self.save_btn = _named(
            QPushButton(self.tr("Register volunteer"), holder), "volunteerSave", self.tr("Register volunteer")
        )
        holder.layout().addWidget(self.save_btn)
        # Fields that belong together share a row (the resident's search and choice, school and student number,
        # the guardian and the consent's date), so the whole form shows at 1366×768 without scrolling.
        form = QFormLayout(reg)
        self.form = form
        self.resident_row = QHBoxLayout()
        self.resident_row.addWidget(self.resident_search, 1)
        self.resident_row.addWidget(self.resident_choice, 1)
        form.addRow(self.tr("Resident"), self.resident_row)
        form.addRow(self.tr("Resident"), self.resident_name)
        form.addRow(self.tr("Type"), self.kind)
        self.student_row = QHBoxLayout()
        self.student_row.addWidget(self.school, 3)
        self.student_row.addWidget(QLabel(self.tr("Student number"), reg))
        self.student_row.addWidget(self.student_number, 2)
        form.addRow(self.tr("School"), self.student_row)
        form.addRow(self.tr("Party branch"), self.branch)
        form.addRow(self.tr("Skills"), self.skills)
        form.addRow(self.tr("Availability"), self.availability)
        form.addRow(self.tr("Volunteer number"), self.external)
        guardian_row = QHBoxLayout()
        guardian_row.addWidget(self.guardian, 1)
        guardian_row.addWidget(QLabel(self.tr("Guardian's consent on"), reg))
        guardian_row.addWidget(self.consent)
        form.addRow(self.tr("Guardian (under 18)"), guardian_row)
        form.addRow(self.tr("Qualifications"), self.quals)
        qual_row = QHBoxLayout()
        qual_row.addWidget(self.qual_name, 2)
        qual_row.addWidget(self.qual_expiry, 1)
        qual_row.addWidget(self.qual_add)
        qual_row.addWidget(self.qual_remove)
        form.addRow("", qual_row)
        self.resident_search.returnPressed.connect(self.find_residents)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.qual_add.clicked.connect(self.add_qualification)
        one_click(self.qual_add)  # a double click presses once (ui.common.saving)
        self.qual_name.returnPressed.connect(self.add_qualification)
        self.qual_remove.clicked.connect(self.remove_qualification)
        self.save_btn.clicked.connect(self.save)
        one_click(self.save_btn)  # a double click saves once (ui.common.saving)
        # Tab goes through the form, then the certificate (made before the form, under the list), as before
        chain = (self.save_btn, self.cert_from, self.cert_to, self.cert_full_id, self.cert_btn)
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)
        self._new_form()  # the scroll area keeps as wide as the form's fields need (ui.common.layout.scrolling)
        # The cursor stays where it is: the tab's first field is the volunteers' find box, made first (a form made
        # later taking the focus sent the rest of a name typed as the tab opened into the form).

    def _build_certificate(self) -> None:
        """The service record certificate for a period (a later step, under the list)."""
        cert = self.cert
        today = clock.today()
        self.cert_from = _named(QDateEdit(_qdate(today.replace(month=1, day=1)), cert), "certFrom", self.tr("From"))
        self.cert_to = _named(QDateEdit(_qdate(today), cert), "certTo", self.tr("To"))
        for d in (self.cert_from, self.cert_to):
            d.setDisplayFormat("yyyy-MM-dd")
            d.setCalendarPopup(True)
        self.cert_full_id = _named(
            QCheckBox(self.tr("Print the full ID number (recorded)"), cert),
            "certFullId",
            self.tr("Print the full ID number"),
        )
        self.cert_btn = _named(
            QPushButton(self.tr("Issue certificate"), cert), "certIssue", self.tr("Issue certificate")
        )
        cl = QFormLayout(cert)
        cl.addRow(self.tr("From"), self.cert_from)
        cl.addRow(self.tr("To"), self.cert_to)
        cl.addRow("", self.cert_full_id)
        cl.addRow(self.cert_btn)
        self.cert_btn.clicked.connect(self.issue)
        one_click(self.cert_btn)  # a double click presses once (ui.common.saving)
        self.cert.setMinimumHeight(0)  # its rows hold it now

    # --- the form -------------------------------------------------------------------------
    def _kind_changed(self, *_args) -> None:
        """Only the fields of the chosen type: school and student number, or the party branch."""
        kind = self.kind.currentData()
        self.form.setRowVisible(self.student_row, kind == "student")
        self.form.setRowVisible(self.branch, kind == "party")

    def _set_mode(self, editing: roster.VolunteerDetail | None) -> None:
        self.editing = editing
        new = editing is None
        self.form.setRowVisible(self.resident_row, new)
        self.form.setRowVisible(self.resident_name, not new)
        if new:
            self.reg.setTitle(self.tr("Register a volunteer"))
            self.save_btn.setText(self.tr("Register volunteer"))
        else:
            self.reg.setTitle(self.tr("Edit volunteer: {name}").format(name=editing.name))
            self.resident_name.setText(editing.name)
            self.save_btn.setText(self.tr("Save changes"))
        self.save_btn.setAccessibleName(self.save_btn.text())

    def start_new(self) -> None:
        """An empty form for a new volunteer, the cursor in the resident's search."""
        self.steps.finish()
        self._new_form()
        self.resident_search.setFocus()

    def _new_form(self) -> None:
        for w in (
            self.school,
            self.student_number,
            self.branch,
            self.skills,
            self.availability,
            self.external,
            self.guardian,
            self.resident_search,
            self.qual_name,
        ):
            w.clear()
        self.resident_choice.clear()
        self.kind.setCurrentIndex(self.kind.findData("resident"))
        self.consent.setDate(self.consent.minimumDate())
        self.qual_expiry.setDate(self.qual_expiry.minimumDate())
        self.quals_model.set_rows([])
        self._set_mode(None)
        self._kind_changed()

    def edit_selected(self) -> None:
        self.steps.finish()  # the form may not be made yet
        idx = self.table.currentIndex()
        if not idx.isValid():
            dialogs.warn(self, self.tr("Choose a volunteer first."))
            return
        try:
            detail = roster.get_volunteer(self.ctx.db, self.ctx.actor, self.model.row_at(idx.row()).id)
        except UserError as exc:
            dialogs.show_user_error(self, exc)
            return
        inp = detail.input
        self.kind.setCurrentIndex(self.kind.findData(inp.kind))
        self.school.setText(inp.school)
        self.student_number.setText(inp.student_number)
        self.branch.setText(inp.branch)
        self.skills.setText("，".join(inp.skills))
        self.availability.setText(inp.availability)
        self.external.setText(inp.external_number)
        self.guardian.setText(inp.guardian_name)
        self.consent.setDate(_qdate(inp.guardian_consent_on) if inp.guardian_consent_on else self.consent.minimumDate())
        self.quals_model.set_rows([roster.QualificationRow(n, e) for n, e in inp.qualifications])
        self._set_mode(detail)
        self._kind_changed()
        self.skills.setFocus()

    def add_qualification(self) -> None:
        name = self.qual_name.text().strip()
        if not name:
            dialogs.warn(self, self.tr("Type the name of the qualification."))
            return
        expiry = None if self.qual_expiry.date() == self.qual_expiry.minimumDate() else _pydate(self.qual_expiry.date())
        rows = [q for q in self.quals_model.rows() if q.name != name]  # the same name again replaces it
        self.quals_model.set_rows(sorted([*rows, roster.QualificationRow(name, expiry)], key=lambda q: q.name))
        self.qual_name.clear()
        self.qual_expiry.setDate(self.qual_expiry.minimumDate())
        self.qual_name.setFocus()

    def remove_qualification(self) -> None:
        idx = self.quals.currentIndex()
        if idx.isValid():
            rows = self.quals_model.rows()
            del rows[idx.row()]
            self.quals_model.set_rows(rows)

    def load_in_background(self) -> None:
        """The list for the search shown, queried on a worker (first show, another workstation's change); an answer
        for a search typed over meanwhile is dropped."""
        db, actor, text = self.ctx.db, self.ctx.actor, self.search.text()
        self.loader.run(lambda: roster.list_volunteers(db, actor, text), self._set_rows)

    def reload(self) -> None:
        """The list queried now (the clerk typed or saved); an answer still on its way is dropped."""
        self.loader.drop()
        self._set_rows(roster.list_volunteers(self.ctx.db, self.ctx.actor, self.search.text()))

    def _set_rows(self, rows: list[roster.VolunteerRow]) -> None:
        """The rows shown, the volunteer chosen kept chosen (by id: a refresh after a certificate or another
        workstation's change must not move the choice to another person); the first row when none was chosen."""
        keep_view(self.table, lambda: self.model.set_rows(rows), key=lambda row: row.id)
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self.table.selectRow(0)

    def find_residents(self) -> None:
        self.resident_choice.clear()
        for r in search_residents(self.ctx.db, self.resident_search.text(), limit=30):
            self.resident_choice.addItem(f"{r.name} {r.masked_id}".strip(), r.id)
        note_empty_combo(self.resident_choice, self.resident_search.text())

    @saves_once
    def save(self) -> None:
        rid = self.editing.resident_id if self.editing else self.resident_choice.currentData()
        if rid is None:
            dialogs.warn(self, self.tr("Find and choose the resident first."))
            return
        consent = None if self.consent.date() == self.consent.minimumDate() else _pydate(self.consent.date())
        kind = self.kind.currentData()
        inp = roster.VolunteerInput(
            resident_id=rid,
            kind=kind,
            school=self.school.text() if kind == "student" else "",
            student_number=self.student_number.text() if kind == "student" else "",
            branch=self.branch.text() if kind == "party" else "",
            skills=self.skills.text().replace("，", ",").replace("、", ",").split(","),
            availability=self.availability.text(),
            external_number=self.external.text(),
            guardian_name=self.guardian.text(),
            guardian_consent_on=consent,
            qualifications=[(q.name, q.expires_on) for q in self.quals_model.rows()],
        )
        try:
            vid = roster.save_volunteer(self.ctx.db, self.ctx.actor, inp, self.editing.id if self.editing else None)
        except UserError as exc:
            dialogs.show_user_error(self, exc)
            return
        self.start_new()
        self.reload()
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).id == vid:
                self.table.selectRow(row)
                break

    def archive(self) -> None:
        idx = self.table.currentIndex()
        if not idx.isValid():
            dialogs.warn(self, self.tr("Choose a volunteer first."))
            return
        vol = self.model.row_at(idx.row())
        if vol.archived:
            dialogs.warn(self, self.tr("{name} is archived already.").format(name=vol.name))
            return
        reason = dialogs.ask_text(
            self,
            self.tr("Archive volunteer"),
            self.tr("Why does {name} stop volunteering? Their bookings on coming shifts are dropped.").format(
                name=vol.name
            ),
        )
        if reason is None:
            return
        try:
            dropped = roster.archive_volunteer(self.ctx.db, self.ctx.actor, vol.id, reason)
        except UserError as exc:
            dialogs.show_user_error(self, exc)
            return
        if self.editing is not None and self.editing.id == vol.id:
            self.start_new()
        self.reload()
        dialogs.inform(self, self.tr("{name} archived; {n} coming bookings dropped.").format(name=vol.name, n=dropped))

    def issue(self) -> None:
        idx = self.table.currentIndex()
        if not idx.isValid():
            dialogs.warn(self, self.tr("Choose a volunteer first."))
            return
        vol = self.model.row_at(idx.row())
        try:
            data = certificates.issue_certificate(
                self.ctx.db, self.ctx.actor, vol.id, _pydate(self.cert_from.date()), _pydate(self.cert_to.date())
            )
            full_id = (
                certificates.full_id_number(self.ctx.db, self.ctx.actor, data)
                if self.cert_full_id.isChecked()
                else None
            )
        except UserError as exc:
            dialogs.show_user_error(self, exc)
            return
        path = documents.write_document(
            certificates.render_certificate(data, full_id or None), "volunteer-certificate", data.number
        )
        documents.preview(self, path, self.tr("Certificate {number}").format(number=data.number))


class VolunteersPage(QWidget):
    """The week roster first; the other sub-tabs are built the first time they are shown (ui/common/lazy.py) and
    follow changes through the live feed (reloaded when shown, only if something they show changed)."""

    # what each sub-tab shows, for its live refresh (the roster watches its own)
    TOPICS = {"volunteersHours": ("volunteers.roster",), "volunteersList": ("volunteers", "volunteers.roster")}

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("volunteersPage")
        self.ctx = ctx
        self.tabs = _named(QTabWidget(self), "volunteersTabs", self.tr("Volunteers"))
        self.lazy = LazyTabs(self.tabs)
        self.lazy.add("volunteersRoster", lambda parent: RosterTab(ctx, parent), self.tr("Week roster"))
        self.lazy.add(
            "volunteersHours",
            lambda parent: self._watched(HoursTab(ctx, parent), "volunteersHours"),
            self.tr("Hours to approve"),
        )
        self.lazy.add(
            "volunteersList",
            lambda parent: self._watched(VolunteersTab(ctx, parent), "volunteersList"),
            self.tr("Volunteers and certificates"),
        )
        from ui.reports.section import add_statistics_tab  # the counter's month in figures, built when first shown

        add_statistics_tab(self.tabs, ctx, "volunteers")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.setFocusProxy(self.tabs)  # the current sub-tab's first field (ui/common/lazy.py first_field)

    def _watched(self, tab: QWidget, name: str) -> QWidget:
        tab.live_watch = self.ctx.live.watch(tab, self.TOPICS[name], tab.load_in_background)
        return tab

    @property
    def roster(self) -> RosterTab:
        return self.lazy.page("volunteersRoster")

    @property
    def hours(self) -> HoursTab:
        return self.lazy.page("volunteersHours")

    @property
    def volunteers(self) -> VolunteersTab:
        return self.lazy.page("volunteersList")


def create_page(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    return VolunteersPage(ctx, parent)
