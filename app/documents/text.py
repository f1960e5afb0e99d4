"""Text in every PDF: runs per font (the fallback only where the main font lacks a glyph) and one line-breaking
rule (CJK: a break between any two Chinese characters, never before closing or after opening punctuation).

Every document draws its text through here: `draw_text` (one line on a canvas), `wrap_text` (lines for a width),
`text_ops` (raw text operators, for the engines that write the page content themselves) and `text_block` (a
platypus flowable in place of `Paragraph`, so tables, footers and certificates break lines the same way).
"""

from __future__ import annotations

import re
from functools import lru_cache

from app.documents.fonts import FONT, ensure_fallback, ensure_fonts

# Closing punctuation a line must not begin with, opening punctuation a line must not end with (GB/T 15834
# and the W3C "Requirements for Chinese Text Layout", 3.1.7 禁则; ASCII forms too, as Chinese text mixes them).
NO_LINE_START = frozenset(
    "，。、；：？！）」』》〉】〕］｝〗〙〛…‥—～·・％‰℃°′″"
    "﹐﹑﹒﹔﹕﹖﹗﹚﹜﹞,.;:?!)]}%'\"’”"
    "ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶーヽヾゝゞ々〻"
)
NO_LINE_END = frozenset("（「『《〈【〔［｛〖〘〚﹙﹛﹝([{‘“￥＄$¥£#＃")

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_CJK = "\u00b7\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\U00020000-\U0003134f"
# A break may come between any two CJK characters, at spaces and after a hyphen; any other run of characters
# (a latin word, a number) stays whole unless it alone is wider than the line. Not after a hyphen followed by a
# digit (UAX #14, LB25 "HY × NU"): 2026-11-30, 0512-65123456, 2026-000123 and 16:00-18:00 are one word each.
# A date written with 年 / 月 / 日 (2026年11月30日, 2026年11月, 11月30日) is one word too: a date never breaks.
_DATE = r"\d{4}年(?:\d{1,2}月(?:\d{1,2}[日号])?)?|\d{1,2}月\d{1,2}[日号]"
_WORD = rf"(?:[^\s{_CJK}-]|-+(?=\d))"
_TOKEN = re.compile(rf"\s+|{_DATE}|{_WORD}*-+(?!\d)|{_WORD}+|.")
# U+2060 WORD JOINER: no break on either side (UAX #14, WJ). `keep` puts one between the characters of a field
# that must not break (a name, a number); it is never drawn.
JOINER = "\u2060"


def keep(text: object) -> str:
    """`text` marked to stay on one line when wrapped (`wrap_text`), unless it alone is wider than the line: for the
    short fields set into a sentence (a name, an ID or volunteer number, a date, hours)."""
    return JOINER.join(str(text))


def _unjoined(text: str) -> str:
    return text.replace(JOINER, "") if JOINER in text else text


def _tokens(para: str) -> list[str]:
    """`para` in the pieces a line may break between (`_TOKEN`), those joined by `JOINER` taken as one."""
    found = _TOKEN.findall(para)
    if JOINER not in para:
        return found
    out: list[str] = []
    glue = False
    for token in found:
        if out and (glue or token.startswith(JOINER)):
            out[-1] += token
        else:
            out.append(token)
        glue = token.endswith(JOINER)
    return [_unjoined(t) for t in out]


# A space typed or templated between two Chinese characters ("参加 幸福里社区党群服务中心 组织") is not set:
# Chinese puts no spaces between words.
_HAN_SPACE = re.compile(rf"(?<=[{_HAN}])[ \u3000]+(?=[{_HAN}])")


def tidy(text: str) -> str:
    """`text` without spaces between two Chinese characters (ASCII text returned as is, at no cost)."""
    if text.isascii():
        return text
    return _HAN_SPACE.sub("", text)


def _cmap(name: str) -> dict[int, int]:
    from reportlab.pdfbase.pdfmetrics import getFont

    return getFont(name).face.charToGlyph


