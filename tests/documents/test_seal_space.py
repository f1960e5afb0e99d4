"""The seal's circle on the completion certificate and the volunteer service record: the issuing organisation's name
sits inside it and no text crosses it, for a short and a long center name (the circle crossed "中心").

Read back independently: `pdftotext -bbox` gives each word's box as poppler lays it out; every word is either
wholly inside the circle or wholly clear of it, and the words inside are the name and the caption."""

from __future__ import annotations

import datetime as dt
import math
import subprocess
import xml.etree.ElementTree as ET

import pytest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm

from app.activities.certificates import CompletionCertificate, render_certificates
from app.documents import seal
from app.volunteers.certificates import CertificateData, render_certificate
from tests.pdfcheck import _as_file

SHORT = "竹辉社区"
LONG = "江苏省苏州市姑苏区双塔街道竹辉社区党群服务中心"


def _words(pdf: bytes) -> tuple[float, list[tuple[str, float, float, float, float]]]:
    """(page height, [(word, x0, y0, x1, y1)]) in points, y upwards as in the PDF."""
    out = subprocess.run(["pdftotext", "-bbox", str(_as_file(pdf)), "-"], capture_output=True, check=True).stdout
    root = ET.fromstring(out.decode("utf-8"))
    ns = {"x": "http://www.w3.org/1999/xhtml"}
    page = root.find(".//x:page", ns)
    height = float(page.get("height"))
    words = []
    for w in page.findall("x:word", ns):
        x0, y0, x1, y1 = (float(w.get(k)) for k in ("xMin", "yMin", "xMax", "yMax"))
        words.append((w.text or "", x0, height - y1, x1, height - y0))
    return height, words


def _inside(box, cx, cy, r) -> bool:
    x0, y0, x1, y1 = box
    return all(math.hypot(x - cx, y - cy) <= r for x in (x0, x1) for y in (y0, y1))


def _clear(box, cx, cy, r) -> bool:
    x0, y0, x1, y1 = box
    nx, ny = min(max(cx, x0), x1), min(max(cy, y0), y1)  # the box's point nearest the centre
    return math.hypot(nx - cx, ny - cy) > r


def _check(pdf: bytes, name: str, cx: float, cy: float, r: float) -> None:
    _height, words = _words(pdf)
    inside, crossing = [], []
    for text, *box in words:
        if _inside(box, cx, cy, r):
            inside.append(text)
        elif not _clear(box, cx, cy, r):
            crossing.append(text)
    assert crossing == [], crossing
    assert "".join(inside) == name + "（盖章）"


def _completion(org: str) -> bytes:
    return render_certificates(
        [
            CompletionCertificate(
                number="JY-2026-0001",
                issued_on=dt.date(2026, 12, 31),
                name="赵善庆",
                course="老年大学·书法班",
                kind="老年大学课程",
                starts_on=dt.date(2026, 9, 1),
                ends_on=dt.date(2026, 12, 31),
                attended=15,
                sessions=17,
                teacher="王老师",
                organisation=org,
                person_in_charge="李主任",
            )
        ]
    )


def _volunteer(org: str) -> bytes:
    return render_certificate(
        CertificateData(
            number="ZY-2026-0001",
            issued_on=dt.date(2026, 12, 31),
            volunteer_name="李雷",
            id_type="居民身份证",
            id_number_masked="320302********1234",
            volunteer_number="ZYH001",
            period_from=dt.date(2026, 1, 1),
            period_to=dt.date(2026, 12, 31),
            total_minutes=600,
            minutes_by_source={"shift": 600},
            services=[("食堂助餐", 600)],
            organisation=org,
            person_in_charge="李主任",
            contact="0512-65123456",
            resident_id=1,
        )
    )


@pytest.mark.parametrize("org", [SHORT, LONG])
def test_the_completion_certificate_keeps_its_text_out_of_the_seal_and_the_name_in_it(zh, org):
    w, _h = landscape(A4)
    _check(_completion(org), org, w - 62 * mm, 50 * mm, 22 * mm)


@pytest.mark.parametrize("org", [SHORT, LONG])
def test_the_volunteer_certificate_keeps_its_text_out_of_the_seal_and_the_name_in_it(zh, org):
    _check(_volunteer(org), org, 55 * mm, 82 * mm, 22 * mm)
    _height, words = _words(_volunteer(org))
    assert all(x1 <= A4[0] - 15 * mm for _t, _x0, _y0, x1, _y1 in words)  # nothing runs off the right margin


