"""The force-release dialog: what is missing is asked first, typed text is never lost, a blocked adult is refused
in red with no approval asked, and the approval is a signed-in account's."""

import datetime as dt

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from app import clock
from app.accounts.approval import verify_approver
from app.accounts.service import create_user
from app.childcare import service as cc
from db.models import AuditEntry
from db.models.childcare import ChildAttendance
from tests.helpers import type_text
from ui.childcare.page import create_page
from ui.childcare.release import UNLISTED


def releases(db) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(ChildAttendance).where(ChildAttendance.kind == "out"))


def open_dialog(qtbot, ctx, db, admin, world, adult=None):
    cc.sign_in(db, admin, world["child"], world["contacts"]["guardian"])
    clock.freeze(clock.now() + dt.timedelta(hours=1))
    page = create_page(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    assert page.select_child(world["child"])
    if adult is not None:
        page.adult.setCurrentIndex(page.adult.findData(adult))
    qtbot.mouseClick(page.override_button, Qt.MouseButton.LeftButton)
    dlg = page.release_dialog
    assert dlg is not None and dlg.isVisible()
    return page, dlg


def click(qtbot, dlg):
    qtbot.mouseClick(dlg.release_button, Qt.MouseButton.LeftButton)


def test_asks_for_the_adult_first_and_keeps_every_typed_text(qtbot, ctx, db, admin, world, no_dialogs, approvals):
    """The fault: the dialog asked for the staff name and the reason, then said no adult was chosen, and lost them."""
    page, dlg = open_dialog(qtbot, ctx, db, admin, world)  # no adult chosen on the desk
    assert no_dialogs.messages == []  # nothing asked before the dialog: the dialog itself asks
    type_text(qtbot, dlg.reason, "妈妈来电委托")
    click(qtbot, dlg)
    assert dlg.isVisible() and "Choose the adult" in dlg.error.text() and dlg.focusWidget() is dlg.adult
    assert dlg.reason.text() == "妈妈来电委托" and approvals.purposes == []
    dlg.adult.setCurrentIndex(dlg.adult.findData(UNLISTED))
    assert dlg.name.isVisible() and dlg.phone.isVisible()
    click(qtbot, dlg)
    assert "name" in dlg.error.text() and dlg.focusWidget() is dlg.name
    type_text(qtbot, dlg.name, "王叔叔")
    click(qtbot, dlg)
    assert "phone number or ID number" in dlg.error.text() and dlg.focusWidget() is dlg.phone
    type_text(qtbot, dlg.phone, "12345")  # not a phone number: refused by the service, text kept
    click(qtbot, dlg)
    assert "phone" in dlg.error.text() and dlg.phone.text() == "12345" and approvals.purposes == []
    dlg.phone.clear()
    type_text(qtbot, dlg.phone, "13912345678")
    approvals.answers[:] = [None]  # the supervisor cancels
    click(qtbot, dlg)
    assert dlg.isVisible() and "Not approved" in dlg.error.text()
    # a cashier's approval: refused by the service; still nothing lost
    create_user(db, admin, "cash", "收银 张强", "cashier-password-1", ["cashier"])
    approvals.answers[:] = [verify_approver(db, "cash", "cashier-password-1", ("cashier",), "t")]
    click(qtbot, dlg)
    assert dlg.isVisible() and "may not approve" in dlg.error.text()
    assert (dlg.reason.text(), dlg.name.text(), dlg.phone.text()) == ("妈妈来电委托", "王叔叔", "13912345678")
    assert releases(db) == 0
    approvals.answers[:] = [world["approver"]]
    click(qtbot, dlg)
    assert not dlg.isVisible() and releases(db) == 1
    assert "override recorded" in page.status.text()
    assert "王叔叔" in approvals.purposes[-1] or "妈妈来电委托" in approvals.purposes[-1]


def test_blocked_adult_in_the_dialog_is_refused_in_red_without_asking_approval(
    qtbot, ctx, db, admin, world, no_dialogs, approvals
):
    page, dlg = open_dialog(qtbot, ctx, db, admin, world, adult=world["contacts"]["blocked"])
    assert dlg.error.isVisible() and dlg.error.property("role") == "blocked"  # red as soon as chosen
    type_text(qtbot, dlg.reason, "法院裁定")
    approvals.answers[:] = [world["approver"]]
    # the approve button does not invite a click: disabled, the reason as its tooltip (finding 14)
    assert not dlg.release_button.isEnabled() and "BLOCKED" in dlg.release_button.toolTip()
    click(qtbot, dlg)
    assert releases(db) == 0 and approvals.purposes == []
    dlg.try_release()  # and if it is reached anyway (Enter, a script): refused and audited
    assert dlg.isVisible() and "BLOCKED" in dlg.error.text() and approvals.purposes == []
    assert releases(db) == 0 and dlg.reason.text() == "法院裁定"
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "blocked_refused")) == 1
    # typed in by hand as "not on the list": refused the same way
    dlg.adult.setCurrentIndex(dlg.adult.findData(UNLISTED))
    assert dlg.release_button.isEnabled() and "another" in dlg.release_button.toolTip().lower()
    type_text(qtbot, dlg.name, "赵某")
    type_text(qtbot, dlg.phone, "13912345678")
    click(qtbot, dlg)
    assert "BLOCKED" in dlg.error.text() and dlg.error.property("role") == "blocked" and releases(db) == 0


