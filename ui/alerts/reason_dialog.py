"""Asking why an alert needs no action: the dialog stays open until a reason is written (clerk's report, item 4)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget


class ReasonDialog(QDialog):
    """One line of reason; OK (and Enter) only once something other than spaces is written."""

    def __init__(self, parent: QWidget | None, title: str, label: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.label = QLabel(label, self)
        self.label.setWordWrap(True)  # the label may name a person and the rule: it wraps, the dialog fits 1366×768
        self.edit = QLineEdit(self)
        self.edit.setObjectName("alertReasonEdit")
        self.label.setBuddy(self.edit)
        self.hint = QLabel(self.tr("Write why no action is needed; OK is available once a reason is written."), self)
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.edit)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.edit.textChanged.connect(self._update)
        self._update()

    @property
    def ok_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def reason(self) -> str:
        return self.edit.text().strip()

    def _update(self) -> None:
        has = bool(self.reason())
        self.ok_button.setEnabled(has)
        self.hint.setVisible(not has)

    def accept(self) -> None:
        if not self.reason():  # Enter on an empty line: stay open
            self.edit.setFocus()
            return
        super().accept()


def ask_reason(parent: QWidget, title: str, label: str) -> str | None:
    """The reason written (stripped, never empty), or None when cancelled."""
    dialog = ReasonDialog(parent, title, label)
    try:
        return dialog.reason() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
