"""Shared pieces of every document: money formatting, QR drawing, where files go."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from app import paths


def yuan(fen: int) -> str:
    """Integer fen to '¥12.50' (never through float)."""
    sign = "-" if fen < 0 else ""
    fen = abs(int(fen))
    return f"{sign}¥{fen // 100}.{fen % 100:02d}"


def yuan_plain(fen: int) -> str:
    sign = "-" if fen < 0 else ""
    fen = abs(int(fen))
    return f"{sign}{fen // 100}.{fen % 100:02d}"


def draw_qr(canvas, payload: str, x: float, y: float, size: float) -> None:
    """Draw a QR code whose lower-left corner is (x, y)."""
    from reportlab.graphics import renderPDF
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing

    widget = QrCodeWidget(payload, barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    w, h = x1 - x0, y1 - y0
    drawing = Drawing(size, size, transform=[size / w, 0, 0, size / h, 0, 0])
    drawing.add(widget)
    renderPDF.draw(drawing, canvas, x, y)


def qr_flowable(payload: str, size: float):
    """A QR code as a platypus flowable (for table cells)."""
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing

    widget = QrCodeWidget(payload, barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    w, h = x1 - x0, y1 - y0
    drawing = Drawing(size, size, transform=[size / w, 0, 0, size / h, 0, 0])
    drawing.add(widget)
    return drawing


_UNSAFE = re.compile(r"[^\w.\-]+", re.UNICODE)


def output_path(kind: str, name: str, suffix: str = ".pdf") -> Path:
    """A new file under the documents folder: documents/<kind>/<YYYY-MM>/<name>.pdf."""
    folder = paths.documents_dir() / kind / dt.date.today().strftime("%Y-%m")
    folder.mkdir(parents=True, exist_ok=True)
    safe = _UNSAFE.sub("_", name).strip("_") or "document"
    return folder / f"{safe}{suffix}"
