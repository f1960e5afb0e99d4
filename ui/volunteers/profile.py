"""The volunteers section of a resident's profile: approved and pending hours, by source."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QWidget

from app.volunteers.hours import apportion_text, hours_text
from app.volunteers.roster import kind_label
from app.volunteers.summary import resident_hours
from ui.context import AppContext


def create_profile_section(ctx: AppContext, resident_id: int) -> QWidget | None:
    info = resident_hours(ctx.db, resident_id)
    if info is None:
        return None

    box = QGroupBox(QCoreApplication.translate("VolunteersProfile", "Volunteer service"))
    box.setObjectName("volunteersProfile")
    form = QFormLayout(box)
    form.addRow(QCoreApplication.translate("VolunteersProfile", "Type"), QLabel(kind_label(info.kind)))
    if info.external_number:
        form.addRow(QCoreApplication.translate("VolunteersProfile", "Volunteer number"), QLabel(info.external_number))
    # hours by the one rule (app.volunteers.hours); the lines by source add up to the approved total shown
    sources = sorted(info.by_source.items())
    lines, total = apportion_text([m for _, m in sources])
    approved = QLabel(total)
    approved.setObjectName("volunteersProfileApproved")
    form.addRow(QCoreApplication.translate("VolunteersProfile", "Approved hours"), approved)
    form.addRow(
        QCoreApplication.translate("VolunteersProfile", "Waiting for approval"),
        QLabel(hours_text(info.pending_minutes)),
    )
    labels = {
        "shift": QCoreApplication.translate("VolunteersProfile", "Shifts"),
        "request": QCoreApplication.translate("VolunteersProfile", "Residents' requests"),
        "manual": QCoreApplication.translate("VolunteersProfile", "Other service"),
        "class": QCoreApplication.translate("VolunteersProfile", "Classes taught"),
    }
    for (src, _minutes), line in zip(sources, lines, strict=True):
        form.addRow("  " + labels.get(src, src), QLabel(line))
    return box
