"""Subsidy schemes that stack across funders (issue 12 item 8, DOMAIN "Schemes stack across funders")."""

import datetime as dt
import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.canteen import admin as canteen_admin
from app.canteen import reports, service
from app.canteen import settlement as canteen_settlement
from app.canteen.pricing import FUNDERS, Diner, SubsidyRule, quote, stacked_per_meal
from app.canteen.service import SaleRequest
from app.residents import service as residents
from app.residents import tags as resident_tags
from app.residents.service import ResidentInput
from tests.pdfcheck import assert_pdf_ok

DAY = dt.date(2026, 11, 30)  # a Monday
TEKUN = "tekun"


def scheme(id, name, funder, amount, **kw) -> SubsidyRule:
    return SubsidyRule(id=id, name=name, effective_from=dt.date(2026, 1, 1), amounts={funder: amount}, **kw)


DISTRICT_AGE = [
    scheme(1, "区60–69岁", "district", 200, min_age=60, max_age=69),
    scheme(2, "区70–79岁", "district", 300, min_age=70, max_age=79),
    scheme(3, "区80岁以上", "district", 400, min_age=80),
]
STREET_TEKUN = scheme(4, "街道特困", "street", 300, any_tags=frozenset({TEKUN}))


def q(diner, rules, quantity=1, price=1000, **kw):
    return quote(diner, "lunch", price, quantity, DAY, rules, working_day=True, holiday=False, **kw)


def test_the_quoted_case_district_age_plus_street_tekun_are_two_schemes_that_stack():
    rules = [*DISTRICT_AGE, STREET_TEKUN]
    both = q(Diner(age=82, tags=frozenset({TEKUN})), rules)
    assert both.subsidy == {"district": 400, "street": 300}
    assert both.tier == "区80岁以上 + 街道特困" and both.rule_ids == (3, 4)
    assert q(Diner(age=82), rules).subsidy == {"district": 400}
    assert q(Diner(age=75, tags=frozenset({TEKUN})), rules).subsidy == {"district": 300, "street": 300}
    assert q(Diner(age=40, tags=frozenset({TEKUN})), rules).subsidy == {"street": 300}
    assert q(Diner(age=40), rules).subsidy == {}


def test_one_tier_per_funder_the_best_for_that_funder():
    extra = scheme(5, "区特困", "district", 350, any_tags=frozenset({TEKUN}))
    r = q(Diner(age=75, tags=frozenset({TEKUN})), [*DISTRICT_AGE, extra])
    assert r.subsidy == {"district": 350} and r.rule_ids == (5,)


def test_the_total_is_capped_at_the_price_less_the_highest_minimum_price():
    rules = [
        scheme(1, "区", "district", 600, min_age=60, min_price_fen=300),
        scheme(2, "街", "street", 500, min_age=60),
    ]
    r = q(Diner(age=70), rules)
    assert r.subsidy_fen == 700 and r.self_paid_fen == 300
    assert r.subsidy == {"district": 600, "street": 100}  # the higher level is served first


def test_each_scheme_keeps_its_own_per_person_limit():
    rules = [
        scheme(1, "区", "district", 400, min_age=60, limit_per_person=1),
        scheme(2, "街", "street", 200, min_age=60, limit_per_person=2),
    ]
    two = q(Diner(age=70), rules, quantity=2)
    assert two.subsidy == {"district": 400, "street": 400} and two.subsidised_meals == 2
    later = q(Diner(age=70), rules, used={"district": (1, 1), "street": (1, 1)})
    assert later.subsidy == {"street": 200}
    gone = q(Diner(age=70), rules, used={"district": (1, 1), "street": (2, 2)})
    assert gone.subsidy == {} and "already" in gone.reason


