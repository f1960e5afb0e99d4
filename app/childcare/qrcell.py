"""A fast QR cell for sheets with hundreds of rows.

reportlab's widget tries all eight mask patterns per code (~10 ms each); a sheet of 300 children would take seconds.
Any mask gives a valid, decodable code, so this encodes once with a fixed mask (app.documents.qrfast) and draws the
modules as one inline 1-bit image: one operator per code instead of a rectangle per module or run."""

from __future__ import annotations

from app.documents.qrfast import qr_bitmap

QUIET = 4  # modules of margin around the code


def qr_image_ops(payload: str, x: float, y: float, size: float) -> str:
    """PDF operators drawing the code of `payload` in a `size` square whose lower-left corner is (x, y), the quiet
    zone included: the modules as one image mask (dark where a bit is 1), without interpolation so they stay sharp."""
    n, bitmap = qr_bitmap(payload)
    unit = size / (n + 2 * QUIET)
    side = unit * n
    return (
        f"q 0 g {side:.3f} 0 0 {side:.3f} {x + QUIET * unit:.3f} {y + QUIET * unit:.3f} cm "
        f"BI /W {n} /H {n} /IM true /BPC 1 /D [1 0] /I false /F /AHx ID {bitmap.hex()}> EI Q"
    )


class QrCell:
    """A QR code `size` points square, a cell of the sheet's direct engine (app.documents.sheet, `draw_at`).
    Slotted and small: a sheet holds hundreds of them."""

    __slots__ = ("payload", "size")

    def __init__(self, payload: str, size: float) -> None:
        self.payload = payload
        self.size = size

    @property
    def width(self) -> float:
        return self.size

    @property
    def height(self) -> float:
        return self.size

    def draw_at(self, canvas, x: float, y: float) -> None:
        canvas._code.append(qr_image_ops(self.payload, x, y, self.size))
