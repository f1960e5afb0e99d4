"""The 预约 holds queue, the 逾期 overdue list with reminder slips, and the 设置 lending rules."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.accounts.permissions import LEND_BOOKS, MANAGE_BOOK_ROOM, may
from app.errors import UserError, ValidationError
from app.library import desk, rules, slips
from ui.common import dialogs
from ui.common import documents as docs
from ui.common import export as list_export
from ui.common.layout import set_available, size_columns_when_filled
from ui.common.loading import Loader
from ui.common.nothing_found import NothingFound
from ui.common.saving import one_click
from ui.context import AppContext
from ui.library.models import HoldsModel, OverdueModel


def _named(widget, name: str, accessible: str):
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    return widget


def _table(parent: QWidget, name: str, accessible: str, model, stretch: int) -> QTableView:
    view = _named(QTableView(parent), name, accessible)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().hide()
    # sized from the header and the first rows when they first come, not measured over every row at each show
    size_columns_when_filled(view, stretch=stretch)
    return view


class LibraryHoldsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryHolds")
        self.ctx = ctx
        self.search = _named(QLineEdit(self), "libraryHoldsSearch", self.tr("Find a hold"))
        self.search.setPlaceholderText(self.tr("Title, barcode or reader's name"))
        self.search.textChanged.connect(lambda _t: self.reload_later())
        self.model = HoldsModel(self)
        self.view = _table(self, "libraryHoldsView", self.tr("Holds"), self.model, 1)
        self.nothing_found = NothingFound(self.view, self.search)  # "没有找到…" over an empty answer
        list_export.install(
            self.view, "library_holds", ctx=ctx, permission=LEND_BOOKS, filter_text=list_export.filter_of(self.search)
        )
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.cancel_button = _named(
            QPushButton(self.tr("Cancel the hold…"), self), "libraryHoldCancel", self.tr("Cancel the hold")
        )
        self.cancel_button.clicked.connect(self.cancel)
        row = QHBoxLayout()
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        self.setFocusProxy(self.search)
        # read on a worker: the frame shows at once, the rows when they come; typing again drops an older answer
        self.loader = Loader(self)
        self.reload_later()

    def reload(self) -> None:
        """Read the holds now (after this desk's own change)."""
        self.model.set_rows(desk.list_holds(self.ctx.db, self.ctx.actor, self.search.text()))

    def reload_later(self) -> None:
        """The same on a worker (first show, a search typed, another desk's change)."""
        db, actor, text = self.ctx.db, self.ctx.actor, self.search.text()
        self.loader.run(lambda: desk.list_holds(db, actor, text), self.model.set_rows)

    def cancel(self) -> None:
        idx = self.view.currentIndex()
        if not idx.isValid():
            dialogs.inform(self, self.tr("Choose the hold in the list first."))
            return
        hold = self.model.row_at(idx.row())
        reason = dialogs.ask_text(self, self.tr("Cancel the hold"), self.tr("Why?"))
        if not reason:
            return
        try:
            desk.cancel_hold(self.ctx.db, self.ctx.actor, hold.id, reason)
        except UserError as exc:
            dialogs.show_user_error(self, exc)
        self.reload()


class LibraryOverdueTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryOverdue")
        self.ctx = ctx
        self.summary = _named(QLabel(self), "libraryOverdueSummary", self.tr("Overdue books"))
        self.model = OverdueModel(self)
        self.view = _table(self, "libraryOverdueView", self.tr("Overdue books"), self.model, 1)
        list_export.install(self.view, "library_overdue", ctx=ctx, permission=LEND_BOOKS)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.slips_button = _named(
            QPushButton(self.tr("Print reminder slips"), self), "libraryReminderSlips", self.tr("Reminder slips")
        )
        self.slips_button.setToolTip(self.tr("For the chosen lines, or all when none is chosen"))
        self.slips_button.clicked.connect(self.print_slips)
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(self.slips_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        self.summary.setText(self.tr("Loading…"))
        set_available(self.slips_button, self.tr("Loading…"))
        # read on a worker: the frame shows at once, the rows when they come
        self.loader = Loader(self)
        self.reload_later()

    def reload(self) -> None:
        """Read the overdue loans now (after this desk's own change)."""
        self._read(desk.overdue_loans(self.ctx.db, self.ctx.actor))

    def reload_later(self) -> None:
        """The same on a worker (first show, another desk's change)."""
        db, actor = self.ctx.db, self.ctx.actor
        self.loader.run(lambda: desk.overdue_loans(db, actor), self._read)

    def _read(self, rows) -> None:
        self.model.set_rows(rows)
        self.summary.setText(self.tr("{n} books overdue.").format(n=len(rows)))
        set_available(self.slips_button, None if rows else self.tr("No book is overdue."))

    def print_slips(self) -> None:
        chosen = {i.row() for i in self.view.selectionModel().selectedRows()}
        rows = [self.model.row_at(r) for r in sorted(chosen)] or [
            self.model.row_at(r) for r in range(self.model.rowCount())
        ]
        try:
            pdf = slips.reminder_slips_pdf(self.ctx.db, self.ctx.actor, [r.loan.id for r in rows])
        except UserError as exc:
            dialogs.show_user_error(self, exc)
            return
        path = docs.write_document(pdf, "library", "reminders")
        docs.preview(self, path, self.tr("Reminder slips"))
        self.reload()


class LibrarySettingsTab(QWidget):
    """The lending rules; only the book room's managers may change them."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("librarySettings")
        self.ctx = ctx
        self.loan_days = _named(QSpinBox(self), "libraryLoanDays", self.tr("Loan period (days)"))
        self.loan_days.setRange(1, 366)
        self.max_loans = _named(QSpinBox(self), "libraryMaxLoans", self.tr("Books per reader card"))
        self.max_loans.setRange(1, 100)
        self.max_renewals = _named(QSpinBox(self), "libraryMaxRenewals", self.tr("Renewals per loan"))
        self.max_renewals.setRange(0, 20)
        self.refuse_overdue = _named(
            QCheckBox(self.tr("No more loans while a book on the card is overdue"), self),
            "libraryRefuseOverdue",
            self.tr("Refuse readers with overdue books"),
        )
        self.fines_on = _named(
            QCheckBox(self.tr("Charge fines for late books"), self), "libraryFinesOn", self.tr("Fines")
        )
        self.fine = _named(QDoubleSpinBox(self), "libraryFinePerDay", self.tr("Fine per day (yuan)"))
        self.fine.setRange(0, 100)
        self.fine.setDecimals(2)
        self.fine.setSingleStep(0.1)
        self.fine.setPrefix("¥")
        self.child_age = _named(QSpinBox(self), "libraryChildAge", self.tr("Own card from age"))
        self.child_age.setRange(0, 18)
        self.save_button = _named(QPushButton(self.tr("Save"), self), "librarySettingsSave", self.tr("Save the rules"))
        self.save_button.clicked.connect(self.save)
        one_click(self.save_button)  # a double click presses once (ui.common.saving)
        self.message = _named(QLabel(self), "librarySettingsMessage", self.tr("Result"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Loan period (days)"), self.loan_days)
        form.addRow(self.tr("Books per reader card"), self.max_loans)
        form.addRow(self.tr("Renewals per loan"), self.max_renewals)
        form.addRow("", self.refuse_overdue)
        form.addRow("", self.fines_on)
        form.addRow(self.tr("Fine per day"), self.fine)
        form.addRow(self.tr("Children borrow on a guardian's card until age"), self.child_age)
        for spin in (self.loan_days, self.max_loans, self.max_renewals, self.fine, self.child_age):
            spin.setMaximumWidth(160)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.message, 1)
        layout.addLayout(row)
        layout.addStretch(1)
        self.fines_on.toggled.connect(self.fine.setEnabled)
        manage = may(ctx.actor, MANAGE_BOOK_ROOM)
        set_available(self.save_button, None if manage else self.tr("Your role may not change the lending rules."))
        self.reload()

    def reload(self) -> None:
        r = rules.get_rules(self.ctx.db)
        self.loan_days.setValue(r.loan_days)
        self.max_loans.setValue(r.max_loans)
        self.max_renewals.setValue(r.max_renewals)
        self.refuse_overdue.setChecked(r.refuse_overdue)
        self.fines_on.setChecked(r.fines_on)
        self.fine.setValue(r.fine_per_day_fen / 100)
        self.fine.setEnabled(r.fines_on)
        self.child_age.setValue(r.child_age)

    def value(self) -> rules.LendingRules:
        return dataclasses.replace(
            rules.DEFAULTS,
            loan_days=self.loan_days.value(),
            max_loans=self.max_loans.value(),
            max_renewals=self.max_renewals.value(),
            refuse_overdue=self.refuse_overdue.isChecked(),
            fines_on=self.fines_on.isChecked(),
            fine_per_day_fen=round(self.fine.value() * 100),
            child_age=self.child_age.value(),
        )

    def save(self) -> None:
        try:
            rules.save_rules(self.ctx.db, self.ctx.actor, self.value())
        except ValidationError as exc:
            self.message.setText("\n".join(exc.errors.values()))
            return
        except UserError as exc:
            self.message.setText(exc.message)
            return
        self.message.setText(self.tr("Saved."))
