"""Roll receipts (58 or 80 mm): a list of lines laid out top to bottom, the page as long as the content."""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from app.documents.center import CenterInfo
from app.documents.common import draw_qr
from app.documents.fonts import ensure_fonts
from app.documents.seal import wrap_name
from app.documents.text import draw_text, text_width, wrap_text
from app.i18n import translate

MM = 72 / 25.4


@dataclass(frozen=True)
class Line:
    """kind: 'title' (centred, large), 'text' (wraps), 'pair' (left … right), 'big' (large, centred),
    'rule' (a dashed line), 'qr' (a QR code of `left`), 'small' (small text at the body's left margin, as the
    lines above it: a note under the body, the footer), 'caption' (small centred text: the header's address)."""

    kind: str
    left: str = ""
    right: str = ""


@dataclass
class Receipt:
    title: str
    lines: list[Line] = field(default_factory=list)
    copy: bool = False  # a reprint: marked 副本

    def text(self, value: str) -> Receipt:
        self.lines.append(Line("text", value))
        return self

    def pair(self, left: str, right: str) -> Receipt:
        self.lines.append(Line("pair", left, right))
        return self

    def big(self, value: str) -> Receipt:
        self.lines.append(Line("big", value))
        return self

    def rule(self) -> Receipt:
        self.lines.append(Line("rule"))
        return self

    def qr(self, payload: str) -> Receipt:
        self.lines.append(Line("qr", payload))
        return self

    def small(self, value: str) -> Receipt:
        self.lines.append(Line("small", value))
        return self


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    return wrap_text(text, font, size, width)


def render_receipt(receipt: Receipt, center: CenterInfo) -> bytes:
    """Lay out `receipt` under the center's header and return the PDF bytes."""
    from reportlab.pdfgen.canvas import Canvas

    font = ensure_fonts()
    width = center.receipt_width_mm * MM
    margin = 3 * MM
    inner = width - 2 * margin
    narrow = center.receipt_width_mm < 70
    base = 8 if narrow else 9
    qr_size = (30 if narrow else 36) * MM

    header = (
        [Line("title", center.name), Line("caption", center.address)]
        if center.address
        else [Line("title", center.name)]
    )
    title = receipt.title + (translate("Documents", " (copy 副本)") if receipt.copy else "")
    items = header + [Line("rule"), Line("big", title)] + receipt.lines
    if center.phone:
        items += [Line("rule"), Line("small", translate("Documents", "Tel: {phone}").format(phone=center.phone))]

    # First pass: measure, so the page is exactly as long as its content.
    ops: list[tuple[str, float, object]] = []
    height = margin
    for item in items:
        if item.kind == "title":  # the center's name: broken between its words (app.documents.seal.wrap_name)
            for t in wrap_name(item.left, base + 3, inner, font):
                ops.append(("center", base + 3, t))
                height += (base + 3) * 1.35
        elif item.kind == "big":
            for t in _wrap(item.left, font, base + 5, inner):
                ops.append(("center", base + 5, t))
                height += (base + 5) * 1.35
        elif item.kind == "caption":
            for t in _wrap(item.left, font, base - 1, inner):
                ops.append(("center", base - 1, t))
                height += (base - 1) * 1.4
        elif item.kind == "small":  # the footer and notes start where the body's lines start, not centred
            for t in _wrap(item.left, font, base - 1, inner):
                ops.append(("left", base - 1, t))
                height += (base - 1) * 1.45
        elif item.kind == "text":
            for t in _wrap(item.left, font, base, inner):
                ops.append(("left", base, t))
                height += base * 1.45
        elif item.kind == "pair":
            right_w = text_width(item.right, base, font)
            lefts = _wrap(item.left, font, base, max(inner - right_w - 4, inner * 0.4))
            for i, t in enumerate(lefts):
                ops.append(("pair", base, (t, item.right if i == 0 else "")))
                height += base * 1.45
        elif item.kind == "rule":
            ops.append(("rule", base, None))
            height += base * 0.9
        elif item.kind == "qr":
            ops.append(("qr", qr_size, item.left))
            height += qr_size + 4
    height += margin

    buf = io.BytesIO()
    # Uncompressed: a receipt is ~40 KB either way on its way to the counter's printer, and zlib over its page and
    # font subset took ~2 ms of the canteen sale's 30 ms budget.
    c = Canvas(buf, pagesize=(width, height), pageCompression=0)
    c.setTitle(receipt.title)
    c.setAuthor(center.name)
    y = height - margin
    for kind, size, payload in ops:
        if kind == "center":
            y -= size * (1.35 if size > base else 1.4)
            draw_text(c, width / 2, y + size * 0.25, str(payload), size, "CENTER", font)
        elif kind == "left":
            y -= size * 1.45
            draw_text(c, margin, y + size * 0.3, str(payload), size, "LEFT", font)
        elif kind == "pair":
            y -= size * 1.45
            left, right = payload  # type: ignore[misc]
            draw_text(c, margin, y + size * 0.3, left, size, "LEFT", font)
            if right:
                draw_text(c, width - margin, y + size * 0.3, right, size, "RIGHT", font)
        elif kind == "rule":
            y -= size * 0.9
            c.setDash(2, 2)
            c.setLineWidth(0.5)
            c.line(margin, y + size * 0.45, width - margin, y + size * 0.45)
            c.setDash()
        elif kind == "qr":
            y -= size + 4
            draw_qr(c, str(payload), (width - size) / 2, y + 2, size)
    c.showPage()
    c.save()
    return buf.getvalue()
