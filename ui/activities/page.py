"""The classes and activities counter (活动与课程): courses and sign-up at the desk, attendance per session (tick list,
a name, or a scanned sheet code), events and performances. Sub-tabs are built when first shown (ui/common/lazy.py)
and follow other workstations through the live feed (topic "activities")."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.accounts.permissions import MANAGE_ACTIVITIES, REFUND_CLASS_FEE, RUN_ACTIVITIES, may
from app.activities import attendance as T
from app.activities import certificates as C
from app.activities import service as A
from app.documents.common import yuan
from app.errors import UserError
from app.field_labels import too_long
from db.limits import text_limit
from ui.activities import fee_actions
from ui.activities.models import AttendanceModel, CoursesModel, EnrolmentsModel, SessionsModel
from ui.common import dialogs, documents
from ui.common import export as list_export
from ui.common.layout import order_columns, share_on_first_show, size_columns_always
from ui.common.lazy import LazyTabs
from ui.common.loading import Loader
from ui.common.resident_picker import ResidentPicker
from ui.common.saving import one_click, saves_once
from ui.common.steps import Steps
from ui.context import AppContext

TOPICS = ("activities", "residents")


def _named(widget, name: str, accessible: str):
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    return widget


def _table(model, name: str, accessible: str, parent: QWidget, **sizing) -> QTableView:
    """A list made in its place (`parent`): measured there, never styled a second time by a move."""
    view = _named(QTableView(parent), name, accessible)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    size_columns_always(view, **sizing)
    return view


def _unbroken(conditions: str) -> str:
    """A course's conditions ("60岁以上；低保/特困") for a wrapped line: each condition kept whole (a word joiner
    between its characters), a line broken only between two conditions; "60岁以" / "上" was read as two things."""
    return "；".join("\u2060".join(part) for part in conditions.split("；"))


def _current(view: QTableView):
    idx = view.currentIndex()
    return view.model().row_at(idx.row()) if idx.isValid() else None


def _select(view: QTableView, key) -> None:
    model = view.model()
    for r in range(model.rowCount()):
        if model.row_at(r).id == key:
            view.selectRow(r)
            return
    if model.rowCount():
        view.selectRow(0)


# --------------------------------------------------------------------------------------------- courses, sign-up


REASON_MAX = text_limit("reason", "withdraw").length  # a withdrawal or ending reason: the services' own limit


class ReasonDialog(QDialog):
    """Asks a reason (withdrawing, ending a course) and stays open until one is given: OK with an empty reason
    says so under the field instead of closing."""

    def __init__(self, parent: QWidget | None, title: str, label: str) -> None:
        super().__init__(parent)
        self.setObjectName("reasonDialog")
        self.setWindowTitle(title)
        self.edit = QLineEdit(self, objectName="reasonEdit")
        self.edit.setAccessibleName(label)
        self.error = QLabel(self, objectName="reasonError")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("OK"))
        self.ok_button.setObjectName("okButton")
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setObjectName("cancelButton")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.edit.textEdited.connect(lambda _t: self.error.hide())
        layout = QVBoxLayout(self)
        prompt = QLabel(label, self)
        prompt.setWordWrap(True)
        layout.addWidget(prompt)
        layout.addWidget(self.edit)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(420, self.sizeHint().height())

    def reason(self) -> str:
        return self.edit.text().strip()

    def accept(self) -> None:
        if not self.reason():
            self.error.setText(self.tr("Give a reason."))
            self.error.show()
            self.edit.setFocus()
            return
        if len(self.reason()) > REASON_MAX:
            self.error.setText(too_long("reason", REASON_MAX, len(self.reason())))
            self.error.show()
            self.edit.setFocus()
            return
        super().accept()


def ask_reason(parent: QWidget, title: str, label: str) -> str | None:
    """A reason, never empty (the dialog stays open until one is given); None when cancelled."""
    dialog = ReasonDialog(parent, title, label)
    return dialog.reason() if dialog.exec() == QDialog.DialogCode.Accepted else None


class CoursesTab(QWidget):
    """Courses on the left; the chosen course's people on the right, with the resident search to sign someone up."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.manage = may(ctx.actor, MANAGE_ACTIVITIES)
        self._prefetched: tuple[int | None, list] | None = None  # a course's people, queried with the courses
        # built top-down: each container in place before its children (ui/common/lazy.py)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        QVBoxLayout(self).addWidget(split)
        left = QWidget(split)
        right = QWidget(split)
        self.model = CoursesModel(self)
        # What the desk looks for stays in view at 1366 wide: the course, when, where and who teaches; a long place or
        # teacher (a partner's teacher with the organisation's name) is elided, whole in its tooltip. The places
        # taken, the fee and the conditions of the chosen course are in the title on the right too.
        m = CoursesModel
        room = self.fontMetrics().horizontalAdvance("中" * 8) + 24
        self.table = _table(
            self.model,
            "activitiesCourses",
            self.tr("Courses and groups"),
            left,
            widest={m.PLACE: room, m.TEACHER: room},
        )
        order_columns(self.table, (m.NAME, m.SCHEDULE, m.PLACE, m.TEACHER, m.PLACES, m.WAITING, m.FEE, m.KIND))
        list_export.install(self.table, "courses", ctx=ctx, permission=RUN_ACTIVITIES)
        self.new_button = _named(
            QPushButton(self.tr("New course…"), left), "activitiesNewCourse", self.tr("New course")
        )
        self.edit_button = _named(
            QPushButton(self.tr("Change…"), left), "activitiesEditCourse", self.tr("Change course")
        )
        self.archive_button = _named(
            QPushButton(self.tr("End course…"), left), "activitiesArchive", self.tr("End course")
        )
        self.cert_button = _named(
            QPushButton(self.tr("Completion certificates"), left), "activitiesCertificates", self.tr("Certificates")
        )
        for b in (self.new_button, self.edit_button, self.archive_button, self.cert_button):
            b.setVisible(self.manage)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.table)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.edit_button, self.archive_button, self.cert_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        lv.addLayout(buttons)

        self.right = right
        self.people_model = EnrolmentsModel(self)
        split.addWidget(left)
        split.addWidget(right)
        share_on_first_show(split, (62, 38))
        self.table.selectionModel().currentRowChanged.connect(self._course_changed)
        self.setFocusProxy(self.table)  # the first field (ui/common/lazy.py first_field): arrows pick the course
        self.new_button.clicked.connect(lambda: self.edit(None))
        self.edit_button.clicked.connect(lambda: self.edit(_current(self.table)))
        self.archive_button.clicked.connect(self.archive)
        self.cert_button.clicked.connect(self.certificates)
        # the chosen course's people and the sign-up after the first paint (ui/common/steps.py)
        self.steps = Steps(self)
        self.steps.then(self._build_people)
        self.loader = Loader(self)
        if parent is not None and parent.isVisible():
            self.load_in_background()  # built to be seen: the frame now, the courses when the worker answers
        else:
            self.reload()

    def _build_people(self) -> None:
        """The chosen course's people, the resident search to sign someone up, withdraw (a later step)."""
        right = self.right
        self.title = _named(QLabel(right), "activitiesCourseTitle", self.tr("Chosen course"))
        self.title.setWordWrap(True)
        self.people = _table(self.people_model, "activitiesPeople", self.tr("Signed up"), right)
        list_export.install(self.people, "enrolments", ctx=self.ctx, permission=RUN_ACTIVITIES)
        self.picker = ResidentPicker(self.ctx, "activitiesSignUp", self.tr("Find the resident to sign up"), right)
        self.sign_up_button = _named(
            QPushButton(self.tr("Sign up"), right), "activitiesSignUpButton", self.tr("Sign up")
        )
        self.withdraw_button = _named(
            QPushButton(self.tr("Withdraw…"), right), "activitiesWithdraw", self.tr("Withdraw the chosen person")
        )
        self.fee_button = _named(
            QPushButton(self.tr("Take fee…"), right), "activitiesTakeFee", self.tr("Take the chosen person's fee")
        )
        self.refund_button = _named(
            QPushButton(self.tr("Refund fee…"), right), "activitiesRefundFee", self.tr("Refund the chosen fee")
        )
        self.refund_button.setVisible(may(self.ctx.actor, REFUND_CLASS_FEE))
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.title)
        rv.addWidget(self.people, 1)
        rv.addWidget(self.picker)
        row = QHBoxLayout()
        row.addWidget(self.sign_up_button)
        row.addWidget(self.withdraw_button)
        row.addWidget(self.fee_button)
        row.addWidget(self.refund_button)
        row.addStretch(1)
        rv.addLayout(row)
        self.sign_up_message = _named(QLabel(right), "activitiesSignUpMessage", self.tr("Last sign-up"))
        self.sign_up_message.setProperty("role", "ok")
        self.sign_up_message.setWordWrap(True)
        self.sign_up_message.setMinimumHeight(self.sign_up_message.fontMetrics().height())  # room kept: no jump
        rv.addWidget(self.sign_up_message)
        self.sign_up_button.clicked.connect(self.sign_up)
        one_click(self.sign_up_button)  # a double click presses once (ui.common.saving)
        self.picker.entered.connect(self.sign_up)
        self.withdraw_button.clicked.connect(self.withdraw)
        self.fee_button.clicked.connect(self.take_fee)
        one_click(self.fee_button)
        self.refund_button.clicked.connect(self.refund_fee)

    def take_fee(self) -> None:
        c, e = self.course(), _current(self.people)
        if c is None or e is None:
            dialogs.warn(self, self.tr("Choose the person whose fee is paid."))
            return
        if fee_actions.take_fee(self, self.ctx, c, e):
            self.reload()

    def refund_fee(self) -> None:
        e = _current(self.people)
        if e is None:
            dialogs.warn(self, self.tr("Choose the person whose fee is refunded."))
            return
        if fee_actions.refund_fee(self, self.ctx, e):
            self.reload()

    def course(self) -> A.CourseRow | None:
        return _current(self.table)

    def load_in_background(self) -> None:
        """The courses and the people of the one that will be chosen, queried on a worker (first show, another
        workstation's change); the chosen course stays chosen."""
        db, actor = self.ctx.db, self.ctx.actor
        chosen = self.course()
        keep = chosen.id if chosen else None

        def query():
            courses = [c for c in A.list_courses(db) if c.kind != A.EVENT]
            ids = [c.id for c in courses]
            pick = keep if keep in ids else (ids[0] if ids else None)
            people = A.list_enrolments(db, actor, pick, include_withdrawn=True) if pick is not None else []
            return courses, pick, people

        self.loader.run(query, self._loaded)

    def _loaded(self, answer) -> None:
        if not self.steps.finished:  # the answer came before the people's panel was made: shown after it
            self.steps.then(lambda: self._loaded(answer))
            return
        courses, pick, people = answer
        self._prefetched = (pick, people)
        try:
            self._show_courses(courses)
        finally:
            self._prefetched = None

    def reload(self) -> None:
        """The courses queried now (after the clerk's own change); an answer still on its way is dropped."""
        self.loader.drop()
        self._show_courses([c for c in A.list_courses(self.ctx.db) if c.kind != A.EVENT])

    def _show_courses(self, courses: list[A.CourseRow]) -> None:
        chosen = self.course()
        self.model.set_rows(courses)
        _select(self.table, chosen.id if chosen else None)
        self._course_changed()

    def _course_changed(self, *_args) -> None:
        self.steps.finish()  # a course chosen before the people's panel was made
        c = self.course()
        if c is None:
            self.title.setText(self.tr("No course yet."))
            self.people_model.set_rows([])
            return
        fee = self.tr("free") if not c.fee_fen else f"¥{c.fee_fen / 100:.2f}"
        self.title.setText(
            self.tr("{name}: {booked}/{capacity} signed up, {waiting} waiting; {fee}. {conditions}").format(
                name=c.name,
                booked=c.booked,
                capacity=c.capacity,
                waiting=c.waiting,
                fee=fee,
                conditions=_unbroken(c.conditions_text),
            )
        )
        if self._prefetched is not None and self._prefetched[0] == c.id:
            self.people_model.set_rows(self._prefetched[1])
        else:
            self.people_model.set_rows(A.list_enrolments(self.ctx.db, self.ctx.actor, c.id, include_withdrawn=True))

    def sign_up(self) -> None:
        c = self.course()
        if c is None or self.picker.resident_id is None:
            dialogs.warn(self, self.tr("Choose the course and find the resident first."))
            return
        payment = fee_actions.ask_fee_at_sign_up(self, c)
        rid = self.picker.resident_id
        try:
            try:
                done = A.sign_up(self.ctx.db, self.ctx.actor, c.id, rid, fee_payment=payment)
            except A.CourseFull as full:
                if not dialogs.confirm(self, full.message):
                    return
                done = A.sign_up(self.ctx.db, self.ctx.actor, c.id, rid, waitlist_if_full=True)
        except UserError as exc:
            dialogs.show_user_error(self, exc)
            return
        name = self.picker.chosen_name()
        # Signed up or put on the waitlist, the picker is made ready for the next person alike, and the line under
        # it says which of the two happened (a waitlisted name otherwise only changed the course's count).
        self.picker.reset()
        self.reload()
        if done.status == A.WAITLIST:
            said = self.tr("{name} is on the waitlist of {course}: number {n} in line.")
        else:
            said = self.tr("{name} is signed up for {course}.")
        self.sign_up_message.setText(said.format(name=name, course=c.name, n=done.waitlist_position))
        if done.receipt_no:
            dialogs.inform(self, self.tr("Signed up; fee taken, receipt {receipt}.").format(receipt=done.receipt_no))
        self.picker.search.setFocus()

    def withdraw(self) -> None:
        e = _current(self.people)
        if e is None or e.status == A.WITHDRAWN:
            dialogs.warn(self, self.tr("Choose the person to withdraw."))
            return
        reason = ask_reason(self, self.tr("Withdraw"), self.tr("Why does {name} withdraw?").format(name=e.name))
        if reason is None:
            return
        try:
            promoted = A.withdraw(self.ctx.db, self.ctx.actor, e.id, reason)
            moved = A.promoted_person(self.ctx.db, self.ctx.actor, promoted) if promoted else None
        except UserError as exc:
            dialogs.show_user_error(self, exc)
            return
        self.reload()
        rows = (self.people_model.row_at(i) for i in range(self.people_model.rowCount()))
        back = next((r for r in rows if r.id == e.id), None)
        if back is not None and back.fee.refunded_fen and not e.fee.refunded_fen:
            dialogs.inform(
                self,
                self.tr("Withdrawn before the term began: give {fee} back to {name}.").format(
                    fee=yuan(back.fee.refunded_fen), name=e.name
                ),
            )
        if moved is not None:
            # the place freed went to the first on the waitlist: the desk calls them
            dialogs.inform(
                self,
                self.tr(
                    "{name} has moved up from the waitlist and now has a place on {course}. Phone: {phone}."
                ).format(name=moved.name, course=moved.course, phone=moved.phone or self.tr("not on record")),
                self.tr("Moved up from the waitlist"),
            )

    def edit(self, row: A.CourseRow | None) -> None:
        from ui.activities.course_form import CourseDialog

        dialog = CourseDialog(self.ctx, self, row)
        if dialog.exec() and dialog.saved_id:
            self.reload()
            _select(self.table, dialog.saved_id)

    def archive(self) -> None:
        c = self.course()
        if c is None:
            return
        reason = ask_reason(self, self.tr("End course"), self.tr("Why does {name} end?").format(name=c.name))
        if reason is None:
            return
        try:
            A.archive_course(self.ctx.db, self.ctx.actor, c.id, reason)
        except UserError as exc:
            dialogs.show_user_error(self, exc)
            return
        self.reload()

    def certificates(self) -> None:
        c = self.course()
        if c is None:
            return
        try:
            certs = C.issue_certificates(self.ctx.db, self.ctx.actor, c.id)
        except UserError as exc:
            dialogs.show_user_error(self, exc)
            return
        path = documents.write_document(C.render_certificates(certs), "completion-certificates", f"course-{c.id}")
        documents.preview(self, path, self.tr("Completion certificates: {name}").format(name=c.name))


