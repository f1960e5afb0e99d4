"""The buildings-and-visits section of a resident's profile: household, last visit, the party member who looks
after them (三带一联), council roles, and for a party member the households and units they look after."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QTableView, QWidget

from app.accounts.permissions import RECORD_VISITS, may
from app.community import households as H
from app.community.service import seat_label
from ui.community.models import LinksModel
from ui.context import AppContext


def create_profile_section(ctx: AppContext, resident_id: int) -> QWidget | None:
    if not may(ctx.actor, RECORD_VISITS):
        return None
    info = H.resident_community(ctx.db, ctx.actor, resident_id)
    if info.household is None and not info.looks_after and not info.seats:
        return None
    box = QGroupBox(QCoreApplication.translate("CommunityProfile", "Building and visits"))
    box.setObjectName("communityProfile")
    form = QFormLayout(box)
    if info.household is not None:
        form.addRow(
            QCoreApplication.translate("CommunityProfile", "Household"), QLabel(H.household_label(*info.household))
        )
        last = QLabel(
            info.last_visit.isoformat()
            if info.last_visit
            else QCoreApplication.translate("CommunityProfile", "never visited")
        )
        last.setObjectName("communityProfileLastVisit")
        form.addRow(QCoreApplication.translate("CommunityProfile", "Last visit"), last)
        carer = QLabel(info.caretaker_name or QCoreApplication.translate("CommunityProfile", "nobody linked yet"))
        carer.setObjectName("communityProfileCaretaker")
        form.addRow(QCoreApplication.translate("CommunityProfile", "Looked after by (三带一联)"), carer)
    for council, seat, since in info.seats:
        form.addRow(
            QCoreApplication.translate("CommunityProfile", "Council role"),
            QLabel(f"{council} · {seat_label(seat)} ({since.isoformat()})"),
        )
    if info.looks_after:
        model = LinksModel(box)
        model.set_rows(info.looks_after)
        table = QTableView(box)
        table.setObjectName("communityProfileLinks")
        table.setAccessibleName(
            QCoreApplication.translate("CommunityProfile", "Households and units this party member looks after")
        )
        table.setModel(model)
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        table.setMinimumHeight(120)
        form.addRow(QCoreApplication.translate("CommunityProfile", "Looks after (三带一联)"), table)
        box.links_model = model  # type: ignore[attr-defined]
    return box
