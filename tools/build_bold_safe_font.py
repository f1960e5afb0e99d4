"""Build resources/fonts/bold-safe-han.ttf and bold-safe-rare-han.ttf: the shipped fonts' densest rare ideographs,
marked bold so Qt draws them as they are.

Neither shipped CJK font has a bold face, so Qt synthesises bold by emboldening each outline (FreeType, a fixed em/24
whatever the glyph). For a glyph of many strokes (龘, 𪚥) that closes the gaps between the strokes and leaves a black
blob. These fonts hold, copied unchanged from WenQuanYi Micro Hei and from the fallback font (rare-han.ttf) with
their hinting and metrics, the ideographs whose emboldening fills at least half of the white inside their box
(measured here with Qt itself at 32 px) and that are not among GB 2312's common characters, and say they are Bold
(OS/2 weight 700, bold bits), so Qt never emboldens them. ui/fonts.py puts their families first in the application
font and the theme: regular text gets the very same outlines as before, bold text gets them at regular weight, and
every other character keeps its synthetic bold.

Why not the common characters too: 87 of GB 2312's (量, 重, 需, 雷, 霜) pass the same measure, and drawn regular they
would break the weight of everyday bold words (数量, 重新, 需要) on every button and tab; heavy as they get, they are
read at a glance because they are known. A rare character in a name (生僻字) is read letter by letter: it must be whole.

Licences: those of the fonts the glyphs come from (LICENSE-wqy-microhei.txt, LICENSE-rare-han.txt).

Usage (fonttools from the dev extra, PySide6; never needed at run time):
    QT_QPA_PLATFORM=offscreen python -m tools.build_bold_safe_font [threshold]
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

THRESHOLD = 0.5  # share of a glyph's white that emboldening fills: 龘 0.60, 齉 0.55, 囊 0.54, 馨 0.49, 王 0.22
PX = 32
SIDE = 44
KEPT_HHEA = (
    "ascent",
    "descent",
    "lineGap",
    "advanceWidthMax",
    "minLeftSideBearing",
    "minRightSideBearing",
    "xMaxExtent",
)
OWN_OS2 = {"usWeightClass", "fsSelection", "usFirstCharIndex", "usLastCharIndex"} | {
    f"ul{kind}{i}" for kind, count in (("UnicodeRange", 4), ("CodePageRange", 2)) for i in range(1, count + 1)
}


def _common(cp: int) -> bool:
    """One of GB 2312's 6,763 characters (the common simplified set)."""
    try:
        chr(cp).encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def _ideographs() -> list[int]:
    return list(range(0x3400, 0x4DC0)) + list(range(0x4E00, 0xA000)) + list(range(0xF900, 0xFB00))


