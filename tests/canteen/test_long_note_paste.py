"""The booking's note for the kitchen cut a paste silently at 100 characters: now it keeps it whole, the service
names the field with its true length, and nothing is booked."""

import datetime as dt

from sqlalchemy import func, select

from app.residents import service as residents
from app.residents.service import ResidentInput
from db.models.canteen import MealBooking
from ui.canteen.bookings_view import BookingView

PASTED = 321


def test_a_long_note_is_kept_and_its_length_named(qtbot, ctx, frozen, no_dialogs):
    frozen(dt.datetime(2026, 11, 29, 16, 0))
    rid = residents.create_resident(ctx.db, ctx.actor, ResidentInput(name="赵善庆", birth_date=dt.date(1944, 5, 1)))
    view = BookingView(ctx)
    qtbot.addWidget(view)
    view.show()
    view.pick(rid)
    view.note.clear()
    view.note.insert("长" * PASTED)  # as a paste
    assert len(view.note.text()) == PASTED, "cut silently"
    view.book()
    assert str(PASTED) in view.message.text() and "Note" in view.message.text(), view.message.text()
    with ctx.db.read() as s:
        assert s.execute(select(func.count()).select_from(MealBooking)).scalar() == 0
