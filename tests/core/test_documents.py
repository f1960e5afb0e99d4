"""The PDF layer: receipts (58 and 80 mm) and A4 sheets with real Chinese glyphs and QR codes that decode."""

import pytest

from app.documents.common import qr_flowable, yuan
from app.documents.receipt import Receipt, render_receipt
from app.documents.sheet import Column, Sheet, render_sheet
from app.settings import CenterInfo
from tests.pdfcheck import assert_pdf_ok, dark_fraction, decode_qr, page_count, render_png

CENTER = CenterInfo("幸福里社区党群服务中心", "幸福路88号", "025-84123456", 80)


def test_yuan_is_exact():
    assert yuan(1000) == "¥10.00"
    assert yuan(5) == "¥0.05"
    assert yuan(-250) == "-¥2.50"


@pytest.mark.parametrize("width", [58, 80])
def test_receipt_renders_chinese_and_a_qr_that_decodes(width):
    center = CenterInfo(CENTER.name, CENTER.address, CENTER.phone, width)
    r = Receipt("受理回执").pair("编号", "2026-000123").text("类别：社会保障；预计办结：2026-12-03").qr("2026-000123")
    pdf = render_receipt(r, center)
    assert_pdf_ok(pdf, "幸福里社区党群服务中心", "受理回执", "社会保障", "2026-000123", "025-84123456")
    png = render_png(pdf, dpi=200)[0]
    assert decode_qr(png) == ["2026-000123"]
    assert dark_fraction(png) > 0.02


def test_reprint_is_marked_copy():
    pdf = render_receipt(Receipt("餐券", copy=True).pair("自付", "¥4.00"), CENTER)
    assert_pdf_ok(pdf, "副本")


def test_a4_sheet_wraps_long_names_and_carries_qr_codes():
    long_name = "欧阳" + "娜" * 40
    rows = [
        [long_name if i == 0 else f"学生{i}", "花生过敏" if i % 3 == 0 else "", qr_flowable(f"CC:{i}:2026-11-30", 40)]
        for i in range(40)
    ]
    sheet = Sheet(
        "四点半课堂 签到表",
        "2026-11-30",
        [Column("姓名", 60), Column("过敏", 40), Column("二维码", 20)],
        rows,
        row_height_mm=16,
    )
    pdf = render_sheet(sheet, CENTER)
    text = assert_pdf_ok(pdf, "四点半课堂签到表", "花生过敏", "学生39")
    assert "娜" * 40 in "".join(text.split())  # wrapped onto several lines, not clipped
    assert page_count(pdf) >= 2
    png = render_png(pdf, dpi=150)[0]
    codes = decode_qr(png)
    assert "CC:0:2026-11-30" in codes and len(codes) >= 5