# -------------------------------------------------------------------------------------------------- attendance


def _session_to_show(rows: list[A.SessionRow], keep: int | None) -> int | None:
    """The session the tick list opens on: `keep` (the one chosen) if still listed, else the latest that has begun
    and is not cancelled, else the first."""
    if keep is not None and any(r.id == keep for r in rows):
        return keep
    today = clock.today()
    past = [r for r in rows if r.day <= today and not r.cancelled]
    if past:
        return past[-1].id
    return rows[0].id if rows else None


class AttendanceTab(QWidget):
    """A course's sessions; the chosen session's tick list. The find box takes a name (Enter marks that person
    present) or a scanned sheet code."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._prefetched: dict[str, tuple] = {}  # a course's sessions and a session's ticks, queried together
        # built top-down: each container in place before its children (ui/common/lazy.py)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        QVBoxLayout(self).addWidget(split)
        left = QWidget(split)
        right = QWidget(split)
        self.course = _named(QComboBox(left), "attendanceCourse", self.tr("Course"))
        self.sessions_model = SessionsModel(self)
        self.left = left  # the course's sessions are listed there after the first paint (ui/common/steps.py)
        self.find = _named(QLineEdit(right), "attendanceFind", self.tr("Find by name or scan the sheet code"))
        self.find.setPlaceholderText(self.tr("Name, or scan the code on the sign-in sheet, then Enter"))
        self.setFocusProxy(self.find)  # the first field (ui/common/lazy.py first_field): not the course above
        self.message = _named(QLabel(right), "attendanceMessage", self.tr("Last mark"))
        self.ticks = AttendanceModel(self)
        self.list = _table(self.ticks, "attendanceList", self.tr("Tick list"), right)
        list_export.install(
            self.list,
            "activity_attendance",
            ctx=ctx,
            permission=RUN_ACTIVITIES,
            filter_text=list_export.filter_of(self.course),
        )
        self.save_button = _named(QPushButton(self.tr("Save ticks"), right), "attendanceSave", self.tr("Save ticks"))
        self.print_button = _named(
            QPushButton(self.tr("Print sign-in sheet"), right), "attendancePrint", self.tr("Print sign-in sheet")
        )
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.course)
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.find)
        rv.addWidget(self.message)
        rv.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.print_button)
        row.addStretch(1)
        rv.addLayout(row)
        split.addWidget(left)
        split.addWidget(right)
        share_on_first_show(split, (45, 55))
        self.course.currentIndexChanged.connect(self._course_changed)
        self.find.returnPressed.connect(self.enter)
        self.save_button.clicked.connect(self.save)
        one_click(self.save_button)  # a double click presses once (ui.common.saving)
        self.print_button.clicked.connect(self.print_sheet)
        self.steps = Steps(self)
        self.steps.then(self._build_sessions)
        self.loader = Loader(self)
        if parent is not None and parent.isVisible():
            self.load_in_background()  # built to be seen: the frame now, the lists when the worker answers
        else:
            self.reload()

    def _build_sessions(self) -> None:
        """The chosen course's sessions, under the course (a later step); Tab goes course, sessions, find box."""
        left = self.left
        self.sessions = _table(self.sessions_model, "attendanceSessions", self.tr("Sessions"), left)
        list_export.install(
            self.sessions,
            "activity_sessions",
            ctx=self.ctx,
            permission=RUN_ACTIVITIES,
            filter_text=list_export.filter_of(self.course),
        )
        left.layout().addWidget(self.sessions)
        QWidget.setTabOrder(self.course, self.sessions)
        QWidget.setTabOrder(self.sessions, self.find)
        self.sessions.selectionModel().currentRowChanged.connect(self._session_changed)

    def load_in_background(self) -> None:
        """The courses, the sessions of the course that will be chosen and the tick list of the session that will
        be chosen, queried together on a worker (first show, another workstation's change); what the clerk chose
        stays chosen."""
        db, actor = self.ctx.db, self.ctx.actor
        keep_course = self.course.currentData()
        session = self.session()
        keep_session = session.id if session else None

        def query():
            courses = [(c.name, c.id) for c in A.list_courses(db) if c.kind != A.EVENT]
            ids = [cid for _name, cid in courses]
            cid = keep_course if keep_course in ids else (ids[0] if ids else None)
            rows = A.list_sessions(db, cid) if cid else []
            sid = _session_to_show(rows, keep_session)
            ticks = T.attendance_list(db, actor, sid) if sid is not None else []
            return courses, (cid, rows), (sid, ticks)

        self.loader.run(query, self._loaded)

    def _loaded(self, answer) -> None:
        if not self.steps.finished:  # the answer came before the sessions' list was made: shown after it
            self.steps.then(lambda: self._loaded(answer))
            return
        courses, sessions, ticks = answer
        self._prefetched = {"sessions": sessions, "ticks": ticks}
        try:
            self._show_courses(courses)
        finally:
            self._prefetched = {}

    def reload(self) -> None:
        """Everything queried now (after the clerk's own change); an answer still on its way is dropped."""
        self.loader.drop()
        self._show_courses([(c.name, c.id) for c in A.list_courses(self.ctx.db) if c.kind != A.EVENT])

    def _show_courses(self, courses: list[tuple[str, int]]) -> None:
        chosen = self.course.currentData()
        self.course.blockSignals(True)
        self.course.clear()
        for name, cid in courses:
            self.course.addItem(name, cid)
        self.course.setCurrentIndex(max(0, self.course.findData(chosen)))
        self.course.blockSignals(False)
        self._course_changed()

    def _take(self, key: str, id_: int | None):
        """What the background query fetched for `id_` (None: query it now)."""
        got = self._prefetched.get(key)
        return got[1] if got is not None and got[0] == id_ else None

    def _course_changed(self, *_args) -> None:
        self.steps.finish()  # a course chosen before the sessions' list was made
        session = _current(self.sessions)
        cid = self.course.currentData()
        rows = self._take("sessions", cid)
        if rows is None:
            rows = A.list_sessions(self.ctx.db, cid) if cid else []
        self.sessions_model.set_rows(rows)
        _select(self.sessions, _session_to_show(rows, session.id if session is not None else None))
        self._session_changed()

    def session(self) -> A.SessionRow | None:
        """The chosen session (None while its list is not made yet: nothing is chosen then)."""
        return _current(self.sessions) if self.steps.finished else None

    def _session_changed(self, *_args) -> None:
        x = self.session()
        ticks = self._take("ticks", x.id if x else None)
        if ticks is None:
            ticks = T.attendance_list(self.ctx.db, self.ctx.actor, x.id) if x else []
        self.ticks.set_rows(ticks)

    def enter(self) -> None:
        self.steps.finish()  # a name typed and Enter pressed before the sessions' list was made
        text = self.find.text().strip()
        x = self.session()
        if not text or x is None:
            return
        try:
            if ":" in text:  # a scanned code (a code from another counter's sheet is refused by name)
                done = T.scan(self.ctx.db, self.ctx.actor, text, x.id)
            else:
                rows = [self.ticks.row_at(i) for i in range(self.ticks.rowCount())]
                matches = [r for r in rows if text in r.name]
                if len(matches) != 1:
                    self.message.setText(
                        self.tr("No one signed up matches “{text}”.").format(text=text)
                        if not matches
                        else self.tr("Several match “{text}”: type more of the name.").format(text=text)
                    )
                    return
                done = T.mark_present(self.ctx.db, self.ctx.actor, x.id, matches[0].resident_id, "name")
        except UserError as exc:
            self.message.setText(exc.message)
            return
        self.message.setText(
            self.tr("{name} was already marked present.").format(name=done.name)
            if done.already
            else self.tr("{name} is present.").format(name=done.name)
        )
        self.find.clear()
        self._refresh_session()

    def _refresh_session(self) -> None:
        x = self.session()
        self._course_changed()
        if x:
            _select(self.sessions, x.id)

    def save(self) -> None:
        x = self.session()
        if x is None:
            return
        try:
            added, voided = T.set_attendance(self.ctx.db, self.ctx.actor, x.id, self.ticks.ticked())
        except UserError as exc:
            dialogs.show_user_error(self, exc)
            return
        self.message.setText(self.tr("Saved: {added} ticked, {voided} unticked.").format(added=added, voided=voided))
        self._refresh_session()

    def print_sheet(self) -> None:
        x = self.session()
        if x is None:
            return
        try:
            pdf = T.render_session_sheet(self.ctx.db, self.ctx.actor, x.id)
        except UserError as exc:
            dialogs.show_user_error(self, exc)
            return
        path = documents.write_document(pdf, "class-sign-in-sheet", f"session-{x.id}")
        documents.preview(self, path, self.tr("Sign-in sheet {day}").format(day=x.day.isoformat()))