def test_an_adult_who_may_collect_is_released_without_an_override(qtbot, ctx, db, admin, world, no_dialogs, approvals):
    page, dlg = open_dialog(qtbot, ctx, db, admin, world, adult=world["contacts"]["pickup"])
    type_text(qtbot, dlg.reason, "无")
    click(qtbot, dlg)
    assert not dlg.isVisible() and approvals.purposes == []
    [row] = cc.day_rows(db, admin, world["program"], clock.today())
    assert row.state == "out" and not row.override


def test_the_approval_dialog_says_another_person_approves_and_refuses_the_desks_own_account(qtbot, qapp, db, admin):
    from ui.accounts.approval import ApprovalDialog
    from ui.context import AppContext

    create_user(db, admin, "liu", "刘老师", "approver-password-1", ["childcare"])
    create_user(db, admin, "chen", "陈老师", "approver-password-2", ["childcare"])
    desk = AppContext(db, verify_approver(db, "liu", "approver-password-1", ("childcare",), "t"))
    dlg = ApprovalDialog(desk, None, "放行", ("admin", "childcare"))
    qtbot.addWidget(dlg)
    assert "刘老师" in dlg.other_person.text() and "another person" in dlg.other_person.text()
    dlg.username.setText("liu")
    dlg.password.setText("approver-password-1")
    dlg.try_approve()
    assert dlg.approver is None and dlg.result() != dlg.DialogCode.Accepted and "another person" in dlg.error.text()
    dlg.username.setText("chen")
    dlg.password.setText("approver-password-2")
    dlg.try_approve()
    assert dlg.approver is not None and dlg.approver.username == "chen"


def test_enter_then_a_click_releases_once_and_asks_one_approval(qtbot, ctx, db, admin, world, no_dialogs, approvals):
    """A fast double action on Release (Enter on the reason, then a click that lands after the dialog closed, or a
    double click) is one release and one approval, with no refusal shown for the second."""
    page, dlg = open_dialog(qtbot, ctx, db, admin, world)
    dlg.adult.setCurrentIndex(dlg.adult.findData(UNLISTED))
    dlg.name.setText("王叔叔")
    dlg.phone.setText("13912345678")
    dlg.reason.setText("妈妈来电委托")
    approvals.answers[:] = [world["approver"], world["approver"]]
    qtbot.keyClick(dlg.reason, Qt.Key.Key_Return)
    assert releases(db) == 1 and not dlg.isVisible()
    dlg.release_button.click()
    assert releases(db) == 1 and len(approvals.purposes) == 1 and no_dialogs.messages == []
    assert not dlg.error.isVisible() or not dlg.error.text(), dlg.error.text()


def test_a_double_click_on_release_releases_once(qtbot, ctx, db, admin, world, no_dialogs, approvals):
    from tests.helpers import double_click

    page, dlg = open_dialog(qtbot, ctx, db, admin, world)
    dlg.adult.setCurrentIndex(dlg.adult.findData(UNLISTED))
    dlg.name.setText("王叔叔")
    dlg.phone.setText("13912345678")
    dlg.reason.setText("妈妈来电委托")
    approvals.answers[:] = [world["approver"], world["approver"]]
    double_click(qtbot, dlg.release_button)
    assert releases(db) == 1 and len(approvals.purposes) == 1 and no_dialogs.messages == []
