"""Every service entry point × every role, against the permission table (issue 12, item 3).

`ENTRIES` lists each public service function in app/ that takes an `actor` (found by `service_entry_points()`):
the permission it needs (None: every signed-in role may, e.g. one's own password) and how to call it with valid
arguments in a fresh database. Each is called as a real account of each role: a role that lacks the permission is
refused with PermissionDenied and nothing is written; a role that holds it gets the work done. `MASKED_READS` lists
the reads that return ID numbers: full only for roles that may see them. A guard fails when a new entry point is not
listed here.
"""

from __future__ import annotations

import ast
import dataclasses
import datetime as dt
import functools
import importlib
import inspect
import itertools
import pkgutil
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import func, select

import app
from app import autobackup, clock, exports, settings
from app.accounts import audit_log, center_admin, login, privacy
from app.accounts import permissions as P
from app.accounts import service as accounts
from app.activities import attendance as class_attendance
from app.activities import certificates as class_certificates
from app.activities import fees as class_fees
from app.activities import report as class_report
from app.activities import service as classes
from app.actor import (
    ADMIN,
    ALL_ROLES,
    BOOK_ROOM,
    CASHIER,
    CHILDCARE,
    FRONT_DESK,
    HEALTH,
    SYSTEM,
    VOLUNTEER_COORDINATOR,
    Actor,
)
from app.alerts import report as alerts_report
from app.alerts import rules as alert_rules
from app.alerts import service as alerts
from app.canteen import admin as canteen_admin
from app.canteen import bookings, settlement
from app.canteen import reports as canteen_reports
from app.canteen import service as canteen
from app.childcare import service as cc
from app.childcare import sheets
from app.community import households as community_households
from app.community import report as community_report
from app.community import service as community
from app.errors import NotFound, PermissionDenied
from app.health import record as health_record
from app.health import report as health_report
from app.health import service as health
from app.imports import service as imports
from app.library import catalogue as library_catalogue
from app.library import desk as library_desk
from app.library import fines as library_fines
from app.library import imports as library_imports
from app.library import report as library_report
from app.library import rules as library_rules
from app.library import slips as library_slips
from app.library.sip2 import api as sip_api
from app.library.sip2 import link as sip_link
from app.library.sip2 import outbox as sip_outbox
from app.reports import district, figures
from app.requests import reports as request_reports
from app.requests import service as S
from app.requests import station
from app.requests import workflow as W
from app.residents import service as residents
from app.residents import tags as T
from app.volunteers import certificates, roster
from app.volunteers import reports as volunteer_reports
from db.models import AuditEntry, User, UserRole
from db.models.library_sip import LibrarySipOutbox
from db.models.requests import StationVisit
from tests.backends import is_postgresql

PASSWORD = "Correct-horse-7"
ID_NUMBER = "110105194405010014"
MONDAY_LUNCH = dt.datetime(2026, 11, 30, 11, 30)  # local time; lunch is being served, a working day
TODAY = MONDAY_LUNCH.date()


@functools.cache
def _password_hash() -> str:
    from app.accounts.passwords import hash_password

    return hash_password(PASSWORD)


