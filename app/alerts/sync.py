"""Keeping the `alerts` table in step with the facts, rule by rule, only when something a rule reads has changed.

The list at the desk (今日关注) is read from the `alerts` table: the rows not ended, counted per rule and read a
page at a time (app.alerts.service). This module keeps those rows true:

- Each rule has a *key*: the day, the rule's settings, the working-day calendar (for the rules that count working
  days) and the change counters of the tables it reads (`DEPENDS`; `change_topics`, bumped by db.changes in the
  same transaction as every write to those tables, on SQLite and PostgreSQL, whichever workstation wrote it).
- The key the `alerts` rows of a rule were last brought in step with is stored beside the rules' settings (an
  `alert_rules` row named `sync:<rule>`), in the same transaction as the rows themselves.
- `bring_in_step` compares the keys. A rule whose key is unchanged is not computed: nothing it reads has changed
  since its rows were written (a meal sold, a visit recorded, a follow-up done, a reading taken, a request resolved
  or called back, a contact or qualification changed, a resident archived or restored (every rule reading
  residents), moved, re-dated or re-tagged (the 80+ living alone rule; not a resident's name, phone or note:
  db.changes.REGISTRY and ARCHIVE), a new day, a setting changed
  all change it). A rule whose key changed is computed (app.alerts.compute) and its rows brought in step in one
  write: a rule newly true of a subject raises an alert, an alert no longer true is ended, an alert whose `since` or
  stored facts moved is updated; then the new key is stored.

Two workstations: the write takes the writers' lock (SQLite: the write transaction; PostgreSQL: a transaction-level
advisory lock), reads the keys again, and writes only the rules whose key is still the one their hits were
computed for, comparing the hits with the rows as they are under the lock. A rule whose facts changed while it was
being computed is left for the next opening (its stored key stays old). `ux_alerts_current` still keeps an alert
from being raised twice.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json

from sqlalchemy import bindparam, text, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from app import clock
from app.alerts import compute as C
from app.alerts import rules as R
from app.workdays import WorkCalendar, load_calendar
from db.changes import ARCHIVE, REGISTRY
from db.engine import Database
from db.models.alerts import Alert, AlertRuleSetting

#: Rule → the change topics (db.changes.TOPICS) of the tables its query reads. Of residents the rules read only who
#: is registered (archived or not) and, for the 80+ living alone rule, their birth date, address and tags — the
#: names are read when a row is shown — so they follow `ARCHIVE` and `REGISTRY`, which an ordinary edit of a
#: resident (a phone, a note, a name) does not move, and a move moves only `REGISTRY`.
DEPENDS: dict[str, tuple[str, ...]] = {
    R.CANTEEN_ABSENT: ("canteen.tickets", ARCHIVE),
    R.ALONE_NOT_VISITED: ("community.visits", REGISTRY),
    R.HEALTH_OVERDUE: ("health", ARCHIVE),
    R.EXPIRING: ("childcare.children", ARCHIVE, "volunteers"),
    R.FOLLOW_UP_CALL: ("requests",),
}
#: The rules that count working days (their key carries the calendar).
CALENDAR_RULES = frozenset({R.CANTEEN_ABSENT, R.FOLLOW_UP_CALL})
KEY_PREFIX = "sync:"  # + rule code: the alert_rules row holding the key its alerts are in step with
_PG_LOCK = 0x616C6572  # pg_advisory_xact_lock key of the alerts' sync ("aler")

OPEN = "open"


def _versions(session: Session) -> dict[str, int]:
    return {t: int(v) for t, v in session.connection().exec_driver_sql("SELECT topic, version FROM change_topics")}


def _calendar_digest(calendar: WorkCalendar) -> str:
    days = sorted(f"h{d.isoformat()}" for d in calendar.holidays)
    days += sorted(f"w{d.isoformat()}" for d in calendar.make_up_workdays)
    return hashlib.sha256(",".join(days).encode()).hexdigest()[:16]


def keys(session: Session, today: dt.date) -> tuple[C.Context, dict[str, str], dict[str, str]]:
    """The day's context, each rule's key as of now (the change counters read first), and the keys stored."""
    versions = _versions(session)
    settings = session.connection().exec_driver_sql("SELECT code, enabled, params FROM alert_rules").fetchall()
    ctx = C.Context(today, load_calendar(session), R.rules_from(settings))
    stored = {code[len(KEY_PREFIX) :]: params for code, _e, params in settings if code.startswith(KEY_PREFIX)}
    calendar = _calendar_digest(ctx.calendar)
    out = {}
    for spec in R.RULES:
        rule = ctx.rules[spec.code]
        out[spec.code] = json.dumps(
            [
                today.isoformat(),
                rule.enabled,
                rule.params,
                calendar if spec.code in CALENDAR_RULES else None,
                [versions.get(t, 0) for t in DEPENDS[spec.code]],
            ],
            sort_keys=True,
        )
    return ctx, out, stored


def stale(session: Session, today: dt.date) -> tuple[C.Context, dict[str, str], list[str]]:
    """The day's context, the rules' keys now, and the rules whose alerts are not in step with them."""
    ctx, now_keys, stored = keys(session, today)
    return ctx, now_keys, [code for code, key in now_keys.items() if stored.get(code) != key]


def _insert(session: Session):
    table = Alert.__table__
    stmt = postgresql.insert(table) if session.get_bind().dialect.name == "postgresql" else sqlite.insert(table)
    return stmt.on_conflict_do_nothing(index_elements=["rule", "subject"], index_where=Alert.ended_on.is_(None))


def _facts_text(facts: dict) -> str:
    return json.dumps(facts, ensure_ascii=False, sort_keys=True)


def _apply(session: Session, rule: str, hits: list[C.Hit], ctx: C.Context, key: str) -> None:
    """Bring `rule`'s current alerts in step with `hits` (inside the write, under the lock) and store `key`."""
    conn = session.connection()
    current = {
        subject: (aid, since, facts)
        for aid, subject, since, facts in conn.execute(
            text("SELECT id, subject, since, facts FROM alerts WHERE ended_on IS NULL AND rule = :rule"),
            {"rule": rule},
        )
    }
    now = clock.now()
    new, moved = [], []
    seen = set()
    for h in hits:
        if h.subject in seen:
            continue
        seen.add(h.subject)
        row = current.get(h.subject)
        since, facts = C.stored(h, ctx)
        if row is None:
            new.append({"rule": rule, "subject": h.subject, "resident_id": h.resident_id, "raised_on": ctx.today,
                        "raised_at": now, "since": since, "facts": _facts_text(facts), "state": OPEN})  # fmt: skip
            continue
        was_since = C.as_date(row[1]) if row[1] is not None else None
        if was_since != since or row[2] != _facts_text(facts):
            moved.append({"b_id": row[0], "b_since": since, "b_facts": _facts_text(facts)})
    gone = [row[0] for subject, row in current.items() if subject not in seen]
    if new:
        session.execute(_insert(session), new)
    for i in range(0, len(gone), C.CHUNK):
        session.execute(
            update(Alert).where(Alert.id.in_(gone[i : i + C.CHUNK]), Alert.ended_on.is_(None)).values(ended_on=ctx.today)
        )
    if moved:
        t = Alert.__table__
        conn.execute(
            t.update().where(t.c.id == bindparam("b_id")).values(since=bindparam("b_since"), facts=bindparam("b_facts")),
            moved,
        )
    code = KEY_PREFIX + rule
    row = session.get(AlertRuleSetting, code)
    if row is None:
        session.add(AlertRuleSetting(code=code, enabled=True, params=key, updated_at=now))
    else:
        row.params = key
        row.updated_at = now


def bring_in_step(db: Database, today: dt.date | None = None) -> C.Context:
    """Compute the rules whose key changed and bring their alerts in step (see the module's docstring). Returns
    the day's context. Reads only (no write, no rule computed) when every rule's key is the stored one."""
    today = today or clock.today()
    with db.read() as s:
        ctx, now_keys, codes = stale(s, today)
        if not codes:
            return ctx
        found = {code: C.COMPUTE[code](s, ctx.rules[code], ctx) if ctx.rules[code].enabled else [] for code in codes}
    with db.write() as s:
        if s.get_bind().dialect.name == "postgresql":
            s.connection().exec_driver_sql(f"SELECT pg_advisory_xact_lock({_PG_LOCK})")
        _ctx, locked_keys, done = keys(s, today)
        for code in codes:
            if locked_keys[code] != now_keys[code]:
                continue  # its facts changed while it was computed: the next opening computes it again
            if done.get(code) == now_keys[code]:
                continue  # another workstation brought it in step meanwhile
            _apply(s, code, found[code], ctx, now_keys[code])
    return ctx
