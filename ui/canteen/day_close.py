"""Day close (日结): count the drawer by denomination, compare with what the tickets say."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from app import clock
from app.canteen import reports
from app.canteen.pricing import money
from app.errors import UserError
from ui.common import dialogs
from ui.context import AppContext


class DayCloseDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("canteenDayClose")
        self.ctx = ctx
        self.setWindowTitle(self.tr("Close the day"))
        self.summary = reports.day_summary(ctx.db, clock.today(), ctx.actor.user_id)
        form = QFormLayout()
        s = self.summary
        self.heading = QLabel(
            self.tr("Closes {day}, the drawer of {name}").format(
                day=s.day.isoformat(), name=s.cashier or ctx.actor.display_name
            ),
            self,
        )
        self.heading.setObjectName("dayCloseHeading")
        self.heading.setProperty("role", "big")
        self.heading.setWordWrap(True)
        form.addRow(self.tr("Tickets / meals"), QLabel(f"{s.tickets} / {s.meals}"))
        form.addRow(self.tr("Self-paid"), QLabel(money(s.self_paid_fen)))
        form.addRow(self.tr("Government subsidy"), QLabel(money(s.subsidy_fen)))
        form.addRow(self.tr("Cash sales"), QLabel(money(s.by_payment.get("cash", 0))))
        if s.card_movements_cash:
            lines = [
                self.tr("{time} card {card}: {amount}").format(time=at, card=card, amount=money(fen))
                for at, card, fen in s.card_movements_cash
            ]
            lines.append(self.tr("Together: {amount}").format(amount=money(s.card_topups_cash_fen)))
            topups = QLabel("\n".join(lines), self)
        else:
            topups = QLabel(self.tr("None"), self)
        topups.setObjectName("dayCloseTopups")
        form.addRow(self.tr("Meal card top-ups in cash (included)"), topups)
        form.addRow(self.tr("Expected cash"), QLabel(money(s.expected_cash_fen)))
        self.counts: dict[int, QSpinBox] = {}
        for value in reports.DENOMINATIONS_FEN:
            box = QSpinBox(self)
            box.setRange(0, 100_000)
            box.setObjectName(f"denomination_{value}")
            box.setAccessibleName(self.tr("Pieces of {v}").format(v=money(value)))
            box.valueChanged.connect(self._update)
            self.counts[value] = box
            form.addRow(money(value), box)
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
        buttons.accepted.connect(self.confirm)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.counted)
        layout.addWidget(buttons)
        self._update()

    def denominations(self) -> dict[int, int]:
        return {v: box.value() for v, box in self.counts.items() if box.value()}

    def _update(self) -> None:
        counted = sum(v * n for v, n in self.denominations().items())
        diff = counted - self.summary.expected_cash_fen
        self.counted.setText(
            self.tr("Counted {c} · {difference}").format(c=money(counted), difference=reports.difference_text(diff))
        )

    def confirm(self) -> None:
        try:
            reports.close_day(self.ctx.db, self.ctx.actor, self.summary.day, self.denominations())
        except UserError as exc:
            dialogs.show_user_error(self, exc)
            return
        self.accept()
