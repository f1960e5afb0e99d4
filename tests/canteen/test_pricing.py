import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.canteen.pricing import FUNDERS, Diner, SubsidyRule, quote

DAY = dt.date(2026, 11, 30)  # a Monday


def rule(**kw) -> SubsidyRule:
    base = dict(
        id=1,
        name="80–89岁",
        effective_from=dt.date(2026, 1, 1),
        min_age=80,
        max_age=89,
        amounts={"district": 400, "street": 200},
        min_price_fen=100,
    )
    base.update(kw)
    return SubsidyRule(**base)


def q(diner, rules, quantity=1, price=1000, day=DAY, working=True, holiday=False, **kw):
    return quote(diner, "lunch", price, quantity, day, rules, working_day=working, holiday=holiday, **kw)


def test_the_example_from_the_domain():
    r = q(Diner(age=82), [rule()])
    assert r.subsidy == {"district": 400, "street": 200}
    assert r.subsidy_fen == 600 and r.self_paid_fen == 400
    assert r.reason == "80–89岁 district subsidy ¥4 + street subsidy ¥2"


def test_funders_stack_and_subsidy_never_exceeds_price_less_minimum():
    r = q(Diner(age=85), [rule(amounts={"city": 500, "district": 400, "street": 300})])
    assert r.subsidy_fen == 900  # capped: price 10 less minimum 1
    assert r.subsidy == {"city": 500, "district": 400}
    assert r.self_paid_fen == 100


def test_guest_young_outsider_weekend_holiday_pay_full_price():
    rules = [rule()]
    assert q(Diner(age=None, guest=True), rules).subsidy_fen == 0
    assert q(Diner(age=40), rules).subsidy_fen == 0
    assert q(Diner(age=82, is_local=False), rules).subsidy_fen == 0
    assert q(Diner(age=82), rules, working=False).subsidy_fen == 0
    assert q(Diner(age=82), rules, holiday=True).subsidy_fen == 0
    assert q(Diner(age=82, is_local=False), [rule(local_only=False)]).subsidy_fen == 600


def test_effective_dates_choose_the_rule_in_force():
    old = rule(id=1, effective_to=dt.date(2026, 6, 30), amounts={"street": 100})
    new = rule(id=2, effective_from=dt.date(2026, 7, 1), amounts={"street": 300})
    assert q(Diner(age=82), [old, new], day=dt.date(2026, 6, 30)).subsidy_fen == 100
    assert q(Diner(age=82), [old, new], day=dt.date(2026, 7, 1)).subsidy_fen == 300


def test_one_subsidised_meal_per_day_then_full_price():
    r = q(Diner(age=82), [rule()], quantity=3)
    assert r.subsidised_meals == 1 and r.subsidy_fen == 600 and r.self_paid_fen == 3000 - 600
    again = q(Diner(age=82), [rule()], claimed_today=1)
    assert again.subsidy_fen == 0 and "already" in again.reason


def test_limit_per_slot():
    r = rule(limit_scope="slot", limit_per_person=1)
    assert q(Diner(age=82), [r], claimed_today=1, claimed_in_slot=0).subsidy_fen == 600
    assert q(Diner(age=82), [r], claimed_today=1, claimed_in_slot=1).subsidy_fen == 0


def test_category_tags_and_best_rule_wins():
    tekun = rule(
        id=2,
        name="特困",
        min_age=None,
        max_age=None,
        any_tags=frozenset({"tekun"}),
        amounts={"city": 500, "district": 200},
    )
    assert q(Diner(age=82, tags=frozenset({"tekun"})), [rule(), tekun]).tier == "特困"
    assert q(Diner(age=50, tags=frozenset({"tekun"})), [rule(), tekun]).subsidy_fen == 700
    assert q(Diner(age=50), [rule(), tekun]).subsidy_fen == 0


def test_fixed_price_style():
    special = rule(
        id=3,
        name="特殊群体",
        min_age=None,
        max_age=None,
        any_tags=frozenset({"dibao"}),
        fixed_price_fen=1000,
        amounts={},
    )
    elderly = rule(id=4, name="老年人", min_age=60, max_age=None, fixed_price_fen=1200, amounts={})
    rules = [special, elderly]
    assert q(Diner(age=70), rules, price=1500).self_paid_fen == 1200
    assert q(Diner(age=70, tags=frozenset({"dibao"})), rules, price=1500).self_paid_fen == 1000
    assert q(Diner(age=30), rules, price=1500).self_paid_fen == 1500


def test_bad_quantity_is_refused():
    with pytest.raises(ValueError):
        q(Diner(age=82), [rule()], quantity=0)


amounts = st.dictionaries(st.sampled_from(FUNDERS), st.integers(0, 2000), max_size=3)


@given(
    age=st.one_of(st.none(), st.integers(0, 110)),
    price=st.integers(0, 5000),
    quantity=st.integers(1, 10),
    amounts=amounts,
    min_price=st.integers(0, 1500),
    claimed=st.integers(0, 3),
    limit=st.integers(0, 3),
    guest=st.booleans(),
)
def test_properties(age, price, quantity, amounts, min_price, claimed, limit, guest):
    r = rule(min_age=60, max_age=None, amounts=amounts, min_price_fen=min_price, limit_per_person=limit)
    res = q(Diner(age=age, guest=guest), [r], quantity=quantity, price=price, claimed_today=claimed)
    assert res.total_fen == price * quantity
    assert 0 <= res.subsidy_fen <= res.total_fen
    assert res.self_paid_fen == res.total_fen - res.subsidy_fen
    assert all(isinstance(v, int) and v > 0 for v in res.subsidy.values())
    if res.subsidised_meals:
        per_meal_paid = price - res.subsidy_fen // res.subsidised_meals
        assert per_meal_paid >= min(min_price, price)
        assert age is not None and age >= 60 and not guest
    if guest or age is None or age < 60:
        assert res.subsidy_fen == 0
    if limit:
        assert res.subsidised_meals <= max(0, limit - claimed)
