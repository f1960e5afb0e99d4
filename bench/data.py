"""Data sets for the benchmark, built once per schema and size, cached in bench-data/ (gitignored).

The full data set is one database with everything a busy center has after three years:
100,000 residents, 1,000,000 meal tickets (a month of 60,000, a cashier's day of 2,000), 200,000 requests,
300 children in one program with a term of attendance, 5,000 volunteer shifts (500 in one week).

Consistent with the services: the small reference data (settings, staff, meal slots, subsidy rules, request
categories, programs, volunteers) comes from the demo, which goes through the services; each bulk table is
then filled by cloning a row the real service wrote (a sale, an intake, a sign-in, a shift), varying only
what differs between rows, and the gapless-number sequences are moved past the numbers used. Bulk rows carry
no audit entries (the services would write one each; the audit table is not read by any figure).
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
import shutil
import sqlite3
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

TZ = ZoneInfo("Asia/Shanghai")
NOW = dt.datetime(2026, 11, 27, 11, 40)  # local: a Friday at lunch; "today" of every figure
TODAY = NOW.date()
CLOSE_DAY = dt.date(2026, 11, 26)  # the bench cashier's day of 2,000 tickets
SETTLE_MONTH = (2026, 10)  # the month of 60,000 tickets
WEEK = dt.date(2026, 11, 23)  # the week of 500 shifts
FIRST_DAY = TODAY - dt.timedelta(days=3 * 365)


@dataclass(frozen=True)
class Scale:
    residents: int
    tickets: int
    month_tickets: int
    day_tickets: int
    requests: int
    children: int
    shifts: int
    week_shifts: int
    diners: int

    @property
    def key(self) -> str:
        return f"v{VERSION}-{self.residents}-{self.tickets}-{self.requests}-{self.children}-{self.shifts}-{self.diners}"


FULL = Scale(100_000, 1_000_000, 60_000, 2_000, 200_000, 300, 5_000, 500, 3_000)
QUICK = Scale(2_000, 20_000, 3_000, 200, 4_000, 40, 300, 50, 200)
TINY = Scale(600, 3_000, 600, 60, 300, 20, 60, 10, 80)  # tests/bench: the rules checked on a data set built in seconds
VERSION = 3  # bump when the shape of the data changes (the cached file is rebuilt)


_SHANGHAI = dt.timedelta(hours=8)  # Asia/Shanghai: UTC+8, no daylight saving since 1991


def _utc_text(local: dt.datetime) -> str:
    return (local - _SHANGHAI).isoformat(sep=" ", timespec="microseconds")


def _template(con: sqlite3.Connection, table: str, where: str = "", params: tuple = ()) -> dict:
    con.row_factory = sqlite3.Row
    row = con.execute(f"SELECT * FROM {table} {where} ORDER BY id DESC LIMIT 1", params).fetchone()
    con.row_factory = None
    if row is None:
        raise RuntimeError(f"no template row in {table} {where}")
    return dict(row)


def _bulk(con: sqlite3.Connection, table: str, template: dict, rows: Iterable[dict], drop_indexes: bool = True) -> int:
    """INSERT clones of `template` with each dict's overrides (the id is left to SQLite)."""
    cols = [c for c in template if c != "id"]
    indexes = []
    if drop_indexes:
        indexes = [
            (n, sql)
            for n, sql in con.execute(
                "SELECT name, sql FROM sqlite_master WHERE type='index' AND tbl_name=? AND sql IS NOT NULL", (table,)
            )
        ]
        for n, _ in indexes:
            con.execute(f'DROP INDEX "{n}"')
    base = [template[c] for c in cols]
    pos = {c: i for i, c in enumerate(cols)}
    count = 0

    def values():
        nonlocal count
        for over in rows:
            v = list(base)
            for k, x in over.items():
                v[pos[k]] = x
            count += 1
            yield v

    con.executemany(f"INSERT INTO {table} ({','.join(cols)}) VALUES ({','.join('?' * len(cols))})", values())
    for _, sql in indexes:
        con.execute(sql)
    return count


def _set_sequence(con: sqlite3.Connection, name: str, value: int) -> None:
    con.execute(
        "INSERT INTO sequences (name, value) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET value=max(value, ?)",
        (name, value, value),
    )


# ---- the services' part: reference data and one template row per bulk table ----------------------------------


