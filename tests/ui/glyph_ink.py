"""Measure whether bold text draws a glyph or a blob (tests/ui/test_bold_glyphs.py and the counters' own tests).

A glyph counts as a blob when bold fills at least half of the white the regular glyph leaves inside its box. Measured
on the screens of the tests, 15 to 40 px: 龘 0.66-0.81 before bold-safe-han.ttf, 0-0.13 after; 𠀾 and 䶮 (Extension
A/B, emboldened from the fallback font, legible) 0.25-0.36.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QLabel

NAME = "龘𠀾䶮"
FOUR_DRAGONS = "𪚥"  # U+2A6A5, Extension B: the densest glyph of the fallback font
BLOB = 0.5


def _ink(image: QImage) -> tuple[float, int]:
    """Coverage summed over the image (0..1 a pixel) and the area of its inked box. A pixel's coverage is its
    darkness against the top-left pixel (the background) over the darkest pixel's (the text colour, grey or red on
    screen, black in the reference drawings)."""
    opaque = QImage(image.size(), QImage.Format.Format_RGB32)  # a grabbed label is transparent where not drawn
    opaque.fill(QColor("white"))
    painter = QPainter(opaque)
    painter.drawImage(0, 0, image)
    painter.end()
    image = opaque.convertToFormat(QImage.Format.Format_Grayscale8)
    background = image.pixelColor(0, 0).lightness()
    data = bytes(image.constBits())
    stride, width, height = image.bytesPerLine(), image.width(), image.height()
    rows = [[max(0, background - v) for v in data[y * stride : y * stride + width]] for y in range(height)]
    full = max(max(row) for row in rows)
    if not full:
        return 0.0, 0
    ink = 0.0
    xs: list[int] = []
    ys: list[int] = []
    for y, row in enumerate(rows):
        for x, dark in enumerate(row):
            if dark > full * 0.1:
                ink += dark / full
                xs.append(x)
                ys.append(y)
    return ink, (max(xs) - min(xs) + 1) * (max(ys) - min(ys) + 1)


def draw(font: QFont, ch: str) -> QImage:
    size = max(font.pixelSize(), round(font.pointSizeF() * 96 / 72), 12)
    image = QImage(size * 3, size * 3, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    painter.drawText(size, size * 2, ch)
    painter.end()
    return image


def blob_share(bold: QImage, regular: QImage) -> float:
    """Share of the regular glyph's white (inside the larger of the two boxes) that the bold one fills."""
    ink_b, box_b = _ink(bold)
    ink_r, box_r = _ink(regular)
    assert ink_r > 0 and ink_b > 0, "nothing drawn"
    white = max(box_b, box_r) - ink_r
    return (ink_b - ink_r) / white


def font_blob_shares(font: QFont, text: str = NAME) -> dict[str, float]:
    assert font.bold()
    regular = QFont(font)
    regular.setBold(False)
    return {ch: round(blob_share(draw(font, ch), draw(regular, ch)), 2) for ch in text}


def assert_no_blobs(shares: dict[str, float]) -> None:
    assert all(share < BLOB for share in shares.values()), shares


def label_shares(label: QLabel) -> dict[str, float]:
    """Each character of a one-line, left-aligned label as drawn on screen, against the same character regular."""
    shot = label.grab().toImage()
    metrics = label.fontMetrics()
    text = label.text()
    left = label.contentsRect().left() + max(label.margin(), 0) + max(label.indent(), 0)
    regular = QFont(label.font())
    regular.setBold(False)
    shares = {}
    for i, ch in enumerate(text):
        start = left + metrics.horizontalAdvance(text[:i])
        cell = shot.copy(start, 0, metrics.horizontalAdvance(ch), shot.height())
        shares[ch] = round(blob_share(cell, draw(regular, ch)), 2)
    return shares
