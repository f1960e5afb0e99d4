"""The intake form (受理): built for the counter — find the resident, pick, type the request (several lines if need
be: Enter starts a new line), Ctrl+Enter saves and prints."""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.accounts import privacy
from app.errors import UserError
from app.requests import service as S
from app.requests import workflow as W
from app.residents.service import search_residents
from ui.common import dialogs, documents
from ui.common.layout import set_available
from ui.common.saving import one_click, saves_once
from ui.common.steps import Steps
from ui.context import AppContext
from ui.keys import describe


def _named(widget, name: str, accessible: str):
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    return widget


SAVE_KEYS = ("Ctrl+Return", "Ctrl+Enter")


class DescriptionEdit(QPlainTextEdit):
    """诉求内容: several lines. Enter starts a new line; Ctrl+Enter asks to save (`submitted`); Tab moves on."""

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        lines = 4
        margins = self.contentsMargins()
        self.setFixedHeight(
            self.fontMetrics().lineSpacing() * lines
            + int(2 * self.document().documentMargin())
            + margins.top()
            + margins.bottom()
            + 2 * self.frameWidth()
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.submitted.emit()
            return
        super().keyPressEvent(event)

    def text(self) -> str:
        return self.toPlainText()


class IntakeForm(QWidget):
    saved = Signal(int)  # the new request's id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("requestIntake")
        self.ctx = ctx
        self.last_saved: S.SavedRequest | None = None
        self.last_receipt = None

        # Made in steps (ui/common/steps.py): the resident search, where the clerk starts, is painted first; the
        # rest of the form follows one group per turn of the event loop, each in its place below it.
        self.search = _named(QLineEdit(self), "residentSearch", self.tr("Find resident"))
        self.search.setPlaceholderText(self.tr("Name, pinyin initials, phone or ID digits; empty = anonymous"))
        self.setFocusProxy(self.search)  # the first field (ui/common/lazy.py first_field)
        self.resident = _named(QComboBox(self), "residentChoice", self.tr("Resident"))
        self.new_resident = _named(QPushButton(self.tr("New resident…"), self), "newResident", self.tr("New resident"))
        self.form = QFormLayout()
        find_row = QHBoxLayout()
        find_row.addWidget(self.search, 2)
        find_row.addWidget(self.resident, 2)
        find_row.addWidget(self.new_resident)
        resident_label = QLabel(self.tr("Resident"), self)
        # the labels' column as wide as it will be with every row, so the search field does not move when they come
        metrics = resident_label.fontMetrics()
        left = Qt.AlignmentFlag.AlignLeft
        resident_label.setMinimumWidth(
            max(metrics.boundingRect(0, 0, 0, 0, left, t).width() for t in self._row_labels())
        )
        self.form.addRow(resident_label, find_row)
        self.buttons_row = QHBoxLayout()
        self._box = QVBoxLayout(self)
        self._box.addLayout(self.form)
        self._box.addLayout(self.buttons_row)
        self._box.addStretch(1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self.search_and_move_on)
        self.new_resident.clicked.connect(self.create_resident)
        # Saving prints a receipt: only a deliberate Ctrl+Enter (or the button) does it, never a plain Enter.
        for keys in SAVE_KEYS:
            shortcut = describe(QShortcut(QKeySequence(keys), self), self.tr("Save the request and print its receipt"))
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.save)
        self.run_search()
        self.steps = Steps(self)
        self.steps.then(self._build_contact)
        self.steps.then(self._build_request)
        self.steps.then(self._build_outcome)

    def _row_labels(self) -> tuple[str, ...]:
        return (
            self.tr("Resident"),
            self.tr("Contact (anonymous callers)"),
            self.tr("Channel"),
            self.tr("Category"),
            self.tr("Urgency"),
            self.tr("Description"),
        )

    def _build_contact(self) -> None:
        """Step 2: the contact of an anonymous caller, the channel and the day the request came in."""
        self.contact_name = _named(QLineEdit(self), "contactName", self.tr("Contact name"))
        self.contact_phone = _named(QLineEdit(self), "contactPhone", self.tr("Contact phone"))
        self.contact_name.setPlaceholderText(self.tr("Contact name"))
        self.contact_phone.setPlaceholderText(self.tr("Contact phone"))
        self.channel = _named(QComboBox(self), "channel", self.tr("Channel"))
        for code in W.CHANNELS:
            self.channel.addItem(W.channel_label(code), code)
        came_in = QLabel(self.tr("came in on"), self)
        self.received_on = _named(QDateEdit(self), "receivedOn", self.tr("Came in on"))
        self.received_on.setCalendarPopup(True)
        self.received_on.setDisplayFormat("yyyy-MM-dd")
        self.received_on.setToolTip(self.tr("For a visit or council item recorded later; never a future day"))
        self._reset_received_on()
        contact_row = QHBoxLayout()
        contact_row.addWidget(self.contact_name)
        contact_row.addWidget(self.contact_phone)
        self.form.addRow(self.tr("Contact (anonymous callers)"), contact_row)
        channel_row = QHBoxLayout()
        channel_row.addWidget(self.channel, 1)
        channel_row.addWidget(came_in)
        channel_row.addWidget(self.received_on)
        self.form.addRow(self.tr("Channel"), channel_row)
        for line in (self.contact_name, self.contact_phone):
            line.installEventFilter(self)  # a line edit takes Ctrl+Enter for itself: pass it on as "save"

    def _build_request(self) -> None:
        """Step 3: what the request is (category, urgency, description)."""
        self.category = _named(QComboBox(self), "category", self.tr("Category"))
        self.urgency = _named(QComboBox(self), "urgency", self.tr("Urgency"))
        for code in W.URGENCIES:
            self.urgency.addItem(W.urgency_label(code), code)
        self.description = _named(DescriptionEdit(self), "description", self.tr("Description"))
        self.description.setPlaceholderText(
            self.tr("What the resident needs — Enter starts a new line, Ctrl+Enter saves and prints")
        )
        self.form.addRow(self.tr("Category"), self.category)
        self.form.addRow(self.tr("Urgency"), self.urgency)
        self.form.addRow(self.tr("Description"), self.description)
        self.description.submitted.connect(self.save)
        self._fill_categories()

    def _build_outcome(self) -> None:
        """Step 4: the follow-up and on-the-spot choices, the save and preview buttons, the last request saved."""
        self.callback = _named(QCheckBox(self.tr("Agrees to a follow-up call"), self), "callback", self.tr("Callback"))
        self.callback.setChecked(True)
        self.on_spot = _named(
            QCheckBox(self.tr("Handled on the spot (即时办结)"), self), "onSpot", self.tr("On the spot")
        )
        self.on_spot_note = _named(QLineEdit(self), "onSpotNote", self.tr("How it was handled"))
        self.on_spot_note.setPlaceholderText(self.tr("How it was handled"))
        self.on_spot_note.setEnabled(False)
        self.save_button = _named(
            QPushButton(self.tr("Save and print receipt (Ctrl+Enter)"), self), "saveRequest", self.tr("Save")
        )
        self.reprint = _named(
            QPushButton(self.tr("Preview receipt"), self), "previewReceipt", self.tr("Preview receipt")
        )
        set_available(self.reprint, self.tr("No receipt yet: save a request first."))
        self.result = _named(QLabel(self), "intakeResult", self.tr("Saved request"))
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.result.font()
        font.setPointSize(font.pointSize() + 6)
        font.setBold(True)
        self.result.setFont(font)
        self.form.addRow("", self.callback)
        spot_row = QHBoxLayout()
        spot_row.addWidget(self.on_spot)
        spot_row.addWidget(self.on_spot_note, 1)
        self.form.addRow("", spot_row)
        self.buttons_row.addWidget(self.save_button)
        self.buttons_row.addWidget(self.reprint)
        self.buttons_row.addStretch(1)
        self._box.insertWidget(2, self.result)
        self.on_spot.toggled.connect(self.on_spot_note.setEnabled)
        self.on_spot_note.installEventFilter(self)  # Ctrl+Enter in a line edit saves (eventFilter)
        self.save_button.clicked.connect(self.save)
        one_click(self.save_button)  # a double click saves once (ui.common.saving)
        self.reprint.clicked.connect(self.preview_receipt)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if (
            event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.save()
            return True
        return super().eventFilter(obj, event)

    def reload_categories(self) -> None:
        """The category picker as the catalogue is now (the one chosen kept)."""
        self.steps.finish()
        self._fill_categories()

    def _fill_categories(self) -> None:
        current = self.category.currentData()
        self.category.clear()
        for c in S.categories(self.ctx.db):
            self.category.addItem(c.name, c.id)
        if current is not None and (i := self.category.findData(current)) >= 0:
            self.category.setCurrentIndex(i)

    def run_search(self) -> None:
        self._search_timer.stop()
        text = self.search.text().strip()
        self.resident.clear()
        self.resident.addItem(self.tr("Anonymous"), None)
        if not text:
            return
        for r in search_residents(self.ctx.db, text, limit=20):
            self.resident.addItem(
                f"{r.name} · {r.masked_id or privacy.shown_phone(self.ctx.actor, r.phone)} · {r.address}", r.id
            )
        if self.resident.count() > 1:
            self.resident.setCurrentIndex(1)
        else:  # said, not a silent "Anonymous" that saves the request without its resident
            self.resident.setItemText(0, self.tr("Nothing found for “{query}”: anonymous").format(query=text[:40]))

    def search_and_move_on(self) -> None:
        """A scanned card or typed name + Enter: pick the first match and go on to the description."""
        self.steps.finish()
        self.run_search()
        self.description.setFocus()

    def select_resident(self, resident_id: int, label: str) -> None:
        self.resident.clear()
        self.resident.addItem(self.tr("Anonymous"), None)
        self.resident.addItem(label, resident_id)
        self.resident.setCurrentIndex(1)

    def create_resident(self) -> None:
        from ui.residents.form import ResidentForm

        form = ResidentForm(self.ctx, self)
        form.saved.connect(lambda rid: self.select_resident(rid, self.tr("New resident #{id}").format(id=rid)))
        form.exec()

    def _reset_received_on(self) -> None:
        today = clock.today()
        self.received_on.setMaximumDate(QDate(today.year, today.month, today.day))
        self.received_on.setDate(QDate(today.year, today.month, today.day))

    def intake_input(self) -> S.IntakeInput:
        day = self.received_on.date().toPython()
        return S.IntakeInput(
            received_on=day if day != clock.today() else None,
            channel=self.channel.currentData(),
            category_id=self.category.currentData(),
            description=self.description.toPlainText(),
            resident_id=self.resident.currentData(),
            contact_name=self.contact_name.text(),
            contact_phone=self.contact_phone.text(),
            urgency=self.urgency.currentData(),
            callback_ok=self.callback.isChecked(),
            handled_on_spot=self.on_spot.isChecked(),
            resolution_note=self.on_spot_note.text(),
        )

    @saves_once
    def save(self) -> None:
        self.steps.finish()  # Ctrl+Enter before the form's last steps were made: they are made first
        try:
            saved = S.take_in(self.ctx.db, self.ctx.actor, self.intake_input())
        except UserError as exc:
            dialogs.show_user_error(self, exc)
            widget = {
                "description": self.description,
                "resolution_note": self.on_spot_note,
                "contact_phone": self.contact_phone,
            }.get(exc.field or "")
            (widget or self.search).setFocus()
            return
        self.last_saved = saved
        pdf = S.receipt_pdf(saved, self.ctx.center())
        self.last_receipt = documents.write_document(pdf, "request-receipt", saved.number)
        printed = documents.print_silently(self.last_receipt)
        note = self.tr("printed") if printed else self.tr("receipt queued (no printer)")
        if saved.status == W.CLOSED:
            self.result.setText(
                self.tr("{number} — handled on the spot, {note}").format(number=saved.number, note=note)
            )
        else:
            self.result.setText(
                self.tr("{number} — expected by {due}, {note}").format(
                    number=saved.number, due=saved.due_date.isoformat(), note=note
                )
            )
        set_available(self.reprint, None)
        self.clear_for_next()
        self.saved.emit(saved.id)

    def clear_for_next(self) -> None:
        self.search.clear()
        self.run_search()
        self.contact_name.clear()
        self.contact_phone.clear()
        self.description.clear()
        self.on_spot.setChecked(False)
        self.on_spot_note.clear()
        self.callback.setChecked(True)
        self.urgency.setCurrentIndex(0)
        self._reset_received_on()
        self.search.setFocus()

    def preview_receipt(self) -> None:
        if self.last_receipt is not None:
            documents.preview(self, self.last_receipt, self.tr("Request receipt"))
