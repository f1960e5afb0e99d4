"""A resident's profile: the record itself, then one section per counter (一人一档)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.accounts import privacy
from app.accounts.permissions import REVEAL_ID, may
from app.errors import UserError
from app.residents import service
from app.residents.service import ResidentDetail
from app.residents.tags import tag_label
from ui.common import dialogs
from ui.context import AppContext
from ui.pages import profile_section_factories


class ResidentProfile(QScrollArea):
    edit_requested = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("residentProfile")
        self.setAccessibleName(self.tr("Resident profile"))
        self.ctx = ctx
        self.resident_id: int | None = None
        self.detail: ResidentDetail | None = None
        self.setWidgetResizable(True)
        self._body = QWidget(self)
        self.setWidget(self._body)
        self._layout = QVBoxLayout(self._body)
        self._layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.show_empty()
        ctx.actor_changed.connect(self._actor_changed)

    def _clear(self, layout=None) -> None:
        """Remove every widget, including those inside nested layouts (the button row)."""
        layout = layout or self._layout
        while layout.count():
            item = layout.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()
                item.widget().deleteLater()
            elif item.layout() is not None:
                self._clear(item.layout())
                item.layout().deleteLater()

    def show_empty(self) -> None:
        self._clear()
        self.resident_id = None
        hint = QLabel(self.tr("Find a resident by name, pinyin initials, phone or ID digits, or scan an ID card."))
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        self._layout.addWidget(hint)

    def show_resident(self, resident_id: int) -> None:
        self._clear()
        self.resident_id = resident_id
        d = service.get_resident(self.ctx.db, resident_id)
        self.detail = d
        r = d.row
        title = QLabel(r.name, self._body)
        title.setObjectName("profileName")
        title.setProperty("role", "big")
        title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._layout.addWidget(title)
        if r.archived:
            archived = QLabel(self.tr("Archived: {reason}").format(reason=d.archive_reason or ""), self._body)
            archived.setProperty("role", "warning")
            self._layout.addWidget(archived)

        box = QGroupBox(self.tr("Record"), self._body)
        form = QFormLayout(box)
        age = r.age(clock.today())
        gender = {"M": self.tr("Male"), "F": self.tr("Female")}.get(r.gender or "", "")
        years = "" if age is None else self.tr("{n} years").format(n=age)
        form.addRow(self.tr("Gender / age"), QLabel(f"{gender} {years}"))
        form.addRow(self.tr("Birth date"), QLabel(r.birth_date.isoformat() if r.birth_date else ""))
        self.id_label = QLabel(r.masked_id, box)
        self.id_label.setObjectName("profileIdNumber")
        self.id_label.setAccessibleName(self.tr("ID number"))
        id_row = QWidget(box)
        id_layout = QHBoxLayout(id_row)
        id_layout.setContentsMargins(0, 0, 0, 0)
        id_layout.addWidget(self.id_label)
        self.reveal_button: QPushButton | None = None
        if r.id_number and may(self.ctx.actor, REVEAL_ID):
            self.reveal_button = QPushButton(self.tr("Reveal"), id_row)
            self.reveal_button.setObjectName("revealIdButton")
            self.reveal_button.setAccessibleName(self.tr("Reveal the full ID number"))
            self.reveal_button.setToolTip(self.tr("Shows the full number once; this is recorded in the audit trail."))
            self.reveal_button.clicked.connect(self.reveal_id)
            id_layout.addWidget(self.reveal_button)
            id_layout.setAlignment(self.reveal_button, Qt.AlignmentFlag.AlignLeft)
        id_layout.addStretch(1)
        self._id_layout = id_layout
        form.addRow(self.tr("ID number"), id_row)
        form.addRow(self.tr("Phone"), QLabel(privacy.shown_phone(self.ctx.actor, r.phone)))
        form.addRow(self.tr("Address"), QLabel(r.address))
        form.addRow(self.tr("Household"), QLabel(d.household or ""))
        form.addRow(self.tr("Local resident"), QLabel(self.tr("Yes") if d.is_local else self.tr("No")))
        tags = "、".join(tag_label(t) + (f"（{v}）" if v else "") for t, v in d.tags.items())
        tag_label_widget = QLabel(tags, box)
        tag_label_widget.setObjectName("profileTags")
        tag_label_widget.setWordWrap(True)
        form.addRow(self.tr("Categories"), tag_label_widget)
        emergency_phone = privacy.shown_phone(self.ctx.actor, d.emergency_phone)
        emergency = " ".join(x for x in (d.emergency_contact, emergency_phone) if x)
        form.addRow(self.tr("Emergency contact"), QLabel(emergency))
        notes = QLabel(d.notes or "", box)
        notes.setWordWrap(True)
        notes.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(self.tr("Notes"), notes)
        self._layout.addWidget(box)
        # how wide the record is with the Reveal button beside the number (the body's margins included)
        margins = self._layout.contentsMargins()
        self._record_wide = box.minimumSizeHint().width() + margins.left() + margins.right()

        buttons = QHBoxLayout()
        if not r.archived:
            edit = QPushButton(self.tr("Edit…"), self._body)
            edit.setObjectName("editResidentButton")
            edit.setAccessibleName(self.tr("Edit resident"))
            edit.clicked.connect(lambda: self.edit_requested.emit(resident_id))
            archive = QPushButton(self.tr("Archive…"), self._body)
            archive.setObjectName("archiveResidentButton")
            archive.setAccessibleName(self.tr("Archive resident"))
            archive.clicked.connect(self.archive)
            buttons.addWidget(edit)
            buttons.addWidget(archive)
        else:
            restore = QPushButton(self.tr("Restore"), self._body)
            restore.setObjectName("restoreResidentButton")
            restore.setAccessibleName(self.tr("Restore resident"))
            restore.clicked.connect(self.restore)
            buttons.addWidget(restore)
        buttons.addStretch(1)
        self._layout.addLayout(buttons)

        for factory in profile_section_factories():
            section = factory(self.ctx, resident_id)
            if section is not None:
                self._layout.addWidget(section)
        self._keep_width()

    def _keep_width(self) -> None:
        """Fit the pane the splitter leaves, and never be narrower than what it shows needs (the Reveal button of
        the ID number was cut off at 1366×768, in English the more): the text fields of every form here, the
        counters' sections included, wrap; the Reveal button goes under the number when the two do not fit side by
        side (`_fit_id_row`); then the profile is at least its body's minimum width (with the button under the
        number), the vertical scroll bar and the frame, so the splitter handle cannot squeeze anything out of view.
        The minimum only grows: the page does not jump from one resident to the next."""
        for form in self._body.findChildren(QFormLayout):
            for row in range(form.rowCount()):
                item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
                field = item.widget() if item is not None else None
                if isinstance(field, QLabel) and field is not self.id_label:
                    field.setWordWrap(True)
        self._id_layout.setDirection(QBoxLayout.Direction.TopToBottom)
        self._body.layout().activate()
        body = self._body.minimumSizeHint().width()
        needed = body + self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()
        if needed > self.minimumWidth():
            self.setMinimumWidth(needed)
        self._fit_id_row()

    def _fit_id_row(self) -> None:
        """The Reveal button beside the number when the record has room for both, else under it."""
        layout = getattr(self, "_id_layout", None)
        if layout is None or self.reveal_button is None:
            return
        wide = self.viewport().width() >= self._record_wide
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if layout.direction() != direction:
            layout.setDirection(direction)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit_id_row()

    def reveal_id(self) -> None:
        """The full number of this one resident, for a role that may see it; the reveal is audited."""
        if self.resident_id is None:
            return
        try:
            number = privacy.reveal_id_number(self.ctx.db, self.ctx.actor, self.resident_id, "resident profile")
        except UserError as exc:
            dialogs.show_user_error(self, exc)
            return
        self.id_label.setText(number)
        self.id_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if self.reveal_button is not None:
            self.reveal_button.setEnabled(False)

    def _actor_changed(self) -> None:
        """After an unlock or a change of user, a revealed number is masked again (and buttons follow the role)."""
        if self.resident_id is not None:
            self.show_resident(self.resident_id)

    def archive(self) -> None:
        if self.resident_id is None:
            return
        reason = dialogs.ask_text(
            self,
            self.tr("Archive resident"),
            self.tr("Why is this record archived (moved away, deceased, duplicate…)?"),
        )
        if reason is None:
            return
        try:
            service.archive_resident(self.ctx.db, self.ctx.actor, self.resident_id, reason)
        except UserError as exc:
            dialogs.show_user_error(self, exc)
            return
        rid = self.resident_id
        self.ctx.resident_changed.emit(rid)
        self.show_resident(rid)

    def restore(self) -> None:
        if self.resident_id is None:
            return
        service.restore_resident(self.ctx.db, self.ctx.actor, self.resident_id)
        rid = self.resident_id
        self.ctx.resident_changed.emit(rid)
        self.show_resident(rid)
