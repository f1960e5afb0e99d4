"""The monthly report tab: pick a month, open the PDF preview."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.errors import UserError
from app.requests import reports as R
from ui.common import dialogs, documents
from ui.context import AppContext


class ReportPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("requestReport")
        self.ctx = ctx
        self.month = QDateEdit(QDate.currentDate(), self)
        self.month.setObjectName("reportMonth")
        self.month.setAccessibleName(self.tr("Month"))
        self.month.setDisplayFormat("yyyy-MM")
        self.button = QPushButton(self.tr("Monthly report (PDF)"), self)
        self.button.setObjectName("monthlyReport")
        self.button.setAccessibleName(self.tr("Monthly report"))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Month"), self))
        row.addWidget(self.month)
        row.addWidget(self.button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        explain = QLabel(
            self.tr(
                "Response rate: signed for or handled on the spot within one working day. "
                "Resolution rate: resolved or closed. Satisfaction rate: satisfied or basically satisfied, "
                "of the month's follow-up calls. Cancelled requests are left out."
            ),
            self,
        )
        explain.setWordWrap(True)
        layout.addWidget(explain)
        layout.addStretch(1)
        self.button.clicked.connect(self.make_report)

    def make_report(self) -> None:
        d = self.month.date()
        try:
            pdf = R.monthly_report_pdf(self.ctx.db, self.ctx.actor, d.year(), d.month())
        except UserError as exc:
            dialogs.show_user_error(self, exc)
            return
        path = documents.write_document(pdf, "requests-report", f"{d.year()}-{d.month():02d}")
        documents.preview(self, path, self.tr("Requests monthly report"))
