"""Table models of the health corner: search results, the due list, a record's conditions, plans, readings and
referrals. Small lists (a record holds at most a few dozen rows; the due list is capped by the service)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app import clock
from app.health import record as HR
from app.health import service as H
from app.health.readings import glucose_timing_label, tenths
from app.requests import workflow as W
from ui.common.paged_model import Column, ListTableModel
from ui.common.row_texts import RowTexts

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
OVERDUE = QBrush(QColor("#b3261e"))
VOIDED = QBrush(QColor("#8a8a8a"))


def _day(d: dt.date | None) -> str:
    return d.isoformat() if d else ""


def _local(moment: dt.datetime) -> str:
    """Local time; the year only when it is not this year's."""
    local = clock.to_local(moment)
    return local.strftime("%m-%d %H:%M" if local.year == clock.today().year else "%Y-%m-%d %H:%M")


class DueModel(RowTexts, ListTableModel):
    CONTEXT = "HealthDueModel"
    COLUMNS = (
        Column("due", QT_TRANSLATE_NOOP("HealthDueModel", "Due")),
        Column("state", QT_TRANSLATE_NOOP("HealthDueModel", "State")),
        Column("kind", QT_TRANSLATE_NOOP("HealthDueModel", "What is due")),
        Column("name", QT_TRANSLATE_NOOP("HealthDueModel", "Resident")),
        Column("id", QT_TRANSLATE_NOOP("HealthDueModel", "ID number")),
        Column("phone", QT_TRANSLATE_NOOP("HealthDueModel", "Phone")),
        Column("what", QT_TRANSLATE_NOOP("HealthDueModel", "Condition / team")),
        Column("tried", QT_TRANSLATE_NOOP("HealthDueModel", "Failed attempts")),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.today = clock.today()

    def display(self, row: HR.DueRow, column: int) -> str:
        if column == 7:
            return H.attempts_summary(row.attempts, row.last_attempt_on, row.last_attempt_outcome)
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
        if column == 7:
            return (row.attempts, row.last_attempt_on or dt.date.min)
        return row.due if column in (0, 1) else self.display(row, column)

    def foreground(self, row: HR.DueRow, column: int):
        return OVERDUE if row.overdue and column in (0, 1) else None


@dataclass(frozen=True)
class CareRow:
    """One line of "conditions and follow-ups": a condition with one of its plans, a condition without a plan, or a
    general plan (no condition)."""

    condition: HR.ConditionRow | None
    plan: HR.PlanRow | None
    attempts: tuple[HR.AttemptRow, ...] = ()  # the plan's failed attempts on the record, newest first


def care_rows(rec: HR.HealthRecord) -> list[CareRow]:
    def row(c: HR.ConditionRow | None, p: HR.PlanRow) -> CareRow:
        return CareRow(c, p, tuple(a for a in rec.attempts if a.plan_id == p.id))

    rows: list[CareRow] = []
    for c in rec.conditions:
        plans = [p for p in rec.plans if p.condition_id == c.id]
        rows += [row(c, p) for p in plans] or [CareRow(c, None)]
    rows += [row(None, p) for p in rec.plans if p.condition_id is None]
    return rows


class CareModel(ListTableModel):
    CONTEXT = "HealthCareModel"
    COLUMNS = (
        Column("code", QT_TRANSLATE_NOOP("HealthCareModel", "Code")),
        Column("condition", QT_TRANSLATE_NOOP("HealthCareModel", "Condition")),
        Column("every", QT_TRANSLATE_NOOP("HealthCareModel", "Follow up every")),
        Column("last", QT_TRANSLATE_NOOP("HealthCareModel", "Last follow-up")),
        Column("next", QT_TRANSLATE_NOOP("HealthCareModel", "Next due")),
        Column("tried", QT_TRANSLATE_NOOP("HealthCareModel", "Failed attempts")),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.today = clock.today()

    def display(self, row: CareRow, column: int) -> str:
        c, p = row.condition, row.plan
        if column == 0:
            return c.code if c else ""
        if column == 1:
            return c.name if c else QCoreApplication.translate("HealthCareModel", "General")
        if p is None:
            return QCoreApplication.translate("HealthCareModel", "no plan") if column == 2 else ""
        if column == 2:
            return QCoreApplication.translate("HealthCareModel", "{n} months").format(n=p.interval_months)
        if column == 5:
            return H.attempts_summary(p.attempts, p.last_attempt_on, p.last_attempt_outcome)
        return _day(p.last_followup_on) if column == 3 else _day(p.next_due)

    def foreground(self, row: CareRow, column: int):
        return OVERDUE if column == 4 and row.plan is not None and row.plan.next_due < self.today else None

    def tooltip(self, row: CareRow, column: int) -> str | None:
        """The plan's failed attempts on the failed-attempts column: when, how, why, the note, who recorded it."""
        if column != 5 or not row.attempts:
            return None
        lines = [
            QCoreApplication.translate("HealthCareModel", "{day} {how}: {why}{note} ({who}, {at})").format(
                day=a.attempted_on.isoformat(),
                how=H.followup_method_label(a.method),
                why=H.attempt_outcome_label(a.outcome),
                note=f" · {a.note}" if a.note else "",
                who=a.recorded_by,
                at=_local(a.recorded_at),
            )
            for a in row.attempts
        ]
        return "\n".join(lines)


class ReadingsModel(ListTableModel):
    CONTEXT = "HealthReadingsModel"
    COLUMNS = (
        Column("at", QT_TRANSLATE_NOOP("HealthReadingsModel", "Taken")),
        Column("bp", QT_TRANSLATE_NOOP("HealthReadingsModel", "Blood pressure"), RIGHT),
        Column("pulse", QT_TRANSLATE_NOOP("HealthReadingsModel", "Pulse"), RIGHT),
        Column("glucose", QT_TRANSLATE_NOOP("HealthReadingsModel", "Glucose"), RIGHT),
        Column("weight", QT_TRANSLATE_NOOP("HealthReadingsModel", "Weight"), RIGHT),
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
            return clock.to_local(row.created_at).date().isoformat()
        if column == 3:
            return W.status_label(row.request_status)
        return (row.partner, row.request_number)[column - 1] if column in (1, 2) else row.reason
