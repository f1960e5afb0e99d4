"""Register the shipped CJK font with reportlab once per process.

reportlab's built-in CID fonts are not embedded and show as blanks elsewhere; WenQuanYi Micro Hei has
TrueType outlines, so reportlab embeds a subset of it in every PDF.
"""

from __future__ import annotations

import threading

from app.resources import cjk_font_path

FONT = "WQYMicroHei"
_lock = threading.Lock()
_registered = False


def ensure_fonts() -> str:
    global _registered
    if _registered:
        return FONT
    with _lock:
        if not _registered:
            from reportlab import rl_config
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont

            pdfmetrics.registerFont(TTFont(FONT, str(cjk_font_path()), subfontIndex=0))
            # Every canvas starts in our font, so no unembedded Helvetica lands in a PDF.
            rl_config.canvas_basefontname = FONT
            from reportlab.graphics import shapes

            shapes.STATE_DEFAULTS["fontName"] = FONT  # drawings (QR codes) start in it too
            _registered = True
    return FONT
