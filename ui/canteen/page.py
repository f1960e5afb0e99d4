"""The canteen counter: selling meal tickets at lunch rush, keyboard first.

Keys: type pinyin / phone / ID digits or scan an ID or meal card, Enter picks the diner; Enter again sells.
1–9 (with a diner picked and the box empty) set the quantity; Alt+1–3 pick the meal (F1 is help); F4 a walk-in guest;
F5 cash, F6 WeChat Pay, F7 Alipay, F8 meal card; F9 cash tendered; F10 bought on the diner's behalf;
F11 a supervisor approves a subsidised meal outside the serving hours (asked by itself when the sale needs it);
Esc starts over. The cursor always comes back to the find/scan box.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.accounts import privacy
from app.accounts.permissions import LATE_SALE, roles_with
from app.actor import ADMIN
from app.canteen import bookings, outcome, reports, service
from app.canteen.pricing import funder_label, money
from app.canteen.service import LateSaleNeedsApproval, RepeatMealNeedsConfirmation, SaleRequest
from app.documents.common import yuan
from app.errors import UserError
from app.residents import service as residents
from app.residents.search_keys import looks_like_id_number
from app.typed import AmountTooLarge, parse_yuan, too_many_decimals, yuan_limit
from ui.accounts import approval
from ui.canteen.models import TicketsModel
from ui.common import dialogs, documents, tasks
from ui.common import export as list_export
from ui.common.delegate import RoleColourDelegate
from ui.common.layout import keep_space, order_columns, set_available, size_columns_when_filled
from ui.common.lazy import LazyTabs
from ui.common.live import keep_view
from ui.common.saving import one_click
from ui.common.scan_echo import ScanEcho
from ui.common.steps import Steps
from ui.context import AppContext
from ui.keys import describe, key_text

# parse_yuan (app.typed) is the one parser of typed money: ui.canteen.card_dialog and settings_dialog use it from here
# A digit typed within this many seconds of a quantity key (1–9 with a diner chosen and the box empty) means a number
# is being typed or scanned into the box (the next diner's phone or ID number), not a second quantity: a scanner sends
# its digits milliseconds apart, a cashier types a phone number's digits well under a second apart.
NUMBER_TYPED_S = 0.8
PAYMENT_KEYS = {Qt.Key.Key_F5: "cash", Qt.Key.Key_F6: "wechat", Qt.Key.Key_F7: "alipay", Qt.Key.Key_F8: "card"}
SLOT_KEYS = ("Alt+1", "Alt+2", "Alt+3")  # F1 is help everywhere (ui/help.py)


class SaleScreen(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("canteenSale")
        self.ctx = ctx
        self.diner_id: int | None = None
        self.guest = False
        self._quantity_key: tuple[float, int, str] | None = None  # (when, the quantity before, the digit typed)
        self.quantity = 1
        self.payment = "cash"
        self.buyer = ""
        self.quote = None
        self.late_approver = None  # a supervisor who approved a subsidised meal outside the serving hours
        self.repeat_ok = False  # the cashier confirmed a second meal of the day at full price
        self.slots: list[service.Slot] = []
        self.slot_code = ""
        # Made in steps (ui/common/steps.py): the find/scan box and the diner's card are painted first and take
        # keys at once; the sale form (meals, payment, quantity, buttons), then today's tickets, one per turn of
        # the event loop after. Whatever needs a later widget before it is made calls `_ready()` first, so a key
        # the cashier types meanwhile is never lost: typed into the box, or acted on once the form is there.
        self.echo = ScanEcho()  # a scanner's second Enter (CR+LF) after a code: not the cashier's Enter that sells
        self.steps = Steps(self)
        self._build()
        self.steps.then(self._build_form)
        self.steps.then(self._build_tickets)

    def _ready(self) -> None:
        """Make the later steps now (a key or a click that needs the sale form or the tickets before they were
        made); nothing once they are."""
        if not self.steps.finished:
            self.steps.finish()

    # --- building ----------------------------------------------------------------------------------
    def _build(self) -> None:
        # Built top-down: every widget is made inside the pane it lives in (the splitter's left and right), not
        # made on the screen and moved there, which styled each again under the application's stylesheet.
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget(splitter, objectName="canteenSaleLeft")  # the diner, the price, the keys
        right = QWidget(splitter, objectName="canteenSaleRight")  # today's tickets
        card = QFrame(left)
        self.scan = QLineEdit(left)
        self.scan.setObjectName("canteenScan")
        self.scan.setAccessibleName(self.tr("Find or scan diner"))
        self.scan.setPlaceholderText(self.tr("Pinyin, phone or ID digits; scan an ID or meal card; Enter"))
        self.scan.setProperty("role", "search")
        self.scan.installEventFilter(self)
        self.scan.returnPressed.connect(self.on_enter)
        self.setFocusProxy(self.scan)  # the first field (ui/common/lazy.py first_field)
        self.matches = QListWidget(left)
        self.matches.setObjectName("canteenMatches")
        self.matches.setAccessibleName(self.tr("Matching diners"))
        self.matches.setMaximumHeight(150)
        self.matches.hide()
        self.matches.itemActivated.connect(lambda item: self.pick(item.data(Qt.ItemDataRole.UserRole)))

        self.name = QLabel(card)
        self.name.setObjectName("canteenDinerName")
        self.name.setProperty("role", "huge")
        self.detail = QLabel(card)
        self.detail.setObjectName("canteenDinerDetail")
        self.detail.setProperty("role", "big")
        self.split = QLabel(card)
        self.split.setObjectName("canteenPriceSplit")
        self.split.setProperty("role", "big")
        self.split.setWordWrap(True)
        self.reason = QLabel(card)
        self.reason.setObjectName("canteenReason")
        self.reason.setWordWrap(True)
        # The change due after a cash sale, large, where the cashier is looking, until the next sale starts (the
        # line below the form also says it, among the rest, where a glance at the counter misses it).
        self.change_due = QLabel(card)
        self.change_due.setObjectName("canteenChangeDue")
        self.change_due.setProperty("role", "huge")
        self.change_due.setAccessibleName(self.tr("Change due"))
        self.change_due.hide()
        self.message = QLabel(left)
        self.message.setObjectName("canteenMessage")
        self.message.setWordWrap(True)
        # A sale whose connection dropped while saving, until the server says whether it was saved.
        self.pending = QLabel(left)
        self.pending.setObjectName("canteenPendingSale")
        self.pending.setProperty("role", "error")
        self.pending.setWordWrap(True)
        self.pending.hide()
        self._pending_attempt: outcome.SaleAttempt | None = None
        self._pending_timer = QTimer(self)
        self._pending_timer.setInterval(3000)
        self._pending_timer.timeout.connect(self.check_pending_sale)
        card.setObjectName("canteenDinerCard")
        card.setProperty("role", "card")
        cv = QVBoxLayout(card)
        for w in (self.change_due, self.name, self.detail, self.split, self.reason):
            w.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # never widens the pane
            cv.addWidget(w)
        cv.addStretch(1)
        self.card = card
        # The card has room for a diner's name, details, price split (with the change) and the
        # reason before anyone is chosen, so the controls below stay where they are (issue 16).
        lines = ((self.name, 1), (self.detail, 1), (self.split, 3), (self.reason, 2))
        room = 0
        for w, n in lines:
            w.ensurePolished()
            room += w.fontMetrics().lineSpacing() * n + cv.spacing()
        margins = cv.contentsMargins()
        card.setMinimumHeight(room + margins.top() + margins.bottom())
        self.name.setText(self.tr("No diner"))  # as refresh() says it, from the first paint on
        self.detail.setText(self.tr("Find or scan a diner, or F4 for a walk-in guest"))

        lv = QVBoxLayout(left)
        lv.addWidget(self.scan)
        lv.addWidget(card)
        # The matching diners are drawn over the card, not in the layout: showing and hiding them moves nothing.
        self.matches.installEventFilter(self)
        # the sale form goes here (_build_form), above the messages; the stretch below keeps everything above put
        lv.addWidget(self.message)
        lv.addWidget(self.pending)
        lv.addStretch(1)
        self._left, self._right, self._lv = left, right, lv
        splitter.addWidget(left)
        splitter.addWidget(right)
        # Half and half: today's tickets show who, subsidy, paid and status without scrolling at 1366 (issue 16).
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([1000, 1000])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        # The keys work from the first paint on: each makes the later steps first if they are not made yet.
        for seq, fn, what in (
            ("F4", self.pick_guest, self.tr("Walk-in guest (full price)")),
            ("F9", self.focus_tendered, self.tr("Cash tendered")),
            ("F10", self.ask_buyer, self.tr("Bought on the diner's behalf")),
            ("F11", self.approve_late, self.tr("Supervisor approves a late subsidised meal")),
            ("Esc", self.reset, self.tr("Start over")),
        ):
            sc = describe(QShortcut(QKeySequence(seq), self), what)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(fn)
        self._slot_shortcuts = []
        for i, key in enumerate(SLOT_KEYS):  # described (or dropped) once the meals are read (_build_form)
            sc = QShortcut(QKeySequence(key), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(lambda idx=i: self._pick_slot(idx))
            self._slot_shortcuts.append(sc)
        for key, code in PAYMENT_KEYS.items():
            sc = describe(QShortcut(QKeySequence(key), self), service.payment_label(code))
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(lambda c=code: self._check_payment(c))

    def _build_form(self) -> None:
        """The later step of the left pane: the meals, the payment, the quantity, cash tendered and the buttons."""
        left = self._left
        self.slots = service.slots(self.ctx.db)
        now_slot = service.current_slot(self.ctx.db)
        self.slot_code = now_slot.code if now_slot else (self.slots[0].code if self.slots else "")
        for i, sc in enumerate(self._slot_shortcuts):
            if i < len(self.slots):
                describe(sc, self.slots[i].name)
            else:
                sc.setKey(QKeySequence())  # no such meal: no key
        self.slot_group = QButtonGroup(self)
        slot_row = QHBoxLayout()
        for i, slot in enumerate(self.slots[:3]):
            b = QRadioButton(f"{key_text(SLOT_KEYS[i])} {slot.name} {money(slot.price_fen)}", left)
            b.setObjectName(f"slot_{slot.code}")
            b.setAccessibleName(slot.name)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            if slot.code == self.slot_code:
                b.setChecked(True)
            b.toggled.connect(lambda on, code=slot.code: on and self.set_slot(code))
            self.slot_group.addButton(b)
            slot_row.addWidget(b)
        self.pay_group = QButtonGroup(self)
        pay_row = QHBoxLayout()
        for key, code in PAYMENT_KEYS.items():
            label = f"F{key - Qt.Key.Key_F1 + 1} {service.payment_label(code)}"
            b = QRadioButton(label, left)
            b.setObjectName(f"pay_{code}")
            b.setAccessibleName(service.payment_label(code))
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            if code == "cash":
                b.setChecked(True)
            b.toggled.connect(lambda on, c=code: on and self.set_payment(c))
            self.pay_group.addButton(b)
            pay_row.addWidget(b)
        self.tendered = QLineEdit(left)
        self.tendered.setObjectName("canteenTendered")
        self.tendered.setAccessibleName(self.tr("Cash tendered"))
        self.tendered.setPlaceholderText(self.tr("F9 cash tendered (¥)"))
        self.tendered.returnPressed.connect(self.sell)
        self.tendered.textChanged.connect(lambda _t: self.refresh())
        self.tendered.installEventFilter(self)
        self.quantity_label = QLabel(left)
        self.quantity_label.setObjectName("canteenQuantity")
        self.quantity_label.setProperty("role", "big")
        self.quantity_label.setToolTip(
            self.tr("With a diner chosen and the find box empty: type 1–9 for the quantity, + or − to change it.")
        )
        self.quantity_label.ensurePolished()
        self.quantity_label.setMinimumWidth(
            self.quantity_label.fontMetrics().horizontalAdvance(self.tr("Quantity: {n}  (keys 1–9, + −)").format(n=99))
            + 8
        )

        self.guest_button = QPushButton(self.tr("F4 Walk-in guest"), left)
        self.guest_button.setObjectName("canteenGuest")
        self.guest_button.setAccessibleName(self.tr("Walk-in guest"))
        self.guest_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.guest_button.clicked.connect(self.pick_guest)
        self.sell_button = QPushButton(self.tr("Sell (Enter)"), left)
        self.sell_button.setObjectName("canteenSell")
        self.sell_button.setAccessibleName(self.tr("Sell"))
        self.sell_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.sell_button.clicked.connect(self.sell)
        one_click(self.sell_button)  # a double click presses once (ui.common.saving)
        self.late_button = QPushButton(self.tr("F11 Approve late subsidy…"), left)
        self.late_button.setObjectName("canteenLateApproval")
        self.late_button.setAccessibleName(self.tr("Approve a subsidised meal outside serving hours"))
        self.late_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.late_button.clicked.connect(self.approve_late)
        keep_space(self.late_button)  # when it appears, the other buttons stay where they are
        self.late_button.hide()
        self.card_button = QPushButton(self.tr("Meal card…"), left)
        self.card_button.setObjectName("canteenCardButton")
        self.card_button.setAccessibleName(self.tr("Meal card"))
        self.card_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.card_button.clicked.connect(self.manage_card)

        grid = QGridLayout()
        grid.addLayout(slot_row, 0, 0, 1, 2)
        grid.addLayout(pay_row, 1, 0, 1, 2)
        grid.addWidget(self.quantity_label, 2, 0)
        grid.addWidget(self.tendered, 2, 1)
        self._lv.insertLayout(2, grid)
        buttons = QHBoxLayout()
        for b in (self.guest_button, self.card_button, self.late_button, self.sell_button):
            buttons.addWidget(b)
        self._lv.insertLayout(3, buttons)
        self._refresh()

    def _build_tickets(self) -> None:
        """The later step of the right pane: today's tickets, their buttons and the serving window's switch."""
        right = self._right
        self.model = TicketsModel(self.ctx.db, clock.today(), self)
        self.table = QTableView(right)
        self.table.setObjectName("canteenTickets")
        self.table.setAccessibleName(self.tr("Today's tickets"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        # What the cashier checks first stays in view at 1366 wide: who, the subsidy, what was paid, void or served
        # (issue 16), and the ticket's number, which a void or a reprint is asked for by (issue 17; it sorts as the
        # time does, which comes after); columns sized from the header and the first rows, never every ticket.
        m = TicketsModel
        order_columns(self.table, (m.NUMBER, m.DINER, m.SUBSIDY, m.SELF_PAID, m.STATUS, m.TIME, m.PAYMENT, m.QUANTITY))
        size_columns_when_filled(self.table)
        self.table.setItemDelegate(RoleColourDelegate(self.table))  # a voided ticket red and struck through
        list_export.install(
            self.table,
            "tickets",
            ctx=self.ctx,
            filter_text=lambda: self.model.day.isoformat() if self.model.day else "",
            scope=self.table,
        )
        self.void_button = QPushButton(self.tr("Void…"), right)
        self.void_button.setObjectName("canteenVoid")
        self.void_button.setAccessibleName(self.tr("Void ticket"))
        self.void_button.clicked.connect(self.void_selected)
        self.reprint_button = QPushButton(self.tr("Reprint"), right)
        self.reprint_button.setObjectName("canteenReprint")
        self.reprint_button.setAccessibleName(self.tr("Reprint ticket"))
        self.reprint_button.clicked.connect(self.reprint_selected)
        self.x_button = QPushButton(self.tr("X report"), right)
        self.x_button.setObjectName("canteenXReport")
        self.x_button.setAccessibleName(self.tr("Mid-shift report"))
        self.x_button.clicked.connect(lambda: self.day_report(final=False))
        self.close_button = QPushButton(self.tr("Close day…"), right)
        self.close_button.setObjectName("canteenCloseDay")
        self.close_button.setAccessibleName(self.tr("Close the day"))
        self.close_button.clicked.connect(self.close_day)
        self.serve_mode = QCheckBox(self.tr("Serving window: scan tickets to serve"), right)
        self.serve_mode.setObjectName("canteenServeMode")
        self.serve_mode.setAccessibleName(self.tr("Serving window mode"))
        self.serve_mode.toggled.connect(self._serve_mode_changed)

        rv = QVBoxLayout(right)
        rv.addWidget(self.serve_mode)
        rv.addWidget(self.table, 1)
        rb = QHBoxLayout()
        for b in (self.void_button, self.reprint_button, self.x_button, self.close_button):
            rb.addWidget(b)
        rv.addLayout(rb)
        self.model.reload()
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._ticket_actions())
        self.model.modelReset.connect(self._ticket_actions)
        self._ticket_actions()
        # Another till sells, a serving window serves, a supervisor voids: the list follows (ui/common/live.py).
        self.live_watch = self.ctx.live.watch(self.table, ("canteen.tickets",), self.refresh_tickets)

    def _ticket_actions(self) -> None:
        """Void and Reprint act on the chosen ticket: disabled, saying so, until one is chosen; Void also on a
        ticket that is void already or served."""
        reason = None if self.table.currentIndex().isValid() else self.tr("Choose a ticket in the list first.")
        for b in (self.void_button, self.reprint_button):
            set_available(b, reason)
        row = self._selected_ticket()
        if row is not None and row.status == "void":
            set_available(self.void_button, self.tr("This ticket is void already."))
        elif row is not None and row.served:
            set_available(self.void_button, self.tr("This meal has been served: it cannot be voided."))

    def refresh_tickets(self) -> None:
        """Reload today's tickets, keeping the selected ticket and the scroll position."""
        self._ready()
        keep_view(self.table, self.model.reload, key=lambda row: row.id)

    # --- keyboard ----------------------------------------------------------------------------------
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if obj is self.matches and event.type() == QEvent.Type.Show:
            self.matches.setMaximumHeight(self.card.height())
            self.matches.setGeometry(self.card.geometry())
            self.matches.raise_()
        if event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if obj is self.scan and key not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.echo.interrupted()  # a quantity key after the scan: the cashier's next Enter sells
            if obj is self.scan and (self.diner_id is not None or self.guest) and not self.scan.text():
                digit = Qt.Key.Key_0 <= key <= Qt.Key.Key_9
                last = self._quantity_key
                self._quantity_key = None
                if digit and last is not None and clock.monotonic() - last[0] <= NUMBER_TYPED_S:
                    # a second digit straight after a quantity key: the next diner's phone or ID number being
                    # typed or scanned, not a quantity: the quantity goes back and both digits go into the box
                    self.set_quantity(last[1])
                    self.scan.setText(last[2] + event.text())
                    return True
                if Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
                    self._quantity_key = (clock.monotonic(), self.quantity, event.text())
                    self.set_quantity(key - Qt.Key.Key_0)
                    return True
                if key in (Qt.Key.Key_Plus, Qt.Key.Key_Minus):
                    self.set_quantity(self.quantity + (1 if key == Qt.Key.Key_Plus else -1))
                    return True
            elif obj is self.scan:
                self._quantity_key = None
            if (  # the matches are shown only by Enter, which made the form (self.tendered) first
                key in (Qt.Key.Key_Up, Qt.Key.Key_Down)
                and self.matches.isVisible()
                and obj in (self.scan, self.tendered)
            ):
                row = self.matches.currentRow() + (1 if key == Qt.Key.Key_Down else -1)
                self.matches.setCurrentRow(max(0, min(self.matches.count() - 1, row)))
                return True
        return super().eventFilter(obj, event)

    def focus_scan(self) -> None:
        self.scan.setFocus()

    def focus_tendered(self) -> None:
        self._ready()
        self._check_payment("cash")
        self.tendered.setFocus()
        self.tendered.selectAll()

    def _pick_slot(self, index: int) -> None:
        """Alt+1–3: the meal of that button (the form made first if the key came before it)."""
        self._ready()
        buttons = self.slot_group.buttons()
        if index < len(buttons):
            buttons[index].setChecked(True)

    def _check_payment(self, code: str) -> None:
        self._ready()
        for b in self.pay_group.buttons():
            if b.objectName() == f"pay_{code}":
                b.setChecked(True)

    # --- state -------------------------------------------------------------------------------------
    def set_slot(self, code: str) -> None:
        self.slot_code = code
        self.refresh()
        self.focus_scan()

    def set_payment(self, code: str) -> None:
        self.payment = code
        if code != "cash":
            self.tendered.clear()
        self.refresh()

    def set_quantity(self, n: int) -> None:
        self.quantity = max(1, min(service.MAX_QUANTITY, n))
        self.refresh()

    def reset(self) -> None:
        self._ready()
        self.change_due.hide()
        self.diner_id = None
        self.guest = False
        self.quantity = 1
        self.buyer = ""
        self.scan.clear()
        self.tendered.clear()
        self.late_approver = None
        self.repeat_ok = False
        self.matches.hide()
        self._check_payment("cash")
        self.refresh()
        self.focus_scan()

    def pick(self, resident_id: int) -> None:
        self._ready()
        self.change_due.hide()  # the next sale has started
        self.diner_id = resident_id
        self.guest = False
        # a diner who booked buys what they booked unless the cashier changes it
        self.quantity = max(1, bookings.booked_quantity(self.ctx.db, resident_id, clock.today(), self.slot_code))
        self.buyer = ""
        self.late_approver = None
        self.repeat_ok = False
        self.scan.clear()
        self.matches.hide()
        self.message.clear()
        self.refresh()
        self.focus_scan()

    def pick_guest(self) -> None:
        self._ready()
        self.change_due.hide()  # the next sale has started
        self.diner_id = None
        self.guest = True
        self.quantity = 1
        self.buyer = ""
        self.late_approver = None
        self.scan.clear()
        self.matches.hide()
        self.message.clear()
        self._check_payment("cash")
        self.refresh()
        self.focus_scan()

    def ask_buyer(self) -> None:
        self._ready()
        if self.diner_id is None:
            return
        name = dialogs.ask_text(self, self.tr("Bought on behalf"), self.tr("Who is buying for this diner?"))
        if name is not None:
            self.buyer = name.strip()[:50]
            self.refresh()
        self.focus_scan()

    def refresh(self) -> None:
        """Show the diner, the price split and whether the sale may go ahead (the form made first if need be)."""
        self._ready()
        self._refresh()

    def _refresh(self) -> None:
        self.quantity_label.setText(
            self.tr("Quantity: {n}  (keys 1–9, + −)").format(n=self.quantity)
            if self.diner_id is not None or self.guest
            else self.tr("Quantity: {n}").format(n=self.quantity)
        )
        self.quote = None
        if self.diner_id is None and not self.guest:
            self.name.setText(self.tr("No diner"))
            self.detail.setText(self.tr("Find or scan a diner, or F4 for a walk-in guest"))
            self.split.clear()
            self.reason.clear()
            set_available(self.sell_button, self.tr("Find or scan a diner first, or F4 for a walk-in guest."))
            return
        try:
            self.quote = service.quote_for(
                self.ctx.db,
                self.diner_id,
                self.slot_code,
                self.quantity,
                late_approved=self.late_approver is not None,
            )
            late = self.late_approver is None and service.needs_late_approval(
                self.ctx.db, self.slot_code, self.quote.subsidy_fen + self.quote.withheld_fen
            )
        except UserError as exc:
            self.split.setText(exc.message)
            set_available(self.sell_button, exc.message)
            self.late_button.hide()
            return
        self.late_button.setVisible(late)
        if self.guest:
            self.name.setText(self.tr("Walk-in guest"))
            self.detail.setText(self.tr("Full price"))
        else:
            info = service.diner_info(self.ctx.db, self.diner_id)
            self.name.setText(info.name)
            age = "" if info.age is None else self.tr("{n} years").format(n=info.age)
            card = "" if info.balance_fen is None else self.tr("card {b}").format(b=money(info.balance_fen))
            booked = bookings.booked_quantity(self.ctx.db, self.diner_id, clock.today(), self.slot_code)
            booked_text = self.tr("booked ×{n}").format(n=booked) if booked else ""
            self.detail.setText(" · ".join(x for x in (age, self.quote.tier, card, booked_text) if x))
            if info.archived:
                self.split.setText(self.tr("This diner's record is archived: no sale until it is restored."))
                self.reason.clear()
                set_available(self.sell_button, self.split.text())
                return
        q = self.quote
        parts = [self.tr("Price {p}").format(p=money(q.total_fen))]
        parts += [f"{funder_label(f)} {money(a)}" for f, a in q.subsidy.items()]
        text = (
            " | ".join(parts)
            + "\n"
            + self.tr("Government subsidy {x} | Self-paid {y}").format(x=money(q.subsidy_fen), y=money(q.self_paid_fen))
        )
        try:
            tendered = parse_yuan(self.tendered.text(), service.MAX_TENDER_FEN)
        except AmountTooLarge:
            tendered = None  # said when the sale is asked for
        if self.payment == "cash" and tendered is not None:
            change = tendered - q.self_paid_fen
            text += "\n" + (
                self.tr("Change {c}").format(c=money(change))
                if change >= 0
                else self.tr("Tendered is {s} short").format(s=money(-change))
            )
        if self.buyer:
            text += "\n" + self.tr("Bought by {name}").format(name=self.buyer)
        self.split.setText(text)
        reason = q.reason
        if late and not q.withheld_fen:
            reason += "\n" + self.tr("Outside serving hours: selling needs a supervisor's approval (F11).")
        elif self.late_approver is not None and q.subsidy:
            reason += "\n" + self.tr("Late subsidy approved by {name}").format(name=self.late_approver.display_name)
        self.reason.setText(reason)
        set_available(self.sell_button, None)

    # --- actions -----------------------------------------------------------------------------------
    def on_enter(self) -> None:
        text = self.scan.text().strip()
        if self.echo.is_echo(text):  # the scanner's own second Enter (ui/common/scan_echo.py): the answer stays
            return
        self._ready()  # Enter typed before the form and the tickets were made: they are made first
        if self.serve_mode.isChecked():
            self.serve(text)
            return
        if not text:
            if self.matches.isVisible() and self.matches.currentItem() is not None:
                self.pick(self.matches.currentItem().data(Qt.ItemDataRole.UserRole))
            elif self.diner_id is not None or self.guest:
                self.sell()
            return
        if (
            self.matches.isVisible()
            and self.matches.currentItem() is not None
            and self.matches.property("query") == text
        ):
            self.pick(self.matches.currentItem().data(Qt.ItemDataRole.UserRole))
            return
        card_owner = service.find_card(self.ctx.db, text)
        if card_owner is not None:
            self.pick(card_owner)
            return
        if looks_like_id_number(text):
            row = residents.find_by_id_number(self.ctx.db, text)
            if row is not None:
                self.pick(row.id)
                return
        rows = residents.search_residents(self.ctx.db, text, limit=8)
        if len(rows) == 1:
            self.pick(rows[0].id)
        elif not rows:
            self.message.setText(self.tr("No diner matches “{q}”.").format(q=text))
        else:
            self.matches.clear()
            for r in rows:
                age = r.age()
                self.matches.addItem(
                    f"{r.name}  {'' if age is None else age}  {r.masked_id}  {privacy.shown_phone(self.ctx.actor, r.phone)}"
                )
                self.matches.item(self.matches.count() - 1).setData(Qt.ItemDataRole.UserRole, r.id)
            self.matches.setProperty("query", text)
            self.matches.setCurrentRow(0)
            self.matches.show()

    def sell(self) -> None:
        self._ready()
        if self.diner_id is None and not self.guest:
            self.message.setText(self.tr("Choose a diner first."))
            self.focus_scan()
            return
        try:
            tendered = parse_yuan(self.tendered.text(), service.MAX_TENDER_FEN) if self.payment == "cash" else None
        except AmountTooLarge:
            self.message.setText(
                self.tr("The amount tendered is too large: at most {most}.").format(
                    most=yuan_limit(service.MAX_TENDER_FEN)
                )
            )
            self.tendered.setFocus()
            return
        if self.payment == "cash" and self.tendered.text().strip() and tendered is None:
            self.message.setText(
                too_many_decimals(self.tendered.text()) or self.tr("The amount tendered is not a number.")
            )
            self.tendered.setFocus()
            return
        if self._pending_attempt is not None:  # never a second sale before the cashier knows about the first
            self.message.setText(
                self.tr("Wait: it is being checked whether ticket {n} was saved (see below).").format(
                    n=self._pending_attempt.number
                )
            )
            self.check_pending_sale()
            return
        req = SaleRequest(
            self.diner_id,
            self.slot_code,
            self.quantity,
            self.payment,
            tendered,
            self.buyer,
            self.late_approver,
            repeat_ok=self.repeat_ok,
        )
        try:
            result = service.sell(self.ctx.db, self.ctx.actor, req)
        except RepeatMealNeedsConfirmation as exc:
            # a second lunch today, often a double scan: ask, naming the first ticket; "No" is the default
            e = exc.earlier
            question = self.tr(
                "{name} already had a subsidised meal today: ticket {number} at {time}, sold by {cashier}.\n\n"
                "Sell another one at the full price of {price}?"
            ).format(name=self.name.text(), number=e.number, time=e.time, cashier=e.cashier, price=money(exc.total_fen))
            if dialogs.confirm(self, question, self.tr("Second meal today")):
                self.repeat_ok = True
                self.sell()
            else:
                self.message.setText(self.tr("Not sold: {name} already had this meal.").format(name=self.name.text()))
                self.focus_scan()
            return
        except LateSaleNeedsApproval as exc:
            # a subsidised meal outside the serving hours: ask for the supervisor's approval, then sell
            self.message.setText(exc.message)
            if self.approve_late(exc.message) is not None:
                self.sell()
            return
        except outcome.SaleInDoubt as exc:
            self.message.clear()
            self.pending.setText(exc.message)
            self.pending.show()
            self._pending_attempt = exc.attempt
            self._pending_timer.start()
            return
        except UserError as exc:
            self.message.setText(exc.message)
            if "tendered" in (getattr(exc, "errors", None) or {}):  # too little cash: corrected where it was typed
                self.tendered.setFocus()
                self.tendered.selectAll()
            else:
                self.focus_scan()
            return
        text = self.tr("Sold {n}: self-paid {y}").format(n=result.number, y=money(result.quote.self_paid_fen))
        if result.checked_after_loss:
            text = self.tr("The connection dropped while saving; checked: SAVED.") + " " + text
        if result.change_fen is not None:
            text += " · " + self.tr("change {c}").format(c=money(result.change_fen))
        if result.balance_fen is not None:
            text += " · " + self.tr("card balance {b}").format(b=money(result.balance_fen))
        self.print_receipt(result.ticket_id, result.number)
        self.reset()
        self.message.setText(text)
        if result.change_fen is not None:  # a cash sale: the change, large, in the sale panel
            self.change_due.setText(self.tr("Change due {amount}").format(amount=yuan(result.change_fen)))
            self.change_due.show()
        self.model.reload()

    def approve_late(self, why: str = ""):
        """Ask a supervisor holding LATE_SALE to approve the subsidised price outside the serving hours."""
        if self.diner_id is None or self.quote is None:
            return None
        self._ready()
        purpose = why or self.tr("A subsidised meal outside serving hours")
        approver = approval.ask_approval(self, self.ctx, purpose, roles_with(LATE_SALE))
        if approver is not None:
            self.late_approver = approver
            self.refresh()
        self.focus_scan()
        return approver

    def check_pending_sale(self) -> None:
        """Ask the server (off the UI thread) whether the sale in doubt was saved; again later while it is away."""
        attempt = self._pending_attempt
        if attempt is None or getattr(self, "_checking", False):
            return
        self._checking = True
        db = self.ctx.db

        def done(ticket_id: int | None) -> None:
            self._checking = False
            self._pending_timer.stop()
            self._pending_attempt = None
            if ticket_id is None:
                self.pending.setText(
                    self.tr("Ticket {n} was NOT saved (checked now the server is back). Sell it again.").format(
                        n=attempt.number
                    )
                )
            else:
                self.pending.setText(
                    self.tr("Ticket {n} was SAVED (checked now the server is back); its receipt is printed.").format(
                        n=attempt.number
                    )
                )
                self.print_receipt(ticket_id, attempt.number)
                self.model.reload()

        def failed(_exc: BaseException) -> None:  # the server still away: the timer asks again
            self._checking = False

        tasks.run_task(self, lambda _progress: outcome.sale_saved(db, attempt), on_done=done, on_error=failed)

    def print_receipt(self, ticket_id: int, number: str, copy: bool = False) -> None:
        pdf = reports.ticket_receipt(self.ctx.db, ticket_id, copy=copy)
        path = documents.write_document(pdf, "canteen", number + ("-copy" if copy else ""))
        if not documents.print_silently(path):
            self.message.setText(self.tr("Receipt queued (no printer): {path}").format(path=path.name))

    def _selected_ticket(self):
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def void_selected(self) -> None:
        row = self._selected_ticket()
        if row is None:
            return
        refusal = service.void_refusal(self.ctx.db, row.id)  # before anyone is asked for a reason or a password
        if refusal is not None:
            self.message.setText(refusal)
            self.refresh_tickets()  # another till may have voided or served it: the row shows it
            return
        reason = dialogs.ask_text(
            self, self.tr("Void ticket"), self.tr("Why is ticket {n} voided?").format(n=row.number)
        )
        if reason is None:
            return
        approver = approval.ask_approval(
            self, self.ctx, self.tr("Void ticket {n}: {r}").format(n=row.number, r=reason), (ADMIN,)
        )
        if approver is None:
            return
        try:
            service.void_ticket(self.ctx.db, self.ctx.actor, approver, row.id, reason)
        except UserError as exc:
            dialogs.show_user_error(self, exc)
            return
        self.refresh_tickets()
        self.message.setText(self.tr("Ticket {n} voided.").format(n=row.number))
        self.focus_scan()

    def reprint_selected(self) -> None:
        row = self._selected_ticket()
        if row is not None:
            service.record_reprint(self.ctx.db, self.ctx.actor, row.id)
            self.print_receipt(row.id, row.number, copy=True)
        self.focus_scan()

    def serve(self, number: str) -> None:
        self.scan.clear()
        if not number:
            return
        try:
            t = service.serve_ticket(
                self.ctx.db, self.ctx.actor, number, self.ctx.actor.workstation or self.tr("window")
            )
        except UserError as exc:
            self.message.setProperty("role", "error")
            self.message.setText(exc.message)
        else:
            self.message.setProperty("role", "ok")
            self.message.setText(self.tr("Serve {n}: {q} × meal").format(n=t.number, q=t.quantity))
            self.refresh_tickets()
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)

    def _serve_mode_changed(self, on: bool) -> None:
        self.reset()
        self.scan.setPlaceholderText(
            self.tr("Scan a ticket's QR code to serve it")
            if on
            else self.tr("Pinyin, phone or ID digits; scan an ID or meal card; Enter")
        )

    def day_report(self, final: bool, summary: reports.DaySummary | None = None) -> None:
        """The X report of the user's drawer now, or the report of `summary` (the drawer just closed)."""
        summary = summary or reports.day_summary(self.ctx.db, clock.today(), self.ctx.actor.user_id)
        pdf = reports.day_report_pdf(self.ctx.db, summary, final=final)
        path = documents.write_document(
            pdf, "canteen", f"{'Z' if final else 'X'}-{summary.day}-{self.ctx.actor.username}"
        )
        documents.preview(self, path)

    def close_day(self) -> None:
        from ui.canteen.day_close import DayCloseDialog

        dialog = DayCloseDialog(self.ctx, self)
        if dialog.exec():
            self.day_report(final=True, summary=dialog.summary)
        self.focus_scan()

    def manage_card(self) -> None:
        if self.diner_id is None:
            self.message.setText(self.tr("Choose a diner first."))
            return
        from ui.canteen.card_dialog import MealCardDialog

        MealCardDialog(self.ctx, self.diner_id, self).exec()
        self.refresh()
        self.focus_scan()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.focus_scan()


