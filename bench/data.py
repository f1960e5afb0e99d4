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
VERSION = 2  # bump when the shape of the data changes (the cached file is rebuilt)


def _utc_text(local: dt.datetime) -> str:
    return local.replace(tzinfo=TZ).astimezone(dt.UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


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
        ctx.resident_ids = rng.sample(range(1, scale.residents + 1), min(3000, scale.residents))
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
    """(day, tickets) over three years: the settlement month busier, the close day exact, the total exact."""
    y, m = SETTLE_MONTH
    month_days = [d for d in _days(dt.date(y, m, 1), dt.date(y, m + 1, 1) - dt.timedelta(days=1))]
    other = [d for d in _days(FIRST_DAY, TODAY - dt.timedelta(days=1)) if d not in month_days and d != CLOSE_DAY]
    rest = scale.tickets - scale.month_tickets - scale.day_tickets
    out = [(CLOSE_DAY, scale.day_tickets)]
    out += _spread(month_days, scale.month_tickets)
    out += _spread(other, rest)
    return sorted(out)


def _days(a: dt.date, b: dt.date) -> list[dt.date]:
    return [a + dt.timedelta(days=i) for i in range((b - a).days + 1)]


def _spread(days: list[dt.date], total: int) -> list[tuple[dt.date, int]]:
    base, extra = divmod(total, len(days))
    return [(d, base + (1 if i < extra else 0)) for i, d in enumerate(days)]


SLOT_TIMES = {"breakfast": (7, 0, 120), "lunch": (11, 0, 150), "dinner": (17, 0, 90)}


def _bulk_tickets(con: sqlite3.Connection, scale: Scale, notes: dict, log) -> None:
    t = time.perf_counter()
    tpl = _template(con, "meal_tickets", "WHERE id=?", (notes["ticket_template"],))
    con.row_factory = sqlite3.Row
    lines = [dict(r) for r in con.execute("SELECT * FROM meal_ticket_subsidies WHERE ticket_id=?", (tpl["id"],))]
    con.row_factory = None
    prices = dict(con.execute("SELECT code, price_fen FROM meal_slots"))
    slots = [s for s in ("breakfast", "lunch", "dinner") if s in prices]
    weights = [0.2, 0.6, 0.2][: len(slots)]
    rng = random.Random(81)
    # The diners are the canteen's regulars: elderly locals, some daily, most now and then (a center of
    # 100,000 residents has a few thousand of them), plus walk-in guests.
    cut = (TODAY - dt.timedelta(days=60 * 365)).isoformat()
    pool = [
        r
        for (r,) in con.execute(
            "SELECT id FROM residents WHERE is_local = 1 AND archived_at IS NULL AND birth_date < ? ORDER BY id", (cut,)
        )
    ]
    pool = rng.sample(pool, min(len(pool), scale.diners))
    pool_weights = [1 / (i + 1) ** 0.6 for i in range(len(pool))]
    cashier, admin = notes["cashier_id"], notes["admin_id"]
    sub_total = sum(ln["amount_fen"] for ln in lines)
    plan: list[tuple] = []  # (subsidised,) per ticket, in insert order
    last_numbers: dict[str, int] = {}
    taken = dict(con.execute("SELECT name, value FROM sequences WHERE name LIKE 'meal:%'"))

    def tickets():
        for day, count in _ticket_days(scale):
            seqs = {sl: taken.get(f"meal:{day.isoformat()}:{sl}", 0) for sl in slots}  # after the demo's sales
            who = admin if day == CLOSE_DAY else cashier
            diners = iter(rng.choices(pool, pool_weights, k=count))
            for slot in rng.choices(slots, weights, k=count):
                seqs[slot] += 1
                h, mi, span = SLOT_TIMES.get(slot, (12, 0, 60))
                sold = dt.datetime.combine(day, dt.time(h, mi)) + dt.timedelta(seconds=rng.randrange(span * 60))
                resident = next(diners) if rng.random() < 0.92 else None
                price = prices[slot]
                subsidised = resident is not None and sub_total < price and rng.random() < 0.7
                sub = sub_total if subsidised else 0
                pay = rng.choice(("cash", "cash", "wechat", "alipay"))
                tendered = ((price - sub) // 1000 + 1) * 1000 if pay == "cash" else None
                plan.append((subsidised,))
                yield {
                    "number": f"{day:%Y%m%d}-{slot[0].upper()}-{seqs[slot]:04d}",
                    "day": day.isoformat(),
                    "slot_code": slot,
                    "sold_at": _utc_text(sold),
                    "resident_id": resident,
                    "guest": 1 if resident is None else 0,
                    "unit_price_fen": price,
                    "total_fen": price,
                    "subsidy_fen": sub,
                    "self_paid_fen": price - sub,
                    "subsidised_meals": 1 if subsidised else 0,
                    "tier": tpl["tier"] if subsidised else "",
                    "reason": tpl["reason"] if subsidised else "",
                    "rule_id": tpl["rule_id"] if subsidised else None,
                    "payment": pay,
                    "tendered_fen": tendered,
                    "change_fen": tendered - (price - sub) if tendered is not None else None,
                    "cashier_id": who,
                }
            for slot, n in seqs.items():
                if n:
                    last_numbers[f"meal:{day.isoformat()}:{slot}"] = n

    first_id = con.execute("SELECT coalesce(max(id), 0) + 1 FROM meal_tickets").fetchone()[0]
    n = _bulk(con, "meal_tickets", tpl, tickets())
    for name, value in last_numbers.items():
        _set_sequence(con, name, value)
    log(f"  tickets: {n} in {time.perf_counter() - t:.1f} s")
    t = time.perf_counter()
    if lines:

        def sub_rows():
            for i, (subsidised,) in enumerate(plan):
                if subsidised:
                    for ln in lines:
                        yield {"ticket_id": first_id + i, "funder": ln["funder"], "amount_fen": ln["amount_fen"]}

        m = _bulk(con, "meal_ticket_subsidies", lines[0], sub_rows())
        log(f"  subsidy lines: {m} in {time.perf_counter() - t:.1f} s")


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


def full_db(cache: Path, quick: bool, log: Callable[[str], None] = print) -> tuple[Path, dict]:
    """The cached full data set (built when missing) and its notes (ids of the template rows, the staff)."""
    import json

    from bench.__main__ import residents_db, schema_key

    scale = QUICK if quick else FULL
    cache.mkdir(parents=True, exist_ok=True)
    path = cache / f"full-{scale.key}-{schema_key()[:60]}.sqlite"
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
    """Data sets of an older schema are never read again: remove them (each full set is ~450 MB)."""
    for f in [*cache.glob("full-*"), *cache.glob("residents-*"), *cache.glob("work-*")]:
        if schema not in f.name:
            f.unlink(missing_ok=True)


def working_copy(path: Path) -> Path:
    """A copy for figures that write (sales, intakes, sign-ins), so the cached set stays as built."""
    work = path.with_name("work-" + path.name)
    for suffix in ("", "-wal", "-shm"):
        Path(str(work) + suffix).unlink(missing_ok=True)
    shutil.copyfile(path, work)
    return work