# ---------------------------------------------------------------------------------------------- events


class EventsTab(QWidget):
    """Performances and one-off events as they happened, with their participants."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        # built top-down: each container in place before its children (ui/common/lazy.py)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        QVBoxLayout(self).addWidget(split)
        self.model = CoursesModel(self)
        self.table = _table(self.model, "eventsList", self.tr("Events and performances"), split)
        box = QWidget(split)
        list_export.install(self.table, "activity_events", ctx=ctx, permission=RUN_ACTIVITIES)
        self.box = box
        split.addWidget(self.table)
        split.addWidget(box)
        share_on_first_show(split, (55, 45))
        # the form to record an event after the list's first paint (ui/common/steps.py)
        self.steps = Steps(self)
        self.steps.then(self._build_form)
        self.loader = Loader(self)
        if parent is not None and parent.isVisible():
            self.load_in_background()  # built to be seen: the frame now, the events when the worker answers
        else:
            self.reload()

    def _build_form(self) -> None:
        """The form to record an event with its participants (a later step)."""
        box = self.box
        self.name = _named(QLineEdit(box), "eventName", self.tr("Event"))
        self.day = _named(QDateEdit(box), "eventDay", self.tr("Day"))
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setCalendarPopup(True)
        self.start = _named(QTimeEdit(box), "eventStart", self.tr("Starts at"))
        self.start.setDisplayFormat("HH:mm")
        self.duration = _named(QSpinBox(box), "eventDuration", self.tr("Length in minutes"))
        self.duration.setRange(1, 24 * 60)
        self.duration.setValue(120)
        self.duration.setSuffix(self.tr(" min"))
        self.place = _named(QLineEdit(box), "eventPlace", self.tr("Place"))
        self.group = _named(QComboBox(box), "eventGroup", self.tr("Group that performed"))
        self.members_button = _named(
            QPushButton(self.tr("Add the group's members"), box), "eventAddMembers", self.tr("Add the group's members")
        )
        self.audience = _named(QSpinBox(box), "eventAudience", self.tr("Audience"))
        self.audience.setRange(0, 100000)
        self.picker = ResidentPicker(self.ctx, "eventParticipant", self.tr("Find a participant"), box)
        self.participants = _named(QListWidget(box), "eventParticipants", self.tr("Participants"))
        self.participants.setMaximumHeight(120)
        self.save_button = _named(
            QPushButton(self.tr("Record the event"), box), "eventSave", self.tr("Record the event")
        )
        form = QFormLayout(box)
        form.addRow(self.tr("Event"), self.name)
        when = QHBoxLayout()
        for w in (self.day, self.start, self.duration):
            when.addWidget(w)
        form.addRow(self.tr("When"), when)
        form.addRow(self.tr("Place"), self.place)
        who = QHBoxLayout()
        who.addWidget(self.group, 1)
        who.addWidget(self.members_button)
        form.addRow(self.tr("Group"), who)
        form.addRow(self.tr("Audience"), self.audience)
        form.addRow(self.tr("Participant"), self.picker)
        form.addRow(self.tr("Participants"), self.participants)
        form.addRow("", self.save_button)
        self.picker.entered.connect(self.add_participant)
        self.members_button.clicked.connect(self.add_members)
        self.save_button.clicked.connect(self.save)
        one_click(self.save_button)  # a double click presses once (ui.common.saving)
        one_click(self.save_button)  # a double click records once (ui.common.saving)
        self.reset_form()

    def load_in_background(self) -> None:
        """Events and groups queried on a worker (first show, another workstation's change)."""
        db = self.ctx.db
        self.loader.run(lambda: A.list_courses(db), self._show)

    def reload(self) -> None:
        """Events and groups queried now (after the clerk's own change); an answer on its way is dropped."""
        self.loader.drop()
        self._show(A.list_courses(self.ctx.db))

    def _show(self, courses: list[A.CourseRow]) -> None:
        if not self.steps.finished:  # the answer came before the form was made: shown after it
            self.steps.then(lambda: self._show(courses))
            return
        self.model.set_rows([c for c in courses if c.kind == A.EVENT])
        chosen = self.group.currentData()
        self.group.clear()
        self.group.addItem(self.tr("(none)"), None)
        for c in courses:
            if c.kind in (A.TROUPE, A.INTEREST, A.SENIOR_COLLEGE):
                self.group.addItem(c.name, c.id)
        self.group.setCurrentIndex(max(0, self.group.findData(chosen)))

    def reset_form(self) -> None:
        today = clock.today()
        self.day.setDate(QDate(today.year, today.month, today.day))
        self.start.setTime(QTime(14, 0))  # performances are mostly in the afternoon
        self.name.clear()
        self.place.clear()
        self.audience.setValue(0)
        self.participants.clear()

    def _add(self, resident_id: int, name: str) -> None:
        for i in range(self.participants.count()):
            if self.participants.item(i).data(Qt.ItemDataRole.UserRole) == resident_id:
                return
        item = QListWidgetItem(name)
        item.setData(Qt.ItemDataRole.UserRole, resident_id)
        self.participants.addItem(item)

    def add_participant(self) -> None:
        rid = self.picker.resident_id
        if rid is None:
            return
        from app.residents.service import get_resident

        self._add(rid, get_resident(self.ctx.db, rid).row.name)
        self.picker.reset()  # the matches go too, not only the search text
        self.picker.search.setFocus()

    def add_members(self) -> None:
        gid = self.group.currentData()
        if gid is None:
            return
        for e in A.list_enrolments(self.ctx.db, self.ctx.actor, gid):
            if e.status == A.BOOKED:
                self._add(e.resident_id, e.name)

    @saves_once
    def save(self) -> None:
        d, t = self.day.date(), self.start.time()
        import datetime as dt

        inp = A.EventInput(
            name=self.name.text(),
            day=dt.date(d.year(), d.month(), d.day()),
            start_min=t.hour() * 60 + t.minute(),
            duration_min=self.duration.value(),
            place=self.place.text(),
            participant_ids=[
                self.participants.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.participants.count())
            ],
            group_id=self.group.currentData(),
            audience=self.audience.value() or None,
        )
        try:
            A.record_event(self.ctx.db, self.ctx.actor, inp)
        except UserError as exc:
            dialogs.show_user_error(self, exc)
            return
        self.reset_form()
        self.reload()


