"""The childcare part of a resident's profile: the children this adult may (or may not) collect."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.accounts.permissions import SEE_CHILDREN, may
from app.childcare import service as cc
from ui.context import AppContext


def create_profile_section(ctx: AppContext, resident_id: int) -> QWidget | None:
    # Children's data is shown only to the roles that deal with them (front desk, childcare, admin).
    if not may(ctx.actor, SEE_CHILDREN):
        return None
    links = cc.links_of_adult(ctx.db, ctx.actor, resident_id)
    places = cc.enrolments_of_resident(ctx.db, ctx.actor, resident_id)
    if not links and not places:
        return None
    box = QWidget(objectName="childcareProfile")
    box.setAccessibleName(QCoreApplication.translate("ChildcareProfile", "Childcare"))
    layout = QVBoxLayout(box)
    for name, e in places:
        label = QLabel(
            QCoreApplication.translate(
                "ChildcareProfile", "{child} is enrolled in {program} {group} until {end}"
            ).format(child=name, program=e.program_name, group=e.group, end=e.ends_on.isoformat())
        )
        label.setObjectName(f"childcareEnrolment{e.id}")
        layout.addWidget(label)
    if links:
        layout.addWidget(QLabel(QCoreApplication.translate("ChildcareProfile", "Children and pick-up authorisations")))
    for link in links:
        text = f"{link.child_name} · {cc.role_label(link.role)}"
        if link.relation:
            text += f" · {link.relation}"
        if link.valid_from or link.valid_to:
            text += " · " + QCoreApplication.translate("ChildcareProfile", "valid {start} – {end}").format(
                start=link.valid_from.isoformat() if link.valid_from else "…",
                end=link.valid_to.isoformat() if link.valid_to else "…",
            )
        if link.role in ("guardian", "pickup") and link.refusal:
            text += " · " + QCoreApplication.translate("ChildcareProfile", "not valid today")
        label = QLabel(text)
        label.setObjectName(f"childcareLink{link.contact_id}")
        if link.role == "blocked":
            label.setProperty("role", "stop")
        layout.addWidget(label)
    return box
