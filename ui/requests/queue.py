"""The request list with its filters, and the detail view: timeline and only the actions the state allows."""

from __future__ import annotations

from PySide6.QtCore import QDate, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.accounts.permissions import APPROVE_EXTENSION, CLOSE_UNRATED, TAKE_REQUESTS, may, roles_with
from app.accounts.service import role_label
from app.errors import UserError
from app.requests import listing as L
from app.requests import service as S
from app.requests import workflow as W
from ui.common import dialogs, documents
from ui.common import export as list_export
from ui.common.delegate import RoleColourDelegate
from ui.common.layout import (
    FittingGrid,
    fit_choices,
    focus_after_disable,
    order_columns,
    reserve_line,
    scroll_vertically,
    set_available,
    set_line,
    share_on_first_show,
    size_columns,
    size_columns_when_filled,
    text_width,
)
from ui.common.live import keep_view
from ui.common.nothing_found import note_empty_combo
from ui.context import AppContext
from ui.requests.models import RequestListModel, TimelineModel


def _named(widget, name: str, accessible: str):
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    return widget


_PLAIN_NAME = Qt.ItemDataRole.UserRole + 1  # a department's name without the list's (suggested) marker
#: The steps of the work in order: after one, the keyboard focus goes to the next that is possible, never to 退回,
#: 取消 or 关闭 (a Space there would open their dialog).
#: The list's share of the page's width, in per cent, before the user moves the splitter.
LIST_SHARE = 52
_NEXT_STEPS = (W.DISPATCH, W.ACCEPT, W.CLAIM, W.START, W.RESOLVE, W.FOLLOW_UP)


class _Timeline(QTableView):
    """The history under the detail's controls: it takes the height left, asking for a header and two rows only,
    so the detail fits a 1366×768 screen without scrolling (a table's own size hint asks for ten rows)."""

    ROWS = 2

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        rows = self.verticalHeader().defaultSectionSize() * self.ROWS
        return QSize(
            super().sizeHint().width(), self.horizontalHeader().sizeHint().height() + rows + 2 * self.frameWidth()
        )