@lru_cache(maxsize=8192)
def _runs(text: str) -> tuple[tuple[str, str], ...]:
    main = _cmap(FONT)
    if all(ord(ch) in main for ch in text):
        return ((FONT, text),)
    fallback = _cmap(ensure_fallback())
    from app.documents.fonts import FALLBACK

    out: list[tuple[str, str]] = []
    for ch in text:
        code = ord(ch)
        name = FALLBACK if code not in main and code in fallback else FONT
        if out and out[-1][0] == name:
            out[-1] = (name, out[-1][1] + ch)
        else:
            out.append((name, ch))
    return tuple(out)


def runs(text: str, font: str = FONT) -> tuple[tuple[str, str], ...]:
    """`text` as ((font name, part), …): the main font's characters in `font`, those only the fallback font has
    (CJK Extension A/B…) in it. One run, and no lookup of the fallback, when the main font has every glyph."""
    if text.isascii() or font != FONT:
        return ((font, text),)
    ensure_fonts()
    return _runs(text)


def is_plain(text: str) -> bool:
    """True when `text` is set as it is, in the main font alone (no fallback run, no space to drop, no `keep`)."""
    return text.isascii() or (JOINER not in text and len(runs(text)) == 1 and tidy(text) == text)


def text_width(text: str, size: float, font: str = FONT) -> float:
    """Width in points of `text` set at `size`, each run in its own font."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return sum(stringWidth(part, name, size) for name, part in runs(_unjoined(text), font))


def draw_text(canvas, x: float, y: float, text: str, size: float, align: str = "LEFT", font: str = FONT) -> None:
    """One line at baseline `y`: from `x` (LEFT), centred on `x` (CENTER) or ending at `x` (RIGHT). The canvas's
    font is `font` at `size` afterwards."""
    text = tidy(_unjoined(str(text)))
    parts = runs(text, font)
    canvas.setFont(font, size)
    if len(parts) == 1:
        if align == "CENTER":
            canvas.drawCentredString(x, y, text)
        elif align == "RIGHT":
            canvas.drawRightString(x, y, text)
        else:
            canvas.drawString(x, y, text)
        return
    if align != "LEFT":
        w = text_width(text, size, font)
        x -= w / 2 if align == "CENTER" else w
    t = canvas.beginText(x, y)
    for name, part in parts:
        t.setFont(name, size)
        t.textOut(part)
    canvas.drawText(t)
    canvas.setFont(font, size)


def text_ops(canvas, text: str, size: float, font: str = FONT) -> list[tuple[str, str]]:
    """[(font operator, show operator), …] for `text`: what reportlab's text object writes, per font subset."""
    from reportlab.pdfbase.pdfmetrics import getFont

    doc = canvas._doc
    out: list[tuple[str, str]] = []
    for name, part in runs(tidy(_unjoined(text)), font):
        f = getFont(name)
        for subset, chunk in f.splitString(part, doc):
            out.append((f"{f.getSubsetInternalName(subset, doc)} {size:.2f} Tf", f"({canvas._escape(chunk)}) Tj"))
    return out


def _breakable(prev: str, nxt: str) -> bool:
    """May a line end after token `prev` and the next begin with `nxt`?"""
    return not (nxt[:1] in NO_LINE_START or prev[-1:] in NO_LINE_END)


