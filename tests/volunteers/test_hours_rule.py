"""Hours as printed (issue 14 item 4): one rule, one decimal half up, computed on integer minutes; lines that add up
to the total as printed."""

from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.volunteers import hours


@pytest.mark.parametrize(
    ("minutes", "text"),
    [(75, "1.3"), (0, "0.0"), (2, "0.0"), (3, "0.1"), (9, "0.2"), (60, "1.0"), (81, "1.4"), (1440, "24.0")],
)
def test_one_decimal_half_up(minutes, text):
    assert hours.hours_text(minutes) == text


@given(st.integers(0, 10**7))
def test_rule_is_decimal_half_up_on_the_exact_hours(minutes):
    exact = (Decimal(minutes) / Decimal(60)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    assert hours.hours_text(minutes) == str(exact)


@given(st.lists(st.integers(0, 50_000), min_size=1, max_size=30))
def test_lines_add_up_to_the_total_as_printed(lines):
    shares = hours.apportion(lines)
    assert sum(shares) == hours.tenths(sum(lines))
    for m, t in zip(lines, shares, strict=True):
        assert abs(t * 6 - m) < 6  # each line within 0.1 h of its exact hours
        assert m > 0 or t == 0
    texts, total = hours.apportion_text(lines)
    assert sum(Decimal(t) for t in texts) == Decimal(total)


def test_separately_rounded_lines_that_disagreed_now_add_up():
    # 45 + 45 minutes: each line alone is 0.75 → 0.8, and 0.8 + 0.8 = 1.6 against a total of 1.5
    assert hours.apportion_text([45, 45]) == (["0.8", "0.7"], "1.5")


def test_bad_minutes_are_refused():
    for bad in (-1, 1.5, True):
        with pytest.raises(ValueError):
            hours.tenths(bad)
