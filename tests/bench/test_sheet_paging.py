"""Long sheets are cut into one table per page by the sheet layer itself (linear, not reportlab's quadratic split):
every row once, in order, the header on every page, nothing lost at the page ends."""

from app.documents.sheet import CHUNK_FROM, Column, Sheet, render_sheet
from app.settings import CenterInfo
from tests.pdfcheck import assert_pdf_ok, page_count

CENTER = CenterInfo(name="幸福社区服务中心", address="幸福路1号", phone="010-12345678", receipt_width_mm=80)


def sheet(rows: int, wrap_every: int = 7) -> Sheet:
    long = "很长的备注需要换行显示以免超出单元格的宽度范围" * 2
    return Sheet(
        title="长表测试",
        columns=[Column("编号", 14, "CENTER"), Column("姓名", 30), Column("备注", 60), Column("金额", 20, "RIGHT")],
        rows=[[f"R{i:04d}", f"居民{i}", long if i % wrap_every == 0 else None, f"{i}.00"] for i in range(1, rows + 1)],
        footer_lines=["制表人：________"],
    )


def test_long_sheet_has_every_row_once_and_the_header_on_every_page():
    n = CHUNK_FROM * 3 + 7
    pdf = render_sheet(sheet(n), CENTER)
    text = assert_pdf_ok(pdf, "长表测试", "R0001", f"R{n:04d}", "制表人")
    found = [int(tok[1:5]) for tok in text.split() if tok.startswith("R") and tok[1:5].isdigit()]
    assert found == list(range(1, n + 1))
    pages = page_count(pdf)
    assert pages > 3
    assert text.count("编号") == pages  # the header row repeats on every page


def test_short_sheet_is_left_to_reportlab():
    pdf = render_sheet(sheet(CHUNK_FROM - 5), CENTER)
    text = assert_pdf_ok(pdf, "R0001", f"R{CHUNK_FROM - 5:04d}")
    assert text.count("编号") == page_count(pdf)
