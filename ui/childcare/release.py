"""The force-release dialog: release a child the rules refuse, with a supervisor's approval.

What is missing is asked first (which adult; for an adult not on the list their name and a phone or ID number;
then the reason), each in its own field, and nothing typed is lost on a refusal or a failed approval: the dialog
stays open with its fields as they were. A blocked adult is refused in red, with no way on (the service audits
the attempt). Approval: `ui.accounts.approval.ask_approval` for an account holding OVERRIDE_PICKUP.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.accounts.permissions import OVERRIDE_PICKUP, roles_with
from app.childcare import service as cc
from app.childcare.release import blocked_message
from app.errors import UserError, ValidationError
from app.field_labels import too_long
from db.limits import text_limit
from ui.accounts import approval
from ui.common.saving import one_click, saves_once
from ui.context import AppContext
from ui.theme import repolish

ALONE = -1
UNLISTED = -2


class ReleaseDialog(QDialog):
    """Non-blocking (`open()`): emits `released(result)` after a release and closes; stays open otherwise."""

    released = Signal(object)

    def __init__(
        self, ctx: AppContext, parent: QWidget, child_id: int, child_name: str, adult: int | None, at=None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("childcareReleaseDialog")
        self.ctx = ctx
        self.child_id = child_id
        self.child_name = child_name
        self.at = at
        self.setWindowTitle(self.tr("Release with a supervisor's approval"))
        intro = QLabel(
            self.tr(
                "{child}: release to an adult the rules refuse, with the approval of childcare staff or an "
                "administrator. A blocked adult can never take the child."
            ).format(child=child_name),
            self,
        )
        intro.setWordWrap(True)
        self.adult = QComboBox(self, objectName="releaseAdult")
        self.adult.setAccessibleName(self.tr("Adult collecting the child"))
        self.adult.addItem(self.tr("— choose the adult —"), None)
        self.refusals: dict[int, str] = {}
        self.blocked: set[int] = set()
        for c in cc.list_contacts(ctx.db, ctx.actor, child_id):
            label = f"{c.name} · {cc.role_label(c.role)}" + (f" · {c.relation}" if c.relation else "")
            if c.refusal:
                label += " ⚠"
                self.refusals[c.id] = c.refusal
            if c.role == "blocked":
                self.blocked.add(c.id)
            self.adult.addItem(label, c.id)
        self.adult.addItem(self.tr("Alone (consent needed)"), ALONE)
        self.adult.addItem(self.tr("An adult not on the list…"), UNLISTED)
        if adult is not None and (i := self.adult.findData(adult)) >= 0:
            self.adult.setCurrentIndex(i)
        self.name = QLineEdit(self, objectName="releaseAdultName")
        self.name.setAccessibleName(self.tr("Name of the adult not on the list"))
        self.phone = QLineEdit(self, objectName="releaseAdultPhone")
        self.phone.setAccessibleName(self.tr("Phone of the adult"))
        self.phone.setPlaceholderText(self.tr("Phone, or the ID number below"))
        self.id_number = QLineEdit(self, objectName="releaseAdultId")
        self.id_number.setAccessibleName(self.tr("ID number of the adult"))
        self.id_number.setPlaceholderText(self.tr("From the ID card shown; stored masked"))
        self.reason = QLineEdit(self, objectName="releaseReason")
        self.reason.setAccessibleName(self.tr("Reason for the override"))
        self.reason.setPlaceholderText(self.tr("e.g. the mother phoned; called back on the number on file"))
        self.form = QFormLayout()
        self.form.addRow(self.tr("Adult"), self.adult)
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Phone"), self.phone)
        self.form.addRow(self.tr("ID number"), self.id_number)
        self.form.addRow(self.tr("Reason"), self.reason)
        self.hint = QLabel(self, objectName="releaseHint")
        self.hint.setWordWrap(True)
        self.error = QLabel(self, objectName="releaseError")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.release_button = buttons.addButton(self.tr("Approve and release…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.release_button.setObjectName("releaseApprove")
        self.release_button.setAccessibleName(self.release_button.text())
        self.release_button.setDefault(True)
        self.four_eyes = self.tr("Another person approves: {name} cannot approve their own release.").format(
            name=ctx.actor.display_name
        )
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setAccessibleName(cancel.text())
        buttons.accepted.connect(self.try_release)
        one_click(self.release_button)  # a double click releases once (ui.common.saving)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.form)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.adult.currentIndexChanged.connect(self._adult_changed)
        self._adult_changed()
        self.resize(520, self.sizeHint().height())

    # ------------------------------------------------------------------ state
    def choice(self):
        return self.adult.currentData()

    def _adult_changed(self, *_args) -> None:
        unlisted = self.choice() == UNLISTED
        for w in (self.name, self.phone, self.id_number):
            self.form.setRowVisible(w, unlisted)
        data = self.choice()
        self.error.hide()
        self.hint.setText("")
        blocked = isinstance(data, int) and data in self.blocked
        # a blocked adult: red at once, and no button that invites asking for an approval that cannot help
        self.release_button.setEnabled(not blocked)
        self.release_button.setToolTip(blocked_message() if blocked else self.four_eyes)
        if blocked:
            self.show_error(blocked_message(), blocked=True)
        elif isinstance(data, int):
            self.hint.setText(self.refusals.get(data, ""))

    def show_error(self, text: str, *, blocked: bool = False) -> None:
        self.error.setText(text)
        self.error.setProperty("role", "blocked" if blocked else "stop")
        repolish(self.error)
        self.error.show()

    def _missing(self) -> tuple[QWidget, str] | None:
        """The first thing still missing, in the order the desk fills the dialog."""
        data = self.choice()
        if data is None:
            return self.adult, self.tr("Choose the adult collecting the child first.")
        if data == UNLISTED:
            if not self.name.text().strip():
                return self.name, self.tr("Enter the name of the adult collecting the child.")
            if not self.phone.text().strip() and not self.id_number.text().strip():
                return self.phone, self.tr("Enter the adult's phone number or ID number.")
        if not self.reason.text().strip():
            return self.reason, self.tr("Give the reason for the override.")
        # a paste is kept whole (no maxLength): an over-long one is named with its true length, nothing is saved
        # the limits are the service's own (db.limits, as app.boundary checks sign_out and UnlistedAdult)
        checks = [(self.reason, "override_reason", text_limit("override_reason", "sign_out"))]
        if data == UNLISTED:
            checks = [
                (self.name, "adult_name", text_limit("name", "UnlistedAdult")),
                (self.phone, "adult_phone", text_limit("phone", "UnlistedAdult")),
                (self.id_number, "id_number", text_limit("id_number", "UnlistedAdult")),
                *checks,
            ]
        for widget, field, limit in checks:
            text = widget.text().strip()
            if limit is not None and len(text) > limit.length:
                return widget, too_long(field, limit.length, len(text))
        return None

    def _call(self, approver):
        data = self.choice()
        unlisted = None
        if data == UNLISTED:
            unlisted = cc.UnlistedAdult(self.name.text(), self.phone.text(), self.id_number.text())
        return cc.sign_out(
            self.ctx.db,
            self.ctx.actor,
            self.child_id,
            data if isinstance(data, int) and data >= 0 else None,
            alone=data == ALONE,
            unlisted=unlisted,
            at=self.at,
            approver=approver,
            override_reason=self.reason.text() if approver is not None else "",
        )

    def _field_for(self, exc: UserError) -> QWidget | None:
        fields = exc.errors if isinstance(exc, ValidationError) else {exc.field: exc.message}
        widgets = {"adult_name": self.name, "adult_phone": self.phone, "adult_id": self.id_number}
        widgets.update({"reason": self.reason, "contact": self.adult})
        return next((widgets[f] for f in fields if f in widgets), None)

    @saves_once
    def try_release(self) -> None:
        missing = self._missing()
        if missing is not None:
            widget, text = missing
            self.show_error(text)
            widget.setFocus()
            return
        # First without an approver: a blocked adult is refused (and audited) before anyone types a password,
        # and an adult who may collect after all is released without an override.
        try:
            result = self._call(None)
        except cc.BlockedAdult as exc:
            self.show_error(exc.message, blocked=True)
            return
        except ValidationError as exc:
            self.show_error(exc.message)
            if (w := self._field_for(exc)) is not None:
                w.setFocus()
            return
        except UserError as exc:
            refusal = exc.message
        else:
            self._done(result)
            return
        purpose = (
            self.tr("Release {child}: {refusal} Reason: {reason}").format(
                child=self.child_name, refusal=refusal, reason=self.reason.text().strip()
            )
            + " "
            + self.four_eyes
        )
        approver = approval.ask_approval(self, self.ctx, purpose, roles_with(OVERRIDE_PICKUP))
        if approver is None:
            self.show_error(self.tr("Not approved: the child has not been released.") + " " + refusal)
            return
        try:
            result = self._call(approver)
        except cc.BlockedAdult as exc:
            self.show_error(exc.message, blocked=True)
            return
        except UserError as exc:
            self.show_error(exc.message)
            return
        self._done(result)

    def _done(self, result) -> None:
        self.released.emit(result)
        self.accept()