class World:
    """What the entry points act on, made on demand by the system (an administrator) in this test's database."""

    def __init__(self, db) -> None:
        self.db = db
        self.admin = accounts.actor_for(db, 1)

    def account(self, role: str) -> Actor:
        """A real staff account holding just `role`, signed in through the accounts service (one per role: asked
        again, the same account)."""
        with self.db.read() as s:
            uid = s.execute(select(User.id).where(User.username == f"u_{role}")).scalar_one_or_none()
        if uid is not None:
            return accounts.actor_for(self.db, uid)
        with self.db.write() as s:
            u = User(username=f"u_{role}", display_name=f"staff {role}", password_hash=_password_hash())
            u.roles = [UserRole(role=role)]
            s.add(u)
            s.flush()
            uid = u.id
        return accounts.actor_for(self.db, uid)

    # --- residents
    @functools.cached_property
    def resident(self) -> int:
        return residents.create_resident(
            self.db,
            SYSTEM,
            residents.ResidentInput(name="赵善庆", birth_date=dt.date(1944, 5, 1), id_number=ID_NUMBER, phone=""),
        )

    @functools.cached_property
    def archived_resident(self) -> int:
        rid = residents.create_resident(self.db, SYSTEM, residents.ResidentInput(name="钱搬走"))
        residents.archive_resident(self.db, SYSTEM, rid, "搬走")
        return rid

    @functools.cached_property
    def party_member(self) -> int:
        return residents.create_resident(
            self.db, SYSTEM, residents.ResidentInput(name="孙党员", tags={T.PARTY_MEMBER: "第一党支部"})
        )

    def adult(self, name: str) -> int:
        return residents.create_resident(
            self.db, SYSTEM, residents.ResidentInput(name=name, birth_date=dt.date(1985, 1, 1)), confirm_duplicate=True
        )

    # --- buildings and visits (a household at 6-2-301)
    @functools.cached_property
    def householder(self) -> int:
        return residents.create_resident(
            self.db, SYSTEM, residents.ResidentInput(name="周住户", building="6", unit="2", room="301")
        )

    @functools.cached_property
    def council(self) -> int:
        return community.create_council(self.db, SYSTEM, "6栋理事会", (self.householder, "6")[1])

    @functools.cached_property
    def council_seat(self) -> int:
        return community.add_council_member(self.db, SYSTEM, self.council, self.householder, "building_head")

    @functools.cached_property
    def care_link(self) -> int:
        return community.add_link(self.db, SYSTEM, self.party_member, "unit", (self.householder, "6")[1], "2")

    @functools.cached_property
    def visit(self) -> int:
        day = TODAY - dt.timedelta(days=1)
        self.householder  # noqa: B018 - someone lives there
        return community.record_visit(self.db, SYSTEM, community.VisitInput("6", "2", "301", day)).id

    @functools.cached_property
    def meeting_task(self) -> int:
        inp = community.MeetingInput(self.council, TODAY, "议事", tasks=[community.TaskInput("修路灯")])
        community.record_meeting(self.db, SYSTEM, inp)
        return community.list_tasks(self.db, SYSTEM)[0].id

    def visit_input(self, need: bool = False) -> community.VisitInput:
        self.householder  # noqa: B018 - someone lives there
        return community.VisitInput(
            "6",
            "2",
            "301",
            TODAY,
            result="need_found" if need else "all_well",
            need=community.NeedInput(self.category, "需要助餐") if need else None,
        )

    # --- health (each made by the system, as an administrator)
    @functools.cached_property
    def consented(self) -> int:
        health.record_consent(self.db, SYSTEM, self.resident, "赵善庆", "written", TODAY)
        return self.resident

    @functools.cached_property
    def health_condition(self) -> int:
        return health.add_condition(self.db, SYSTEM, self.consented, "I10", "高血压")

    @functools.cached_property
    def health_plan(self) -> int:
        return health.start_plan(self.db, SYSTEM, self.consented, 3, condition_id=self.health_condition)

    @functools.cached_property
    def signed(self) -> int:
        health.record_signing(self.db, SYSTEM, health.SigningInput(self.consented, "家庭医生团队", "李医生", TODAY))
        return self.consented

    @functools.cached_property
    def health_reading(self) -> int:
        return health.record_reading(self.db, SYSTEM, health.ReadingInput(self.consented, systolic=130, diastolic=80))

    @functools.cached_property
    def clinic(self) -> int:
        return S.create_department(self.db, SYSTEM, "社区卫生服务中心", is_partner=True)

    def referral_input(self) -> health.ReferralInput:
        S.create_category(self.db, SYSTEM, "医疗健康", default_department_id=self.clinic)
        return health.ReferralInput(self.consented, self.clinic, "血压偏高")

    # --- requests
    @functools.cached_property
    def department(self) -> int:
        return S.create_department(self.db, SYSTEM, "社会事务办")

    @functools.cached_property
    def category(self) -> int:
        return S.create_category(self.db, SYSTEM, "社会保障", deadline_days=3, default_department_id=self.department)

    def request(self, state: str, *, extension: bool = False, paused: bool = False) -> int:
        """A request brought to `state` by the administrator (so another account may rate it)."""
        a = self.admin
        rid = S.take_in(self.db, a, S.IntakeInput("walk_in", self.category, "低保复核", self.resident)).id
        steps = {
            W.NEW: [],
            W.DISPATCHED: ["dispatch"],
            W.ACCEPTED: ["dispatch", "accept"],
            W.IN_PROGRESS: ["dispatch", "accept", "start"],
            W.RESOLVED: ["dispatch", "accept", "start", "resolve"],
        }[state]
        for step in steps:
            if step == "dispatch":
                S.dispatch(self.db, a, rid, self.department)
            elif step == "accept":
                S.accept(self.db, a, rid)
            elif step == "start":
                S.start(self.db, a, rid)
            elif step == "resolve":
                S.resolve(self.db, a, rid, "办好了", minutes_per_claimer=0)
        if extension:
            S.request_extension(self.db, a, rid, 3, "需协调")
        if paused:
            S.pause(self.db, a, rid, "等材料")
        return rid

    @functools.cached_property
    def station_service(self) -> int:
        return station.add_service(self.db, SYSTEM, "饮水")

    # --- canteen
    def sale(self) -> canteen.SaleResult:
        return canteen.sell(
            self.db, self.admin, canteen.SaleRequest(self.resident, "lunch", 1, "cash", tendered_fen=2000)
        )

    @functools.cached_property
    def card_holder(self) -> int:
        canteen.open_card(self.db, SYSTEM, self.resident, "C0001")
        return self.resident

    @functools.cached_property
    def booking(self) -> int:
        return bookings.book(self.db, SYSTEM, self.resident, TODAY + dt.timedelta(days=1), "lunch")

    @functools.cached_property
    def rule(self) -> int:
        return canteen_admin.add_rule_version(self.db, SYSTEM, self.rule_input())

    def rule_input(self) -> canteen_admin.RuleInput:
        return canteen_admin.RuleInput(name="区级助餐", effective_from=TODAY, min_age=60, district_fen=300)

    def slot_input(self) -> canteen_admin.SlotInput:
        lunch = next(s for s in canteen.slots(self.db) if s.code == "lunch")
        return canteen_admin.SlotInput(
            lunch.name, lunch.starts.strftime("%H:%M"), lunch.ends.strftime("%H:%M"), lunch.price_fen + 100
        )

    def closed_day(self) -> dt.date:
        day = TODAY - dt.timedelta(days=3)
        canteen_reports.close_day(self.db, self.admin, day, {})
        return day

    def settled_october(self) -> dt.date:
        settlement.settle(self.db, self.admin, "month", 2026, 10)
        return dt.date(2026, 10, 1)

    # --- childcare
    term = (dt.date(2026, 9, 1), dt.date(2027, 1, 20))

    @functools.cached_property
    def program(self) -> int:
        return cc.create_program(self.db, SYSTEM, self.program_input())

    def program_input(self) -> cc.ProgramInput:
        return cc.ProgramInput(
            name="四点半课堂",
            kind="after_school",
            starts_on=self.term[0],
            ends_on=self.term[1],
            open_min=11 * 60,
            close_min=18 * 60 + 30,
            capacity=40,
            groups=["一年级"],
        )

    def child_input(self) -> cc.ChildInput:
        return cc.ChildInput(name="王小明", gender="M", birth_date=dt.date(2018, 3, 1), medical_note="哮喘")

    @functools.cached_property
    def child(self) -> int:
        return cc.create_child(self.db, SYSTEM, self.child_input())

    @functools.cached_property
    def enrolment(self) -> int:
        return cc.enrol(self.db, SYSTEM, self.child, self.program, group="一年级")

    @functools.cached_property
    def guardian(self) -> int:
        assert self.enrolment
        return cc.add_contact(self.db, SYSTEM, self.contact_input())

    def contact_input(self) -> cc.ContactInput:
        return cc.ContactInput(child_id=self.child, resident_id=self.adult("王建国"), role="guardian")

    @functools.cached_property
    def signed_in(self) -> int:
        return cc.sign_in(self.db, self.admin, self.child, self.guardian).attendance_id

    # --- volunteers
    @functools.cached_property
    def volunteer(self) -> int:
        return roster.save_volunteer(self.db, SYSTEM, roster.VolunteerInput(resident_id=self.resident))

    @functools.cached_property
    def post(self) -> int:
        return next(p.id for p in roster.list_posts(self.db) if p.code == "canteen")

    def shift_input(self) -> roster.ShiftInput:
        return roster.ShiftInput(post_id=self.post, day=TODAY, start_min=9 * 60, end_min=11 * 60, max_people=3)

    @functools.cached_property
    def shift(self) -> int:
        return roster.create_shift(self.db, SYSTEM, self.shift_input())

    @functools.cached_property
    def signup(self) -> int:
        return roster.sign_up(self.db, SYSTEM, self.shift, self.volunteer).signup_id

    def checked_in(self) -> int:
        roster.check_in(self.db, SYSTEM, self.signup, at=clock.now() - dt.timedelta(hours=2))
        return self.signup

    @functools.cached_property
    def pending_hours(self) -> int:
        return roster.add_manual_hours(self.db, SYSTEM, self.volunteer, TODAY, 60, "上门探访")

    @functools.cached_property
    def approved_hours(self) -> int:
        entry = roster.add_manual_hours(self.db, SYSTEM, self.volunteer, TODAY, 90, "陪老人就医")
        roster.decide_hours(self.db, SYSTEM, entry, approve=True)
        return entry

    @functools.cached_property
    def certificate(self) -> certificates.CertificateData:
        assert self.approved_hours
        return certificates.issue_certificate(self.db, SYSTEM, self.volunteer, *NOVEMBER)

    # --- classes and activities
    def course_input(self) -> classes.CourseInput:
        return classes.CourseInput(
            name="书法班",
            kind=classes.SENIOR_COLLEGE,
            starts_on=dt.date(2026, 11, 1),
            ends_on=dt.date(2026, 12, 31),
            weekdays=0b1,
            start_min=9 * 60,
            duration_min=90,
            capacity=20,
            min_age=60,
        )

    @functools.cached_property
    def class_course(self) -> int:
        return classes.save_course(self.db, SYSTEM, self.course_input())

    @functools.cached_property
    def class_session(self) -> int:
        return classes.list_sessions(self.db, self.class_course)[0].id

    def _on(self, moment: dt.datetime, work: Callable[[], object]) -> object:
        """`work()` done with the clock at `moment` (a sign-up before the term), then back to MONDAY_LUNCH."""
        from app import clock

        clock.freeze(moment)
        try:
            return work()
        finally:
            clock.freeze(MONDAY_LUNCH)

    @functools.cached_property
    def class_enrolment(self) -> int:
        course = self.class_course  # signed up before the term's first session (attendance needs it)
        return self._on(
            dt.datetime(2026, 10, 20, 10, 0), lambda: classes.sign_up(self.db, SYSTEM, course, self.resident)
        ).enrolment_id

    @functools.cached_property
    def paid_place(self) -> int:
        """A place on a ¥80 course, not paid yet (the resident must be 60 or over: the resident of the world is)."""
        inp = dataclasses.replace(self.course_input(), name="国画班", fee_fen=8000)
        course = classes.save_course(self.db, SYSTEM, inp)
        return classes.sign_up(self.db, SYSTEM, course, self.resident).enrolment_id

    @functools.cached_property
    def paid_fee(self) -> int:
        class_fees.collect_fee(self.db, SYSTEM, self.paid_place, 8000)
        return self.paid_place

    @functools.cached_property
    def attended_course(self) -> int:
        """A finished course (four Mondays in September), the resident signed up before it and present every time:
        certificates may be issued."""
        inp = dataclasses.replace(
            self.course_input(), name="太极班", starts_on=dt.date(2026, 9, 7), ends_on=dt.date(2026, 9, 28)
        )
        course = classes.save_course(self.db, SYSTEM, inp)
        self._on(dt.datetime(2026, 9, 1, 10, 0), lambda: classes.sign_up(self.db, SYSTEM, course, self.resident))
        for session in classes.list_sessions(self.db, course):
            class_attendance.mark_present(self.db, SYSTEM, session.id, self.resident)
        return course


@dataclass(frozen=True)
class Entry:
    """One row of the registry: `func(db, actor, *args, **kwargs)` needs `permission` (None: every role may)."""

    func: Callable[..., object]
    permission: str | None
    arguments: Callable[[World, Actor], Args]  # made before the call, by the system

    @property
    def name(self) -> str:
        return f"{self.func.__module__.removeprefix('app.')}.{self.func.__name__}"


@dataclass(frozen=True)
class Args:
    args: tuple[object, ...]
    kwargs: dict[str, object]


def A(*args: object, **kwargs: object) -> Args:  # noqa: N802 - reads as a table cell
    return Args(args, kwargs)


def E(func, permission: str | None, arguments: Callable[[World, Actor], Args] = lambda w, a: A()) -> Entry:  # noqa: N802
    return Entry(func, permission, arguments)


def _other_account(w: World, a: Actor) -> int:
    """Someone else's account, for the account-management entries."""
    return w.account(CASHIER if FRONT_DESK in a.roles else FRONT_DESK).user_id


def _clicked(w: World, a: Actor) -> Args:
    """A click of today by `a` at the service station (written directly: the setting, not the call under test)."""
    with w.db.write() as s:
        s.add(StationVisit(service_id=w.station_service, day=TODAY, at=clock.now(), delta=1, user_id=a.user_id))
    return A()


def _holiday(w: World, a: Actor) -> Args:
    center_admin.set_calendar_day(w.db, SYSTEM, dt.date(2027, 1, 1), "holiday", "元旦")
    return A(dt.date(2027, 1, 1))


