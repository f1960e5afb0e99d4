"""Add or edit a resident. Validates as the user types; Save stays disabled while anything is wrong."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.accounts import privacy
from app.accounts.permissions import REVEAL_ID, may
from app.errors import UserError, ValidationError
from app.residents import service
from app.residents.idnumbers import mask_id_number, parse_id_number
from app.residents.service import PossibleDuplicate, ResidentInput
from app.residents.tags import ALL_TAGS, TAGS_WITH_DETAIL, detail_label, tag_label
from ui.common import dialogs
from ui.common.layout import fit_window, reserve_line, set_available, set_line
from ui.common.saving import one_click, saves_once
from ui.context import AppContext
from ui.theme import repolish


class ResidentForm(QDialog):
    saved = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget, resident_id: int | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("residentForm")
        self.ctx = ctx
        self.resident_id = resident_id
        self.setWindowTitle(self.tr("Edit resident") if resident_id else self.tr("New resident"))
        self.errors: dict[str, str] = {}
        # The registered ID number is never put on screen unmasked: the field stays empty (the mask as its
        # placeholder) and an empty field keeps the number. A role that may reveal it clicks "Reveal" (audited).
        self._kept_id = ""
        # The same for phones, for a role that may not see them in full (the cashier; app.accounts.privacy): the
        # masked number is the placeholder and an empty field keeps the registered number.
        self._kept_phones = {"phone": "", "emergency_phone": ""}
        self._build()
        if resident_id is not None:
            self._load(service.get_resident(ctx.db, resident_id).to_input())
        self.validate()

    # --- building --------------------------------------------------------------------------------
    def _line(self, name: str, accessible: str, placeholder: str = "", max_len: int = 100) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setPlaceholderText(placeholder)
        # No maxLength: an over-long paste is kept and the field's message gives its true length (nothing is
        # cut silently); `max_len` is the service's limit, checked there.
        edit.textChanged.connect(self.validate)
        return edit

    def _build(self) -> None:
        self.name = self._line("nameEdit", self.tr("Name"), max_len=60)
        self.id_number = self._line(
            "idNumberEdit", self.tr("ID number"), self.tr("18 digits, or 15 for an old card"), 30
        )
        self.gender = QComboBox(self)
        self.gender.setObjectName("genderCombo")
        self.gender.setAccessibleName(self.tr("Gender"))
        self.gender.addItem(self.tr("(not given)"), None)
        self.gender.addItem(self.tr("Male"), "M")
        self.gender.addItem(self.tr("Female"), "F")
        self.gender.currentIndexChanged.connect(self.validate)
        self.birth = self._line("birthEdit", self.tr("Birth date"), self.tr("YYYY-MM-DD"), 10)
        self.phone = self._line("phoneEdit", self.tr("Phone"), self.tr("mobile or landline"), 20)
        self.building = self._line("buildingEdit", self.tr("Building"), self.tr("Building"), 20)
        self.unit = self._line("unitEdit", self.tr("Unit"), self.tr("Unit"), 20)
        self.room = self._line("roomEdit", self.tr("Room"), self.tr("Room"), 20)
        self.household = self._line("householdEdit", self.tr("Household"), "", 50)
        self.is_local = QCheckBox(self.tr("Registered local resident"), self)
        self.is_local.setObjectName("isLocalCheck")
        self.is_local.setAccessibleName(self.tr("Registered local resident"))
        self.is_local.setChecked(True)
        self.emergency_contact = self._line("emergencyContactEdit", self.tr("Emergency contact"), "", 50)
        self.emergency_phone = self._line("emergencyPhoneEdit", self.tr("Emergency phone"), "", 20)
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("notesEdit")
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setFixedHeight(70)
        self.notes.textChanged.connect(self.validate)

        self.error_labels: dict[str, QLabel] = {}
        self.id_row = QWidget(self)
        id_layout = QHBoxLayout(self.id_row)
        id_layout.setContentsMargins(0, 0, 0, 0)
        id_layout.addWidget(self.id_number, 1)
        self.reveal_button = QPushButton(self.tr("Reveal"), self.id_row)
        self.reveal_button.setObjectName("formRevealIdButton")
        self.reveal_button.setAccessibleName(self.tr("Reveal the full ID number"))
        self.reveal_button.setAutoDefault(False)
        self.reveal_button.clicked.connect(self.reveal_id)
        self.reveal_button.hide()
        id_layout.addWidget(self.reveal_button)
        form = QFormLayout()
        for key, label, widget in (
            ("name", self.tr("Name *"), self.name),
            ("id_number", self.tr("ID number"), self.id_row),
            ("gender", self.tr("Gender"), self.gender),
            ("birth_date", self.tr("Birth date"), self.birth),
            ("phone", self.tr("Phone"), self.phone),
        ):
            form.addRow(label, self._with_error(key, widget))
        address = QWidget(self)
        row = QHBoxLayout(address)
        row.setContentsMargins(0, 0, 0, 0)
        for w in (self.building, self.unit, self.room):
            row.addWidget(w)
        form.addRow(self.tr("Address"), self._with_error("building", address))
        form.addRow(self.tr("Household"), self._with_error("household", self.household))
        form.addRow("", self.is_local)
        form.addRow(self.tr("Emergency contact"), self._with_error("emergency_contact", self.emergency_contact))
        form.addRow(self.tr("Emergency phone"), self._with_error("emergency_phone", self.emergency_phone))

        tags_box = QGroupBox(self.tr("Categories"), self)
        grid = QGridLayout(tags_box)
        self.tag_checks: dict[str, QCheckBox] = {}
        self.tag_details: dict[str, QLineEdit] = {}
        for i, tag in enumerate(ALL_TAGS):
            check = QCheckBox(tag_label(tag), tags_box)
            check.setObjectName(f"tag_{tag}")
            check.setAccessibleName(tag_label(tag))
            check.toggled.connect(self.validate)
            self.tag_checks[tag] = check
            grid.addWidget(check, i, 0)  # one a line: the right column stays narrow in every language
            if tag in TAGS_WITH_DETAIL:
                detail = QLineEdit(tags_box)
                detail.setObjectName(f"tagDetail_{tag}")
                detail.setPlaceholderText(detail_label(tag))
                detail.setAccessibleName(detail_label(tag))
                detail.setEnabled(False)
                check.toggled.connect(detail.setEnabled)
                self.tag_details[tag] = detail
                grid.addWidget(detail, i, 1)

        self.summary = QLabel(self)
        self.summary.setProperty("role", "error")
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        self.save_button.setObjectName("saveButton")
        self.save_button.setAccessibleName(self.tr("Save"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        one_click(self.save_button)  # a double click saves once (ui.common.saving)

        # Two columns, so the form fits a 1366×768 screen with room to spare (issue 16): the person on the left,
        # categories and notes on the right, Save always in view.
        right = QVBoxLayout()
        right.addWidget(tags_box)
        right.addWidget(QLabel(self.tr("Notes"), self))
        right.addWidget(self.notes)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(form, 1)
        columns.addSpacing(12)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        fit_window(self, 980, self.sizeHint().height())
        self.name.setFocus()

    def _with_error(self, key: str, widget: QWidget) -> QWidget:
        box = QWidget(self)
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(1)
        v.addWidget(widget)
        label = QLabel(box)
        label.setObjectName(f"error_{key}")
        label.setProperty("role", "error")
        reserve_line(label)  # the line is there, empty, before any error: nothing moves when one appears
        label.hide()
        v.addWidget(label)
        self.error_labels[key] = label
        return box

    # --- data ------------------------------------------------------------------------------------
    def _load(self, inp: ResidentInput) -> None:
        self.name.setText(inp.name)
        self._kept_id = inp.id_number
        if inp.id_number:
            self.id_number.setPlaceholderText(
                self.tr("{masked} (type a new number to replace it)").format(masked=mask_id_number(inp.id_number))
            )
            self.reveal_button.setVisible(may(self.ctx.actor, REVEAL_ID))
        self.gender.setCurrentIndex({None: 0, "M": 1, "F": 2}.get(inp.gender, 0))
        self.birth.setText(inp.birth_date.isoformat() if inp.birth_date else "")
        self._set_phone("phone", self.phone, inp.phone)
        self.building.setText(inp.building)
        self.unit.setText(inp.unit)
        self.room.setText(inp.room)
        self.household.setText(inp.household)
        self.is_local.setChecked(inp.is_local)
        self.emergency_contact.setText(inp.emergency_contact)
        self._set_phone("emergency_phone", self.emergency_phone, inp.emergency_phone)
        self.notes.setPlainText(inp.notes)
        for tag, detail in inp.tags.items():
            if tag in self.tag_checks:
                self.tag_checks[tag].setChecked(True)
                if tag in self.tag_details:
                    self.tag_details[tag].setText(detail)

    def collect(self) -> tuple[ResidentInput, dict[str, str]]:
        errors: dict[str, str] = {}
        birth: dt.date | None = None
        text = self.birth.text().strip()
        if text:
            try:
                birth = dt.date.fromisoformat(text)
            except ValueError:
                errors["birth_date"] = self.tr("Write the date as YYYY-MM-DD, e.g. 1950-03-21.")
        tags = {}
        for tag, check in self.tag_checks.items():
            if check.isChecked():
                tags[tag] = self.tag_details[tag].text().strip() if tag in self.tag_details else ""
        inp = ResidentInput(
            name=self.name.text(),
            gender=self.gender.currentData(),
            birth_date=birth,
            id_number=self.id_number.text() if self.id_number.text().strip() else self._kept_id,
            phone=self.phone.text() if self.phone.text().strip() else self._kept_phones["phone"],
            building=self.building.text(),
            unit=self.unit.text(),
            room=self.room.text(),
            household=self.household.text(),
            is_local=self.is_local.isChecked(),
            emergency_contact=self.emergency_contact.text(),
            emergency_phone=(
                self.emergency_phone.text()
                if self.emergency_phone.text().strip()
                else self._kept_phones["emergency_phone"]
            ),
            notes=self.notes.toPlainText(),
            tags=tags,
        )
        return inp, errors

    def _set_phone(self, key: str, edit: QLineEdit, phone: str) -> None:
        """Put a registered phone in its field: as it is for a role that sees phones, else kept aside with the mask
        as the placeholder (an empty field keeps it)."""
        if not phone or privacy.may_see_phones(self.ctx.actor):
            edit.setText(phone)
            return
        self._kept_phones[key] = phone
        edit.setText("")
        edit.setPlaceholderText(
            self.tr("{masked} (type a new number to replace it)").format(masked=privacy.mask_phone(phone))
        )

    def validate(self) -> bool:
        inp, errors = self.collect()
        # A valid ID number fills birth date and gender when they are still empty.
        if inp.id_number.strip() and not self.birth.text().strip():
            try:
                info = parse_id_number(inp.id_number)
            except UserError:
                pass
            else:
                self.birth.blockSignals(True)
                self.birth.setText(info.birth_date.isoformat())
                self.birth.blockSignals(False)
                if self.gender.currentData() is None:
                    self.gender.blockSignals(True)
                    self.gender.setCurrentIndex(1 if info.gender == "M" else 2)
                    self.gender.blockSignals(False)
                inp, errors = self.collect()
        _clean, more = service.validate_resident(inp)
        for key, value in more.items():
            errors.setdefault(key, value)
        self.show_errors(errors)
        return not errors

    def show_errors(self, errors: dict[str, str]) -> None:
        self.errors = errors
        widgets = {
            "name": self.name,
            "id_number": self.id_number,
            "birth_date": self.birth,
            "phone": self.phone,
            "emergency_phone": self.emergency_phone,
            "building": self.building,
            "household": self.household,
            "emergency_contact": self.emergency_contact,
        }
        # An empty name is only an error once the user has typed something somewhere.
        for key, label in self.error_labels.items():
            message = errors.get(key, "")
            if key == "name" and not self.name.text() and not self.isVisible():
                message = ""
            set_line(label, message)
        for key, widget in widgets.items():
            bad = key in errors and not (key == "name" and not self.name.text())
            if widget.property("invalid") != bad:
                widget.setProperty("invalid", bad)
                repolish(widget)
        other = [m for k, m in errors.items() if k not in self.error_labels]
        self.summary.setText("\n".join(other))
        set_available(self.save_button, self.tr("Correct what is marked in red first.") if errors else None)

    @saves_once
    def save(self) -> None:
        if not self.validate():
            return
        inp, _ = self.collect()
        try:
            rid = self._store(inp, confirm=False)
        except PossibleDuplicate as dup:
            if not dialogs.confirm(self, dup.message + "\n\n" + self.tr("Save anyway as a different person?")):
                return
            rid = self._store(inp, confirm=True)
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return
        except UserError as exc:
            dialogs.show_user_error(self, exc)
            return
        self.ctx.resident_changed.emit(rid)
        self.saved.emit(rid)
        self.accept()

    def reveal_id(self) -> None:
        if self.resident_id is None:
            return
        try:
            number = privacy.reveal_id_number(self.ctx.db, self.ctx.actor, self.resident_id, "resident form")
        except UserError as exc:
            dialogs.show_user_error(self, exc)
            return
        self.id_number.setText(number)
        self.reveal_button.setEnabled(False)

    def _store(self, inp: ResidentInput, confirm: bool) -> int:
        if self.resident_id is None:
            return service.create_resident(self.ctx.db, self.ctx.actor, inp, confirm_duplicate=confirm)
        service.update_resident(self.ctx.db, self.ctx.actor, self.resident_id, inp, confirm_duplicate=confirm)
        return self.resident_id

    def keyPressEvent(self, event) -> None:  # Enter in a line edit saves, as at every counter
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.notes.hasFocus():
            self.save()
            return
        super().keyPressEvent(event)
