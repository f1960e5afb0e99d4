"""Issue 14, item 3 at the canteen: a meal card number or an amount typed full-width means the same."""

import datetime as dt

from app.canteen import service
from app.residents import service as residents
from app.residents.service import ResidentInput
from ui.canteen.page import parse_yuan


def test_meal_card_found_and_stored_folded(db, admin):
    elder = residents.create_resident(db, admin, ResidentInput(name="赵善庆", birth_date=dt.date(1944, 5, 1)))
    service.open_card(db, admin, elder, "Ｃ００５７")
    assert service.find_card(db, "C0057") == elder
    assert service.find_card(db, "Ｃ００５７") == elder
    other = residents.create_resident(db, admin, ResidentInput(name="钱多多", birth_date=dt.date(1950, 1, 1)))
    service.open_card(db, admin, other, "8800 1234")
    assert service.find_card(db, "８８００－１２３４") == other


def test_amounts_typed_full_width():
    assert parse_yuan("１２．５") == 1250
    assert parse_yuan("￥１０") == 1000
