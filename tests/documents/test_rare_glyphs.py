"""Issue 14, items 1 and 6: every character of a name in every PDF (rare characters from CJK Extension A/B through
the fallback font, only where the main font lacks them), and one CJK line-breaking rule for every PDF."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
from pathlib import Path

import pytest

from app.canteen import reports, service, settlement
from app.canteen.service import SaleRequest
from app.documents.fonts import FALLBACK, FONT, ensure_fonts
from app.documents.receipt import Receipt, render_receipt
from app.documents.sheet import Column, Sheet, render_sheet
from app.documents.text import NO_LINE_END, NO_LINE_START, runs, tidy, wrap_text
from app.residents import service as residents
from app.residents.service import ResidentInput
from app.settings import CenterInfo
from app.volunteers.certificates import CertificateData, render_certificate
from tests.pdfcheck import assert_pdf_ok, render_png

RARE = "𠮷祥"  # U+20BB7 (Extension B) + an ordinary character
EXT_A = "㐱"  # U+3431 (Extension A)
CENTER_NAME = "幸福里社区党群服务中心"
CENTER = CenterInfo(name=CENTER_NAME, address="幸福路1号", phone="025-83001234", receipt_width_mm=58)
SHOTS = Path("/work/notes/shots")
IN_PDF = {FONT: "WenQuanYiMicroHei", FALLBACK: "CommunityDeskRareHan"}  # the fonts' PostScript names


def pdftotext(pdf: bytes, *args: str) -> str:
    return subprocess.run(["pdftotext", *args, "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode()


def pdffonts(pdf: bytes) -> list[str]:
    """The embedded font names (subset prefix dropped) pdffonts lists; every one must be embedded."""
    out = subprocess.run(["pdffonts", "-"], input=pdf, capture_output=True, check=True).stdout.decode()
    names = []
    for row in out.splitlines()[2:]:
        cols = row.split()
        assert cols[-5] == "yes", f"not embedded: {row}"
        names.append(cols[0].split("+", 1)[-1].rsplit("-", 1)[0])  # AAAAAA+Name-0: a subset of Name
    return names


def _to_unicode(stream: bytes) -> dict[int, str]:
    import re

    out: dict[int, str] = {}
    text = stream.decode("latin-1")
    for block in re.findall(r"beginbfchar(.*?)endbfchar", text, re.S):
        for code, uni in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            out[int(code, 16)] = bytes.fromhex(uni).decode("utf-16-be")
    for block in re.findall(r"beginbfrange(.*?)endbfrange", text, re.S):
        for lo, hi, start in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            first = ord(bytes.fromhex(start).decode("utf-16-be"))
            for k, code in enumerate(range(int(lo, 16), int(hi, 16) + 1)):
                out[code] = chr(first + k)
    return out


def drawn_characters(pdf: bytes) -> set[str]:
    """The characters the PDF's embedded fonts really draw: each font's ToUnicode codes whose glyph in the
    embedded font program (FontFile2) is not .notdef."""
    from pypdf import PdfReader
    from reportlab.pdfbase.ttfonts import TTFontFile

    chars: set[str] = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            program = font["/FontDescriptor"]["/FontFile2"].get_object().get_data()
            cmap = TTFontFile(io.BytesIO(program)).charToGlyph
            for code, ch in _to_unicode(font["/ToUnicode"].get_object().get_data()).items():
                if cmap.get(code, 0):
                    chars.add(ch)
    return chars


def assert_name_whole(pdf: bytes, name: str = RARE) -> str:
    assert_pdf_ok(pdf)
    assert set(name) <= drawn_characters(pdf), "a character of the name has no glyph in the embedded fonts"
    text = pdftotext(pdf)
    assert name in text, text[:400]
    return text


def shot(pdf: bytes, name: str) -> None:
    png = render_png(pdf, dpi=150)[0]
    if SHOTS.is_dir():
        shutil.copy(png, SHOTS / f"glyph_{name}.png")


def certificate(name: str = RARE) -> CertificateData:
    return CertificateData(
        number="ZYZ2026-00001",
        issued_on=dt.date(2026, 11, 30),
        volunteer_name=name,
        id_type="居民身份证",
        id_number_masked="110105********002X",
        volunteer_number="ZYH123",
        period_from=dt.date(2026, 11, 1),
        period_to=dt.date(2026, 11, 30),
        total_minutes=165,
        minutes_by_source={"shift": 120, "request": 45},
        services=[("课业辅导", 120), (f"为{name}代办", 45)],
        organisation=CENTER_NAME,
        person_in_charge=name,
        contact="025-83001234",
        resident_id=1,
    )


# --- rare characters -------------------------------------------------------------------------------------------


def test_runs_use_the_fallback_only_for_what_the_main_font_lacks():
    ensure_fonts()
    assert runs("张三 ¥12.50") == ((FONT, "张三 ¥12.50"),)
    assert runs(RARE) == ((FALLBACK, "𠮷"), (FONT, "祥"))
    assert runs(f"王{EXT_A}明") == ((FONT, "王"), (FALLBACK, EXT_A), (FONT, "明"))


def test_meal_receipt_prints_a_rare_name_whole(db, admin, frozen, zh):
    frozen(dt.datetime(2026, 11, 30, 11, 30))
    rid = residents.create_resident(db, admin, ResidentInput(name=RARE, birth_date=dt.date(1944, 5, 1)))
    sale = service.sell(db, admin, SaleRequest(rid, "lunch", 1, "cash", tendered_fen=1000))
    pdf = reports.ticket_receipt(db, sale.ticket_id)
    assert_name_whole(pdf)
    assert set(pdffonts(pdf)) == {IN_PDF[FONT], IN_PDF[FALLBACK]}
    shot(pdf, "receipt")


def test_an_ordinary_receipt_embeds_the_main_font_only(db, admin, frozen):
    frozen(dt.datetime(2026, 11, 30, 11, 30))
    rid = residents.create_resident(db, admin, ResidentInput(name="赵善庆", birth_date=dt.date(1944, 5, 1)))
    pdf = reports.ticket_receipt(db, service.sell(db, admin, SaleRequest(rid, "lunch", 1, "cash")).ticket_id)
    assert pdffonts(pdf) == [IN_PDF[FONT]]


def test_volunteer_certificate_prints_a_rare_name_whole(zh):
    pdf = render_certificate(certificate())
    text = assert_name_whole(pdf)
    assert text.count(RARE) >= 3  # body, service line, person in charge
    assert set(pdffonts(pdf)) == {IN_PDF[FONT], IN_PDF[FALLBACK]}
    shot(pdf, "certificate")


@pytest.mark.parametrize("direct", [False, True], ids=["platypus", "direct"])
def test_sheets_print_rare_characters_in_cells_titles_footers_and_the_header(direct):
    center = CenterInfo(name=f"{EXT_A}{CENTER_NAME}", address="", phone="", receipt_width_mm=80)
    sheet = Sheet(
        title=f"名单 {RARE}",
        columns=[Column("姓名", 30), Column("备注", 40)],
        rows=[[RARE, "短"], ["王五", f"很长的备注需要换行显示以免超出单元格的宽度，提到{RARE}和{EXT_A}"]] * 3,
        footer_lines=[f"制表人：{RARE}"],
        direct=direct,
    )
    pdf = render_sheet(sheet, center)
    assert_name_whole(pdf)
    assert_name_whole(pdf, f"制表人：{RARE}")
    assert {*RARE, EXT_A} <= drawn_characters(pdf)
    assert set(pdffonts(pdf)) == {IN_PDF[FONT], IN_PDF[FALLBACK]}
    shot(pdf, "sheet_direct" if direct else "sheet")


def test_settlement_pdf_prints_a_rare_diner_name(db, admin, frozen, zh):
    frozen(dt.datetime(2026, 11, 3, 11, 30))
    rid = residents.create_resident(db, admin, ResidentInput(name=RARE, birth_date=dt.date(1944, 5, 1)))
    service.sell(db, admin, SaleRequest(rid, "lunch", 1, "cash"))
    frozen(dt.datetime(2026, 12, 2, 9, 0))
    st = settlement.compute(db, admin, "month", dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    pdf = settlement.settlement_pdf(db, admin, st)
    assert_name_whole(pdf)
    assert set(pdffonts(pdf)) == {IN_PDF[FONT], IN_PDF[FALLBACK]}


def test_receipt_lines_with_rare_characters_keep_their_place():
    """A pair line with a rare name: the right-hand amount ends at the margin, the name is not cut."""
    r = Receipt("取餐凭证").pair("就餐人", RARE).text(f"{RARE}{EXT_A}" * 8)
    pdf = render_receipt(r, CENTER)
    text = pdftotext(pdf)
    assert RARE in text and "".join(text.split()).count(f"{RARE}{EXT_A}") >= 1


# --- line breaking ---------------------------------------------------------------------------------------------

PUNCTUATED = (
    "兹证明张三（居民身份证：110105********002X，志愿者编号：ZYH123）于2026-11-01至2026-11-30期间参加"
    "幸福里社区党群服务中心组织的志愿服务活动，经审核累计服务时长2.8小时。"
    "“敬老”、“助残”；《志愿服务条例》规定：服务记录应当真实！是否属实？请核验。"
)


def assert_cjk_lines(lines: list[str]) -> None:
    for i, line in enumerate(lines):
        line = line.strip()
        if not line:
            continue
        assert line[0] not in NO_LINE_START, f"line {i} begins with closing punctuation: {line!r}"
        assert line[-1] not in NO_LINE_END, f"line {i} ends with opening punctuation: {line!r}"


@pytest.mark.parametrize("width", range(40, 400, 7))
def test_wrap_never_starts_with_closing_or_ends_with_opening_punctuation(width):
    ensure_fonts()
    lines = wrap_text(PUNCTUATED, FONT, 10, width)
    assert "".join(lines) == PUNCTUATED  # nothing lost, nothing added
    assert_cjk_lines(lines)


def test_no_spaces_between_chinese_words():
    assert tidy("参加 幸福里社区党群服务中心 组织") == "参加幸福里社区党群服务中心组织"
    assert tidy("于 2026-11-01 至 2026-11-30") == "于 2026-11-01 至 2026-11-30"  # numbers keep their spaces
    assert tidy("Page 1") == "Page 1"


def test_certificate_lines_in_chinese(zh):
    """The quoted case: a line began with "，" and the center's name stood between spaces."""
    for name in ("张三", "欧阳娜娜", RARE, "阿卜杜热合曼·买买提"):
        pdf = render_certificate(certificate(name))
        text = pdftotext(pdf)
        assert "参加幸福里社区党群服务中心组织" in "".join(text.split("\n")), text
        assert " 幸福里社区党群服务中心 " not in text
        assert_cjk_lines(text.splitlines())


