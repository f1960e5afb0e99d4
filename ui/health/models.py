"""Table models of the health corner: search results, the due list, a record's conditions, plans, readings and
referrals. Small lists (a record holds at most a few dozen rows; the due list is capped by the service)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app import clock
from app.health import record as HR
from app.health.readings import glucose_timing_label, tenths
from app.requests import workflow as W
from ui.common.paged_model import Column, ListTableModel

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
OVERDUE = QBrush(QColor("#b3261e"))
VOIDED = QBrush(QColor("#8a8a8a"))


def _day(d: dt.date | None) -> str:
    return d.isoformat() if d else ""


def _local(moment: dt.datetime) -> str:
    return clock.to_local(moment).strftime("%Y-%m-%d %H:%M")


class DueModel(ListTableModel):
    CONTEXT = "HealthDueModel"
    COLUMNS = (
        Column("due", QT_TRANSLATE_NOOP("HealthDueModel", "Due")),
        Column("state", QT_TRANSLATE_NOOP("HealthDueModel", "State")),
        Column("kind", QT_TRANSLATE_NOOP("HealthDueModel", "What is due")),
        Column("name", QT_TRANSLATE_NOOP("HealthDueModel", "Resident")),
        Column("id", QT_TRANSLATE_NOOP("HealthDueModel", "ID number")),
        Column("phone", QT_TRANSLATE_NOOP("HealthDueModel", "Phone")),
        Column("what", QT_TRANSLATE_NOOP("HealthDueModel", "Condition / team")),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.today = clock.today()

    def display(self, row: HR.DueRow, column: int) -> str:
        if column == 0:
            return _day(row.due)
        if column == 1:
            if row.overdue:
                return QCoreApplication.translate("HealthDueModel", "Overdue {n} d").format(
                    n=(self.today - row.due).days
                )
            return QCoreApplication.translate("HealthDueModel", "Due")
        if column == 2:
            if row.kind == HR.FOLLOWUP:
                return QCoreApplication.translate("HealthDueModel", "Follow-up")
            return QCoreApplication.translate("HealthDueModel", "Family-doctor renewal")
        return (row.name, row.masked_id, row.phone, row.what)[column - 3] if column >= 3 else ""

    def sort_value(self, row: HR.DueRow, column: int):
        return row.due if column in (0, 1) else self.display(row, column)

    def foreground(self, row: HR.DueRow, column: int):
        return OVERDUE if row.overdue and column in (0, 1) else None


class ConditionsModel(ListTableModel):
    CONTEXT = "HealthConditionsModel"
    COLUMNS = (
        Column("code", QT_TRANSLATE_NOOP("HealthConditionsModel", "Code")),
        Column("name", QT_TRANSLATE_NOOP("HealthConditionsModel", "Condition")),
        Column("since", QT_TRANSLATE_NOOP("HealthConditionsModel", "Diagnosed")),
    )

    def display(self, row: HR.ConditionRow, column: int) -> str:
        return (row.code, row.name, _day(row.diagnosed_on))[column]


class PlansModel(ListTableModel):
    CONTEXT = "HealthPlansModel"
    COLUMNS = (
        Column("condition", QT_TRANSLATE_NOOP("HealthPlansModel", "Condition")),
        Column("every", QT_TRANSLATE_NOOP("HealthPlansModel", "Every")),
        Column("last", QT_TRANSLATE_NOOP("HealthPlansModel", "Last follow-up")),
        Column("next", QT_TRANSLATE_NOOP("HealthPlansModel", "Next due")),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.today = clock.today()

    def display(self, row: HR.PlanRow, column: int) -> str:
        if column == 0:
            return row.condition or QCoreApplication.translate("HealthPlansModel", "General")
        if column == 1:
            return QCoreApplication.translate("HealthPlansModel", "{n} months").format(n=row.interval_months)
        return _day(row.last_followup_on) if column == 2 else _day(row.next_due)

    def foreground(self, row: HR.PlanRow, column: int):
        return OVERDUE if column == 3 and row.next_due < self.today else None


class ReadingsModel(ListTableModel):
    CONTEXT = "HealthReadingsModel"
    COLUMNS = (
        Column("at", QT_TRANSLATE_NOOP("HealthReadingsModel", "Taken")),
        Column("bp", QT_TRANSLATE_NOOP("HealthReadingsModel", "BP mmHg"), RIGHT),
        Column("pulse", QT_TRANSLATE_NOOP("HealthReadingsModel", "Pulse"), RIGHT),
        Column("glucose", QT_TRANSLATE_NOOP("HealthReadingsModel", "Glucose mmol/L"), RIGHT),
        Column("weight", QT_TRANSLATE_NOOP("HealthReadingsModel", "Weight kg"), RIGHT),
        Column("by", QT_TRANSLATE_NOOP("HealthReadingsModel", "Taken by")),
    )

    def display(self, row: HR.ReadingRow, column: int) -> str:
        if column == 0:
            return _local(row.taken_at)
        if column == 1:
            return f"{row.systolic}/{row.diastolic}" if row.systolic is not None else ""
        if column == 2:
            return "" if row.pulse is None else str(row.pulse)
        if column == 3:
            if row.glucose_tenths is None:
                return ""
            return f"{tenths(row.glucose_tenths)} ({glucose_timing_label(row.glucose_timing)})"
        if column == 4:
            return tenths(row.weight_tenths)
        return row.taken_by

    def foreground(self, row: HR.ReadingRow, column: int):
        return VOIDED if row.voided else None

    def font(self, row: HR.ReadingRow, column: int):
        if not row.voided:
            return None
        f = QFont()
        f.setStrikeOut(True)
        return f

    def tooltip(self, row: HR.ReadingRow, column: int) -> str | None:
        if row.voided:
            return QCoreApplication.translate("HealthReadingsModel", "Voided")
        return row.note or None


class ReferralsModel(ListTableModel):
    CONTEXT = "HealthReferralsModel"
    COLUMNS = (
        Column("at", QT_TRANSLATE_NOOP("HealthReferralsModel", "Referred")),
        Column("partner", QT_TRANSLATE_NOOP("HealthReferralsModel", "Partner")),
        Column("number", QT_TRANSLATE_NOOP("HealthReferralsModel", "Request")),
        Column("status", QT_TRANSLATE_NOOP("HealthReferralsModel", "Status")),
        Column("reason", QT_TRANSLATE_NOOP("HealthReferralsModel", "Reason")),
    )

    def display(self, row: HR.ReferralRow, column: int) -> str:
        if column == 0:
            return _local(row.created_at)[:10]
        if column == 3:
            return W.status_label(row.request_status)
        return (row.partner, row.request_number)[column - 1] if column in (1, 2) else row.reason
