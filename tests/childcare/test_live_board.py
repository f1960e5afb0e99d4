"""The live board: allergy badges, staff on duty and the ratio, the closing-time timer; and the desk's find."""

import datetime as dt

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from app import clock
from app.childcare import service as cc
from app.childcare.sheets import build_daily_sheet, build_weekly_summary
from db.models import AuditEntry
from tests.helpers import human_pause, type_text
from ui.childcare.page import create_page


def test_allergy_badges_staff_on_duty_and_ratio(qtbot, qtmodeltester, ctx, db, admin, world, no_dialogs):
    pid = world["program"]
    kids = []
    for i in range(20):
        c = cc.create_child(db, admin, cc.ChildInput(name=f"童{i:02d}", allergy_note="鸡蛋过敏" if i == 3 else ""))
        cc.enrol(db, admin, c, pid, group="二年级")
        kids.append(c)
    for c in [world["child"], *kids[:11]]:
        cc.sign_in(db, admin, c)
    page = create_page(ctx)
    qtbot.addWidget(page)
    board = page.board
    # a visible badge for every child with an allergy note, and only for them
    assert set(board.badges) == {world["child"], kids[3]}
    assert board.badges[world["child"]] == "⚠ 花生过敏"
    assert "12 / 40" in board.inside.text()
    # nobody on duty yet: 12 children at 1:10 need 2 staff — under-staffed shows red
    assert "needed 2" in board.ratio.text() and board.ratio.property("over") is True
    type_text(qtbot, page.staff, "刘老师，陈老师")
    qtbot.keyClick(page.staff, Qt.Key.Key_Return)
    assert cc.staff_on_duty(db, pid, clock.today()) == ["刘老师", "陈老师"]
    board = page.board  # a hidden board is redrawn when looked at (page.board), not on every reload
    assert "Staff 2" in board.ratio.text() and board.ratio.property("over") is False
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.entity == "childcare_duty")) == 1
    # the names come back with the page, and print on the day's record
    again = create_page(ctx)
    qtbot.addWidget(again)
    assert again.staff.text() == "刘老师, 陈老师"
    sheet = build_daily_sheet(db, admin, pid, clock.today(), None, filled=True)
    assert any("刘老师、陈老师" in line for line in sheet.footer_lines)
    # by group, expected children wait on the board too
    assert [
        (g, n, t)
        for g, n, t in cc.board_summary(cc.day_rows(db, admin, pid, clock.today()), cc.get_program(db, pid), 2).by_group
    ] == [("一年级", 1, 1), ("二年级", 11, 20)]
    assert board.group_titles["二年级"].startswith("二年级: in 11 of 20")


def test_closing_time_timer_marks_everyone_not_signed_out_until_resolved(
    qtbot, qtmodeltester, ctx, db, admin, world, frozen, no_dialogs, approvals
):
    pid = world["program"]
    other = cc.create_child(db, admin, cc.ChildInput(name="李小红"))
    cc.enrol(db, admin, other, pid, group="二年级")
    guardian = cc.add_contact(
        db, admin, cc.ContactInput(child_id=other, resident_id=world["adult"]("李妈妈"), role="guardian")
    )
    cc.sign_in(db, admin, world["child"])
    cc.sign_in(db, admin, other)
    frozen(dt.datetime(2026, 11, 30, 18, 20))
    page = create_page(ctx)
    qtbot.addWidget(page)
    assert page.board_timer.isActive() and page.board_timer.interval() == page.REFRESH_MS
    assert not page.board.closing.isVisibleTo(page.board) and not page.closing_banner.isVisibleTo(page)
    frozen(dt.datetime(2026, 11, 30, 18, 30))  # closing time: nobody clicks anything, the timer fires
    page.board_timer.timeout.emit()
    assert page.closing_banner.isVisibleTo(page) and "2 not signed out" in page.closing_banner.text()
    assert "王小明" in page.board.closing.text() and "李小红" in page.board.closing.text()
    assert page.board.card_alert(world["child"]) == "not_out"
    assert page.board.card_state(world["child"]) == "not_out"  # painted red (board.STATE_COLOURS)
    idx = next(i for i in range(page.model.rowCount()) if page.model.row_at(i).child_id == other)
    assert page.model.data(page.model.index(idx, 0), Qt.ItemDataRole.BackgroundRole) is not None
    qtmodeltester.check(page.model)
    # resolving one leaves the other standing out
    page.select_child(other)
    page.adult.setCurrentIndex(page.adult.findData(guardian))
    page.sign_out(False)
    assert "1 not signed out" in page.closing_banner.text() and "李小红" not in page.closing_banner.text()
    assert page.board.card_alert(other) == ""
    # the last one is released by override (nobody on the list came): the banner goes, the override shows
    page.select_child(world["child"])
    page.adult.setCurrentIndex(page.adult.findData(world["contacts"]["emergency"]))
    approvals.answers[:] = [world["approver"]]
    page.override_button.click()
    page.release_dialog.reason.setText("家长电话委托舅舅接")
    page.release_dialog.release_button.click()
    frozen(dt.datetime(2026, 11, 30, 18, 45))
    page.board_timer.timeout.emit()
    assert not page.closing_banner.isVisibleTo(page) and not page.board.closing.isVisibleTo(page.board)
    idx = next(i for i in range(page.model.rowCount()) if page.model.row_at(i).child_id == world["child"])
    assert "[override]" in page.model.data(page.model.index(idx, 6))
    # the override appears in the reports: the day's record and the weekly summary
    day = build_daily_sheet(db, admin, pid, clock.today(), None, filled=True)
    assert any("override: 1" in line for line in day.footer_lines)
    frozen(dt.datetime(2026, 12, 7, 9, 0))
    week = build_weekly_summary(db, admin, pid, dt.date(2026, 11, 30))
    assert "Releases by override: 1" in week.footer_lines
    assert any(
        "王小明" in line and "approved by 主管 陈" in line and "家长电话委托舅舅接" in line
        for line in week.footer_lines
    )