# -------------------------------------------------------------------------------------------------------- page


class ActivitiesPage(QWidget):
    """Courses and sign-up first; attendance and events are built the first time they are shown."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activitiesPage")
        self.ctx = ctx
        self.tabs = _named(QTabWidget(self), "activitiesTabs", self.tr("Classes and activities"))
        self.lazy = LazyTabs(self.tabs)
        self.lazy.add(
            "activitiesCoursesTab",
            lambda parent: self._watched(CoursesTab(ctx, parent)),
            self.tr("Courses and sign-up"),
        )
        self.lazy.add(
            "activitiesAttendanceTab", lambda parent: self._watched(AttendanceTab(ctx, parent)), self.tr("Attendance")
        )
        self.lazy.add(
            "activitiesEventsTab",
            lambda parent: self._watched(EventsTab(ctx, parent)),
            self.tr("Events and performances"),
        )
        QVBoxLayout(self).addWidget(self.tabs)
        self.setFocusProxy(self.tabs)  # the current sub-tab's first field (ui/common/lazy.py first_field)

    def _watched(self, tab: QWidget) -> QWidget:
        tab.live_watch = self.ctx.live.watch(tab, TOPICS, tab.load_in_background)
        return tab

    @property
    def courses(self) -> CoursesTab:
        return self.lazy.page("activitiesCoursesTab")

    @property
    def attendance(self) -> AttendanceTab:
        return self.lazy.page("activitiesAttendanceTab")

    @property
    def events(self) -> EventsTab:
        return self.lazy.page("activitiesEventsTab")


def create_page(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    return ActivitiesPage(ctx, parent)
