"""Archiving departments and categories (never deleting), which categories a department handles (the dispatch
picker), the receipt reprint marked 副本, and the three rates by department and claimer."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from app.errors import UserError, ValidationError
from app.requests import reports as R
from app.requests import service as S
from app.requests import workflow as W
from db.models import AuditEntry
from db.models.requests import RequestCategory, RequestDepartment
from tests.pdfcheck import assert_pdf_ok, decode_qr, render_png


def _audit_count(db, action: str) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == action))


def test_archiving_keeps_the_rows_and_refuses_a_department_with_open_work(db, admin, catalogue, monday):
    r = S.take_in(db, admin, S.IntakeInput("walk_in", catalogue.category_id, "低保复核", catalogue.resident_id))
    S.dispatch(db, admin, r.id, catalogue.department_id)
    with pytest.raises(ValidationError):
        S.archive_department(db, admin, catalogue.department_id, "  ")
    with pytest.raises(UserError, match="1"):
        S.archive_department(db, admin, catalogue.department_id, "撤并")  # still holds a dispatched request
    assert _audit_count(db, "archive") == 0
    S.archive_department(db, admin, catalogue.partner_id, "合作到期")
    S.archive_category(db, admin, catalogue.quick_category_id, "并入社会保障")
    assert [d.id for d in S.departments(db)] == [catalogue.department_id]
    assert [c.id for c in S.categories(db)] == [catalogue.category_id]
    with db.read() as s:  # archived, not deleted
        assert s.get(RequestDepartment, catalogue.partner_id).archived_at is not None
        assert s.get(RequestCategory, catalogue.quick_category_id).archived_at is not None
    assert _audit_count(db, "archive") == 2
    with pytest.raises(UserError):
        S.archive_category(db, admin, catalogue.quick_category_id, "again")
    with pytest.raises(ValidationError):  # an archived category cannot be chosen at intake
        S.take_in(db, admin, S.IntakeInput("walk_in", catalogue.quick_category_id, "问政策"))
    with pytest.raises(ValidationError):  # nor an archived partner when dispatching
        r2 = S.take_in(db, admin, S.IntakeInput("walk_in", catalogue.category_id, "医保"))
        S.dispatch(db, admin, r2.id, catalogue.partner_id)
    assert S.get_request(db, admin, r.id).department == "社会事务办"


def test_dispatch_picker_offers_the_departments_that_handle_the_category(db, admin, catalogue, monday):
    library = S.create_department(db, admin, "社区图书馆", is_partner=True)
    culture = S.create_category(db, admin, "文化活动", deadline_days=5)
    # nobody handles it yet: every active department is offered
    assert {d.id for d in S.departments_for_category(db, culture)} == {
        catalogue.department_id,
        catalogue.partner_id,
        library,
    }
    S.set_department_categories(db, admin, library, [culture, catalogue.category_id])
    S.set_department_categories(db, admin, catalogue.partner_id, [catalogue.category_id])
    assert [d.id for d in S.departments_for_category(db, culture)] == [library]
    # the default department comes first, then the others that handle it
    assert [d.id for d in S.departments_for_category(db, catalogue.category_id)] == [
        catalogue.department_id,
        catalogue.partner_id,
        library,
    ]
    S.set_department_categories(db, admin, library, [culture])  # unlinked again
    assert library not in {d.id for d in S.departments_for_category(db, catalogue.category_id)}
    with pytest.raises(ValidationError):
        S.set_department_categories(db, admin, library, [9999])
    assert [d.id for d in S.departments_for_category(db, culture)] == [library]


def test_reprint_is_marked_copy_audited_and_keeps_the_qr(db, admin, catalogue, monday, zh):
    r = S.take_in(db, admin, S.IntakeInput("walk_in", catalogue.category_id, "低保复核", catalogue.resident_id))
    S.dispatch(db, admin, r.id, catalogue.department_id)
    pdf = S.reprint_receipt(db, admin, r.id)
    assert_pdf_ok(pdf, "副本", r.number, "社会保障", "2026-12-03")
    assert decode_qr(render_png(pdf, dpi=200)[0]) == [r.number]
    assert _audit_count(db, "reprint") == 1
    spot = S.take_in(
        db,
        admin,
        S.IntakeInput(
            "walk_in", catalogue.quick_category_id, "问政策", handled_on_spot=True, resolution_note="当场解答"
        ),
    )
    assert_pdf_ok(S.reprint_receipt(db, admin, spot.id), "副本", "即时办结")


def test_rates_by_department_and_claimer(db, admin, clerk, catalogue, frozen, zh):
    frozen(dt.datetime(2026, 11, 2, 9, 0))  # Monday
    a = S.take_in(db, clerk, S.IntakeInput("walk_in", catalogue.category_id, "甲"))
    b = S.take_in(db, clerk, S.IntakeInput("phone", catalogue.category_id, "乙"))
    S.take_in(db, clerk, S.IntakeInput("phone", catalogue.category_id, "丙"))  # never dispatched
    S.dispatch(db, clerk, a.id, catalogue.department_id)
    S.dispatch(db, clerk, b.id, catalogue.partner_id)
    S.accept(db, admin, a.id)
    S.claim(db, admin, a.id, catalogue.member_ids)
    S.start(db, admin, a.id)
    S.resolve(db, admin, a.id, "办好", minutes_per_claimer=0)
    S.follow_up(db, clerk, a.id, W.SATISFIED)
    frozen(dt.datetime(2026, 11, 9, 9, 0))
    S.accept(db, admin, b.id)  # late
    S.claim(db, admin, b.id, catalogue.member_ids[:1])
    S.start(db, admin, b.id)
    S.resolve(db, admin, b.id, "办好", minutes_per_claimer=0)
    S.follow_up(db, clerk, b.id, W.UNSATISFIED)  # reopened
    f = R.monthly_figures(db, 2026, 11)
    deps = f.group(R.DEPARTMENT)
    # the third request carries its category's default department from intake, not yet signed for
    assert (deps["社会事务办"].requests, deps["社会事务办"].response_rate, deps["社会事务办"].resolution_rate) == (
        2,
        0.5,
        0.5,
    )
    assert deps["社会事务办"].satisfaction_rate == 1.0
    assert (deps["社区医院"].response_rate, deps["社区医院"].resolution_rate, deps["社区医院"].satisfaction_rate) == (
        0.0,
        0.0,
        0.0,
    )
    assert sum(g.requests for g in deps.values()) == 3 and len(deps) == 2
    claimers = f.group(R.CLAIMER)
    qian, sun = claimers["钱党员"], claimers["孙党员"]
    assert (qian.requests, qian.resolved, qian.followups, qian.satisfied) == (2, 1, 2, 1)
    assert (sun.requests, sun.resolved, sun.satisfaction_rate) == (1, 1, 1.0)
    assert f.group(R.CATEGORY)["社会保障"].requests == 3
    pdf = R.monthly_report_pdf(db, admin, 2026, 11)
    assert_pdf_ok(pdf, "钱党员", "孙党员", "社区医院", "50.0%", "100.0%")


def test_catalogue_page_links_categories_and_archives(qtbot, ctx, catalogue, no_dialogs, qtmodeltester, monday):
    from ui.requests.page import RequestsPage

    page = RequestsPage(ctx)
    qtbot.addWidget(page)
    cat = page.catalogue
    qtmodeltester.check(cat.dep_model)
    assert cat.dep_model.rowCount() == 2
    partner_row = [cat.dep_model.row_at(i).id for i in range(2)].index(catalogue.partner_id)
    cat.dep_table.selectRow(partner_row)
    assert cat.handled.count() == 2 and cat.handled.isEnabled()
    for i in range(cat.handled.count()):
        item = cat.handled.item(i)
        if item.data(Qt.ItemDataRole.UserRole) == catalogue.category_id:
            item.setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(cat.save_handled, Qt.MouseButton.LeftButton)
    assert catalogue.category_id in next(d for d in S.departments(ctx.db) if d.id == catalogue.partner_id).category_ids
    assert "社会保障" in cat.dep_model.index(partner_row, 3).data()

    # the dispatch picker of a 社会保障 request offers the default department and the partner; of 政策咨询 only the
    # default department
    a = S.take_in(ctx.db, ctx.actor, S.IntakeInput("walk_in", catalogue.category_id, "甲"))
    b = S.take_in(ctx.db, ctx.actor, S.IntakeInput("walk_in", catalogue.quick_category_id, "乙"))
    page.queue.model.reload()
    detail = page.queue.detail
    page.queue.select_request(a.id)
    assert [detail.department.itemData(i) for i in range(detail.department.count())] == [
        catalogue.department_id,
        catalogue.partner_id,
    ]
    page.queue.select_request(b.id)
    assert [detail.department.itemData(i) for i in range(detail.department.count())] == [catalogue.department_id]

    # archive the partner (cancelled answer first: nothing happens), then the 政策咨询 category
    cat.dep_table.selectRow(partner_row)
    qtbot.mouseClick(cat.dep_archive, Qt.MouseButton.LeftButton)
    assert len(S.departments(ctx.db)) == 2
    no_dialogs.text_answers.append("合作到期")
    qtbot.mouseClick(cat.dep_archive, Qt.MouseButton.LeftButton)
    assert [d.id for d in S.departments(ctx.db)] == [catalogue.department_id]
    assert cat.dep_model.rowCount() == 1 and page.queue.department.findData(catalogue.partner_id) < 0
    quick_row = [cat.model.row_at(i).id for i in range(cat.model.rowCount())].index(catalogue.quick_category_id)
    cat.table.selectRow(quick_row)
    no_dialogs.text_answers.append("")  # an empty reason is refused
    qtbot.mouseClick(cat.cat_archive, Qt.MouseButton.LeftButton)
    assert no_dialogs.messages[-1][0] == "error" and len(S.categories(ctx.db)) == 2
    no_dialogs.text_answers.append("并入社会保障")
    qtbot.mouseClick(cat.cat_archive, Qt.MouseButton.LeftButton)
    assert [c.id for c in S.categories(ctx.db)] == [catalogue.category_id]
    assert page.intake.category.findData(catalogue.quick_category_id) < 0


def test_reprint_from_the_detail_view(qtbot, ctx, catalogue, no_dialogs, previews, monday):
    from ui.requests.page import RequestsPage

    r = S.take_in(ctx.db, ctx.actor, S.IntakeInput("phone", catalogue.category_id, "路灯不亮", catalogue.resident_id))
    page = RequestsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)  # its size hint counts only the sub-tabs built so far (ui/common/lazy.py)
    page.show()
    page.open_request(r.id)
    assert page.queue.detail.reprint.isVisible()
    qtbot.mouseClick(page.queue.detail.reprint, Qt.MouseButton.LeftButton)
    assert len(previews) == 1
    assert_pdf_ok(previews[0].read_bytes(), r.number)
    assert _audit_count(ctx.db, "reprint") == 1


def test_intake_of_an_item_recorded_later_keeps_its_day(qtbot, ctx, catalogue, no_dialogs, monkeypatch, monday):
    """A door-to-door visit typed in on Monday for last Thursday: the deadline counts from Thursday; a future day
    cannot be chosen (and the service refuses one)."""
    from PySide6.QtCore import QDate

    from tests.helpers import type_text
    from ui.common import documents
    from ui.requests.page import RequestsPage

    monkeypatch.setattr(documents, "print_silently", lambda path: False)
    page = RequestsPage(ctx)
    qtbot.addWidget(page)
    form = page.intake
    form.channel.setCurrentIndex(form.channel.findData("visit"))
    form.category.setCurrentIndex(form.category.findData(catalogue.category_id))
    form.received_on.setDate(QDate(2026, 12, 5))  # clamped to today
    assert form.received_on.date() == QDate(2026, 11, 30)
    form.received_on.setDate(QDate(2026, 11, 26))
    type_text(qtbot, form.description, "走访时反映楼道灯坏了")
    qtbot.keyClick(form.description, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    d = S.get_request(ctx.db, ctx.actor, form.last_saved.id)
    assert (d.intake_day, d.due_date) == (dt.date(2026, 11, 26), dt.date(2026, 12, 1))
    assert form.received_on.date() == QDate(2026, 11, 30)  # back to today for the next one
    assert_pdf_ok(S.reprint_receipt(ctx.db, ctx.actor, d.id), "Came in on", "2026-11-26", "2026-12-01")
    with pytest.raises(ValidationError):
        S.take_in(
            ctx.db, ctx.actor, S.IntakeInput("visit", catalogue.category_id, "x", received_on=dt.date(2026, 12, 1))
        )


def test_resolved_requests_show_when_their_follow_up_is_due(db, admin, clerk, catalogue, frozen):
    from app.requests import listing as L

    frozen(dt.datetime(2026, 11, 27, 15, 0))  # Friday
    r = S.take_in(db, clerk, S.IntakeInput("walk_in", catalogue.category_id, "路灯不亮"))
    S.dispatch(db, clerk, r.id, catalogue.department_id)
    S.accept(db, admin, r.id)
    S.start(db, admin, r.id)
    S.resolve(db, admin, r.id, "已修好")

    def state():
        return L.page_requests(db, L.RequestFilter())[0].deadline

    assert state() == L.FOLLOW_UP_DUE
    frozen(dt.datetime(2026, 11, 30, 17, 0))  # Monday: the next working day, still due
    assert state() == L.FOLLOW_UP_DUE
    frozen(dt.datetime(2026, 12, 1, 9, 0))  # Tuesday: late
    assert state() == L.FOLLOW_UP_LATE
    S.follow_up(db, clerk, r.id, W.SATISFIED)
    assert state() == ""


def test_extension_asked_at_the_desk_is_decided_by_an_administrator(qtbot, ctx, clerk, catalogue, no_dialogs, monday):
    from ui.context import AppContext
    from ui.requests.page import RequestsPage

    r = S.take_in(ctx.db, clerk, S.IntakeInput("walk_in", catalogue.category_id, "加装扶手"))
    S.dispatch(ctx.db, clerk, r.id, catalogue.department_id)
    S.accept(ctx.db, clerk, r.id)
    desk = RequestsPage(AppContext(ctx.db, clerk))
    qtbot.addWidget(desk)
    desk.resize(1366, 768)  # a page's size hint counts only the sub-tabs built so far
    desk.show()
    desk.open_request(r.id)
    detail = desk.queue.detail
    detail.ext_days.setValue(3)
    no_dialogs.text_answers.append("需物业配合")
    qtbot.mouseClick(detail.buttons[W.REQUEST_EXTENSION], Qt.MouseButton.LeftButton)
    assert S.get_request(ctx.db, ctx.actor, r.id).extension_days == 3
    assert not detail.buttons[W.DECIDE_EXTENSION].isEnabled()  # the front desk cannot decide, and is told why
    assert "administrator" in detail.buttons[W.DECIDE_EXTENSION].toolTip()
    assert "需物业配合" in detail.summary_more.text()  # what was asked and done: the right-hand column
    boss = RequestsPage(ctx)
    qtbot.addWidget(boss)
    boss.resize(1366, 768)  # a page's size hint counts only the sub-tabs built so far
    boss.show()
    boss.open_request(r.id)
    button = boss.queue.detail.buttons[W.DECIDE_EXTENSION]
    assert button.isEnabled()
    no_dialogs.confirm_answers.append(True)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    d = S.get_request(ctx.db, ctx.actor, r.id)
    assert (d.extension_days, d.due_date) == (None, dt.date(2026, 12, 8))  # 12-03 + 3 working days


def test_timeline_names_staff_by_display_name(db, admin, clerk, catalogue, monday):
    r = S.take_in(db, clerk, S.IntakeInput("walk_in", catalogue.category_id, "咨询"))
    S.cancel(db, clerk, r.id, "重复登记")
    assert [e.username for e in S.get_request(db, admin, r.id).events] == ["前台 李敏", "前台 李敏"]
