"""The subsidy engine: who pays what for a meal. Pure: no database, no Qt, no clock.

A rule is one funder's scheme tier (DOMAIN "Schemes stack across funders"): who qualifies (age range and/or
category tags, local residents only, weekdays, not on holidays, which slots), how much its funder adds per meal
(or, in the other style some cities use, a fixed price per tier, the funder covering the difference), and a
per-person limit (subsidised meals per day or per slot). A diner gets every funder's scheme they qualify for —
the best tier of each, never two tiers paying the same funder — and the subsidy is the sum, capped at the price
less the minimum price. Rules entered before schemes stacked may pay several funders at once; they still apply
as they were, competing with any other rule that pays one of the same funders. A meal beyond a scheme's limit,
a guest (散客) and a diner no rule fits pay the full price (less any other scheme still within its limit).
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
class Claim:
    """Subsidised meals a sale takes from one funder's scheme (the claims the database keeps, one row a meal)."""

    funder: str
    scope: str  # "day" | "slot": the scheme's per-person limit counts per day or per meal slot
    meals: int


@dataclass(frozen=True)
class Quote:
    unit_price_fen: int
    quantity: int
    total_fen: int
    subsidy: dict[str, int]  # funder -> fen, over all meals
    subsidised_meals: int
    rule_id: int | None  # the first scheme applied (the ticket's rule); all of them in `rule_ids`
    tier: str
    reason: str
    rule_ids: tuple[int, ...] = ()
    claims: tuple[Claim, ...] = ()
    withheld_fen: int = 0  # subsidy withheld (a sale outside the serving hours sold at full price)

    @property
    def subsidy_fen(self) -> int:
        return sum(self.subsidy.values())

    @property
    def self_paid_fen(self) -> int:
        return self.total_fen - self.subsidy_fen


Used = dict[str, tuple[int, int]]  # funder -> (subsidised meals taken today, taken in this slot)


def _choose(fitting: list[SubsidyRule], price_fen: int) -> list[SubsidyRule]:
    """The schemes a diner gets: every funder's best tier, stacked, at most one tier paying each funder.

    A rule pays one funder (a funder's scheme: district age tiers, a street 特困 supplement) or, as rules
    entered before schemes stacked, several at once; two rules that pay the same funder never both apply.
    Among the combinations of fitting rules with no funder in common, the one giving the most subsidy (after the
    cap) wins; ties go to fewer rules, then to the lower rule ids (the older scheme). At most 2^k combinations of
    the k best rules, one per distinct funder set (k ≤ 7 with three funders).
    """
    best_per_key: dict[frozenset[str], tuple[int, SubsidyRule]] = {}
    for rule in sorted(fitting, key=lambda r: r.id):
        key = frozenset(rule.subsidy_per_meal(price_fen))
        if not key:
            continue
        amount = sum(stacked_per_meal([rule], price_fen).values())  # what the tier gives, its minimum price kept
        held = best_per_key.get(key)
        if held is None or amount > held[0]:
            best_per_key[key] = (amount, rule)
    candidates = sorted((r for _a, r in best_per_key.values()), key=lambda r: r.id)
    best: tuple[int, int, tuple[int, ...]] | None = None
    chosen: list[SubsidyRule] = []
    for mask in range(1, 1 << len(candidates)):
        combo = [r for i, r in enumerate(candidates) if mask >> i & 1]
        funders: set[str] = set()
        disjoint = True
        for r in combo:
            keys = set(r.subsidy_per_meal(price_fen))
            if funders & keys:
                disjoint = False
                break
            funders |= keys
        if not disjoint:
            continue
        amount = sum(stacked_per_meal(combo, price_fen).values())
        rank = (amount, -len(combo), tuple(-r.id for r in combo))
        if best is None or rank > best:
            best, chosen = rank, combo
    return chosen


