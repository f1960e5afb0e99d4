"""What the childcare edit dialogs share: a form dialog that validates as the user types (an error under each
field, Save disabled while anything is wrong), date fields written YYYY-MM-DD, and weekday check boxes."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError, ValidationError
from ui.common import dialogs
from ui.common.layout import reserve_line, set_available, set_line
from ui.common.saving import one_click, saves_once
from ui.theme import repolish


def weekday_names() -> list[str]:
    return [
        QCoreApplication.translate("ChildcareForms", "Mon"),
        QCoreApplication.translate("ChildcareForms", "Tue"),
        QCoreApplication.translate("ChildcareForms", "Wed"),
        QCoreApplication.translate("ChildcareForms", "Thu"),
        QCoreApplication.translate("ChildcareForms", "Fri"),
        QCoreApplication.translate("ChildcareForms", "Sat"),
        QCoreApplication.translate("ChildcareForms", "Sun"),
    ]


def option_label(option: str) -> str:
    return {
        "lunch": QCoreApplication.translate("ChildcareForms", "Lunch"),
        "nap": QCoreApplication.translate("ChildcareForms", "Nap"),
        "homework": QCoreApplication.translate("ChildcareForms", "Homework tutoring"),
        "school_pickup": QCoreApplication.translate("ChildcareForms", "Pick-up from school"),
    }.get(option, option)


def weekdays_text(mask: int) -> str:
    names = weekday_names()
    return " ".join(names[i] for i in range(7) if mask & (1 << i))


class WeekdayBoxes(QWidget):
    """Seven check boxes; `mask()` is bit 0 = Monday."""

    def __init__(self, name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.boxes: list[QCheckBox] = []
        for i, label in enumerate(weekday_names()):
            box = QCheckBox(label, self)
            box.setObjectName(f"{name}{i}")
            box.setAccessibleName(label)
            row.addWidget(box)
            self.boxes.append(box)
        row.addStretch(1)

    def mask(self) -> int:
        return sum(1 << i for i, b in enumerate(self.boxes) if b.isChecked())

    def set_mask(self, mask: int) -> None:
        for i, b in enumerate(self.boxes):
            b.setChecked(bool(mask & (1 << i)))

    def limit_to(self, mask: int) -> None:
        """Only the days the program runs can be chosen."""
        for i, b in enumerate(self.boxes):
            allowed = bool(mask & (1 << i))
            b.setEnabled(allowed)
            if not allowed:
                b.setChecked(False)


def parse_date(text: str) -> dt.date | None:
    """'' → None; a bad date raises ValueError."""
    text = text.strip()
    return dt.date.fromisoformat(text) if text else None


def parse_hhmm(text: str) -> int | None:
    """'16:30' → minutes after midnight; '' → None; anything else raises ValueError."""
    text = text.strip().replace("：", ":")
    if not text:
        return None
    hours, _, minutes = text.partition(":")
    if len(hours) > 2 or len(minutes) > 2:
        raise ValueError(text)  # "16:051" is not 16:51 (a paste with a stray digit), nor "0016:30" a time
    h, m = int(hours), int(minutes or "0")
    if not (0 <= h <= 24 and 0 <= m < 60) or h * 60 + m > 24 * 60:
        raise ValueError(text)
    return h * 60 + m


class FormDialog(QDialog):
    """A dialog of fields with an error label under each. Subclasses build the fields, then call `finish()`;
    they implement `collect()` → (input, errors found while reading the widgets) and `check(input)` → the
    service's errors, and `store(input)` which saves."""

    def __init__(self, parent: QWidget, name: str) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.error_labels: dict[str, QLabel] = {}
        self.field_widgets: dict[str, QWidget] = {}
        self.errors: dict[str, str] = {}
        self.touched = False
        self.summary = QLabel(self)
        self.summary.setObjectName("formSummary")
        self.summary.setProperty("role", "error")
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(QCoreApplication.translate("ChildcareForms", "Save"))
        self.save_button.setObjectName("saveButton")
        self.save_button.setAccessibleName(self.save_button.text())
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(QCoreApplication.translate("ChildcareForms", "Cancel"))
        cancel.setObjectName("cancelButton")
        cancel.setAccessibleName(cancel.text())
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        one_click(self.save_button)  # a double click saves once (ui.common.saving)

    # --- building helpers -------------------------------------------------------------------------
    def line(self, name: str, accessible: str, placeholder: str = "", max_len: int = 100) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setPlaceholderText(placeholder)
        # No maxLength: an over-long paste is kept and the field's message gives its true length (nothing is
        # cut silently); `max_len` is the service's limit, checked there.
        edit.textEdited.connect(self._touch)
        edit.textChanged.connect(self.validate)
        return edit

    def with_error(self, key: str, widget: QWidget) -> QWidget:
        box = QWidget(self)
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(1)
        v.addWidget(widget)
        label = QLabel(box)
        label.setObjectName(f"error_{key}")
        label.setProperty("role", "error")
        reserve_line(label)  # the line is there before any error: the fields below do not move (issue 16)
        label.hide()
        v.addWidget(label)
        self.error_labels[key] = label
        self.field_widgets[key] = widget
        return box

    def _touch(self, *_args) -> None:
        self.touched = True

    # --- subclass API -------------------------------------------------------------------------------
    def collect(self) -> tuple[object, dict[str, str]]:
        raise NotImplementedError

    def check(self, inp: object) -> dict[str, str]:
        raise NotImplementedError

    def store(self, inp: object) -> bool | None:
        """Save; return False to keep the dialog open (the user was asked for more)."""
        raise NotImplementedError

    # --- validation as the user types -------------------------------------------------------------
    def validate(self, *_args) -> bool:
        inp, errors = self.collect()
        if inp is not None:
            for key, message in self.check(inp).items():
                errors.setdefault(key, message)
        self.show_errors(errors)
        return not errors

    def show_errors(self, errors: dict[str, str]) -> None:
        self.errors = errors
        # An empty required field is only shown as an error once the user has typed something.
        quiet = not self.touched
        for key, label in self.error_labels.items():
            message = "" if quiet else errors.get(key, "")
            set_line(label, message)
            widget = self.field_widgets[key]
            bad = bool(message)
            if isinstance(widget, QLineEdit) and widget.property("invalid") != bad:
                widget.setProperty("invalid", bad)
                repolish(widget)
        other = [m for k, m in errors.items() if k not in self.error_labels]
        self.summary.setText("" if quiet else "\n".join(other))
        reason = QCoreApplication.translate("ChildcareForms", "Correct what is marked in red first.")
        set_available(self.save_button, reason if errors else None)

    @saves_once
    def save(self) -> None:
        self.touched = True
        if not self.validate():
            return
        inp, _ = self.collect()
        try:
            done = self.store(inp)
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return
        except UserError as exc:
            dialogs.show_user_error(self, exc)
            return
        if done is not False:
            self.accept()

    def keyPressEvent(self, event) -> None:  # Enter saves, as at every counter
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not isinstance(self.focusWidget(), QPlainTextEdit):
            self.save()
            return
        super().keyPressEvent(event)