class RequestDetailView(QGroupBox):
    """One request: what it is, its timeline, and a button for every action, enabled when its state allows it."""

    BUTTON_COLUMNS = 5  # the most: fewer in a narrow pane (FittingGrid)
    SUMMARY_LINES = 6  # five facts, one of them wrapped in the narrower pane beside a list of half the screen

    def __init__(self, ctx: AppContext, on_change, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("requestDetail")
        self.ctx = ctx
        self.on_change = on_change
        self.detail: S.RequestDetail | None = None
        self.summary = _named(QLabel(self), "requestSummary", self.tr("Request"))
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.timeline_model = TimelineModel(self)
        self.timeline = _named(_Timeline(self), "requestTimeline", self.tr("Timeline"))
        self.timeline.setModel(self.timeline_model)
        self.timeline.verticalHeader().hide()
        # The time column holds a whole "2026-11-30 15:07" (issue 16); the note, last, takes what is left.
        self._timeline_minimum = {0: self.timeline.fontMetrics().horizontalAdvance("2026-11-30 00:00") + 28}
        size_columns(self.timeline, minimum=self._timeline_minimum)
        self.department = _named(QComboBox(self), "dispatchDepartment", self.tr("Department"))
        # Nothing is chosen for the clerk: 派单 and 党员领单 wait for an explicit choice, then ask to confirm it.
        self.department.setPlaceholderText(self.tr("Choose a department…"))
        self.department.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.department.setMinimumContentsLength(8)  # the same width whatever the request: nothing moves
        self.member_search = _named(QLineEdit(self), "memberSearch", self.tr("Find party member"))
        self.member_search.setPlaceholderText(self.tr("Party member's name"))
        self.member = _named(QComboBox(self), "claimMember", self.tr("Party member"))
        self.member.setPlaceholderText(self.tr("Choose a party member…"))
        self.member.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.member.setMinimumContentsLength(8)
        self.rating = _named(QComboBox(self), "followUpRating", self.tr("Follow-up outcome"))
        # the three ratings of an answered call, then the calls that did not reach the resident (kept as attempts)
        for code in W.RATINGS:
            self.rating.addItem(W.rating_label(code), code)
        self.rating.insertSeparator(len(W.RATINGS))
        for code in W.UNANSWERED:
            self.rating.addItem(W.rating_label(code), code)
        fit_choices(self.rating)  # "未联系上（无人接听）" whole, closed and in the list
        self.minutes = _named(QSpinBox(self), "serviceMinutes", self.tr("Service minutes per claimer"))
        self.minutes.setRange(0, 1440)
        self.minutes.setSingleStep(15)
        self.minutes.setValue(S.DEFAULT_CLAIM_MINUTES)
        self.minutes.setSuffix(self.tr(" min"))
        self.ext_days = _named(QSpinBox(self), "extensionDays", self.tr("Extension days"))
        self.ext_days.setRange(1, 30)
        self.ext_days.setSuffix(self.tr(" working days"))
        # Each field with its label, the pairs in as many columns as the pane holds: two rows beside a wide list,
        # stacked in a narrow pane (the list gets half of a 1366 screen; issue 16: nothing is cut or scrolled sideways).
        inputs = FittingGrid(3)
        self.inputs = inputs
        # the hint whole, enabled or not (the theme pads a disabled box more: "党员…" showed with no request chosen)
        self.member_search.setMinimumWidth(text_width(self.member_search, self.member_search.placeholderText()) + 44)
        for label, fields in (
            (self.tr("Dispatch to"), ((self.department, 1),)),
            (self.tr("Claimer"), ((self.member_search, 2), (self.member, 3))),
            (self.tr("Minutes per claimer"), ((self.minutes, 1),)),
            (self.tr("Follow-up outcome"), ((self.rating, 1),)),
            (self.tr("Extension"), ((self.ext_days, 1),)),
        ):
            pair = QHBoxLayout()
            pair.addWidget(QLabel(label, self))
            for field, stretch in fields:
                pair.addWidget(field, stretch)
            inputs.add_layout(pair)
        # The inputs each action uses: always there, enabled while their action is (issue 16: nothing moves).
        self.input_widgets: dict[str, tuple[QWidget, ...]] = {
            W.DISPATCH: (self.department,),
            W.CLAIM: (self.member_search, self.member),
            W.RESOLVE: (self.minutes,),
            W.FOLLOW_UP: (self.rating,),
            W.REQUEST_EXTENSION: (self.ext_days,),
        }
        # Every action has its button in the same place, in the order of the work; one the request's state does not
        # allow is disabled with the reason as its tooltip, never hidden or moved.
        self.buttons_grid = FittingGrid(self.BUTTON_COLUMNS)
        self.buttons: dict[str, QPushButton] = {}
        self.allowed: set[str] = set()
        self.ruled: dict[str, str] = {}  # actions the state allows that a rule keeps from this user, with why
        # Notes typed in a question (a reason, how it was resolved, what the resident said), kept per request and
        # action until the action succeeds: a refusal never throws away what the clerk typed.
        self.drafts: dict[tuple[int, str], str] = {}
        for action in W.TRANSITIONS:
            b = _named(QPushButton(W.button_label(action), self), f"action_{action}", W.button_label(action))
            b.clicked.connect(lambda _=False, a=action: self.run(a))
            b.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            self.buttons[action] = b
            self.buttons_grid.add_widget(b)
        self.reprint = _named(
            QPushButton(self.tr("Reprint receipt (副本)"), self), "reprintReceipt", self.tr("Reprint receipt")
        )
        self.reprint.clicked.connect(self.reprint_receipt)
        self.reprint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.buttons_grid.add_widget(self.reprint)
        for b in (*self.buttons.values(), self.reprint):
            b.ensurePolished()
            b.setMinimumWidth(b.sizeHint().width())  # the whole label, enabled or not
        # Each column of the grid is as wide as its widest label (FittingGrid): "CLAIM BY PARTY MEMBER…" ran over
        # "START WORK" at 1366 when a grid gave an Ignored-policy button less than its minimum.
        # An action the request's state allows but a rule keeps from this user (回访 by the person who resolved it,
        # an extension only an administrator decides) says so under the buttons, with who may do it: a greyed
        # button alone left the clerk guessing.
        self.rules_line = reserve_line(_named(QLabel(self), "requestRules", self.tr("Why an action is not offered")))
        # The summary keeps one height whatever the request says (it scrolls when long): nothing below moves.
        # Two columns: the facts (five lines) on the left, what the resident asked and what was done on the right;
        # one column of ten lines in a five-line box needed its scroll bar for every request at 1366×768.
        self.summary_more = _named(QLabel(self), "requestSummaryMore", self.tr("Request description"))
        self.summary_more.setWordWrap(True)
        self.summary_more.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary_more.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.summary_more.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        summary_box = QWidget(self)
        summary_row = QHBoxLayout(summary_box)
        summary_row.setContentsMargins(0, 0, 0, 0)
        summary_row.addWidget(self.summary, 3)  # the facts' lines are the longer ("2026-12-01 受理，2026-12-03 到期…")
        summary_row.addWidget(self.summary_more, 2)
        summary_area = QScrollArea(self)
        summary_area.setObjectName("requestSummaryScroll")
        summary_area.setWidget(summary_box)
        summary_area.setWidgetResizable(True)
        summary_area.setFrameShape(QFrame.Shape.NoFrame)
        summary_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        summary_area.setFixedHeight(self.summary.fontMetrics().lineSpacing() * self.SUMMARY_LINES + 6)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)  # the room for a fifth column of buttons beside a list of half the screen
        layout.addWidget(summary_area)
        layout.addLayout(self.buttons_grid)
        layout.addWidget(self.rules_line)
        layout.addLayout(inputs)
        layout.addWidget(self.timeline, 1)
        self.member_search.textChanged.connect(self.find_members)
        self.department.currentIndexChanged.connect(lambda _i: self.update_gates())
        self.member.currentIndexChanged.connect(lambda _i: self.update_gates())
        # The department and party-member pickers are filled when a request is shown (show_request), not for the
        # empty detail the list first shows: the first paint does not wait for them.
        self._members_loaded = False
        self.show_request(None)

    def reload_departments(self, category_id: int | None = None, proposed: int | None = None) -> None:
        """The dispatch picker: the departments and partners that handle the request's category, the one the
        category proposes marked (suggested) — none of them chosen until the clerk picks one."""
        self.department.clear()
        for d in S.departments_for_category(self.ctx.db, category_id):
            label = name = d.name + (self.tr(" (partner)") if d.is_partner else "")
            if proposed is not None and d.id == proposed:
                label += self.tr(" (suggested)")
            self.department.addItem(label, d.id)
            self.department.setItemData(self.department.count() - 1, name, _PLAIN_NAME)
        self.department.setCurrentIndex(-1)

    def fit_department_names(self, departments: list[S.DepartmentRow]) -> None:
        """Make the dispatch picker as wide as the longest department with its (partner) (suggested) markers, from
        the whole catalogue (the list's filter reads it anyway): "社会事务办（建议" was cut at 1366, and a width
        that followed each request's own list would move the fields beside it."""
        widest = max(
            (
                text_width(self.department, d.name + (self.tr(" (partner)") if d.is_partner else "") + mark)
                for d in departments
                for mark in ("", self.tr(" (suggested)"))
            ),
            default=0,
        )
        cap = self.department.fontMetrics().averageCharWidth() * 16  # a longer name is cut, not the whole detail
        self.department.setMinimumWidth(min(widest, cap) + 48)  # the arrow and the theme's padding

    def find_members(self, text: str) -> None:
        """The claimers matching `text`; the one chosen stays chosen while it still matches, none otherwise."""
        self._members_loaded = True
        chosen = self.member.currentData()
        self.member.clear()
        for rid, name, branch in S.party_members(self.ctx.db, text, limit=30):
            self.member.addItem(f"{name} · {branch}", rid)
        self.member.setCurrentIndex(self.member.findData(chosen) if chosen is not None else -1)
        note_empty_combo(self.member, text)

    def update_gates(self) -> None:
        """Enable an allowed action only when what it needs is there; a disabled one says why in its tooltip."""
        d = self.detail
        reasons: dict[str, str | None] = {
            W.DISPATCH: None if self.department.currentIndex() >= 0 else self.tr("Choose the department first."),
            W.CLAIM: None if self.member.currentIndex() >= 0 else self.tr("Choose the party member first."),
            W.FOLLOW_UP: self.follow_up_rule(d) if d is not None else None,
        }
        for action, reason in reasons.items():
            if action in self.allowed:  # one the state does not allow keeps the state's reason (show_request)
                set_available(self.buttons[action], reason)
        if W.FOLLOW_UP in self.allowed:
            set_available(self.rating, reasons[W.FOLLOW_UP])
        ruled = dict(self.ruled)
        if W.FOLLOW_UP in self.allowed:
            ruled[W.FOLLOW_UP] = reasons[W.FOLLOW_UP]
        set_line(
            self.rules_line,
            "\n".join(
                self.tr("{action}: {reason}").format(action=W.button_label(a), reason=r) for a, r in ruled.items() if r
            ),
        )

    def follow_up_rule(self, d: S.RequestDetail) -> str | None:
        """Why this user may not record the follow-up of `d`, and who may (the person who resolved a request does
        not rate it: DOMAIN.md, requests); None when they may."""
        refusal = S.follow_up_refusal(self.ctx.actor, d.resolved_by_id)
        if refusal is None:
            return None
        roles = self.tr(", ").join(role_label(r) for r in roles_with(TAKE_REQUESTS))
        return refusal + self.tr(" Any other colleague with the role {roles} may record it.").format(roles=roles)

    def ask_note(self, action: str, title: str, label: str) -> str | None:
        """Ask for the note of `action`, offering what was typed before for this request (kept on a refusal)."""
        assert self.detail is not None
        key = (self.detail.id, action)
        text = dialogs.ask_text(self, title, label, self.drafts.get(key, ""))
        if text is not None:
            self.drafts[key] = text
        return text

    def show_request(self, request_id: int | None) -> None:
        self.detail = S.get_request(self.ctx.db, self.ctx.actor, request_id) if request_id is not None else None
        d = self.detail
        if d is None:
            self.setTitle(self.tr("No request selected"))
            self.summary.setText(self.tr("Choose a request in the list."))
            self.summary_more.setText("")
            self.timeline_model.set_rows([])
            none = self.tr("Choose a request in the list first.")
            self.allowed = set()
            self.ruled = {}
            for b in self.buttons.values():
                set_available(b, none)
            set_available(self.reprint, none)
            for widgets in self.input_widgets.values():
                for w in widgets:
                    set_available(w, none)
            return
        self.setTitle(d.number)
        set_available(self.reprint, None)
        # The category proposes the department (set at intake), marked in the list; the dispatcher chooses.
        self.reload_departments(d.category_id, d.department_id)
        if self.member_search.text():
            self.member_search.clear()  # a new request starts the claimer search afresh
        elif not self._members_loaded:
            self.find_members("")
        self.member.setCurrentIndex(-1)
        lines = [
            self.tr("Status: {status}").format(status=W.status_label(d.status))
            + (
                self.tr(" · waiting for the resident since {day}").format(day=d.waiting_since)
                if d.waiting_since
                else ""
            )
            + self.follow_up_state(d),
            self.tr("{category} · {channel} · {urgency}").format(
                category=d.category, channel=W.channel_label(d.channel), urgency=W.urgency_label(d.urgency)
            ),
            self.tr("Resident: {name} {phone}").format(
                name=d.resident_name or self.tr("anonymous"), phone=d.contact_phone
            ),
            self.tr("Department: {department}").format(department=d.department or "—"),
            self.tr("Taken in {day}, due {due}; reopened {n} times").format(
                day=d.intake_day, due=d.due_date, n=d.reopen_count
            ),
        ]
        self.summary.setText("\n".join(lines))
        lines = [d.description]
        if d.claimers:
            lines.append(self.tr("Claimed by: {names}").format(names="、".join(d.claimers)))
        if d.extension_days:
            lines.append(
                self.tr("Extension asked: {days} working days ({reason})").format(
                    days=d.extension_days, reason=d.extension_reason
                )
            )
        if d.resolution_note:
            lines.append(self.tr("Resolution: {note}").format(note=d.resolution_note))
        self.summary_more.setText("\n".join(lines))
        self.timeline_model.set_rows(list(d.events))
        size_columns(self.timeline, minimum=self._timeline_minimum)
        reasons = {action: self.unavailable_reason(d, action) for action in self.buttons}
        for action, b in self.buttons.items():
            set_available(b, reasons[action])
        for action, widgets in self.input_widgets.items():
            for w in widgets:
                set_available(w, reasons[action])
        self.allowed = {action for action, reason in reasons.items() if reason is None}
        self.ruled = {a: r for a, r in reasons.items() if r is not None and a in S.allowed_actions(d)}
        self.update_gates()

    def follow_up_state(self, d: S.RequestDetail) -> str:
        """What the status line adds while a resolved request waits for its follow-up call (first line: seen
        without scrolling): calls that reached nobody, or the resident's wish not to be called back."""
        if d.status != W.RESOLVED:
            return ""
        text = ""
        if not d.callback_ok:
            text += self.tr(" · the resident asked not to be called back")
        if d.unanswered_calls:
            text += self.tr(" · follow-up calls without an answer: {n}").format(n=d.unanswered_calls)
        return text

    def unavailable_reason(self, d: S.RequestDetail, action: str) -> str | None:
        """Why `action` cannot be done on request `d` now, in the user's language; None when it can."""
        if action in S.allowed_actions(d):
            if action == W.DECIDE_EXTENSION and not may(self.ctx.actor, APPROVE_EXTENSION):
                return self.tr("Only an administrator decides an extension.")
            if action == W.CLOSE_UNRATED and not may(self.ctx.actor, CLOSE_UNRATED):
                return self.tr("Only an administrator closes a request without its follow-up.")
            return None
        froms, _to = W.TRANSITIONS[action]
        if d.status in froms:  # the state allows it; the request's flags do not
            return {
                W.PAUSE: self.tr("Already waiting for the resident."),
                W.RESUME: self.tr("Not waiting for the resident."),
                W.REQUEST_EXTENSION: self.tr("An extension has already been asked for."),
                W.DECIDE_EXTENSION: self.tr("No extension has been asked for."),
            }.get(action, self.tr("Not possible for this request now."))
        return self.tr("Not possible while the request is {state}.").format(state=W.status_label(d.status))

    def refresh(self) -> None:
        """Show the same request again as it is now (another workstation changed it), keeping the department and
        the party member the user has picked if they are still offered."""
        if self.detail is None:
            return
        department = self.department.currentData()
        member = self.member.currentData()
        self.show_request(self.detail.id)
        if department is not None and (i := self.department.findData(department)) >= 0:
            self.department.setCurrentIndex(i)
        if member is not None and (i := self.member.findData(member)) >= 0:
            self.member.setCurrentIndex(i)

    def reprint_receipt(self) -> None:
        if self.detail is None:
            return
        try:
            pdf = S.reprint_receipt(self.ctx.db, self.ctx.actor, self.detail.id)
        except UserError as exc:
            dialogs.show_user_error(self, exc)
            return
        path = documents.write_document(pdf, "request-receipt", self.detail.number + "-copy")
        documents.preview(self, path, self.tr("Request receipt (copy)"))

    def run(self, action: str) -> None:
        d = self.detail
        if d is None:
            return
        db, actor, rid = self.ctx.db, self.ctx.actor, d.id
        try:
            if action == W.DISPATCH:
                if self.department.currentIndex() < 0:
                    raise UserError(self.tr("Choose the department first."))
                name = self.department.currentData(_PLAIN_NAME)
                question = self.tr("Dispatch {number} to {department}?").format(number=d.number, department=name)
                if not dialogs.confirm(self, question, default_yes=True):  # the clerk has just picked it
                    return
                S.dispatch(db, actor, rid, self.department.currentData())
            elif action == W.ACCEPT:
                S.accept(db, actor, rid)
            elif action == W.RETURN:
                reason = self.ask_note(action, self.tr("Return"), self.tr("Why is it returned to the center?"))
                if reason is None:
                    return
                S.return_request(db, actor, rid, reason)
            elif action == W.CLAIM:
                if self.member.currentIndex() < 0:
                    raise UserError(self.tr("Choose the party member first."))
                if not dialogs.confirm(
                    self,
                    self.tr("Record {member} as claiming {number}?").format(
                        member=self.member.currentText(), number=d.number
                    ),
                    default_yes=True,
                ):
                    return
                S.claim(db, actor, rid, [self.member.currentData()])
            elif action == W.START:
                S.start(db, actor, rid)
            elif action == W.RESOLVE:
                note = self.ask_note(action, self.tr("Resolve"), self.tr("How was it resolved?"))
                if note is None:
                    return
                S.resolve(db, actor, rid, note, minutes_per_claimer=self.minutes.value())
            elif action == W.FOLLOW_UP:
                # asked before the clerk types: the request as it is now (another desk may have resolved it)
                fresh = S.get_request(db, actor, rid)
                if (refusal := S.follow_up_refusal(actor, fresh.resolved_by_id)) is not None:
                    raise UserError(refusal)
                outcome = self.rating.currentData()
                unanswered = outcome in W.UNANSWERED
                note = self.ask_note(
                    action,
                    self.tr("Follow-up: {rating}").format(rating=self.rating.currentText()),
                    self.tr("What happened? (optional; the request still waits for its follow-up)")
                    if unanswered
                    else self.tr("What did the resident say? (optional)"),
                )
                if note is None:
                    return
                S.follow_up(db, actor, rid, outcome, note)
            elif action == W.CLOSE_UNRATED:
                reason = self.ask_note(
                    action,
                    self.tr("Close without follow-up"),
                    self.tr("Why is it closed without the resident's rating? (calls without an answer: {n})").format(
                        n=d.unanswered_calls
                    ),
                )
                if reason is None:
                    return
                S.close_without_follow_up(db, actor, rid, reason)
            elif action == W.CANCEL:
                reason = self.ask_note(action, self.tr("Cancel request"), self.tr("Why is it cancelled?"))
                if reason is None:
                    return
                S.cancel(db, actor, rid, reason)
            elif action == W.PAUSE:
                S.pause(db, actor, rid)
            elif action == W.RESUME:
                S.resume(db, actor, rid)
            elif action == W.REQUEST_EXTENSION:
                reason = self.ask_note(action, self.tr("Extension"), self.tr("Why is more time needed?"))
                if reason is None:
                    return
                S.request_extension(db, actor, rid, self.ext_days.value(), reason)
            elif action == W.DECIDE_EXTENSION:
                approve = dialogs.confirm(self, self.tr("Approve the extension? (No refuses it.)"))
                S.decide_extension(db, actor, rid, approve)
        except UserError as exc:
            dialogs.show_user_error(self, exc)
            # the request as it is now, the choices kept; a note typed stays in `drafts` for the next try
            try:
                self.refresh()
            except UserError:
                self.show_request(None)
            return
        self.drafts.pop((rid, action), None)
        self.show_request(rid)
        self.on_change()


