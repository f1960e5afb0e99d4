"""After the window is up the app warms the document machinery off the UI thread and freezes its start-up heap."""

from __future__ import annotations

import gc

from ui.application import warm_up


def test_warm_up_registers_the_font_and_freezes_the_startup_heap():
    from reportlab.pdfbase import pdfmetrics

    from app.documents.fonts import FONT

    try:
        warm_up()
        assert pdfmetrics.getFont(FONT).face is not None  # registered: the first receipt does not pay for it
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