_LIST = exports.ListExport("residents", (exports.ExportColumn("姓名"),))
_AUDIT_LIST = exports.ListExport("audit", (exports.ExportColumn("摘要"),), permission=P.VIEW_AUDIT)


def _export_target() -> Path:
    import tempfile

    return Path(tempfile.mkdtemp()) / "list.xlsx"


def _import_sheet() -> str:
    """A one-row residents' sheet (a new name each time: a second import must import, not skip)."""
    import tempfile

    n = next(_SHEETS)
    path = Path(tempfile.mkdtemp()) / f"residents{n}.csv"
    path.write_text(f"姓名,性别,联系电话\n导入{n}号,男,1381111{n:04d}\n", encoding="utf-8")
    return str(path)


_SHEETS = itertools.count(1)


# --- the book room (issue 18)
def _book(w: World, barcode: str = "B0001") -> str:
    library_catalogue.add_copy(w.db, SYSTEM, library_catalogue.CopyInput(barcode, "平凡的世界", "路遥"))
    return barcode


def _lent(w: World) -> int:
    return library_desk.lend(w.db, w.admin, w.resident, _book(w)).loan_id


def _overdue(w: World) -> int:
    clock.freeze(MONDAY_LUNCH - dt.timedelta(days=40))
    try:
        return _lent(w)
    finally:
        clock.freeze(MONDAY_LUNCH)


def _fined(w: World) -> int:
    """A loan brought back 10 days late with fines on (¥0.10 a day): its fine outstanding."""
    library_rules.save_rules(
        w.db, SYSTEM, dataclasses.replace(library_rules.DEFAULTS, fines_on=True, fine_per_day_fen=10)
    )
    loan = _overdue(w)
    library_desk.return_copy(w.db, w.admin, "B0001")
    return loan


def _fine_paid(w: World) -> int:
    loan = _fined(w)
    library_fines.record_payment(w.db, w.admin, [loan], 100)
    return library_fines.fines_ledger(w.db, w.admin).rows[0].settlement_id


def _hold(w: World) -> int:
    _lent(w)
    library_desk.place_hold(w.db, w.admin, w.adult("钱预约"), "B0001")
    return library_desk.list_holds(w.db, w.admin)[0].id


def _marc_file() -> str:
    import tempfile

    from pymarc import Field, Indicators, Record, Subfield

    r = Record(force_utf8=True)
    r.add_field(Field("245", Indicators("1", "0"), [Subfield("a", "活着")]))
    r.add_field(Field("952", Indicators(" ", " "), [Subfield("p", f"M{next(_SHEETS):04d}")]))
    path = Path(tempfile.mkdtemp()) / "books.mrc"
    path.write_bytes(r.as_marc())
    return str(path)


def _book_sheet() -> str:
    import tempfile

    path = Path(tempfile.mkdtemp()) / "books.csv"
    path.write_text(f"条码,书名\nS{next(_SHEETS):04d},兄弟\n", encoding="utf-8")
    return str(path)


BACKUP = autobackup.BackupDone(Path("/tmp/b.sqlite3"), [], 0.1, "manual")
NOVEMBER = (dt.date(2026, 11, 1), TODAY)


def _alert(w: World, a: Actor, rule: str = "canteen_absent") -> Args:
    """An open alert about the test's resident (written directly: what the list raised, not the call under test)."""
    from db.models.alerts import Alert

    if rule == "canteen_absent":
        _ = w.category  # visit requests need a category
    with w.db.write() as s:
        alert = Alert(rule=rule, subject=f"resident:{w.resident}:{a.user_id}", resident_id=w.resident,
                      raised_on=TODAY, raised_at=clock.now(), facts="{}", state="open")  # fmt: skip
        s.add(alert)
        s.flush()
        return A(alert.id)