class RequestQueue(QWidget):
    """Filters, the paged list and the detail of the selected request."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("requestQueue")
        self.ctx = ctx
        self.status = _named(QComboBox(self), "filterStatus", self.tr("Status"))
        self.status.addItem(self.tr("All states"), None)
        self.status.addItem(self.tr("Open"), "open")
        for st in W.STATES:
            self.status.addItem(W.status_label(st), st)
        self.department = _named(QComboBox(self), "filterDepartment", self.tr("Department"))
        self.category = _named(QComboBox(self), "filterCategory", self.tr("Category"))
        self.channel = _named(QComboBox(self), "filterChannel", self.tr("Channel"))
        self.channel.addItem(self.tr("All channels"), None)
        for code in W.CHANNELS:
            self.channel.addItem(W.channel_label(code), code)
        self.overdue = _named(QCheckBox(self.tr("Overdue"), self), "filterOverdue", self.tr("Overdue only"))
        self.mine = _named(QCheckBox(self.tr("My queue"), self), "filterMine", self.tr("My queue"))
        self.use_dates = _named(QCheckBox(self.tr("From"), self), "filterUseDates", self.tr("Filter by date"))
        self.date_from = _named(QDateEdit(self), "filterFrom", self.tr("From"))
        self.date_to = _named(QDateEdit(self), "filterTo", self.tr("To"))
        today = clock.today()
        for w in (self.date_from, self.date_to):
            w.setCalendarPopup(True)
            w.setDisplayFormat("yyyy-MM-dd")
            w.setDate(QDate(today.year, today.month, today.day))
        self.date_from.setDate(QDate(today.year, today.month, today.day).addMonths(-1))
        self.text = _named(QLineEdit(self), "filterText", self.tr("Search"))
        self.text.setPlaceholderText(self.tr("Number, description or resident"))
        self.model = RequestListModel(ctx.db, self)
        # The list and the detail are made inside their splitter: moved into it later, every widget of theirs would
        # be styled again under the stylesheet (a tenth of a second on the first switch to this tab).
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.table = _named(QTableView(splitter), "requestTable", self.tr("Requests"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        # Number, state and deadline first, where the eye starts; widths from the header and the first rows
        # (issue 16), never every request of the history.
        self.table.setItemDelegate(RoleColourDelegate(self.table))  # overdue red, due soon orange, as the model says
        keys = [c.key for c in RequestListModel.COLUMNS]
        order = ("number", "status", "deadline", "resident", "category", "description", "department", "due", "intake")
        order_columns(self.table, [keys.index(k) for k in order])
        # the description's start, up to a third of a 1366 screen, then the department and dates; the whole text is
        # in the cell's tooltip and the detail
        size_columns_when_filled(
            self.table,
            minimum={0: self.table.fontMetrics().horizontalAdvance("2026-000000") + 24},
            widest={keys.index("description"): self.table.fontMetrics().averageCharWidth() * 30},
        )
        # The detail scrolls up and down in a narrow pane (the user's splitter, a small screen), never sideways.
        detail_area = QScrollArea(splitter)
        self.detail = RequestDetailView(ctx, self.refresh_keep_selection, detail_area)
        scroll_vertically(detail_area, self.detail)
        detail_area.setObjectName("requestDetailScroll")
        focus_after_disable(self, self.next_step_focus)
        list_export.install(
            self.table,
            "requests",
            ctx=ctx,
            filter_text=list_export.filter_of(
                self.status,
                self.department,
                self.category,
                self.channel,
                self.overdue,
                self.mine,
                self.use_dates,
                self.date_from,
                self.date_to,
                self.text,
            ),  # fmt: skip
            scope=self,
        )

        filters = QHBoxLayout()
        for w in (self.status, self.department, self.category, self.channel, self.overdue, self.mine):
            filters.addWidget(w)
        filters.addWidget(self.use_dates)
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel("—", self))
        filters.addWidget(self.date_to)
        filters.addWidget(self.text, 1)
        splitter.addWidget(self.table)
        splitter.addWidget(detail_area)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        # The clerk works from the list: more than half of the width (status to the start of the description at
        # 1366), the detail the rest, its buttons in as many columns as that holds. Set when first shown (the sizes
        # are known then); the user's own moves of the splitter stay as they are.
        share_on_first_show(splitter, (LIST_SHARE, 100 - LIST_SHARE))
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.apply_filter)
        for combo in (self.status, self.department, self.category, self.channel):
            combo.currentIndexChanged.connect(self.apply_filter)
        for box in (self.overdue, self.mine, self.use_dates):
            box.toggled.connect(self.apply_filter)
        self.date_from.dateChanged.connect(self.apply_filter)
        self.date_to.dateChanged.connect(self.apply_filter)
        self.text.textChanged.connect(lambda _t: self._timer.start())
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self._live_refreshing = False
        self.reload_catalogue()
        # Another workstation takes in, dispatches, claims or resolves a request: the list and the open request
        # follow (ui/common/live.py).
        self.live_watch = ctx.live.watch(self.table, ("requests",), self.live_refresh)

    def next_step_focus(self) -> QWidget:
        """Where the keyboard goes after a step: the next step's button, or the list when none is possible."""
        buttons = self.detail.buttons
        return next((buttons[a] for a in _NEXT_STEPS if buttons[a].isEnabled()), self.table)

    def live_refresh(self) -> None:
        """Reload the list keeping the selected request, the rows loaded and the scroll position; the detail shows
        the request as it is now, keeping what the user was choosing."""
        self._live_refreshing = True
        try:
            keep_view(self.table, self.model.reload, key=lambda row: row.id)
        finally:
            self._live_refreshing = False
        self.detail.refresh()

    def reload_catalogue(self) -> None:
        departments = S.departments(self.ctx.db)
        self.detail.fit_department_names(departments)
        for combo, rows, everything in (
            (self.department, departments, self.tr("All departments")),
            (self.category, S.categories(self.ctx.db), self.tr("All categories")),
        ):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for r in rows:
                combo.addItem(r.name, r.id)
            combo.blockSignals(False)
        self.apply_filter()  # also empties the detail: the next request shown offers the departments as they are

    def current_filter(self) -> L.RequestFilter:
        dates = self.use_dates.isChecked()
        return L.RequestFilter(
            status=self.status.currentData(),
            department_id=self.department.currentData(),
            category_id=self.category.currentData(),
            channel=self.channel.currentData(),
            overdue_only=self.overdue.isChecked(),
            date_from=self.date_from.date().toPython() if dates else None,
            date_to=self.date_to.date().toPython() if dates else None,
            text=self.text.text(),
            mine_user_id=self.ctx.actor.user_id if self.mine.isChecked() else None,
        )

    def apply_filter(self) -> None:
        self._timer.stop()
        self.model.set_filter(self.current_filter())
        self.detail.show_request(None)

    def _row_changed(self, current, _previous) -> None:
        if self._live_refreshing:
            return  # the same request selected again after a live refresh: live_refresh refreshes the detail
        if current.isValid():
            self.detail.show_request(self.model.row_at(current.row()).id)
        else:
            self.detail.show_request(None)

    def select_request(self, request_id: int) -> bool:
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).id == request_id:
                self.table.selectRow(row)
                self.detail.show_request(request_id)
                return True
        return False

    def refresh_keep_selection(self) -> None:
        current = self.detail.detail.id if self.detail.detail else None
        self.model.reload()
        if current is not None and not self.select_request(current):
            self.detail.show_request(current)
