"""Bold text draws dense and rare characters as glyphs, not black blobs (a resident named 龘𠀾䶮).

Neither shipped CJK font has a bold face, so Qt emboldens outlines for bold text; for an ideograph of many strokes
(龘) that filled the gaps between the strokes. Each way the UI draws bold is checked here: the theme's bold labels,
push buttons and tabs, rich text <b>, the coloured rows' delegate (tests/ui/glyph_ink.py says what a blob is). The
canteen's diner name card and the requests list's overdue row have their own tests in their counters' folders.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QImage, QPainter, QStandardItem, QStandardItemModel, QTextDocument
from PySide6.QtWidgets import QLabel, QPushButton, QTabBar, QTableView

from tests.ui.glyph_ink import FOUR_DRAGONS, NAME, assert_no_blobs, blob_share, draw, font_blob_shares
from ui.theme import EXTRA_QSS

BOLD_ROLES = re.findall(r'QLabel\[role="(\w+)"\] \{[^}]*font-weight: bold', EXTRA_QSS)


def test_the_themed_bold_font_takes_the_name_from_the_shipped_fonts(qtbot):
    """This machine has a system CJK font (Droid Sans Fallback) that a clerk's PC may not: the glyphs must come from
    the fonts we ship, and exist there (no .notdef box)."""
    from PySide6.QtGui import QTextLayout

    from app.resources import BOLD_SAFE_FONT_FAMILY, BOLD_SAFE_RARE_FONT_FAMILY, FALLBACK_FONT_FAMILY

    label = QLabel(NAME + FOUR_DRAGONS)
    qtbot.addWidget(label)
    label.setProperty("role", "huge")
    label.ensurePolished()
    layout = QTextLayout(label.text(), label.font())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    runs = {run.rawFont().familyName(): list(run.glyphIndexes()) for run in layout.glyphRuns()}
    assert set(runs) == {BOLD_SAFE_FONT_FAMILY, FALLBACK_FONT_FAMILY, BOLD_SAFE_RARE_FONT_FAMILY}, runs  # 龘; 𠀾䶮; 𪚥
    assert all(glyphs and 0 not in glyphs for glyphs in runs.values())


def test_every_bold_role_of_the_theme_draws_the_name(qtbot):
    assert {"big", "huge", "warning", "banner", "refusal"} <= set(BOLD_ROLES)
    for role in BOLD_ROLES:
        label = QLabel(NAME)
        qtbot.addWidget(label)
        label.setProperty("role", role)
        label.ensurePolished()
        assert_no_blobs(font_blob_shares(label.font(), NAME + FOUR_DRAGONS))


def test_buttons_and_tabs_bold_in_the_theme_draw_the_name(qtbot):
    button = QPushButton(NAME)
    tabs = QTabBar()
    tabs.addTab(NAME)
    for widget in (button, tabs):
        qtbot.addWidget(widget)
        widget.ensurePolished()
        assert_no_blobs(font_blob_shares(widget.font()))


def test_rich_text_bold_draws_the_name(qapp):
    def render(html: str) -> QImage:
        document = QTextDocument()
        document.setDefaultFont(qapp.font())
        document.setHtml(html)
        image = QImage(200, 60, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        document.drawContents(painter)
        painter.end()
        return image

    assert_no_blobs({ch: blob_share(render(f"<b>{ch}</b>"), render(ch)) for ch in NAME})


def test_a_coloured_row_drawn_bold_by_the_delegate_shows_the_name(qtbot):
    from ui.common.delegate import RoleColourDelegate

    model = QStandardItemModel(1, len(NAME))
    for column, ch in enumerate(NAME):
        item = QStandardItem(ch)
        item.setForeground(QColor("black"))
        model.setItem(0, column, item)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setItemDelegate(RoleColourDelegate(view))
    view.resize(400, 120)
    view.show()
    qtbot.waitExposed(view)
    shot = view.viewport().grab().toImage()
    shares = {}
    for column, ch in enumerate(NAME):
        cell = shot.copy(view.visualRect(model.index(0, column)).adjusted(1, 1, -1, -1))
        shares[ch] = blob_share(cell, draw(view.font(), ch))
    assert_no_blobs(shares)


def test_everyday_words_keep_their_bold(qtbot):
    """Only rare characters are drawn unemboldened: 量 of 数量 stays as bold as 数 (tools/build_bold_safe_font.py)."""
    from PySide6.QtGui import QTextLayout

    from app.resources import CJK_FONT_FAMILY

    button = QPushButton("数量 重新 需要 霜露")
    qtbot.addWidget(button)
    button.ensurePolished()
    layout = QTextLayout(button.text(), button.font())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    assert {run.rawFont().familyName() for run in layout.glyphRuns()} == {CJK_FONT_FAMILY}
