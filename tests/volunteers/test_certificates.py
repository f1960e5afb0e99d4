"""Certificates from approved hours only, reproducible; the roster and hours outputs render with Chinese glyphs."""

import datetime as dt
import io

import pytest
from sqlalchemy import func, select

from app import settings
from app.errors import UserError
from app.residents.service import ResidentInput, create_resident
from app.volunteers import certificates, ledger, reports, roster
from db.models import Sequence
from db.models.volunteers import VolunteerCertificate
from tests.pdfcheck import assert_pdf_ok, render_png
from tests.volunteers.conftest import MONDAY


@pytest.fixture
def served(db, admin, make_volunteer, make_shift, frozen):
    """A volunteer with approved shift and request hours, plus pending and rejected ones that must not count."""
    frozen(dt.datetime(2026, 11, 23, 8, 0))
    settings.set_many(db, admin, {"center.name": "幸福里社区党群服务中心", "center.phone": "025-83001234"})
    rid = create_resident(db, admin, ResidentInput(name="韩梅梅", id_number="11010519491231002X"))
    vol = roster.save_volunteer(
        db,
        admin,
        roster.VolunteerInput(
            resident_id=rid, kind="student", school="南京大学", student_number="2024001", external_number="ZYH123"
        ),
    )
    su = roster.sign_up(db, admin, make_shift(post="tutoring", start="16:00", end="18:00"), vol).signup_id
    tz = dt.timezone(dt.timedelta(hours=8))
    roster.check_in(db, admin, su, dt.datetime(2026, 11, 23, 8, 0, tzinfo=tz))
    frozen(dt.datetime(2026, 11, 25, 12, 0))
    e_shift = roster.check_out(db, admin, su, dt.datetime(2026, 11, 23, 10, 0, tzinfo=tz))
    with db.write() as s:
        e_req = ledger.record_external_hours(
            s,
            admin,
            resident_id=rid,
            source="request",
            source_ref="2026-000123",
            day=dt.date(2026, 11, 24),
            minutes=45,
            note="",
        )
    e_rej = roster.add_manual_hours(db, admin, vol, dt.date(2026, 11, 24), 300, "搬书")
    roster.add_manual_hours(db, admin, vol, dt.date(2026, 11, 24), 60, "待审")
    roster.decide_hours(db, admin, e_shift, approve=True)
    roster.decide_hours(db, admin, e_req, approve=True)
    roster.decide_hours(db, admin, e_rej, approve=False, note="无记录")
    return vol


def test_certificate_counts_approved_hours_only_and_reissues_identically(db, admin, served):
    first, last = dt.date(2026, 11, 1), dt.date(2026, 11, 30)
    cert = certificates.issue_certificate(db, admin, served, first, last)
    assert cert.total_minutes == 165
    assert cert.minutes_by_source == {"shift": 120, "request": 45}
    assert cert.number == "ZYZ2026-00001"
    assert cert.id_number_masked == "110105********002X"
    # more hours approved later do not change the issued certificate for this period
    e = roster.add_manual_hours(db, admin, served, dt.date(2026, 11, 25), 30, "补录")
    roster.decide_hours(db, admin, e, approve=True)
    again = certificates.issue_certificate(db, admin, served, first, last)
    assert again == cert
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(VolunteerCertificate)) == 1
    # a different period gets the next number and the new figures
    other = certificates.issue_certificate(db, admin, served, dt.date(2026, 11, 24), dt.date(2026, 11, 25))
    assert (other.number, other.total_minutes) == ("ZYZ2026-00002", 75)


def test_no_approved_hours_means_no_certificate_and_no_number_taken(db, admin, served):
    with pytest.raises(UserError, match="no approved hours"):
        certificates.issue_certificate(db, admin, served, dt.date(2026, 10, 1), dt.date(2026, 10, 31))
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(VolunteerCertificate)) == 0
        assert s.scalar(select(func.count()).select_from(Sequence).where(Sequence.name.like("volunteers%"))) == 0


