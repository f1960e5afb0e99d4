import datetime as dt

from app import clock
from app.childcare import service as cc
from ui.childcare.page import create_page
from ui.childcare.profile import create_profile_section


def test_board_alerts_ratio_and_closing(db, admin, world, qtbot, qtmodeltester, ctx, frozen, no_dialogs):
    pid = world["program"]
    others = []
    for i in range(3):
        c = cc.create_child(db, admin, cc.ChildInput(name=f"童{i}"))
        cc.enrol(db, admin, c, pid, group="二年级")
        others.append(c)
    cc.sign_in(db, admin, world["child"])
    cc.sign_in(db, admin, others[0])
    cc.mark_absent(db, admin, others[1], "sick")
    program = cc.get_program(db, pid)
    rows = cc.day_rows(db, admin, pid, clock.today())
    b = cc.board_summary(rows, program, staff_on_duty=0)
    assert (b.inside, b.expected, b.absent, b.gone, b.staff_needed, b.under_staffed) == (2, 1, 1, 0, 1, True)
    assert not cc.board_summary(rows, program, staff_on_duty=1).under_staffed
    by = {r.child_id: r for r in rows}
    assert cc.row_alert(by[others[2]], program, 16 * 60 + 10) == ""
    assert cc.row_alert(by[others[2]], program, 16 * 60 + 31) == "unexplained"  # default cut-off 30 min in
    assert cc.row_alert(by[others[1]], program, 17 * 60) == ""  # absence explained
    assert cc.row_alert(by[world["child"]], program, 18 * 60 + 29) == ""
    assert cc.row_alert(by[world["child"]], program, 18 * 60 + 30) == "not_out"

    frozen(dt.datetime(2026, 11, 30, 18, 40))
    page = create_page(ctx)
    qtbot.addWidget(page)
    qtmodeltester.check(page.model)
    assert set(page.model.alerts) == {world["child"], others[0], others[2]}
    page.select_child(world["child"])
    page.adult.setCurrentIndex(page.adult.findData(world["contacts"]["guardian"]))
    page.sign_out(False)
    assert world["child"] not in page.model.alerts  # resolved
    page.select_child(others[2])
    page.absence_reason.setCurrentIndex(page.absence_reason.findData("notified"))
    page.absent_button.click()
    assert others[2] not in page.model.alerts  # explained now
    page.absent_button.click()  # twice: refused with a message, nothing written
    assert no_dialogs.messages[-1][0] == "error"


def test_profile_lists_an_adults_children(ctx, db, admin, world, qtbot):
    with db.read() as s:
        from db.models.childcare import ChildContact

        rid = s.get(ChildContact, world["contacts"]["blocked"]).resident_id
    box = create_profile_section(ctx, rid)
    qtbot.addWidget(box)
    assert box is not None
    from PySide6.QtWidgets import QLabel

    texts = [label.text() for label in box.findChildren(QLabel)]
    assert any("王小明" in x and "Blocked" in x for x in texts)
    assert create_profile_section(ctx, 99999) is None


def test_profile_hides_children_from_roles_that_do_not_deal_with_them(ctx, db, world, qtbot):
    from app.actor import CASHIER, FRONT_DESK, VOLUNTEER_COORDINATOR, Actor
    from db.models.childcare import ChildContact

    with db.read() as s:
        rid = s.get(ChildContact, world["contacts"]["blocked"]).resident_id
    for role in (CASHIER, VOLUNTEER_COORDINATOR):
        ctx.set_actor(Actor(1, "u", "U", frozenset({role})))
        assert create_profile_section(ctx, rid) is None, role
    ctx.set_actor(Actor(1, "u", "U", frozenset({FRONT_DESK})))
    box = create_profile_section(ctx, rid)
    qtbot.addWidget(box)
    assert box is not None
