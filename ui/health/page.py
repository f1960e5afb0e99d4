"""The health corner (健康服务): find a resident and open their health record (consent, family doctor, conditions,
follow-up plans, readings, referrals), and the due / overdue list. Only the health role and administrators get the
tab (ui/pages.py); the services refuse anyone else anyway. Opening a record is audited by the service.

Keys (ui/keys.py): F2 find a resident, F3 save the readings, F4 record a follow-up under the selected plan, F6 the
due list. Sub-tabs are built when first shown."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.accounts.permissions import RECORD_HEALTH, may
from app.errors import UserError, ValidationError
from app.health import record as HR
from app.health import service as H
from app.health.readings import GLUCOSE_TIMINGS, glucose_timing_label, parse_tenths
from app.requests.service import departments
from app.residents.service import search_residents
from ui.common import dialogs
from ui.common.layout import fit_choices, keep_space, share_on_first_show, size_columns_when_filled
from ui.common.lazy import LazyTabs, quiet_tab_bar
from ui.common.loading import Loader
from ui.common.nothing_found import NothingFound
from ui.common.saving import one_click, saves_once
from ui.common.steps import Steps
from ui.context import AppContext
from ui.health.models import CareModel, DueModel, ReadingsModel, ReferralsModel, care_rows


def _named(widget, name: str, accessible: str):
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    return widget


def _qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


def _date_edit(name: str, accessible: str, parent: QWidget | None = None) -> QDateEdit:
    edit = _named(QDateEdit(parent), name, accessible)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(_qdate(clock.today()))
    edit.setMaximumDate(_qdate(clock.today()))
    return edit


def _table(name: str, accessible: str, model, rows: int = 4, parent: QWidget | None = None) -> QTableView:
    view = _named(QTableView(parent), name, accessible)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    line = view.fontMetrics().lineSpacing() + 10
    view.setMinimumHeight(line * (rows + 1) + 4)
    return view


def _selected(view: QTableView):
    idx = view.currentIndex()
    return view.model().row_at(idx.row()) if idx.isValid() else None


def _int_or_none(text: str) -> int | None:
    t = text.strip()
    if not t:
        return None
    return int(t)  # ValueError for anything else


class RecordPanel(QWidget):
    """One resident's health record: what is on file and the forms that add to it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.resident_id: int | None = None
        self.record: HR.HealthRecord | None = None
        may_record = may(ctx.actor, RECORD_HEALTH)

        self.title = _named(QLabel(self.tr("Find a resident on the left."), self), "healthName", self.tr("Resident"))
        self.title.setProperty("role", "big")
        self.facts = _named(QLabel(self), "healthFacts", self.tr("Resident details"))
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addSpacing(16)
        head.addWidget(self.facts, 1)
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(4, 0, 4, 0)
        self.outer.addLayout(head)
        self.outer.addStretch(1)  # keeps the name line on top until the sections (which stretch) come
        self.groups: tuple[QWidget, ...] = ()
        self.recording: tuple[QWidget, ...] = ()  # need a consent in force
        # The name line is painted first ("find a resident on the left"); the groups come one per turn of the event
        # loop after the first paint (ui/common/steps.py), greyed until a resident is found: the consent, then the
        # sections with the readings (the corner's daily work), then the hidden sections' fields. Reading a record
        # finishes them first (`show_resident`).
        self._may_record = may_record
        self.steps = Steps(self)
        self.steps.then(self._build_consent)
        self.steps.then(self._build_sections)
        self.steps.then(self._build_readings)
        self.steps.then(self._build_care)
        self.steps.then(self._build_doctor)

    def _build_sections(self) -> None:
        """The three sections, each group made in its final place before it is filled (ui/common/lazy.py says
        why); the readings first."""
        self.sections = _named(QTabWidget(self), "healthRecordTabs", self.tr("Health record sections"))
        quiet_tab_bar(self.sections)  # the bar never takes the focus (Ctrl+Tab switches)
        self.readings_box = QGroupBox(self.tr("Readings at the health corner"), self.sections)
        self.sections.addTab(self.readings_box, self.tr("Readings"))
        self.care_box = QGroupBox(self.tr("Chronic conditions and follow-ups"), self.sections)
        self.sections.addTab(self.care_box, self.tr("Conditions and follow-ups"))
        doctor = QWidget(self.sections)
        self.sections.addTab(doctor, self.tr("Family doctor and referrals"))
        self.signing_box = QGroupBox(self.tr("Family doctor (家庭医生签约)"), doctor)
        self.referrals_box = QGroupBox(self.tr("Referrals to the partner clinic"), doctor)
        v = QVBoxLayout(doctor)
        v.setContentsMargins(0, 0, 0, 0)
        v.addWidget(self.signing_box)
        v.addWidget(self.referrals_box, 1)
        for g in (self.readings_box, self.care_box):
            g.setTitle("")
        self.outer.insertWidget(self.outer.count() - 1, self.sections, 1)
        self.outer.takeAt(self.outer.count() - 1)  # the stretch that kept their place
        self.groups += (self.signing_box, self.care_box, self.readings_box, self.referrals_box)
        self.recording = (self.signing_box, self.care_box, self.readings_box, self.referrals_box)
        for g in self.recording:
            g.setEnabled(False)

    def _buttons_for_recorders(self, *buttons: QPushButton) -> None:
        for w in buttons:
            w.setVisible(self._may_record)

    def _build_consent(self) -> None:
        consent = QGroupBox(self.tr("Consent to keep health data"), self)
        self.consent_box = consent
        self.groups += (consent,)
        consent.setEnabled(False)
        self.consent_state = _named(QLabel(consent), "healthConsentState", self.tr("Consent"))
        self.consent_state.setWordWrap(True)
        self.consent_by = _named(QLineEdit(consent), "healthConsentBy", self.tr("Consent given by"))
        self.consent_by.setPlaceholderText(self.tr("Who consented"))
        self.consent_relation = _named(QLineEdit(consent), "healthConsentRelation", self.tr("Relation"))
        self.consent_relation.setPlaceholderText(self.tr("Relation"))
        self.consent_method = _named(QComboBox(consent), "healthConsentMethod", self.tr("How the consent was given"))
        for code in H.CONSENT_METHODS:
            self.consent_method.addItem(H.consent_method_label(code), code)
        self.consent_on = _date_edit("healthConsentOn", self.tr("Consent given on"), consent)
        self.consent_btn = _named(
            QPushButton(self.tr("Record consent"), consent), "healthConsentSave", self.tr("Record consent")
        )
        self.withdraw_btn = _named(
            QPushButton(self.tr("Withdraw…"), consent), "healthConsentWithdraw", self.tr("Withdraw")
        )
        grid = QGridLayout(consent)
        grid.addWidget(self.consent_state, 0, 0, 1, 4)
        grid.addWidget(self.withdraw_btn, 0, 4)
        grid.addWidget(self.consent_by, 1, 0)
        grid.addWidget(self.consent_relation, 1, 1)
        grid.addWidget(self.consent_method, 1, 2)
        grid.addWidget(self.consent_on, 1, 3)
        grid.addWidget(self.consent_btn, 1, 4)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 2)
        self.consent_form = (self.consent_by, self.consent_relation, self.consent_method, self.consent_on)
        # The form's row keeps its room once the consent is recorded and the form hidden: the readings below it
        # jumped up under the nurse's pointer after 登记授权 (polish1). Two lines for the state, for the same reason.
        for w in (*self.consent_form, self.consent_btn, self.withdraw_btn):
            keep_space(w)
        self.consent_state.setMinimumHeight(self.consent_state.fontMetrics().lineSpacing() * 2)

        self.consent_btn.clicked.connect(self.save_consent)
        self.withdraw_btn.clicked.connect(self.withdraw)
        one_click(self.consent_btn)  # a double click records once (ui.common.saving)
        self._buttons_for_recorders(self.consent_btn, self.withdraw_btn)
        self.outer.insertWidget(self.outer.count() - 1, consent)

    def _build_readings(self) -> None:
        readings = self.readings_box
        self.systolic = _named(QLineEdit(readings), "healthSystolic", self.tr("Systolic pressure, mmHg"))
        self.diastolic = _named(QLineEdit(readings), "healthDiastolic", self.tr("Diastolic pressure, mmHg"))
        self.pulse = _named(QLineEdit(readings), "healthPulse", self.tr("Pulse per minute"))
        self.glucose = _named(QLineEdit(readings), "healthGlucose", self.tr("Blood glucose, mmol/L"))
        self.glucose_timing = _named(
            QComboBox(readings), "healthGlucoseTiming", self.tr("When the glucose was measured")
        )
        for code in GLUCOSE_TIMINGS:
            self.glucose_timing.addItem(glucose_timing_label(code), code)
        self.weight = _named(QLineEdit(readings), "healthWeight", self.tr("Weight, kg"))
        for edit, hint in (
            (self.systolic, self.tr("Systolic")),
            (self.diastolic, self.tr("Diastolic")),
            (self.pulse, self.tr("Pulse")),
            (self.glucose, self.tr("Glucose")),
            (self.weight, self.tr("Weight")),
        ):
            edit.setPlaceholderText(hint)
            # no maxLength: a paste of "6.10009" cut to 6 characters was a valid, different reading; judged whole
            edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("0000000") + 16)
            edit.returnPressed.connect(self.focusNextChild)
        self.weight.returnPressed.disconnect()
        self.weight.returnPressed.connect(self.save_reading)
        self.reading_btn = _named(
            QPushButton(self.tr("Save readings"), readings), "healthReadingSave", self.tr("Save readings")
        )
        self.void_btn = _named(
            QPushButton(self.tr("Void…"), readings), "healthReadingVoid", self.tr("Void the selected reading")
        )
        self.reading_error = _named(QLabel(readings), "healthReadingError", self.tr("Problem with the readings"))
        self.reading_error.setProperty("role", "error")
        self.reading_error.setWordWrap(True)
        self.readings_model = ReadingsModel(self)
        self.readings = _table("healthReadings", self.tr("Readings"), self.readings_model, 5, readings)
        form = QGridLayout()
        form.addWidget(QLabel(self.tr("BP mmHg"), readings), 0, 0)
        form.addWidget(self.systolic, 0, 1)
        form.addWidget(QLabel("/", readings), 0, 2)
        form.addWidget(self.diastolic, 0, 3)
        form.addWidget(QLabel(self.tr("Pulse"), readings), 0, 4)
        form.addWidget(self.pulse, 0, 5)
        form.addWidget(QLabel(self.tr("Glucose mmol/L"), readings), 1, 0)
        form.addWidget(self.glucose, 1, 1)
        form.addWidget(self.glucose_timing, 1, 3)
        form.addWidget(QLabel(self.tr("Weight kg"), readings), 1, 4)
        form.addWidget(self.weight, 1, 5)
        form.addWidget(self.reading_btn, 0, 6)
        form.addWidget(self.void_btn, 1, 6)
        form.setColumnStretch(7, 1)
        v = QVBoxLayout(readings)
        v.addLayout(form)
        v.addWidget(self.reading_error)
        v.addWidget(self.readings, 1)

        self.reading_btn.clicked.connect(self.save_reading)
        self.void_btn.clicked.connect(self.void_reading)
        one_click(self.reading_btn)
        self._buttons_for_recorders(self.reading_btn, self.void_btn)

    def _build_care(self) -> None:
        care = self.care_box
        self.care_model = CareModel(self)
        self.care = _table("healthCare", self.tr("Chronic conditions and follow-up plans"), self.care_model, 4, care)
        self.condition_choice = _named(QComboBox(care), "healthConditionChoice", self.tr("Condition to add"))
        for code, name, months in H.condition_catalogue():
            self.condition_choice.addItem(f"{name} {code}", (code, name, months))
        self.add_condition_btn = _named(
            QPushButton(self.tr("Add"), care), "healthConditionAdd", self.tr("Add condition")
        )
        self.remove_condition_btn = _named(
            QPushButton(self.tr("Remove…"), care), "healthConditionRemove", self.tr("Remove the selected condition")
        )
        self.plan_months = _named(QSpinBox(care), "healthPlanMonths", self.tr("Follow up every … months"))
        self.plan_months.setRange(1, H.MAX_INTERVAL_MONTHS)
        self.plan_months.setValue(3)
        self.plan_months.setSuffix(self.tr(" months"))
        self.plan_btn = _named(
            QPushButton(self.tr("Start plan"), care), "healthPlanStart", self.tr("Start a follow-up plan")
        )
        self.end_plan_btn = _named(
            QPushButton(self.tr("End plan…"), care), "healthPlanEnd", self.tr("End the selected plan")
        )
        self.lost_btn = _named(
            QPushButton(self.tr("Lost to follow-up…"), care),
            "healthPlanLost",
            self.tr("Close the selected plan as lost to follow-up"),
        )
        self.lost_btn.setToolTip(self.tr("失访: the resident cannot be followed up; the plan ends, counted as lost."))
        self.followup_on = _date_edit("healthFollowUpOn", self.tr("Follow-up done on"), care)
        self.followup_method = _named(QComboBox(care), "healthFollowUpMethod", self.tr("How the follow-up was done"))
        for code in H.FOLLOWUP_METHODS:
            self.followup_method.addItem(H.followup_method_label(code), code)
        # done, or tried and failed (未随访): a failed attempt is kept apart and leaves the follow-up due
        self.followup_outcome = _named(QComboBox(care), "healthFollowUpOutcome", self.tr("Outcome of the follow-up"))
        self.followup_outcome.addItem(self.tr("Done"), None)
        for code in H.ATTEMPT_OUTCOMES:
            self.followup_outcome.addItem(self.tr("Not done: {why}").format(why=H.attempt_outcome_label(code)), code)
        fit_choices(self.followup_outcome)  # "未随访：…" whole, closed and in the list, at 1366×768
        self.followup_note = _named(QLineEdit(care), "healthFollowUpNote", self.tr("Follow-up note"))
        self.followup_note.setPlaceholderText(self.tr("Note"))
        self.followup_btn = _named(
            QPushButton(self.tr("Record follow-up"), care), "healthFollowUpSave", self.tr("Record follow-up")
        )
        v = QVBoxLayout(care)
        v.addWidget(self.care, 1)
        row = QHBoxLayout()
        row.addWidget(self.condition_choice, 1)
        row.addWidget(self.add_condition_btn)
        row.addWidget(self.remove_condition_btn)
        v.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(self.plan_months, 1)
        row.addWidget(self.plan_btn)
        row.addWidget(self.end_plan_btn)
        row.addWidget(self.lost_btn)
        v.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(self.followup_on)
        row.addWidget(self.followup_method)
        row.addWidget(self.followup_outcome)
        row.addWidget(self.followup_note, 1)
        row.addWidget(self.followup_btn)
        v.addLayout(row)

        self.add_condition_btn.clicked.connect(self.add_condition)
        one_click(self.add_condition_btn)  # a double click presses once (ui.common.saving)
        self.remove_condition_btn.clicked.connect(self.remove_condition)
        self.plan_btn.clicked.connect(self.start_plan)
        self.end_plan_btn.clicked.connect(self.end_plan)
        self.lost_btn.clicked.connect(self.close_lost)
        self.followup_outcome.currentIndexChanged.connect(self._outcome_changed)
        self.followup_btn.clicked.connect(self.save_followup)
        one_click(self.followup_btn)
        self._buttons_for_recorders(
            self.add_condition_btn,
            self.remove_condition_btn,
            self.plan_btn,
            self.end_plan_btn,
            self.lost_btn,
            self.followup_btn,
        )

    def _outcome_changed(self) -> None:
        """The button says what will be recorded: a follow-up, or a failed attempt that leaves it due."""
        failed = self.followup_outcome.currentData() is not None
        self.followup_btn.setText(self.tr("Record failed attempt") if failed else self.tr("Record follow-up"))
        self.followup_on.setAccessibleName(self.tr("Follow-up tried on") if failed else self.tr("Follow-up done on"))

    def _build_doctor(self) -> None:
        signing, referrals = self.signing_box, self.referrals_box
        self.signing_state = _named(QLabel(signing), "healthSigningState", self.tr("Family-doctor signing"))
        self.signing_state.setWordWrap(True)
        self.team = _named(QLineEdit(signing), "healthTeam", self.tr("Family-doctor team"))
        self.team.setPlaceholderText(self.tr("Team"))
        self.doctor = _named(QLineEdit(signing), "healthDoctor", self.tr("Family doctor"))
        self.doctor.setPlaceholderText(self.tr("Doctor"))
        self.signed_on = _date_edit("healthSignedOn", self.tr("Signed on"), signing)
        self.sign_btn = _named(QPushButton(self.tr("Sign / renew"), signing), "healthSign", self.tr("Sign or renew"))
        self.end_sign_btn = _named(QPushButton(self.tr("End…"), signing), "healthSignEnd", self.tr("End the signing"))
        grid = QGridLayout(signing)
        grid.addWidget(self.signing_state, 0, 0, 1, 5)
        grid.addWidget(self.team, 1, 0)
        grid.addWidget(self.doctor, 1, 1)
        grid.addWidget(self.signed_on, 1, 2)
        grid.addWidget(self.sign_btn, 1, 3)
        grid.addWidget(self.end_sign_btn, 1, 4)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)

        self.partner = _named(QComboBox(referrals), "healthPartner", self.tr("Partner clinic"))
        self.reason = _named(QLineEdit(referrals), "healthReferralReason", self.tr("Reason for the referral"))
        self.reason.setPlaceholderText(self.tr("Reason (stays on the health record)"))
        self.refer_btn = _named(
            QPushButton(self.tr("Refer"), referrals), "healthRefer", self.tr("Refer to the partner clinic")
        )
        self.referrals_model = ReferralsModel(self)
        self.referrals = _table("healthReferrals", self.tr("Referrals"), self.referrals_model, 3, referrals)
        v = QVBoxLayout(referrals)
        row = QHBoxLayout()
        row.addWidget(self.partner)
        row.addWidget(self.reason, 1)
        row.addWidget(self.refer_btn)
        v.addLayout(row)
        v.addWidget(self.referrals)

        self.sign_btn.clicked.connect(self.save_signing)
        self.end_sign_btn.clicked.connect(self.end_signing)
        self.refer_btn.clicked.connect(self.refer)
        one_click(self.sign_btn)
        self._buttons_for_recorders(self.sign_btn, self.end_sign_btn, self.refer_btn)

    # --- showing ------------------------------------------------------------------------------------------------
    def show_resident(self, resident_id: int) -> None:
        """Open the resident's record (audited by the service) and fill the panel."""
        self.steps.finish()
        if resident_id != self.resident_id:
            # readings typed for the resident shown before are not saved on the next one (one click now switches)
            for edit in (self.systolic, self.diastolic, self.pulse, self.glucose, self.weight):
                edit.clear()
            self.reading_error.clear()
        self.resident_id = resident_id
        try:
            rec = HR.get_record(self.ctx.db, self.ctx.actor, resident_id, where="health page")
        except UserError as exc:
            dialogs.show_user_error(self, exc)
            return
        self._fill(rec)

    def reload(self) -> None:
        if self.resident_id is not None:
            self.show_resident(self.resident_id)

    def _fill(self, rec: HR.HealthRecord) -> None:
        self.record = rec
        self.title.setText(rec.name)
        gender = {"M": self.tr("Male"), "F": self.tr("Female")}.get(rec.gender or "", "")
        age = "" if rec.age is None else self.tr("{n} years").format(n=rec.age)
        self.facts.setText(
            "  ·  ".join(x for x in (f"{gender} {age}".strip(), rec.masked_id, rec.phone, rec.address) if x)
        )
        for g in self.groups:
            g.setEnabled(not rec.archived)
        if rec.consent is not None:
            c = rec.consent
            who = c.given_by + (f"（{c.relation}）" if c.relation else "")
            self.consent_state.setText(
                self.tr("Consent given by {who} on {day} ({how}); recorded by {staff}.").format(
                    who=who, day=c.given_on.isoformat(), how=H.consent_method_label(c.method), staff=c.recorded_by
                )
            )
        else:
            withdrawn = next((c for c in rec.consents if c.withdrawn_at is not None), None)
            text = self.tr("No consent on file: record it before anything else.")
            if withdrawn is not None:
                text = self.tr("Consent withdrawn on {day}: {why}").format(
                    day=clock.to_local(withdrawn.withdrawn_at).date().isoformat(), why=withdrawn.withdrawal_note or ""
                )
            self.consent_state.setText(text)
        for w in self.consent_form:
            w.setVisible(rec.consent is None)
        self.consent_btn.setVisible(rec.consent is None and may(self.ctx.actor, RECORD_HEALTH))
        self.withdraw_btn.setVisible(rec.consent is not None and may(self.ctx.actor, RECORD_HEALTH))
        for g in self.recording:
            g.setEnabled(rec.consent is not None and not rec.archived)
        if rec.signing is not None:
            s = rec.signing
            overdue = s.renewal_due < clock.today()
            text = self.tr("{team}, Dr {doctor}; signed {signed}, renewal due {due}").format(
                team=s.team, doctor=s.doctor, signed=s.signed_on.isoformat(), due=s.renewal_due.isoformat()
            )
            self.signing_state.setText(text + (self.tr(" (overdue)") if overdue else ""))
            self.signing_state.setProperty("role", "warning" if overdue else "")
            self.team.setText(s.team)
            self.doctor.setText(s.doctor)
        else:
            self.signing_state.setText(self.tr("Not signed with a family doctor."))
            self.signing_state.setProperty("role", "")
        self.signing_state.style().unpolish(self.signing_state)
        self.signing_state.style().polish(self.signing_state)
        self.end_sign_btn.setEnabled(rec.signing is not None)
        self.care_model.today = clock.today()
        self.care_model.set_rows(care_rows(rec))
        self.readings_model.set_rows(rec.readings)
        self.referrals_model.set_rows(rec.referrals)
        if self.partner.count() == 0:
            for d in departments(self.ctx.db):
                if d.is_partner:
                    self.partner.addItem(d.name, d.id)

    # --- acting -------------------------------------------------------------------------------------------------
    def _run(self, action) -> bool:
        """Call the service; show a refusal; reload the record after a change."""
        try:
            action()
        except UserError as exc:
            dialogs.show_user_error(self, exc)
            return False
        self.reload()
        return True

    @saves_once
    def save_consent(self) -> None:
        if self.resident_id is None:
            return
        rid = self.resident_id
        self._run(
            lambda: H.record_consent(
                self.ctx.db,
                self.ctx.actor,
                rid,
                self.consent_by.text(),
                self.consent_method.currentData(),
                _pydate(self.consent_on.date()),
                relation=self.consent_relation.text(),
            )
        )

    def withdraw(self) -> None:
        if self.resident_id is None:
            return
        note = dialogs.ask_text(self, self.tr("Withdraw consent"), self.tr("How did the resident withdraw consent?"))
        if note is not None:
            rid = self.resident_id
            self._run(lambda: H.withdraw_consent(self.ctx.db, self.ctx.actor, rid, note))

    @saves_once
    def save_signing(self) -> None:
        if self.resident_id is None:
            return
        inp = H.SigningInput(self.resident_id, self.team.text(), self.doctor.text(), _pydate(self.signed_on.date()))
        self._run(lambda: H.record_signing(self.ctx.db, self.ctx.actor, inp))

    def end_signing(self) -> None:
        if self.resident_id is None:
            return
        reason = dialogs.ask_text(self, self.tr("End the signing"), self.tr("Why does the signing end?"))
        if reason is not None:
            rid = self.resident_id
            self._run(lambda: H.end_signing(self.ctx.db, self.ctx.actor, rid, reason))

    def add_condition(self) -> None:
        if self.resident_id is None:
            return
        code, name, _months = self.condition_choice.currentData()
        rid = self.resident_id
        self._run(lambda: H.add_condition(self.ctx.db, self.ctx.actor, rid, code, name))

    def remove_condition(self) -> None:
        row = _selected(self.care)
        row = row.condition if row is not None else None
        if row is None:
            dialogs.inform(self, self.tr("Select a condition first."))
            return
        reason = dialogs.ask_text(
            self, self.tr("Remove condition"), self.tr("Why is {name} removed?").format(name=row.name)
        )
        if reason is not None:
            self._run(lambda: H.remove_condition(self.ctx.db, self.ctx.actor, row.id, reason))

    def start_plan(self) -> None:
        if self.resident_id is None:
            return
        row = _selected(self.care)  # a plan for the selected line's condition; none chosen: a general plan
        condition = row.condition if row is not None else None
        rid, months = self.resident_id, self.plan_months.value()
        cid = condition.id if condition is not None else None
        self._run(lambda: H.start_plan(self.ctx.db, self.ctx.actor, rid, months, condition_id=cid))

    def end_plan(self) -> None:
        row = self._selected_plan()
        if row is None:
            dialogs.inform(self, self.tr("Select a follow-up plan first."))
            return
        reason = dialogs.ask_text(self, self.tr("End plan"), self.tr("Why does this follow-up plan end?"))
        if reason is not None:
            self._run(lambda: H.end_plan(self.ctx.db, self.ctx.actor, row.id, reason))

    def close_lost(self) -> None:
        row = self._selected_plan()
        if row is None:
            dialogs.inform(self, self.tr("Select a follow-up plan first."))
            return
        reason = dialogs.ask_text(
            self,
            self.tr("Lost to follow-up"),
            self.tr("Why can the resident not be followed up (失访)? The plan ends and counts as lost."),
        )
        if reason is not None:
            self._run(lambda: H.close_lost(self.ctx.db, self.ctx.actor, row.id, reason))

    def _selected_plan(self) -> HR.PlanRow | None:
        """The plan of the selected line; with none selected, the only plan when there is just one."""
        row = _selected(self.care)
        if row is not None:
            return row.plan
        rows = (self.care_model.row_at(i) for i in range(self.care_model.rowCount()))
        plans = [r.plan for r in rows if r.plan is not None]
        return plans[0] if len(plans) == 1 else None

    @saves_once
    def save_followup(self) -> None:
        row = self._selected_plan()
        if row is None:
            dialogs.inform(self, self.tr("Select the follow-up plan first."))
            return
        day, method, outcome, note = (
            _pydate(self.followup_on.date()),
            self.followup_method.currentData(),
            self.followup_outcome.currentData(),
            self.followup_note.text(),
        )
        db, actor = self.ctx.db, self.ctx.actor
        if outcome is None:
            done = self._run(lambda: H.record_followup(db, actor, row.id, day, method, note))
        else:  # tried and failed: kept apart, the follow-up stays due
            done = self._run(lambda: H.record_attempt(db, actor, row.id, day, method, outcome, note))
        if done:
            self.followup_note.clear()
            self.followup_outcome.setCurrentIndex(0)

    @saves_once
    def save_reading(self) -> None:
        if self.resident_id is None:
            return
        self.reading_error.clear()
        try:
            inp = H.ReadingInput(
                self.resident_id,
                systolic=_int_or_none(self.systolic.text()),
                diastolic=_int_or_none(self.diastolic.text()),
                pulse=_int_or_none(self.pulse.text()),
                glucose_tenths=parse_tenths(self.glucose.text()),
                glucose_timing=self.glucose_timing.currentData(),
                weight_tenths=parse_tenths(self.weight.text()),
            )
        except ValueError:
            self.reading_error.setText(self.tr("Type the readings as numbers (glucose and weight with one decimal)."))
            return
        try:
            H.record_reading(self.ctx.db, self.ctx.actor, inp)
        except ValidationError as exc:
            self.reading_error.setText(" ".join(dict.fromkeys(exc.errors.values())))
            return
        except UserError as exc:
            dialogs.show_user_error(self, exc)
            return
        for edit in (self.systolic, self.diastolic, self.pulse, self.glucose, self.weight):
            edit.clear()
        self.systolic.setFocus()
        self.reload()

    def void_reading(self) -> None:
        row = _selected(self.readings)
        if row is None:
            dialogs.inform(self, self.tr("Select a reading first."))
            return
        reason = dialogs.ask_text(self, self.tr("Void reading"), self.tr("Why is this reading voided?"))
        if reason is not None:
            self._run(lambda: H.void_reading(self.ctx.db, self.ctx.actor, row.id, reason))

    def refer(self) -> None:
        if self.resident_id is None:
            return
        if self.partner.currentData() is None:
            dialogs.inform(self, self.tr("No partner clinic is set up (requests › departments and partners)."))
            return
        inp = H.ReferralInput(self.resident_id, self.partner.currentData(), self.reason.text())
        if self._run(lambda: H.refer(self.ctx.db, self.ctx.actor, inp)):
            self.reason.clear()