def test_certificate_pdf_has_chinese_text_and_masked_id(db, admin, served, zh):
    cert = certificates.issue_certificate(db, admin, served, dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    pdf = certificates.render_certificate(cert)
    text = assert_pdf_ok(
        pdf, "志愿服务记录证明", "韩梅梅", "110105********002X", "ZYH123", "幸福里社区党群服务中心", "2.8", "作业辅导"
    )
    assert "11010519491231002X" not in text
    assert render_png(pdf, dpi=40)


def test_roster_and_hours_outputs(db, admin, served, make_volunteer, make_shift, zh):
    vol = make_volunteer("李雷")
    roster.sign_up(db, admin, make_shift(day=MONDAY + dt.timedelta(days=2), lo=2), vol)
    week = roster.week_roster(db, MONDAY)
    pdf = reports.roster_pdf(week, settings.center_info(db))
    assert_pdf_ok(pdf, "志愿者排班表", "食堂助餐", "李雷", "韩梅梅", "(1/2)")
    rows = reports.hours_by_month(db, dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    assert [(r.name, r.month, r.approved_minutes, r.pending_minutes) for r in rows] == [("韩梅梅", "2026-11", 165, 60)]
    assert_pdf_ok(
        reports.hours_pdf(rows, dt.date(2026, 11, 1), dt.date(2026, 11, 30), settings.center_info(db)), "韩梅梅", "2.8"
    )
    from openpyxl import load_workbook

    ws = load_workbook(io.BytesIO(reports.hours_xlsx(rows, dt.date(2026, 11, 1), dt.date(2026, 11, 30)))).active
    assert [c.value for c in ws[3]] == ["韩梅梅", "2026-11", 2.8, 1.0, 165, 60]


def _approved(db, admin, vol, rid, request_minutes, manual_minutes):
    with db.write() as s:
        e_req = ledger.record_external_hours(
            s,
            admin,
            resident_id=rid,
            source="request",
            source_ref="2026-000200",
            day=dt.date(2026, 11, 24),
            minutes=request_minutes,
            note="",
        )
    e_man = roster.add_manual_hours(db, admin, vol, dt.date(2026, 11, 24), manual_minutes, "整理书架")
    roster.decide_hours(db, admin, e_req, approve=True)
    roster.decide_hours(db, admin, e_man, approve=True)


@pytest.mark.parametrize(
    ("request_min", "manual_min", "lines", "total"),
    [
        (45, 30, ["0.8", "0.5"], "1.3"),  # 75 minutes printed "1.2" (f"{m/60:.1f}" rounds 1.25 half to even)
        (45, 45, ["0.8", "0.7"], "1.5"),  # each 0.75 printed 0.8: lines 1.6 under a total of 1.5
    ],
)
def test_certificate_hours_half_up_and_lines_add_up_to_the_total(
    db, admin, make_volunteer, frozen, request_min, manual_min, lines, total
):
    frozen(dt.datetime(2026, 11, 25, 12, 0))
    rid = create_resident(db, admin, ResidentInput(name="王芳"))
    vol = roster.save_volunteer(db, admin, roster.VolunteerInput(resident_id=rid))
    _approved(db, admin, vol, rid, request_min, manual_min)
    cert = certificates.issue_certificate(db, admin, vol, dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    assert cert.total_minutes == request_min + manual_min
    assert cert.total_hours_text == total
    assert [h for _, h in cert.service_lines] == lines
    text = assert_pdf_ok(certificates.render_certificate(cert))
    assert f"totalling {total} hours" in " ".join(text.split())
    for h in lines:
        assert f"{h} hours" in text
    again = certificates.issue_certificate(db, admin, vol, dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    assert (again.total_hours_text, again.service_lines) == (cert.total_hours_text, cert.service_lines)


def test_a_certificate_stored_before_the_rule_prints_by_it(db, admin, served):
    cert = certificates.issue_certificate(db, admin, served, dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    legacy = certificates._from_json(certificates._to_json(cert).replace('"total_hours": "2.8"', '"total_hours": ""'))
    assert legacy.total_hours_text == "2.8" and [h for _, h in legacy.service_lines] == ["2.0", "0.8"]
