"""Shared pieces of every document: money formatting, QR drawing, where files go."""

from __future__ import annotations

import re
from pathlib import Path

from app import clock, paths
from db.files import create_private_file, make_private_dir


def yuan(fen: int) -> str:
    """Integer fen to '¥12.50' (never through float)."""
    sign = "-" if fen < 0 else ""
    fen = abs(int(fen))
    return f"{sign}¥{fen // 100}.{fen % 100:02d}"


def yuan_plain(fen: int) -> str:
    sign = "-" if fen < 0 else ""
    fen = abs(int(fen))
    return f"{sign}{fen // 100}.{fen % 100:02d}"


def qr_modules(payload: str) -> list[list[bool]]:
    """The dark/light modules of a QR code (error level M, one fixed mask).

    Any of the eight masks is a valid QR code; choosing the "best" one encodes the symbol eight more times, which
    cost most of a receipt's render time.
    """
    from app.documents.qrfast import qr_matrix

    return qr_matrix(payload)  # the same modules as reportlab's QRCode(...).makeImpl(False, 0), faster


def draw_qr(canvas, payload: str, x: float, y: float, size: float, border: int = 4) -> None:
    """Draw a QR code whose lower-left corner is (x, y), a quiet zone of `border` modules included in `size`.

    Dark runs of each row go straight onto the canvas as one path (no reportlab Drawing tree).
    """
    modules = qr_modules(payload)
    n = len(modules)
    box = size / (n + 2 * border)
    path = canvas.beginPath()
    for r, row in enumerate(modules):
        top = y + size - (r + border + 1) * box
        c = 0
        while c < n:
            if row[c]:
                start = c
                while c < n and row[c]:
                    c += 1
                path.rect(x + (start + border) * box, top, (c - start) * box, box)
            else:
                c += 1
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()


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
    """A new file under the documents folder: documents/<kind>/<YYYY-MM>/<name>.pdf.

    The folders are owner-only and the file is created empty and owner-only here, so whatever the caller then
    writes into it (`Path.write_bytes` keeps an existing file's mode) stays private (issue 12, item 5)."""
    folder = make_private_dir(paths.documents_dir() / kind / clock.today().strftime("%Y-%m"))
    safe = _UNSAFE.sub("_", name).strip("_") or "document"
    path = folder / f"{safe}{suffix}"
    create_private_file(path)
    return path
