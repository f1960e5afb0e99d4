"""Exports never show more than the role's screens, and screens, exports and service reads follow one rule per kind
of number (app.accounts.privacy; DOMAIN.md "Privacy").

Faults found by a tester (each test failed before the change):
1. Childcare, volunteer-coordinator and front-desk accounts saw 110105********1150 in the residents list but exported
   every resident's full 18-digit ID number (and full phones): the export asked EXPORT_PERSONAL_DATA, the screens
   REVEAL_ID one resident at a time. Now a list export carries full ID numbers only for `may_export_full_ids` (the
   administrator), in the service (app.exports.write_list), and the audit entry says which numbers went out in full.
2. The cashier's exports masked phones but the cashier's screens (residents list, profile with the emergency
   contact, meal-desk search) showed them in full; the book room's screens showed overdue readers' phones in full but
   its exports masked them. Now SEE_PHONES decides both: the cashier sees them masked everywhere, the book room (which
   calls overdue readers) in full everywhere.
"""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QLabel, QTableView
from sqlalchemy import select

from app import exports
from app.accounts import privacy
from app.accounts import service as accounts
from app.actor import ADMIN, ALL_ROLES, BOOK_ROOM, CASHIER, CHILDCARE, FRONT_DESK, HEALTH, VOLUNTEER_COORDINATOR
from app.errors import PermissionDenied
from app.residents import service as residents
from app.residents.service import ResidentInput
from db.models import AuditEntry
from ui.common import export as list_export
from ui.residents.model import ResidentsModel

ID = "11010519491231002X"
PHONE = "13812345678"
EMERGENCY = "13900001111"


def _actor(db, admin, role):
    if role == ADMIN:
        return admin
    return accounts.actor_for(db, accounts.create_user(db, admin, role, role, "long-enough-pw", [role]))


@pytest.fixture
def resident(db, admin):
    inp = ResidentInput(
        name="赵善庆", id_number=ID, phone=PHONE, emergency_contact="赵一", emergency_phone=EMERGENCY, building="3"
    )
    return residents.create_resident(db, admin, inp)


def _export_residents_list(db, actor, target):
    """The residents list as the screen exports it (ui.common.export.plan over the page's model): the cells written
    and, for each, the text the same role sees in that cell on screen."""
    model = ResidentsModel(db, actor=actor)
    view = QTableView()
    view.setModel(model)
    model.reload()
    shown = [[model.display(row, c) for c in range(len(model.COLUMNS))] for row in model._rows]
    columns, rows = list_export.plan(view, actor)
    result = exports.write_list(db, actor, exports.ListExport("residents", tuple(columns)), rows, target)
    written = [list(r) for r in load_workbook(target).active.iter_rows(values_only=True)][1:]
    view.deleteLater()
    return result, written, shown


@pytest.mark.parametrize("role", [CHILDCARE, VOLUNTEER_COORDINATOR, FRONT_DESK])
def test_roles_that_see_masked_ids_export_them_masked(qapp, db, admin, resident, tmp_path, role):
    actor = _actor(db, admin, role)
    result, written, shown = _export_residents_list(db, actor, tmp_path / "r.xlsx")
    id_col, phone_col = ResidentsModel.ID_NUMBER, ResidentsModel.PHONE
    assert written[0][id_col] == "110105********002X" == shown[0][id_col]  # as on screen, not the full number
    assert written[0][phone_col] == shown[0][phone_col] == PHONE  # these roles call people: phones in full on both
    assert (result.full_id_numbers, result.full_phones, result.full_personal_data) == (False, True, False)
    with db.read() as s:
        entry = s.execute(select(AuditEntry).where(AuditEntry.entity == exports.ENTITY)).scalars().one()
    assert '"full_id_numbers": false' in entry.after_json and '"full_phones": true' in entry.after_json
    # a script calling the services gets the same answer: no full numbers for these roles
    if role != VOLUNTEER_COORDINATOR:  # the coordinator's SEE_FULL_ID is for certificates; write_list masks anyway
        with pytest.raises(PermissionDenied):
            exports.resident_id_numbers(db, actor, [resident])
    raw = exports.write_list(
        db, actor, exports.ListExport("residents", (exports.ExportColumn("ID", exports.ID_NUMBER),)),
        lambda: iter([[ID]]), tmp_path / "raw.xlsx",
    )  # fmt: skip
    assert not raw.full_id_numbers
    assert [r[0] for r in load_workbook(tmp_path / "raw.xlsx").active.iter_rows(values_only=True)][1:] == [
        "110105********002X"
    ]


def test_the_administrator_exports_full_numbers_and_the_trail_says_so(qapp, db, admin, resident, tmp_path):
    result, written, _shown = _export_residents_list(db, admin, tmp_path / "r.xlsx")
    assert written[0][ResidentsModel.ID_NUMBER] == ID and written[0][ResidentsModel.PHONE] == PHONE
    assert (result.full_id_numbers, result.full_phones, result.full_personal_data) == (True, True, True)