def test_the_seal_layout_puts_every_line_inside_the_circle():
    for name in (SHORT, LONG, "服务中心" * 12, ""):
        space = seal.layout(name, "（盖章）", 100, 100, 60)
        assert space.lines[-1].text == "（盖章）"
        assert "".join(line.text for line in space.lines[:-1]) in (name, "")
        for line in space.lines:
            assert _inside(line.box, 100, 100, 60), (name, line)


# The seal wrapped the name by character (服务 split across lines, 党 / 群服务中心): it breaks between the name's
# words now — after a place's division, before the organisation's standard ending — and never inside a
# two-character word.

NAMES = [
    (LONG, ["江苏省", "苏州市", "姑苏区", "双塔街道", "竹辉社区", "党群服务中心"]),
    ("幸福里社区党群服务中心", ["幸福里社区", "党群服务中心"]),
    ("北京市朝阳区望京街道花家地社区服务中心", ["北京市", "朝阳区", "望京街道", "花家地社区", "服务中心"]),
    ("朝阳区望京街道花家地北里社区居民委员会", ["朝阳区", "望京街道", "花家地北里社区", "居民委员会"]),
    (SHORT, [SHORT]),
]


@pytest.mark.parametrize("name,words", NAMES, ids=[n for n, _ in NAMES])
def test_the_name_is_cut_into_its_words(name, words):
    assert seal.name_words(name) == words


def _breaks(lines: list[str]) -> set[int]:
    at, out = 0, set()
    for line in lines[:-1]:
        at += len(line)
        out.add(at)
    return out


def _boundaries(words: list[str]) -> set[int]:
    at, out = 0, set()
    for word in words:
        at += len(word)
        out.add(at)
    return out


@pytest.mark.parametrize("name,words", NAMES, ids=[n for n, _ in NAMES])
@pytest.mark.parametrize("radius", [22 * mm, 18 * mm, 30 * mm])
def test_the_seal_breaks_the_name_between_its_words(name, words, radius):
    space = seal.layout(name, "（盖章）", 100, 100, radius)
    lines = [line.text for line in space.lines[:-1]]
    assert "".join(lines) == name
    assert _breaks(lines) <= _boundaries(words), lines
    assert space.lines[0].size >= 8, lines  # not made tiny to get there


def test_a_word_wider_than_the_line_breaks_between_two_character_words():
    from app.documents.text import text_width

    width = text_width("党群服务", 12) + 1  # 党群服务中心 cannot stay whole
    assert seal.wrap_name("党群服务中心", 12, width) == ["党群服务", "中心"]
    lines = seal.wrap_name("幸福里社区党群服务中心", 12, text_width("幸福里社区", 12) + 1)
    assert lines == ["幸福里社区", "党群服务", "中心"]


def test_the_issuer_beside_the_seal_breaks_between_words_too(zh):
    _height, words = _words(_volunteer("北京市朝阳区望京街道花家地社区服务中心"))
    texts = [t for t, *_ in words]
    assert "服务中心" in texts and not any(t.endswith("服") or t.startswith("务") for t in texts), texts
    _height, words = _words(_completion(LONG))
    inside = [t for t, *_ in words if t in ("竹辉社区", "党群服务中心")]
    assert inside == ["竹辉社区", "党群服务中心"]  # the seal's lines, each a whole word


@pytest.mark.parametrize("width_mm", [58, 80])
def test_the_receipt_header_breaks_the_center_name_between_words(width_mm):
    """The receipt's header wrapped the center's name by character (双塔街 / 道竹辉…, 党群 / 服务中心); read back
    with pdftotext, each header line ends at a word of the name."""
    from app.documents.center import CenterInfo
    from app.documents.receipt import Line, Receipt, render_receipt

    name = "苏州市姑苏区双塔街道竹辉社区党群服务中心"  # by character: 竹辉社 / 区… on 58 mm, 党群服 / 务中心 on 80 mm
    center = CenterInfo(name=name, address="", phone="", receipt_width_mm=width_mm)
    pdf = render_receipt(Receipt(title="取餐凭证", lines=[Line("text", "午餐 1 份")]), center)
    out = subprocess.run(["pdftotext", "-layout", str(_as_file(pdf)), "-"], capture_output=True, check=True)
    lines = [t.strip() for t in out.stdout.decode("utf-8").splitlines() if t.strip()]
    header = []
    for line in lines:
        header.append(line)
        if "".join(header) == name:
            break
    assert "".join(header) == name, lines
    assert len(header) == 2 and _breaks(header) <= _boundaries(seal.name_words(name)), header
