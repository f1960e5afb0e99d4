"""The canteen's settings, for administrators: meal slots (window, price, dishes, portion limit) and subsidy rules.

Rules are versioned, never edited in place: a change is a new version with an effective date, and the version it
replaces ends the day before. A sold ticket keeps its own price split, and the rule history stays true to it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass

from sqlalchemy import select

from app import audit, clock, field_labels
from app.accounts.permissions import MANAGE_CANTEEN, require
from app.actor import Actor
from app.boundary import checked
from app.canteen.pricing import FUNDERS
from app.errors import NotFound, UserError, ValidationError
from app.i18n import translate
from db.engine import Database
from db.models.canteen import MealSlot, SubsidyRule

MAX_PRICE_FEN = 100_000  # ¥1,000 a meal: anything above is a typing mistake
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


@dataclass
class SlotInput:
    name: str
    starts: str  # "HH:MM", local time
    ends: str
    price_fen: int
    dishes: str = ""
    portion_limit: int | None = None
    active: bool = True


def validate_slot(inp: SlotInput) -> dict[str, str]:
    """Field -> message for everything wrong (empty when the input is fine); the dialog shows them as one types."""
    errors: dict[str, str] = {}
    if not inp.name.strip():
        errors["name"] = translate("Canteen", "Give the meal a name.")
    elif len(inp.name.strip()) > 50:
        errors["name"] = field_labels.too_long("name", 50, len(inp.name.strip()), "SlotInput")
    for key, value in (("starts", inp.starts), ("ends", inp.ends)):
        if not _TIME.match(value.strip()):
            errors[key] = translate("Canteen", "Write the time as HH:MM, e.g. 11:00.")
    if "starts" not in errors and "ends" not in errors and inp.starts.strip() >= inp.ends.strip():
        errors["ends"] = translate("Canteen", "The serving window must end after it starts.")
    if not isinstance(inp.price_fen, int) or not 0 <= inp.price_fen <= MAX_PRICE_FEN:
        errors["price"] = translate("Canteen", "Enter a price between ¥0 and ¥1000.")
    if len(inp.dishes) > 500:
        errors["dishes"] = field_labels.too_long("dishes", 500, len(inp.dishes), "SlotInput")
    if inp.portion_limit is not None and not 1 <= inp.portion_limit <= 100_000:
        errors["portion_limit"] = translate("Canteen", "The portion limit is 1 or more, or empty for no limit.")
    return errors


@checked
def update_slot(db: Database, actor: Actor, code: str, inp: SlotInput) -> None:
    """Change a slot; sold tickets keep the price they were sold at (it is stored on each ticket)."""
    require(actor, MANAGE_CANTEEN)
    errors = validate_slot(inp)
    if errors:
        raise ValidationError(errors)
    with db.write() as s:
        slot = s.get(MealSlot, code)
        if slot is None:
            raise NotFound(translate("Canteen", "Unknown meal slot."))
        before = {
            "name": slot.name,
            "starts": slot.starts,
            "ends": slot.ends,
            "price_fen": slot.price_fen,
            "dishes": slot.dishes,
            "portion_limit": slot.portion_limit,
            "active": slot.active,
        }
        slot.name = inp.name.strip()
        slot.starts = inp.starts.strip()
        slot.ends = inp.ends.strip()
        slot.price_fen = inp.price_fen
        slot.dishes = inp.dishes.strip()
        slot.portion_limit = inp.portion_limit
        slot.active = inp.active
        after = {**before, **{k: getattr(slot, k) for k in before}}
        if after != before:
            audit.record(s, actor, "update", "meal_slot", code, slot.name, before, after)


@checked
def all_slots(db: Database) -> list[MealSlot]:
    with db.read() as s:
        rows = list(s.execute(select(MealSlot).order_by(MealSlot.sort_order)).scalars())
        for r in rows:
            s.expunge(r)
        return rows


@dataclass
class RuleInput:
    name: str
    effective_from: dt.date
    min_age: int | None = None
    max_age: int | None = None
    any_tags: tuple[str, ...] = ()
    local_only: bool = True
    weekdays_only: bool = True
    skip_holidays: bool = True
    slots: tuple[str, ...] = ()
    city_fen: int = 0
    district_fen: int = 0
    street_fen: int = 0
    min_price_fen: int = 0
    fixed_price_fen: int | None = None
    fixed_funder: str = "street"
    limit_per_person: int = 1
    limit_scope: str = "day"


def validate_rule(inp: RuleInput, today: dt.date | None = None) -> dict[str, str]:
    errors: dict[str, str] = {}
    today = today or clock.today()
    if not inp.name.strip():
        errors["name"] = translate("Canteen", "Name the tier, e.g. 80–89岁.")
    elif len(inp.name.strip()) > 50:
        errors["name"] = field_labels.too_long("name", 50, len(inp.name.strip()), "RuleInput")
    if inp.effective_from < today:
        errors["effective_from"] = translate(
            "Canteen", "A new version starts today or later: past tickets keep the rules they were sold under."
        )
    for key, age in (("min_age", inp.min_age), ("max_age", inp.max_age)):
        if age is not None and not 0 <= age <= 130:
            errors[key] = translate("Canteen", "An age is between 0 and 130.")
    if (
        inp.min_age is not None
        and inp.max_age is not None
        and "min_age" not in errors
        and "max_age" not in errors
        and inp.min_age > inp.max_age
    ):
        errors["max_age"] = translate("Canteen", "The highest age must not be below the lowest.")
    if inp.min_age is None and inp.max_age is None and not inp.any_tags:
        errors["min_age"] = translate("Canteen", "Say who qualifies: an age range, a category, or both.")
    for key in ("city_fen", "district_fen", "street_fen", "min_price_fen"):
        value = getattr(inp, key)
        if not isinstance(value, int) or not 0 <= value <= MAX_PRICE_FEN:
            errors[key] = translate("Canteen", "Enter an amount between ¥0 and ¥1000.")
    if inp.fixed_price_fen is not None:
        if not 0 <= inp.fixed_price_fen <= MAX_PRICE_FEN:
            errors["fixed_price_fen"] = translate("Canteen", "Enter an amount between ¥0 and ¥1000.")
        if inp.fixed_funder not in FUNDERS:
            errors["fixed_funder"] = translate("Canteen", "Choose who pays the difference.")
    elif inp.city_fen + inp.district_fen + inp.street_fen == 0:
        errors["city_fen"] = translate("Canteen", "Give at least one funder an amount, or set a fixed price.")
    if not 0 <= inp.limit_per_person <= 10:
        errors["limit_per_person"] = translate("Canteen", "The limit is 0 (none) to 10 subsidised meals.")
    if inp.limit_scope not in ("day", "slot"):
        errors["limit_scope"] = translate("Canteen", "The limit counts per day or per meal.")
    return errors


@checked
def add_rule_version(db: Database, actor: Actor, inp: RuleInput, replaces: int | None = None) -> int:
    """A new rule, or a new version of rule `replaces` (which then ends the day before). Nothing is rewritten."""
    require(actor, MANAGE_CANTEEN)
    errors = validate_rule(inp)
    if errors:
        raise ValidationError(errors)
    with db.write() as s:
        old = None
        if replaces is not None:
            old = s.get(SubsidyRule, replaces)
            if old is None or old.archived_at is not None:
                raise NotFound(translate("Canteen", "No such subsidy rule."))
            if old.effective_to is not None and old.effective_to < inp.effective_from - dt.timedelta(days=1):
                raise UserError(translate("Canteen", "That rule has already ended; add a new rule instead."))
            if inp.effective_from <= old.effective_from:
                raise ValidationError(
                    {
                        "effective_from": translate(
                            "Canteen",
                            "The new version must start after the current one ({day}).",
                        ).format(day=old.effective_from.isoformat())
                    }
                )
        rule = SubsidyRule(
            name=inp.name.strip(),
            effective_from=inp.effective_from,
            effective_to=old.effective_to if old is not None else None,
            min_age=inp.min_age,
            max_age=inp.max_age,
            any_tags=",".join(sorted(set(inp.any_tags))),
            local_only=inp.local_only,
            weekdays_only=inp.weekdays_only,
            skip_holidays=inp.skip_holidays,
            slots=",".join(sorted(set(inp.slots))),
            city_fen=inp.city_fen,
            district_fen=inp.district_fen,
            street_fen=inp.street_fen,
            min_price_fen=inp.min_price_fen,
            fixed_price_fen=inp.fixed_price_fen,
            fixed_funder=inp.fixed_funder,
            limit_per_person=inp.limit_per_person,
            limit_scope=inp.limit_scope,
            created_at=clock.now(),
        )
        s.add(rule)
        if old is not None:
            before_to = old.effective_to
            old.effective_to = inp.effective_from - dt.timedelta(days=1)
        s.flush()
        after = {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in asdict(inp).items()}
        audit.record(
            s,
            actor,
            "create",
            "subsidy_rule",
            rule.id,
            rule.name,
            None if old is None else {"replaces": old.id, "effective_to": before_to and before_to.isoformat()},
            after,
        )
        return rule.id


@checked
def end_rule(db: Database, actor: Actor, rule_id: int, last_day: dt.date) -> None:
    """Stop a rule after `last_day` (today or later); tickets already sold under it are untouched."""
    require(actor, MANAGE_CANTEEN)
    if last_day < clock.today():
        raise ValidationError({"last_day": translate("Canteen", "A rule can end today at the earliest.")})
    with db.write() as s:
        rule = s.get(SubsidyRule, rule_id)
        if rule is None or rule.archived_at is not None:
            raise NotFound(translate("Canteen", "No such subsidy rule."))
        if last_day < rule.effective_from - dt.timedelta(days=1):
            raise ValidationError({"last_day": translate("Canteen", "A rule cannot end before it starts.")})
        before = rule.effective_to
        rule.effective_to = last_day
        audit.record(
            s,
            actor,
            "end",
            "subsidy_rule",
            rule.id,
            rule.name,
            {"effective_to": before and before.isoformat()},
            {"effective_to": last_day.isoformat()},
        )


@checked
def all_rules(db: Database) -> list[SubsidyRule]:
    """Every rule version, current ones first (a few dozen at most)."""
    with db.read() as s:
        rows = list(
            s.execute(
                select(SubsidyRule)
                .where(SubsidyRule.archived_at.is_(None))
                .order_by(SubsidyRule.effective_to.is_not(None), SubsidyRule.name, SubsidyRule.effective_from.desc())
            ).scalars()
        )
        for r in rows:
            s.expunge(r)
        return rows


@checked
def set_late_sale_policy(db: Database, actor: Actor, policy: str) -> None:
    """What a subsidised sale outside the slot's serving hours does without a supervisor's approval:
    "refuse" (the sale asks for the approval) or "full_price" (it sells at full price). Audited as a setting."""
    require(actor, MANAGE_CANTEEN)
    from app import settings
    from app.canteen.service import LATE_SALE_POLICIES, LATE_SALE_SETTING

    if policy not in LATE_SALE_POLICIES:
        raise ValidationError({"late_sale": translate("Canteen", "Choose refuse or full price.")})
    settings.set_many(db, actor, {LATE_SALE_SETTING: policy})