@pytest.mark.parametrize("role", ALL_ROLES)
def test_phones_follow_one_rule_on_screens_in_reads_and_in_exports(qapp, db, admin, resident, tmp_path, role):
    """The cashier (no SEE_PHONES) sees phones masked everywhere; every other role in full everywhere."""
    actor = _actor(db, admin, role)
    expected = "138****5678" if role == CASHIER else PHONE
    assert privacy.shown_phone(actor, PHONE) == expected
    # service reads told who asks
    assert [r.phone for r in residents.search_residents(db, "zsq", actor=actor)] == [expected]
    assert [row.phone for _k, row in residents.page_residents(db, None, 10, actor=actor)] == [expected]
    detail = residents.get_resident(db, resident, actor=actor)
    assert detail.row.phone == expected
    assert detail.emergency_phone == ("139****1111" if role == CASHIER else EMERGENCY)
    # the residents list on screen and its export
    result, written, shown = _export_residents_list(db, actor, tmp_path / "r.xlsx")
    assert shown[0][ResidentsModel.PHONE] == written[0][ResidentsModel.PHONE] == expected
    assert result.full_phones == (role != CASHIER)


def test_the_cashier_sees_masked_phones_in_the_resident_profile(qtbot, db, admin, resident):
    from ui.context import AppContext
    from ui.residents.profile import ResidentProfile

    profile = ResidentProfile(AppContext(db, _actor(db, admin, CASHIER)))
    qtbot.addWidget(profile)
    profile.show_resident(resident)
    texts = " ".join(label.text() for label in profile.findChildren(QLabel))
    assert "138****5678" in texts and "赵一 139****1111" in texts
    assert PHONE not in texts and EMERGENCY not in texts


def test_the_meal_desk_search_shows_the_cashier_masked_phones(qtbot, db, admin, resident):
    from ui.canteen.page import SaleScreen
    from ui.context import AppContext

    residents.create_resident(db, admin, ResidentInput(name="钱二", phone="13812340000"))
    screen = SaleScreen(AppContext(db, _actor(db, admin, CASHIER)))
    qtbot.addWidget(screen)
    screen.scan.setText("1381234")  # a phone typed at the till: two diners match
    screen.on_enter()
    items = [screen.matches.item(i).text() for i in range(screen.matches.count())]
    assert len(items) == 2 and any("138****5678" in t for t in items)
    assert not any(PHONE in t or "13812340000" in t for t in items)


def test_the_reader_search_shows_the_book_room_full_phones(qtbot, db, admin, resident):
    from PySide6.QtWidgets import QWidget

    from ui.common.resident_picker import ResidentPicker
    from ui.context import AppContext

    for role, expected in ((BOOK_ROOM, PHONE), (CASHIER, "138****5678")):
        parent = QWidget()
        qtbot.addWidget(parent)
        picker = ResidentPicker(AppContext(db, _actor(db, admin, role)), "picker", "Reader", parent)
        picker._search("zsq")
        item = picker.results.item(0).text()
        assert expected in item and (expected == PHONE or PHONE not in item)


def test_a_masked_phone_sent_back_by_a_form_keeps_the_stored_number(db, admin, resident):
    cashier = _actor(db, admin, CASHIER)
    inp = residents.get_resident(db, resident, actor=cashier).to_input()
    assert inp.phone == "138****5678"
    residents.update_resident(db, cashier, resident, inp)
    stored = residents.get_resident(db, resident, actor=admin)
    assert (stored.row.phone, stored.emergency_phone) == (PHONE, EMERGENCY)


@pytest.mark.parametrize("role", [BOOK_ROOM, HEALTH, FRONT_DESK, CHILDCARE, VOLUNTEER_COORDINATOR, ADMIN])
def test_roles_that_call_people_see_phones(db, admin, role):
    assert privacy.may_see_phones(_actor(db, admin, role))


def test_the_cashier_edits_a_resident_without_seeing_the_phones(qtbot, db, admin, resident):
    """The edit form puts the masked phones as placeholders, like the ID number; saving keeps the stored numbers."""
    from ui.context import AppContext
    from ui.residents.form import ResidentForm

    form = ResidentForm(AppContext(db, _actor(db, admin, CASHIER)), None, resident)
    qtbot.addWidget(form)
    assert (form.phone.text(), form.emergency_phone.text()) == ("", "")
    assert form.phone.placeholderText().startswith("138****5678")
    assert form.emergency_phone.placeholderText().startswith("139****1111")
    inp, _errors = form.collect()
    assert (inp.phone, inp.emergency_phone) == (PHONE, EMERGENCY)
    form.emergency_phone.setText("13900002222")
    inp, _errors = form.collect()
    assert (inp.phone, inp.emergency_phone) == (PHONE, "13900002222")