ENTRIES: list[Entry] = [
    # 今日关注 (app/alerts)
    E(alert_rules.rules, P.SEE_ALERTS),
    E(alert_rules.update_rule, P.MANAGE_ALERT_RULES, lambda w, a: A("canteen_absent", True, {"min_meals": 10})),
    E(alerts.today_alerts, P.SEE_ALERTS),
    E(alerts.current_visit_category, P.SEE_ALERTS),
    E(alerts.set_visit_category, P.MANAGE_ALERT_RULES, lambda w, a: A(w.category)),
    E(alerts.dismiss, P.SEE_ALERTS, lambda w, a: A(*_alert(w, a).args, "已电话联系")),
    E(alerts.to_visit_request, P.TAKE_REQUESTS, _alert),
    E(alerts_report.month_section, P.VIEW_STATISTICS, lambda w, a: A(2026, 11)),
    # accounts, audit, privacy, center settings
    E(accounts.list_accounts, P.MANAGE_ACCOUNTS),
    E(accounts.create_user, P.MANAGE_ACCOUNTS, lambda w, a: A("newcomer", "新同事", PASSWORD, [CASHIER])),
    E(accounts.update_account, P.MANAGE_ACCOUNTS, lambda w, a: A(_other_account(w, a), "改名", [CASHIER])),
    E(accounts.set_active, P.MANAGE_ACCOUNTS, lambda w, a: A(_other_account(w, a), False, "离职")),
    E(accounts.reset_password, P.MANAGE_ACCOUNTS, lambda w, a: A(_other_account(w, a), "Temporary-pass-9")),
    E(accounts.change_own_password, None, lambda w, a: A(PASSWORD, "Another-horse-8")),
    E(login.unlock, None, lambda w, a: A(PASSWORD)),
    E(login.logout, None),
    E(login.record_lock, None, lambda w, a: A("idle")),
    E(audit_log.page_audit, P.VIEW_AUDIT, lambda w, a: A(audit_log.AuditFilter(), None, 50)),
    E(audit_log.filter_choices, P.VIEW_AUDIT),
    E(privacy.reveal_id_number, P.REVEAL_ID, lambda w, a: A(w.resident, "test")),
    E(privacy.record_export, P.EXPORT_PERSONAL_DATA, lambda w, a: A("list")),
    E(exports.write_list, None, lambda w, a: A(_LIST, lambda: iter([["甲"]]), _export_target())),
    E(exports.resident_id_numbers, P.SEE_FULL_ID, lambda w, a: A([w.resident])),
    E(settings.set_many, P.CHANGE_SETTINGS, lambda w, a: A({"center.name": "新中心"})),
    E(center_admin.save_center_settings, P.CHANGE_SETTINGS, lambda w, a: A({"center.name": "新中心"})),
    E(center_admin.set_calendar_day, P.CHANGE_SETTINGS, lambda w, a: A(dt.date(2027, 1, 1), "holiday", "元旦")),
    E(center_admin.remove_calendar_day, P.CHANGE_SETTINGS, _holiday),
    E(center_admin.fill_official_calendar, P.CHANGE_SETTINGS, lambda w, a: A()),
    # backups: these only audit a copy already made (a file operation); automatic backups run for every role
    E(autobackup.record, None, lambda w, a: A(BACKUP)),
    E(autobackup.record_restore, None, lambda w, a: A(BACKUP.path, None)),
    # residents
    E(residents.create_resident, P.EDIT_RESIDENTS, lambda w, a: A(residents.ResidentInput(name="李新"))),
    E(
        residents.update_resident,
        P.EDIT_RESIDENTS,
        lambda w, a: A(w.resident, residents.get_resident(w.db, w.resident, actor=a).to_input()),
    ),
    E(residents.archive_resident, P.EDIT_RESIDENTS, lambda w, a: A(w.resident, "搬走")),
    E(residents.restore_resident, P.EDIT_RESIDENTS, lambda w, a: A(w.archived_resident)),
    # spreadsheet import (issue 17)
    E(imports.run_import, P.IMPORT_RECORDS, lambda w, a: A("residents", _import_sheet())),
    E(imports.remember_mapping, P.IMPORT_RECORDS, lambda w, a: A("residents", ["住户名"], ["name"])),
    # requests: the catalogue
    E(S.create_department, P.MANAGE_REQUESTS, lambda w, a: A("城管科")),
    E(S.create_category, P.MANAGE_REQUESTS, lambda w, a: A("物业", default_department_id=w.department)),
    E(S.archive_department, P.MANAGE_REQUESTS, lambda w, a: A(w.department, "撤并")),
    E(S.archive_category, P.MANAGE_REQUESTS, lambda w, a: A(w.category, "撤并")),
    E(S.set_department_categories, P.MANAGE_REQUESTS, lambda w, a: A(w.department, [w.category])),
    E(station.add_service, P.MANAGE_REQUESTS, lambda w, a: A("理发")),
    # requests: the desk
    E(S.take_in, P.TAKE_REQUESTS, lambda w, a: A(S.IntakeInput("walk_in", w.category, "问政策"))),
    E(S.reprint_receipt, P.TAKE_REQUESTS, lambda w, a: A(w.request(W.NEW))),
    E(S.get_request, P.TAKE_REQUESTS, lambda w, a: A(w.request(W.NEW))),
    E(S.dispatch, P.TAKE_REQUESTS, lambda w, a: A(w.request(W.NEW), w.department)),
    E(S.accept, P.TAKE_REQUESTS, lambda w, a: A(w.request(W.DISPATCHED))),
    E(S.return_request, P.TAKE_REQUESTS, lambda w, a: A(w.request(W.DISPATCHED), "不归我们")),
    E(S.claim, P.TAKE_REQUESTS, lambda w, a: A(w.request(W.ACCEPTED), [w.party_member])),
    E(S.start, P.TAKE_REQUESTS, lambda w, a: A(w.request(W.ACCEPTED))),
    E(S.resolve, P.TAKE_REQUESTS, lambda w, a: A(w.request(W.IN_PROGRESS), "办好了")),
    E(S.follow_up, P.TAKE_REQUESTS, lambda w, a: A(w.request(W.RESOLVED), W.SATISFIED)),
    E(S.close_without_follow_up, P.CLOSE_UNRATED, lambda w, a: A(w.request(W.RESOLVED), "三次未接通")),
    E(S.cancel, P.TAKE_REQUESTS, lambda w, a: A(w.request(W.NEW), "撤回")),
    E(S.pause, P.TAKE_REQUESTS, lambda w, a: A(w.request(W.ACCEPTED), "等材料")),
    E(S.resume, P.TAKE_REQUESTS, lambda w, a: A(w.request(W.ACCEPTED, paused=True))),
    E(S.request_extension, P.TAKE_REQUESTS, lambda w, a: A(w.request(W.ACCEPTED), 3, "需协调")),
    E(S.decide_extension, P.APPROVE_EXTENSION, lambda w, a: A(w.request(W.ACCEPTED, extension=True), True)),
    E(station.ensure_default_services, P.TAKE_REQUESTS),
    E(station.record_visit, P.TAKE_REQUESTS, lambda w, a: A(w.station_service)),
    E(station.undo_last, P.TAKE_REQUESTS, _clicked),
    E(request_reports.monthly_report_pdf, P.EXPORT_PERSONAL_DATA, lambda w, a: A(2026, 11)),
    # canteen: the till
    E(canteen.sell, P.SELL_MEALS, lambda w, a: A(canteen.SaleRequest(w.resident, "lunch", 1, "wechat"))),
    E(canteen.void_ticket, P.SELL_MEALS, lambda w, a: A(w.admin, w.sale().ticket_id, "错卖")),
    E(canteen.record_reprint, P.SELL_MEALS, lambda w, a: A(w.sale().ticket_id)),
    E(canteen.serve_ticket, P.SELL_MEALS, lambda w, a: A(w.sale().number, "1号窗口")),
    E(canteen.open_card, P.SELL_MEALS, lambda w, a: A(w.resident, "C0002")),
    E(canteen.card_movement, P.SELL_MEALS, lambda w, a: A(w.card_holder, 5000, "topup")),
    E(bookings.book, P.SELL_MEALS, lambda w, a: A(w.resident, TODAY + dt.timedelta(days=1), "lunch")),
    E(bookings.cancel, P.SELL_MEALS, lambda w, a: A(w.booking, "住院")),
    E(canteen_reports.close_day, P.SELL_MEALS, lambda w, a: A(TODAY, {})),
    # canteen: administration
    E(canteen_reports.reopen_day, P.REOPEN_DAY, lambda w, a: A(w.closed_day(), w.admin.user_id, "点错")),
    E(canteen_reports.day_drawers, P.MANAGE_CANTEEN, lambda w, a: A(TODAY)),
    E(canteen_admin.update_slot, P.MANAGE_CANTEEN, lambda w, a: A("lunch", w.slot_input())),
    E(canteen_admin.add_rule_version, P.MANAGE_CANTEEN, lambda w, a: A(w.rule_input())),
    E(canteen_admin.end_rule, P.MANAGE_CANTEEN, lambda w, a: A(w.rule, TODAY)),
    E(canteen_admin.set_late_sale_policy, P.MANAGE_CANTEEN, lambda w, a: A("full_price")),
    E(settlement.settle, P.MANAGE_CANTEEN, lambda w, a: A("month", 2026, 10)),
    E(settlement.unlock, P.REOPEN_DAY, lambda w, a: A(w.settled_october(), "补录")),
    E(settlement.export, P.EXPORT_PERSONAL_DATA, lambda w, a: A("month", 2026, 10)),
    # canteen: reads and documents that list diners (names, phones, masked IDs, ages)
    E(settlement.compute, P.EXPORT_PERSONAL_DATA, lambda w, a: A("month", *NOVEMBER)),
    E(settlement.settlement_pdf, P.EXPORT_PERSONAL_DATA, lambda w, a: A(_november_settlement(w))),
    E(settlement.settlement_xlsx, P.EXPORT_PERSONAL_DATA, lambda w, a: A(_november_settlement(w))),
    E(bookings.list_bookings, P.SELL_MEALS, lambda w, a: A((w.booking, TODAY + dt.timedelta(days=1))[1])),
    E(bookings.kitchen_list_pdf, P.SELL_MEALS, lambda w, a: A((w.booking, TODAY + dt.timedelta(days=1))[1])),
    # childcare: programs, children, contacts, enrolments
    E(cc.create_program, P.MANAGE_CHILDCARE, lambda w, a: A(w.program_input())),
    E(cc.update_program, P.MANAGE_CHILDCARE, lambda w, a: A(w.program, w.program_input())),
    E(cc.archive_program, P.MANAGE_CHILDCARE, lambda w, a: A(w.program, "结束")),
    E(cc.create_child, P.MANAGE_CHILDCARE, lambda w, a: A(w.child_input())),
    E(cc.get_child, P.CHILDCARE_DESK, lambda w, a: A(w.child)),
    E(cc.update_child, P.MANAGE_CHILDCARE, lambda w, a: A(w.child, w.child_input())),
    E(cc.archive_child, P.MANAGE_CHILDCARE, lambda w, a: A(w.child, "转学")),
    E(cc.add_contact, P.MANAGE_CHILDCARE, lambda w, a: A(w.contact_input())),
    E(cc.update_contact, P.MANAGE_CHILDCARE, lambda w, a: A(w.guardian, _contact_input(w, w.guardian))),
    E(cc.archive_contact, P.MANAGE_CHILDCARE, lambda w, a: A(w.guardian, "不再接送")),
    E(cc.enrol, P.MANAGE_CHILDCARE, lambda w, a: A(w.child, w.program, group="一年级")),
    E(
        cc.update_enrolment,
        P.MANAGE_CHILDCARE,
        lambda w, a: A(w.enrolment, group="一年级", weekdays=0b111, options=[], starts_on=w.term[0], ends_on=w.term[1]),
    ),
    E(cc.withdraw, P.MANAGE_CHILDCARE, lambda w, a: A(w.enrolment, "搬家")),
    # childcare: the desk
    E(cc.sign_in, P.CHILDCARE_DESK, lambda w, a: A(w.child, w.guardian)),
    E(cc.sign_out, P.CHILDCARE_DESK, lambda w, a: A((w.signed_in, w.child)[1], w.guardian)),
    E(cc.void_attendance, P.CHILDCARE_DESK, lambda w, a: A(w.signed_in, "点错了")),
    E(cc.mark_absent, P.CHILDCARE_DESK, lambda w, a: A((w.enrolment, w.child)[1], "sick")),
    E(cc.set_staff_on_duty, P.CHILDCARE_DESK, lambda w, a: A(w.program, TODAY, ["张老师"])),
    E(cc.record_document, P.EXPORT_PERSONAL_DATA, lambda w, a: A("blank_sheet", w.program, TODAY)),
    # childcare: reads and documents with children's and adults' personal data
    E(cc.list_children, P.CHILDCARE_DESK, lambda w, a: A((w.child, "")[1])),
    E(cc.list_contacts, P.CHILDCARE_DESK, lambda w, a: A((w.guardian, w.child)[1])),
    E(cc.get_contact, P.CHILDCARE_DESK, lambda w, a: A(w.guardian)),
    E(cc.day_rows, P.CHILDCARE_DESK, lambda w, a: A((w.enrolment, w.program)[1], TODAY)),
    E(cc.overrides_between, P.CHILDCARE_DESK, lambda w, a: A(w.program, TODAY, TODAY)),
    E(cc.links_of_adult, P.SEE_CHILDREN, lambda w, a: A(_guardian_resident(w))),
    E(cc.enrolments_of_resident, P.SEE_CHILDREN, lambda w, a: A(w.resident)),
    E(
        sheets.build_daily_sheet,
        P.CHILDCARE_DESK,
        lambda w, a: A((w.enrolment, w.program)[1], TODAY, None, filled=True),
    ),
    E(sheets.render_daily_sheet, P.CHILDCARE_DESK, lambda w, a: A((w.enrolment, w.program)[1], TODAY, filled=True)),
    E(sheets.build_weekly_summary, P.CHILDCARE_DESK, lambda w, a: A((w.enrolment, w.program)[1], TODAY)),
    E(sheets.render_weekly_summary, P.CHILDCARE_DESK, lambda w, a: A((w.enrolment, w.program)[1], TODAY)),
    # volunteers
    E(roster.save_volunteer, P.MANAGE_VOLUNTEERS, lambda w, a: A(roster.VolunteerInput(resident_id=w.resident))),
    E(roster.archive_volunteer, P.MANAGE_VOLUNTEERS, lambda w, a: A(w.volunteer, "搬走")),
    E(
        certificates.issue_certificate,
        P.MANAGE_VOLUNTEERS,
        lambda w, a: A((w.approved_hours, w.volunteer)[1], *NOVEMBER),
    ),
    E(certificates.full_id_number, P.SEE_FULL_ID, lambda w, a: A(w.certificate)),
    E(roster.list_volunteers, P.MANAGE_VOLUNTEERS, lambda w, a: A((w.volunteer, "")[1])),
    E(roster.get_volunteer, P.MANAGE_VOLUNTEERS, lambda w, a: A(w.volunteer)),
    E(volunteer_reports.record_export, P.EXPORT_PERSONAL_DATA, lambda w, a: A("hours_xlsx", "2026-11", 3)),
    E(roster.add_post, P.MANAGE_ROSTER, lambda w, a: A("图书整理")),
    E(roster.create_shift, P.MANAGE_ROSTER, lambda w, a: A(w.shift_input())),
    E(roster.cancel_shift, P.MANAGE_ROSTER, lambda w, a: A(w.shift, "下雨")),
    E(roster.add_template, P.MANAGE_ROSTER, lambda w, a: A(post_id=w.post, weekday=0, start_min=540, end_min=660)),
    E(roster.generate_from_templates, P.MANAGE_ROSTER, lambda w, a: A(TODAY, TODAY + dt.timedelta(days=6))),
    E(roster.sign_up, P.MANAGE_ROSTER, lambda w, a: A(w.shift, w.volunteer)),
    E(roster.drop, P.MANAGE_ROSTER, lambda w, a: A(w.signup, "有事")),
    E(roster.check_in, P.MANAGE_ROSTER, lambda w, a: A(w.signup)),
    E(roster.check_out, P.MANAGE_ROSTER, lambda w, a: A(w.checked_in())),
    E(roster.mark_no_show, P.MANAGE_ROSTER, lambda w, a: A(w.signup)),
    E(roster.settle_day, P.MANAGE_ROSTER, lambda w, a: A(TODAY - dt.timedelta(days=1))),
    E(roster.add_manual_hours, P.MANAGE_ROSTER, lambda w, a: A(w.volunteer, TODAY, 60, "上门探访")),
    E(roster.decide_hours, P.APPROVE_HOURS, lambda w, a: A(w.pending_hours, approve=True)),
    # the book room: catalogue and settings
    E(library_catalogue.add_copy, P.MANAGE_BOOK_ROOM, lambda w, a: A(library_catalogue.CopyInput("B9", "围城"))),
    E(
        library_catalogue.update_copy,
        P.MANAGE_BOOK_ROOM,
        lambda w, a: A(
            library_catalogue.find_copy(w.db, _book(w)).id, library_catalogue.CopyInput("B0001", "平凡的世界（第二部）")
        ),
    ),
    E(
        library_catalogue.retire_copy,
        P.MANAGE_BOOK_ROOM,
        lambda w, a: A(library_catalogue.find_copy(w.db, _book(w)).id, "withdrawn", "破损"),
    ),
    E(library_imports.import_marc, P.MANAGE_BOOK_ROOM, lambda w, a: A(_marc_file(), "room")),
    E(library_imports.import_sheet, P.MANAGE_BOOK_ROOM, lambda w, a: A(_book_sheet(), "district")),
    E(library_rules.save_rules, P.MANAGE_BOOK_ROOM, lambda w, a: A(library_rules.LendingRules(loan_days=21))),
    # the book room: the desk
    E(library_desk.goes_to_district, P.LEND_BOOKS, lambda w, a: A("B0001")),
    E(library_desk.find_reader, P.LEND_BOOKS, lambda w, a: A("SF000001")),
    E(library_desk.desk_status, P.LEND_BOOKS, lambda w, a: A(w.resident)),
    E(library_desk.register_reader, P.LEND_BOOKS, lambda w, a: A(w.resident, "RD0001")),
    E(library_desk.lend, P.LEND_BOOKS, lambda w, a: A(w.resident, _book(w))),
    E(library_desk.return_copy, P.LEND_BOOKS, lambda w, a: A((_lent(w), "B0001")[1])),
    E(library_desk.renew, P.LEND_BOOKS, lambda w, a: A(_lent(w))),
    E(library_desk.place_hold, P.LEND_BOOKS, lambda w, a: A((_lent(w), w.adult("钱预约"))[1], "B0001")),
    E(library_desk.cancel_hold, P.LEND_BOOKS, lambda w, a: A(_hold(w), "不要了")),
    E(library_desk.list_holds, P.LEND_BOOKS),
    E(library_desk.overdue_loans, P.LEND_BOOKS),
    E(library_desk.resident_library, P.LEND_BOOKS, lambda w, a: A(w.resident)),
    E(library_slips.reminder_slips_pdf, P.LEND_BOOKS, lambda w, a: A([_overdue(w)])),
    E(library_fines.record_payment, P.LEND_BOOKS, lambda w, a: A([_fined(w)], 100)),
    E(library_fines.waive_fine, P.WAIVE_FINES, lambda w, a: A(_fined(w), "主任同意")),
    E(library_fines.void_settlement, P.WAIVE_FINES, lambda w, a: A(_fine_paid(w), "记错了")),
    E(library_fines.fines_ledger, P.LEND_BOOKS),
    E(library_fines.reader_fines, P.LEND_BOOKS, lambda w, a: A(w.resident)),
    E(library_fines.fines_ledger_pdf, P.LEND_BOOKS, lambda w, a: A((_fined(w), "all")[1])),
    E(library_report.month_section, P.VIEW_STATISTICS, lambda w, a: A(2026, 11)),
    # classes and activities
    E(classes.save_course, P.MANAGE_ACTIVITIES, lambda w, a: A(w.course_input())),
    E(classes.archive_course, P.MANAGE_ACTIVITIES, lambda w, a: A(w.class_course, "停办")),
    E(classes.cancel_session, P.MANAGE_ACTIVITIES, lambda w, a: A(w.class_session, "老师生病")),
    E(class_certificates.issue_certificates, P.MANAGE_ACTIVITIES, lambda w, a: A(w.attended_course)),
    E(classes.sign_up, P.RUN_ACTIVITIES, lambda w, a: A(w.class_course, w.resident)),
    E(classes.withdraw, P.RUN_ACTIVITIES, lambda w, a: A(w.class_enrolment, "搬家")),
    E(class_fees.collect_fee, P.RUN_ACTIVITIES, lambda w, a: A(w.paid_place, 8000)),
    E(class_fees.refund_fee, P.REFUND_CLASS_FEE, lambda w, a: A(w.paid_fee, "主任同意退费")),
    E(classes.promoted_person, P.RUN_ACTIVITIES, lambda w, a: A(w.class_enrolment)),
    E(classes.list_enrolments, P.RUN_ACTIVITIES, lambda w, a: A((w.class_enrolment, w.class_course)[1])),
    E(
        classes.record_event,
        P.RUN_ACTIVITIES,
        lambda w, a: A(classes.EventInput("重阳演出", TODAY, 14 * 60, 120, "广场", [w.resident])),
    ),
    E(class_attendance.attendance_list, P.RUN_ACTIVITIES, lambda w, a: A((w.class_enrolment, w.class_session)[1])),
    E(
        class_attendance.set_attendance,
        P.RUN_ACTIVITIES,
        lambda w, a: A((w.class_enrolment, w.class_session)[1], [w.resident]),
    ),
    E(
        class_attendance.mark_present,
        P.RUN_ACTIVITIES,
        lambda w, a: A((w.class_enrolment, w.class_session)[1], w.resident),
    ),
    E(
        class_attendance.scan,
        P.RUN_ACTIVITIES,
        lambda w, a: A(class_attendance.qr_payload((w.class_enrolment, w.class_session)[1], w.resident)),
    ),
    E(class_attendance.build_session_sheet, P.RUN_ACTIVITIES, lambda w, a: A((w.class_enrolment, w.class_session)[1])),
    E(class_attendance.render_session_sheet, P.RUN_ACTIVITIES, lambda w, a: A((w.class_enrolment, w.class_session)[1])),
    E(class_report.month_section, P.VIEW_STATISTICS, lambda w, a: A(2026, 11)),
    # buildings, councils, 三带一联, visits, meetings
    E(community.create_council, P.MANAGE_COUNCILS, lambda w, a: A("6栋理事会", (w.householder, "6")[1])),
    E(community.add_council_member, P.MANAGE_COUNCILS, lambda w, a: A(w.council, w.householder, "unit_head")),
    E(community.end_council_member, P.MANAGE_COUNCILS, lambda w, a: A(w.council_seat)),
    E(community.add_link, P.MANAGE_COUNCILS, lambda w, a: A(w.party_member, "building", (w.householder, "6")[1])),
    E(community.end_link, P.MANAGE_COUNCILS, lambda w, a: A(w.care_link)),
    E(community.record_visit, P.RECORD_VISITS, lambda w, a: A(w.visit_input())),
    E(community.void_visit, P.RECORD_VISITS, lambda w, a: A(w.visit, "记错了")),
    E(community.record_meeting, P.RECORD_VISITS, lambda w, a: A(community.MeetingInput(w.council, TODAY, "议事"))),
    E(community.complete_task, P.RECORD_VISITS, lambda w, a: A(w.meeting_task)),
    E(community.list_councils, P.RECORD_VISITS),
    E(community.council_seats, P.RECORD_VISITS, lambda w, a: A(w.council)),
    E(community.links_of_member, P.RECORD_VISITS, lambda w, a: A(w.party_member)),
    E(community.party_members, P.RECORD_VISITS, lambda w, a: A("6")),
    E(community.visit_of_request, P.RECORD_VISITS, lambda w, a: A(w.request(W.NEW))),
    E(community.recent_visits, P.RECORD_VISITS),
    E(community.list_meetings, P.RECORD_VISITS),
    E(community.list_tasks, P.RECORD_VISITS),
    E(community_households.find_households, P.RECORD_VISITS, lambda w, a: A((w.householder, "6-2-301")[1])),
    E(community_households.get_household, P.RECORD_VISITS, lambda w, a: A((w.householder, "6")[1], "2", "301")),
    E(community_households.household_of, P.RECORD_VISITS, lambda w, a: A(w.householder)),
    E(community_households.resident_community, P.RECORD_VISITS, lambda w, a: A(w.householder)),
    E(community_households.buildings, P.RECORD_VISITS),
    E(community_households.board, P.RECORD_VISITS, lambda w, a: A((w.householder, "6")[1])),
    # the month at a glance and the district report pack
    E(figures.request_figures, P.VIEW_STATISTICS, lambda w, a: A(2026, 11)),
    E(figures.canteen_figures, P.VIEW_STATISTICS, lambda w, a: A(2026, 11)),
    E(figures.childcare_figures, P.VIEW_STATISTICS, lambda w, a: A(2026, 11)),
    E(figures.volunteer_figures, P.VIEW_STATISTICS, lambda w, a: A(2026, 11)),
    E(community_report.month_section, P.VIEW_STATISTICS, lambda w, a: A(2026, 11)),
    E(district.issue_pack, P.ISSUE_DISTRICT_REPORT, lambda w, a: A(2026, 10)),
    # the district library link (通借通还 over SIP2): no server set up, so the calls answer "offline" without waiting
    E(sip_api.district_checkout, P.LEND_BOOKS, lambda w, a: A(patron="D0001", item="310001", txn_id="t-1")),
    E(sip_api.district_checkin, P.LEND_BOOKS, lambda w, a: A(item="310001", txn_id="t-2")),
    E(sip_api.district_renew, P.LEND_BOOKS, lambda w, a: A(patron="D0001", item="310001", txn_id="t-3")),
    E(sip_api.district_patron_status, P.LEND_BOOKS, lambda w, a: A(patron="D0001")),
    E(sip_outbox.send_pending, P.LEND_BOOKS),
    E(sip_outbox.list_outbox, P.LEND_BOOKS),
    E(sip_outbox.outbox_summary, P.LEND_BOOKS),
    E(sip_outbox.resolve_refused, P.LEND_BOOKS, lambda w, a: A(_refused_district_transaction(w), "已联系区馆")),
    E(sip_link.get_link_settings, P.MANAGE_BOOK_ROOM),
    E(
        sip_link.save_link_settings,
        P.MANAGE_BOOK_ROOM,
        lambda w, a: A(sip_link.LinkSettings(host="127.0.0.1", institution_id="DISTLIB")),
    ),
    # health (医养): sensitive personal information, the health role and administrators only
    E(health.record_consent, P.RECORD_HEALTH, lambda w, a: A(w.resident, "赵善庆", "written", TODAY)),
    E(health.withdraw_consent, P.RECORD_HEALTH, lambda w, a: A(w.consented, "本人撤回")),
    E(
        health.record_signing,
        P.RECORD_HEALTH,
        lambda w, a: A(health.SigningInput(w.consented, "家庭医生团队", "李医生", TODAY)),
    ),
    E(health.end_signing, P.RECORD_HEALTH, lambda w, a: A(w.signed, "迁出")),
    E(health.add_condition, P.RECORD_HEALTH, lambda w, a: A(w.consented, "I10", "高血压")),
    E(health.remove_condition, P.RECORD_HEALTH, lambda w, a: A(w.health_condition, "录入错误")),
    E(health.start_plan, P.RECORD_HEALTH, lambda w, a: A(w.consented, 3)),
    E(health.end_plan, P.RECORD_HEALTH, lambda w, a: A(w.health_plan, "停止随访")),
    E(health.record_followup, P.RECORD_HEALTH, lambda w, a: A(w.health_plan, TODAY, "center")),
    E(health.record_attempt, P.RECORD_HEALTH, lambda w, a: A(w.health_plan, TODAY, "phone", "unreached")),
    E(health.close_lost, P.RECORD_HEALTH, lambda w, a: A(w.health_plan, "迁出，联系不上")),
    E(
        health.record_reading,
        P.RECORD_HEALTH,
        lambda w, a: A(health.ReadingInput(w.consented, systolic=135, diastolic=85)),
    ),
    E(health.void_reading, P.RECORD_HEALTH, lambda w, a: A(w.health_reading, "录错")),
    E(health.refer, P.RECORD_HEALTH, lambda w, a: A(w.referral_input())),
    E(health_record.get_record, P.SEE_HEALTH, lambda w, a: A(w.consented)),
    E(health_record.due_list, P.SEE_HEALTH, lambda w, a: A((w.health_plan, TODAY)[1])),
    E(health_record.has_consent, P.SEE_HEALTH, lambda w, a: A(w.consented)),
    E(health_record.export_due_list, P.SEE_HEALTH, lambda w, a: A((w.health_plan, TODAY)[1])),
    E(health_report.month_section, P.VIEW_STATISTICS, lambda w, a: A(2026, 11)),
]