def stacked_per_meal(rules: list[SubsidyRule], price_fen: int) -> dict[str, int]:
    """Per funder, for one meal: the rules' amounts summed, capped at the price less the highest minimum price.

    Under the cap the funders are served in the order city, district, street (the higher level first)."""
    if not rules:
        return {}
    cap = max(0, price_fen - max(max(0, r.min_price_fen) for r in rules))
    wanted: dict[str, int] = {}
    for r in rules:
        for f, a in r.subsidy_per_meal(price_fen).items():
            wanted[f] = wanted.get(f, 0) + a
    out: dict[str, int] = {}
    for funder in sorted(wanted, key=lambda f: FUNDERS.index(f) if f in FUNDERS else len(FUNDERS)):
        take = min(wanted[funder], cap)
        if take:
            out[funder] = take
            cap -= take
    return out


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
    used: Used | None = None,
) -> Quote:
    """Price `quantity` meals (fen) for `diner` in `slot` on `day` under `rules` (those in force).

    The diner gets every funder's scheme they qualify for (see `_choose`), each within its own per-person limit:
    `used` gives, per funder, the subsidised meals already taken today and in this slot (the sale's claims);
    without it `claimed_today` / `claimed_in_slot` count for every funder. A meal beyond a scheme's limit gets
    the other schemes only; the cap (price less minimum price) holds for every meal. Raises ValueError for a
    quantity below 1 or a negative price (the service validates first).
    """
    if quantity < 1:
        raise ValueError("quantity must be at least 1")
    if price_fen < 0:
        raise ValueError("price must not be negative")
    total = price_fen * quantity
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
    fitting = [r for r in rules if r.fits(diner, slot, day, working_day, holiday)]
    chosen = _choose(fitting, price_fen)
    if not chosen:
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

    def taken(rule: SubsidyRule) -> int:
        counts = []
        for f in rule.subsidy_per_meal(price_fen):
            today, in_slot = used.get(f, (0, 0)) if used is not None else (claimed_today, claimed_in_slot)
            counts.append(in_slot if rule.limit_scope == "slot" else today)
        return max(counts, default=0)

    allowed = {
        r.id: quantity if r.limit_per_person <= 0 else max(0, min(quantity, r.limit_per_person - taken(r)))
        for r in chosen
    }
    subsidy: dict[str, int] = {}
    meals_of: dict[str, int] = {}
    subsidised = 0
    for i in range(1, quantity + 1):
        active = [r for r in chosen if allowed[r.id] >= i]
        per_meal = stacked_per_meal(active, price_fen)
        if per_meal:
            subsidised += 1
        for f, a in per_meal.items():
            subsidy[f] = subsidy.get(f, 0) + a
            meals_of[f] = meals_of.get(f, 0) + 1
    scope_of = {f: r.limit_scope for r in chosen for f in r.subsidy_per_meal(price_fen)}
    claims = tuple(Claim(f, scope_of[f], n) for f, n in meals_of.items())
    tier = " + ".join(r.name for r in chosen)
    first = stacked_per_meal(chosen, price_fen)
    parts = " + ".join(f"{funder_label(f)} {money(a)}" for f, a in first.items())
    if subsidised == 0:
        reason = translate("Canteen", "{tier}: subsidised meal already taken today, full price").format(tier=tier)
    elif subsidised < quantity:
        reason = translate("Canteen", "{tier} {parts} (for {n} of the meals; the rest at full price)").format(
            tier=tier, parts=parts, n=subsidised
        )
    elif any(allowed[r.id] < quantity for r in chosen):
        limited = min(allowed[r.id] for r in chosen)
        reason = translate("Canteen", "{tier} {parts} (for {n} of the meals; the others get less)").format(
            tier=tier, parts=parts, n=limited
        )
    else:
        reason = f"{tier} {parts}"
    return Quote(
        price_fen,
        quantity,
        total,
        subsidy,
        subsidised,
        chosen[0].id,
        tier,
        reason,
        tuple(r.id for r in chosen),
        claims,
    )
