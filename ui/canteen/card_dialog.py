"""A diner's meal card: open one, top up, refund; the balance is the sum of the append-only ledger."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.canteen import service
from app.canteen.pricing import money
from app.errors import UserError
from ui.common import dialogs
from ui.common.saving import one_click, saves_once
from ui.context import AppContext


class MealCardDialog(QDialog):
    def __init__(self, ctx: AppContext, resident_id: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("mealCardDialog")
        self.ctx = ctx
        self.resident_id = resident_id
        self.setWindowTitle(self.tr("Meal card"))
        self.info = QLabel(self)
        self.info.setObjectName("mealCardInfo")
        self.info.setProperty("role", "big")
        self.card_no = QLineEdit(self)
        self.card_no.setObjectName("mealCardNumber")
        self.card_no.setAccessibleName(self.tr("Card number"))
        self.open_button = QPushButton(self.tr("Issue card"), self)
        self.open_button.setObjectName("mealCardOpen")
        self.open_button.setAccessibleName(self.tr("Issue card"))
        self.open_button.clicked.connect(self.open_card)
        self.amount = QLineEdit(self)
        self.amount.setObjectName("mealCardAmount")
        self.amount.setAccessibleName(self.tr("Amount (¥)"))
        self.topup_button = QPushButton(self.tr("Top up"), self)
        self.topup_button.setObjectName("mealCardTopUp")
        self.topup_button.setAccessibleName(self.tr("Top up"))
        self.topup_button.clicked.connect(lambda: self.move("topup"))
        self.refund_button = QPushButton(self.tr("Refund"), self)
        self.refund_button.setObjectName("mealCardRefund")
        self.refund_button.setAccessibleName(self.tr("Refund"))
        self.refund_button.clicked.connect(lambda: self.move("refund"))
        # a double click moves money once (ui.common.saving)
        one_click(self.open_button, self.topup_button, self.refund_button)
        form = QFormLayout()
        row = QHBoxLayout()
        row.addWidget(self.card_no)
        row.addWidget(self.open_button)
        form.addRow(self.tr("Card number"), row)
        row2 = QHBoxLayout()
        row2.addWidget(self.amount)
        row2.addWidget(self.topup_button)
        row2.addWidget(self.refund_button)
        form.addRow(self.tr("Amount (¥)"), row2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        info = service.diner_info(self.ctx.db, self.resident_id)
        has_card = info.card_no is not None
        self.card_no.setText(info.card_no or "")
        self.card_no.setReadOnly(has_card)
        self.open_button.setEnabled(not has_card)
        self.topup_button.setEnabled(has_card)
        self.refund_button.setEnabled(has_card)
        balance = money(info.balance_fen) if has_card else self.tr("no card")
        self.info.setText(self.tr("{name}: balance {b}").format(name=info.name, b=balance))

    @saves_once
    def open_card(self) -> None:
        try:
            service.open_card(self.ctx.db, self.ctx.actor, self.resident_id, self.card_no.text())
        except UserError as exc:
            dialogs.show_user_error(self, exc)
        self.refresh()

    @saves_once
    def move(self, kind: str) -> None:
        from ui.canteen.page import parse_yuan

        try:
            fen = parse_yuan(self.amount.text(), service.MAX_CARD_MOVEMENT_FEN)
        except UserError as exc:  # a number, only too large: the limit is said
            dialogs.warn(self, exc.message)
            return
        if fen is None:
            from app.typed import too_many_decimals

            dialogs.warn(
                self, too_many_decimals(self.amount.text()) or self.tr("Enter the amount in yuan, e.g. 50 or 12.50.")
            )
            return
        try:
            service.card_movement(self.ctx.db, self.ctx.actor, self.resident_id, fen, kind)
        except UserError as exc:
            dialogs.show_user_error(self, exc)
            return
        self.amount.clear()
        self.refresh()