def _refused_district_transaction(w: World) -> int:
    """A kept district checkout the library refused (written as the sender would have left it)."""
    with w.db.write() as s:
        sip_outbox.add_pending(s, op="checkout", patron="D0001", item="310001", txn_id="t-r", at=clock.now())
        row = s.execute(select(LibrarySipOutbox).where(LibrarySipOutbox.txn_id == "t-r")).scalar_one()
        row.state, row.refusal = "refused", "on_hold"
        return row.id


def _november_settlement(w: World) -> settlement.Settlement:
    """A computed settlement of this month so far with one subsidised diner (made by the system)."""
    w.sale()
    return settlement.compute(w.db, SYSTEM, "month", *NOVEMBER)


def _guardian_resident(w: World) -> int:
    return cc.get_contact(w.db, SYSTEM, w.guardian).resident_id


def _contact_input(w: World, contact_id: int) -> cc.ContactInput:
    c = cc.get_contact(w.db, SYSTEM, contact_id)
    return cc.ContactInput(child_id=w.child, resident_id=c.resident_id, role=c.role, relation="父亲")


# Reads that return ID numbers: the number comes full only for roles that may see full numbers.
MASKED_READS: dict[Callable[..., object], Callable[[World, Actor], str | None]] = {
    residents.get_resident: lambda w, a: residents.get_resident(w.db, w.resident, actor=a).row.id_number,
    residents.search_residents: lambda w, a: residents.search_residents(w.db, "zsq", actor=a)[0].id_number,
    residents.find_by_id_number: lambda w, a: residents.find_by_id_number(w.db, ID_NUMBER, actor=a).id_number,
    residents.page_residents: lambda w, a: residents.page_residents(w.db, None, 10, actor=a)[0][1].id_number,
}

