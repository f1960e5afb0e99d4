"""The canteen's section of a resident's profile: tickets, subsidy received, card balance."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QWidget

from app.canteen import listing, service
from app.canteen.pricing import money
from ui.context import AppContext


def create_profile_section(ctx: AppContext, resident_id: int) -> QWidget | None:
    n, subsidy, last = listing.diner_totals(ctx.db, resident_id)
    info = service.diner_info(ctx.db, resident_id)
    if not n and info.card_no is None:
        return None

    box = QGroupBox(QCoreApplication.translate("CanteenProfile", "Canteen"))
    box.setObjectName("canteenProfile")
    form = QFormLayout(box)
    form.addRow(QCoreApplication.translate("CanteenProfile", "Meal tickets"), QLabel(str(n)))
    form.addRow(QCoreApplication.translate("CanteenProfile", "Subsidy received"), QLabel(money(int(subsidy))))
    form.addRow(QCoreApplication.translate("CanteenProfile", "Last meal"), QLabel(last.isoformat() if last else ""))
    if info.card_no is not None:
        form.addRow(
            QCoreApplication.translate("CanteenProfile", "Meal card"),
            QLabel(f"{info.card_no} · {money(info.balance_fen or 0)}"),
        )
    return box
