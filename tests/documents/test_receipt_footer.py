"""The request receipt's footer lines (the "quote the number" note and the center's phone) start where the body's
lines start: they were centred under a left-aligned body, so each sat indented by a different amount (a new clerk's
report, read on the rendered PNG). The header's address stays centred under the center's name.

Read back independently: `pdftotext -bbox` gives each word's box as poppler lays it out."""

from __future__ import annotations

import datetime as dt
import subprocess
import xml.etree.ElementTree as ET

import pytest

from app.documents.center import CenterInfo
from app.requests.service import SavedRequest, receipt_pdf
from tests.pdfcheck import _as_file

PHONE = "0512-65123456"
ADDRESS = "苏州市姑苏区幸福路18号党群服务中心一楼"
NOTE_START = "Quote"  # "Quote the number when you ask about your request." (English: the tests' language)


def _words(pdf: bytes) -> tuple[float, list[tuple[str, float, float]]]:
    """(page width, [(word, x0, x1)]) top to bottom, in points."""
    out = subprocess.run(["pdftotext", "-bbox", str(_as_file(pdf)), "-"], capture_output=True, check=True).stdout
    root = ET.fromstring(out.decode("utf-8"))
    ns = {"x": "http://www.w3.org/1999/xhtml"}
    page = root.find(".//x:page", ns)
    words = [(w.text or "", float(w.get("xMin")), float(w.get("xMax"))) for w in page.findall("x:word", ns)]
    return float(page.get("width")), words


@pytest.mark.parametrize("width_mm", [58, 80])
def test_the_footer_lines_start_at_the_body_margin(width_mm):
    center = CenterInfo("幸福里社区党群服务中心", ADDRESS, PHONE, width_mm)
    saved = SavedRequest(
        1,
        "2026-000123",
        "new",
        "社会保障",
        dt.date(2026, 12, 3),
        "赵善庆",
        "walk_in",
        "normal",
        "咨询养老保险缴费年限如何计算，以及退休后医保报销比例，请工作人员回电说明。",
        dt.datetime(2026, 11, 30, 9, 5, tzinfo=dt.UTC),
    )
    page_width, words = _words(receipt_pdf(saved, center))
    body = next(x0 for text, x0, _x1 in words if text.startswith("咨询"))
    label = next(x0 for text, x0, _x1 in words if text == "Category")
    note = next(x0 for text, x0, _x1 in words if text == NOTE_START)
    phone = next(x0 for text, x0, _x1 in words if text.startswith("Tel"))
    assert abs(body - label) < 0.5  # the body: the pairs' labels and the description start together
    assert abs(note - body) < 0.5, (note, body)
    assert abs(phone - body) < 0.5, (phone, body)
    address = next((x0, x1) for text, x0, x1 in words if text == ADDRESS)
    assert abs((address[0] + address[1]) / 2 - page_width / 2) < 1  # the header stays centred