# Functions that take a session (building blocks inside another entry point's unit of work) are not entry points;
# neither are validators without a database. Everything else in app/ that takes an Actor is listed above.


def service_entry_points() -> dict[str, Callable[..., object]]:
    """Every public function in app/ whose first parameter is `db` and that takes an Actor (demo code excluded)."""
    found: dict[str, Callable[..., object]] = {}
    for info in pkgutil.walk_packages(app.__path__, "app."):
        if info.name.endswith(".demo") or info.name in ("app.cli", "app.__main__", "app.demo"):
            continue
        module = importlib.import_module(info.name)
        for name, obj in vars(module).items():
            if name.startswith("_") or not inspect.isfunction(obj) or obj.__module__ != module.__name__:
                continue
            params = list(inspect.signature(obj).parameters.values())
            takes_actor = any(str(p.annotation).replace(" ", "") in ("Actor", "Actor|None") for p in params)
            if params and params[0].name == "db" and takes_actor:
                found[f"{module.__name__}.{name}"] = obj
    return found


def audit_count(db) -> int:
    with db.read() as s:
        return int(s.execute(select(func.count()).select_from(AuditEntry)).scalar_one())


ROLE_IDS = {
    ADMIN: "admin",
    FRONT_DESK: "front",
    CASHIER: "cashier",
    CHILDCARE: "childcare",
    VOLUNTEER_COORDINATOR: "coord",
    BOOK_ROOM: "books",
    HEALTH: "health",
}