def test_find_refuses_a_child_not_enrolled_today_and_switches_program(qtbot, ctx, db, admin, world, no_dialogs):
    evening = cc.create_program(
        db,
        admin,
        cc.ProgramInput(
            name="晚托班",
            kind="evening",
            starts_on=dt.date(2026, 9, 1),
            ends_on=dt.date(2027, 1, 20),
            open_min=18 * 60 + 30,
            close_min=20 * 60,
            capacity=10,
        ),
    )
    late = cc.create_child(db, admin, cc.ChildInput(name="赵晚晚"))
    cc.enrol(db, admin, late, evening)
    lone = cc.create_child(db, admin, cc.ChildInput(name="钱未报"))
    page = create_page(ctx)
    qtbot.addWidget(page)
    assert page.program_id() == world["program"]
    type_text(qtbot, page.find, "钱未报")
    before = len(no_dialogs.messages)
    qtbot.keyClick(page.find, Qt.Key.Key_Return)
    assert no_dialogs.messages[before:] == [("warn", "钱未报 is not enrolled today.")]  # one message, not two
    page.find.clear()
    type_text(qtbot, page.find, cc.qr_payload(lone, clock.today()).lower())  # scanners may send lower case
    qtbot.keyClick(page.find, Qt.Key.Key_Return)
    assert no_dialogs.messages[-1] == ("warn", "钱未报 is not enrolled today.")
    page.find.clear()
    type_text(qtbot, page.find, cc.qr_payload(late, clock.today()))
    qtbot.keyClick(page.find, Qt.Key.Key_Return)
    assert page.program_id() == evening and page.current_child() == late and page.find.text() == ""
    page.find.clear()
    type_text(qtbot, page.find, cc.qr_payload(late, clock.today() - dt.timedelta(days=1)))
    qtbot.keyClick(page.find, Qt.Key.Key_Return)
    assert "not today" in no_dialogs.messages[-1][1]
    assert cc.program_today(db, lone, clock.today()) is None


def test_desk_records_an_earlier_time_and_refuses_future_or_outside_times(qtbot, ctx, db, admin, world, no_dialogs):
    page = create_page(ctx)
    qtbot.addWidget(page)
    page.select_child(world["child"])
    page.adult.setCurrentIndex(page.adult.findData(world["contacts"]["guardian"]))
    for bad, message in (("9:00", "outside"), ("17:00", "future"), ("25:00", "HH:MM"), ("abc", "HH:MM")):
        page.time.setText(bad)
        page.sign_in_button.click()
        assert message in no_dialogs.messages[-1][1]
    assert cc.day_rows(db, admin, world["program"], clock.today())[0].state == "expected"  # nothing written
    page.time.setText("16:05")
    page.sign_in_button.click()
    [row] = cc.day_rows(db, admin, world["program"], clock.today())
    assert clock.to_local(row.in_at).strftime("%H:%M") == "16:05" and page.time.text() == ""
    page.select_child(world["child"])
    page.adult.setCurrentIndex(page.adult.findData(world["contacts"]["guardian"]))
    page.time.setText("16:00")  # before the sign-in
    page.sign_out_button.click()
    assert "before the sign-in" in no_dialogs.messages[-1][1]
    assert cc.day_rows(db, admin, world["program"], clock.today())[0].state == "in"