def _seed_with_services(path: Path, scale: Scale, log: Callable[[str], None]) -> dict:
    from app import clock, demo
    from app.accounts.service import actor_for
    from app.database import open_database

    clock.freeze(NOW)
    notes: dict = {}
    db = open_database(f"sqlite:///{path}")
    try:
        ctx = demo.populate(db, residents=0, seed=8, log=lambda _m: None, today=TODAY, counters=False)
        rng = random.Random(8)
        con = sqlite3.connect(path)
        active = [r for (r,) in con.execute("SELECT id FROM residents WHERE archived_at IS NULL ORDER BY id")]
        con.close()
        ctx.resident_ids = rng.sample(active, min(3000, len(active)))
        import importlib

        for name in demo.COUNTER_MODULES:
            t = time.perf_counter()
            try:
                importlib.import_module(name).populate(db, ctx)
            except Exception as exc:  # a counter's demo that breaks leaves its figures to report it
                notes[name] = f"demo failed: {type(exc).__name__}: {exc}"
            log(f"  {name}: {time.perf_counter() - t:.1f} s")
        admin = actor_for(db, ctx.staff["admin"])
        notes["admin_id"] = ctx.staff["admin"]
        notes["cashier_id"] = ctx.staff.get("shouyin", ctx.staff["admin"])
        # several cashiers (the demo has one): accounts made through the service, as an admin would
        from app.accounts.service import create_user
        from app.actor import CASHIER

        cashiers = [notes["cashier_id"]]
        for username, display in CASHIERS:
            cashiers.append(create_user(db, admin, username, display, "bench-cashier-pw-2026", [CASHIER]))
        notes["cashier_ids"] = cashiers
        # The migration's subsidy schemes start on 2026-01-01; the data set's three years were sold under the same
        # schemes, so they are dated back to its first day (plain SQL: the admin service only dates new rules
        # forward, as it should).
        con = sqlite3.connect(path)
        with con:
            con.execute(
                "UPDATE subsidy_rules SET effective_from = ? WHERE effective_from > ? AND effective_to IS NULL",
                (FIRST_DAY.isoformat(), FIRST_DAY.isoformat()),
            )
        con.close()
        # one real sale (elderly local resident: subsidised) and one real intake, as templates
        from app.canteen.service import SaleRequest, sell

        con = sqlite3.connect(path)
        old = con.execute(
            "SELECT id FROM residents WHERE is_local=1 AND birth_date < '1950-01-01' AND archived_at IS NULL LIMIT 1"
        ).fetchone()[0]
        con.close()
        clock.freeze(dt.datetime.combine(CLOSE_DAY - dt.timedelta(days=1), dt.time(11, 45)))
        notes["ticket_template"] = sell(db, admin, SaleRequest(old, "lunch", 1, "wechat")).ticket_id
        clock.freeze(NOW)
        from app.requests.service import IntakeInput, categories, take_in

        cat = categories(db)[0].id
        notes["category_id"] = cat
        notes["request_template"] = take_in(db, admin, IntakeInput("walk_in", cat, "楼道灯不亮，请帮忙报修。", old)).id
    finally:
        db.dispose()
        clock.freeze(None)
    return notes


# ---- the bulk part ---------------------------------------------------------------------------------------------


def _ticket_days(scale: Scale) -> list[tuple[dt.date, int]]:
    """(day, tickets) over three years: weekends and holidays quieter (WEEKEND_SHARE of a weekday), the settlement
    month busier, the close day exact, the total exact."""
    y, m = SETTLE_MONTH
    month_days = [d for d in _days(dt.date(y, m, 1), dt.date(y, m + 1, 1) - dt.timedelta(days=1))]
    other = [d for d in _days(FIRST_DAY, TODAY - dt.timedelta(days=1)) if d not in month_days and d != CLOSE_DAY]
    rest = scale.tickets - scale.month_tickets - scale.day_tickets
    out = [(CLOSE_DAY, scale.day_tickets)]
    out += _spread(month_days, scale.month_tickets)
    out += _spread(other, rest)
    return sorted(out)


WEEKEND_SHARE = 0.45  # a Saturday or Sunday sells about 45 % of a weekday (the subsidy is weekdays only)


def _quiet(day: dt.date) -> bool:
    return day.weekday() >= 5


def _days(a: dt.date, b: dt.date) -> list[dt.date]:
    return [a + dt.timedelta(days=i) for i in range((b - a).days + 1)]


def _spread(days: list[dt.date], total: int) -> list[tuple[dt.date, int]]:
    """`total` over `days`, a weekend day weighing WEEKEND_SHARE of a weekday; the sum is exact."""
    weights = [WEEKEND_SHARE if _quiet(d) else 1.0 for d in days]
    whole = sum(weights)
    counts = [int(total * w / whole) for w in weights]
    short = total - sum(counts)
    order = sorted(range(len(days)), key=lambda i: -weights[i])
    for i in range(short):
        counts[order[i % len(order)]] += 1
    return list(zip(days, counts, strict=True))


CASHIERS = (("shouyin2", "收银 赵丽"), ("shouyin3", "收银 孙伟"), ("shouyin4", "收银 周红"))
SLOT_TIMES = {"breakfast": (7, 0, 120), "lunch": (11, 0, 150), "dinner": (17, 0, 90)}
WINDOWS = ("1号窗口", "2号窗口")
VOID_REASONS = ("老人临时有事，退餐", "收银点错了餐次", "重复收费")
SERVED_SHARE = 0.96  # of the tickets not voided, served (scanned at the window)
VOID_SHARE = 0.008


