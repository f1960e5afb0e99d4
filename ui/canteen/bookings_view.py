"""Next-day booking: find a diner, pick the day and meal, Enter books; the kitchen's count per meal above the list;
cancel with a reason; print the kitchen's A4 list."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.accounts import privacy
from app.canteen import bookings, service
from app.errors import UserError
from app.residents import service as residents
from ui.canteen.models import BookingsModel
from ui.common import dialogs, documents
from ui.common import export as list_export
from ui.common.layout import size_columns_when_filled
from ui.common.saving import one_click
from ui.context import AppContext


class BookingView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("canteenBookings")
        self.ctx = ctx
        self.diner_id: int | None = None

        self.day = QDateEdit(self)
        self.day.setObjectName("bookingDay")
        self.day.setAccessibleName(self.tr("Day of the meal"))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        tomorrow = clock.today() + dt.timedelta(days=1)
        self.day.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
        self.day.setMinimumDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
        self.day.dateChanged.connect(lambda _d: self.reload())
        self.slot = QComboBox(self)
        self.slot.setObjectName("bookingSlot")
        self.slot.setAccessibleName(self.tr("Meal"))
        for s in service.slots(ctx.db):
            self.slot.addItem(s.name, s.code)
        lunch = self.slot.findData("lunch")
        if lunch >= 0:
            self.slot.setCurrentIndex(lunch)

        self.find = QLineEdit(self)
        self.find.setObjectName("bookingFind")
        self.find.setAccessibleName(self.tr("Find diner to book"))
        self.find.setPlaceholderText(self.tr("Pinyin, phone or ID digits; Enter"))
        self.find.setProperty("role", "search")
        self.find.returnPressed.connect(self.on_enter)
        self.matches = QListWidget(self)
        self.matches.setObjectName("bookingMatches")
        self.matches.setAccessibleName(self.tr("Matching diners"))
        self.matches.setMaximumHeight(120)
        self.matches.hide()
        self.matches.itemActivated.connect(lambda item: self.pick(item.data(Qt.ItemDataRole.UserRole)))
        self.chosen = QLabel(self.tr("No diner chosen"), self)
        self.chosen.setObjectName("bookingChosen")
        self.chosen.setProperty("role", "big")
        self.quantity = QSpinBox(self)
        self.quantity.setObjectName("bookingQuantity")
        self.quantity.setAccessibleName(self.tr("Meals to book"))
        self.quantity.setRange(1, bookings.MAX_BOOKED)
        self.note = QLineEdit(self)
        self.note.setObjectName("bookingNote")
        self.note.setAccessibleName(self.tr("Note for the kitchen"))
        self.note.setPlaceholderText(self.tr("Note for the kitchen (less salt, soft…)"))
        self.note.returnPressed.connect(self.book)
        self.book_button = QPushButton(self.tr("Book"), self)
        self.book_button.setObjectName("bookingBook")
        self.book_button.setAccessibleName(self.tr("Book the meal"))
        self.book_button.clicked.connect(self.book)
        one_click(self.book_button)  # a double click presses once (ui.common.saving)
        self.message = QLabel(self)
        self.message.setObjectName("bookingMessage")
        self.message.setWordWrap(True)

        self.counts = QLabel(self)
        self.counts.setObjectName("bookingCounts")
        self.counts.setProperty("role", "big")
        self.counts.setWordWrap(True)  # a long day (many meals) wraps instead of widening the window
        self.model = BookingsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("bookingTable")
        self.table.setAccessibleName(self.tr("Bookings of the day"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        size_columns_when_filled(self.table)  # measured once, not on every layout (ResizeToContents)
        list_export.install(self.table, "bookings", ctx=self.ctx, filter_text=list_export.filter_of(self.day))
        self.cancel_button = QPushButton(self.tr("Cancel booking…"), self)
        self.cancel_button.setObjectName("bookingCancel")
        self.cancel_button.setAccessibleName(self.tr("Cancel the selected booking"))
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.print_button = QPushButton(self.tr("Kitchen list (A4)"), self)
        self.print_button.setObjectName("bookingKitchenList")
        self.print_button.setAccessibleName(self.tr("Print the kitchen list"))
        self.print_button.clicked.connect(self.kitchen_list)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Day"), self))
        top.addWidget(self.day)
        top.addWidget(QLabel(self.tr("Meal"), self))
        top.addWidget(self.slot)
        top.addStretch(1)
        form = QHBoxLayout()
        form.addWidget(self.find, 2)
        form.addWidget(QLabel(self.tr("Meals"), self))
        form.addWidget(self.quantity)
        form.addWidget(self.note, 2)
        form.addWidget(self.book_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(self.matches)
        layout.addWidget(self.chosen)
        layout.addWidget(self.message)
        layout.addWidget(self.counts)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.reload()

    def selected_day(self) -> dt.date:
        d = self.day.date()
        return dt.date(d.year(), d.month(), d.day())

    def reload(self) -> None:
        day = self.selected_day()
        counts = bookings.kitchen_counts(self.ctx.db, day)
        parts = [
            self.tr("{slot}: {n} meals ({d} diners)").format(slot=c.slot_name, n=c.meals, d=c.diners) for c in counts
        ]
        self.counts.setText(self.tr("Kitchen count for {day}").format(day=day.isoformat()) + "  " + " · ".join(parts))
        self.model.set_rows(bookings.list_bookings(self.ctx.db, self.ctx.actor, day))

    def on_enter(self) -> None:
        text = self.find.text().strip()
        if not text:
            if self.matches.isVisible() and self.matches.currentItem() is not None:
                self.pick(self.matches.currentItem().data(Qt.ItemDataRole.UserRole))
            elif self.diner_id is not None:
                self.book()
            return
        if self.matches.isVisible() and self.matches.property("query") == text and self.matches.currentItem():
            self.pick(self.matches.currentItem().data(Qt.ItemDataRole.UserRole))
            return
        owner = service.find_card(self.ctx.db, text)
        rows = [] if owner is not None else residents.search_residents(self.ctx.db, text, limit=8)
        if owner is not None:
            self.pick(owner)
        elif len(rows) == 1:
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

    def pick(self, resident_id: int) -> None:
        self.diner_id = resident_id
        info = service.diner_info(self.ctx.db, resident_id)
        age = "" if info.age is None else self.tr("{n} years").format(n=info.age)
        self.chosen.setText(" · ".join(x for x in (info.name, age) if x))
        self.find.clear()
        self.matches.hide()
        self.message.clear()
        self.find.setFocus()

    def book(self) -> None:
        if self.diner_id is None:
            self.message.setText(self.tr("Choose a diner first."))
            self.find.setFocus()
            return
        try:
            bookings.book(
                self.ctx.db,
                self.ctx.actor,
                self.diner_id,
                self.selected_day(),
                self.slot.currentData(),
                self.quantity.value(),
                self.note.text(),
            )
        except UserError as exc:
            self.message.setText(exc.message)
            self.find.setFocus()
            return
        self.message.setText(
            self.tr("Booked: {who}, {slot} on {day}.").format(
                who=self.chosen.text(), slot=self.slot.currentText(), day=self.selected_day().isoformat()
            )
        )
        self.diner_id = None
        self.chosen.setText(self.tr("No diner chosen"))
        self.quantity.setValue(1)
        self.note.clear()
        self.reload()
        self.find.setFocus()

    def cancel_selected(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            self.message.setText(self.tr("Select a booking first."))
            return
        row = self.model.row_at(index.row())
        reason = dialogs.ask_text(
            self, self.tr("Cancel booking"), self.tr("Why is {name}'s booking cancelled?").format(name=row.name)
        )
        if reason is None:
            return
        try:
            bookings.cancel(self.ctx.db, self.ctx.actor, row.id, reason)
        except UserError as exc:
            dialogs.show_user_error(self, exc)
            return
        self.reload()

    def kitchen_list(self) -> None:
        day = self.selected_day()
        pdf = bookings.kitchen_list_pdf(self.ctx.db, self.ctx.actor, day)
        path = documents.write_document(pdf, "canteen", f"kitchen-{day.isoformat()}")
        documents.preview(self, path)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.reload()
        self.find.setFocus()
