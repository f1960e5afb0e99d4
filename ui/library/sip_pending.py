"""The district library link's screen (通借通还): what waits to be sent, "send now", refusals to resolve, the link's
settings; and the background sender that sends kept transactions while the app is open.

Network work never runs on the UI thread: `DistrictSender` runs `outbox.send_pending` through `ui.common.tasks`
every `INTERVAL_MS` (and when asked: `kick()`), one run at a time. The book room's page makes one sender and passes
it to the panel (`SipPendingPanel(ctx, sender)`); a panel made alone makes its own.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.accounts.permissions import LEND_BOOKS, MANAGE_BOOK_ROOM, may
from app.errors import UserError, ValidationError
from app.library.sip2 import api, outbox
from app.library.sip2.link import ENCODINGS, LinkSettings, get_link_settings, save_link_settings
from app.library.sip2.outbox import OutboxRow, SendResult
from db import limits
from ui.common import dialogs
from ui.common import export as list_export
from ui.common.layout import share_on_first_show, size_columns_always
from ui.common.paged_model import Column, ListTableModel
from ui.common.saving import one_click
from ui.common.steps import Steps
from ui.common.tasks import run_task
from ui.context import AppContext
from ui.theme import repolish

INTERVAL_MS = 60_000  # how often the background sender looks for kept transactions


class DistrictSender(QObject):
    """Sends kept district transactions in the background: every INTERVAL_MS and on `kick()`, off the UI thread,
    one run at a time, only for an account that may lend books. `finished(SendResult)` after each run."""

    finished = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.host = parent
        self.running = False
        self.last: SendResult | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.kick)
        self.timer.start()

    def kick(self) -> bool:
        """Start a run now unless one is running (False then, or when the account may not lend books)."""
        if self.running or not may(self.ctx.actor, LEND_BOOKS):
            return False
        self.running = True
        db, actor = self.ctx.db, self.ctx.actor
        run_task(
            self.host,
            lambda progress: outbox.send_pending(db, actor),
            on_done=self._done,
            on_error=self._failed,
        )
        return True

    def _done(self, result: SendResult) -> None:
        self.running = False
        self.last = result
        self.finished.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        if not isinstance(exc, UserError):  # a bug: to the log and the crash dialog as usual
            import sys

            sys.excepthook(type(exc), exc, exc.__traceback__)


def op_label(op: str) -> str:
    return {
        "checkout": QCoreApplication.translate("SipPending", "Loan"),
        "checkin": QCoreApplication.translate("SipPending", "Return"),
        "renew": QCoreApplication.translate("SipPending", "Renewal"),
    }.get(op, op)


def state_label(state: str) -> str:
    return {
        "pending": QCoreApplication.translate("SipPending", "Waiting"),
        "sending": QCoreApplication.translate("SipPending", "Being sent"),
        "accepted": QCoreApplication.translate("SipPending", "Done by the library"),
        "refused": QCoreApplication.translate("SipPending", "Refused: to resolve"),
        "resolved": QCoreApplication.translate("SipPending", "Resolved"),
    }.get(state, state)


class OutboxModel(ListTableModel):
    CONTEXT = "OutboxModel"
    AT, OP, CARD, ITEM, STATE, TRIES, ANSWER = range(7)
    COLUMNS = (
        Column("at", QT_TRANSLATE_NOOP("OutboxModel", "Time")),
        Column("op", QT_TRANSLATE_NOOP("OutboxModel", "Kind")),
        Column("patron", QT_TRANSLATE_NOOP("OutboxModel", "Card")),
        Column("item", QT_TRANSLATE_NOOP("OutboxModel", "Copy")),
        Column("state", QT_TRANSLATE_NOOP("OutboxModel", "State")),
        Column("attempts", QT_TRANSLATE_NOOP("OutboxModel", "Tries")),
        Column("answer", QT_TRANSLATE_NOOP("OutboxModel", "Library's answer")),
    )

    def display(self, row: OutboxRow, column: int) -> str:
        if column == self.AT:
            local = clock.to_local(row.at)
            return local.strftime("%Y-%m-%d %H:%M") if local else ""
        if column == self.OP:
            return op_label(row.op)
        if column == self.CARD:
            return row.patron or ""
        if column == self.ITEM:
            return row.item
        if column == self.STATE:
            return state_label(row.state)
        if column == self.TRIES:
            return str(row.attempts)
        if column == self.ANSWER:
            return answer_text(row)
        return ""

    def sort_value(self, row: OutboxRow, column: int):
        if column == self.AT:
            return row.at
        if column == self.TRIES:
            return row.attempts
        return self.display(row, column)

    def foreground(self, row: OutboxRow, column: int):
        if row.state == "refused":
            return QBrush(QColor("#c62828"))
        if row.state in ("accepted", "resolved"):
            return QBrush(QColor("#777777"))
        return None

    def tooltip(self, row: OutboxRow, column: int) -> str | None:
        return answer_text(row) if column == self.ANSWER else None


def answer_text(row: OutboxRow) -> str:
    """What the library said (or why it could not be asked), in the reader's language."""
    if row.state == "refused" or (row.state == "resolved" and row.refusal):
        text = api.refusal_text(row.refusal or "refused")
        if row.library_message:
            said = QCoreApplication.translate("SipPending", "The library says: {text}").format(text=row.library_message)
            text = api.sentences(text, said)
        if row.state == "resolved" and row.resolution_note:
            done = QCoreApplication.translate("SipPending", "Resolved: {note}").format(note=row.resolution_note)
            text = api.sentences(text, done)
        return text
    if row.state == "accepted":
        if row.answer_due:
            return QCoreApplication.translate("SipPending", "Done, due {due}").format(due=row.answer_due.isoformat())
        return QCoreApplication.translate("SipPending", "Done")
    if row.last_problem:
        return api.problem_text(row.last_problem)
    return ""


