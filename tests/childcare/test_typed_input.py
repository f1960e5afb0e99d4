"""Issue 14, item 3 at the childcare desk: numbers typed full-width or in groups mean the same number."""

import pytest

from app.childcare import service as cc
from app.residents.service import ResidentInput, create_resident

UNCLE_ID = "11010519491231002X"


@pytest.mark.parametrize(
    "typed",
    [
        cc.UnlistedAdult("赵先生", phone="１３９１２３４５６７８"),
        cc.UnlistedAdult("赵先生", id_number="110105 19491231 002X"),
        cc.UnlistedAdult("赵先生", id_number="11010519491231002Ｘ"),
    ],
)
def test_blocked_adult_typed_full_width_or_grouped_is_refused(db, admin, world, typed):
    banned = create_resident(
        db, admin, ResidentInput(name="赵某", phone="13912345678", id_number=UNCLE_ID), confirm_duplicate=True
    )
    cc.add_contact(db, admin, cc.ContactInput(child_id=world["child"], resident_id=banned, role="blocked"))
    cc.sign_in(db, admin, world["child"])
    with pytest.raises(cc.BlockedAdult):
        cc.sign_out(db, admin, world["child"], unlisted=typed, approver=world["approver"], override_reason="家长委托")


def test_contact_numbers_are_stored_folded(db, admin, world):
    uncle = world["adult"]("钱某")
    cid = cc.add_contact(
        db,
        admin,
        cc.ContactInput(
            child_id=world["child"],
            resident_id=uncle,
            role="pickup",
            phone="１３９-１２３４-５６７８",
            id_last_digits="００２ｘ",
        ),
    )
    row = next(c for c in cc.list_contacts(db, admin, world["child"]) if c.id == cid)
    assert (row.phone, row.id_last_digits) == ("13912345678", "002X")
