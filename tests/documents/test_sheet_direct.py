"""Sheets drawn straight on the canvas (Sheet(direct=True)): own wrapping and paging, the same page as before —
center's header, title, header row on every page, every row once and in order, nothing past the margins."""

import re
import subprocess

import pytest

from app.documents.common import qr_flowable
from app.documents.fonts import ensure_fonts
from app.documents.sheet import MM, Column, Sheet, render_sheet, wrap_text
from app.settings import CenterInfo
from tests.pdfcheck import assert_pdf_ok, decode_qr, page_count, render_png

CENTER = CenterInfo(name="幸福社区服务中心", address="幸福路1号", phone="010-12345678", receipt_width_mm=80)
A4_W, A4_H = 595.28, 841.89
LONG = "很长的备注需要换行显示以免超出单元格的宽度范围，包括标点（括号）与English words、数字12345。" * 2


def words(pdf: bytes, tmp_path) -> list[list[tuple[float, float, float, float, str]]]:
    src = tmp_path / "sheet.pdf"
    src.write_bytes(pdf)
    html = subprocess.run(["pdftotext", "-bbox", str(src), "-"], capture_output=True, text=True, check=True).stdout
    return [
        [
            (float(a), float(b), float(c), float(d), w)
            for a, b, c, d, w in re.findall(
                r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', page
            )
        ]
        for page in html.split("<page ")[1:]
    ]


def assert_inside_the_page(pages) -> None:
    """Every word of the content between the margins (under the center's header line, above the bottom margin;
    only the header and the page number outside), and no two words on top of each other."""
    furniture = {"幸福社区服务中心", "幸福路1号", "010-12345678"}
    for number, page in enumerate(pages, 1):
        for i, a in enumerate(page):
            assert 11 * MM < a[0] and a[2] < A4_W - 11 * MM, a
            if a[3] < 13 * MM:
                assert a[4] in furniture, a
            elif a[1] > A4_H - 15 * MM:
                assert a[4] in ("Page", str(number)), a
            for b in page[i + 1 :]:
                assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1], (a, b)


def sheet(rows: int, wrap_every: int = 7, **kw) -> Sheet:
    return Sheet(
        title="长表测试",
        subtitle="2026-11-30",
        columns=[Column("编号", 14, "CENTER"), Column("姓名", 30), Column("备注", 60), Column("金额", 20, "RIGHT")],
        rows=[[f"R{i:04d}", f"居民{i}", LONG if i % wrap_every == 0 else None, f"{i}.00"] for i in range(1, rows + 1)],
        footer_lines=["制表人：________", "审核人：________"],
        direct=True,
        **kw,
    )


@pytest.mark.parametrize("width_mm", [8, 20, 55])
def test_wrapped_lines_fit_and_keep_every_character(width_mm):
    font = ensure_fonts()
    from reportlab.pdfbase.pdfmetrics import stringWidth

    width = width_mm * MM
    lines = wrap_text(LONG, font, 9, width)
    assert len(lines) > 1
    assert all(stringWidth(line, font, 9) <= width + 0.01 for line in lines)
    assert "".join(lines).replace(" ", "") == LONG.replace(" ", "")  # only spaces at breaks may go
    if width_mm >= 20:
        assert not any(line[0] in "，、。）" for line in lines)  # a closing mark never starts a line
        assert not any(line[-1] == "（" for line in lines)  # an opening one never ends one
        assert any("English" in line for line in lines)  # a word that fits stays whole


def test_explicit_newlines_and_short_texts():
    font = ensure_fonts()
    assert wrap_text("王小明", font, 9, 100) == ["王小明"]
    assert wrap_text("第一行\n第二行", font, 9, 100) == ["第一行", "第二行"]
    assert wrap_text("", font, 9, 100) == [""]


def test_long_sheet_every_row_once_header_on_every_page_footers_last(tmp_path):
    n = 250
    pdf = render_sheet(sheet(n, running_title="长表测试 2026-11-30"), CENTER)
    text = assert_pdf_ok(pdf, "幸福社区服务中心", "长表测试", "R0001", f"R{n:04d}", "制表人", "审核人")
    found = [int(tok[1:5]) for tok in text.split() if tok.startswith("R") and tok[1:5].isdigit()]
    assert found == list(range(1, n + 1))
    pages = words(pdf, tmp_path)
    assert len(pages) == page_count(pdf) > 3
    for number, page in enumerate(pages, 1):
        texts = [w[4] for w in page]
        assert "编号" in texts and "备注" in texts  # the header row repeats
        assert "长表测试" in texts  # the title, then the running title on every later page
        assert texts[texts.index("Page") + 1] == str(number)
    assert "审核人：________" in [w[4] for w in pages[-1]]
    assert_inside_the_page(pages)


def test_a_row_taller_than_a_page_goes_on_over_pages(tmp_path):
    huge = "".join(f"第{i:03d}行的内容" for i in range(400))
    s = Sheet(
        title="超长单元格",
        columns=[Column("编号", 20), Column("内容", 40)],
        rows=[["A", "短"], ["B", huge], ["C", "短"]],
        direct=True,
    )
    pdf = render_sheet(s, CENTER)
    assert_pdf_ok(pdf, "超长单元格", "第000行", "第399行")
    pages = words(pdf, tmp_path)
    assert len(pages) >= 3
    edge = (A4_W - 60 * MM) / 2 + 20 * MM  # between the two columns of the centred table
    in_table = [w for page in pages for w in page if 18 * MM < w[1] and w[3] < A4_H - 15 * MM]
    content = [w[4] for w in in_table if edge < w[0] < edge + 40 * MM and w[4] not in ("内容", "短")]
    assert "".join(content) == huge  # every line, in order, over the pages
    assert [w[4] for w in pages[-1] if w[2] < edge][-1] == "C"  # the next row follows
    assert_inside_the_page(pages)


def test_footers_move_to_a_new_page_when_the_table_fills_the_last(tmp_path):
    for rows in range(28, 44):  # some of these leave too little room under the table for the footers
        pdf = render_sheet(sheet(rows, wrap_every=1000), CENTER)
        pages = words(pdf, tmp_path)
        assert_inside_the_page(pages)
        assert "审核人：________" in [w[4] for w in pages[-1]]


def test_flowable_cells_and_min_row_height_still_work(tmp_path):
    rows = [[f"学生{i}", "花生过敏" if i % 3 == 0 else "", qr_flowable(f"CC:{i}:2026-11-30", 40)] for i in range(40)]
    s = Sheet(
        "四点半课堂 签到表",
        "2026-11-30",
        [Column("姓名", 60), Column("过敏", 40), Column("二维码", 20, "CENTER")],
        rows,
        row_height_mm=16,
        direct=True,
    )
    pdf = render_sheet(s, CENTER)
    assert_pdf_ok(pdf, "四点半课堂签到表", "花生过敏", "学生39")
    assert page_count(pdf) >= 2
    codes = decode_qr(render_png(pdf, dpi=150)[0])
    assert "CC:0:2026-11-30" in codes and len(codes) >= 5
    assert_inside_the_page(words(pdf, tmp_path))


def test_an_empty_table_prints_its_header():
    pdf = render_sheet(sheet(0), CENTER)
    assert_pdf_ok(pdf, "编号", "金额", "制表人")
    assert page_count(pdf) == 1
