"""The log's redaction catches the ways a phone or ID number is really written, and Latin/pinyin names in reprs
(clerk findings item 13)."""

from __future__ import annotations

import pytest

from app.logs import redact


@pytest.mark.parametrize(
    "text",
    [
        "+8615901730257",
        "+86 159 0173 0257",
        "0086-15901730257",
        "159-0173-0257",
        "159 0173 0257",
        "tel:15901730257.",
    ],
)
def test_mobile_numbers_in_any_grouping_keep_only_first_3_and_last_4(text):
    out = redact(text)
    assert "0173" not in out and "01730" not in out
    assert "159****0257" in out


@pytest.mark.parametrize(
    "text",
    [
        "110105 19491231 002X",
        "110105-19491231-002X",
        "11010519491231002x",
        "1101 0519 4912 3100 2X",
    ],
)
def test_id_numbers_with_spaces_or_hyphens_are_masked(text):
    out = redact(f"id={text}!")
    assert "1949" not in out and "1231" not in out
    assert "110105********" in out


def test_a_15_digit_id_number_in_groups_is_masked():
    out = redact("old id 110105 491231 002")
    assert "491231" not in out and "110105*****" in out


@pytest.mark.parametrize(
    "text, secret",
    [
        ("{'name': 'Zhang San', 'age': 5}", "Zhang"),
        ('{"display_name": "Wang Wu"}', "Wang"),
        ("UnlistedAdult(name='Li Si', phone='x')", "Li Si"),
        ("Sale(buyer='Ma Xiu', qty=1)", "Ma Xiu"),
        ("adult_name='O\\'Neil Smith'", "Neil"),
        ("{'address': '12 Garden Rd', 'note': 'Granny Liu picks up'}", "Garden"),
        ("{'note': 'Granny Liu picks up'}", "Granny"),
        ("{'id_number': '110105 19491231 002X'}", "1949"),
    ],
)
def test_values_of_personal_keys_in_reprs_are_hidden(text, secret):
    out = redact(text)
    assert secret not in out
    assert "***" in out


def test_ordinary_log_text_is_left_alone():
    text = "ticket 12 at 2026-11-30 05:21:36 count=3 total_fen=1200 KeyError: 'name'"
    assert redact(text) == text