@pytest.fixture
def world(db, frozen):
    frozen(MONDAY_LUNCH)
    return World(db)


def _unwrap(func: Callable[..., object]) -> Callable[..., object]:
    """The function under any decorators (functools.wraps keeps __wrapped__)."""
    return inspect.unwrap(func)


def _allowed(entry: Entry, role: str) -> bool:
    return entry.permission is None or entry.permission in P.ROLE_PERMISSIONS[role]


@pytest.mark.skipif(
    is_postgresql(),
    reason="a refusal comes before the database is read or written (test_the_check_is_the_first_statement): the "
    "same on either backend, so the SQLite pass checks it",
)
@pytest.mark.parametrize(
    "entry", [e for e in ENTRIES if not all(_allowed(e, r) for r in ALL_ROLES)], ids=lambda e: e.name
)
def test_entry_point_refuses_exactly_the_roles_without_its_permission(world, entry: Entry):
    """Every role without the entry's permission, one after the other in one database: a refusal comes before
    anything is read or written (test_the_check_is_the_first_statement), so one refused call cannot change what the
    next one sees, and each is checked to have written nothing. (One fresh database per entry instead of one per
    entry and role: the same checks, a seventh of the databases.)"""
    refused = [role for role in ALL_ROLES if not _allowed(entry, role)]
    given = entry.arguments(world, world.account(refused[0]))  # valid arguments, made once (not every builder can
    for role in refused:  # make a second set in the same database: a second meal for the same diner asks to confirm)
        actor = world.account(role)
        before = audit_count(world.db)
        with pytest.raises(PermissionDenied) as info:
            entry.func(world.db, actor, *given.args, **given.kwargs)
        assert info.value.message == P.refusal_message(entry.permission), role
        assert audit_count(world.db) == before, f"a refused call wrote something ({role})"


def _allowed_pairs() -> list[tuple[Entry, str]]:
    """(entry, role) for every role that holds the entry's permission. On PostgreSQL one role per entry (a role other
    than the administrator where there is one): which roles may is the permission table's, checked for every role
    on SQLite; what PostgreSQL adds is whether the work itself gets done there."""
    pairs = [(e, r) for e in ENTRIES for r in ALL_ROLES if _allowed(e, r)]
    if not is_postgresql():
        return pairs
    chosen: dict[str, tuple[Entry, str]] = {}
    for entry, role in pairs:
        if entry.name not in chosen or chosen[entry.name][1] == ADMIN:
            chosen[entry.name] = (entry, role)
    return list(chosen.values())


@pytest.mark.parametrize(
    ("entry", "role"), _allowed_pairs(), ids=lambda x: ROLE_IDS[x] if isinstance(x, str) else x.name
)
def test_entry_point_does_the_work_for_exactly_the_roles_with_its_permission(world, entry: Entry, role: str):
    """Each role that holds the entry's permission, in a fresh database: the work gets done, no refusal of any
    kind (on PostgreSQL, one such role per entry: _allowed_pairs)."""
    actor = world.account(role)
    given = entry.arguments(world, actor)
    entry.func(world.db, actor, *given.args, **given.kwargs)


@pytest.mark.parametrize("role", ALL_ROLES, ids=ROLE_IDS.get)
@pytest.mark.parametrize("read", list(MASKED_READS), ids=lambda f: f.__name__)
def test_reads_mask_id_numbers_unless_the_role_may_see_them(world, read, role: str):
    actor, _ = world.account(role), world.resident
    number = MASKED_READS[read](world, actor)
    if P.may(actor, P.REVEAL_ID):  # SEE_FULL_ID is for certificates, through their own audited path
        assert number == ID_NUMBER
    else:
        assert number == "110105********0014"
    assert residents.get_resident(world.db, world.resident).row.id_number == "110105********0014"  # no actor: masked


def test_every_service_entry_point_is_in_the_registry():
    listed = {_unwrap(e.func) for e in ENTRIES} | {_unwrap(f) for f in MASKED_READS}
    missing = sorted(name for name, f in service_entry_points().items() if _unwrap(f) not in listed)
    assert not missing, f"add these to ENTRIES (with their permission) or MASKED_READS: {missing}"
    assert len({e.name for e in ENTRIES}) == len(ENTRIES)


@pytest.mark.parametrize("entry", [e for e in ENTRIES if e.permission], ids=lambda e: e.name)
def test_the_check_is_the_first_statement(entry: Entry):
    """`require(actor, PERM)` opens the body (after the docstring): nothing is read, parsed or written before it."""
    func = _unwrap(entry.func)
    tree = ast.parse(textwrap.dedent(inspect.getsource(func)))
    body = tree.body[0].body
    if isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
        body = body[1:]
    first = body[0]
    assert isinstance(first, ast.Expr) and isinstance(first.value, ast.Call), ast.unparse(first)
    call = first.value
    assert ast.unparse(call.func) == "require", ast.unparse(first)
    actor_param = list(inspect.signature(func).parameters)[1]
    assert ast.unparse(call.args[0]) == actor_param
    assert eval(ast.unparse(call.args[1]), func.__globals__) == entry.permission  # noqa: S307 - a name in the module


# --- personal data readers (issue 12 item 3: reading or exporting personal data is checked too) ---------------------

# Attributes that are personal data in themselves (beyond a bare name): a function that reads one of them, or calls a
# function that does, returns or writes personal data.
PERSONAL_ATTRIBUTES = frozenset(
    {
        "id_number",
        "phone",
        "emergency_phone",
        "emergency_contact",
        "building",
        "unit",
        "room",
        "address",
        "medical_note",
        "allergy_note",
        "id_last_digits",
        "release_refusal",  # who is blocked from collecting a child
        "mask_id_number",  # a masked ID number is still personal data beside a name
        "diners",  # a canteen settlement's per-diner lines (name, masked ID, age)
        "birth_date",
        # health readings (sensitive personal information)
        "systolic",
        "diastolic",
        "glucose_tenths",
        "weight_tenths",
    }
)

# Public db-first functions the scan finds that hand out no resident's, child's or volunteer's personal data. Each says
# why; anything else the scan finds must take an Actor (and so be in ENTRIES or MASKED_READS above).
NOT_PERSONAL: dict[str, str] = {
    "app.canteen.reports.ticket_receipt": "meal, price and the center's own phone; no diner's details",
    "app.canteen.reports.day_report_pdf": "a cashier's cash totals and the center's phone; no diner's details",
    "app.canteen.service.quote_for": "a meal's price and subsidy in fen (age decides the tier; the age is not returned)",
    "app.canteen.service.diner_info": "name, age, tags and card balance: what the resident record shows every role "
    "(all of them hold EDIT_RESIDENTS); the till and every profile read it",
    "app.requests.service.departments": "departments' office phones, not a person's",
    "app.requests.service.departments_for_category": "departments' office phones, not a person's",
}


def _module_functions():
    for info in pkgutil.walk_packages(app.__path__, "app."):
        if info.name.endswith(".demo") or info.name in ("app.cli", "app.__main__", "app.demo"):
            continue
        module = importlib.import_module(info.name)
        for name, obj in vars(module).items():
            if inspect.isfunction(obj) and obj.__module__ == module.__name__:
                yield f"{module.__name__}.{name}", obj


