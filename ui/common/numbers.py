"""A number the clerk types, kept as typed: nothing swallowed, nothing cut.

A QSpinBox or QDoubleSpinBox with a maximum refuses the keystroke that would pass it, and puts the last value back
when the cursor leaves a number it does not accept: 99999 typed as hours became 9.00 and was saved as nine hours,
with no word. `NumberEdit` keeps every character typed; `value()` reads it when the form is saved and raises a
ValidationError in the user's language (naming the field, the range and what was typed) when it is not a number in
range, so the save changes nothing."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from app.errors import ValidationError


def _plain(number: Decimal | int | float, decimals: int) -> str:
    """12, 0.25, 2.5: no trailing zeros, at most `decimals` places."""
    d = Decimal(str(number)).quantize(Decimal(1).scaleb(-decimals)) if decimals else Decimal(int(number))
    text = format(d, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


class NumberEdit(QLineEdit):
    """A number from `low` to `high` with at most `decimals` places (0: a whole number); `field` is the name the
    error is filed under, `label` the field's name in the message. Full-width digits (１２) and a trailing unit
    the clerk adds themselves are not accepted: the message says what is."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        low: float,
        high: float,
        decimals: int = 0,
        value: float | None = None,
        field: str = "",
        label: str = "",
    ) -> None:
        super().__init__(parent)
        self.low, self.high, self.decimals = low, high, decimals
        self.field, self.label = field, label
        # no maxLength: a paste cut short would be a different number; whatever is typed is refused whole
        if value is not None:
            self.setValue(value)

    def setValue(self, number: float) -> None:  # noqa: N802 - the spin box's name, for the forms and tests
        self.setText(_plain(number, self.decimals))

    def value(self) -> float | int:
        """The number typed: an int when `decimals` is 0, else a float rounded to `decimals` places. Raises
        ValidationError ({field: message}) for empty text, not a number, too many decimals, or out of range."""
        text = self.text().strip()
        try:
            number = Decimal(text)
            if not number.is_finite():
                raise InvalidOperation
        except InvalidOperation:
            number = None
        too_fine = number is not None and number != number.quantize(Decimal(1).scaleb(-self.decimals))
        if number is None or too_fine or not (Decimal(str(self.low)) <= number <= Decimal(str(self.high))):
            if self.decimals:
                message = QCoreApplication.translate(
                    "NumberEdit", "{label}: give a number from {low} to {high} (at most {places} decimals); “{text}” was typed."
                )
            else:
                message = QCoreApplication.translate(
                    "NumberEdit", "{label}: give a whole number from {low} to {high}; “{text}” was typed."
                )
            raise ValidationError(
                {
                    self.field or "number": message.format(
                        label=self.label or self.accessibleName(),
                        low=_plain(self.low, self.decimals),
                        high=_plain(self.high, self.decimals),
                        places=self.decimals,
                        text=text,
                    )
                }
            )
        return float(number) if self.decimals else int(number)
