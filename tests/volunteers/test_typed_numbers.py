"""Fresh clerk test: 99999 typed as the hours of 补录时长 became 9.00 (the spin box swallowed the digits past its
maximum) and nine hours were saved without a word. Every number field of the hours and roster forms keeps what is
typed; on save, a number out of range is a clear message in the user's language and nothing is written."""

import datetime as dt

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from db.models.volunteers import HoursEntry, Shift
from ui.volunteers.page import HoursTab, RosterTab


def _count(db, model) -> int:
    with db.read() as s:
        return s.execute(select(func.count()).select_from(model)).scalar()


def test_99999_hours_typed_is_refused_with_a_message_not_cut_to_9(qtbot, ctx, make_volunteer, frozen, no_dialogs):
    frozen(dt.datetime(2026, 11, 23, 8, 0))
    make_volunteer("李雷")
    tab = HoursTab(ctx)
    qtbot.addWidget(tab)
    tab.manual_search.setText("李雷")
    tab.find_manual_volunteers()
    tab.manual_note.setText("社区义诊帮忙")
    tab.manual_hours.selectAll()
    qtbot.keyClicks(tab.manual_hours, "99999")
    qtbot.mouseClick(tab.manual_add, Qt.MouseButton.LeftButton)
    assert _count(ctx.db, HoursEntry) == 0
    assert len(no_dialogs.messages) == 1 and "99999" in no_dialogs.messages[0][1] and "24" in no_dialogs.messages[0][1]
    tab.manual_hours.selectAll()
    qtbot.keyClicks(tab.manual_hours, "2.5")
    qtbot.mouseClick(tab.manual_add, Qt.MouseButton.LeftButton)
    with ctx.db.read() as s:
        assert s.execute(select(HoursEntry.minutes)).scalars().all() == [150]


def test_the_roster_forms_people_numbers_keep_what_is_typed_and_refuse_it_clearly(
    qtbot, ctx, posts, frozen, no_dialogs
):
    frozen(dt.datetime(2026, 11, 23, 8, 0))
    tab = RosterTab(ctx)
    qtbot.addWidget(tab)
    tab.post_combo.setCurrentIndex(tab.post_combo.findData(posts["canteen"]))
    tab.max_spin.selectAll()
    qtbot.keyClicks(tab.max_spin, "100")
    assert tab.max_spin.text() == "100"  # nothing swallowed
    before = _count(ctx.db, Shift)
    tab.add_oneoff_btn.click()
    assert _count(ctx.db, Shift) == before
    assert len(no_dialogs.messages) == 1 and "100" in no_dialogs.messages[0][1] and "99" in no_dialogs.messages[0][1]
    tab.max_spin.selectAll()
    qtbot.keyClicks(tab.max_spin, "3")
    tab.add_oneoff_btn.click()
    assert _count(ctx.db, Shift) == before + 1 and len(no_dialogs.messages) == 1
