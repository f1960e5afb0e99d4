"""Subsidy settlement (补贴结算): pick a month or quarter, export the PDF and the Excel file (off the UI thread),
settle and lock it; an administrator may unlock it with a reason."""

from __future__ import annotations

import datetime as dt
import sys

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.accounts.permissions import EXPORT_PERSONAL_DATA, may, refusal_message
from app.actor import ADMIN
from app.canteen import settlement
from app.canteen.pricing import funder_label, money
from app.errors import UserError
from ui.common import dialogs, documents
from ui.common.layout import fit_window, set_available
from ui.common.tasks import run_task
from ui.context import AppContext


class SettlementDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("canteenSettlement")
        self.ctx = ctx
        self.task = None
        self.last_export: settlement.Export | None = None
        self.setWindowTitle(self.tr("Subsidy settlement"))
        today = clock.today()
        # opens on the latest month with tickets (this month if it has any), last month when there are none
        last_month = today.replace(day=1) - dt.timedelta(days=1)
        year, month = settlement.latest_month_with_tickets(ctx.db, today) or (last_month.year, last_month.month)
        self.kind = QComboBox(self)
        self.kind.setObjectName("settlementKind")
        self.kind.setAccessibleName(self.tr("Month or quarter"))
        self.kind.addItem(self.tr("Month"), "month")
        self.kind.addItem(self.tr("Quarter"), "quarter")
        self.year = QSpinBox(self)
        self.year.setObjectName("settlementYear")
        self.year.setAccessibleName(self.tr("Year"))
        self.year.setRange(2000, 2100)
        self.year.setValue(year)
        self.number = QSpinBox(self)
        self.number.setObjectName("settlementNumber")
        self.number.setAccessibleName(self.tr("Month or quarter number"))
        self.number.setRange(1, 12)
        self.number.setValue(month)
        self.with_tickets = QCheckBox(self.tr("Also list every ticket in the Excel file (slower)"), self)
        self.with_tickets.setObjectName("settlementWithTickets")
        self.with_tickets.setAccessibleName(self.tr("List every ticket"))
        self.status = QLabel(self)
        self.status.setObjectName("settlementStatus")
        self.status.setWordWrap(True)
        self.status.setProperty("role", "big")
        self.figures = QLabel(self)
        self.figures.setObjectName("settlementFigures")
        self.figures.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export PDF and Excel"), self)
        self.export_button.setObjectName("settlementExport")
        self.export_button.setAccessibleName(self.tr("Export PDF and Excel"))
        self.export_button.clicked.connect(self.export)
        if not may(ctx.actor, EXPORT_PERSONAL_DATA):  # the documents list diners by name
            self.export_button.setEnabled(False)
            self.export_button.setToolTip(refusal_message(EXPORT_PERSONAL_DATA))
        self.settle_button = QPushButton(self.tr("Settle and lock…"), self)
        self.settle_button.setObjectName("settlementSettle")
        self.settle_button.setAccessibleName(self.tr("Settle and lock the period"))
        self.settle_button.clicked.connect(self.settle)
        self.unlock_button = QPushButton(self.tr("Unlock…"), self)
        self.unlock_button.setObjectName("settlementUnlock")
        self.unlock_button.setAccessibleName(self.tr("Unlock the period"))
        self.unlock_button.clicked.connect(self.unlock)
        admin = ADMIN in ctx.actor.roles
        self.settle_button.setEnabled(admin)
        self.unlock_button.setEnabled(admin)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.year.valueChanged.connect(lambda _v: self.refresh())
        self.number.valueChanged.connect(lambda _v: self.refresh())

        form = QFormLayout()
        form.addRow(self.tr("Period"), self.kind)
        form.addRow(self.tr("Year"), self.year)
        form.addRow(self.tr("Month / quarter"), self.number)
        form.addRow("", self.with_tickets)
        actions = QHBoxLayout()
        for b in (self.export_button, self.settle_button, self.unlock_button):
            actions.addWidget(b)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        close.setObjectName("settlementClose")
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.figures)
        layout.addLayout(actions)
        layout.addWidget(buttons)
        fit_window(self, 560, 360)
        self.refresh()

    def period(self) -> tuple[str, int, int]:
        return self.kind.currentData(), self.year.value(), self.number.value()

    def _kind_changed(self) -> None:
        self.number.setMaximum(4 if self.kind.currentData() == "quarter" else 12)
        self.refresh()

    def refresh(self) -> None:
        """The chosen period's state: settled (with the locked figures) or open, and which cashier days are open."""
        kind, year, number = self.period()
        try:
            starts, ends = settlement.period_bounds(kind, year, number)
        except UserError as exc:
            self.status.setText(exc.message)
            return
        rows = [r for r in settlement.settlements(self.ctx.db) if r.starts == starts and r.ends == ends]
        standing = next((r for r in rows if r.unlocked_at is None), None)
        span = f"{starts.isoformat()} – {ends.isoformat()}"
        if standing is not None:
            self.status.setText(
                self.tr("{span}: settled on {when}, locked.").format(
                    span=span, when=clock.to_local(standing.locked_at).strftime("%Y-%m-%d %H:%M")
                )
            )
        else:
            missing = settlement.open_days(self.ctx.db, starts, ends)
            text = self.tr("{span}: not settled.").format(span=span)
            if missing:
                text += " " + self.tr("{n} cashier days are not closed yet.").format(n=len(missing))
            self.status.setText(text)
        # set_available: after 结算 the settle button disables itself without handing the focus to 解锁 beside it
        admin_only = None if ADMIN in self.ctx.actor.roles else self.tr("Only an administrator settles or unlocks.")
        set_available(self.unlock_button, admin_only or (self.tr("Not settled.") if standing is None else None))
        set_available(self.settle_button, admin_only or (self.tr("Already settled.") if standing else None))

    def _show(self, st: settlement.Settlement) -> None:
        funders = " · ".join(f"{funder_label(k)} {money(v)}" for k, v in sorted(st.by_funder.items()))
        self.figures.setText(
            self.tr("Meals (人次) {m} · diners {d} · subsidy {s} · self-paid {p}").format(
                m=st.meals, d=st.distinct_diners, s=money(st.subsidy_fen), p=money(st.self_paid_fen)
            )
            + ("\n" + funders if funders else "")
        )

    def export(self) -> None:
        kind, year, number = self.period()
        db, actor, with_tickets = self.ctx.db, self.ctx.actor, self.with_tickets.isChecked()
        self.export_button.setEnabled(False)

        def work(progress):
            return settlement.export(db, actor, kind, year, number, with_tickets=with_tickets, progress=progress)

        def done(result: settlement.Export) -> None:
            self.export_button.setEnabled(True)
            self.last_export = result
            name = f"settlement-{result.settlement.starts:%Y-%m}-{kind}"
            pdf = documents.write_document(result.pdf, "canteen", name)
            xlsx = pdf.with_suffix(".xlsx")
            xlsx.write_bytes(result.xlsx)
            self._show(result.settlement)
            self.figures.setText(self.figures.text() + "\n" + self.tr("Excel file: {path}").format(path=str(xlsx)))
            documents.preview(self, pdf)

        def failed(exc: BaseException) -> None:
            self.export_button.setEnabled(True)
            if isinstance(exc, UserError):
                dialogs.show_user_error(self, exc)
            else:
                sys.excepthook(type(exc), exc, exc.__traceback__)

        self.task = run_task(self, work, on_done=done, on_error=failed, label=self.tr("Preparing the settlement…"))

    def settle(self) -> None:
        kind, year, number = self.period()
        if not dialogs.confirm(
            self,
            self.tr("Settle and lock this period? No sale, void or day reopening will be possible in it."),
        ):
            return
        try:
            st = settlement.settle(self.ctx.db, self.ctx.actor, kind, year, number)
        except UserError as exc:
            dialogs.show_user_error(self, exc)
            return
        self._show(st)
        self.refresh()

    def unlock(self) -> None:
        kind, year, number = self.period()
        starts, _ends = settlement.period_bounds(kind, year, number)
        reason = dialogs.ask_text(self, self.tr("Unlock period"), self.tr("Why is the settled period unlocked?"))
        if reason is None:
            return
        try:
            settlement.unlock(self.ctx.db, self.ctx.actor, starts, reason)
        except UserError as exc:
            dialogs.show_user_error(self, exc)
            return
        self.refresh()
