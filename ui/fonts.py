"""Load the shipped CJK fonts into Qt once, so Chinese shows on a machine without CJK fonts.

The main font (WenQuanYi Micro Hei) has no glyphs for CJK Extension A and B (names such as 𠮷祥); the fallback font
(resources/fonts/rare-han.ttf) is loaded too and set as the next family of the application font, and as the main
family's substitute, so Qt draws those characters from it and every other character from the main font.

Neither font has a bold face: Qt emboldens their outlines for bold text (buttons, tabs, big labels, coloured rows),
which turns an ideograph of many strokes (龘, 𪚥) into a black blob. The bold-safe fonts (resources/fonts/bold-safe-*.ttf,
tools/build_bold_safe_font.py) hold those of them that are rare (not in GB 2312), copied from the main and the fallback
font and marked bold, and come first (here and in the theme's font-family): regular text gets the same outlines as
before, bold text gets them unemboldened, everything else is bold as before.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from app.resources import (
    BOLD_SAFE_FONT_FAMILY,
    BOLD_SAFE_RARE_FONT_FAMILY,
    CJK_FONT_FAMILY,
    FALLBACK_FONT_FAMILY,
    bold_safe_font_path,
    bold_safe_rare_font_path,
    cjk_font_path,
    fallback_font_path,
)

_families: list[str] | None = None


def _add(path: str, default: str) -> str:
    font_id = QFontDatabase.addApplicationFont(path)
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return families[0] if families else default


def load_fonts(app: QApplication) -> str:
    """Register the fonts (once) and make the application font "bold-safe ones, main, fallback"; returns the main."""
    global _families
    if _families is None:
        main = _add(str(cjk_font_path()), CJK_FONT_FAMILY)
        fallback = _add(str(fallback_font_path()), FALLBACK_FONT_FAMILY)
        bold_safe = _add(str(bold_safe_font_path()), BOLD_SAFE_FONT_FAMILY)
        bold_safe_rare = _add(str(bold_safe_rare_font_path()), BOLD_SAFE_RARE_FONT_FAMILY)
        QFont.insertSubstitution(main, fallback)  # a widget that names the main family gets the fallback too
        _families = [bold_safe, bold_safe_rare, main, fallback]
    font = QFont()
    font.setFamilies(_families)
    font.setPointSize(11)
    app.setFont(font)
    return _families[2]
