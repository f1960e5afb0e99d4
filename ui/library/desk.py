"""The 借还 desk: scan the reader's card or find the resident, then scan books one after another (the barcode field
keeps the cursor); the 还书 box takes any copy's barcode back, whoever borrowed it and wherever.

Keys: F2 the reader box, F3 the lend box, F4 the return box (ui/keys.py); Enter in each does its work and the
cursor stays for the next scan. A refusal shows in red under the boxes and leaves the scan selected.

District-owned copies go through the district library over SIP2, which may take a few times the link's timeout
when its server does not answer: those loans, returns and renewals run on a worker (`ui.common.tasks.run_task`),
one at a time in the order scanned, while the desk says "正在联系区图书馆…" and goes on taking scans — the
book room's own copies at once, other district copies behind the one outstanding. A second scan of a book whose
call is outstanding is refused (it would lend or return it twice). The outcome is the service's, as before: a
refusal writes nothing and says why; an outage keeps the transaction.

Nothing scanned is lost: "先记下，稍后发送" (shown while a call is out) keeps the outstanding and the waiting district
calls as in an outage — the loans, returns and renewals recorded, their transactions kept in the outbox — and cuts
the connection the outstanding call waits on (`client.CallCut`). Closing the window with district calls
out asks first, then does the same and waits for the worker (it ends at once: its connection is cut), so the program
does not linger for the link's timeout. A refused scan clears its box (the message names the code), so the next
scan is never glued onto it."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

from PySide6.QtCore import QEvent, Qt, QThreadPool
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.accounts.permissions import LEND_BOOKS
from app.documents.common import yuan
from app.errors import UserError
from app.library import desk as service
from app.library import fines
from app.library.catalogue import normalise_barcode
from ui.common import dialogs
from ui.common import export as list_export
from ui.common.layout import set_available, size_columns_always
from ui.common.resident_picker import ResidentPicker
from ui.common.saving import one_click
from ui.common.scan_echo import SCAN_ECHO_S, ScanEcho
from ui.common.steps import Steps
from ui.common.tasks import Task, run_task
from ui.context import AppContext
from ui.library.models import LoansModel
from ui.theme import repolish


@dataclass
class DistrictCall:
    """A loan, return or renewal of a district copy waiting for (or in) its call to the district library."""

    what: str  # the words for the busy line: 借出 / 还书 / 续借
    barcode: str  # as normalised: a second scan of it is refused while the call is outstanding
    run: Callable[[], Any]  # on the worker: the service call (it opens its own units of work)
    keep: Callable[[], Any]  # on the UI thread: the same call kept for later, as in an outage (no network)
    reader: str  # whose book, as the desk shows the reader ("" for a return: the service finds the borrower)
    done: Callable[[Any], None]  # on the UI thread, with the service's result
    refused: Callable[[UserError], None]  # on the UI thread, with the service's refusal
    cut: Any = None  # app.library.sip2.client.CallCut while the call is out: cuts its connection


def _keep_left_behind(calls: list[DistrictCall], *_args) -> None:
    """The desk is gone with district calls out (another clerk signed in and the tabs were rebuilt): nobody is left
    to ask, so every waiting call is recorded as in an outage and the outstanding one's connection is cut (its worker
    then records it as an outage itself) — nothing scanned is lost. Runs from the desk's `destroyed` signal: it
    touches no widget."""
    waiting = calls[1:]
    del calls[1:]
    for call in waiting:
        try:
            call.keep()
        except UserError:  # refused all the same: nothing written, as for a refusal at the desk
            pass
        except Exception as exc:  # noqa: BLE001 - a bug goes to the log: the desk that would show it is gone
            from app.logs import log_exception

            log_exception(exc)
    if calls and calls[0].cut is not None:
        calls[0].cut.abort()


def _named(widget, name: str, accessible: str):
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    return widget


class LibraryDeskTab(QWidget):
    """Lending and returns at the counter."""

    # A barcode scanner may send a second Enter after its code: an empty Enter this soon after a scan (seconds,
    # app.clock.monotonic) is its echo and leaves the scan's answer on screen (ui/common/scan_echo.py).
    SCAN_ECHO_S = SCAN_ECHO_S

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryDesk")
        self.ctx = ctx
        self.echo = ScanEcho(self.SCAN_ECHO_S)  # the scanner's second Enter (ui/common/scan_echo.py)
        self.resident_id: int | None = None
        self.status: service.DeskStatus | None = None

        # --- the reader
        reader_box = QGroupBox(self.tr("Reader: scan the card or find the resident"), self)
        self.picker = ResidentPicker(ctx, "libraryReader", self.tr("Reader card or resident"), reader_box)
        self.picker.search.setPlaceholderText(self.tr("Scan the reader card, or type a name, pinyin or phone"))
        self.picker.search.installEventFilter(self)  # after the picker's own filter: a card number is looked up first
        self.card = _named(QLabel(reader_box), "libraryReaderCard", self.tr("Reader card"))
        self.card.setWordWrap(True)
        self.card.setTextFormat(Qt.TextFormat.RichText)
        rl = QVBoxLayout(reader_box)
        rl.addWidget(self.picker)
        rl.addWidget(self.card)

        # --- lending
        lend_box = QGroupBox(self.tr("Lend: scan the books one after another"), self)
        self.lend_scan = _named(QLineEdit(lend_box), "libraryLendScan", self.tr("Book barcode to lend"))
        self.lend_scan.setPlaceholderText(self.tr("Scan a book's barcode and press Enter"))
        self.lend_scan.returnPressed.connect(self.lend)
        ll = QVBoxLayout(lend_box)
        ll.addWidget(self.lend_scan)

        self.message = _named(QLabel(self), "libraryDeskMessage", self.tr("Result"))
        self.message.setWordWrap(True)
        self.message.setMinimumHeight(40)
        self.busy = _named(QLabel(self), "libraryDistrictBusy", self.tr("Waiting for the district library"))
        self.busy.setWordWrap(True)
        self.busy.setProperty("role", "warning")
        self.keep_button = _named(
            QPushButton(self.tr("Keep for later, send afterwards"), self),
            "libraryKeepForLater",
            self.tr("Record the district books now and send them later"),
        )
        self.keep_button.setToolTip(
            self.tr(
                "Do not wait for the district library: the books being sent are recorded now, as when it cannot "
                "be reached, and sent to it later."
            )
        )
        self.keep_button.clicked.connect(self.keep_for_later)
        self.keep_button.hide()
        self.busy.hide()
        self._watched_window: QWidget | None = None
        self.calls: list[DistrictCall] = []  # calls[0] is outstanding, the rest wait their turn
        self.call_task: Task | None = None
        self.destroyed.connect(partial(_keep_left_behind, self.calls))  # the same list, kept in place

        # --- the card's loans: the model now (the reader's status fills it), the table in a later step
        self.loans = LoansModel(self)
        self.table: QTableView | None = None
        self.loans_box = QWidget(self)  # keeps the table's place (and stretch) until the table is made
        self.loans_box.setObjectName("libraryLoansBox")
        loans_layout = QVBoxLayout(self.loans_box)
        loans_layout.setContentsMargins(0, 0, 0, 0)
        self.renew_button = _named(QPushButton(self.tr("Renew"), self), "libraryRenew", self.tr("Renew the loan"))
        self.renew_button.clicked.connect(self.renew)
        one_click(self.renew_button)  # a double click presses once (ui.common.saving)
        self.hold_button = _named(QPushButton(self.tr("Hold a book…"), self), "libraryHold", self.tr("Place a hold"))
        self.hold_button.clicked.connect(self.place_hold)
        self.card_button = _named(QPushButton(self.tr("Reader card…"), self), "libraryNewCard", self.tr("Reader card"))
        self.card_button.clicked.connect(self.new_card)
        self.fine_button = _named(
            QPushButton(self.tr("Fines paid…"), self), "libraryFinePay", self.tr("Record the reader's fines paid")
        )
        self.fine_button.clicked.connect(self.take_fines)
        one_click(self.fine_button)
        buttons = QHBoxLayout()
        for b in (self.renew_button, self.hold_button, self.card_button, self.fine_button):
            buttons.addWidget(b)
        buttons.addStretch(1)

        left = QVBoxLayout()
        left.addWidget(reader_box)
        left.addWidget(lend_box)
        busy_row = QHBoxLayout()
        busy_row.addWidget(self.busy, 1)
        busy_row.addWidget(self.keep_button)
        left.addLayout(busy_row)
        left.addWidget(self.message)
        left.addWidget(self.loans_box, 1)
        left.addLayout(buttons)

        # --- returns
        return_box = QGroupBox(self.tr("Return: scan any book"), self)
        self.return_scan = _named(QLineEdit(return_box), "libraryReturnScan", self.tr("Book barcode to take back"))
        self.return_scan.setPlaceholderText(self.tr("Any book, whoever borrowed it"))
        self.return_scan.returnPressed.connect(self.take_back)
        rtl = QVBoxLayout(return_box)
        rtl.addWidget(self.return_scan)
        self.log_box = QGroupBox(self.tr("At this desk today"), self)
        self.log: QListWidget | None = None  # made in a later step
        QVBoxLayout(self.log_box)
        right = QVBoxLayout()
        right.addWidget(return_box)
        right.addWidget(self.log_box, 1)

        layout = QHBoxLayout(self)
        layout.addLayout(left, 5)
        layout.addLayout(right, 2)
        self.picker.changed.connect(self._reader_chosen)
        self.picker.entered.connect(lambda: self.lend_scan.setFocus())
        self._show_status()
        self.setFocusProxy(self.picker.search)
        # The scan boxes and the buttons are painted first; the loans table and the desk's log follow, one step
        # per turn of the event loop (ui/common/steps.py): a scan typed meanwhile goes on into its box.
        self.steps = Steps(self)
        self.steps.then(self._build_loans_table)
        self.steps.then(self._build_log)

    def _build_loans_table(self) -> None:
        self.table = _named(QTableView(self.loans_box), "libraryLoansView", self.tr("Books on this card"))
        self.table.setModel(self.loans)
        list_export.install(self.table, "library_loans", ctx=self.ctx, permission=LEND_BOOKS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        # measured from the header and the reader's rows each time they are set, not over every row at each layout
        size_columns_always(self.table, stretch=1)
        self.loans_box.layout().addWidget(self.table)
        QWidget.setTabOrder(self.keep_button, self.table)  # where it stood in the keyboard order
        QWidget.setTabOrder(self.table, self.renew_button)

    def _build_log(self) -> None:
        self.log = _named(QListWidget(self.log_box), "libraryDeskLog", self.tr("Loans and returns at this desk"))
        self.log_box.layout().addWidget(self.log)
        QWidget.setTabOrder(self.return_scan, self.log)

    # --- reader ---------------------------------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        window = self.window()
        if window is not self and window is not self._watched_window:  # asked before the window closes
            if self._watched_window is not None:
                self._watched_window.removeEventFilter(self)
            window.installEventFilter(self)
            self._watched_window = window

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        if obj is self._watched_window and event.type() == QEvent.Type.Close and self.calls:
            if not self.may_close():
                event.ignore()
                return True
            return False
        if obj is self.picker.search and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.picker.search.text().strip():
                    self.echo.scanned()  # a card scanned: its echo lands in the lend box
                try:
                    found = service.find_reader(self.ctx.db, self.ctx.actor, self.picker.search.text())
                except UserError as exc:
                    self._say(exc.message, ok=False)
                    return True
                if found is not None:
                    self.picker.results.clear()
                    self.picker.results.hide()
                    self.picker.set_resident(found)
                    self.lend_scan.setFocus()
                    return True
        return super().eventFilter(obj, event)

    def _reader_chosen(self) -> None:
        self.resident_id = self.picker.resident_id
        self._clear_message()  # the last reader's answer is not about this one
        self.refresh()

    def show_resident(self, resident_id: int) -> None:
        """Choose the reader (a test, or another screen handing a resident over)."""
        self.picker.set_resident(resident_id)

    def refresh(self) -> None:
        self.status = None
        if self.resident_id is not None:
            try:
                self.status = service.desk_status(self.ctx.db, self.ctx.actor, self.resident_id)
            except UserError as exc:
                self._say(exc.message, ok=False)
        self._show_status()

    def reload(self) -> None:  # the live feed: another desk lent or took back a book
        self.refresh()

    def _show_status(self) -> None:
        st = self.status
        if st is None:
            self.card.setText(self.tr("No reader chosen."))
            self.loans.set_rows([])
        else:
            a = st.account
            lines = [
                self.tr("<b>{name}</b>  card {card}").format(
                    name=a.name, card=a.card_no or self.tr("(made at the first loan)")
                )
                if not a.child
                else self.tr("<b>{name}</b>  on {guardian}'s card {card}").format(
                    name=a.name, guardian=a.reader_name or "—", card=a.card_no or "—"
                ),
                self.tr("Books on the card: {n} of {limit}; overdue: {overdue}").format(
                    n=len(st.loans), limit=st.max_loans, overdue=st.overdue
                ),
            ]
            if st.fines:
                lines.append(
                    '<span style="color:#c62828"><b>{}</b></span>'.format(
                        self.tr("Fines not paid: {amount} ({n} books returned late)").format(
                            amount=yuan(st.fines_fen), n=len(st.fines)
                        )
                    )
                )
            lines += st.notes
            if st.refusal:
                lines.append(f'<span style="color:#c62828"><b>{st.refusal}</b></span>')
            self.card.setText("<br>".join(lines))
            self.loans.set_rows(st.loans)
        # a wrapped rich-text label inside the group box is not given its height by the layout: ask for every line
        shown = self.card.text().count("<br>") + 1
        self.card.setMinimumHeight(
            max(shown * self.card.fontMetrics().lineSpacing(), self.card.heightForWidth(max(self.card.width(), 200)))
        )
        box = self.card.parentWidget()
        box.setMinimumHeight(box.layout().totalMinimumSize().height())
        has = st is not None
        set_available(self.lend_scan, None if has else self.tr("Choose the reader first."))
        set_available(self.renew_button, None if has and st.loans else self.tr("Choose a loan on the card first."))
        set_available(self.hold_button, None if has else self.tr("Choose the reader first."))
        set_available(self.card_button, None if has else self.tr("Choose the reader first."))
        set_available(self.fine_button, None if has and st.fines else self.tr("The reader has no fine to pay."))

    # --- actions --------------------------------------------------------------------------------------
    def _say(self, text: str, ok: bool = True) -> None:
        self.message.setProperty("role", "done" if ok else "refused")
        repolish(self.message)
        self.message.setText(text)

    def _clear_message(self) -> None:
        self.message.setProperty("role", "")
        repolish(self.message)
        self.message.clear()

    def _scan_echo(self, code: str) -> bool:
        """Enter in a scan box: note when a code was scanned; True for an empty Enter within a scanner's echo
        (SCAN_ECHO_S after the last scan, app.clock.monotonic), which must leave the scan's answer on screen.
        A later empty Enter is the clerk's own: a new start that clears the answer."""
        return self.echo.is_echo(code)

    def _log(self, text: str) -> None:
        self.steps.finish()
        self.log.insertItem(0, text)

    def lend(self) -> None:
        code = self.lend_scan.text()
        if self._scan_echo(code):  # the scanner's extra Enter: the answer (a refusal too) stays to be read
            return
        self._clear_message()  # a new scan: the last answer no longer applies
        if self.resident_id is None:
            self._say(self.tr("Choose the reader first: scan the card or find the resident."), ok=False)
            return
        if not code.strip():
            return
        rid = self.resident_id
        try:
            barcode = normalise_barcode(code)
            if self._busy_with(barcode, self.lend_scan):
                return
            district = service.goes_to_district(self.ctx.db, self.ctx.actor, barcode)
        except UserError as exc:
            self._refused_scan(exc, self.lend_scan)
            return
        if district:
            db, actor = self.ctx.db, self.ctx.actor
            self._district_call(
                DistrictCall(
                    self.tr("lending"),
                    barcode,
                    lambda: service.lend(db, actor, rid, barcode),
                    lambda: service.lend(db, actor, rid, barcode, keep_offline=True),
                    self._reader_name(),
                    self._lent,
                    lambda exc: self._say(self.tr("{barcode}: {why}").format(barcode=barcode, why=exc.message), False),
                )
            )
            self.lend_scan.clear()
            self.lend_scan.setFocus()
            return
        try:
            r = service.lend(self.ctx.db, self.ctx.actor, rid, code)
        except UserError as exc:
            self._refused_scan(exc, self.lend_scan)
            return
        self._lent(r)
        self.lend_scan.clear()
        self.lend_scan.setFocus()

    def _lent(self, r: service.LoanResult) -> None:
        text = self.tr("Lent “{title}” to {name}, due {due}.").format(
            title=r.title, name=r.borrower, due=r.due_on.isoformat()
        )
        if r.pending:
            text += " " + self.tr("The district library could not be reached: the loan is sent when it can be.")
        self._say(text)
        self._log(
            self.tr("Lent {barcode} “{title}” → {name}").format(barcode=r.barcode, title=r.title, name=r.borrower)
        )
        self.refresh()

    def take_back(self) -> None:
        code = self.return_scan.text()
        if self._scan_echo(code):  # the scanner's extra Enter: the answer (a refusal too) stays to be read
            return
        self._clear_message()
        if not code.strip():
            return
        try:
            barcode = normalise_barcode(code)
            if self._busy_with(barcode, self.return_scan):
                return
            district = service.goes_to_district(self.ctx.db, self.ctx.actor, barcode)
        except UserError as exc:
            self._refused_scan(exc, self.return_scan)
            return
        if district:
            db, actor = self.ctx.db, self.ctx.actor
            self._district_call(
                DistrictCall(
                    self.tr("return"),
                    barcode,
                    lambda: service.return_copy(db, actor, barcode),
                    lambda: service.return_copy(db, actor, barcode, keep_offline=True),
                    "",
                    self._returned,
                    lambda exc: self._say(self.tr("{barcode}: {why}").format(barcode=barcode, why=exc.message), False),
                )
            )
            self.return_scan.clear()
            self.return_scan.setFocus()
            return
        try:
            r = service.return_copy(self.ctx.db, self.ctx.actor, code)
        except UserError as exc:
            self._refused_scan(exc, self.return_scan)
            return
        self._returned(r)
        self.return_scan.clear()
        self.return_scan.setFocus()

    def _returned(self, r: service.ReturnResult) -> None:
        parts = [self.tr("Returned “{title}” ({name}).").format(title=r.title, name=r.borrower)]
        if r.days_late:
            parts.append(self.tr("{n} days late.").format(n=r.days_late))
        if r.fine_fen:
            parts.append(self.tr("Fine {amount}.").format(amount=yuan(r.fine_fen)))
        if r.hold_for:
            parts.append(self.tr("Put it aside: on hold for {name}.").format(name=r.hold_for))
        if r.pending:
            parts.append(
                r.district_note
                or self.tr("The district library could not be reached: the return is sent when it can be.")
            )
        self._say(" ".join(parts))
        self._log(self.tr("Returned {barcode} “{title}”").format(barcode=r.barcode, title=r.title))
        if self.resident_id is not None:
            self.refresh()

    def take_fines(self) -> None:
        """The reader pays every outstanding fine on the card in cash: one receipt number for them all."""
        st = self.status
        if st is None or not st.fines:
            return
        books = "、".join(f"{x.barcode}（{yuan(x.fine_fen)}）" for x in st.fines)
        question = self.tr("Take {amount} in cash for the fines on {books}?").format(
            amount=yuan(st.fines_fen), books=books
        )
        if not dialogs.confirm(self, question, self.tr("Fines paid")):
            return
        try:
            paid = fines.record_payment(self.ctx.db, self.ctx.actor, [x.loan_id for x in st.fines], st.fines_fen)
        except UserError as exc:
            self._say(exc.message, ok=False)
            self.refresh()
            return
        self._say(
            self.tr("Fines of {amount} paid: receipt {receipt}.").format(
                amount=yuan(paid.amount_fen), receipt=paid.receipt_no
            )
        )
        self._log(self.tr("Fines {amount} paid, receipt {receipt}").format(
            amount=yuan(paid.amount_fen), receipt=paid.receipt_no))  # fmt: skip
        self.refresh()

    def _refused_scan(self, exc: UserError, box: QLineEdit) -> None:
        """Say why, naming the scanned code, and empty the box: the next scan must not be glued onto this one."""
        code = box.text().strip()
        text = exc.message
        if code and code.upper() not in text.upper():
            text = self.tr("{barcode}: {why}").format(barcode=code, why=text)
        self._say(text, ok=False)
        box.clear()
        box.setFocus()

    def _reader_name(self) -> str:
        return self.status.account.name if self.status is not None else ""

    # --- calls to the district library, off the UI thread -----------------------------------------------
    def _busy_with(self, barcode: str, box: QLineEdit | None) -> bool:
        """True (and the refusal said) when this book's district call is outstanding or waiting its turn."""
        if any(c.barcode == barcode for c in self.calls):
            self._say(
                self.tr(
                    "{barcode} is with the district library now: wait for its answer before scanning it again."
                ).format(barcode=barcode),
                ok=False,
            )
            if box is not None:
                box.clear()
                box.setFocus()
            return True
        return False

    def _district_call(self, call: DistrictCall) -> None:
        self.calls.append(call)
        if len(self.calls) == 1:
            self._start_call()
        self._show_busy()

    def keep_for_later(self) -> None:
        """The clerk will not wait: the district calls waiting their turn are recorded now as in an outage (loans,
        returns, renewals written, their transactions kept to send), and the outstanding one's connection is cut, so
        it ends as an outage too (the service keeps its transaction) — nothing scanned is lost."""
        waiting = self.calls[1:]
        del self.calls[1:]
        for call in waiting:
            self._keep(call)
        self._show_busy()
        if self.calls and self.calls[0].cut is not None:  # it ends at once as an outage: the service keeps it
            self.calls[0].cut.abort()

    def _keep(self, call: DistrictCall) -> None:
        try:
            result = call.keep()
        except UserError as exc:  # refused all the same (e.g. the card reached its limit meanwhile)
            call.refused(exc)
            if self.resident_id is not None:
                self.refresh()
            return
        call.done(result)

    def may_close(self, wait_ms: int = 30_000) -> bool:
        """Before the window closes with district calls out: ask; on yes keep them all for later (see
        `keep_for_later`) and wait for the worker (ended at once by the cut connection, at most `wait_ms`), so every
        scanned book is recorded and nothing lingers. False: the clerk chose to stay and wait."""
        if not self.calls:
            return True
        if not dialogs.confirm(
            self,
            self.tr(
                "{n} district book(s) are not recorded yet: the district library has not answered. Record them now "
                "and send them to it later, then close?"
            ).format(n=len(self.calls)),
            default_yes=True,
        ):
            return False
        self.keep_for_later()
        if self.calls:  # the outstanding call, its connection cut: it ends as an outage and keeps its transaction
            QThreadPool.globalInstance().waitForDone(wait_ms)
            self.calls.clear()
            self.call_task = None
            self._show_busy()
        return True

    def _start_call(self) -> None:
        call = self.calls[0]
        try:
            from app.library.sip2 import client
        except ModuleNotFoundError:  # no SIP2 layer: the service refuses the call, nothing to cut
            client = None

        def work(_progress):
            if client is None:
                return call.run()
            with client.cuttable(call.cut):
                return call.run()

        if client is not None:
            call.cut = client.CallCut()
        self.call_task = run_task(
            self,
            work,
            on_done=lambda result: self._call_over(call, result, None),
            on_error=lambda exc: self._call_over(call, None, exc),
        )

    def _call_over(self, call: DistrictCall, result: Any, error: BaseException | None) -> None:
        if call not in self.calls:  # the window closed meanwhile (may_close waited for it)
            return
        self.calls.remove(call)
        self.call_task = None
        if self.calls:
            self._start_call()
        self._show_busy()
        if error is None:
            call.done(result)
        elif isinstance(error, UserError):
            call.refused(error)
            if self.resident_id is not None:
                self.refresh()
        else:  # a bug: the crash dialog, as on the UI thread
            sys.excepthook(type(error), error, error.__traceback__)

    def _show_busy(self) -> None:
        if not self.calls:
            self.busy.hide()
            self.busy.clear()
            self.keep_button.hide()
            return
        text = self.tr("Contacting the district library… ({call})").format(call=self._call_words(self.calls[0]))
        if len(self.calls) > 1:
            text += " " + self.tr("{n} more district book(s) wait their turn: keep scanning.").format(
                n=len(self.calls) - 1
            )
            text += " " + self.tr("Waiting: {calls}").format(
                calls=self.tr("; ").join(self._call_words(c) for c in self.calls[1:])
            )
        self.busy.setText(text)
        self.busy.show()
        self.keep_button.show()

    def _call_words(self, call: DistrictCall) -> str:
        if call.reader:
            return self.tr("{what} {barcode} for {name}").format(what=call.what, barcode=call.barcode, name=call.reader)
        return self.tr("{what} {barcode}").format(what=call.what, barcode=call.barcode)

    def _selected_loan(self) -> service.LoanRow | None:
        self.steps.finish()
        idx = self.table.currentIndex()
        return self.loans.row_at(idx.row()) if idx.isValid() else None

    def renew(self) -> None:
        loan = self._selected_loan()
        if loan is None and self.loans.rowCount() == 1:
            loan = self.loans.row_at(0)
        if loan is None:
            self._say(self.tr("Choose the loan to renew in the list."), ok=False)
            return
        if loan.owner == "district":
            if self._busy_with(loan.barcode, None):
                return
            db, actor, loan_id = self.ctx.db, self.ctx.actor, loan.id
            self._district_call(
                DistrictCall(
                    self.tr("renewal"),
                    loan.barcode,
                    lambda: service.renew(db, actor, loan_id),
                    lambda: service.renew(db, actor, loan_id, keep_offline=True),
                    self._reader_name(),
                    lambda due: self._renewed(loan, due),
                    lambda exc: self._say(
                        self.tr("{barcode}: {why}").format(barcode=loan.barcode, why=exc.message), False
                    ),
                )
            )
            return
        try:
            due = service.renew(self.ctx.db, self.ctx.actor, loan.id)
        except UserError as exc:
            self._say(exc.message, ok=False)
            return
        self._renewed(loan, due)

    def _renewed(self, loan: service.LoanRow, due) -> None:
        self._say(self.tr("Renewed “{title}”: now due {due}.").format(title=loan.title, due=due.isoformat()))
        self._log(self.tr("Renewed {barcode} “{title}”").format(barcode=loan.barcode, title=loan.title))
        self.refresh()
        self._select_loan(loan.id)  # the row stays chosen: a second 续借 renews it again, or says why not

    def _select_loan(self, loan_id: int) -> None:
        self.steps.finish()
        for row in range(self.loans.rowCount()):
            if self.loans.row_at(row).id == loan_id:
                self.table.selectRow(row)
                return

    def place_hold(self) -> None:
        if self.resident_id is None:
            return
        code = dialogs.ask_text(
            self,
            self.tr("Hold a book"),
            self.tr(
                "Barcode of any copy of the book, or its ISBN from the reader's slip (the first copy back is kept "
                "for the reader):"
            ),
        )
        if not code:
            return
        try:
            place = service.place_hold(self.ctx.db, self.ctx.actor, self.resident_id, code)
        except UserError as exc:
            self._say(exc.message, ok=False)
            return
        self._say(self.tr("Hold placed: number {n} in the queue.").format(n=place))
        self.refresh()

    def new_card(self) -> None:
        if self.resident_id is None or self.status is None:
            return
        holder = self.status.account.reader_resident_id
        if holder is None:
            self._say(self.status.refusal or "", ok=False)
            return
        number = dialogs.ask_text(
            self,
            self.tr("Reader card"),
            self.tr("Scan the new card (leave empty for the next number):"),
        )
        if number is None:
            return
        try:
            card = service.register_reader(self.ctx.db, self.ctx.actor, holder, number.strip() or None)
        except UserError as exc:
            self._say(exc.message, ok=False)
            return
        self._say(self.tr("Reader card {card} is ready.").format(card=card))
        self.refresh()
