"""A fast QR cell for sheets with hundreds of rows.

reportlab's widget tries all eight mask patterns per code (~10 ms each); a sheet of 300 children would take seconds.
Any mask gives a valid, decodable code, so this encodes once with a fixed mask and draws horizontal runs."""

from __future__ import annotations

import re

from reportlab.platypus import Flowable

from app.documents.qrfast import qr_matrix as fast_qr_matrix

QUIET = 4  # modules of margin around the code
_RUN = re.compile("1+")


def qr_matrix(payload: str) -> list[list[bool]]:
    return fast_qr_matrix(payload)  # reportlab's modules with mask 0, ~6x faster (app.documents.qrfast)


class QrCell(Flowable):
    def __init__(self, payload: str, size: float) -> None:
        super().__init__()
        self.payload = payload
        self.size = size
        self.width = self.height = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        modules = qr_matrix(self.payload)
        n = len(modules)
        unit = self.size / (n + 2 * QUIET)
        c = self.canv
        c.saveState()
        c.setFillColorRGB(0, 0, 0)
        c.translate(QUIET * unit, QUIET * unit)
        c.scale(unit, unit)
        # Integer module coordinates written straight as PDF operators: formatting tens of thousands of floats
        # through reportlab's path object is what made a 300-row sheet slow.
        ops: list[str] = []
        for r, row in enumerate(modules):
            y = n - r - 1
            # runs of dark modules found by the regex engine, not module by module in Python
            line = "".join(["1" if m else "0" for m in row])
            ops.extend(f"{m.start()} {y} {m.end() - m.start()} 1 re" for m in _RUN.finditer(line))
        ops.append("f")
        c._code.append("\n".join(ops))
        c.restoreState()
