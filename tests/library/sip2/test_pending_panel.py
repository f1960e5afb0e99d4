"""The pending screen: kept transactions, "Send now" off the UI thread, resolving a refusal, the link's settings."""

import datetime as dt

from PySide6.QtCore import Qt

from app.accounts.service import actor_for, create_user
from app.actor import BOOK_ROOM, CASHIER
from app.library.sip2.link import get_link_settings
from app.library.sip2.outbox import add_pending, list_outbox
from tests.library.sip2.conftest import COPY, HELD, READER
from ui.library.sip_pending import OutboxModel, SipPendingPanel

AT = dt.datetime(2026, 11, 30, 1, 30, tzinfo=dt.UTC)


def keep(db, op, item, txn, minutes=0):
    with db.write() as s:
        add_pending(
            s,
            op=op,
            patron=READER if op != "checkin" else None,
            item=item,
            txn_id=txn,
            at=AT + dt.timedelta(minutes=minutes),
        )


def test_send_now_sends_off_the_ui_thread_and_shows_what_is_left(qtbot, qtmodeltester, ctx, db, linked, no_dialogs):
    keep(db, "checkout", HELD, "p-1")
    keep(db, "checkout", COPY, "p-2", minutes=1)
    linked.stop()
    panel = SipPendingPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(1366, 700)
    panel.show()
    qtmodeltester.check(panel.model)
    assert panel.model.rowCount() == 2
    assert panel.counts.text() == "Waiting: 2 · Being sent: 0 · Refused, to resolve: 0"

    qtbot.mouseClick(panel.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.send_button.isEnabled() and not panel.sender_.running, timeout=10000)
    assert panel.problem.text().endswith("The district library's server cannot be reached.")
    assert "2 transactions wait" in panel.last_run.text()
    column = OutboxModel.ANSWER
    assert panel.model.index(0, column).data() == "The district library's server cannot be reached."

    linked.resume()
    qtbot.mouseClick(panel.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.send_button.isEnabled() and not panel.sender_.running, timeout=10000)
    assert panel.counts.text() == "Waiting: 0 · Being sent: 0 · Refused, to resolve: 1"
    assert panel.model.rowCount() == 1  # the refused one stays; the done one leaves the list
    assert panel.last_run.text() == "Last send: Sent: 1 accepted, 1 refused; 0 waiting."
    assert panel.problem.text() == ""  # no transaction is held up any more
    assert panel.model.index(0, OutboxModel.STATE).data() == "Refused: to resolve"
    assert panel.model.index(0, column).data().startswith("This copy is on hold for another reader")
    panel.grab().save("/tmp/sip_pending_panel.png")

    panel.view.selectRow(0)
    assert panel.resolve_button.isEnabled()
    no_dialogs.text_answers.append("读者已还书，已电话告知区馆")
    qtbot.mouseClick(panel.resolve_button, Qt.MouseButton.LeftButton)
    assert panel.model.rowCount() == 0 and not panel.resolve_button.isEnabled()
    panel.show_done.setChecked(True)
    assert panel.model.rowCount() == 2
    assert "Resolved: 读者已还书" in panel.model.index(0, column).data()


def test_the_link_settings_save_without_showing_the_password(qtbot, ctx, db, admin, linked):
    panel = SipPendingPanel(ctx)
    qtbot.addWidget(panel)
    box = panel.settings_box
    assert box is not None and box.password.text() == "" and box.host.text() == "127.0.0.1"
    box.timeout.setValue(3)
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    assert box.error.text() == "Saved."
    saved = get_link_settings(db, admin)
    assert saved.timeout_seconds == 3 and saved.has_password
    box.host.clear()
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    assert "server's address" in box.error.text()
    assert get_link_settings(db, admin).host == "127.0.0.1"


def test_book_room_staff_get_no_settings_and_others_see_nothing(qtbot, db, admin):
    from ui.context import AppContext

    desk = actor_for(db, create_user(db, admin, "desk_b", "书房员", "Correct-horse-7", [BOOK_ROOM]))
    cashier = actor_for(db, create_user(db, admin, "till_c", "收银员", "Correct-horse-7", [CASHIER]))
    keep(db, "checkin", COPY, "v-1")
    panel = SipPendingPanel(AppContext(db, desk))
    qtbot.addWidget(panel)
    assert panel.settings_box is not None  # the book room role holds MANAGE_BOOK_ROOM
    assert panel.model.rowCount() == 1
    other = SipPendingPanel(AppContext(db, cashier))
    qtbot.addWidget(other)
    assert other.model.rowCount() == 0 and other.settings_box is None and not other.send_button.isEnabled()
    assert len(list_outbox(db, admin)) == 1


def test_the_book_room_page_has_the_district_sub_tab_built_when_shown(qtbot, ctx, db, linked):
    from ui.library.page import create_page

    keep(db, "checkin", COPY, "tab-1")
    page = create_page(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    index = next(i for i in range(page.tabs.count()) if page.tabs.tabText(i) == "District library")
    assert page.district_sender is not None and not page.district_sender.running
    page.tabs.setCurrentIndex(index)
    panel = page.district
    assert isinstance(panel, SipPendingPanel) and panel.sender_ is page.district_sender
    assert panel.model.rowCount() == 1
    qtbot.mouseClick(panel.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.district_sender.running, timeout=10000)
    assert panel.model.rowCount() == 0 and linked.applied["tab-1"] == 1
