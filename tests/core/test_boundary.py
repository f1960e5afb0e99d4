"""The typed service boundary (issue 12 item 7) and one vocabulary of limits (issue 13 item 4)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import String, func, select

from app import boundary
from app.errors import ValidationError
from db import limits
from tests.core import boundary_probes


@pytest.fixture
def intake(db, admin):
    """A request category to take requests into."""
    from app.requests import service

    return service.create_category(db, admin, "咨询", deadline_days=5)


def test_every_entry_point_is_checked_and_every_field_has_a_limit():
    points = boundary_probes.entry_points()
    assert len(points) > 150
    unchecked = [f"{fn.__module__}.{fn.__name__}" for fn in points if boundary.boundary_plan(fn) is None]
    assert unchecked == []
    for fn in points:
        boundary.boundary_plan(fn).checks  # noqa: B018 - builds a deferred plan
    assert sorted(boundary.UNLISTED) == []  # a new parameter gets a deliberate limit in db/limits.py


def test_every_bad_type_is_refused_before_any_work(db, admin):
    """Each parameter of each entry point × each bad value its type invites: a ValidationError, nothing written."""
    outcome = boundary_probes.run(db, admin)
    assert outcome["raw"] == []
    # '' is well-typed text: an optional note or place, a search for everything, a failed approval in the audit trail
    # may take it. Every other bad value is refused, and nothing else is written.
    assert [p for p in outcome["accepted"] if not p.endswith("='')")] == []
    assert [p for p in outcome["stored"] if not p.split(" [")[0].endswith("='')")] == []
    assert len(outcome["refused"]) > 2500


def test_the_row_counts_see_every_write(db, admin):
    """The probes' write detector: a row written shows in the next counts (on PostgreSQL they are read again only
    when the server's WAL has moved)."""
    from app import settings

    before = boundary_probes.row_counts(db)
    assert boundary_probes.row_counts(db) == before
    settings.set_many(db, admin, {"center.name": "测试中心"})
    after = boundary_probes.row_counts(db)
    assert after != before
    assert boundary_probes.row_counts(db) == after


def test_a_year_one_intake_date_is_refused(db, admin, intake):
    from app.requests import service
    from db.models.requests import ServiceRequest

    inp = service.IntakeInput(channel="walk_in", category_id=intake, description="问路", received_on=dt.date(1, 1, 1))
    with pytest.raises(ValidationError) as refused:
        service.take_in(db, admin, inp)
    assert set(refused.value.errors) == {"received_on"}
    assert "1900" in refused.value.errors["received_on"]
    with db.read() as s:
        assert s.execute(select(func.count()).select_from(ServiceRequest)).scalar_one() == 0


def test_a_contact_name_of_51_characters_is_refused_not_cut(db, admin, intake):
    from app.requests import service

    name = "欧阳" * 25 + "娜"
    with pytest.raises(ValidationError) as refused:
        service.take_in(db, admin, service.IntakeInput("walk_in", intake, "报修", contact_name=name))
    assert set(refused.value.errors) == {"contact_name"}
    assert "50" in refused.value.message and "51" in refused.value.message
    with pytest.raises(ValidationError) as refused:
        service.take_in(db, admin, service.IntakeInput("walk_in", intake, "报修", contact_phone="1" * 21))
    assert set(refused.value.errors) == {"contact_phone"}
    saved = service.take_in(db, admin, service.IntakeInput("walk_in", intake, "报修", contact_name=name[:50]))
    assert service.get_request(db, admin, saved.id).resident_name == name[:50]


def test_very_urgent_fits_its_column(db, admin, intake):
    """PostgreSQL refused 'very_urgent' in varchar(10)."""
    from app.requests import service
    from app.requests import workflow as W
    from db.models.requests import ServiceRequest

    assert max(len(u) for u in W.URGENCIES) <= ServiceRequest.__table__.c.urgency.type.length
    saved = service.take_in(db, admin, service.IntakeInput("walk_in", intake, "漏水", urgency="very_urgent"))
    with db.read() as s:
        assert s.get(ServiceRequest, saved.id).urgency == "very_urgent"


