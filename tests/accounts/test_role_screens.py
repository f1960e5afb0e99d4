"""Each role's screens still open now that the services check permissions themselves: every tab and sub-tab the
role sees, and a resident's profile with every counter's section, build without a refusal or an error."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QTabWidget

from app.actor import ADMIN, ALL_ROLES, BOOK_ROOM, CASHIER, CHILDCARE, FRONT_DESK, HEALTH, SYSTEM, VOLUNTEER_COORDINATOR
from app.childcare import service as cc
from app.residents import service as residents
from app.volunteers import roster
from db.models import User, UserRole
from ui.context import AppContext


@pytest.fixture
def data(db, frozen):
    frozen(dt.datetime(2026, 11, 30, 11, 30))
    rid = residents.create_resident(
        db,
        SYSTEM,
        residents.ResidentInput(name="赵善庆", birth_date=dt.date(1944, 5, 1), id_number="110105194405010014"),
    )
    pid = cc.create_program(
        db,
        SYSTEM,
        cc.ProgramInput("四点半课堂", "after_school", dt.date(2026, 9, 1), dt.date(2027, 1, 20), 960, 1110, 40),
    )
    child = cc.create_child(db, SYSTEM, cc.ChildInput(name="王小明", birth_date=dt.date(2018, 3, 1)))
    cc.enrol(db, SYSTEM, child, pid)
    cc.add_contact(db, SYSTEM, cc.ContactInput(child_id=child, resident_id=rid, role="guardian"))
    roster.save_volunteer(db, SYSTEM, roster.VolunteerInput(resident_id=rid))
    return rid


def _account(db, role: str):
    from app.accounts.service import actor_for

    with db.write() as s:
        u = User(username=f"u_{role}", display_name=f"staff {role}", password_hash="-")
        u.roles = [UserRole(role=role)]
        s.add(u)
        s.flush()
        uid = u.id
    return actor_for(db, uid)


EXPECTED_TABS = {
    ADMIN: [
        "requestsPage",
        "alertsPage",
        "canteenPage",
        "childcarePage",
        "volunteersPage",
        "activitiesPage",
        "libraryPage",
        "healthPage",
        "communityPage",
        "residentsPage",
        "statisticsPage",
    ],
    FRONT_DESK: ["requestsPage", "alertsPage", "activitiesPage", "communityPage", "residentsPage", "statisticsPage"],
    CASHIER: ["canteenPage", "residentsPage"],
    CHILDCARE: ["childcarePage", "residentsPage"],
    VOLUNTEER_COORDINATOR: ["volunteersPage", "activitiesPage", "residentsPage"],
    BOOK_ROOM: ["libraryPage", "residentsPage"],
    HEALTH: ["alertsPage", "healthPage", "communityPage", "residentsPage"],
}


@pytest.mark.parametrize("role", ALL_ROLES)
def test_every_screen_a_role_sees_opens(qtbot, qapp, db, data, role, no_dialogs):
    from ui.main_window import MainWindow

    ctx = AppContext(db, _account(db, role))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    names = [window.tabs.widget(i).objectName() for i in range(window.tabs.count())]
    assert names == EXPECTED_TABS[role]
    for name in names:
        window.show_page(name)
        page = window.page(name)
        for tabs in page.findChildren(QTabWidget):
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)
                qapp.processEvents()
    residents_page = window.page("residentsPage")
    residents_page.open_resident(data)
    qapp.processEvents()
    assert residents_page.profile.id_label.text() == "110105********0014"
    assert no_dialogs.messages == []  # no refusal or error shown on the way