def wrap_text(text: str, font: str, size: float, width: float, first_indent: float = 0.0) -> list[str]:
    """`text` broken into lines no wider than `width` points (the first line `first_indent` narrower).

    Breaks at newlines; between any two CJK characters; at spaces (which do not start or end a line); after a
    hyphen not followed by a digit. Never inside a date (2026-11-30, 2026年11月30日) or a field marked with `keep`. Never before closing punctuation or after opening punctuation: the character before is carried to the
    next line with it (推出), unless that would empty the line. A token wider than the line on its own is cut by
    character. Spaces between Chinese characters are dropped (`tidy`)."""
    text = tidy(str(text))
    if "\n" not in text and text_width(text, size, font) <= width - first_indent:
        return [_unjoined(text)]
    out: list[str] = []
    for para in text.split("\n"):
        space_left = width - (first_indent if not out else 0.0)
        line: list[tuple[str, float]] = []
        used = 0.0
        for token in _tokens(para):
            if token.isspace():
                if line:
                    w = text_width(token, size, font)
                    line.append((token, w))
                    used += w
                continue
            w = text_width(token, size, font)
            if used + w <= space_left:
                line.append((token, w))
                used += w
                continue
            if line:  # a break before `token`
                while line and line[-1][0].isspace():
                    used -= line.pop()[1]
                carried: list[tuple[str, float]] = []
                # carry back while the break would put closing punctuation first or opening punctuation last
                while not _breakable(line[-1][0], (carried[0][0] if carried else token)):
                    if len(line) > 1:
                        carried.insert(0, line.pop())
                        while len(line) > 1 and line[-1][0].isspace():
                            line.pop()
                    elif len(line[0][0]) > 1:  # one long word on the line: its last character goes down
                        word = line[0][0]
                        line[0] = (word[:-1], text_width(word[:-1], size, font))
                        carried.insert(0, (word[-1], text_width(word[-1], size, font)))
                    else:
                        break
                out.append("".join(t for t, _ in line))
                space_left = width
                line = carried
                used = sum(cw for _, cw in line)
                if used + w <= space_left:
                    line.append((token, w))
                    used += w
                    continue
            for ch in token:  # wider than the line on its own: cut by character
                cw = text_width(ch, size, font)
                if line and used + cw > space_left:
                    out.append("".join(t for t, _ in line))
                    line, used, space_left = [], 0.0, width
                line.append((ch, cw))
                used += cw
        out.append("".join(t for t, _ in line).rstrip())
    return out


@lru_cache(maxsize=1)
def _text_block_class():
    """The flowable class, built on first use (reportlab's platypus is not imported with this module)."""
    from reportlab.platypus import Flowable

    class TextBlock(Flowable):
        """A paragraph of plain text (no markup) laid out by `wrap_text` and drawn by `draw_text`: the platypus
        counterpart of the direct engine's cells, in place of reportlab's `Paragraph` (whose CJK wrapping lets
        "，" begin a line and cannot mix fonts within plain text)."""

        def __init__(self, text, size, leading, align="LEFT", font=FONT, first_indent=0.0) -> None:
            super().__init__()
            self.text, self.size, self.leading, self.align = str(text), size, leading, align
            self.font, self.first_indent = font, first_indent
            self.lines: list[str] = []
            self._avail = 0.0

        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            self._avail = avail_width
            self.lines = wrap_text(self.text, self.font, self.size, avail_width, self.first_indent)
            self.width = avail_width
            self.height = len(self.lines) * self.leading
            return self.width, self.height

        def draw(self) -> None:
            c = self.canv
            for i, line in enumerate(self.lines):
                if not line:
                    continue
                y = self.height - (i + 1) * self.leading + (self.leading - self.size) / 2 + 0.2 * self.size
                if self.align == "CENTER":
                    draw_text(c, self._avail / 2, y, line, self.size, "CENTER", self.font)
                elif self.align == "RIGHT":
                    draw_text(c, self._avail, y, line, self.size, "RIGHT", self.font)
                else:
                    draw_text(c, self.first_indent if i == 0 else 0.0, y, line, self.size, "LEFT", self.font)

    return TextBlock


def text_block(
    text: object, size: float, leading: float, align: str = "LEFT", font: str = FONT, first_indent: float = 0.0
):
    """A platypus flowable of plain `text` (no markup), wrapped by `wrap_text` to the width it is given and drawn
    by `draw_text`: use it wherever a `Paragraph` of plain text would go. align: LEFT | CENTER | RIGHT."""
    return _text_block_class()(str(text), size, leading, align, font, first_indent)
