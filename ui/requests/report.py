"""The monthly report tab: pick a month, open the PDF preview."""

from __future__ import annotations

import sys

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app import clock
from app.errors import UserError
from app.requests import reports as R
from ui.common import dialogs, documents
from ui.common.tasks import run_task
from ui.context import AppContext


class ReportPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("requestReport")
        self.ctx = ctx
        today = clock.today()
        self.month = QDateEdit(QDate(today.year, today.month, 1), self)
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
                "Every figure counts the requests received in the month (cancelled ones left out), as they stand "
                "today. Response rate: signed for or handled on the spot within one working day. "
                "Resolution rate: resolved or closed. Satisfaction rate: satisfied or basically satisfied, of "
                "those whose follow-up call was answered; calls that reached nobody are counted apart (not reached)."
            ),
            self,
        )
        explain.setWordWrap(True)
        layout.addWidget(explain)
        layout.addStretch(1)
        self.button.clicked.connect(self.make_report)

    def make_report(self) -> None:
        """Counted and rendered off the UI thread (a month of a busy center is thousands of requests)."""
        d = self.month.date()
        year, month = d.year(), d.month()
        db, actor = self.ctx.db, self.ctx.actor
        self.button.setEnabled(False)

        def done(pdf: bytes) -> None:
            self.button.setEnabled(True)
            path = documents.write_document(pdf, "requests-report", f"{year}-{month:02d}")
            documents.preview(self, path, self.tr("Requests monthly report"))

        def failed(exc: BaseException) -> None:
            self.button.setEnabled(True)
            if isinstance(exc, UserError):
                dialogs.show_user_error(self, exc)
            else:
                sys.excepthook(type(exc), exc, exc.__traceback__)

        self.task = run_task(
            self,
            lambda _progress: R.monthly_report_pdf(db, actor, year, month),
            on_done=done,
            on_error=failed,
            label=self.tr("Preparing the monthly report…"),
        )
