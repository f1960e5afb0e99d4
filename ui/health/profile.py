"""The health section of a resident's profile: only for roles that may see health records (the health role and
administrators). Everyone else gets no section at all — not even a sign that a health record exists."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QWidget

from app import clock
from app.accounts.permissions import SEE_HEALTH, may
from app.health import record as HR
from app.health.readings import tenths
from ui.context import AppContext


def _wrapped(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def create_profile_section(ctx: AppContext, resident_id: int) -> QWidget | None:
    if not may(ctx.actor, SEE_HEALTH):
        return None
    rec = HR.get_record(ctx.db, ctx.actor, resident_id, where="resident profile")  # audited reveal
    if rec.consent is None and not rec.consents:
        return None
    box = QGroupBox(QCoreApplication.translate("HealthProfile", "Health (医养)"))
    box.setObjectName("healthProfile")
    form = QFormLayout(box)
    if rec.consent is None:
        form.addRow(
            QCoreApplication.translate("HealthProfile", "Consent"),
            QLabel(QCoreApplication.translate("HealthProfile", "Withdrawn")),
        )
        return box
    form.addRow(
        QCoreApplication.translate("HealthProfile", "Consent"),
        QLabel(
            QCoreApplication.translate("HealthProfile", "Given on {day}").format(day=rec.consent.given_on.isoformat())
        ),
    )
    if rec.signing is not None:
        form.addRow(
            QCoreApplication.translate("HealthProfile", "Family doctor"),
            _wrapped(
                QCoreApplication.translate("HealthProfile", "{team}, Dr {doctor}, renewal due {due}").format(
                    team=rec.signing.team, doctor=rec.signing.doctor, due=rec.signing.renewal_due.isoformat()
                )
            ),
        )
    conditions = _wrapped("、".join(c.name for c in rec.conditions))
    conditions.setObjectName("healthProfileConditions")
    form.addRow(QCoreApplication.translate("HealthProfile", "Chronic conditions"), conditions)
    if rec.plans:
        nxt = rec.plans[0]
        late = nxt.next_due < clock.today()
        text = QCoreApplication.translate("HealthProfile", "{day} ({what})").format(
            day=nxt.next_due.isoformat(), what=nxt.condition or QCoreApplication.translate("HealthProfile", "general")
        )
        label = _wrapped(text + (QCoreApplication.translate("HealthProfile", ", overdue") if late else ""))
        if late:
            label.setProperty("role", "warning")
        form.addRow(QCoreApplication.translate("HealthProfile", "Next follow-up"), label)
    latest = next((r for r in rec.readings if not r.voided), None)
    if latest is not None:
        parts = []
        if latest.systolic is not None:
            parts.append(f"{latest.systolic}/{latest.diastolic} mmHg")
        if latest.glucose_tenths is not None:
            parts.append(f"{tenths(latest.glucose_tenths)} mmol/L")
        if latest.weight_tenths is not None:
            parts.append(f"{tenths(latest.weight_tenths)} kg")
        if latest.pulse is not None and not parts:
            parts.append(QCoreApplication.translate("HealthProfile", "pulse {n}").format(n=latest.pulse))
        when = clock.to_local(latest.taken_at).strftime("%Y-%m-%d %H:%M")
        form.addRow(
            QCoreApplication.translate("HealthProfile", "Latest reading"), _wrapped(f"{when}  " + "  ".join(parts))
        )
    return box
