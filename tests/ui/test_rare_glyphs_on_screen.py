"""Issue 14, item 1 on screen: a name with a CJK Extension B character (𠮷祥) is drawn, the rare character from
the fallback font and the rest from the main font."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QTextLayout
from PySide6.QtWidgets import QApplication, QLabel

from app.resources import BOLD_SAFE_FONT_FAMILY, BOLD_SAFE_RARE_FONT_FAMILY, CJK_FONT_FAMILY, FALLBACK_FONT_FAMILY
from ui.fonts import load_fonts

SHOTS = Path("/work/notes/shots")


@pytest.fixture
def app_fonts(qapp):
    saved = QApplication.font()
    load_fonts(qapp)
    yield
    QApplication.setFont(saved)


def glyph_runs(text: str, font: QFont) -> list[tuple[str, list[int]]]:
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return [(run.rawFont().familyName(), list(run.glyphIndexes())) for run in layout.glyphRuns()]


def test_the_application_font_falls_back_for_extension_b(app_fonts):
    assert QApplication.font().families() == [
        BOLD_SAFE_FONT_FAMILY,
        BOLD_SAFE_RARE_FONT_FAMILY,
        CJK_FONT_FAMILY,
        FALLBACK_FONT_FAMILY,
    ]
    runs = glyph_runs("𠮷祥", QApplication.font())
    assert {family for family, _ in runs} == {FALLBACK_FONT_FAMILY, CJK_FONT_FAMILY}  # runs in no set order
    assert all(glyphs and 0 not in glyphs for _, glyphs in runs)  # no .notdef box


def test_a_widget_naming_the_main_family_gets_the_fallback_too(app_fonts):
    runs = glyph_runs("王㐱", QFont(CJK_FONT_FAMILY, 12))  # U+3431, Extension A
    assert {family for family, _ in runs} == {CJK_FONT_FAMILY, FALLBACK_FONT_FAMILY}
    assert all(0 not in glyphs for _, glyphs in runs)


def test_a_label_shows_the_rare_name(app_fonts, qtbot, tmp_path):
    label = QLabel("居民：𠮷祥")
    label.setObjectName("rareName")
    qtbot.addWidget(label)
    font = label.font()
    font.setPointSize(24)
    label.setFont(font)
    label.resize(300, 60)
    shot = tmp_path / "label.png"
    assert label.grab().save(str(shot))
    if SHOTS.is_dir():
        shutil.copy(shot, SHOTS / "glyph_qlabel.png")
    image = label.grab().toImage()
    # the rare character's box is not empty: some dark pixels between the colon and 祥
    layout_x = label.fontMetrics().horizontalAdvance("居民：")
    width = label.fontMetrics().horizontalAdvance("𠮷")
    dark = sum(
        1
        for x in range(layout_x + 2, layout_x + width - 2)
        for y in range(image.height())
        if image.pixelColor(x, y).lightness() < 100
    )
    assert dark > 20
