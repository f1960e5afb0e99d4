"""A follow-up that could not be done (未随访) and a resident lost to follow-up (失访), as an outside tester of the
health corner found them missing: the only thing the desk could record was the follow-up itself, so an unanswered
phone call counted as the follow-up done (the plan moved on, the overdue alert went away).

Now a failed attempt is kept apart (how, why, note, who, when); the follow-up stays due and its overdue alert stays
until a completed follow-up is recorded; the failures since the last follow-up show on the plan's line and the due
list; the health role or an administrator closes a plan as lost to follow-up with a reason; the figures count only
completed follow-ups as done."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from app.errors import PermissionDenied, UserError, ValidationError
from app.health import record as HR
from app.health import service as H
from app.health.queries import overdue_followups
from app.health.report import month_section
from db.models import AuditEntry
from db.models.health import FollowUpAttempt, FollowUpPlan
from tests.health.conftest import TODAY

STARTED = dt.date(2026, 6, 1)
DUE = dt.date(2026, 9, 1)  # three months after the start: overdue on TODAY (2026-11-30)


@pytest.fixture
def plan(db, health, consented) -> int:
    cond = H.add_condition(db, health, consented, "I10", "高血压")
    return H.start_plan(db, health, consented, 3, condition_id=cond, started_on=STARTED)


def _attempts(db) -> list[FollowUpAttempt]:
    with db.read() as s:
        return s.execute(select(FollowUpAttempt).order_by(FollowUpAttempt.id)).scalars().all()


def test_an_unanswered_call_is_kept_as_an_attempt_and_the_follow_up_stays_due(db, health, consented, plan, now):
    attempt = H.record_attempt(db, health, plan, TODAY, "phone", "unreached", "  无人接听  ")
    (row,) = _attempts(db)
    assert row.id == attempt and row.plan_id == plan and row.resident_id == consented
    assert (row.attempted_on, row.method, row.outcome, row.note) == (TODAY, "phone", "unreached", "无人接听")
    assert row.recorded_by_id == health.user_id and row.recorded_at is not None  # who and when
    # not a follow-up: the plan is due as before, on the due list and the overdue list the alert reads
    rec = HR.get_record(db, health, consented)
    (p,) = rec.plans
    assert p.last_followup_on is None and p.next_due == DUE
    assert rec.followups == []
    (due,) = HR.due_list(db, health, TODAY)
    assert due.ref_id == plan and due.overdue and due.due == DUE
    with db.read() as s:
        assert overdue_followups(s, TODAY) == [(consented, plan, DUE)]
    (entry,) = [e for e in _audit(db) if e.entity == "health_attempt"]
    assert entry.entity_id == str(attempt) and entry.user_id == health.user_id


def _audit(db) -> list[AuditEntry]:
    with db.read() as s:
        return s.execute(select(AuditEntry).order_by(AuditEntry.id)).scalars().all()


def test_the_overdue_alert_stays_after_a_failed_attempt_and_ends_with_the_follow_up(db, admin, health, plan, now):
    from app.alerts import rules as R
    from app.alerts import service as A

    def health_alerts() -> set[str]:
        return {a.subject for a in A.today_alerts(db, admin) if a.rule == R.HEALTH_OVERDUE}

    assert health_alerts() == {f"plan:{plan}"}
    H.record_attempt(db, health, plan, TODAY, "phone", "unreached")
    H.record_attempt(db, health, plan, TODAY, "home", "refused", "本人拒绝")
    assert health_alerts() == {f"plan:{plan}"}  # still overdue: nobody was followed up
    H.record_followup(db, health, plan, TODAY, "center")
    assert health_alerts() == set()


def test_repeated_failures_are_counted_on_the_plan_until_a_follow_up_is_done(db, health, consented, plan, now):
    H.record_attempt(db, health, plan, dt.date(2026, 9, 2), "phone", "unreached")
    H.record_attempt(db, health, plan, dt.date(2026, 9, 20), "home", "moved", "邻居说已搬走")
    H.record_attempt(db, health, plan, dt.date(2026, 9, 10), "phone", "refused")  # entered late: not the last
    (p,) = HR.get_record(db, health, consented).plans
    assert (p.attempts, p.last_attempt_on, p.last_attempt_outcome) == (3, dt.date(2026, 9, 20), "moved")
    (due,) = HR.due_list(db, health, TODAY)
    assert (due.attempts, due.last_attempt_on, due.last_attempt_outcome) == (3, dt.date(2026, 9, 20), "moved")
    assert "3" in H.attempts_summary(due.attempts, due.last_attempt_on, due.last_attempt_outcome)
    # the resident came in the end: the failures before are behind the follow-up, the plan moves on
    assert H.record_followup(db, health, plan, dt.date(2026, 10, 8), "center") == dt.date(2027, 1, 8)
    (p,) = HR.get_record(db, health, consented).plans
    assert (p.attempts, p.last_attempt_on) == (0, None) and p.next_due == dt.date(2027, 1, 8)
    H.record_attempt(db, health, plan, dt.date(2026, 10, 8), "phone", "unreached")  # the same day: behind it
    H.record_attempt(db, health, plan, TODAY, "phone", "other", "号码已停机")
    rec = HR.get_record(db, health, consented)
    assert (rec.plans[0].attempts, rec.plans[0].last_attempt_outcome) == (1, "other")
    # every attempt stays on the record with who recorded it
    assert len(rec.attempts) == 5 and {a.recorded_by for a in rec.attempts} == {"职员health"}
    assert rec.attempts[0].attempted_on == TODAY and rec.attempts[0].note == "号码已停机"


def test_an_attempt_is_checked_and_nothing_is_written_when_refused(db, health, desk, plan, now):
    cases = [
        ((TODAY, "telegram", "unreached", ""), "method"),
        ((TODAY, "phone", "busy", ""), "outcome"),
        ((TODAY, "phone", "other", "  "), "note"),  # "other" says why in the note
        ((TODAY + dt.timedelta(days=1), "phone", "unreached", ""), "attempted_on"),
        ((STARTED - dt.timedelta(days=1), "phone", "unreached", ""), "attempted_on"),
    ]
    for args, field in cases:
        with pytest.raises(ValidationError) as e:
            H.record_attempt(db, health, plan, *args)
        assert field in e.value.errors, args
    with pytest.raises(PermissionDenied):
        H.record_attempt(db, desk, plan, TODAY, "phone", "unreached")
    assert _attempts(db) == []


def test_the_database_refuses_an_unknown_outcome(db, consented, plan):
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), db.write() as s:
        s.add(FollowUpAttempt(plan_id=plan, resident_id=consented, attempted_on=TODAY, method="phone", outcome="x"))


def test_the_health_role_or_an_administrator_closes_a_plan_as_lost(db, admin, health, desk, cashier, consented, plan):
    H.record_attempt(db, health, plan, TODAY, "home", "moved", "已搬离本社区")
    for who in (desk, cashier):
        with pytest.raises(PermissionDenied):
            H.close_lost(db, who, plan, "联系不上")
    with pytest.raises(ValidationError):
        H.close_lost(db, health, plan, "   ")
    H.close_lost(db, health, plan, "多次联系不上，已搬离")
    with db.read() as s:
        row = s.get(FollowUpPlan, plan)
        assert row.lost_to_followup and row.ended_at is not None and row.ended_by_id == health.user_id
        assert row.end_reason == "多次联系不上，已搬离"
        assert overdue_followups(s, TODAY) == []  # the alert ends with the plan
    assert HR.due_list(db, health, TODAY) == [] and HR.get_record(db, health, consented).plans == []
    with pytest.raises(UserError):
        H.close_lost(db, admin, plan, "again")  # ended already
    with pytest.raises(UserError):
        H.record_attempt(db, health, plan, TODAY, "phone", "unreached")
    assert [e.action for e in _audit(db) if e.entity == "health_plan"][-1] == "lost"
    # an administrator may close one too; an ordinary end is not counted as lost
    other = H.start_plan(db, health, consented, 6, started_on=STARTED)
    H.close_lost(db, admin, other, "本人拒绝随访")
    ended = H.start_plan(db, health, consented, 6, started_on=STARTED)
    H.end_plan(db, health, ended, "转由医院管理")
    with db.read() as s:
        assert s.get(FollowUpPlan, other).lost_to_followup and not s.get(FollowUpPlan, ended).lost_to_followup


def test_the_month_counts_completed_follow_ups_only_as_done(db, health, cashier, consented, plan, now):
    H.record_attempt(db, health, plan, dt.date(2026, 11, 3), "phone", "unreached")
    H.record_attempt(db, health, plan, dt.date(2026, 11, 10), "home", "refused")
    general = H.start_plan(db, health, consented, 1, started_on=dt.date(2026, 10, 1))
    H.record_followup(db, health, general, dt.date(2026, 11, 2), "phone")
    lost = H.start_plan(db, health, consented, 6, started_on=STARTED)
    H.close_lost(db, health, lost, "已搬离")
    section = month_section(db, cashier, 2026, 11)
    followups = section.tables[0]
    # the hypertension plan was tried twice and not followed up: nothing done, still overdue at the month's end
    assert followups.rows == [["高血压", "0", "1"], ["General", "1", "0"]]
    assert followups.total == ["Total", "1", "1"]
    lines = dict(section.lines)
    assert lines["Follow-up attempts that failed"] == "2"
    assert lines["Plans closed as lost to follow-up"] == "1"
    assert month_section(db, cashier, 2026, 10).tables[0].total == ["Total", "0", "0"]
    assert dict(month_section(db, cashier, 2026, 10).lines)["Follow-up attempts that failed"] == "0"


def test_the_call_list_shows_the_failed_attempts(db, health, plan, now, zh):
    H.record_attempt(db, health, plan, dt.date(2026, 11, 28), "phone", "unreached")
    H.record_attempt(db, health, plan, TODAY, "phone", "unreached")
    rows = list(load_workbook(io.BytesIO(HR.export_due_list(db, health, TODAY))).active.iter_rows(values_only=True))
    assert rows[1][1] == "逾期 90 天"  # still overdue
    assert rows[0][7] and "2" in rows[1][7] and TODAY.isoformat() in rows[1][7]


def test_the_due_list_counts_each_plan_s_own_failures(db, admin, health, plan, now):
    """The counts are correlated per plan in the due list's one statement (SQLite and PostgreSQL alike)."""
    from app.residents.service import ResidentInput, create_resident

    ids = []
    for i in range(4):
        rid = create_resident(db, admin, ResidentInput(name=f"随访{i}", phone=""), confirm_duplicate=True)
        H.record_consent(db, health, rid, "本人", "written", TODAY)
        ids.append(H.start_plan(db, health, rid, 1, started_on=STARTED))
        for _ in range(i):
            H.record_attempt(db, health, ids[-1], TODAY, "phone", "unreached")
    counts = {r.ref_id: r.attempts for r in HR.due_list(db, health, TODAY) if r.kind == HR.FOLLOWUP}
    assert [counts[p] for p in ids] == [0, 1, 2, 3] and counts[plan] == 0


