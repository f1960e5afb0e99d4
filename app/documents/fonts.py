"""Register the shipped CJK fonts with reportlab once per process.

reportlab's built-in CID fonts are not embedded and show as blanks elsewhere; WenQuanYi Micro Hei has
TrueType outlines, so reportlab embeds a subset of it in every PDF. It has no glyphs for CJK Extension A and B
(names such as 𠮷祥, U+20BB7): those come from the fallback font (resources/fonts/rare-han.ttf, a Hanazono subset),
registered only when a text first needs it, and used only for the characters the main font lacks
(`app.documents.text` splits text into runs per font).
"""

from __future__ import annotations

import threading

from app.resources import cjk_font_path, fallback_font_path

FONT = "WQYMicroHei"
FALLBACK = "CommunityDeskRareHan"
_lock = threading.Lock()
_registered = False
_fallback_registered = False


def ensure_fonts() -> str:
    global _registered
    if _registered:
        return FONT
    with _lock:
        if not _registered:
            from reportlab import rl_config
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont

            _fix_to_unicode()
            font = TTFont(FONT, str(cjk_font_path()), subfontIndex=0)
            _keep_tables(font.face)
            pdfmetrics.registerFont(font)
            # Every canvas starts in our font, so no unembedded Helvetica lands in a PDF.
            rl_config.canvas_basefontname = FONT
            from reportlab.graphics import shapes

            shapes.STATE_DEFAULTS["fontName"] = FONT  # drawings (QR codes) start in it too
            _registered = True
    return FONT


def _keep_tables(face) -> None:
    """Every PDF that uses the font embeds a subset of it, and reportlab's subsetter copies each table it needs out
    of the font file again for every subset of every document — for WenQuanYi's 3.5 MB `glyf` table a few ms of
    copying each time. The tables never change: read them once per process (the subsets come out byte for byte the
    same)."""
    tables: dict[str, bytes] = {}
    read = face.get_table

    def get_table(tag: str) -> bytes:
        hit = tables.get(tag)
        if hit is None:
            hit = tables[tag] = read(tag)
        return hit

    face.get_table = get_table


def _fix_to_unicode() -> None:
    """reportlab (5.1) writes a subset's ToUnicode entry as `<%04X>` of the code point: U+20BB7 (𠮷) becomes
    `<20BB7>`, which text extraction reads as U+20BB ("₻祥"). The PDF reference wants UTF-16BE there
    (`<D842DFB7>`, a surrogate pair). Same CMap otherwise; characters of the BMP are written as before."""
    from reportlab.pdfbase import ttfonts

    original = ttfonts.makeToUnicodeCMap
    if getattr(original, "utf16", False):
        return

    def make_to_unicode_cmap(fontname: str, subset: list[int]) -> str:
        cmap = original(fontname, subset)
        if all(v <= 0xFFFF for v in subset):
            return cmap
        for i, v in enumerate(subset):
            if v > 0xFFFF:
                cmap = cmap.replace(f"<{i:02X}> <{v:04X}>", f"<{i:02X}> <{chr(v).encode('utf-16-be').hex().upper()}>")
        return cmap

    make_to_unicode_cmap.utf16 = True  # type: ignore[attr-defined]
    ttfonts.makeToUnicodeCMap = make_to_unicode_cmap


def ensure_fallback() -> str:
    """Register the fallback font (about 0.4 s, once: only documents with such characters pay it)."""
    global _fallback_registered
    if _fallback_registered:
        return FALLBACK
    with _lock:
        if not _fallback_registered:
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont

            font = TTFont(FALLBACK, str(fallback_font_path()))
            _keep_tables(font.face)
            pdfmetrics.registerFont(font)
            _fallback_registered = True
    return FALLBACK
