"""Meal card numbers (issue 12): typed input folded (NFKC), only ASCII letters and digits, as a card reader types."""

import datetime as dt

import pytest
from sqlalchemy import func, select

from app.canteen import service
from app.errors import ValidationError
from app.residents import service as residents
from app.residents.service import ResidentInput
from db.models.canteen import MealCard


@pytest.fixture
def elder(db, admin):
    return residents.create_resident(db, admin, ResidentInput(name="赵善庆", birth_date=dt.date(1944, 5, 1)))


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("１２３４", "1234"), (" Ｃ００５７ ", "C0057"), ("C0057", "C0057"), ("12 34", "1234"), ("C-0057", "C0057")],
)
def test_full_width_digits_are_folded(db, admin, elder, typed, stored):
    card_id = service.open_card(db, admin, elder, typed)
    with db.read() as s:
        assert s.get(MealCard, card_id).card_no == stored
    assert service.find_card(db, stored) == elder
    assert service.find_card(db, typed) == elder  # a full-width scan finds it too


@pytest.mark.parametrize("typed", ["卡号一", "١٢٣٤", "12\u200b34", "", "\u3000"])
def test_anything_but_ascii_letters_and_digits_is_refused(db, admin, elder, typed):
    with pytest.raises(ValidationError, match="A–Z|invisible") as info:
        service.open_card(db, admin, elder, typed)
    assert info.value.field == "card_no"
    with db.read() as s:
        assert s.execute(select(func.count()).select_from(MealCard)).scalar() == 0
    try:
        assert service.find_card(db, typed) is None
    except ValidationError as exc:  # the boundary refuses an invisible character before the look-up
        assert "invisible" in exc.message


def test_a_number_over_30_characters_is_refused(db, admin, elder):
    with pytest.raises(ValidationError, match="30"):
        service.open_card(db, admin, elder, "1" * 31)