# --- at the desk ---------------------------------------------------------------------------------------------------
_TABS: list = []  # the tab owns the panel: held here so that it lives as long as the test (qtbot holds it weakly)


@pytest.fixture(autouse=True)
def _release_tabs():
    yield
    _TABS.clear()


def _panel(qtbot, db, actor, resident_id):
    from ui.context import AppContext
    from ui.health.page import RecordsTab

    tab = RecordsTab(AppContext(db, actor))
    qtbot.addWidget(tab)
    _TABS.append(tab)
    tab.resize(1366, 700)
    tab.open_resident(resident_id)
    return tab.panel


def test_the_desk_records_a_failed_call_and_the_plan_stays_due(qtbot, db, health, consented, plan, now, qtmodeltester):
    panel = _panel(qtbot, db, health, consented)
    care = panel.care_model
    assert panel.followup_btn.text() == "Record follow-up"
    outcome = panel.followup_outcome
    outcome.setCurrentIndex(outcome.findData("unreached"))
    assert panel.followup_btn.text() == "Record failed attempt"
    panel.followup_method.setCurrentIndex(panel.followup_method.findData("phone"))
    panel.followup_note.setText("无人接听")
    panel.followup_btn.click()  # the only plan: no selection needed
    (row,) = _attempts(db)
    assert (row.method, row.outcome, row.note) == ("phone", "unreached", "无人接听")
    # the plan's line: still due on the same day (in red), the failure counted
    assert care.data(care.index(0, 4)) == DUE.isoformat() and care.data(care.index(0, 3)) == ""
    assert care.data(care.index(0, 5)).startswith("1 failed") and TODAY.isoformat() in care.data(care.index(0, 5))
    from PySide6.QtCore import Qt

    assert "无人接听" in care.data(care.index(0, 5), Qt.ItemDataRole.ToolTipRole)
    assert care.headerData(5, Qt.Orientation.Horizontal) == "Failed attempts"
    qtmodeltester.check(care)
    # the form is back on "Done" for the next one; a completed follow-up moves the plan on
    assert outcome.currentData() is None and panel.followup_btn.text() == "Record follow-up"
    panel.followup_btn.click()
    assert care.data(care.index(0, 3)) == TODAY.isoformat() and care.data(care.index(0, 5)) == ""