def test_each_scheme_keeps_its_own_slots_and_calendar():
    rules = [
        scheme(1, "区", "district", 400, min_age=60, slots=frozenset({"lunch"})),
        scheme(2, "街", "street", 200, min_age=60, weekdays_only=False),
    ]
    weekend = quote(Diner(age=70), "lunch", 1000, 1, DAY, rules, working_day=False, holiday=False)
    assert weekend.subsidy == {"street": 200}
    dinner = quote(Diner(age=70), "dinner", 800, 1, DAY, rules, working_day=True, holiday=False)
    assert dinner.subsidy == {"street": 200}


def test_the_fixed_price_per_tier_style_still_works_and_stacks_with_another_funder():
    special = SubsidyRule(7, "特殊群体", dt.date(2026, 1, 1), any_tags=frozenset({"dibao"}), fixed_price_fen=1000)
    elderly = SubsidyRule(8, "老年人", dt.date(2026, 1, 1), min_age=60, fixed_price_fen=1200)
    assert q(Diner(age=70), [special, elderly], price=1500).self_paid_fen == 1200
    assert q(Diner(age=70, tags=frozenset({"dibao"})), [special, elderly], price=1500).self_paid_fen == 1000
    city = scheme(9, "市", "city", 100, min_age=60)
    assert q(Diner(age=70), [special, elderly, city], price=1500).self_paid_fen == 1100


def test_a_rule_paying_several_funders_still_works_and_competes_with_single_funder_schemes():
    old = SubsidyRule(
        1, "80–89岁", dt.date(2026, 1, 1), min_age=80, max_age=89, amounts={"district": 400, "street": 200}
    )
    assert q(Diner(age=82), [old]).subsidy == {"district": 400, "street": 200}
    city = scheme(2, "市", "city", 100, min_age=60)
    assert q(Diner(age=82), [old, city]).subsidy == {"city": 100, "district": 400, "street": 200}
    street = scheme(3, "街特困", "street", 500, any_tags=frozenset({TEKUN}))
    # the old rule and the street scheme both pay the street: the better combination wins, never both
    r = q(Diner(age=82, tags=frozenset({TEKUN})), [old, street])
    assert r.subsidy == {"district": 400, "street": 200} or r.subsidy == {"street": 500}
    assert r.subsidy_fen == 600


rule_st = st.builds(
    lambda i, funders, amounts, lo, span, tagged, minp, limit: SubsidyRule(
        id=i,
        name=f"r{i}",
        effective_from=dt.date(2026, 1, 1),
        min_age=lo,
        max_age=None if span is None else lo + span,
        any_tags=frozenset({TEKUN}) if tagged else frozenset(),
        amounts=dict(zip(funders, amounts, strict=False)),
        min_price_fen=minp,
        limit_per_person=limit,
    ),
    st.integers(1, 10_000),
    st.lists(st.sampled_from(FUNDERS), min_size=1, max_size=3, unique=True),
    st.lists(st.integers(0, 1500), min_size=3, max_size=3),
    st.integers(0, 100),
    st.one_of(st.none(), st.integers(0, 30)),
    st.booleans(),
    st.integers(0, 1200),
    st.integers(0, 3),
)


