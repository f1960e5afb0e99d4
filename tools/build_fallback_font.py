"""Build resources/fonts/rare-han.ttf: the fallback for CJK characters the main font (WenQuanYi Micro Hei) lacks.

Names with characters from CJK Extension A and B (生僻字 such as 𠮷, U+20BB7) must print and show. The glyphs come
from the Hanazono Mincho fonts (GlyphWiki project; Debian package `fonts-hanazono`, HanaMinA/HanaMinB, TrueType
outlines), under the Hanazono Font License (free use, copy, modification and distribution), which the font is
dual-licensed under besides the OFL. The subset keeps, and nothing else:

- from HanaMinA: every CJK Unified Ideograph (U+4E00–9FFF), Extension A (U+3400–4DBF) and CJK Compatibility
  Ideograph (U+F900–FAFF) that the main font has no glyph for;
- from HanaMinB: all of Extension B (U+20000–2A6DF) and the Compatibility Supplement (U+2F800–2FA1F).

No hinting, no layout tables (reportlab and Qt need neither for these glyphs). The family is renamed
"Community Desk Rare Han" so it is never mistaken for the full Hanazono fonts.

Usage (fonttools from the dev extra; never needed at run time):
    apt-get download fonts-hanazono && dpkg-deb -x fonts-hanazono_*.deb hanazono
    python -m tools.build_fallback_font hanazono/usr/share/fonts/truetype/hanazono
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

FAMILY = "Community Desk Rare Han"
PS_NAME = "CommunityDeskRareHan"


def _span(first: int, last: int) -> set[int]:
    return set(range(first, last + 1))


def build(hanazono_dir: Path, out: Path, main_font: Path) -> None:
    from fontTools import subset
    from fontTools.merge import Merger
    from fontTools.ttLib import TTCollection, TTFont

    main = set(TTCollection(str(main_font)).fonts[0].getBestCmap())
    parts = [
        ("HanaMinA.ttf", (_span(0x4E00, 0x9FFF) | _span(0x3400, 0x4DBF) | _span(0xF900, 0xFAFF)) - main),
        ("HanaMinB.ttf", _span(0x20000, 0x2A6DF) | _span(0x2F800, 0x2FA1F)),
    ]
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for name, wanted in parts:
            opts = subset.Options()
            opts.layout_features = []
            opts.hinting = False
            opts.notdef_outline = True
            opts.glyph_names = False
            opts.drop_tables += ["vhea", "vmtx", "GSUB", "GPOS", "GDEF", "BASE", "VORG", "FFTM"]
            font = TTFont(str(hanazono_dir / name))
            subsetter = subset.Subsetter(opts)
            subsetter.populate(unicodes=wanted)
            subsetter.subset(font)
            path = Path(tmp) / name
            font.save(str(path))
            files.append(str(path))
        merged = Merger().merge(files)
    names = merged["name"]
    names.names = []
    for record_id, text in (
        (0, "Glyphs: Copyright 2008-2017 GlyphWiki Project (Hanazono Font). Subset for Community Desk."),
        (1, FAMILY),
        (2, "Regular"),
        (3, f"{PS_NAME}-Regular"),
        (4, FAMILY),
        (5, "Version 1.0 (from Hanazono 20170904)"),
        (6, PS_NAME),
        (13, "Hanazono Font License: free to use, copy, modify and distribute; see LICENSE-rare-han.txt."),
    ):
        names.setName(text, record_id, 3, 1, 0x409)
    merged.save(str(out))
    print(f"{out}: {out.stat().st_size} bytes, {len(merged.getGlyphOrder())} glyphs")


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    root = Path(__file__).resolve().parent.parent
    fonts = root / "resources" / "fonts"
    build(Path(argv[0]), fonts / "rare-han.ttf", fonts / "wqy-microhei.ttc")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
