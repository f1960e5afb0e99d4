"""今日关注 (未诉先办): the day's alerts at the front desk, grouped by rule; one click turns an alert into a visit
request for the party member linked to the household, or dismisses it with the reason.

The list is computed off the UI thread (app.alerts.service.today_alerts, through ui.common.tasks.run_task) while a
busy bar shows; the page follows other desks' changes (topics "alerts" and "requests")."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.accounts.permissions import MANAGE_ALERT_RULES, SEE_ALERTS, TAKE_REQUESTS, may
from app.alerts import service as A
from app.errors import UserError
from ui import keys
from ui.alerts import reason_dialog
from ui.alerts.models import ADDRESS, NAME, REASON, SINCE, STATUS, AlertsModel
from ui.common import dialogs
from ui.common import export as list_export
from ui.common.steps import Steps
from ui.common.tasks import run_task
from ui.context import AppContext


class AlertsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx  # every widget is made inside the page: moved in later, each would be styled again
        self.task = None
        self._again = False
        self._select_after: int | None = None

        self.heading = QLabel(self, objectName="alertsHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.heading.setFont(font)
        self.summary = QLabel(self, objectName="alertsSummary")
        self.busy = QProgressBar(self, objectName="alertsBusy")
        self.busy.setRange(0, 0)  # no known end: the moving bar
        self.busy.setMaximumWidth(160)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Working out today's alerts"))
        self.busy_label = QLabel(self.tr("Working out today's alerts…"), self, objectName="alertsBusyLabel")
        self.only_open = QCheckBox(self.tr("Only those still to do"), self, objectName="alertsOnlyOpen")
        self.only_open.setAccessibleName(self.only_open.text())
        self.only_open.toggled.connect(self.refresh)
        self.refresh_button = QPushButton(self.tr("Refresh"), self, objectName="alertsRefresh")
        self.refresh_button.setAccessibleName(self.tr("Refresh the list"))
        self.refresh_button.clicked.connect(self.refresh)
        self.rules_button = QPushButton(self.tr("Alert rules…"), self, objectName="alertRules")
        self.rules_button.setAccessibleName(self.tr("Alert rules"))
        self.rules_button.clicked.connect(self.edit_rules)
        self.rules_button.setVisible(may(ctx.actor, MANAGE_ALERT_RULES))

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addSpacing(12)
        top.addWidget(self.summary, 1)
        top.addWidget(self.busy_label)
        top.addWidget(self.busy)
        top.addWidget(self.only_open)
        top.addWidget(self.refresh_button)
        top.addWidget(self.rules_button)

        self.model = AlertsModel(self)
        self.table = QTableView(self, objectName="alertsTable")
        self.table.setAccessibleName(self.tr("Today's alerts"))
        self.table.setModel(self.model)
        list_export.install(
            self.table, "alerts", ctx=ctx, permission=SEE_ALERTS, filter_text=list_export.filter_of(self.only_open)
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in ((NAME, 140), (ADDRESS, 170), (SINCE, 112), (STATUS, 300)):
            self.table.setColumnWidth(col, width)
        header.setSectionResizeMode(REASON, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.table.doubleClicked.connect(self.open_resident)
        self.model.modelReset.connect(self._spans)
        self.setFocusProxy(self.table)  # the page's first field (ui/common/lazy.py first_field): arrows pick an alert

        # the buttons under the list come in a later step, after the page's first paint (ui/common/steps.py), into
        # this row, as high as a button from the start so the list does not move
        self.actions_box = QWidget(self, objectName="alertsActions")
        self.actions_box.setMinimumHeight(self.refresh_button.sizeHint().height())
        self.actions = QHBoxLayout(self.actions_box)
        self.actions.setContentsMargins(0, 0, 0, 0)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.actions_box)

        self._busy(False)
        self._update_heading()
        self.live_watch = ctx.live.watch(self.table, ("alerts", "requests"), self.refresh)
        self.refresh()
        self.steps = Steps(self)
        self.steps.then(self._build_actions)

    def _build_actions(self) -> None:
        """The chosen alert's buttons and detail (a later step)."""
        box, actions = self.actions_box, self.actions
        self.visit_button = QPushButton(
            self.tr("Visit request for the linked party member"), box, objectName="alertVisit"
        )
        self.visit_button.setAccessibleName(self.tr("Turn the alert into a visit request"))
        self.visit_button.clicked.connect(self.make_visit_request)
        self.dismiss_button = QPushButton(self.tr("Dismiss…"), box, objectName="alertDismiss")
        self.dismiss_button.setAccessibleName(self.tr("Dismiss the alert"))
        self.dismiss_button.clicked.connect(self.dismiss)
        self.profile_button = QPushButton(self.tr("Open the resident"), box, objectName="alertResident")
        self.profile_button.setAccessibleName(self.tr("Open the resident's profile"))
        self.profile_button.clicked.connect(self.open_resident)
        self.detail = QLabel(box, objectName="alertDetail")
        self.detail.setWordWrap(True)
        actions.addWidget(self.visit_button)
        actions.addWidget(self.dismiss_button)
        actions.addWidget(self.profile_button)
        actions.addWidget(self.detail, 1)
        self._update_buttons()
        keys.mark_made_later(self)

    # --- loading ------------------------------------------------------------------------------------------------

    def _busy(self, on: bool) -> None:
        self.busy.setVisible(on)
        self.busy_label.setVisible(on)
        self.refresh_button.setEnabled(not on)

    def _update_heading(self) -> None:
        today = clock.today()
        weekday = (
            self.tr("Monday"),
            self.tr("Tuesday"),
            self.tr("Wednesday"),
            self.tr("Thursday"),
            self.tr("Friday"),
            self.tr("Saturday"),
            self.tr("Sunday"),
        )[today.weekday()]
        self.heading.setText(
            self.tr("Today's alerts — {day}, {weekday}").format(day=today.isoformat(), weekday=weekday)
        )

    def refresh(self) -> None:
        """Work the list out again, off the UI thread; a second call while one runs runs once more after it."""
        if self.task is not None:
            self._again = True
            return
        db, actor, only_open = self.ctx.db, self.ctx.actor, self.only_open.isChecked()
        self._busy(True)

        def work(_progress):
            alerts = A.today_alerts(db, actor, include_handled=not only_open)
            alerts[: AlertsModel.CACHE // 3]  # the first screens' names read here, not on the UI thread
            return alerts

        def done(alerts) -> None:
            self.task = None
            self._show(alerts)
            self._finish()

        def failed(exc: BaseException) -> None:
            self.task = None
            self._finish()
            if isinstance(exc, UserError):
                dialogs.show_user_error(self, exc)
            else:
                sys.excepthook(type(exc), exc, exc.__traceback__)

        self.task = run_task(self, work, on_done=done, on_error=failed)

    def _finish(self) -> None:
        self._busy(False)
        if self._again:
            self._again = False
            self.refresh()

    def _show(self, alerts) -> None:
        current = self._current()
        keep = self._select_after or (current.id if current else None)
        self._select_after = None
        self.model.set_alerts(alerts)
        self._update_heading()
        counts = alerts.counts() if hasattr(alerts, "counts") else {}
        total = sum(counts.values())
        if total:
            self.summary.setText(self.tr("{n} alerts in {groups} groups").format(n=total, groups=len(counts)))
        else:
            self.summary.setText(self.tr("Nothing needs attention today."))
        row = self.model.row_of_alert(keep) if keep is not None else None
        if row is None:
            row = 1 if self.model.rowCount() > 1 else None
        if row is not None:
            self.table.selectRow(row)
        self._update_buttons()

    def _spans(self) -> None:
        self.table.clearSpans()
        for row in self.model.heading_rows():
            self.table.setSpan(row, 0, 1, self.model.columnCount())

    # --- the selected alert -----------------------------------------------------------------------------------------

    def _current(self) -> A.AlertRow | None:
        index = self.table.currentIndex()
        return self.model.alert_at(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        if not hasattr(self, "visit_button"):  # before the later step: it sets them when it comes
            return
        a = self._current()
        open_ = a is not None and a.state == A.OPEN
        may_request = may(self.ctx.actor, TAKE_REQUESTS)
        self.visit_button.setEnabled(open_ and a.can_visit and may_request)
        self.dismiss_button.setEnabled(open_)
        self.profile_button.setEnabled(a is not None and a.resident_id is not None)
        if a is None:
            self.visit_button.setToolTip(self.tr("Choose an alert first."))
            self.detail.setText("")
            return
        if not a.can_visit:
            self.visit_button.setToolTip(self.tr("This kind of alert is handled at the desk, not by a visit."))
        elif not may_request:
            self.visit_button.setToolTip(self.tr("Your role does not take requests."))
        else:
            self.visit_button.setToolTip(
                self.tr("Make a visit request assigned to the party member linked to this household.")
            )
        self.detail.setText(
            self.tr("Raised on {day}.").format(day=a.raised_on.isoformat()) if a.state == A.OPEN else ""
        )

    def make_visit_request(self) -> None:
        self.steps.finish()
        a = self._current()
        if a is None or not self.visit_button.isEnabled():
            return
        db, actor, alert_id = self.ctx.db, self.ctx.actor, a.id
        self.visit_button.setEnabled(False)

        def done(out: A.VisitOutcome) -> None:
            self.task = None
            if out.claimer_name:
                dialogs.inform(
                    self,
                    self.tr("Visit request {number} is made and claimed by party member {name}.").format(
                        number=out.number, name=out.claimer_name
                    ),
                )
            else:
                dialogs.warn(self, A.unassigned_visit_text(out.number, out.problem))
            self._select_after = alert_id
            self._finish()
            self.refresh()

        def failed(exc: BaseException) -> None:
            self.task = None
            self._finish()
            self._update_buttons()
            if isinstance(exc, UserError):
                dialogs.show_user_error(self, exc)
            else:
                sys.excepthook(type(exc), exc, exc.__traceback__)

        if self.task is not None:  # the list is being worked out: ask again in a moment
            self._update_buttons()
            return
        self._busy(True)
        self.task = run_task(self, lambda _p: A.to_visit_request(db, actor, alert_id), on_done=done, on_error=failed)

    def dismiss(self) -> None:
        a = self._current()
        if a is None or a.state != A.OPEN:
            return
        reason = reason_dialog.ask_reason(self, self.tr("Dismiss the alert"), self.tr("Why is no action needed?"))
        if reason is None:
            return
        try:
            A.dismiss(self.ctx.db, self.ctx.actor, a.id, reason)
        except UserError as exc:
            dialogs.show_user_error(self, exc)
            return
        self._select_after = a.id
        self.refresh()

    def open_resident(self, *_args) -> None:
        a = self._current()
        if a is not None and a.resident_id is not None:
            self.ctx.open_resident.emit(a.resident_id)

    def edit_rules(self) -> None:
        from ui.alerts.rules_dialog import RulesDialog

        dialog = RulesDialog(self.ctx, self)
        if dialog.exec():
            self.refresh()


def create_page(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    return AlertsPage(ctx, parent)
