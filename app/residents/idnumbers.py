"""Resident ID numbers (居民身份证号, GB 11643-1999), checked with python-stdnum."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from stdnum import exceptions as stdnum_errors
from stdnum.cn import ric

from app import clock
from app.errors import UserError
from app.i18n import translate
from app.typed import compact_number


@dataclass(frozen=True)
class IdNumberInfo:
    number: str  # always the 18-character form
    birth_date: dt.date
    gender: str  # "M" or "F"
    upgraded: bool  # True when a 15-digit number was given


def region_code_exists(code: str) -> bool:
    """Whether the 6-digit region code was ever assigned.

    Deliberately not stdnum's get_birth_place(), which also asks that the county existed in the birth
    year: numbers were issued from 1984 with the county code of that time, so it would refuse the real
    numbers of many elderly residents.
    """
    from stdnum import numdb

    return bool(numdb.get("cn/loc").info(code)[0][1])


def upgrade_15(number: str) -> str:
    """Old 15-digit numbers (YYMMDD, no check) become 18: insert "19" and compute the check character."""
    body = number[:6] + "19" + number[6:]
    return body + ric.calc_check_digit(body + "0")


def parse_id_number(raw: str, *, today: dt.date | None = None) -> IdNumberInfo:
    """Validate `raw` and derive birth date and gender; raise UserError saying what is wrong.

    `raw` is taken as typed (see app.typed.compact_number): full-width digits or `Ｘ`, a lower-case `x`, and
    spaces or hyphens between the groups (`110105 19491231 002X`) are accepted."""
    number = ric.compact(compact_number(raw))
    upgraded = False
    if not number:
        raise UserError(translate("IdNumbers", "The ID number is empty."), field="id_number")
    if len(number) == 15:
        if not number.isdigit():
            raise UserError(translate("IdNumbers", "A 15-digit ID number may contain digits only."), field="id_number")
        number = upgrade_15(number)
        upgraded = True
    if len(number) != 18:
        raise UserError(
            translate("IdNumbers", "An ID number has 18 characters (or 15 for an old one); this one has {n}.").format(
                n=len(number)
            ),
            field="id_number",
        )
    if not number[:17].isdigit() or not (number[17].isdigit() or number[17] == "X"):
        raise UserError(
            translate("IdNumbers", "An ID number is 17 digits followed by a digit or X."), field="id_number"
        )
    if number[17] != ric.calc_check_digit(number):
        raise UserError(
            translate(
                "IdNumbers",
                "The last character of this ID number does not match the others; check for a typing mistake.",
            ),
            field="id_number",
        )
    try:
        birth = ric.get_birth_date(number)
    except stdnum_errors.ValidationError:
        raise UserError(
            translate("IdNumbers", "The birth date inside this ID number is not a real date."), field="id_number"
        ) from None
    today = today or clock.today()
    if birth > today or birth.year < 1880:
        raise UserError(
            translate("IdNumbers", "The birth date inside this ID number is impossible."), field="id_number"
        )
    if not region_code_exists(number[:6]):
        raise UserError(
            translate("IdNumbers", "The region code at the start of this ID number does not exist."), field="id_number"
        )
    gender = "M" if int(number[16]) % 2 == 1 else "F"
    return IdNumberInfo(number=number, birth_date=birth, gender=gender, upgraded=upgraded)


def mask_id_number(number: str | None) -> str:
    """`320302********1234`: first 6 and last 4 shown, as the privacy rule asks."""
    if not number:
        return ""
    if len(number) <= 10:
        return "*" * len(number)
    return number[:6] + "*" * (len(number) - 10) + number[-4:]


def age_on(birth: dt.date | None, day: dt.date) -> int | None:
    """Whole years reached (周岁)."""
    if birth is None:
        return None
    years = day.year - birth.year
    if (day.month, day.day) < (birth.month, birth.day):
        years -= 1
    return years