class SipPendingPanel(QWidget):
    """Kept district transactions (waiting, being sent, refused), their counts and the last problem, "Send now",
    "Resolved…" for a refused one; and, for MANAGE_BOOK_ROOM, the district library link's settings."""

    def __init__(self, ctx: AppContext, sender: DistrictSender | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sipPendingPanel")
        self.ctx = ctx
        self.sender_ = sender or DistrictSender(ctx, self)
        self.sender_.finished.connect(self._sent)

        # Top-down, each widget made in its place (made beside and moved into the splitter, the list's half was
        # styled again whole: ~50 ms of the tab's first show)
        layout = QVBoxLayout(self)
        self.settings_box: LinkSettingsBox | None = None
        self.settings_place: QWidget | None = None
        manager = may(ctx.actor, MANAGE_BOOK_ROOM)
        splitter = None
        if manager:
            splitter = QSplitter(self)
            splitter.setObjectName("sipSplitter")
            layout.addWidget(splitter)
            left = QWidget(splitter)
            splitter.addWidget(left)
        else:
            left = QWidget(self)
            layout.addWidget(left)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)

        self.counts = QLabel(left)
        self.counts.setObjectName("sipCounts")
        self.problem = QLabel(left)
        self.problem.setObjectName("sipLastProblem")
        self.problem.setWordWrap(True)
        self.problem.setProperty("role", "hint")
        self.last_run = QLabel(left)
        self.last_run.setObjectName("sipLastRun")
        self.last_run.setWordWrap(True)
        self.send_button = QPushButton(self.tr("Send now"), left)
        self.send_button.setObjectName("sipSendNow")
        self.send_button.setAccessibleName(self.tr("Send the kept transactions to the district library now"))
        self.send_button.clicked.connect(self.send_now)
        self.resolve_button = QPushButton(self.tr("Resolved…"), left)
        self.resolve_button.setObjectName("sipResolve")
        self.resolve_button.setAccessibleName(self.tr("Mark the refused transaction resolved"))
        self.resolve_button.setEnabled(False)
        self.resolve_button.clicked.connect(self.resolve_selected)
        self.show_done = QCheckBox(self.tr("Show done"), left)
        self.show_done.setObjectName("sipShowDone")
        self.show_done.setAccessibleName(self.tr("Show the transactions already done"))
        self.show_done.toggled.connect(self.refresh)

        self.model = OutboxModel(self)
        self.view = QTableView(left)
        self.view.setObjectName("sipOutboxView")
        self.view.setAccessibleName(self.tr("District transactions kept to send"))
        self.view.setModel(self.model)
        list_export.install(
            self.view,
            "library_district",
            ctx=ctx,
            permission=LEND_BOOKS,
            filter_text=list_export.filter_of(self.show_done),
        )
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        # measured from the header and the rows each time the list is set, not over every row at each layout
        size_columns_always(self.view)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.setFocusProxy(self.view)  # the first field (ui/common/lazy.py first_field): not "Send now"

        top = QHBoxLayout()
        top.addWidget(self.counts, 1)
        top.addWidget(self.show_done)
        top.addWidget(self.resolve_button)
        top.addWidget(self.send_button)
        left_layout.addLayout(top)
        left_layout.addWidget(self.problem)
        left_layout.addWidget(self.last_run)
        left_layout.addWidget(self.view, 1)

        if splitter is not None:
            # the link's settings come in a later step: their place is kept (a quarter of the width)
            self.settings_place = QWidget(splitter)
            QVBoxLayout(self.settings_place).setContentsMargins(0, 0, 0, 0)
            splitter.addWidget(self.settings_place)
            splitter.setStretchFactor(0, 3)
            splitter.setStretchFactor(1, 1)
            share_on_first_show(splitter, (3, 1))
        self.live_watch = ctx.live.watch(self, ("library.district",), self.refresh)
        # the list is read and the settings made after the first paint (ui/common/steps.py)
        self.counts.setText(self.tr("Loading…"))
        self.steps = Steps(self)
        self.steps.then(self.refresh)
        if self.settings_place is not None:
            self.steps.then(self._build_settings)

    def _build_settings(self) -> None:
        self.settings_box = LinkSettingsBox(self.ctx, self.settings_place)
        self.settings_place.layout().addWidget(self.settings_box)

    def refresh(self) -> None:
        actor = self.ctx.actor
        if not may(actor, LEND_BOOKS):
            self.model.set_rows([])
            self.counts.setText(self.tr("Only the book room's staff see the district transactions."))
            self.send_button.setEnabled(False)
            return
        self.model.set_rows(outbox.list_outbox(self.ctx.db, actor, include_done=self.show_done.isChecked()))
        summary = outbox.outbox_summary(self.ctx.db, actor)
        self.counts.setText(
            self.tr("Waiting: {pending} · Being sent: {sending} · Refused, to resolve: {refused}").format(
                pending=summary.pending, sending=summary.sending, refused=summary.refused
            )
        )
        if summary.last_problem and summary.last_problem_at:
            at = clock.to_local(summary.last_problem_at)
            self.problem.setText(
                self.tr("Last problem ({at}): {problem}").format(
                    at=at.strftime("%m-%d %H:%M") if at else "", problem=api.problem_text(summary.last_problem)
                )
            )
        else:
            self.problem.setText("")
        last = self.sender_.last
        self.last_run.setText(self.tr("Last send: {message}").format(message=last.message) if last else "")
        self._selection_changed()

    def send_now(self) -> None:
        if self.sender_.kick():
            self.send_button.setEnabled(False)

    def _sent(self, result: SendResult) -> None:
        self.send_button.setEnabled(True)
        self.refresh()

    def selected(self) -> OutboxRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _selection_changed(self, *args: object) -> None:
        row = self.selected()
        self.resolve_button.setEnabled(row is not None and row.state == "refused")

    def resolve_selected(self) -> None:
        row = self.selected()
        if row is None or row.state != "refused":
            return
        note = dialogs.ask_text(
            self,
            self.tr("Refused district transaction"),
            self.tr("How was it resolved (for example: the reader brought the copy back, the library was told)?"),
        )
        if note is None:
            return
        try:
            outbox.resolve_refused(self.ctx.db, self.ctx.actor, row.id, note)
        except UserError as exc:
            dialogs.show_user_error(self, exc)
            return
        self.refresh()


