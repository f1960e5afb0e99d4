"""The alert rules' settings (administrators, MANAGE_ALERT_RULES): each rule on or off with its thresholds, and the
request category visit requests are made in."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.alerts import rules as R
from app.alerts import service as A
from app.errors import UserError, ValidationError
from app.requests import service as RS
from ui.common import dialogs
from ui.common.layout import fit_window, scrolling
from ui.context import AppContext


class RulesDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("alertRulesDialog")
        self.setWindowTitle(self.tr("Alert rules"))
        self.rules = {r.code: r for r in R.rules(ctx.db, ctx.actor)}
        self.boxes: dict[str, QGroupBox] = {}
        self.spins: dict[tuple[str, str], QSpinBox] = {}
        content = QWidget()
        body = QVBoxLayout(content)
        for spec in R.RULES:
            rule = self.rules[spec.code]
            box = QGroupBox(spec.label(), objectName=f"rule_{spec.code}")
            box.setCheckable(True)
            box.setChecked(rule.enabled)
            box.setAccessibleName(spec.label())
            form = QFormLayout(box)
            for t in spec.thresholds:
                spin = QSpinBox(objectName=f"rule_{spec.code}_{t.name}")
                spin.setRange(t.minimum, R.MAX_THRESHOLD)
                spin.setValue(rule[t.name])
                spin.setSuffix(" " + t.unit())
                spin.setAccessibleName(t.label())
                form.addRow(t.label(), spin)
                self.spins[(spec.code, t.name)] = spin
            self.boxes[spec.code] = box
            body.addWidget(box)
        visit = QGroupBox(self.tr("Visit requests made from alerts"))
        form = QFormLayout(visit)
        self.category = QComboBox(objectName="alertVisitCategory")
        self.category.setAccessibleName(self.tr("Request category of visit requests"))
        current = A.current_visit_category(ctx.db, ctx.actor)
        for c in RS.categories(ctx.db):
            self.category.addItem(c.name, c.id)
        if current is not None and (i := self.category.findData(current)) >= 0:
            self.category.setCurrentIndex(i)
        self._category_before = self.category.currentData()
        form.addRow(self.tr("Category"), self.category)
        body.addWidget(visit)
        note = QLabel(
            self.tr("A rule's alerts are worked out each time the list is opened; changes apply at once."),
            objectName="alertRulesNote",
        )
        note.setWordWrap(True)
        body.addWidget(note)
        body.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling(content, self), 1)
        layout.addWidget(buttons)
        fit_window(self, 560, 700)

    def save(self) -> None:
        try:
            for spec in R.RULES:
                enabled = self.boxes[spec.code].isChecked()
                params = {t.name: self.spins[(spec.code, t.name)].value() for t in spec.thresholds}
                before = self.rules[spec.code]
                if enabled != before.enabled or params != before.params:
                    R.update_rule(self.ctx.db, self.ctx.actor, spec.code, enabled, params)
            chosen = self.category.currentData()
            if chosen is not None and chosen != self._category_before:
                A.set_visit_category(self.ctx.db, self.ctx.actor, chosen)
        except ValidationError as exc:
            dialogs.warn(self, "\n".join(exc.errors.values()))
            return
        except UserError as exc:
            dialogs.show_user_error(self, exc)
            return
        self.accept()
