"""Load the shipped CJK font into Qt once, so Chinese shows on a machine without CJK fonts."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from app.resources import CJK_FONT_FAMILY, cjk_font_path

_family: str | None = None


def load_fonts(app: QApplication) -> str:
    global _family
    if _family is None:
        font_id = QFontDatabase.addApplicationFont(str(cjk_font_path()))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        _family = families[0] if families else CJK_FONT_FAMILY
    font = QFont(_family)
    font.setPointSize(11)
    app.setFont(font)
    return _family
