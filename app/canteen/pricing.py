"""The subsidy engine: who pays what for a meal. Pure: no database, no Qt, no clock.

A rule says who qualifies (age range and/or category tags, local residents only, weekdays, not on
holidays, which slots) and either how much each funder (city, district, street) adds per meal — the
amounts stack and subsidy = min(sum, price), never leaving less than the rule's minimum price to pay —
or a fixed price per tier (the other style some cities use). A limit caps subsidised meals per person
per day or per slot; a meal beyond it, a guest (散客) and a diner no rule fits pay the full price.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from app.i18n import translate

FUNDERS = ("city", "district", "street")


def funder_label(funder: str) -> str:
    return {
        "city": translate("Canteen", "city subsidy"),
        "district": translate("Canteen", "district subsidy"),
        "street": translate("Canteen", "street subsidy"),
    }.get(funder, funder)


def money(fen: int) -> str:
    sign = "-" if fen < 0 else ""
    fen = abs(fen)
    return f"{sign}¥{fen // 100}" if fen % 100 == 0 else f"{sign}¥{fen // 100}.{fen % 100:02d}"


@dataclass(frozen=True)
class Diner:
    age: int | None
    tags: frozenset[str] = frozenset()
    is_local: bool = True
    guest: bool = False  # a walk-in guest (散客): always full price


@dataclass(frozen=True)
class SubsidyRule:
    id: int
    name: str  # the tier as people say it: "80–89岁", "特困"
    effective_from: dt.date
    effective_to: dt.date | None = None
    min_age: int | None = None
    max_age: int | None = None
    any_tags: frozenset[str] = frozenset()  # qualifies when the diner has one of these (empty: no tag needed)
    local_only: bool = True
    weekdays_only: bool = True
    skip_holidays: bool = True
    slots: frozenset[str] = frozenset()  # empty: every slot
    amounts: dict[str, int] = field(default_factory=dict)  # funder -> fen per meal
    min_price_fen: int = 0  # the diner pays at least this when subsidised
    fixed_price_fen: int | None = None  # fixed-price style: the diner pays this per meal
    fixed_funder: str = "street"  # who covers the difference in the fixed-price style
    limit_per_person: int = 1  # subsidised meals per person per day (or per slot); 0: no limit
    limit_scope: str = "day"  # "day" | "slot"

    def in_force(self, day: dt.date) -> bool:
        return self.effective_from <= day and (self.effective_to is None or day <= self.effective_to)

    def fits(self, diner: Diner, slot: str, day: dt.date, working_day: bool, holiday: bool) -> bool:
        if not self.in_force(day) or diner.guest:
            return False
        if self.slots and slot not in self.slots:
            return False
        if self.local_only and not diner.is_local:
            return False
        if self.weekdays_only and not working_day:
            return False
        if self.skip_holidays and holiday:
            return False
        if self.min_age is not None or self.max_age is not None:
            if diner.age is None:
                return False
            if self.min_age is not None and diner.age < self.min_age:
                return False
            if self.max_age is not None and diner.age > self.max_age:
                return False
        return not self.any_tags or bool(self.any_tags & diner.tags)

    def subsidy_per_meal(self, price_fen: int) -> dict[str, int]:
        """Per funder, for one meal at `price_fen`: stacked, capped at the price less the minimum price."""
        if self.fixed_price_fen is not None:
            diff = max(0, price_fen - self.fixed_price_fen)
            return {self.fixed_funder: diff} if diff else {}
        cap = max(0, price_fen - max(0, self.min_price_fen))
        out: dict[str, int] = {}
        for funder in FUNDERS:
            amount = max(0, int(self.amounts.get(funder, 0)))
            take = min(amount, cap)
            if take:
                out[funder] = take
                cap -= take
        return out


@dataclass(frozen=True)
class Quote:
    unit_price_fen: int
    quantity: int
    total_fen: int
    subsidy: dict[str, int]  # funder -> fen, over all meals
    subsidised_meals: int
    rule_id: int | None
    tier: str
    reason: str

    @property
    def subsidy_fen(self) -> int:
        return sum(self.subsidy.values())

    @property
    def self_paid_fen(self) -> int:
        return self.total_fen - self.subsidy_fen


def quote(
    diner: Diner,
    slot: str,
    price_fen: int,
    quantity: int,
    day: dt.date,
    rules: list[SubsidyRule],
    *,
    working_day: bool,
    holiday: bool,
    claimed_today: int = 0,
    claimed_in_slot: int = 0,
) -> Quote:
    """Price `quantity` meals for `diner`; `claimed_*` are the subsidised meals they already had."""
    if quantity < 1:
        raise ValueError("quantity must be at least 1")
    if price_fen < 0:
        raise ValueError("price must not be negative")
    total = price_fen * quantity
    best: SubsidyRule | None = None
    best_amount = -1
    for rule in rules:
        if rule.fits(diner, slot, day, working_day, holiday):
            amount = sum(rule.subsidy_per_meal(price_fen).values())
            if amount > best_amount:
                best, best_amount = rule, amount
    if diner.guest:
        return Quote(
            price_fen,
            quantity,
            total,
            {},
            0,
            None,
            translate("Canteen", "Guest"),
            translate("Canteen", "Guest: full price"),
        )
    if best is None or best_amount <= 0:
        return Quote(
            price_fen,
            quantity,
            total,
            {},
            0,
            None,
            translate("Canteen", "Full price"),
            translate("Canteen", "No subsidy applies: full price"),
        )
    used = claimed_in_slot if best.limit_scope == "slot" else claimed_today
    allowed = quantity if best.limit_per_person <= 0 else max(0, min(quantity, best.limit_per_person - used))
    per_meal = best.subsidy_per_meal(price_fen)
    subsidy = {f: a * allowed for f, a in per_meal.items() if a * allowed}
    parts = " + ".join(f"{funder_label(f)} {money(a)}" for f, a in per_meal.items())
    if allowed == 0:
        reason = translate("Canteen", "{tier}: subsidised meal already taken today, full price").format(tier=best.name)
    elif allowed < quantity:
        reason = translate("Canteen", "{tier} {parts} (for {n} of the meals; the rest at full price)").format(
            tier=best.name, parts=parts, n=allowed
        )
    else:
        reason = f"{best.name} {parts}"
    return Quote(price_fen, quantity, total, subsidy, allowed, best.id, best.name, reason)
