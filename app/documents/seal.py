"""The space for the center's seal on a certificate: a dashed circle with the issuing organisation's name set inside
it, where the stamp goes (the completion certificate, app/activities/certificates.py, and the volunteer service
record, app/volunteers/certificates.py).

The name is wrapped and made smaller until every line's box lies inside the circle, however long the center's name
("江苏省苏州市姑苏区双塔街道竹辉社区党群服务中心" as well as "竹辉社区"): a line's box is its advance width by the
font's ascent and descent, and it must fit the circle's chord at both its top and its bottom edge, a margin inside
the line. Text beside the seal is laid out by the certificates so that it ends before the circle does.

A name breaks between its words, not inside them (`wrap_name`): after a place's division (江苏省 / 苏州市 / 姑苏区 /
双塔街道 / 竹辉社区) and before the organisation's standard ending (党群服务中心, 服务中心, 居民委员会 …, kept on
one line when it fits); a word too wide for a line alone breaks between two-character words (党群 / 服务 / 中心),
never inside one. No dictionary is needed: center names are built from these standard parts.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from app.documents.text import FONT, draw_text, text_width, tidy, wrap_text

# a CJK face's box around the baseline, as a share of the size (the shipped font: ascent 0.88, descent 0.12)
ASCENT = 0.88
DESCENT = 0.12
LINE = 1.2  # line height, a share of the size


# the standard endings of organisation and place names, longest first: each closes a word of the name
NAME_ENDINGS = (
    "党群服务中心",
    "综合服务中心",
    "街道办事处",
    "居民委员会",
    "村民委员会",
    "党群服务站",
    "新时代文明实践站",
    "服务中心",
    "活动中心",
    "服务站",
    "委员会",
    "居委会",
    "村委会",
    "办事处",
    "自治区",
    "自治州",
    "自治县",
    "街道",
    "社区",
    "中心",
)
DIVISIONS = "省市区县旗镇乡村"  # a one-character division closes a word of two or more characters (苏州市, 姑苏区)


def name_words(name: str) -> list[str]:
    """An organisation's name cut into the words a line may break between: "江苏省苏州市姑苏区双塔街道竹辉社区党群服务中心"
    → 江苏省 · 苏州市 · 姑苏区 · 双塔街道 · 竹辉社区 · 党群服务中心. A space is its own word (" ")."""
    words: list[str] = []
    current = ""
    i = 0
    while i < len(name):
        ch = name[i]
        if ch.isspace():
            if current:
                words.append(current)
                current = ""
            words.append(" ")
            i += 1
            continue
        ending = next((e for e in NAME_ENDINGS if name.startswith(e, i)), None)
        if ending is not None:
            words.append(current + ending)
            current = ""
            i += len(ending)
            continue
        current += ch
        i += 1
        if ch in DIVISIONS and len(current) >= 2:
            words.append(current)
            current = ""
    if current:
        words.append(current)
    return words


def _pairs(text: str) -> list[str]:
    """Two-character words (an odd last character stays with the pair before it): 党群服务中心 → 党群 · 服务 · 中心."""
    if len(text) <= 3:
        return [text] if text else []
    cut = [text[i : i + 2] for i in range(0, len(text), 2)]
    if len(cut[-1]) == 1:
        cut[-2:] = [cut[-2] + cut[-1]]
    return cut


def _parts(word: str) -> list[str]:
    """A word too wide for a line, cut where it may be: its stem (kept whole up to four characters) and its standard
    ending, each in two-character words."""
    ending = next((e for e in NAME_ENDINGS if word.endswith(e) and len(word) > len(e)), "")
    if not ending and word[-1] in DIVISIONS and len(word) > 1:
        ending = word[-1]
    stem = word[: len(word) - len(ending)]
    parts = ([stem] if len(stem) <= 4 else _pairs(stem)) + _pairs(ending)
    if ending and len(ending) == 1 and len(parts) > 1:  # a one-character division stays with its place
        parts[-2:] = [parts[-2] + parts[-1]]
    return parts


def wrap_name(name: str, size: float, width: float, font: str = FONT) -> list[str]:
    """An organisation's name in lines no wider than `width` points at `size`, broken between its words
    (`name_words`); a word wider than a line is cut into two-character words, and only a two-character word wider
    than the line (a seal far too small) is cut by character."""
    name = tidy(str(name))
    if text_width(name, size, font) <= width:
        return [name] if name else []
    pieces: list[str] = []
    for word in name_words(name):
        if word == " " or text_width(word, size, font) <= width:
            pieces.append(word)
            continue
        for part in _parts(word):
            pieces.extend([part] if text_width(part, size, font) <= width else list(part))
    lines: list[str] = []
    line = ""
    for piece in pieces:
        if piece == " ":
            line += " " if line else ""
            continue
        if line.strip() and text_width(line + piece, size, font) > width:
            lines.append(line.rstrip())
            line = piece
        else:
            line += piece
    if line.strip():
        lines.append(line.rstrip())
    return lines


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
            wrapped = wrap_name(name, s, width) if name else []
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


def draw_within(
    canvas, x: float, y: float, text: str, size: float, width: float, smallest: float = 9, *, name: bool = False
) -> float:
    """One line at baseline `y` from `x`, made smaller (down to `smallest`) to stay within `width` points, and
    wrapped onto further lines below when even that is too wide (`name` True: an organisation's name, or a label
    and one, broken between its words as in the seal, `wrap_name`). Returns the last line's baseline."""
    s = size
    while s > smallest and text_width(text, s) > width:
        s = max(s - 0.5, smallest)
    lines = wrap_name(text, s, width) if name else wrap_text(text, FONT, s, width)
    for i, line in enumerate(lines):
        draw_text(canvas, x, y - i * LINE * s, line, s)
    return y - (len(lines) - 1) * LINE * s
