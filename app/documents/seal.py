"""The space for the center's seal on a certificate: a dashed circle with the issuing organisation's name set inside
it, where the stamp goes (the completion certificate, app/activities/certificates.py, and the volunteer service
record, app/volunteers/certificates.py).

The name is wrapped and made smaller until every line's box lies inside the circle, however long the center's name
("江苏省苏州市姑苏区双塔街道竹辉社区党群服务中心" as well as "竹辉社区"): a line's box is its advance width by the
font's ascent and descent, and it must fit the circle's chord at both its top and its bottom edge, a margin inside
the line. Text beside the seal is laid out by the certificates so that it ends before the circle does.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from app.documents.text import FONT, draw_text, text_width, wrap_text

# a CJK face's box around the baseline, as a share of the size (the shipped font: ascent 0.88, descent 0.12)
ASCENT = 0.88
DESCENT = 0.12
LINE = 1.2  # line height, a share of the size


@dataclass(frozen=True)
class SealLine:
    text: str
    size: float
    x: float  # centre of the line
    baseline: float

    @property
    def box(self) -> tuple[float, float, float, float]:
        """(x0, y0, x1, y1) in points: the line's advance width by the font's ascent and descent."""
        half = text_width(self.text, self.size) / 2
        return (self.x - half, self.baseline - DESCENT * self.size, self.x + half, self.baseline + ASCENT * self.size)


@dataclass(frozen=True)
class SealSpace:
    cx: float
    cy: float
    radius: float
    lines: tuple[SealLine, ...]  # the organisation's name, then the caption


def _chord_half(radius: float, dy: float) -> float:
    return math.sqrt(max(radius * radius - dy * dy, 0.0))


def _fits(lines: list[tuple[str, float]], cy: float, inner: float) -> list[tuple[str, float, float]] | None:
    """Baselines for `lines` ((text, size), …) stacked and centred on `cy`, or None when a line's box leaves the
    circle of radius `inner`."""
    heights = [LINE * size for _, size in lines]
    top = cy + sum(heights) / 2
    out = []
    for (text, size), lh in zip(lines, heights, strict=True):
        # the box sits in the middle of its line's height
        gap = (lh - (ASCENT + DESCENT) * size) / 2
        y1 = top - gap
        y0 = y1 - (ASCENT + DESCENT) * size
        half = min(_chord_half(inner, y1 - cy), _chord_half(inner, y0 - cy))
        if text_width(text, size) / 2 > half:
            return None
        out.append((text, size, y0 + DESCENT * size))
        top -= lh
    return out


def layout(
    name: str, caption: str, cx: float, cy: float, radius: float, size: float = 12, smallest: float = 5
) -> SealSpace:
    """Where the name (wrapped, at the largest size from `size` down to `smallest` that fits, at most 4 lines) and
    the caption ("（盖章）", a size smaller) go in the circle at (`cx`, `cy`) of `radius`, all in points."""
    inner = radius * 0.9
    s = size
    while True:
        caption_size = max(s - 2, smallest)
        for count in range(1, 5):
            # the widest line the circle allows for `count` lines is at most its diameter; wrap to that, then check
            width = 2 * inner * (1 - 0.12 * (count - 1))
            wrapped = wrap_text(name, FONT, s, width) if name else []
            if len(wrapped) != count:
                continue
            placed = _fits([(t, s) for t in wrapped] + ([(caption, caption_size)] if caption else []), cy, inner)
            if placed is not None:
                return SealSpace(cx, cy, radius, tuple(SealLine(t, sz, cx, b) for t, sz, b in placed))
        if s <= smallest:
            break
        s = max(s - 0.5, smallest)
    # nothing fits even at the smallest size (a name of a hundred characters): the caption alone, the name left out
    placed = _fits([(caption, caption_size)], cy, inner) or []
    return SealSpace(cx, cy, radius, tuple(SealLine(t, sz, cx, b) for t, sz, b in placed))


def draw_seal_space(
    canvas, name: str, caption: str, cx: float, cy: float, radius: float, size: float = 12
) -> SealSpace:
    """Draw the dashed circle and the name and caption inside it (see `layout`); returns what was drawn."""
    space = layout(name, caption, cx, cy, radius, size)
    canvas.saveState()
    canvas.setDash(3, 3)
    canvas.circle(cx, cy, radius)
    canvas.setDash()
    canvas.setFillColorRGB(0.45, 0.45, 0.45)
    for line in space.lines:
        draw_text(canvas, line.x, line.baseline, line.text, line.size, "CENTER")
    canvas.restoreState()
    return space


def draw_within(canvas, x: float, y: float, text: str, size: float, width: float, smallest: float = 9) -> float:
    """One line at baseline `y` from `x`, made smaller (down to `smallest`) to stay within `width` points, and
    wrapped onto further lines below when even that is too wide. Returns the last line's baseline."""
    s = size
    while s > smallest and text_width(text, s) > width:
        s = max(s - 0.5, smallest)
    lines = wrap_text(text, FONT, s, width)
    for i, line in enumerate(lines):
        draw_text(canvas, x, y - i * LINE * s, line, s)
    return y - (len(lines) - 1) * LINE * s
