import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stdnum.cn import ric

from app.errors import UserError
from app.residents.idnumbers import age_on, mask_id_number, parse_id_number, upgrade_15

W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def check_char(body17: str) -> str:
    """GB 11643-1999 written out independently of stdnum, to test against."""
    return "10X98765432"[sum(int(a) * w for a, w in zip(body17, W, strict=True)) % 11]


def make(region: str, birth: dt.date, seq: int) -> str:
    body = f"{region}{birth:%Y%m%d}{seq:03d}"
    return body + check_char(body)


def test_valid_number_gives_birth_date_and_gender():
    info = parse_id_number("11010519491231002X")
    assert info.birth_date == dt.date(1949, 12, 31)
    assert info.gender == "F"
    assert not info.upgraded


def test_lowercase_x_and_spaces_are_accepted():
    assert parse_id_number(" 11010519491231002x ").number == "11010519491231002X"


def test_wrong_check_character_is_refused_with_reason():
    with pytest.raises(UserError, match="last character"):
        parse_id_number("110105194912310021")


@pytest.mark.parametrize(
    "raw, fragment",
    [
        ("", "empty"),
        ("1101051949", "18 characters"),
        ("11010519491231002A", "17 digits"),
        ("110105194913310025", "real date"),
        ("999999194912310020", "region code"),
    ],
)
def test_bad_numbers_say_what_is_wrong(raw, fragment):
    if raw.startswith("110105194913") or raw.startswith("999999"):
        raw = raw[:17] + check_char(raw[:17])
    with pytest.raises(UserError, match=fragment):
        parse_id_number(raw)


def test_future_birth_date_is_refused():
    n = make("110105", dt.date(2030, 1, 1), 123)
    with pytest.raises(UserError, match="impossible"):
        parse_id_number(n, today=dt.date(2026, 11, 28))


def test_elderly_resident_with_a_county_code_newer_than_their_birth_is_accepted():
    # Numbers were issued from 1984 with the county code of that time; stdnum's birth-place check would refuse this.
    n = make("320102", dt.date(1938, 5, 6), 211)
    assert parse_id_number(n).birth_date == dt.date(1938, 5, 6)


def test_15_digit_number_is_upgraded():
    old = "110105491231002"  # YYMMDD = 491231, sequence 002 (female)
    info = parse_id_number(old)
    assert info.upgraded
    assert info.number == "11010519491231002X"
    assert upgrade_15(old) == info.number


@given(
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2026, 1, 1)),
    st.integers(min_value=0, max_value=999),
    st.sampled_from(["110105", "310104", "320102"]),
)
def test_generated_numbers_round_trip(birth, seq, region):
    n = make(region, birth, seq)
    assert ric.is_valid(n) or region == "320102"  # stdnum agrees on the arithmetic
    info = parse_id_number(n, today=dt.date(2026, 11, 28))
    assert info.birth_date == birth
    assert info.gender == ("M" if seq % 2 else "F")


@given(st.text(max_size=30))
def test_any_text_either_parses_or_gives_a_user_error(text):
    try:
        info = parse_id_number(text, today=dt.date(2026, 11, 28))
    except UserError as exc:
        assert exc.message
    else:
        assert len(info.number) == 18


@given(
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2026, 1, 1)),
    st.integers(min_value=0, max_value=999),
)
def test_one_changed_digit_is_always_caught(birth, seq):
    n = make("110105", birth, seq)
    for pos in range(17):
        d = str((int(n[pos]) + 1) % 10)
        bad = n[:pos] + d + n[pos + 1 :]
        with pytest.raises(UserError):
            parse_id_number(bad, today=dt.date(2026, 11, 28))


def test_mask():
    assert mask_id_number("320302195001011234") == "320302********1234"
    assert mask_id_number(None) == ""
    assert mask_id_number("12345") == "*****"


def test_age_is_whole_years_reached():
    b = dt.date(1946, 11, 29)
    assert age_on(b, dt.date(2026, 11, 28)) == 79
    assert age_on(b, dt.date(2026, 11, 29)) == 80
    assert age_on(dt.date(2000, 2, 29), dt.date(2026, 2, 28)) == 25
    assert age_on(dt.date(2000, 2, 29), dt.date(2026, 3, 1)) == 26