def test_profile_of_a_child_resident_shows_their_place(qtbot, ctx, db, admin, world):
    from app.residents.service import ResidentInput, create_resident
    from ui.childcare.profile import create_profile_section

    rid = create_resident(db, admin, ResidentInput(name="周小宝", birth_date=dt.date(2018, 6, 1), phone=""))
    assert create_profile_section(ctx, rid) is None
    child = cc.create_child(db, admin, cc.ChildInput(name="周小宝", resident_id=rid))
    cc.enrol(db, admin, child, world["program"], group="二年级")
    box = create_profile_section(ctx, rid)
    qtbot.addWidget(box)
    [label] = [w for w in box.children() if w.objectName().startswith("childcareEnrolment")]
    assert "周小宝" in label.text() and "四点半课堂" in label.text() and "二年级" in label.text()


def test_keyboard_flow_find_enter_adult_enter(qtbot, ctx, db, admin, world, frozen, no_dialogs):
    page = create_page(ctx)
    qtbot.addWidget(page)
    page.show()
    type_text(qtbot, page.find, "王小明")
    qtbot.keyClick(page.find, Qt.Key.Key_Return)
    assert page.current_child() == world["child"]
    page.adult.setCurrentIndex(page.adult.findData(world["contacts"]["guardian"]))
    human_pause()  # the clerk's own Enter, not a scanner's echo
    qtbot.keyClick(page.adult, Qt.Key.Key_Return)  # expected → signed in
    assert cc.day_rows(db, admin, world["program"], clock.today())[0].state == "in"
    frozen(dt.datetime(2026, 11, 30, 18, 0))
    type_text(qtbot, page.find, "王小明")
    qtbot.keyClick(page.find, Qt.Key.Key_Return)
    page.adult.setCurrentIndex(page.adult.findData(world["contacts"]["blocked"]))
    human_pause()  # the clerk's own Enter, not a scanner's echo
    qtbot.keyClick(page.adult, Qt.Key.Key_Return)  # in → sign-out refused for the blocked adult
    assert page.refusal_banner.isVisible() and "BLOCKED" in page.refusal_banner.text()  # red, on the desk
    page.adult.setCurrentIndex(page.adult.findData(world["contacts"]["pickup"]))
    qtbot.keyClick(page.adult, Qt.Key.Key_Return)  # in → signed out
    [row] = cc.day_rows(db, admin, world["program"], clock.today())
    assert row.state == "out" and row.out_adult == "李阿姨"


def test_adult_list_shows_the_id_digits_to_check_and_why_someone_is_refused(qtbot, ctx, db, admin, world):
    inp = cc.get_contact(db, admin, world["contacts"]["pickup"])
    inp.id_last_digits = "123x"
    cc.update_contact(db, admin, world["contacts"]["pickup"], inp)
    page = create_page(ctx)
    qtbot.addWidget(page)
    page.select_child(world["child"])
    pickup = page.adult.findData(world["contacts"]["pickup"])
    assert "ID ends 123X" in page.adult.itemText(pickup)
    blocked = page.adult.findData(world["contacts"]["blocked"])
    assert page.adult.itemText(blocked).endswith("⚠")
    assert "BLOCKED" in page.adult.itemData(blocked, Qt.ItemDataRole.ToolTipRole)


def test_a_refresh_keeps_the_adult_the_desk_picked(qtbot, ctx, db, admin, world, frozen, no_dialogs):
    cc.sign_in(db, admin, world["child"])
    page = create_page(ctx)
    qtbot.addWidget(page)
    page.select_child(world["child"])
    page.adult.setCurrentIndex(page.adult.findData(world["contacts"]["pickup"]))
    frozen(dt.datetime(2026, 11, 30, 17, 0))
    page.board_timer.timeout.emit()  # the timer refreshes the day while the adult is being checked
    assert page.current_child() == world["child"]
    assert page.adult.currentData() == world["contacts"]["pickup"]
    page.sign_out_button.click()
    assert cc.day_rows(db, admin, world["program"], clock.today())[0].out_adult == "李阿姨"


def test_a_long_pasted_time_is_refused_not_cut_to_a_valid_one(qtbot, ctx, db, admin, world, no_dialogs):
    """The time box cut a paste at 5 characters: "16:051" became "16:05" and signed the child in at that time."""
    page = create_page(ctx)
    qtbot.addWidget(page)
    page.select_child(world["child"])
    page.adult.setCurrentIndex(page.adult.findData(world["contacts"]["guardian"]))
    page.time.clear()
    page.time.insert("16:051")  # as a paste
    assert page.time.text() == "16:051", "cut silently"
    page.sign_in_button.click()
    assert "HH:MM" in no_dialogs.messages[-1][1]
    assert cc.day_rows(db, admin, world["program"], clock.today())[0].state == "expected"  # nothing written