def _age(birth: dt.date | None, day: dt.date) -> int | None:
    if birth is None:
        return None
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def _bulk_tickets(con: sqlite3.Connection, scale: Scale, notes: dict, log) -> None:
    """Meal tickets priced by the product's own engine (app.canteen.pricing.quote, the rules in force that day, the
    calendar's working days and holidays, the diner's age on the day and tags), one subsidised meal per diner per
    day as the rules limit it (the claims are written as the sale writes them), a few voided (subsidy reversed,
    claim released), most served; several cashiers; the day's numbers continue the sequences."""
    from app.canteen import pricing
    from app.canteen import service as canteen
    from app.workdays import WorkCalendar

    t = time.perf_counter()
    tpl = _template(con, "meal_tickets", "WHERE id=?", (notes["ticket_template"],))
    con.row_factory = sqlite3.Row
    line_tpl = dict(con.execute("SELECT * FROM meal_ticket_subsidies ORDER BY id LIMIT 1").fetchone())
    claim_tpl = dict(con.execute("SELECT * FROM canteen_subsidy_claims ORDER BY id LIMIT 1").fetchone())
    con.row_factory = None
    prices = dict(con.execute("SELECT code, price_fen FROM meal_slots WHERE active"))
    slots = [s for s in ("breakfast", "lunch", "dinner") if s in prices]
    weights = [0.2, 0.6, 0.2][: len(slots)]
    rng = random.Random(81)
    cal_rows = con.execute("SELECT day, kind FROM calendar_days").fetchall()
    cal = WorkCalendar(
        holidays=frozenset(dt.date.fromisoformat(str(d)[:10]) for d, k in cal_rows if k == "holiday"),
        make_up_workdays=frozenset(dt.date.fromisoformat(str(d)[:10]) for d, k in cal_rows if k == "workday"),
    )
    rule_rows = con.execute(
        "SELECT id, name, effective_from, effective_to, min_age, max_age, any_tags, local_only, weekdays_only, "
        "skip_holidays, slots, city_fen, district_fen, street_fen, min_price_fen, fixed_price_fen, fixed_funder, "
        "limit_per_person, limit_scope FROM subsidy_rules WHERE archived_at IS NULL"
    ).fetchall()
    rules = [canteen._rule(_RuleRow(*r)) for r in rule_rows]
    # The diners: the canteen's regulars, mostly elderly locals (a center of 100,000 residents has a few thousand),
    # some younger or non-local residents, and walk-in guests.
    cut60 = (TODAY - dt.timedelta(days=60 * 365)).isoformat()
    elders = [
        r
        for (r,) in con.execute(
            "SELECT id FROM residents WHERE is_local = 1 AND archived_at IS NULL AND birth_date < ? ORDER BY id",
            (cut60,),
        )
    ]
    others = [
        r
        for (r,) in con.execute(
            "SELECT id FROM residents WHERE archived_at IS NULL AND (is_local = 0 OR birth_date >= ?) "
            "AND birth_date < ? ORDER BY id",
            (cut60, (TODAY - dt.timedelta(days=18 * 365)).isoformat()),
        )
    ]
    n_others = scale.diners // 8
    pool = rng.sample(elders, min(len(elders), scale.diners - n_others)) + rng.sample(
        others, min(len(others), n_others)
    )
    rng.shuffle(pool)
    cum_weights = list(itertools.accumulate(1 / (i + 1) ** 0.6 for i in range(len(pool))))
    people = {}
    for rid, birth, local in con.execute(
        f"SELECT id, birth_date, is_local FROM residents WHERE id IN ({','.join('?' * len(pool))})", pool
    ):
        people[rid] = (dt.date.fromisoformat(str(birth)[:10]) if birth else None, bool(local))
    tags: dict[int, set[str]] = {}
    for rid, tag in con.execute(
        f"SELECT resident_id, tag FROM resident_tags WHERE resident_id IN ({','.join('?' * len(pool))})", pool
    ):
        tags.setdefault(rid, set()).add(tag)
    frozen_tags = {rid: frozenset(v) for rid, v in tags.items()}
    cashiers = notes["cashier_ids"]
    admin = notes["admin_id"]
    # what the demo (and the template sale) already sold: their days keep their claims and numbers
    taken = dict(con.execute("SELECT name, value FROM sequences WHERE name LIKE 'meal:%'"))
    claimed_before: dict[tuple[int, str], list] = {}
    for rid, day, slot, key, funder, n in con.execute(
        "SELECT resident_id, day, slot_code, scope_key, funder, n FROM canteen_subsidy_claims WHERE released_at IS NULL"
    ):
        claimed_before.setdefault((rid, str(day)[:10]), []).append((funder, slot, key, n))
    cache: dict[tuple, pricing.Quote] = {}
    priced = [0]
    plan_lines: list[tuple[int, dict, bool]] = []  # (ticket index, subsidy, void)
    plan_claims: list[tuple[int, list]] = []  # (ticket index, claim rows without ticket id, void)
    last_numbers: dict[str, int] = {}
    counters = {"tickets": 0, "subsidised": 0, "void": 0, "served": 0}

    guest = pricing.Diner(age=None, guest=True)
    diners: dict[int, pricing.Diner] = {}  # of the day being written

    def price(rid: int | None, day: dt.date, slot: str, quantity: int, day_key: tuple, claims: list):
        """pricing.quote for this diner, day and slot; computed once per distinct (diner, slot, quantity, kind of
        day, rules in force, claims already taken) and reused (the engine is pure)."""
        if rid is None:
            diner = guest
        else:
            diner = diners.get(rid)
            if diner is None:
                birth, local = people[rid]
                diner = diners[rid] = pricing.Diner(
                    age=_age(birth, day), tags=frozen_tags.get(rid, frozenset()), is_local=local
                )
        used = canteen._used_by_funder(claims, slot) if claims else {}
        key = (diner, slot, quantity, day_key, tuple(sorted(used.items())) if used else ())
        q = cache.get(key)
        if q is None:
            priced[0] += 1
            working, holiday, in_force = day_key
            q = pricing.quote(
                diner,
                slot,
                prices[slot],
                quantity,
                day,
                [r for r in rules if r.id in in_force],
                working_day=working,
                holiday=holiday,
                used=used,
            )
            cache[key] = q
        return q

    portions: dict[tuple[str, str], int] = {}
    cashier_days: set[tuple[str, int]] = set()
    columns: dict[int, dict] = {}

    def columns_of(q: pricing.Quote) -> dict:
        """canteen.quote_columns(q), once per distinct quote (the cache keeps each quote alive, so ids are stable)."""
        out = columns.get(id(q))
        if out is None:
            out = columns[id(q)] = canteen.quote_columns(q)
        return out

    def tickets():
        index = 0
        for day, count in _ticket_days(scale):
            iso = day.isoformat()
            day_key = (cal.is_working_day(day), cal.is_holiday(day), tuple(r.id for r in rules if r.in_force(day)))
            diners.clear()
            seqs = {sl: taken.get(f"meal:{iso}:{sl}", 0) for sl in slots}
            day_claims: dict[int, list] = {}
            sales = sorted(
                (
                    (slot, dt.timedelta(seconds=rng.randrange(SLOT_TIMES[slot][2] * 60)))
                    for slot in rng.choices(slots, weights, k=count)
                ),
                key=lambda s: (slots.index(s[0]), s[1]),
            )
            for slot, offset in sales:
                seqs[slot] += 1
                h, mi, _span = SLOT_TIMES[slot]
                sold = dt.datetime.combine(day, dt.time(h, mi)) + offset
                resident = rng.choices(pool, cum_weights=cum_weights)[0] if rng.random() < 0.9 else None
                quantity = 2 if resident is not None and rng.random() < 0.04 else 1
                claims = []
                if resident is not None:
                    claims = day_claims.get(resident)
                    if claims is None:
                        claims = day_claims[resident] = list(claimed_before.get((resident, iso), ()))
                q = price(resident, day, slot, quantity, day_key, claims)
                if day == CLOSE_DAY:
                    who = admin  # the bench cashier's day of day_tickets, closed by fig_day_close
                else:
                    # shifts: one cashier for breakfast and lunch, another for dinner, a second pair on alternate weeks
                    shift = (0 if slot != "dinner" else 1) + 2 * ((day.toordinal() // 7) % 2)
                    who = cashiers[shift % len(cashiers)]
                pay = rng.choice(("cash", "cash", "wechat", "wechat", "alipay"))
                due = q.self_paid_fen
                tendered = (due // 1000 + 1) * 1000 if pay == "cash" else None
                void = rng.random() < VOID_SHARE
                served = not void and rng.random() < SERVED_SHARE
                sold_utc = _utc_text(sold)
                if q.subsidy and resident is not None:
                    rows = canteen._claim_rows(claims, q, resident, day, slot, 0)
                    if not void:
                        claims.extend((r["funder"], slot, r["scope_key"], r["n"]) for r in rows)
                    plan_claims.append((index, rows, _utc_text(sold + dt.timedelta(minutes=3)) if void else None))
                    plan_lines.append((index, q.subsidy, void))
                    counters["subsidised"] += 1
                counters["void"] += void
                if not void:
                    portions[(iso, slot)] = portions.get((iso, slot), 0) + quantity
                cashier_days.add((iso, who))
                counters["served"] += served
                index += 1
                yield {
                    "number": f"{day:%Y%m%d}-{slot[0].upper()}-{seqs[slot]:04d}",
                    "day": iso,
                    "slot_code": slot,
                    "sold_at": sold_utc,
                    "resident_id": resident,
                    "guest": 1 if resident is None else 0,
                    "buyer": None,
                    "quantity": quantity,
                    **columns_of(q),
                    "payment": pay,
                    "tendered_fen": tendered,
                    "change_fen": tendered - due if tendered is not None else None,
                    "cashier_id": who,
                    "status": "void" if void else "sold",
                    "voided_at": _utc_text(sold + dt.timedelta(minutes=3)) if void else None,
                    "voided_by_id": who if void else None,
                    "void_approved_by_id": admin if void else None,
                    "void_reason": rng.choice(VOID_REASONS) if void else None,
                    "served_at": _utc_text(sold + dt.timedelta(minutes=rng.randint(1, 8))) if served else None,
                    "served_by_id": who if served else None,
                    "served_window": rng.choice(WINDOWS) if served else None,
                    "reprints": 0,
                }
            for slot, n in seqs.items():
                if n:
                    last_numbers[f"meal:{iso}:{slot}"] = n
        counters["tickets"] = index

    first_id = con.execute("SELECT coalesce(max(id), 0) + 1 FROM meal_tickets").fetchone()[0]
    n = _bulk(con, "meal_tickets", tpl, tickets())
    for name, value in last_numbers.items():
        _set_sequence(con, name, value)
    log(
        f"  tickets: {n} ({counters['subsidised']} subsidised, {counters['void']} void, {counters['served']} served; "
        f"{priced[0]} distinct quotes) in {time.perf_counter() - t:.1f} s"
    )
    t = time.perf_counter()

    def line_rows():
        for i, subsidy, void in plan_lines:
            for funder, amount in subsidy.items():
                yield {"ticket_id": first_id + i, "funder": funder, "amount_fen": amount, "reversal": 0}
                if void:
                    yield {"ticket_id": first_id + i, "funder": funder, "amount_fen": -amount, "reversal": 1}

    def claim_rows():
        for i, rows, released in plan_claims:
            for r in rows:
                yield {**r, "day": r["day"].isoformat(), "ticket_id": first_id + i, "released_at": released}

    m = _bulk(con, "meal_ticket_subsidies", line_tpl, line_rows())
    c = _bulk(con, "canteen_subsidy_claims", claim_tpl, claim_rows())
    # the guards every sale keeps: the cashier-day rows and the portion counts (sold tickets' meals per day and slot)
    con.executemany("INSERT OR IGNORE INTO canteen_cashier_days (day, cashier_id) VALUES (?, ?)", sorted(cashier_days))
    con.executemany(
        "INSERT INTO canteen_portion_counts (day, slot_code, sold) VALUES (?, ?, ?) "
        "ON CONFLICT (day, slot_code) DO UPDATE SET sold = sold + excluded.sold",
        [(d, sl, n) for (d, sl), n in sorted(portions.items())],
    )
    notes["tickets"] = counters
    log(f"  subsidy lines: {m}, claims: {c}, guards in {time.perf_counter() - t:.1f} s")


@dataclass(frozen=True)
class _RuleRow:
    """A subsidy_rules row as app.canteen.service._rule reads it (attributes by column name)."""

    id: int
    name: str
    effective_from: object
    effective_to: object
    min_age: int | None
    max_age: int | None
    any_tags: str
    local_only: int
    weekdays_only: int
    skip_holidays: int
    slots: str
    city_fen: int
    district_fen: int
    street_fen: int
    min_price_fen: int
    fixed_price_fen: int | None
    fixed_funder: str
    limit_per_person: int
    limit_scope: str

    def __post_init__(self) -> None:
        for name in ("effective_from", "effective_to"):
            value = getattr(self, name)
            if isinstance(value, str):
                object.__setattr__(self, name, dt.date.fromisoformat(value[:10]))


def _bulk_requests(con: sqlite3.Connection, scale: Scale, notes: dict, log) -> None:
    t = time.perf_counter()
    tpl = _template(con, "requests", "WHERE id=?", (notes["request_template"],))
    ev = _template(con, "request_events", "WHERE request_id=?", (tpl["id"],))
    cats = [c for (c,) in con.execute("SELECT id FROM req_categories WHERE archived_at IS NULL")]
    deps = dict(con.execute("SELECT id, default_department_id FROM req_categories"))
    rng = random.Random(82)
    days = _spread(_days(FIRST_DAY, TODAY - dt.timedelta(days=1)), scale.requests)
    # numbers continue after those the demo and the template took (this year's)
    seq = {
        int(n[len("request.") :]): v
        for n, v in con.execute("SELECT name, value FROM sequences WHERE name LIKE 'request.%'")
    }
    plan: list[tuple[str]] = []
    statuses = ["closed"] * 80 + ["resolved"] * 6 + ["cancelled"] * 3 + ["new", "dispatched", "accepted"] * 2
    statuses += ["in_progress"] * 5

    def rows():
        for day, count in days:
            for _ in range(count):
                seq[day.year] = seq.get(day.year, 0) + 1
                at = _utc_text(dt.datetime.combine(day, dt.time(8, 30)) + dt.timedelta(seconds=rng.randrange(30000)))
                status = rng.choice(statuses) if day < TODAY - dt.timedelta(days=30) else rng.choice(statuses[80:])
                cat = rng.choice(cats)
                done = at if status in ("closed", "resolved") else None
                plan.append((at,))
                yield {
                    "number": f"{day.year}-{seq[day.year]:06d}",
                    "channel": rng.choice(("walk_in", "walk_in", "phone", "wechat", "visit")),
                    "resident_id": rng.randrange(1, scale.residents + 1) if rng.random() < 0.9 else None,
                    "category_id": cat,
                    "department_id": deps.get(cat),
                    "status": status,
                    "intake_day": day.isoformat(),
                    "due_date": (day + dt.timedelta(days=7)).isoformat(),
                    "created_at": at,
                    "updated_at": at,
                    "responded_at": done,
                    "resolved_at": done,
                    "closed_at": at if status == "closed" else None,
                }

    first_id = con.execute("SELECT coalesce(max(id), 0) + 1 FROM requests").fetchone()[0]
    n = _bulk(con, "requests", tpl, rows())
    for year, value in seq.items():
        _set_sequence(con, f"request.{year}", value)
    m = _bulk(con, "request_events", ev, ({"request_id": first_id + i, "at": a} for i, (a,) in enumerate(plan)))
    log(f"  requests: {n} (+{m} events) in {time.perf_counter() - t:.1f} s")


def _bulk_childcare(con: sqlite3.Connection, scale: Scale, notes: dict, log) -> None:
    t = time.perf_counter()
    program = con.execute("SELECT id, starts_on, open_min FROM childcare_programs ORDER BY id LIMIT 1").fetchone()
    if program is None:
        notes["childcare"] = "no program (childcare demo missing)"
        return
    pid, starts_on, _start_min = program
    enrolled = con.execute(
        "SELECT count(*) FROM childcare_enrolments WHERE program_id=? AND withdrawn_at IS NULL", (pid,)
    ).fetchone()[0]
    child_tpl = _template(con, "childcare_children")
    contact_tpls = []
    con.row_factory = sqlite3.Row
    contact_tpls = [
        dict(r) for r in con.execute("SELECT * FROM childcare_contacts WHERE child_id=?", (child_tpl["id"],))
    ]
    enr_tpl = dict(con.execute("SELECT * FROM childcare_enrolments WHERE program_id=? LIMIT 1", (pid,)).fetchone())
    con.row_factory = None
    groups = [
        g for (g,) in con.execute("SELECT DISTINCT group_name FROM childcare_enrolments WHERE program_id=?", (pid,))
    ]
    rng = random.Random(83)
    from app.demo import make_name

    need = max(0, scale.children - enrolled)
    first_child = con.execute("SELECT coalesce(max(id), 0) + 1 FROM childcare_children").fetchone()[0]
    _bulk(
        con,
        "childcare_children",
        child_tpl,
        ({"name": make_name(rng)[:3], "resident_id": None} for _ in range(need)),
        drop_indexes=False,
    )
    new_children = list(range(first_child, first_child + need))
    for ct in contact_tpls:
        _bulk(con, "childcare_contacts", ct, ({"child_id": c} for c in new_children), drop_indexes=False)
    _bulk(
        con,
        "childcare_enrolments",
        enr_tpl,
        (
            {"child_id": c, "group_name": groups[i % len(groups)] if groups else "", "weekdays": 31}
            for i, c in enumerate(new_children)
        ),
        drop_indexes=False,
    )
    # a term of attendance for everyone enrolled: in and out on every weekday until yesterday
    kids = [
        c
        for (c,) in con.execute(
            "SELECT child_id FROM childcare_enrolments WHERE program_id=? AND withdrawn_at IS NULL", (pid,)
        )
    ]
    guardian = {
        c: (i, n)
        for c, i, n in con.execute(
            "SELECT cc.child_id, cc.id, r.name FROM childcare_contacts cc JOIN residents r ON r.id = cc.resident_id "
            "WHERE cc.role='guardian'"
        )
    }
    att_in = _template(con, "childcare_attendance", "WHERE kind='in'")
    att_out = _template(con, "childcare_attendance", "WHERE kind='out'")
    start = max(dt.date.fromisoformat(str(starts_on)[:10]), TODAY - dt.timedelta(days=90))
    term = [d for d in _days(start, TODAY - dt.timedelta(days=1)) if d.weekday() < 5]
    have = {(c, d) for c, d in con.execute("SELECT child_id, day FROM childcare_attendance WHERE program_id=?", (pid,))}

    def rows(kind: str):
        for d in term:
            for c in kids:
                if (c, d.isoformat()) in have:
                    continue
                if kind == "in":
                    at = dt.datetime.combine(d, dt.time(16, 0)) + dt.timedelta(minutes=rng.randrange(40))
                    yield {"child_id": c, "program_id": pid, "day": d.isoformat(), "at": _utc_text(at)}
                else:
                    at = dt.datetime.combine(d, dt.time(17, 50)) + dt.timedelta(minutes=rng.randrange(40))
                    cid, name = guardian.get(c, (None, ""))
                    yield {
                        "child_id": c,
                        "program_id": pid,
                        "day": d.isoformat(),
                        "at": _utc_text(at),
                        "contact_id": cid,
                        "adult_name": name,
                    }

    n = _bulk(con, "childcare_attendance", att_in, rows("in"))
    n += _bulk(con, "childcare_attendance", att_out, rows("out"))
    notes["program_id"] = pid
    log(f"  childcare: {len(kids)} children in program {pid}, {n} attendance rows in {time.perf_counter() - t:.1f} s")


def _bulk_shifts(con: sqlite3.Connection, scale: Scale, notes: dict, log) -> None:
    t = time.perf_counter()
    have = con.execute("SELECT count(*) FROM volunteer_shifts").fetchone()[0]
    tpl = _template(con, "volunteer_shifts")
    su = _template(con, "volunteer_signups")
    posts = [p for (p,) in con.execute("SELECT id FROM volunteer_posts")]
    vols = [v for (v,) in con.execute("SELECT id FROM volunteers WHERE archived_at IS NULL")] or [su["volunteer_id"]]
    in_week = con.execute(
        "SELECT count(*) FROM volunteer_shifts WHERE day BETWEEN ? AND ?",
        (WEEK.isoformat(), (WEEK + dt.timedelta(days=6)).isoformat()),
    ).fetchone()[0]
    rng = random.Random(84)
    week_n = max(0, scale.week_shifts - in_week)
    rest = max(0, scale.shifts - have - week_n)
    past = [d for d in _days(TODAY - dt.timedelta(days=730), WEEK - dt.timedelta(days=1))]
    week = _days(WEEK, WEEK + dt.timedelta(days=6))

    def rows(days, n):
        for i in range(n):
            start = rng.choice((480, 540, 600, 780, 840, 960))
            yield {
                "day": days[i % len(days)].isoformat(),
                "post_id": rng.choice(posts),
                "start_min": start,
                "end_min": start + rng.choice((120, 180, 240)),
                "template_id": None,
                "min_people": 1,
                "max_people": 3,
            }

    first = con.execute("SELECT coalesce(max(id), 0) + 1 FROM volunteer_shifts").fetchone()[0]
    _bulk(con, "volunteer_shifts", tpl, rows(week, week_n), drop_indexes=False)
    signups = []
    for sid in range(first, first + week_n):
        for v in rng.sample(vols, min(len(vols), rng.randint(1, 2))):
            signups.append(
                {
                    "shift_id": sid,
                    "volunteer_id": v,
                    "status": "booked",
                    "checked_in_at": None,
                    "checked_out_at": None,
                    "no_show": 0,
                }
            )
    _bulk(con, "volunteer_signups", su, signups, drop_indexes=False)
    _bulk(con, "volunteer_shifts", tpl, rows(past, rest), drop_indexes=False)
    total = con.execute("SELECT count(*) FROM volunteer_shifts").fetchone()[0]
    log(f"  shifts: {total} ({scale.week_shifts} in the week of {WEEK}) in {time.perf_counter() - t:.1f} s")


# ---- cache keys: the schema and the code that writes the data -------------------------------------------------

ROOT = Path(__file__).resolve().parent.parent
# the files whose change changes the data written: this module, the resident generator, name keys and grams, and the
# modules that price (the pricing engine, the sale's rule reading and claim numbering, the working-day calendar)
CODE_FILES = (
    "bench/data.py",
    "app/demo.py",
    "db/name_keys.py",
    "db/name_grams.py",  # the triggers that fill resident_name_grams as the residents go in
    "app/canteen/pricing.py",
    "app/canteen/service.py",
    "app/workdays.py",
)


def code_key() -> str:
    """8 hex digits of SHA-256 over CODE_FILES: a data set built by other code is never reused."""
    import hashlib

    h = hashlib.sha256()
    for name in CODE_FILES:
        h.update(name.encode())
        h.update((ROOT / name).read_bytes())
    return h.hexdigest()[:8]


def schema_key() -> str:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(ROOT / "db" / "migrations"))
    return "-".join(sorted(ScriptDirectory.from_config(cfg).get_heads()))


# ---- residents ------------------------------------------------------------------------------------------------

TAG_SHARES = (("dibao", 0.03, None), ("tekun", 0.01, None), ("disability", 0.015, ("一级", "二级", "三级", "四级")))
REPLACED_TAGS = {t for t, _s, _d in TAG_SHARES}
ARCHIVED_SHARE = 0.03
ARCHIVE_REASONS = ("迁出本社区", "已故", "重复登记")


def residents_db(n: int, cache: Path) -> Path:
    """A migrated database with `n` residents (the demo's generator), their tags, about 5 % with 低保/特困/残疾 and
    3 % archived; built once per schema, size and code (bulk executemany, one transaction)."""
    from app import demo
    from app.database import open_database
    from db.models import Resident

    cache.mkdir(parents=True, exist_ok=True)
    path = cache / f"residents-{n}-c{code_key()}-{schema_key()[:60]}.sqlite"
    if path.exists():
        return path
    tmp = path.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    db = open_database(f"sqlite:///{tmp}")
    db.dispose()
    cols = [c.name for c in Resident.__table__.columns if c.name != "id"]
    rng = random.Random(8)
    rows = demo.resident_rows(rng, n, dt.date(2026, 11, 1))
    tag_rows: list[tuple[int, str, str | None]] = []
    archived: list[tuple[str, str, int]] = []
    for i, r in enumerate(rows, start=1):
        for tag in r.tags:
            if tag.tag not in REPLACED_TAGS:
                tag_rows.append((i, tag.tag, tag.detail))
        for tag, share, details in TAG_SHARES:
            if rng.random() < share:
                tag_rows.append((i, tag, rng.choice(details) if details else None))
        # (party members stay: app/requests/demo.py picks claimers among them without looking at archival)
        if rng.random() < ARCHIVED_SHARE and not any(t.tag == "party_member" for t in r.tags):
            when = dt.datetime.combine(FIRST_DAY + dt.timedelta(days=rng.randrange(3 * 365)), dt.time(2, 0))
            archived.append((when.isoformat(sep=" "), rng.choice(ARCHIVE_REASONS), i))
    con = sqlite3.connect(tmp)
    with con:
        ph = ",".join("?" * len(cols))
        con.executemany(
            f"INSERT INTO residents ({','.join(cols)}) VALUES ({ph})",
            ([_sql_value(getattr(r, c)) for c in cols] for r in rows),
        )
        con.executemany("INSERT INTO resident_tags (resident_id, tag, detail) VALUES (?, ?, ?)", tag_rows)
        con.executemany("UPDATE residents SET archived_at = ?, archive_reason = ? WHERE id = ?", archived)
    con.execute("ANALYZE")
    con.close()
    tmp.rename(path)
    return path


def _sql_value(v: object) -> object:
    if isinstance(v, dt.datetime):
        return v.astimezone(dt.UTC).replace(tzinfo=None).isoformat(sep=" ")
    if isinstance(v, dt.date):
        return v.isoformat()
    return v


def full_db(
    cache: Path, quick: bool, log: Callable[[str], None] = print, scale: Scale | None = None
) -> tuple[Path, dict]:
    """The cached full data set (built when missing) and its notes (ids of the template rows, the staff).
    `scale` overrides the size (tests build a tiny one)."""
    import json

    scale = scale or (QUICK if quick else FULL)
    cache.mkdir(parents=True, exist_ok=True)
    path = cache / f"full-{scale.key}-c{code_key()}-{schema_key()[:60]}.sqlite"
    meta = path.with_suffix(".json")
    if path.exists() and meta.exists():
        return path, json.loads(meta.read_text())
    t0 = time.perf_counter()
    _prune(cache, schema_key()[:60])
    log(f"building {path.name} (once) …")
    base = residents_db(scale.residents, cache)
    tmp = path.with_suffix(".tmp")
    shutil.copyfile(base, tmp)
    notes = _seed_with_services(tmp, scale, log)
    con = sqlite3.connect(tmp, isolation_level=None)
    con.execute("PRAGMA synchronous = OFF")
    con.execute("PRAGMA foreign_keys = OFF")
    con.execute("BEGIN")
    _bulk_tickets(con, scale, notes, log)
    _bulk_requests(con, scale, notes, log)
    _bulk_childcare(con, scale, notes, log)
    _bulk_shifts(con, scale, notes, log)
    con.execute("COMMIT")
    t = time.perf_counter()
    con.execute("ANALYZE")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    log(f"  analyze: {time.perf_counter() - t:.1f} s")
    tmp.rename(path)
    notes["build_s"] = round(time.perf_counter() - t0, 1)
    meta.write_text(json.dumps(notes, ensure_ascii=False, indent=1))
    log(f"built in {notes['build_s']} s")
    return path, notes


def _prune(cache: Path, schema: str) -> None:
    """Data sets of an older schema or code are never read again: remove them (each full set is ~450 MB)."""
    keep = f"c{code_key()}-{schema}"
    for f in [*cache.glob("full-*"), *cache.glob("residents-*"), *cache.glob("work-*")]:
        if keep not in f.name:
            f.unlink(missing_ok=True)


def working_copy(path: Path) -> Path:
    """A copy for figures that write (sales, intakes, sign-ins), so the cached set stays as built."""
    work = path.with_name("work-" + path.name)
    for suffix in ("", "-wal", "-shm"):
        Path(str(work) + suffix).unlink(missing_ok=True)
    shutil.copyfile(path, work)
    return work