def test_template_spaces_are_not_set_even_from_an_old_translation():
    """Whatever a translation puts between two Chinese words, the PDF does not show it."""
    data = certificate()
    pdf = render_certificate(data)  # English template, Chinese values: spaces stay around latin words only
    text = pdftotext(pdf)
    assert f"organised by {CENTER_NAME} from" in " ".join(text.split())


@pytest.mark.parametrize("direct", [False, True], ids=["platypus", "direct"])
def test_both_sheet_engines_break_lines_by_the_same_rule(direct):
    sheet = Sheet(
        title="备注",
        columns=[Column("备注", 31)],
        rows=[[PUNCTUATED], [PUNCTUATED.replace("张三", RARE)]],
        footer_lines=[PUNCTUATED],
        direct=direct,
    )
    text = pdftotext(render_sheet(sheet, CENTER))
    assert_cjk_lines(text.splitlines())
    assert "".join(text.split()).count("幸福里社区党群服务中心组织") == 3


def test_platypus_and_direct_sheets_wrap_a_cell_into_the_same_lines():
    cells = {}
    for direct in (False, True):
        sheet = Sheet(title="x", columns=[Column("备注", 40)], rows=[[PUNCTUATED]], direct=direct)
        text = pdftotext(render_sheet(sheet, CENTER))
        cells[direct] = [line for line in text.splitlines() if line.strip() and line.strip() not in ("x", "备注")]
    lines = [line for line in cells[True] if any(ch in line for ch in PUNCTUATED[:30])]
    assert lines and all(line in cells[False] for line in lines)


def test_the_fallback_font_ships_with_its_licence_and_in_the_bundle():
    from app.resources import fallback_font_path

    path = fallback_font_path()
    assert path.is_file() and path.read_bytes()[:4] == b"\x00\x01\x00\x00"  # TrueType outlines (not CFF "OTTO")
    assert (path.parent / "LICENSE-rare-han.txt").is_file()
    spec = (Path(__file__).resolve().parents[2] / "build.spec").read_text()
    assert 'tree("resources/fonts", "resources/fonts")' in spec


def test_every_pdf_text_goes_through_the_shared_helper():
    """No module draws text around app.documents.text (which picks the font per run and breaks the lines)."""
    import re

    root = Path(__file__).resolve().parents[2] / "app"
    direct = re.compile(
        r"\.(drawString|drawCentredString|drawRightString|textOut|textLine)\(|\bParagraph\(|splitString\("
    )
    offenders = [
        f"{path.relative_to(root)}:{n}"
        for path in root.rglob("*.py")
        if path.name != "text.py"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if direct.search(line)
    ]
    assert offenders == []
