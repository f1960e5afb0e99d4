"""The 罚款 fines ledger: every fine a late return set, outstanding, paid or waived, with totals; the desk's staff
record a payment here too (for one reader's chosen fines), an administrator waives a fine or undoes a record made
by mistake (the service refuses other roles); the ledger prints (PDF) and exports (Ctrl+Shift+E)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.accounts.permissions import LEND_BOOKS, WAIVE_FINES, may
from app.documents.common import yuan
from app.errors import UserError
from app.library import fines
from ui.common import dialogs
from ui.common import documents as docs
from ui.common import export as list_export
from ui.common.layout import set_available, size_columns_always, text_width
from ui.common.loading import Loader
from ui.common.saving import one_click
from ui.context import AppContext
from ui.library.models import FinesModel


def _named(widget, name: str, accessible: str):
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    return widget


class LibraryFinesTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryFines")
        self.ctx = ctx
        self.state = _named(QComboBox(self), "libraryFinesState", self.tr("Which fines"))
        for label, value in (
            (self.tr("Outstanding"), fines.OUTSTANDING),
            (self.tr("Paid"), fines.FINE_PAID),
            (self.tr("Waived"), fines.FINE_WAIVED),
            (self.tr("All fines"), fines.ALL),
        ):
            self.state.addItem(label, value)
        self.state.currentIndexChanged.connect(lambda _i: self.reload_later())
        self.summary = _named(QLabel(self), "libraryFinesSummary", self.tr("Fines totals"))
        self.summary.setWordWrap(True)
        self.model = FinesModel(self)
        self.view = _named(QTableView(self), "libraryFinesView", self.tr("Fines ledger"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.verticalHeader().hide()
        # measured each time the rows are set (a sample of them): a settled day and a name are never cut off
        day = text_width(self.view, "2026-12-31") + 30
        size_columns_always(self.view, stretch=9, maximum=260, minimum={7: day, 8: day})
        list_export.install(
            self.view, "library_fines", ctx=ctx, permission=LEND_BOOKS, filter_text=lambda: self.state.currentText()
        )
        self.pay_button = _named(
            QPushButton(self.tr("Record paid…"), self), "libraryFinesPay", self.tr("Record the chosen fines paid")
        )
        self.pay_button.clicked.connect(self.pay)
        one_click(self.pay_button)
        self.waive_button = _named(
            QPushButton(self.tr("Waive…"), self), "libraryFinesWaive", self.tr("Waive the chosen fine")
        )
        self.waive_button.clicked.connect(self.waive)
        self.undo_button = _named(
            QPushButton(self.tr("Undo the record…"), self), "libraryFinesUndo", self.tr("Undo a payment or waiver")
        )
        self.undo_button.clicked.connect(self.undo)
        self.print_button = _named(
            QPushButton(self.tr("Print the ledger"), self), "libraryFinesPrint", self.tr("Print the fines ledger")
        )
        self.print_button.clicked.connect(self.print_ledger)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show"), self))
        top.addWidget(self.state)
        top.addWidget(self.summary, 1)
        buttons = QHBoxLayout()
        for b in (self.pay_button, self.waive_button, self.undo_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._buttons())
        self.setFocusProxy(self.state)
        self.summary.setText(self.tr("Loading…"))
        self._buttons()
        self.loader = Loader(self)  # read on a worker: the frame shows at once, the rows when they come
        self.reload_later()

    def _chosen(self) -> list[fines.FineRow]:
        return [self.model.row_at(i.row()) for i in sorted(self.view.selectionModel().selectedRows())]

    def _buttons(self) -> None:
        chosen = self._chosen()
        outstanding = [x for x in chosen if x.state == fines.OUTSTANDING]
        admin = may(self.ctx.actor, WAIVE_FINES)
        if not chosen or len(outstanding) != len(chosen):
            pay = self.tr("Choose outstanding fines in the list first.")
        elif len({x.card_no for x in chosen}) > 1:
            pay = self.tr("Choose the fines of one reader card.")
        else:
            pay = None
        set_available(self.pay_button, pay)
        if not admin:
            waive = undo = self.tr("Only an administrator waives a fine or undoes a fine's record.")
        else:
            waive = None if len(chosen) == 1 and outstanding else self.tr("Choose one outstanding fine first.")
            undo = (
                None
                if len(chosen) == 1 and chosen[0].settlement_id is not None
                else self.tr("Choose one paid or waived fine first.")
            )
        set_available(self.waive_button, waive)
        set_available(self.undo_button, undo)

    def reload(self) -> None:
        """Read the ledger now (after this desk's own change)."""
        self._read(fines.fines_ledger(self.ctx.db, self.ctx.actor, self.state.currentData()))

    def reload_later(self) -> None:
        """The same on a worker (first show, another filter, another desk's change)."""
        db, actor, state = self.ctx.db, self.ctx.actor, self.state.currentData()
        self.loader.run(lambda: fines.fines_ledger(db, actor, state), self._read)

    def _read(self, ledger: fines.FineLedger) -> None:
        self.model.set_rows(ledger.rows)
        t = ledger.totals
        text = self.tr(
            "Outstanding {o_n} ({o}) · paid {p_n} ({p}) · waived {w_n} ({w}) · all {a_n} ({a})"
        ).format(
            o_n=t.outstanding[0], o=yuan(t.outstanding[1]), p_n=t.paid[0], p=yuan(t.paid[1]),
            w_n=t.waived[0], w=yuan(t.waived[1]), a_n=t.all[0], a=yuan(t.all[1]),
        )  # fmt: skip
        if ledger.more:
            text += " " + self.tr("(the newest {n} shown; print or export for all)").format(n=len(ledger.rows))
        self.summary.setText(text)
        set_available(self.print_button, None if t.all[0] else self.tr("No fine yet."))
        self._buttons()

    def pay(self) -> None:
        chosen = [x for x in self._chosen() if x.state == fines.OUTSTANDING]
        if not chosen:
            return
        total = sum(x.fine_fen for x in chosen)
        question = self.tr("Take {amount} in cash from {name} for {n} fines?").format(
            amount=yuan(total), name=chosen[0].card_holder, n=len(chosen)
        )
        if not dialogs.confirm(self, question, self.tr("Fines paid")):
            return
        try:
            paid = fines.record_payment(self.ctx.db, self.ctx.actor, [x.loan_id for x in chosen], total)
        except UserError as exc:
            dialogs.show_user_error(self, exc)
        else:
            dialogs.inform(
                self,
                self.tr("Fines of {amount} paid: receipt {receipt}.").format(
                    amount=yuan(paid.amount_fen), receipt=paid.receipt_no
                ),
            )
        self.reload()

    def waive(self) -> None:
        chosen = self._chosen()
        if len(chosen) != 1:
            return
        row = chosen[0]
        reason = dialogs.ask_text(
            self,
            self.tr("Waive the fine"),
            self.tr("Why is the fine of {amount} on {barcode} waived?").format(
                amount=yuan(row.fine_fen), barcode=row.barcode
            ),
        )
        if reason is None:
            return
        try:
            fines.waive_fine(self.ctx.db, self.ctx.actor, row.loan_id, reason)
        except UserError as exc:
            dialogs.show_user_error(self, exc)
        self.reload()

    def undo(self) -> None:
        chosen = self._chosen()
        if len(chosen) != 1 or chosen[0].settlement_id is None:
            return
        reason = dialogs.ask_text(self, self.tr("Undo the record"), self.tr("Why is it undone?"))
        if reason is None:
            return
        try:
            fines.void_settlement(self.ctx.db, self.ctx.actor, chosen[0].settlement_id, reason)
        except UserError as exc:
            dialogs.show_user_error(self, exc)
        self.reload()

    def print_ledger(self) -> None:
        try:
            pdf = fines.fines_ledger_pdf(self.ctx.db, self.ctx.actor, self.state.currentData())
        except UserError as exc:
            dialogs.show_user_error(self, exc)
            return
        path = docs.write_document(pdf, "library", "fines")
        docs.preview(self, path, self.tr("Fines ledger"))