def personal_data_readers() -> dict[str, Callable[..., object]]:
    """Every public function in app/ whose first parameter is `db` and that reads a personal attribute (through the
    ORM or a row) or calls, by name, a function in app/ that does (transitively). Demo code excluded."""
    reads: dict[str, Callable[..., object]] = {}
    calls: dict[str, set[str]] = {}
    direct: set[str] = set()
    for qualified, obj in _module_functions():
        try:
            tree = ast.parse(textwrap.dedent(inspect.getsource(inspect.unwrap(obj))))
        except (OSError, TypeError):  # pragma: no cover - a builtin or generated function
            continue
        reads[qualified] = obj
        names = {n.attr for n in ast.walk(tree) if isinstance(n, ast.Attribute)}
        names |= {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
        calls[qualified] = names
        if names & PERSONAL_ATTRIBUTES:
            direct.add(qualified)
    personal = set(direct)
    grew = True
    while grew:
        short = {q.rsplit(".", 1)[1] for q in personal}
        more = {q for q, names in calls.items() if q not in personal and names & short}
        personal |= more
        grew = bool(more)
    out = {}
    for qualified in personal:
        obj = reads[qualified]
        params = list(inspect.signature(obj).parameters)
        if not qualified.rsplit(".", 1)[1].startswith("_") and params and params[0] == "db":
            out[qualified] = obj
    return out


def _takes_actor(func: Callable[..., object]) -> bool:
    return any(
        str(p.annotation).replace(" ", "") in ("Actor", "Actor|None")
        for p in inspect.signature(func).parameters.values()
    )


def test_every_personal_data_reader_is_told_who_asks():
    """A new function returning or writing residents', children's or volunteers' personal data without an actor (and
    so without a check) fails here; with an actor it must join ENTRIES (see the guard above)."""
    found = personal_data_readers()
    assert "app.childcare.service.list_contacts" in found and "app.canteen.settlement.settlement_pdf" in found
    unchecked = sorted(q for q, f in found.items() if not _takes_actor(f) and q not in NOT_PERSONAL)
    assert not unchecked, f"give these an actor and require(...) (or explain them in NOT_PERSONAL): {unchecked}"
    stale = sorted(q for q in NOT_PERSONAL if q not in found)
    assert not stale, f"no longer found by the scan, drop from NOT_PERSONAL: {stale}"


def test_every_permission_that_services_ask_is_in_the_table():
    for e in ENTRIES:
        assert e.permission is None or e.permission in P.ALL_PERMISSIONS
        assert e.permission is None or set(P.roles_with(e.permission)) >= {ADMIN}


# --- the cases found by the probe (issue 12, item 3): each failed before the services checked ---------------------


@pytest.mark.parametrize("role", [CASHIER, CHILDCARE, VOLUNTEER_COORDINATOR], ids=ROLE_IDS.get)
def test_cashier_childcare_and_coordinator_accounts_get_no_full_id_numbers(world, role):
    actor, resident = world.account(role), world.resident
    found = residents.search_residents(world.db, "0014", actor=actor) + [
        residents.get_resident(world.db, resident, actor=actor).row
    ]
    assert len(found) == 2 and all(r.id_number == "110105********0014" for r in found)
    # and from every read that is not told who asks
    assert residents.get_resident(world.db, world.resident).row.id_number == "110105********0014"
    assert [r.id_number for r in residents.search_residents(world.db, "zsq")] == ["110105********0014"]


@pytest.mark.parametrize("role", [FRONT_DESK, CASHIER, CHILDCARE], ids=ROLE_IDS.get)
def test_decide_hours_is_refused_to_roles_that_do_not_approve_hours(world, role):
    entry = world.pending_hours
    with pytest.raises(PermissionDenied):
        roster.decide_hours(world.db, world.account(role), entry, approve=True)
    roster.decide_hours(world.db, world.account(VOLUNTEER_COORDINATOR), entry, approve=True)


@pytest.mark.parametrize("role", [FRONT_DESK, CASHIER, CHILDCARE, VOLUNTEER_COORDINATOR], ids=ROLE_IDS.get)
def test_settings_set_many_is_for_administrators_only(world, role):
    with pytest.raises(PermissionDenied):
        settings.set_many(world.db, world.account(role), {"center.name": "改掉"})
    assert settings.get(world.db, "center.name") != "改掉"


def test_a_cashier_cannot_export_the_volunteer_hours_report(world):
    with pytest.raises(PermissionDenied):
        volunteer_reports.record_export(world.db, world.account(CASHIER), "hours_xlsx", "2026-11-01..2026-11-30", 3)


@pytest.mark.parametrize("role", [CHILDCARE, VOLUNTEER_COORDINATOR], ids=ROLE_IDS.get)
def test_childcare_and_coordinator_accounts_cannot_sell(world, role):
    with pytest.raises(PermissionDenied):
        canteen.sell(world.db, world.account(role), canteen.SaleRequest(world.resident, "lunch", 1, "wechat"))


def test_an_unchanged_masked_id_number_keeps_the_stored_one(world):
    """A cashier edits a resident: the form was filled with the masked number and sends it back unchanged."""
    cashier = world.account(CASHIER)
    inp = residents.get_resident(world.db, world.resident, actor=cashier).to_input()
    assert inp.id_number == "110105********0014"
    inp.phone = "13800000001"
    residents.update_resident(world.db, cashier, world.resident, inp)
    saved = residents.get_resident(world.db, world.resident, actor=world.admin).row
    assert (saved.id_number, saved.phone) == (ID_NUMBER, "13800000001")


# --- issue 12 item 3, the tester's cases (clerk findings 6 and 7) ------------------------------------------------


def test_a_forged_certificate_reveals_no_full_id_number(world):
    """full_id_number trusted the certificate object handed to it: number "FAKE-1", resident_id of anyone."""
    coordinator = world.account(VOLUNTEER_COORDINATOR)
    other = residents.create_resident(
        world.db, SYSTEM, residents.ResidentInput(name="钱不是志愿者", id_number="11010519491231002X")
    )
    real = world.certificate
    forged = dataclasses.replace(real, number="FAKE-1", resident_id=other)
    before = audit_count(world.db)
    with pytest.raises(NotFound):
        certificates.full_id_number(world.db, coordinator, forged)
    assert audit_count(world.db) == before
    # the real certificate's number with another resident's id: the certificate's own volunteer's number comes back
    assert certificates.full_id_number(world.db, coordinator, dataclasses.replace(real, resident_id=other)) == ID_NUMBER
    with world.db.read() as s:
        entry = s.execute(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).scalar_one()
    assert (entry.action, entry.entity, entry.entity_id) == ("reveal_id", "resident", str(world.resident))
    assert real.number in entry.summary and "赵善庆" not in entry.summary


@pytest.mark.parametrize("role", [FRONT_DESK, CASHIER, VOLUNTEER_COORDINATOR], ids=ROLE_IDS.get)
def test_childcare_contacts_children_and_sheets_are_refused_outside_the_childcare_desk(world, role):
    actor, child, program = world.account(role), world.child, world.program
    assert world.guardian
    for call in (
        lambda: cc.list_contacts(world.db, actor, child),
        lambda: cc.list_children(world.db, actor),
        lambda: sheets.render_daily_sheet(world.db, actor, program, TODAY, filled=True),
        lambda: sheets.render_weekly_summary(world.db, actor, program, TODAY),
    ):
        with pytest.raises(PermissionDenied):
            call()


def test_sheets_are_recorded_as_exports(world):
    clerk = world.account(CHILDCARE)
    assert world.enrolment
    before = audit_count(world.db)
    sheets.render_daily_sheet(world.db, clerk, world.program, TODAY, filled=True)
    sheets.render_weekly_summary(world.db, clerk, world.program, TODAY)
    with world.db.read() as s:
        entries = s.execute(select(AuditEntry).order_by(AuditEntry.id).offset(before)).scalars().all()
    assert [(e.action, e.entity, e.username) for e in entries] == [("export", "childcare_document", "u_childcare")] * 2


def test_settlement_documents_and_kitchen_list_are_checked_and_recorded(world):
    st = _november_settlement(world)
    cashier = world.account(CASHIER)
    for call in (
        lambda: settlement.compute(world.db, cashier, "month", *NOVEMBER),
        lambda: settlement.settlement_pdf(world.db, cashier, st),
        lambda: settlement.settlement_xlsx(world.db, cashier, st),
    ):
        with pytest.raises(PermissionDenied):
            call()
    with pytest.raises(PermissionDenied):
        bookings.kitchen_list_pdf(world.db, world.account(CHILDCARE), TODAY)
    before = audit_count(world.db)
    front = world.account(FRONT_DESK)
    settlement.settlement_pdf(world.db, front, st)
    settlement.settlement_xlsx(world.db, front, st)
    bookings.kitchen_list_pdf(world.db, cashier, TODAY)
    with world.db.read() as s:
        entries = s.execute(select(AuditEntry).order_by(AuditEntry.id).offset(before)).scalars().all()
    assert [(e.action, e.entity) for e in entries] == [
        ("export", "canteen_settlement"),
        ("export", "canteen_settlement"),
        ("export", "kitchen_list"),
    ]


def test_a_full_id_number_in_a_resident_read_is_audited(world):
    front, _ = world.account(FRONT_DESK), world.resident
    before = audit_count(world.db)
    assert residents.get_resident(world.db, world.resident, actor=front).row.id_number == ID_NUMBER
    assert residents.find_by_id_number(world.db, ID_NUMBER, actor=front).id_number == ID_NUMBER
    assert residents.search_residents(world.db, "zsq", actor=front)[0].id_number == ID_NUMBER
    assert residents.page_residents(world.db, None, 10, actor=front)[0][1].id_number == ID_NUMBER
    with world.db.read() as s:
        entries = s.execute(select(AuditEntry).order_by(AuditEntry.id).offset(before)).scalars().all()
    assert [(e.action, e.entity, e.entity_id) for e in entries] == [("reveal_id", "resident", str(world.resident))] * 4
    # a masked read writes nothing
    cashier = world.account(CASHIER)
    residents.get_resident(world.db, world.resident, actor=cashier)
    residents.search_residents(world.db, "zsq", actor=cashier)
    assert audit_count(world.db) == before + 4