@settings(max_examples=300, deadline=None)
@given(
    rules=st.lists(rule_st, max_size=6, unique_by=lambda r: r.id),
    age=st.one_of(st.none(), st.integers(0, 110)),
    tagged=st.booleans(),
    price=st.integers(0, 3000),
    quantity=st.integers(1, 5),
    used=st.dictionaries(st.sampled_from(FUNDERS), st.tuples(st.integers(0, 3), st.integers(0, 3)), max_size=3),
)
def test_stacking_properties(rules, age, tagged, price, quantity, used):
    diner = Diner(age=age, tags=frozenset({TEKUN}) if tagged else frozenset())
    r = q(diner, rules, quantity=quantity, price=price, used=used)
    applied = [x for x in rules if x.id in r.rule_ids]
    fitting = [x for x in rules if x.fits(diner, "lunch", DAY, True, False)]
    # every applied scheme fits the diner; no two pay the same funder
    assert all(x in fitting for x in applied)
    for a, b in itertools.combinations(applied, 2):
        assert not set(a.subsidy_per_meal(price)) & set(b.subsidy_per_meal(price))
    # the money adds up and the cap holds for every meal
    assert r.total_fen == price * quantity
    assert 0 <= r.subsidy_fen <= r.total_fen and r.self_paid_fen == r.total_fen - r.subsidy_fen
    assert all(v > 0 for v in r.subsidy.values())
    if applied:
        floor = max(x.min_price_fen for x in applied)
        assert r.subsidy_fen <= quantity * max(0, price - floor)
    # nobody gets less than the best single scheme would give for the first meal, when no limit is used up
    if not used and fitting:
        best_single = max(sum(stacked_per_meal([x], price).values()) for x in fitting)
        assert sum(stacked_per_meal(applied, price).values()) >= best_single
    # each funder's subsidised meals stay within its scheme's limit
    for claim in r.claims:
        owner = next(x for x in applied if claim.funder in x.subsidy_per_meal(price))
        if owner.limit_per_person > 0:
            taken = used.get(claim.funder, (0, 0))[0]
            assert claim.meals <= max(0, owner.limit_per_person - taken)
    assert sum(c.meals for c in r.claims) >= r.subsidised_meals or not r.claims


def test_schemes_entered_in_the_settings_stack_at_the_counter_receipt_and_settlement(db, admin, frozen):
    frozen(dt.datetime(2026, 11, 30, 9, 0))
    for rule in canteen_admin.all_rules(db):  # start from a clean sheet: end the starting rules
        canteen_admin.end_rule(db, admin, rule.id, DAY)
    start = DAY + dt.timedelta(days=1)
    canteen_admin.add_rule_version(
        db, admin, canteen_admin.RuleInput(name="区80岁以上", effective_from=start, min_age=80, district_fen=400)
    )
    canteen_admin.add_rule_version(
        db, admin, canteen_admin.RuleInput(name="街道特困", effective_from=start, any_tags=(TEKUN,), street_fen=300)
    )
    elder = residents.create_resident(
        db, admin, ResidentInput(name="赵善庆", birth_date=dt.date(1944, 5, 1), tags={resident_tags.TEKUN: ""})
    )
    frozen(dt.datetime(2026, 12, 1, 11, 30))
    res = service.sell(db, admin, SaleRequest(elder, "lunch", 1, "cash", tendered_fen=300))
    assert res.quote.subsidy == {"district": 400, "street": 300} and res.quote.self_paid_fen == 300
    pdf = reports.ticket_receipt(db, res.ticket_id)
    assert_pdf_ok(pdf, "district subsidy", "¥4", "street subsidy", "¥3", "Government subsidy ¥7 | Self-paid ¥3")
    second = service.sell(db, admin, SaleRequest(elder, "lunch", 1, "cash", repeat_ok=True))
    assert second.quote.subsidy_fen == 0  # each scheme: one subsidised meal a day
    st_ = canteen_settlement.compute(db, admin, "month", dt.date(2026, 12, 1), dt.date(2026, 12, 31), with_tickets=True)
    assert st_.by_funder == {"district": 400, "street": 300}
    assert st_.ticket_lines[0].funders == {"city": 0, "district": 400, "street": 300}
    assert st_.diners[0].tier == "区80岁以上 + 街道特困"


@pytest.mark.parametrize("age, tagged, expected", [(82, True, 700), (82, False, 400), (50, True, 300), (50, False, 0)])
def test_three_tier_scheme_needs_four_rules_not_seven(age, tagged, expected):
    rules = [*DISTRICT_AGE, STREET_TEKUN]
    assert len(rules) == 4
    diner = Diner(age=age, tags=frozenset({TEKUN}) if tagged else frozenset())
    assert q(diner, rules).subsidy_fen == expected