class RecordsTab(QWidget):
    """Find a resident on the left (name, pinyin initials, phone or ID digits); their record on the right."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        # made from the outside in, each widget inside its parent (ui/common/lazy.py says why)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        layout.addWidget(splitter)
        left = QWidget(splitter)
        splitter.addWidget(left)
        left.setMinimumWidth(200)
        left.setMaximumWidth(300)
        v = QVBoxLayout(left)
        v.setContentsMargins(0, 0, 0, 0)
        self.search = _named(QLineEdit(left), "healthSearch", self.tr("Find a resident"))
        # the hint fits the narrow pane at 1366×768 (it was cut after "电话或…"); the whole of it in the tooltip
        self.search.setPlaceholderText(self.tr("Name, initials, phone or ID digits"))
        self.search.setToolTip(self.tr("Name, initials, phone or ID digits, then Enter"))
        self.setFocusProxy(self.search)  # the first field (ui/common/lazy.py first_field)
        v.addWidget(self.search)
        # the matches' list (empty until a search) comes in a later step, after the first paint (ui/common/steps.py);
        # the stretch keeps the search box at the top until then
        self._left = v
        v.addStretch(1)
        # the record scrolls only when the screen is smaller than a counter PC's (1366×768)
        area = QScrollArea(splitter)
        area.setObjectName("healthRecordScroll")
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        splitter.addWidget(area)
        self.panel = RecordPanel(ctx, area.viewport())
        area.setWidget(self.panel)
        splitter.setChildrenCollapsible(False)
        share_on_first_show(splitter, (1, 4))  # the search pane 270 px at 1366 wide: its hint and names fit
        self.search.returnPressed.connect(self.find)
        self.steps = Steps(self)
        self.steps.then(self._build_results)

    def _build_results(self) -> None:
        """The residents a search finds, under the search box (a later step)."""
        v = self._left
        self.results = _named(QListWidget(self.search.parentWidget()), "healthResults", self.tr("Matching residents"))
        self.nothing_found = NothingFound(self.results, self.search)  # "没有找到…" after an Enter that found no one
        self.results.setWordWrap(True)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        v.takeAt(v.count() - 1)  # the stretch that kept the search box at the top
        v.addWidget(self.results, 1)
        self.results.itemActivated.connect(self._open)
        # one click (or an arrow key) shows the resident's record, as the residents tab does; Enter or a double
        # click opens it for typing (the focus goes to the first reading). A single click left "Find a resident on
        # the left." on screen.
        self.results.currentItemChanged.connect(self._preview)

    def find(self) -> None:
        self.steps.finish()
        self.results.clear()
        for r in search_residents(self.ctx.db, self.search.text(), limit=30, actor=self.ctx.actor):
            age = r.age()
            label = " · ".join(
                x for x in (r.name, r.masked_id, "" if age is None else self.tr("{n} y").format(n=age)) if x
            )
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            self.results.addItem(item)
        if self.results.count() == 1:
            self._open(self.results.item(0))
        elif self.results.count():
            self.results.setCurrentRow(0)
            self.results.setFocus()

    def _open(self, item: QListWidgetItem) -> None:
        self.open_resident(int(item.data(Qt.ItemDataRole.UserRole)))

    def _preview(self, item: QListWidgetItem | None, _previous=None) -> None:
        """Show the record of the resident selected in the results, leaving the focus in the list."""
        if item is not None:
            resident_id = int(item.data(Qt.ItemDataRole.UserRole))
            if self.panel.resident_id != resident_id:
                self.panel.show_resident(resident_id)

    def open_resident(self, resident_id: int) -> None:
        self.panel.show_resident(resident_id)
        self.panel.systolic.setFocus()


class DueTab(QWidget):
    """Follow-ups and family-doctor renewals due soon or overdue; Enter or a double click opens the record."""

    def __init__(self, ctx: AppContext, open_record, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.open_record = open_record
        # made from the outside in, each widget inside its parent (ui/common/lazy.py says why)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        layout.addLayout(top)
        top.addWidget(QLabel(self.tr("Due within"), self))
        self.within = _named(QSpinBox(self), "healthDueWithin", self.tr("Due within days"))
        self.within.setRange(0, 90)
        self.within.setValue(14)
        self.within.setSuffix(self.tr(" days"))
        self.overdue_only = _named(
            QCheckBox(self.tr("Overdue only"), self), "healthDueOverdueOnly", self.tr("Overdue only")
        )
        self.count = _named(QLabel(self.tr("Loading…"), self), "healthDueCount", self.tr("How many are due"))
        self.export_btn = _named(
            QPushButton(self.tr("Export call list…"), self),
            "healthDueExport",
            self.tr("Export the list as a spreadsheet"),
        )
        self.export_btn.setToolTip(self.tr("An .xlsx file with names and phones; the export is recorded."))
        self.export_btn.clicked.connect(self.export)
        top.addWidget(self.within)
        top.addWidget(self.overdue_only)
        top.addStretch(1)
        top.addWidget(self.count)
        top.addWidget(self.export_btn)
        self.model = DueModel(self)
        # the list's view comes in a later step, after the first paint (ui/common/steps.py; its rows are read on a
        # worker anyway); the stretch keeps the filters at the top until then
        self._layout = layout
        layout.addStretch(1)
        self.within.valueChanged.connect(self.reload_later)
        self.overdue_only.toggled.connect(self.reload_later)
        # read on a worker: the frame shows at once, the list when it comes; a newer filter drops an older answer
        self.loader = Loader(self)
        self.reload_later()
        self.steps = Steps(self)
        self.steps.then(self._build_list)

    def _build_list(self) -> None:
        """The due and overdue list (a later step)."""
        self.view = _table("healthDueList", self.tr("Due and overdue"), self.model, 10, self)
        # sized from the header and the first rows when they first come, not measured over every row at each show
        size_columns_when_filled(self.view)
        self.view.doubleClicked.connect(lambda idx: self._open(idx.row()))
        self.view.activated.connect(lambda idx: self._open(idx.row()))
        self._layout.takeAt(self._layout.count() - 1)  # the stretch that kept the filters at the top
        self._layout.addWidget(self.view, 1)

    def _query(self) -> tuple:
        return (clock.today(), self.within.value(), self.overdue_only.isChecked())

    @staticmethod
    def _fetch(db, actor, query: tuple) -> tuple:
        today, within, overdue_only = query
        return today, HR.due_list(db, actor, today, within_days=within, overdue_only=overdue_only)

    def reload(self) -> None:
        """Read the list now (after this desk's own change)."""
        self._read(self._fetch(self.ctx.db, self.ctx.actor, self._query()))

    def reload_later(self) -> None:
        """Read the list on a worker (first show, a filter changed, another workstation's change)."""
        db, actor, query = self.ctx.db, self.ctx.actor, self._query()
        self.loader.run(lambda: self._fetch(db, actor, query), self._read)

    def _read(self, answer: tuple) -> None:
        today, rows = answer
        self.model.today = today
        self.model.set_rows(rows)
        overdue = sum(1 for r in rows if r.overdue)
        self.count.setText(self.tr("{n} due, {m} overdue").format(n=len(rows), m=overdue))

    def export(self) -> None:
        """The list as shown, as an .xlsx call list (checked and audited by the service)."""
        from app.documents.common import output_path

        today = clock.today()
        try:
            data = HR.export_due_list(
                self.ctx.db,
                self.ctx.actor,
                today,
                within_days=self.within.value(),
                overdue_only=self.overdue_only.isChecked(),
            )
        except UserError as exc:
            dialogs.show_user_error(self, exc)
            return
        path = output_path("health-due-list", today.isoformat(), ".xlsx")
        path.write_bytes(data)
        self.last_export = path
        dialogs.inform(self, self.tr("Saved to {path}").format(path=str(path)))

    def _open(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.open_record(self.model.row_at(row).resident_id)


class HealthPage(QWidget):
    """The health records first; the due list is built the first time it is shown."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("healthPage")
        self.ctx = ctx
        layout = QVBoxLayout(self)
        self.tabs = _named(QTabWidget(self), "healthTabs", self.tr("Health"))
        layout.addWidget(self.tabs)
        self.setFocusProxy(self.tabs)  # the current sub-tab's first field (ui/common/lazy.py first_field)
        self.lazy = LazyTabs(self.tabs)
        # the record is not live-refreshed: every read of it is an audited reveal, so it is read when opened and
        # after this desk's own changes; the due list follows every workstation
        self.lazy.add("healthRecordsTab", lambda parent: RecordsTab(ctx, parent), self.tr("Health records"))
        self.lazy.add(
            "healthDueTab",
            lambda parent: self._watched(DueTab(ctx, self.open_record, parent)),
            self.tr("Due and overdue"),
        )

    def _watched(self, tab: DueTab) -> DueTab:
        tab.live_watch = self.ctx.live.watch(tab, ("health", "residents"), tab.reload_later)
        return tab

    @property
    def records(self) -> RecordsTab:
        return self.lazy.page("healthRecordsTab")

    @property
    def due(self) -> DueTab:
        return self.lazy.page("healthDueTab")

    def open_record(self, resident_id: int) -> None:
        records = self.records
        self.tabs.setCurrentWidget(records)
        records.open_resident(resident_id)


def create_page(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    return HealthPage(ctx, parent)
