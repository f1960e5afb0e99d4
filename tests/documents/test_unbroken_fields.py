"""Dates and other short fields never break across lines in a PDF (a tester's volunteer certificate printed
"2026-11-" on one line and "01" on the next): the one line-breaking rule (app.documents.text.wrap_text) keeps a date
whole, in ISO or 年月日 form, and a number with a hyphen before a digit (phones, request numbers); the fields a
certificate sets into its sentence (name, ID and volunteer numbers, dates, hours) are kept whole with `keep`,
whatever the lengths of the name and the organisation around them.

Read back with pdftotext: each field is found whole on one line of the page."""

from __future__ import annotations

import datetime as dt
import subprocess

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.activities.certificates import CompletionCertificate, render_certificates
from app.documents.fonts import FONT
from app.documents.text import keep, text_width, wrap_text
from app.volunteers.certificates import CertificateData, render_certificate
from tests.pdfcheck import _as_file

LONG_ORG = "江苏省苏州市姑苏区双塔街道竹辉社区党群服务中心"
RARE = "䶮𠮷𪚥"  # Extension A and B: set in the fallback font


def _lines(pdf: bytes) -> list[str]:
    out = subprocess.run(["pdftotext", "-layout", str(_as_file(pdf)), "-"], capture_output=True, check=True)
    return ["".join(line.split()) for line in out.stdout.decode("utf-8").splitlines()]


def _whole(lines: list[str], field: str) -> bool:
    return any(field in line for line in lines)


def _volunteer(name: str, org: str, vnum: str = "") -> bytes:
    return render_certificate(
        CertificateData(
            number="ZYZ2026-00001",
            issued_on=dt.date(2026, 11, 30),
            volunteer_name=name,
            id_type="居民身份证",
            id_number_masked="320302********1234",
            volunteer_number=vnum,
            period_from=dt.date(2026, 11, 1),
            period_to=dt.date(2026, 11, 30),
            total_minutes=600,
            minutes_by_source={"shift": 600},
            services=[("食堂助餐", 600)],
            organisation=org,
            person_in_charge="李主任",
            contact="0512-65123456",
            resident_id=1,
        )
    )


@pytest.mark.parametrize(
    ("name", "org", "vnum"),
    [
        ("李", "竹辉社区", ""),  # the tester's case: "…于2026-11-" / "01至…"
        ("李", LONG_ORG, ""),
        ("欧阳" + RARE, LONG_ORG, "ZYH-2024-001"),
        ("阿卜杜热合曼·买买提", "幸福里社区党群服务中心", "ZYH12345678"),
    ],
)
def test_the_volunteer_certificate_prints_each_short_field_on_one_line(zh, name, org, vnum):
    lines = _lines(_volunteer(name, org, vnum))
    for field in (name, "2026-11-01", "2026-11-30", "320302********1234", vnum or "—", "10.0", "居民身份证"):
        assert _whole(lines, field), (field, lines)


@pytest.mark.parametrize("name", ["李", "欧阳" + RARE, "赵善庆", "阿卜杜热合曼·买买提"])
@pytest.mark.parametrize("course", ["老年大学·书法班", "老年大学·书法班（秋季）二" + "期" * 7])
def test_the_completion_certificate_prints_each_short_field_on_one_line(zh, name, course):
    pdf = render_certificates(
        [
            CompletionCertificate(
                number="JY-2026-0001",
                issued_on=dt.date(2026, 12, 31),
                name=name,
                course=course,
                kind="老年大学课程",
                starts_on=dt.date(2026, 9, 1),
                ends_on=dt.date(2026, 12, 31),
                attended=15,
                sessions=17,
                teacher="王老师",
                organisation=LONG_ORG,
                person_in_charge="李主任",
            )
        ]
    )
    lines = _lines(pdf)
    for field in (name, "2026-09-01", "2026-12-31"):
        assert _whole(lines, field), (field, lines)


@pytest.mark.parametrize(
    "date", ["2026-11-30", "2026年11月30日", "2026年11月", "11月30日", "0512-65123456", "2026-000123", "16:00-18:00"]
)
def test_a_date_or_a_number_is_never_broken_wherever_it_falls_on_the_line(date):
    width = 200.0
    for lead in range(0, 40):  # the field starts at every position of the line
        text = "于" * lead + date + "至" + date + "期间参加志愿服务"
        lines = wrap_text(text, FONT, 12, width)
        assert sum(line.count(date) for line in lines) == 2, (lead, lines)


def test_a_hyphen_still_breaks_a_latin_word_and_a_cjk_sentence_still_breaks_anywhere():
    width = text_width("community well-", 12) + 1
    assert wrap_text("community well-known", FONT, 12, width) == ["community well-", "known"]
    assert len(wrap_text("参加志愿服务" * 5, FONT, 12, 100)) > 1


@settings(max_examples=60, deadline=None)
@given(
    name=st.text(alphabet="李王欧阳赵善庆䶮𠮷·", min_size=1, max_size=12),
    org=st.text(alphabet="竹辉社区党群服务中心江苏省", min_size=1, max_size=40),
    width=st.floats(min_value=160, max_value=500),
)
def test_kept_fields_stay_whole_for_any_name_and_organisation(name, org, width):
    text = (
        f"兹证明{keep(name)}（居民身份证：{keep('320302********1234')}）于{keep('2026-11-01')}至"
        f"{keep('2026-11-30')}期间参加{org}组织的志愿服务活动"
    )
    lines = wrap_text(text, FONT, 12, width, first_indent=24)
    joined = "".join(lines)
    assert "\u2060" not in joined
    for field in (name, "320302********1234", "2026-11-01", "2026-11-30"):
        assert any(field in line for line in lines), (field, lines)


@pytest.mark.parametrize("lead", range(0, 12))
def test_a_slip_keeps_its_dates_and_phone_whole_on_a_58mm_roll(lead):
    """The same rule on a slip's wrapped text (a reminder's "return by" line on the narrow receipt paper)."""
    from app.documents.center import CenterInfo
    from app.documents.receipt import Receipt, render_receipt

    slip = Receipt(title="催还单")
    slip.text("读" * lead + "请于2026-12-08前归还，逾期请致电025-84123456，或于2026年12月10日前续借。")
    pdf = render_receipt(slip, CenterInfo(name="幸福里社区党群服务中心", address="", phone="", receipt_width_mm=58))
    lines = _lines(pdf)
    for field in ("2026-12-08", "025-84123456", "2026年12月10日"):
        assert _whole(lines, field), (field, lines)