@pytest.mark.parametrize("amount", [True, 12.5, "100", 2**63, None])
def test_a_top_up_must_be_whole_fen(db, admin, amount):
    from app.canteen import service
    from app.residents.service import ResidentInput, create_resident
    from db.models.canteen import MealCardEntry

    rid = create_resident(db, admin, ResidentInput(name="王秀英", phone="13800000000"))
    service.open_card(db, admin, rid, "C0001")
    with pytest.raises(ValidationError) as refused:
        service.card_movement(db, admin, rid, amount, "topup", "cash")
    assert set(refused.value.errors) == {"amount_fen"}
    with db.read() as s:
        assert s.execute(select(func.count()).select_from(MealCardEntry)).scalar_one() == 0


@pytest.mark.parametrize("minutes", [None, True, 0, 241, 12.5, "5"])
def test_the_idle_lock_is_a_whole_number_of_minutes(db, admin, minutes):
    from app import settings

    with pytest.raises(ValidationError) as refused:
        settings.set_many(db, admin, {"security.idle_lock_minutes": minutes})
    assert set(refused.value.errors) == {"security.idle_lock_minutes"}
    assert settings.get(db, "security.idle_lock_minutes") == 5
    settings.set_many(db, admin, {"security.idle_lock_minutes": 240})
    assert settings.get(db, "security.idle_lock_minutes") == 240


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("receipt.width_mm", "80"),
        ("receipt.width_mm", True),
        ("backup.keep", "2"),
        ("backup.keep", 0),
        ("setup.completed", 1),
        ("timezone", "Mars/Olympus"),
        ("center.address", "幸福路\x0088号"),
        ("center.phone", "0" * 31),
        ("center.name", None),
        ("canteen.some_flag", [1, 2]),
        ("canteen.some_text", "a\x00b"),
    ],
)
def test_every_setting_is_checked_by_its_key(db, admin, key, value):
    from app import settings

    with pytest.raises(ValidationError) as refused:
        settings.set_many(db, admin, {key: value})
    assert key in refused.value.errors


def test_text_with_nul_or_control_characters_is_refused_everywhere(db, admin):
    """PostgreSQL cannot store NUL; SQLite stored it. Both now refuse it with the same message."""
    from app.residents.service import ResidentInput, create_resident

    for text in ("王\x00秀英", "王\x1b秀英", "王\u0085秀英", "王\n秀英"):
        with pytest.raises(ValidationError) as refused:
            create_resident(db, admin, ResidentInput(name=text))
        assert set(refused.value.errors) == {"name"}
    rid = create_resident(db, admin, ResidentInput(name="王秀英", notes="第一行\n第二行\t备注"))  # notes are multi-line
    assert rid > 0


def test_a_date_means_a_date(db, admin):
    from app.canteen import reports

    for day in ("2026-11-30", dt.datetime(2026, 11, 30, 9, tzinfo=dt.UTC), dt.date(1, 1, 1), None):
        with pytest.raises(ValidationError) as refused:
            reports.day_summary(db, day, None)
        assert set(refused.value.errors) == {"day"}


def test_messages_are_in_the_users_language(db, admin, intake, zh):
    from app.requests import service

    with pytest.raises(ValidationError) as refused:
        service.take_in(db, admin, service.IntakeInput("walk_in", intake, "报修", contact_name="王" * 51))
    assert refused.value.message == "联系人姓名最多50字，现在51字"


def test_models_size_text_from_the_vocabulary():
    """Every varchar column's length is one of db.limits' lengths, and copies of a name are as wide as the source."""
    from db.models import Base, User
    from db.models.childcare import ChildAttendance, ChildcareDuty

    lengths = {v.length for v in vars(limits).values() if isinstance(v, limits.TextLimit)}
    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            if isinstance(column.type, String) and column.type.length is not None:
                assert column.type.length in lengths, f"{table.name}.{column.name}"
    staff = User.__table__.c.display_name.type.length
    for column in (
        ChildAttendance.__table__.c.staff_name,
        ChildAttendance.__table__.c.voided_by,
        ChildAttendance.__table__.c.override_staff,
        ChildcareDuty.__table__.c.updated_by,
    ):
        assert column.type.length == staff, column.name


def test_the_limits_are_what_the_checks_use():
    assert limits.text_limit("contact_name") is limits.PERSON_NAME
    assert limits.text_limit("name", "ProgramInput") is limits.TITLE
    assert limits.int_range("resident_id") is limits.ID
    assert limits.int_range("amount_fen") is limits.FEN
    assert limits.FEN.high * limits.QUANTITY.high <= limits.INT32.high  # a ticket's total fits a 32-bit column
    assert limits.refused_character("a\x00") == "\x00"
    assert limits.refused_character("a\nb", multiline=True) is None
    assert limits.refused_character("a\nb") == "\n"


