"""The diner name card (bold, 40 px) shows a rare name as glyphs, not black blobs (tests/ui/glyph_ink.py)."""

from __future__ import annotations

import datetime as dt

from app.residents import service as residents
from app.residents.service import ResidentInput
from tests.ui.glyph_ink import NAME, assert_no_blobs, label_shares
from ui.canteen.page import SaleScreen


def test_the_name_card_shows_the_rare_name(qtbot, ctx, frozen):
    frozen(dt.datetime(2026, 11, 30, 11, 30))
    diner = residents.create_resident(ctx.db, ctx.actor, ResidentInput(name=NAME, birth_date=dt.date(1944, 5, 1)))
    screen = SaleScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    qtbot.waitExposed(screen)
    screen.pick(diner)
    assert screen.name.text() == NAME and screen.name.font().bold()
    assert_no_blobs(label_shares(screen.name))