def test_an_other_reason_without_a_note_is_refused_on_the_form(qtbot, db, health, consented, plan, now, no_dialogs):
    panel = _panel(qtbot, db, health, consented)
    panel.followup_outcome.setCurrentIndex(panel.followup_outcome.findData("other"))
    panel.followup_btn.click()
    assert no_dialogs.messages[-1] == ("error", "Say in the note why the follow-up did not happen.")
    assert _attempts(db) == [] and panel.followup_outcome.currentData() == "other"  # kept for the note


def test_the_desk_closes_a_plan_as_lost_to_follow_up(qtbot, db, health, consented, plan, now, no_dialogs):
    panel = _panel(qtbot, db, health, consented)
    assert not panel.lost_btn.isHidden()  # for the health role (and administrators)
    no_dialogs.text_answers.append("多次联系不上，已搬离")
    panel.lost_btn.click()
    with db.read() as s:
        assert s.get(FollowUpPlan, plan).lost_to_followup
    assert panel.care_model.data(panel.care_model.index(0, 2)) == "no plan"  # the condition stays, its plan ended


def test_the_due_list_shows_the_failures(qtbot, db, health, plan, now, qtmodeltester):
    from ui.context import AppContext
    from ui.health.page import HealthPage

    H.record_attempt(db, health, plan, TODAY, "phone", "refused")
    page = HealthPage(AppContext(db, health))
    qtbot.addWidget(page)
    due = page.due
    qtbot.waitUntil(lambda: not due.loader.pending)
    model = due.model
    assert model.rowCount() == 1 and "Overdue" in model.data(model.index(0, 1))
    assert model.data(model.index(0, 7)).startswith("1 failed") and "refused" in model.data(model.index(0, 7))
    qtmodeltester.check(model)
