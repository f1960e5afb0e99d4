"""Load the shipped CJK fonts into Qt once, so Chinese shows on a machine without CJK fonts.

The main font (WenQuanYi Micro Hei) has no glyphs for CJK Extension A and B (names such as 𠮷祥); the fallback font
(resources/fonts/rare-han.ttf) is loaded too and set as the next family of the application font, and as the main
family's substitute, so Qt draws those characters from it and every other character from the main font.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from app.resources import CJK_FONT_FAMILY, FALLBACK_FONT_FAMILY, cjk_font_path, fallback_font_path

_families: list[str] | None = None


def _add(path: str, default: str) -> str:
    font_id = QFontDatabase.addApplicationFont(path)
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return families[0] if families else default


def load_fonts(app: QApplication) -> str:
    """Register both fonts (once) and make the application font "main, then fallback"; returns the main family."""
    global _families
    if _families is None:
        main = _add(str(cjk_font_path()), CJK_FONT_FAMILY)
        fallback = _add(str(fallback_font_path()), FALLBACK_FONT_FAMILY)
        QFont.insertSubstitution(main, fallback)  # a widget that names the main family gets the fallback too
        _families = [main, fallback]
    font = QFont()
    font.setFamilies(_families)
    font.setPointSize(11)
    app.setFont(font)
    return _families[0]