class CanteenPage(QTabWidget):
    """The counter's page: the sale screen first, next-day bookings beside it; settlement and (for
    administrators) settings open from the corner."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAccessibleName(self.tr("Canteen"))
        # Each sub-tab is built the first time it is shown (ui/common/lazy.py).
        self.lazy = LazyTabs(self)
        self.lazy.add("canteenSale", lambda parent: SaleScreen(ctx, parent), self.tr("Sale"))
        self.lazy.add("canteenBookings", self._make_bookings, self.tr("Bookings"))
        from ui.reports.section import add_statistics_tab  # the counter's month in figures, built when first shown

        add_statistics_tab(self, ctx, "canteen")
        corner = QWidget(self)
        row = QHBoxLayout(corner)
        row.setContentsMargins(0, 0, 0, 0)
        self.settlement_button = QPushButton(self.tr("Settlement…"), corner)
        self.settlement_button.setObjectName("canteenSettlementButton")
        self.settlement_button.setAccessibleName(self.tr("Subsidy settlement"))
        self.settlement_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.settlement_button.clicked.connect(self.open_settlement)
        self.settings_button = QPushButton(self.tr("Settings…"), corner)
        self.settings_button.setObjectName("canteenSettingsButton")
        self.settings_button.setAccessibleName(self.tr("Canteen settings"))
        self.settings_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.settings_button.clicked.connect(self.open_settings)
        self.settings_button.setVisible(ADMIN in ctx.actor.roles)
        row.addWidget(self.settlement_button)
        row.addWidget(self.settings_button)
        self.setCornerWidget(corner, Qt.Corner.TopRightCorner)

    def _make_bookings(self, parent: QWidget) -> QWidget:
        from ui.canteen.bookings_view import BookingView

        return BookingView(self.ctx, parent)

    @property
    def sale(self) -> SaleScreen:
        return self.lazy.page("canteenSale")

    @property
    def bookings(self) -> QWidget:
        return self.lazy.page("canteenBookings")

    def open_settlement(self) -> None:
        from ui.canteen.settlement_dialog import SettlementDialog

        SettlementDialog(self.ctx, self).exec()
        self.sale.focus_scan()

    def open_settings(self) -> None:
        if ADMIN not in self.ctx.actor.roles:
            return
        from ui.canteen.settings_dialog import CanteenSettingsDialog

        CanteenSettingsDialog(self.ctx, self).exec()
        self.sale.slots = service.slots(self.ctx.db)
        self.sale.refresh()
        self.sale.focus_scan()


def create_page(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    return CanteenPage(ctx, parent)
