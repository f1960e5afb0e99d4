"""A contact's phone (guardian, authorised adult) follows the residents' phone rule, not one of its own."""

import pytest

from app.childcare import service as cc
from app.errors import ValidationError
from tests.core.test_phone_rules import _residents_message


def test_a_childcare_contact_phone_follows_the_residents_rule(db, admin, world):
    grandma = world["adult"]("陈外婆")
    inp = cc.ContactInput(child_id=world["child"], resident_id=grandma, role="pickup", phone="12")
    assert cc.validate_contact(inp)["phone"] == _residents_message("12")
    with pytest.raises(ValidationError):
        cc.add_contact(db, admin, inp)
    ok = cc.add_contact(db, admin, cc.ContactInput(world["child"], grandma, "pickup", phone="138-0013-8000"))
    assert cc.get_contact(db, admin, ok).phone == "13800138000"
