"""The book room's section of a resident's profile: their reader card, the books out on it (a child's on the
guardian's card too), holds, and how many books they have borrowed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QWidget

from app.accounts.permissions import LEND_BOOKS, may
from app.library.desk import resident_library
from ui.context import AppContext


def create_profile_section(ctx: AppContext, resident_id: int) -> QWidget | None:
    if not may(ctx.actor, LEND_BOOKS):
        return None
    info = resident_library(ctx.db, ctx.actor, resident_id)
    if not info.card_no and not info.loans and not info.holds and not info.loans_ever:
        return None
    box = QGroupBox(QCoreApplication.translate("LibraryProfile", "City book room"))
    box.setObjectName("libraryProfile")
    form = QFormLayout(box)
    if info.card_no:
        form.addRow(QCoreApplication.translate("LibraryProfile", "Reader card"), QLabel(info.card_no))
    elif info.on_guardian_card:
        form.addRow(
            QCoreApplication.translate("LibraryProfile", "Borrows on"),
            QLabel(QCoreApplication.translate("LibraryProfile", "{name}'s card").format(name=info.on_guardian_card)),
        )
    loans = QLabel(
        "\n".join(
            QCoreApplication.translate("LibraryProfile", "“{title}” ({who}), due {due}{late}").format(
                title=x.title,
                who=x.borrower,
                due=x.due_on.isoformat(),
                late=QCoreApplication.translate("LibraryProfile", ", {n} days overdue").format(n=x.overdue_days)
                if x.overdue_days
                else "",
            )
            for x in info.loans
        )
        or QCoreApplication.translate("LibraryProfile", "None")
    )
    loans.setObjectName("libraryProfileLoans")
    loans.setWordWrap(True)
    form.addRow(QCoreApplication.translate("LibraryProfile", "Books out"), loans)
    holds = QLabel(
        "\n".join(
            QCoreApplication.translate("LibraryProfile", "“{title}”: number {n} in the queue").format(
                title=h.title, n=h.position
            )
            if h.status != "ready"
            else QCoreApplication.translate("LibraryProfile", "“{title}”: ready to collect").format(title=h.title)
            for h in info.holds
        )
        or QCoreApplication.translate("LibraryProfile", "None")
    )
    holds.setObjectName("libraryProfileHolds")
    form.addRow(QCoreApplication.translate("LibraryProfile", "Holds"), holds)
    form.addRow(QCoreApplication.translate("LibraryProfile", "Books borrowed in all"), QLabel(str(info.loans_ever)))
    return box
