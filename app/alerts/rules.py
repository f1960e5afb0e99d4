"""The alert rules of 未诉先办 and their settings: each rule is on or off and has its thresholds (whole numbers).

The defaults follow issue 19 (DOMAIN.md "未诉先办"); a center changes them through `update_rule` (permission
MANAGE_ALERT_RULES). A rule without a stored row runs with its defaults, so a new database needs no seed.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit, clock
from app.accounts.permissions import MANAGE_ALERT_RULES, SEE_ALERTS, require
from app.actor import Actor
from app.boundary import checked
from app.errors import ValidationError
from app.i18n import translate
from db.engine import Database
from db.models.alerts import AlertRuleSetting

CANTEEN_ABSENT = "canteen_absent"
ALONE_NOT_VISITED = "alone_unvisited"
HEALTH_OVERDUE = "health_overdue"
EXPIRING = "expiring"
FOLLOW_UP_CALL = "followup_call"

#: The highest value any threshold takes (ten years of days); a larger one is a typing mistake.
MAX_THRESHOLD = 3650


@dataclass(frozen=True)
class Threshold:
    name: str
    default: int
    minimum: int  # 0, or 1 where 0 makes no sense (a window of no days)
    label: Callable[[], str]  # what the settings dialog shows
    unit: Callable[[], str]


@dataclass(frozen=True)
class RuleSpec:
    code: str
    label: Callable[[], str]
    thresholds: tuple[Threshold, ...]
    visit: bool  # whether an alert of this rule can become a visit request (rules about a person's welfare)


def _days() -> str:
    return translate("Alerts", "days")


def _working_days() -> str:
    return translate("Alerts", "working days")


RULES: tuple[RuleSpec, ...] = (
    RuleSpec(
        CANTEEN_ABSENT,
        lambda: translate("Alerts", "Regular diner absent"),
        (
            Threshold("window_days", 30, 1, lambda: translate("Alerts", "Counting meals over the last"), _days),
            Threshold(
                "min_meals",
                12,
                1,
                lambda: translate("Alerts", "A regular has at least"),
                lambda: translate("Alerts", "meals"),
            ),  # fmt: skip
            Threshold("absent_working_days", 3, 1, lambda: translate("Alerts", "Absent for at least"), _working_days),
        ),
        True,
    ),
    RuleSpec(
        ALONE_NOT_VISITED,
        lambda: translate("Alerts", "Elderly living alone, not visited"),
        (
            Threshold(
                "min_age", 80, 0, lambda: translate("Alerts", "Aged at least"), lambda: translate("Alerts", "years")
            ),  # fmt: skip
            Threshold("days_not_visited", 30, 1, lambda: translate("Alerts", "Not visited for at least"), _days),
        ),
        True,
    ),
    RuleSpec(
        HEALTH_OVERDUE,
        lambda: translate("Alerts", "Health follow-up overdue"),
        (Threshold("days_overdue", 1, 0, lambda: translate("Alerts", "Overdue by at least"), _days),),
        True,
    ),
    RuleSpec(
        EXPIRING,
        lambda: translate("Alerts", "Authorisation or qualification expiring"),
        (Threshold("days_ahead", 14, 0, lambda: translate("Alerts", "Expiring within"), _days),),
        False,
    ),
    RuleSpec(
        FOLLOW_UP_CALL,
        lambda: translate("Alerts", "Resolved request waiting for its follow-up call"),
        (
            Threshold("working_days", 1, 0, lambda: translate("Alerts", "Resolved at least"), _working_days),
            Threshold("window_days", 30, 1, lambda: translate("Alerts", "Resolved within the last"), _days),
        ),
        False,
    ),
)
SPECS: dict[str, RuleSpec] = {r.code: r for r in RULES}


def rule_label(code: str) -> str:
    spec = SPECS.get(code)
    return spec.label() if spec else code


@dataclass(frozen=True)
class RuleConfig:
    """A rule as it runs: on or off, and its thresholds {name: whole number}."""

    code: str
    enabled: bool
    params: dict[str, int] = field(default_factory=dict)

    def __getitem__(self, name: str) -> int:
        return self.params[name]


def defaults(code: str) -> RuleConfig:
    spec = SPECS[code]
    return RuleConfig(code, True, {t.name: t.default for t in spec.thresholds})


def load_rules(session: Session) -> dict[str, RuleConfig]:
    """Every rule with its stored settings over its defaults (a stored value no longer valid falls back)."""
    return rules_from(session.execute(select(AlertRuleSetting.code, AlertRuleSetting.enabled,
                                             AlertRuleSetting.params)).all())  # fmt: skip


def rules_from(rows) -> dict[str, RuleConfig]:
    """`load_rules` from the rows (code, enabled, params) of `alert_rules` already read (other rows ignored)."""
    stored = {code: (enabled, params) for code, enabled, params in rows}
    out: dict[str, RuleConfig] = {}
    for spec in RULES:
        base = defaults(spec.code)
        row = stored.get(spec.code)
        if row is None:
            out[spec.code] = base
            continue
        try:
            saved = json.loads(row[1] or "{}")
        except ValueError:
            saved = {}
        params = dict(base.params)
        for t in spec.thresholds:
            value = saved.get(t.name)
            if type(value) is int and t.minimum <= value <= MAX_THRESHOLD:
                params[t.name] = value
        out[spec.code] = RuleConfig(spec.code, bool(row[0]), params)
    return out


@checked
def rules(db: Database, actor: Actor) -> list[RuleConfig]:
    """The rules in their order, as they run now (for the list's header and the settings dialog)."""
    require(actor, SEE_ALERTS)
    with db.read() as s:
        loaded = load_rules(s)
    return [loaded[spec.code] for spec in RULES]


def check_params(code: str, params: dict[str, int]) -> dict[str, int]:
    """The thresholds of rule `code` after checking them: every known name, a whole number from its minimum to
    MAX_THRESHOLD. ValidationError {threshold name: message}; a negative number gets its own message."""
    spec = SPECS.get(code)
    if spec is None:
        raise ValidationError({"code": translate("Alerts", "There is no such alert rule.")})
    known = {t.name: t for t in spec.thresholds}
    errors: dict[str, str] = {}
    for name in params:
        if name not in known:
            errors[name] = translate("Alerts", "This rule has no threshold {name}.").format(name=name)
    out: dict[str, int] = {}
    for t in spec.thresholds:
        value = params.get(t.name, defaults(code)[t.name])
        if type(value) is not int:
            errors[t.name] = translate("Alerts", "{label}: a whole number, please.").format(label=t.label())
        elif value < 0:
            errors[t.name] = translate("Alerts", "{label}: a threshold cannot be negative ({value}).").format(
                label=t.label(), value=value
            )
        elif value < t.minimum:
            errors[t.name] = translate("Alerts", "{label}: at least {minimum}.").format(
                label=t.label(), minimum=t.minimum
            )
        elif value > MAX_THRESHOLD:
            errors[t.name] = translate("Alerts", "{label}: at most {maximum}.").format(
                label=t.label(), maximum=MAX_THRESHOLD
            )
        else:
            out[t.name] = value
    if errors:
        raise ValidationError(errors)
    return out


@checked
def update_rule(db: Database, actor: Actor, code: str, enabled: bool, params: dict[str, int]) -> RuleConfig:
    """Turn a rule on or off and set its thresholds (audited with the old values). Requires MANAGE_ALERT_RULES;
    ValidationError for an unknown rule or threshold, a negative, too small or too large number; nothing written."""
    require(actor, MANAGE_ALERT_RULES)
    checked_params = check_params(code, params)
    with db.write() as s:
        before = load_rules(s)[code]
        row = s.get(AlertRuleSetting, code)
        text = json.dumps(checked_params, sort_keys=True)
        if row is None:
            s.add(
                AlertRuleSetting(
                    code=code, enabled=enabled, params=text, updated_at=clock.now(), updated_by_id=actor.user_id
                )
            )
        else:
            row.enabled = enabled
            row.params = text
            row.updated_at = clock.now()
            row.updated_by_id = actor.user_id
        b, a = audit.changed_fields(
            {"enabled": before.enabled, **before.params}, {"enabled": enabled, **checked_params}
        )
        if a:
            audit.record(s, actor, "change", "alert_rule", code, audit.message("alerts.rule_changed", rule=code), b, a)
    return RuleConfig(code, enabled, checked_params)
