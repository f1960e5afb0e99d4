"""Day close (日结): count the drawer by denomination, compare with what the tickets say."""

from __future__ import annotations

import json

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.accounts.permissions import MANAGE_CANTEEN, REOPEN_DAY, may
from app.canteen import reports
from app.canteen.pricing import money
from app.errors import UserError
from ui.common import dialogs
from ui.context import AppContext


class DayCloseDialog(QDialog):
    """The day close of one drawer. A cashier closes their own; an administrator (MANAGE_CANTEEN) picks whose
    drawer — their own is usually empty — and the heading always names it. A drawer already closed today is
    reopened here by whoever may (REOPEN_DAY, an administrator), with the reason (`reports.reopen_day`): a refund
    or a top-up refused after the close says an administrator can reopen the day.

    A closed drawer (whoever opens the dialog, however it was opened) shows its recorded close read-only — the
    counted notes, expected cash, difference and its reason, who closed it and when — and says at once that the
    day is closed. Counted cash over or short of the expected closes only with a reason and a confirmation
    naming the difference (`reports.close_day` refuses it without the reason)."""

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("canteenDayClose")
        self.ctx = ctx
        self.setWindowTitle(self.tr("Close the day"))
        day = clock.today()
        form = QFormLayout()
        self.state = QLabel(self)  # a closed drawer: its recorded close, said at once
        self.state.setObjectName("dayCloseState")
        self.state.setWordWrap(True)
        self.state.setProperty("role", "error")
        self.heading = QLabel(self)
        self.heading.setObjectName("dayCloseHeading")
        self.heading.setProperty("role", "big")
        self.heading.setWordWrap(True)
        self.drawer = QComboBox(self)
        self.drawer.setObjectName("dayCloseDrawer")
        self.drawer.setAccessibleName(self.tr("Whose drawer"))
        drawers = reports.day_drawers(ctx.db, ctx.actor, day) if may(ctx.actor, MANAGE_CANTEEN) else []
        self.closed = {d.cashier_id for d in drawers if d.closed}
        for d in drawers:
            self.drawer.addItem(self._drawer_text(d.name, d.closed, d.tickets), d.cashier_id)
        self.names = {d.cashier_id: d.name for d in drawers}
        self.tickets_of = {d.cashier_id: d.tickets for d in drawers}
        if drawers:
            form.addRow(self.tr("Drawer of"), self.drawer)
            # the administrator's own drawer is usually empty: start on the first open drawer with sales
            own = next((d for d in drawers if d.cashier_id == ctx.actor.user_id), None)
            if own is None or own.tickets == 0:
                first = next((d for d in drawers if d.tickets and not d.closed), None)
                if first is not None:
                    self.drawer.setCurrentIndex(self.drawer.findData(first.cashier_id))
        else:
            self.drawer.hide()
        self.tickets = QLabel(self)
        self.tickets.setObjectName("dayCloseTickets")
        self.self_paid = QLabel(self)
        self.subsidy = QLabel(self)
        self.cash = QLabel(self)
        self.topups = QLabel(self)
        self.topups.setObjectName("dayCloseTopups")
        self.expected = QLabel(self)
        self.expected.setObjectName("dayCloseExpected")
        form.addRow(self.tr("Tickets / meals"), self.tickets)
        form.addRow(self.tr("Self-paid"), self.self_paid)
        form.addRow(self.tr("Government subsidy"), self.subsidy)
        form.addRow(self.tr("Cash sales"), self.cash)
        form.addRow(self.tr("Meal card top-ups in cash (included)"), self.topups)
        form.addRow(self.tr("Expected cash"), self.expected)
        self.counts: dict[int, QSpinBox] = {}
        # The notes and coins in two columns, so the dialog fits a 1366×768 screen with the drawer picker (issue 16).
        pieces = QGridLayout()
        for i, value in enumerate(reports.DENOMINATIONS_FEN):
            box = QSpinBox(self)
            box.setRange(0, 100_000)
            box.setObjectName(f"denomination_{value}")
            box.setAccessibleName(self.tr("Pieces of {v}").format(v=money(value)))
            box.valueChanged.connect(self._update)
            self.counts[value] = box
            row, column = divmod(i, 2)
            label = QLabel(money(value), self)
            label.setBuddy(box)
            pieces.addWidget(label, row, 2 * column)
            pieces.addWidget(box, row, 2 * column + 1)
        form.addRow(self.tr("Notes and coins counted"), pieces)
        self.counted = QLabel(self)
        self.counted.setObjectName("canteenCounted")
        self.counted.setProperty("role", "big")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Close the day"))
        ok.setObjectName("confirmDayClose")
        ok.setAccessibleName(self.tr("Close the day"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel"))
        self.cancel = cancel
        buttons.accepted.connect(self.confirm)
        buttons.rejected.connect(self.reject)
        self.ok = ok
        self.reopen_btn = buttons.addButton(self.tr("Reopen the day…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.reopen_btn.setObjectName("reopenDay")
        self.reopen_btn.setAccessibleName(self.tr("Reopen the day"))
        self.reopen_btn.setVisible(may(ctx.actor, REOPEN_DAY) and bool(drawers))
        self.reopen_btn.clicked.connect(self.reopen)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.state)
        layout.addLayout(form)
        layout.addWidget(self.counted)
        layout.addWidget(buttons)
        self.drawer.currentIndexChanged.connect(lambda _i: self.load())
        self.load()

    def _drawer_text(self, name: str, closed: bool, tickets: int) -> str:
        note = self.tr("closed") if closed else self.tr("{n} tickets").format(n=tickets)
        return self.tr("{name} ({note})").format(name=name, note=note)

    def cashier_id(self) -> int | None:
        """Whose drawer is being closed: the one picked, or the user's own."""
        picked = self.drawer.currentData()
        return picked if picked is not None else self.ctx.actor.user_id

    def load(self) -> None:
        """Show the figures of the chosen drawer."""
        cashier_id = self.cashier_id()
        self.summary = s = reports.day_summary(self.ctx.db, clock.today(), cashier_id)
        name = s.cashier or (self.ctx.actor.display_name if cashier_id == self.ctx.actor.user_id else "")
        self.heading.setText(self.tr("Closes {day}, the drawer of {name}").format(day=s.day.isoformat(), name=name))
        self.tickets.setText(f"{s.tickets} / {s.meals}")
        self.self_paid.setText(money(s.self_paid_fen))
        self.subsidy.setText(money(s.subsidy_fen))
        self.cash.setText(money(s.by_payment.get("cash", 0)))
        if s.card_movements_cash:
            lines = [
                self.tr("{time} card {card}: {amount}").format(time=at, card=card, amount=money(fen))
                for at, card, fen in s.card_movements_cash
            ]
            lines.append(self.tr("Together: {amount}").format(amount=money(s.card_topups_cash_fen)))
            self.topups.setText("\n".join(lines))
        else:
            self.topups.setText(self.tr("None"))
        self.expected.setText(money(s.expected_cash_fen))
        # Closed is what the database says, for a cashier's own drawer too (the picker's list is an administrator's
        # only, and may be older than the close).
        close = s.closed
        closed = close is not None
        if (cashier_id in self.closed) != closed:  # closed or reopened since the picker was filled
            if closed:
                self.closed.add(cashier_id)
            else:
                self.closed.discard(cashier_id)
            index = self.drawer.findData(cashier_id)
            if index >= 0:
                self.drawer.setItemText(
                    index, self._drawer_text(self.names.get(cashier_id, ""), closed, self.tickets_of.get(cashier_id, 0))
                )
        recorded = {int(k): int(v) for k, v in json.loads(close.denominations or "{}").items()} if close else {}
        for value, box in self.counts.items():
            box.blockSignals(True)
            box.setValue(recorded.get(value, 0) if closed else 0)
            box.blockSignals(False)
            box.setReadOnly(closed)  # read-only, not disabled: the recorded count stays readable
        self.reopen_btn.setEnabled(closed)
        self.reopen_btn.setToolTip("" if closed else self.tr("This drawer's day is not closed."))
        self.ok.setEnabled(not closed)
        self.ok.setToolTip(self.tr("This drawer's day is closed already.") if closed else "")
        self.cancel.setText(self.tr("Close") if closed else self.tr("Cancel"))
        self.state.setVisible(closed)
        self.state.setText(self._closed_text(s) if closed else "")
        self._update()
        if self.isVisible():  # the closed state's lines appear or go when another drawer is picked
            self.adjustSize()

    def _closed_text(self, s: reports.DaySummary) -> str:
        """The recorded close in words: who closed it and when, counted, expected, the difference and its reason."""
        close = s.closed
        assert close is not None
        at = clock.to_local(close.closed_at)
        text = self.tr(
            "This day is closed: {at} by {name}. Counted {counted}, expected {expected}: {difference}."
        ).format(
            at=at.strftime("%Y-%m-%d %H:%M") if at else "",
            name=s.closed_by,
            counted=money(close.counted_cash_fen),
            expected=money(close.expected_cash_fen),
            difference=reports.difference_text(close.counted_cash_fen - close.expected_cash_fen),
        )
        if close.difference_reason:
            text += "\n" + self.tr("Reason: {reason}").format(reason=close.difference_reason)
        return text

    def denominations(self) -> dict[int, int]:
        return {v: box.value() for v, box in self.counts.items() if box.value()}

    def _update(self) -> None:
        close = self.summary.closed
        if close is not None:  # the recorded figures, never a recount
            counted, diff = close.counted_cash_fen, close.counted_cash_fen - close.expected_cash_fen
        else:
            counted = sum(v * n for v, n in self.denominations().items())
            diff = counted - self.summary.expected_cash_fen
        self.counted.setText(
            self.tr("Counted {c} · {difference}").format(c=money(counted), difference=reports.difference_text(diff))
        )

    def reopen(self) -> None:
        """Reopen the chosen drawer's closed day, with the reason (refused, with why, when the month is settled)."""
        cashier_id = self.cashier_id()
        name = self.names.get(cashier_id, "")
        reason = dialogs.ask_text(
            self,
            self.tr("Reopen the day"),
            self.tr("Why is the day of {name} reopened? (its close stays on record)").format(name=name),
        )
        if reason is None:
            return
        try:
            reports.reopen_day(self.ctx.db, self.ctx.actor, self.summary.day, cashier_id, reason)
        except UserError as exc:
            dialogs.show_user_error(self, exc)
            return
        self.closed.discard(cashier_id)
        index = self.drawer.findData(cashier_id)
        self.drawer.setItemText(index, self._drawer_text(name, False, self.tickets_of.get(cashier_id, 0)))
        self.load()
        dialogs.inform(self, self.tr("The day of {name} is open again: close it when the drawer is counted.").format(name=name))

    def confirm(self) -> None:
        """Close the drawer's day; over or short, first the reason and a confirmation naming the difference."""
        if self.summary.closed is not None:  # the button is disabled; Enter or a stale click changes nothing
            return
        counts = self.denominations()
        counted = sum(v * n for v, n in counts.items())
        diff = counted - self.summary.expected_cash_fen
        reason = None
        if diff:
            name = self.names.get(self.cashier_id(), "") or self.summary.cashier
            said = reports.difference_text(diff)
            reason = dialogs.ask_text(
                self,
                self.tr("Cash difference"),
                self.tr(
                    "{difference} in the drawer of {name}: counted {counted}, expected {expected}.\n"
                    "Why? (kept with the close and printed on the Z report)"
                ).format(
                    name=name,
                    difference=said,
                    counted=money(counted),
                    expected=money(self.summary.expected_cash_fen),
                ),
            )
            if reason is None:
                return
            if not reason.strip():
                dialogs.warn(self, reports.difference_refusal(diff))
                return
            question = self.tr("Close the day of {name}? {difference} in the drawer.\nReason: {reason}").format(
                name=name, difference=said, reason=reason.strip()
            )
            if not dialogs.confirm(self, question, self.tr("Close the day")):
                return
        try:
            self.summary = reports.close_day(
                self.ctx.db,
                self.ctx.actor,
                self.summary.day,
                counts,
                cashier_id=self.cashier_id(),
                reason=reason,
            )
        except UserError as exc:
            dialogs.show_user_error(self, exc)
            return
        self.accept()
