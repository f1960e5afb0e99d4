"""The CJK font's tables are read once per process (app.documents.fonts._keep_tables): every subset a PDF embeds
comes out byte for byte as reportlab makes it from the font file, for the main and the fallback font."""

from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.pdfbase.ttfonts import TTFontFace

from app.documents.fonts import ensure_fallback, ensure_fonts
from app.resources import cjk_font_path, fallback_font_path


def test_subsets_are_the_same_as_from_a_fresh_face():
    for name, path, text in (
        (ensure_fonts(), cjk_font_path(), " 签到表王小明欧阳买买提（鸡蛋过敏）No.1-300，。"),
        (ensure_fallback(), fallback_font_path(), "𠮷𠀾䶮"),
    ):
        kept = getFont(name).face
        fresh = TTFontFace(str(path))
        subset = sorted({ord(ch) for ch in text if ord(ch) in fresh.charToGlyph})
        assert subset
        for _ in range(2):  # the second subset comes from the kept tables
            assert kept.makeSubset(subset) == fresh.makeSubset(subset)
        assert kept.get_table("glyf") is kept.get_table("glyf")  # read once, not copied again per subset