def test_a_bad_value_stored_by_an_older_version_reads_as_its_default(db):
    """A None idle lock stored before the checks broke the settings screen; it now reads as the default."""
    from app import settings
    from db.models import Setting

    with db.write() as s:
        s.add(Setting(key="security.idle_lock_minutes", value="null", updated_at=dt.datetime.now(dt.UTC)))
        s.add(Setting(key="backup.keep", value='"2"', updated_at=dt.datetime.now(dt.UTC)))
    assert settings.get(db, "security.idle_lock_minutes") == 5
    values = settings.get_all(db)
    assert values["security.idle_lock_minutes"] == 5 and values["backup.keep"] == 14


@pytest.mark.parametrize("key", ["receipt.width", "Receipt.width_mm", "canteen.late_sales", "canteen.some_flag"])
def test_an_unknown_setting_is_refused_not_stored(db, admin, key):
    """Issue 12: a typo such as "receipt.width" was stored and never read."""
    from sqlalchemy import select

    from app import settings
    from db.models import Setting

    with pytest.raises(ValidationError, match="Unknown setting") as refused:
        settings.set_many(db, admin, {key: True, "center.phone": "025-84123456"})
    assert key in refused.value.errors
    with db.read() as s:
        stored = {k for (k,) in s.execute(select(Setting.key))}
    assert key not in stored and "center.phone" not in stored  # all or nothing


def test_every_setting_the_app_reads_has_a_default_and_a_rule():
    """The keys read outside app/settings.py (the canteen's late-sale policy) are known settings."""
    from app import settings
    from app.canteen.service import LATE_SALE_POLICIES, LATE_SALE_SETTING

    assert set(settings.DEFAULTS) == set(settings.RULES)
    assert settings.DEFAULTS[LATE_SALE_SETTING] in LATE_SALE_POLICIES
    for policy in LATE_SALE_POLICIES:
        assert settings.RULES[LATE_SALE_SETTING](policy) is None
    assert settings.RULES[LATE_SALE_SETTING]("sometimes") is not None


def test_every_invisible_format_character_is_refused_in_one_line_text():
    """Unicode category Cf (zero-width space and joiners, bidi overrides such as U+202E, the BOM…): issue 12."""
    import sys
    import unicodedata

    from db import limits

    format_chars = [chr(c) for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Cf"]
    assert len(format_chars) > 150
    for ch in format_chars:
        assert limits.refused_character(f"马{ch}秀建") == ch, f"U+{ord(ch):04X}"
    for fine in ("马秀建", "Zhao Shanqing", "王\u3000秀英", "O'Brien-Li", "𠮷野家"):
        assert limits.refused_character(fine) is None


@pytest.mark.parametrize("name", ["\u200b", "\u200b\u200c\u200d", "\ufeff", "马\u200b秀建", "\u2066张三\u2069"])
def test_a_staff_name_of_invisible_characters_is_refused(db, admin, name):
    from app.accounts.service import create_user
    from db.models import User

    with pytest.raises(ValidationError, match="invisible") as refused:
        create_user(db, admin, "newclerk", name, "clerk-password-1", ["cashier"])
    assert "display_name" in refused.value.errors
    with db.read() as s:
        assert s.query(User).filter(User.username == "newclerk").first() is None


@pytest.mark.parametrize("buyer", ["\u202e强张", "张\u200d强", "\u200e张强"])
def test_a_buyer_name_with_bidi_or_zero_width_characters_is_refused(db, admin, frozen, buyer):
    import datetime as dt

    from sqlalchemy import func, select

    from app.canteen import service
    from db.models.canteen import MealTicket

    frozen(dt.datetime(2026, 11, 30, 11, 30))
    with pytest.raises(ValidationError, match="invisible") as refused:
        service.sell(db, admin, service.SaleRequest(None, "lunch", 1, "cash", buyer=buyer))
    assert "buyer" in refused.value.errors
    with db.read() as s:
        assert s.execute(select(func.count()).select_from(MealTicket)).scalar() == 0
