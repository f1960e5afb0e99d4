"""The canteen's settings (administrators): meal slots, and subsidy rules as versions with an effective date.

What is wrong shows under the form as one types; Save stays disabled until the input is fine.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.canteen import admin as canteen_admin
from app.canteen import service as canteen_service
from app.canteen.pricing import FUNDERS, funder_label, money
from app.errors import UserError
from app.residents import tags as T
from app.typed import too_many_decimals
from ui.canteen.models import RuleRow, RulesModel
from ui.canteen.page import parse_yuan
from ui.common import dialogs
from ui.common.layout import fit_window, scrolling
from ui.common.lazy import quiet_tab_bar
from ui.common.saving import one_click, saves_once
from ui.context import AppContext

RULE_TAGS = (T.TEKUN, T.DIBAO, T.DIBAO_EDGE, T.DISABILITY, T.LIVING_ALONE, T.VETERAN)


def _yuan_text(fen: int | None) -> str:
    return "" if fen is None else f"{fen // 100}.{fen % 100:02d}"


class SlotEditor(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("canteenSlotEditor")
        self.ctx = ctx
        self.slot = QComboBox(self)
        self.slot.setObjectName("slotChoice")
        self.slot.setAccessibleName(self.tr("Meal slot"))
        self.name = QLineEdit(self)
        self.name.setObjectName("slotName")
        self.name.setAccessibleName(self.tr("Name"))
        self.starts = QLineEdit(self)
        self.starts.setObjectName("slotStarts")
        self.starts.setAccessibleName(self.tr("Serving starts"))
        self.starts.setInputMask("99:99")
        self.ends = QLineEdit(self)
        self.ends.setObjectName("slotEnds")
        self.ends.setAccessibleName(self.tr("Serving ends"))
        self.ends.setInputMask("99:99")
        self.price = QLineEdit(self)
        self.price.setObjectName("slotPrice")
        self.price.setAccessibleName(self.tr("Set price (¥)"))
        self.dishes = QLineEdit(self)
        self.dishes.setObjectName("slotDishes")
        self.dishes.setAccessibleName(self.tr("The day's dishes"))
        self.limit = QSpinBox(self)
        self.limit.setObjectName("slotPortionLimit")
        self.limit.setAccessibleName(self.tr("Portion limit"))
        self.limit.setRange(0, 100_000)
        self.limit.setSpecialValueText(self.tr("no limit"))
        self.active = QCheckBox(self.tr("Served"), self)
        self.active.setObjectName("slotActive")
        self.active.setAccessibleName(self.tr("Served"))
        self.errors = QLabel(self)
        self.errors.setObjectName("slotErrors")
        self.errors.setProperty("role", "error")
        self.errors.setWordWrap(True)
        self.late_policy = QComboBox(self)
        self.late_policy.setObjectName("lateSalePolicy")
        self.late_policy.setAccessibleName(self.tr("A subsidised meal outside the serving window"))
        self.late_policy.addItem(self.tr("Refused unless a supervisor approves"), "refuse")
        self.late_policy.addItem(self.tr("Sold at full price unless a supervisor approves"), "full_price")
        self.late_policy.setCurrentIndex(max(0, self.late_policy.findData(canteen_service.late_sale_policy(ctx.db))))
        self.late_policy.currentIndexChanged.connect(self.on_late_policy)
        self.save = QPushButton(self.tr("Save meal"), self)
        self.save.setObjectName("slotSave")
        self.save.setAccessibleName(self.tr("Save meal"))
        self.save.clicked.connect(self.on_save)
        one_click(self.save)  # a double click saves once (ui.common.saving)
        form = QFormLayout(self)
        form.addRow(self.tr("Meal"), self.slot)
        form.addRow(self.tr("Name"), self.name)
        window = QHBoxLayout()
        window.addWidget(self.starts)
        window.addWidget(QLabel("–", self))
        window.addWidget(self.ends)
        form.addRow(self.tr("Serving window"), window)
        form.addRow(self.tr("Set price (¥)"), self.price)
        form.addRow(self.tr("The day's dishes"), self.dishes)
        form.addRow(self.tr("Portion limit"), self.limit)
        form.addRow("", self.active)
        form.addRow(self.errors)
        form.addRow(self.save)
        form.addRow(self.tr("Subsidised meal outside the window (all meals)"), self.late_policy)
        self._slots = {}
        for w in (self.name, self.starts, self.ends, self.price, self.dishes):
            w.textChanged.connect(self.validate)
        self.limit.valueChanged.connect(self.validate)
        self.slot.currentIndexChanged.connect(self.load)
        self.reload()

    def reload(self) -> None:
        current = self.slot.currentData()
        self._slots = {s.code: s for s in canteen_admin.all_slots(self.ctx.db)}
        self.slot.blockSignals(True)
        self.slot.clear()
        for s in self._slots.values():
            self.slot.addItem(s.name, s.code)
        if current:
            self.slot.setCurrentIndex(max(0, self.slot.findData(current)))
        self.slot.blockSignals(False)
        self.load()

    def load(self) -> None:
        s = self._slots.get(self.slot.currentData())
        if s is None:
            return
        self.name.setText(s.name)
        self.starts.setText(s.starts)
        self.ends.setText(s.ends)
        self.price.setText(_yuan_text(s.price_fen))
        self.dishes.setText(s.dishes)
        self.limit.setValue(s.portion_limit or 0)
        self.active.setChecked(s.active)
        self.validate()

    def value(self) -> canteen_admin.SlotInput | None:
        try:
            price = parse_yuan(self.price.text())
        except UserError:  # a number, only too large: the check below names the range
            price = None
        return canteen_admin.SlotInput(
            name=self.name.text(),
            starts=self.starts.text(),
            ends=self.ends.text(),
            price_fen=-1 if price is None else price,
            dishes=self.dishes.text(),
            portion_limit=self.limit.value() or None,
            active=self.active.isChecked(),
        )

    def validate(self) -> bool:
        errors = canteen_admin.validate_slot(self.value())
        finer = too_many_decimals(self.price.text())
        if finer:  # a number, only finer than the fen: said so rather than "between ¥0 and …"
            errors["price"] = finer
        self.errors.setText("\n".join(errors.values()))
        self.save.setEnabled(not errors)
        return not errors

    @saves_once
    def on_save(self) -> None:
        if not self.validate():
            return
        try:
            canteen_admin.update_slot(self.ctx.db, self.ctx.actor, self.slot.currentData(), self.value())
        except UserError as exc:
            dialogs.show_user_error(self, exc)
            return
        self.reload()
        self.errors.setText(self.tr("Saved."))

    def on_late_policy(self) -> None:
        try:
            canteen_admin.set_late_sale_policy(self.ctx.db, self.ctx.actor, self.late_policy.currentData())
        except UserError as exc:
            dialogs.show_user_error(self, exc)
            return
        self.errors.setText(self.tr("Saved."))


class RuleEditor(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("canteenRuleEditor")
        self.ctx = ctx
        self.model = RulesModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("ruleTable")
        self.table.setAccessibleName(self.tr("Subsidy rule versions"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.clicked.connect(lambda _i: self.copy_selected())
        self.table.setMinimumHeight(170)

        self.replaces = QComboBox(self)
        self.replaces.setObjectName("ruleReplaces")
        self.replaces.setAccessibleName(self.tr("New rule or new version of"))
        self.name = QLineEdit(self)
        self.name.setObjectName("ruleName")
        self.name.setAccessibleName(self.tr("Tier name"))
        self.effective = QDateEdit(self)
        self.effective.setObjectName("ruleEffective")
        self.effective.setAccessibleName(self.tr("Effective from"))
        self.effective.setCalendarPopup(True)
        self.effective.setDisplayFormat("yyyy-MM-dd")
        tomorrow = clock.today() + dt.timedelta(days=1)
        self.effective.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
        self.min_age = QSpinBox(self)
        self.min_age.setObjectName("ruleMinAge")
        self.min_age.setAccessibleName(self.tr("Lowest age"))
        self.max_age = QSpinBox(self)
        self.max_age.setObjectName("ruleMaxAge")
        self.max_age.setAccessibleName(self.tr("Highest age"))
        for box in (self.min_age, self.max_age):
            box.setRange(-1, 130)
            box.setSpecialValueText(self.tr("any"))
            box.setValue(-1)
        self.tags: dict[str, QCheckBox] = {}
        tag_row = QHBoxLayout()
        for tag in RULE_TAGS:
            box = QCheckBox(T.tag_label(tag), self)
            box.setObjectName(f"ruleTag_{tag}")
            box.setAccessibleName(T.tag_label(tag))
            self.tags[tag] = box
            tag_row.addWidget(box)
        self.slots: dict[str, QCheckBox] = {}
        slot_row = QHBoxLayout()
        for s in canteen_admin.all_slots(ctx.db):
            box = QCheckBox(s.name, self)
            box.setObjectName(f"ruleSlot_{s.code}")
            box.setAccessibleName(s.name)
            self.slots[s.code] = box
            slot_row.addWidget(box)
        self.amounts: dict[str, QLineEdit] = {}
        amount_row = QHBoxLayout()
        for f in FUNDERS:
            edit = QLineEdit(self)
            edit.setObjectName(f"ruleAmount_{f}")
            edit.setAccessibleName(funder_label(f))
            edit.setPlaceholderText(funder_label(f))
            self.amounts[f] = edit
            amount_row.addWidget(QLabel(funder_label(f), self))
            amount_row.addWidget(edit)
        self.min_price = QLineEdit(self)
        self.min_price.setObjectName("ruleMinPrice")
        self.min_price.setAccessibleName(self.tr("Minimum self-paid (¥)"))
        self.fixed_price = QLineEdit(self)
        self.fixed_price.setObjectName("ruleFixedPrice")
        self.fixed_price.setAccessibleName(self.tr("Fixed price (¥)"))
        self.fixed_price.setPlaceholderText(self.tr("empty: stacked amounts"))
        self.fixed_funder = QComboBox(self)
        self.fixed_funder.setObjectName("ruleFixedFunder")
        self.fixed_funder.setAccessibleName(self.tr("Who pays the difference"))
        for f in FUNDERS:
            self.fixed_funder.addItem(funder_label(f), f)
        self.limit = QSpinBox(self)
        self.limit.setObjectName("ruleLimit")
        self.limit.setAccessibleName(self.tr("Subsidised meals per person"))
        self.limit.setRange(0, 10)
        self.limit.setValue(1)
        self.limit.setSpecialValueText(self.tr("no limit"))
        self.scope = QComboBox(self)
        self.scope.setObjectName("ruleLimitScope")
        self.scope.setAccessibleName(self.tr("Limit counted per"))
        self.scope.addItem(self.tr("per day"), "day")
        self.scope.addItem(self.tr("per meal"), "slot")
        self.local_only = QCheckBox(self.tr("Local residents only"), self)
        self.local_only.setObjectName("ruleLocalOnly")
        self.local_only.setAccessibleName(self.tr("Local residents only"))
        self.weekdays_only = QCheckBox(self.tr("Working days only"), self)
        self.weekdays_only.setObjectName("ruleWeekdaysOnly")
        self.weekdays_only.setAccessibleName(self.tr("Working days only"))
        self.skip_holidays = QCheckBox(self.tr("Not on holidays"), self)
        self.skip_holidays.setObjectName("ruleSkipHolidays")
        self.skip_holidays.setAccessibleName(self.tr("Not on holidays"))
        for box in (self.local_only, self.weekdays_only, self.skip_holidays):
            box.setChecked(True)
        self.errors = QLabel(self)
        self.errors.setObjectName("ruleErrors")
        self.errors.setProperty("role", "error")
        self.errors.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add rule version"), self)
        self.add_button.setObjectName("ruleAdd")
        self.add_button.setAccessibleName(self.tr("Add rule version"))
        self.add_button.clicked.connect(self.on_add)
        one_click(self.add_button)  # a double click adds one version

        form = QFormLayout()
        form.addRow(self.tr("New rule or new version of"), self.replaces)
        form.addRow(self.tr("Tier name"), self.name)
        form.addRow(self.tr("Effective from"), self.effective)
        ages = QHBoxLayout()
        ages.addWidget(self.min_age)
        ages.addWidget(QLabel("–", self))
        ages.addWidget(self.max_age)
        form.addRow(self.tr("Age range"), ages)
        form.addRow(self.tr("Or any of these categories"), tag_row)
        form.addRow(self.tr("Meals (none ticked: all)"), slot_row)
        form.addRow(self.tr("Per meal (¥)"), amount_row)
        form.addRow(self.tr("Minimum self-paid (¥)"), self.min_price)
        fixed = QHBoxLayout()
        fixed.addWidget(self.fixed_price)
        fixed.addWidget(self.fixed_funder)
        form.addRow(self.tr("Fixed price (¥)"), fixed)
        limit = QHBoxLayout()
        limit.addWidget(self.limit)
        limit.addWidget(self.scope)
        form.addRow(self.tr("Subsidised meals per person"), limit)
        flags = QHBoxLayout()
        for box in (self.local_only, self.weekdays_only, self.skip_holidays):
            flags.addWidget(box)
        form.addRow("", flags)
        group = QGroupBox(self.tr("New version (past tickets never change)"), self)
        gv = QVBoxLayout(group)
        gv.addLayout(form)
        gv.addWidget(self.errors)
        gv.addWidget(self.add_button)
        self.stacking = QLabel(
            self.tr(
                "Each funder's scheme is its own set of rules: give a rule one funder's amount (district age tiers,"
                " a street supplement for extreme poverty…). A diner gets every funder's scheme they qualify for — the best"
                " tier of each — added up and capped at the price less the minimum self-paid. A rule paying several"
                " funders still works; it never adds to another rule paying one of the same funders."
            ),
            self,
        )
        self.stacking.setObjectName("ruleStackingNote")
        self.stacking.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stacking)
        layout.addWidget(self.table, 1)
        layout.addWidget(group)

        edits = [self.name, self.min_price, self.fixed_price, *self.amounts.values()]
        for e in edits:
            e.textChanged.connect(self.validate)
        for box in (self.min_age, self.max_age, self.limit):
            box.valueChanged.connect(self.validate)
        for box in self.tags.values():
            box.toggled.connect(self.validate)
        self.effective.dateChanged.connect(self.validate)
        self.reload()

    def reload(self) -> None:
        rules = canteen_admin.all_rules(self.ctx.db)
        self._rules = {r.id: r for r in rules}
        rows = []
        for r in rules:
            who = []
            if r.min_age is not None or r.max_age is not None:
                who.append(f"{'' if r.min_age is None else r.min_age}–{'' if r.max_age is None else r.max_age}")
            if r.any_tags:
                who.append("/".join(T.tag_label(t) for t in r.any_tags.split(",") if t))
            if r.fixed_price_fen is not None:
                amounts = self.tr("fixed price {p}").format(p=money(r.fixed_price_fen))
            else:
                amounts = " + ".join(
                    f"{funder_label(f)} {money(a)}"
                    for f, a in (("city", r.city_fen), ("district", r.district_fen), ("street", r.street_fen))
                    if a
                )
            limit = (
                self.tr("no limit")
                if r.limit_per_person == 0
                else (
                    self.tr("{n} a day").format(n=r.limit_per_person)
                    if r.limit_scope == "day"
                    else self.tr("{n} a meal").format(n=r.limit_per_person)
                )
            )
            rows.append(RuleRow(r.id, r.name, r.effective_from, r.effective_to, " · ".join(who), amounts, limit))
        self.model.set_rows(rows)
        self.replaces.clear()
        self.replaces.addItem(self.tr("A new rule"), None)
        today = clock.today()
        for r in rules:
            if r.effective_to is None or r.effective_to >= today:
                self.replaces.addItem(
                    self.tr("{name} (since {day})").format(name=r.name, day=r.effective_from.isoformat()), r.id
                )
        self.validate()

    def copy_selected(self) -> None:
        """Start a new version from the selected rule's figures."""
        index = self.table.currentIndex()
        if not index.isValid():
            return
        r = self._rules[self.model.row_at(index.row()).id]
        pos = self.replaces.findData(r.id)
        self.replaces.setCurrentIndex(max(0, pos))
        self.name.setText(r.name)
        self.min_age.setValue(-1 if r.min_age is None else r.min_age)
        self.max_age.setValue(-1 if r.max_age is None else r.max_age)
        tags = set(r.any_tags.split(","))
        for tag, box in self.tags.items():
            box.setChecked(tag in tags)
        slots = set(r.slots.split(","))
        for code, box in self.slots.items():
            box.setChecked(code in slots)
        for f, value in (("city", r.city_fen), ("district", r.district_fen), ("street", r.street_fen)):
            self.amounts[f].setText(_yuan_text(value) if value else "")
        self.min_price.setText(_yuan_text(r.min_price_fen) if r.min_price_fen else "")
        self.fixed_price.setText(_yuan_text(r.fixed_price_fen))
        self.fixed_funder.setCurrentIndex(max(0, self.fixed_funder.findData(r.fixed_funder)))
        self.limit.setValue(r.limit_per_person)
        self.scope.setCurrentIndex(max(0, self.scope.findData(r.limit_scope)))
        self.local_only.setChecked(r.local_only)
        self.weekdays_only.setChecked(r.weekdays_only)
        self.skip_holidays.setChecked(r.skip_holidays)

    def _fen(self, edit: QLineEdit, empty: int | None = 0) -> int | None:
        text = edit.text().strip()
        if not text:
            return empty
        try:
            value = parse_yuan(text)
        except UserError:  # a number, only too large: validate_rule names the range
            value = None
        return -1 if value is None else value

    def value(self) -> canteen_admin.RuleInput:
        d = self.effective.date()
        return canteen_admin.RuleInput(
            name=self.name.text(),
            effective_from=dt.date(d.year(), d.month(), d.day()),
            min_age=None if self.min_age.value() < 0 else self.min_age.value(),
            max_age=None if self.max_age.value() < 0 else self.max_age.value(),
            any_tags=tuple(t for t, box in self.tags.items() if box.isChecked()),
            local_only=self.local_only.isChecked(),
            weekdays_only=self.weekdays_only.isChecked(),
            skip_holidays=self.skip_holidays.isChecked(),
            slots=tuple(c for c, box in self.slots.items() if box.isChecked()),
            city_fen=self._fen(self.amounts["city"]) or 0,
            district_fen=self._fen(self.amounts["district"]) or 0,
            street_fen=self._fen(self.amounts["street"]) or 0,
            min_price_fen=self._fen(self.min_price) or 0,
            fixed_price_fen=self._fen(self.fixed_price, None),
            fixed_funder=self.fixed_funder.currentData(),
            limit_per_person=self.limit.value(),
            limit_scope=self.scope.currentData(),
        )

    def validate(self) -> bool:
        errors = canteen_admin.validate_rule(self.value())
        for key, edit in (
            ("city_fen", self.amounts["city"]),
            ("district_fen", self.amounts["district"]),
            ("street_fen", self.amounts["street"]),
            ("min_price_fen", self.min_price),
            ("fixed_price_fen", self.fixed_price),
        ):
            finer = too_many_decimals(edit.text())
            if finer:
                errors[key] = finer
        self.errors.setText("\n".join(dict.fromkeys(errors.values())))
        self.add_button.setEnabled(not errors)
        return not errors

    @saves_once
    def on_add(self) -> None:
        if not self.validate():
            return
        try:
            canteen_admin.add_rule_version(self.ctx.db, self.ctx.actor, self.value(), self.replaces.currentData())
        except UserError as exc:
            dialogs.show_user_error(self, exc)
            return
        self.reload()
        self.errors.setText(self.tr("Rule version added."))


class CanteenSettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("canteenSettings")
        self.setWindowTitle(self.tr("Canteen settings"))
        tabs = QTabWidget(self)
        tabs.setObjectName("canteenSettingsTabs")
        tabs.setAccessibleName(self.tr("Canteen settings"))
        quiet_tab_bar(tabs)  # the bar never takes the focus (Ctrl+Tab switches)
        self.slots = SlotEditor(ctx, tabs)
        self.rules = RuleEditor(ctx, tabs)
        # Long forms: each scrolls inside its tab when the screen is short (1366×768, issue 16).
        tabs.addTab(scrolling(self.slots), self.tr("Meals"))
        tabs.addTab(scrolling(self.rules), self.tr("Subsidy rules"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        close.setObjectName("canteenSettingsClose")
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        fit_window(self, 920, 820)
