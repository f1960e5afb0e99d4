"""The center's phone is printed on every receipt: it is phone-shaped, as real centers write it. Every person's
phone (residents, childcare contacts, request contacts) follows one rule, the residents' one."""

import datetime as dt

import pytest

from app import settings
from app.accounts import center_admin
from app.errors import ValidationError
from app.requests import service as requests
from app.residents.phones import normalise_phone, office_phone_problem
from app.residents.service import ResidentInput, create_resident

WRITTEN_BY_CENTERS = [
    "",
    "13812345678",
    "0571-88886666",
    "(0571)88886666",
    "（0571）88886666",
    "0571 8888 6666",
    "025-84123456",
    "0571-88886666转123",
    "0571-88886666 转 123",
    "0571-88886666-123",
    "0571-88886666 ext 123",
    "0571-88886666、13812345678",
    "0571-88886666/13812345678",
    "0571-88886666，13812345678",
    "0571-88886666; 13812345678",
    "0571-88886666 13812345678",
    "4008123123",
]
NOT_PHONES = ["abc", "12345", "88886666", "0571-8888666", "电话", "0571-88886666、abc", "138-1234-567"]


@pytest.mark.parametrize("text", WRITTEN_BY_CENTERS)
def test_the_center_phone_takes_what_centers_write(text):
    assert office_phone_problem(text) is None
    settings.validate({"center.phone": text})
    assert center_admin.validate_center_settings({"center.phone": text}) == {}


@pytest.mark.parametrize("text", NOT_PHONES)
def test_the_center_phone_refuses_what_is_not_a_phone(text):
    problem = office_phone_problem(text)
    assert problem and "not a phone number" in problem
    assert "center.phone" in center_admin.validate_center_settings({"center.phone": text})


def test_the_service_refuses_abc_as_the_center_phone_and_saves_nothing(db, admin):
    settings.set_many(db, admin, {"center.phone": "025-84123456"})
    with pytest.raises(ValidationError) as refused:
        settings.set_many(db, admin, {"center.name": "幸福里", "center.phone": "abc"})
    assert set(refused.value.errors) == {"center.phone"}
    with pytest.raises(ValidationError):
        center_admin.save_center_settings(db, admin, {"center.phone": "abc"})
    assert settings.center_info(db).phone == "025-84123456" and settings.get(db, "center.name") == ""


def test_a_phone_stored_before_the_rule_still_heads_the_receipts(db, admin):
    """An older version took any text: what it stored is still printed (the rule applies when it is next changed)."""
    import json

    from db.models import Setting

    with db.write() as s:
        s.add(Setting(key="center.phone", value=json.dumps("025-84123456（办公室）"), updated_at=None))
    assert settings.center_info(db).phone == "025-84123456（办公室）"


def test_a_request_contact_phone_follows_the_residents_rule(db, admin):
    cat = requests.create_category(db, admin, "报修")
    with pytest.raises(ValidationError) as refused:
        requests.take_in(db, admin, requests.IntakeInput("walk_in", cat, "水管漏水", contact_phone="abc"))
    assert refused.value.errors == {"contact_phone": _residents_message("abc")}
    saved = requests.take_in(db, admin, requests.IntakeInput("walk_in", cat, "水管漏水", contact_phone="139 1234 5678"))
    assert requests.get_request(db, admin, saved.id).contact_phone == "13912345678"


def test_a_partner_phone_follows_the_center_phone_rule(db, admin):
    with pytest.raises(ValidationError) as refused:
        requests.create_department(db, admin, "社区卫生服务中心", is_partner=True, phone="abc")
    assert "not a phone number" in refused.value.errors["phone"]
    requests.create_department(db, admin, "社区卫生服务中心", is_partner=True, phone="025-84123410转8")


def test_residents_refuse_the_same_phones(db, admin):
    with pytest.raises(ValidationError) as refused:
        create_resident(db, admin, ResidentInput(name="王秀英", birth_date=dt.date(1950, 1, 1), phone="12"))
    assert refused.value.errors["phone"] == _residents_message("12")


def _residents_message(text: str) -> str:
    try:
        normalise_phone(text)
    except Exception as exc:  # noqa: BLE001 - the UserError's message is what every phone field shows
        return exc.message
    raise AssertionError(text)