def closing(family: str, code_points: list[int]) -> dict[int, float]:
    """For each character: the share of the white inside its box (regular or bold) that synthetic bold fills."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QFont, QImage, QPainter

    def ink(ch: str, bold: bool) -> tuple[float, tuple[int, int, int, int] | None]:
        font = QFont(family)
        font.setPixelSize(PX)
        font.setBold(bold)
        font.setStyleStrategy(QFont.StyleStrategy.NoFontMerging)
        image = QImage(SIDE, SIDE, QImage.Format.Format_Grayscale8)
        image.fill(0)
        painter = QPainter(image)
        painter.setFont(font)
        painter.setPen(Qt.GlobalColor.white)
        painter.drawText(5, 35, ch)
        painter.end()
        data = bytes(image.constBits())
        stride = image.bytesPerLine()
        rows = [data[y * stride : y * stride + SIDE] for y in range(SIDE)]
        ys = [y for y in range(SIDE) if any(rows[y])]
        xs = [x for x in range(SIDE) if any(row[x] for row in rows)]
        if not ys:
            return 0.0, None
        return sum(sum(row) for row in rows) / 255, (ys[0], ys[-1], xs[0], xs[-1])

    shares: dict[int, float] = {}
    for cp in code_points:
        regular, box = ink(chr(cp), False)
        bold, bold_box = ink(chr(cp), True)
        if box is None or bold_box is None:
            continue
        area = (max(box[1], bold_box[1]) - min(box[0], bold_box[0]) + 1) * (
            max(box[3], bold_box[3]) - min(box[2], bold_box[2]) + 1
        )
        white = area - regular
        if white > 0:
            shares[cp] = (bold - regular) / white
    return shares


@dataclass(frozen=True)
class Part:
    """One bold-safe font: the blob-prone glyphs of one shipped font."""

    source: str  # file in resources/fonts
    out: str
    family: str
    ps_name: str
    notice: str
    version: str
    licence: str
    code_points: Callable[[], list[int]]


def _extensions() -> list[int]:
    return _ideographs() + list(range(0x20000, 0x2A6E0)) + list(range(0x2F800, 0x2FA20))


PARTS = (
    Part(
        "wqy-microhei.ttc",
        "bold-safe-han.ttf",
        "Community Desk Bold-Safe Han",
        "CommunityDeskBoldSafeHan",
        "Glyphs: Copyright WenQuanYi Board of Trustees (WenQuanYi Micro Hei). Subset for Community Desk.",
        "Version 1.0 (from WenQuanYi Micro Hei 0.2.0-beta)",
        "Apache License 2.0 or GPLv3 with font embedding exception; see LICENSE-wqy-microhei.txt.",
        _ideographs,
    ),
    Part(
        "rare-han.ttf",
        "bold-safe-rare-han.ttf",
        "Community Desk Bold-Safe Rare Han",
        "CommunityDeskBoldSafeRareHan",
        "Glyphs: Copyright 2008-2017 GlyphWiki Project (Hanazono Font). Subset for Community Desk.",
        "Version 1.0 (from Hanazono 20170904)",
        "Hanazono Font License: free to use, copy, modify and distribute; see LICENSE-rare-han.txt.",
        _extensions,
    ),
)


def build(fonts: Path, part: Part, threshold: float) -> None:
    from fontTools import subset
    from fontTools.ttLib import TTFont
    from PySide6.QtGui import QFontDatabase, QRawFont
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])  # noqa: F841 (fonts need one)
    source = fonts / part.source
    font_id = QFontDatabase.addApplicationFont(str(source))
    family = QFontDatabase.applicationFontFamilies(font_id)[0]
    raw = QRawFont(str(source), PX)
    shares = closing(family, [cp for cp in part.code_points() if raw.supportsCharacter(cp)])
    wanted = sorted(cp for cp, share in shares.items() if share >= threshold and not _common(cp))

    font = TTFont(str(source), fontNumber=0)
    original = {tag: font[tag].__dict__.copy() for tag in ("hhea", "OS/2", "head")}
    opts = subset.Options()
    opts.layout_features = []
    opts.notdef_outline = True
    opts.glyph_names = False
    opts.name_IDs = []
    opts.drop_tables += ["vhea", "vmtx", "GSUB", "GPOS", "GDEF", "FFTM"]
    subsetter = subset.Subsetter(opts)
    subsetter.populate(unicodes=wanted)
    subsetter.subset(font)
    # The first family of the application font gives every text its line metrics: keep the source font's exactly.
    font.recalcBBoxes = False
    font.recalcTimestamp = False  # the same input gives the same file, byte for byte
    for field in KEPT_HHEA:
        setattr(font["hhea"], field, original["hhea"][field])
    for field in ("xMin", "yMin", "xMax", "yMax"):
        setattr(font["head"], field, original["head"][field])
    os2 = font["OS/2"]
    for field, value in original["OS/2"].items():
        if field not in OWN_OS2:
            setattr(os2, field, value)
    os2.usWeightClass = 700
    os2.fsSelection = (os2.fsSelection & ~0x0041) | 0x0020  # BOLD, not REGULAR or ITALIC
    font["head"].macStyle = (font["head"].macStyle & ~0x0002) | 0x0001
    names = font["name"]
    names.names = []
    for record_id, text in (
        (0, part.notice),
        (1, part.family),
        (2, "Bold"),
        (3, f"{part.ps_name}-Bold"),
        (4, f"{part.family} Bold"),
        (5, part.version),
        (6, f"{part.ps_name}-Bold"),
        (13, part.licence),
    ):
        names.setName(text, record_id, 3, 1, 0x409)
    out = fonts / part.out
    font.save(str(out))
    print(f"{out}: {out.stat().st_size} bytes, {len(wanted)} characters: {''.join(map(chr, wanted))}")


def main(argv: list[str]) -> int:
    if len(argv) > 1:
        print(__doc__)
        return 2
    fonts = Path(__file__).resolve().parent.parent / "resources" / "fonts"
    for part in PARTS:
        build(fonts, part, float(argv[0]) if argv else THRESHOLD)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