class LinkSettingsBox(QGroupBox):
    """The district library link's settings (MANAGE_BOOK_ROOM): server, port, institution id, the desk's sign-in,
    location code, wait, encoding, on/off. The stored password is never shown: an empty field keeps it."""

    saved = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("District library link (SIP2)"))
        self.setObjectName("sipLinkSettings")
        self.ctx = ctx
        self.enabled = QCheckBox(self.tr("Send district transactions to the library"), self)
        self.host = self._line("sipHost", self.tr("Server"), limits.HOST.length)
        self.port = self._spin("sipPort", self.tr("Port"), limits.TCP_PORT)
        self.institution = self._line("sipInstitution", self.tr("Institution id"), limits.SIP_FIELD.length)
        self.user = self._line("sipLoginUser", self.tr("Sign-in user"), limits.SIP_FIELD.length)
        self.password = self._line("sipLoginPassword", self.tr("Sign-in password"), limits.SIP_FIELD.length)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.location = self._line("sipLocation", self.tr("Location code"), limits.SIP_FIELD.length)
        self.timeout = self._spin("sipTimeout", self.tr("Wait for an answer (seconds)"), limits.WAIT_SECONDS)
        self.encoding = QComboBox(self)
        self.encoding.setObjectName("sipEncoding")
        self.encoding.setAccessibleName(self.tr("Text encoding"))
        for code in ENCODINGS:
            self.encoding.addItem(code.upper(), code)
        self.enabled.setObjectName("sipEnabled")
        self.enabled.setAccessibleName(self.tr("Send district transactions to the library"))
        self.error = QLabel(self)
        self.error.setObjectName("sipSettingsError")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save link"), self)
        self.save_button.setObjectName("sipSaveLink")
        self.save_button.setAccessibleName(self.tr("Save the district library link"))
        self.save_button.clicked.connect(self.save)
        one_click(self.save_button)  # a double click presses once (ui.common.saving)

        form = QFormLayout(self)
        form.addRow(self.enabled)
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Institution id"), self.institution)
        form.addRow(self.tr("Sign-in user"), self.user)
        form.addRow(self.tr("Sign-in password"), self.password)
        form.addRow(self.tr("Location code"), self.location)
        form.addRow(self.tr("Wait (seconds)"), self.timeout)
        form.addRow(self.tr("Text encoding"), self.encoding)
        form.addRow(self.error)
        form.addRow(self.save_button)
        self.load()

    def _line(self, name: str, accessible: str, _length: int) -> QLineEdit:
        # no setMaxLength: a paste over the limit stays whole and the service names the field with its true length
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        return edit

    def _spin(self, name: str, accessible: str, rng: limits.IntRange) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setObjectName(name)
        spin.setAccessibleName(accessible)
        spin.setRange(rng.low, rng.high)
        return spin

    @staticmethod
    def _show(label: QLabel, text: str, role: str) -> None:
        """The settings' answer: "error" red for a refusal, "done" for a success."""
        label.setProperty("role", role)
        repolish(label)
        label.setText(text)

    def load(self) -> None:
        current = get_link_settings(self.ctx.db, self.ctx.actor)
        self.enabled.setChecked(current.enabled)
        self.host.setText(current.host)
        self.port.setValue(current.port)
        self.institution.setText(current.institution_id)
        self.user.setText(current.login_user)
        self.password.clear()
        self.password.setPlaceholderText(
            self.tr("(stored; type to change)") if current.has_password else self.tr("(none)")
        )
        self.location.setText(current.location_code)
        self.timeout.setValue(current.timeout_seconds)
        self.encoding.setCurrentIndex(max(0, self.encoding.findData(current.encoding)))
        self._show(self.error, "", "error")

    def save(self) -> None:
        settings = LinkSettings(
            host=self.host.text(),
            port=self.port.value(),
            institution_id=self.institution.text(),
            login_user=self.user.text(),
            login_password=self.password.text() or None,
            location_code=self.location.text(),
            timeout_seconds=self.timeout.value(),
            encoding=self.encoding.currentData(),
            enabled=self.enabled.isChecked(),
        )
        try:
            save_link_settings(self.ctx.db, self.ctx.actor, settings)
        except ValidationError as exc:
            self._show(self.error, "\n".join(exc.errors.values()), "error")
            return
        except UserError as exc:
            dialogs.show_user_error(self, exc)
            return
        self.load()
        self._show(self.error, self.tr("Saved."), "done")  # a success: not in the error's red
        self.saved.emit()
