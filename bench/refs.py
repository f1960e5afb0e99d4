"""The references: the best plain implementation of the same work on the same data, without our layers.

- `PlainSale.sale(name)`: a canteen sale as a plain program would do it — find the diner with an indexed prefix
  query, show the price (the rows the price depends on, read once, priced by the same rules), then in one
  BEGIN IMMEDIATE … COMMIT write exactly the rows the product's sale writes (cashier-day and portion guards, the
  day's ticket number, the ticket, its subsidy lines and claims, the sealed audit entry and chain head, the
  change topics) through plain sqlite3 with the app's pragmas (WAL, synchronous=FULL, foreign keys, busy
  timeout), then draw the same 80 mm receipt straight onto a reportlab canvas with the product's QR encoder.
- `PlainIntake.take_in(resident_id)`: the same for a request intake (number, request, intake event, audit entry,
  change topic) and its receipt.
- `plain_search(con, text)`: the same 50 rows as the product's resident search, from indexed prefix queries
  written by hand (one per key column, merged and ranked in Python), not the product's SQL; a Chinese text also
  looks inside names through the name-gram index (db.name_grams), one more hand-written query.

The pricing rules (app.canteen.pricing, pure) and the working-day arithmetic (app.workdays.WorkCalendar) are the
domain's rules, not layers, so the references use them as they are. So does the audit seal (db.audit_chain.seal:
one SHA-256), since the same row must carry the same seal.

Timed in their own process (`python -m bench.refs`, JSON on stdin and stdout), where nothing else has touched
reportlab: the product registers its CJK font as reportlab's default, which makes a reportlab canvas in the same
process embed that font even for Latin text. The receipt here registers the same shipped font (the receipt is
Chinese) and sets it explicitly on the canvas, as a plain reportlab program would.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import sqlite3
import sys
import time
from dataclasses import dataclass

TOP = "\U0010ffff"
RESULT_COLUMNS = "id, name, gender, birth_date, id_number, phone, building, unit, room, archived_at, name_pinyin"
MM = 72 / 25.4


def connect(path: str) -> sqlite3.Connection:
    """Plain sqlite3, autocommit (transactions by hand), with the app's pragmas (db/engine.py)."""
    con = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    con.execute("PRAGMA busy_timeout = 5000")
    con.execute("PRAGMA foreign_keys = ON")
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA synchronous = FULL")
    return con


# ---- search -------------------------------------------------------------------------------------------------------


def _kind(q: str) -> str:
    if q and all(c.isdigit() or c in "xX" for c in q) and any(c.isdigit() for c in q):
        return "digits"
    if q and all(c.isascii() and (c.isalpha() or c == " ") for c in q):
        return "latin"
    return "name"


def _cjk(c: str) -> bool:
    o = ord(c)
    return 0x3400 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0x20000 <= o <= 0x3FFFF or c == "\u3007"


def plain_search(con: sqlite3.Connection, text: str, limit: int = 50) -> list[tuple]:
    """Residents (not archived) whose name, pinyin keys, phone or ID number start with `text` (digits also match
    the last digits, through the reversed columns): one indexed range query per column, merged by hand, ranked
    as the product ranks them (which key matched, then pinyin, then id). Rows: RESULT_COLUMNS."""
    from app.typed import search_text  # what a search box means: width folding (the same input, the same rows)

    q = search_text(text)
    if not q:
        return []
    kind = _kind(q)
    if kind == "digits":
        qu = q.upper()
        arms = (("phone", q, 1), ("phone_reversed", q[::-1], 2), ("id_reversed", qu[::-1], 3), ("id_number", qu, 4))
    elif kind == "latin":
        ql = q.lower().replace(" ", "").replace("ü", "v")
        arms = (("name_initials", ql, 1), ("name_initials_alt", ql, 1), ("name_pinyin", ql, 2),
                ("name_pinyin_alt", ql, 2))  # fmt: skip
    else:
        arms = (("name", " ".join(text.split()), 1),)
    best: dict[int, tuple[int, tuple]] = {}

    def keep(row: tuple, rank: int) -> None:
        held = best.get(row[0])
        if held is None or rank < held[0]:
            best[row[0]] = (rank, row)

    for column, low, rank in arms:
        for row in con.execute(
            f"SELECT {RESULT_COLUMNS} FROM residents "
            f"WHERE {column} >= ? AND {column} < ? AND archived_at IS NULL ORDER BY {column} LIMIT ?",
            (low, low + TOP, limit),
        ):
            keep(row, rank)
    name = arms[0][1]
    if kind == "name" and any(_cjk(c) for c in name) and len(best) < limit:
        # inside names, when the prefixes leave room: the resident of each gram (one character or two) of the
        # text, in id order; a longer text also needs its last pair and then the whole text in the name
        cols = ", ".join(f"r.{c}" for c in RESULT_COLUMNS.split(", "))
        sql = f"SELECT {cols} FROM resident_name_grams g JOIN residents r ON r.id = g.resident_id WHERE g.gram = ?"
        params: tuple = (name[:2],)
        if len(name) > 2:
            sql += (" AND EXISTS (SELECT 1 FROM resident_name_grams g2 WHERE g2.gram = ? AND g2.resident_id = g.resident_id)"
                    " AND instr(r.name, ?) > 0")  # fmt: skip
            params += (name[-2:], name)
        for row in con.execute(f"{sql} AND r.archived_at IS NULL ORDER BY g.resident_id LIMIT ?", (*params, limit)):
            keep(row, 2)
    ranked = sorted(best.values(), key=lambda v: (v[0], v[1][10] or "", v[1][0]))
    return [row[:10] for _rank, row in ranked[:limit]]


def index_names(con: sqlite3.Connection) -> set[str]:
    return {n for (n,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'residents'")}


# ---- receipts -----------------------------------------------------------------------------------------------------


class PlainReceipt:
    """An 80 mm roll receipt drawn straight onto a reportlab canvas: the same lines, fonts sizes and QR code as
    app.documents.receipt, laid out in two passes (measure, draw), uncompressed like the product's."""

    def __init__(self, font_path: str, width_mm: int = 80) -> None:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        self.font = "PlainCJK"
        if self.font not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(self.font, font_path, subfontIndex=0))
        self.width = width_mm * MM
        self.margin = 3 * MM
        self.base = 8 if width_mm < 70 else 9
        self.qr_size = (30 if width_mm < 70 else 36) * MM

    def render(self, title: str, lines: list[tuple], center: dict) -> bytes:
        from reportlab.pdfgen.canvas import Canvas

        from app.documents.qrfast import qr_matrix

        base, font, width, margin = self.base, self.font, self.width, self.margin
        items: list[tuple] = [("title", center["name"])]
        if center.get("address"):
            items.append(("small", center["address"]))
        items += [("rule",), ("big", title), *lines]
        if center.get("phone"):
            items += [("rule",), ("small", f"Tel: {center['phone']}")]
        sizes = {"title": (base + 3, 1.35), "big": (base + 5, 1.35), "small": (base - 1, 1.4), "text": (base, 1.45),
                 "pair": (base, 1.45)}  # fmt: skip
        height = 2 * margin
        for item in items:
            if item[0] == "rule":
                height += base * 0.9
            elif item[0] == "qr":
                height += self.qr_size + 4
            else:
                size, lead = sizes[item[0]]
                height += size * lead
        buf = io.BytesIO()
        c = Canvas(buf, pagesize=(width, height), pageCompression=0)
        c.setTitle(title)
        c.setAuthor(center["name"])
        y = height - margin
        for item in items:
            kind = item[0]
            if kind in ("title", "big", "small"):
                size, lead = sizes[kind]
                y -= size * lead
                c.setFont(font, size)
                c.drawCentredString(width / 2, y + size * 0.25, item[1])
            elif kind == "text":
                y -= base * 1.45
                c.setFont(font, base)
                c.drawString(margin, y + base * 0.3, item[1])
            elif kind == "pair":
                y -= base * 1.45
                c.setFont(font, base)
                c.drawString(margin, y + base * 0.3, item[1])
                c.drawRightString(width - margin, y + base * 0.3, item[2])
            elif kind == "rule":
                y -= base * 0.9
                c.setDash(2, 2)
                c.setLineWidth(0.5)
                c.line(margin, y + base * 0.45, width - margin, y + base * 0.45)
                c.setDash()
            elif kind == "qr":
                size = self.qr_size
                y -= size + 4
                modules = qr_matrix(item[1])
                n = len(modules)
                box = size / (n + 8)
                x0, top0 = (width - size) / 2, y + 2 + size
                path = c.beginPath()
                for r, row in enumerate(modules):
                    top = top0 - (r + 5) * box
                    col = 0
                    while col < n:
                        if row[col]:
                            start = col
                            while col < n and row[col]:
                                col += 1
                            path.rect(x0 + (start + 4) * box, top, (col - start) * box, box)
                        else:
                            col += 1
                c.drawPath(path, stroke=0, fill=1)
        c.showPage()
        c.save()
        return buf.getvalue()


def _money(fen: int) -> str:
    sign = "-" if fen < 0 else ""
    fen = abs(fen)
    return f"{sign}¥{fen // 100}" if fen % 100 == 0 else f"{sign}¥{fen // 100}.{fen % 100:02d}"


def _utc_text(at: dt.datetime) -> str:
    return at.astimezone(dt.UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


def _center(con: sqlite3.Connection) -> dict:
    values = {k: json.loads(v) for k, v in con.execute("SELECT key, value FROM settings WHERE key LIKE 'center.%' "
                                                       "OR key = 'receipt.width_mm'")}  # fmt: skip
    return {"name": values.get("center.name", ""), "address": values.get("center.address", ""),
            "phone": values.get("center.phone", ""), "width": int(values.get("receipt.width_mm", 80))}  # fmt: skip


def _topics(tables: tuple[str, ...]) -> list[str]:
    from db.changes import TOPIC_OF_TABLE

    return sorted({TOPIC_OF_TABLE[t] for t in tables if t in TOPIC_OF_TABLE})


def _audit(con: sqlite3.Connection, entry: dict) -> None:
    """Append one sealed audit entry and move the chain head (the rows app.audit writes at commit)."""
    from db.audit_chain import GENESIS, seal

    prev = con.execute("SELECT last_hash FROM audit_chain_head WHERE id = 1").fetchone()
    entry["prev_hash"] = prev[0] if prev else GENESIS
    entry["entry_hash"] = seal(entry["prev_hash"], entry)
    cols = ("at", "user_id", "username", "action", "entity", "entity_id", "summary", "before_json", "after_json",
            "workstation", "prev_hash", "entry_hash")  # fmt: skip
    values = [_utc_text(entry["at"]) if c == "at" else entry[c] for c in cols]
    new_id = con.execute(
        f"INSERT INTO audit_log ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})", values
    ).lastrowid
    if prev:
        con.execute(
            "UPDATE audit_chain_head SET last_id = ?, last_hash = ? WHERE id = 1", (new_id, entry["entry_hash"])
        )
    else:
        con.execute(
            "INSERT INTO audit_chain_head (id, last_id, last_hash) VALUES (1, ?, ?)", (new_id, entry["entry_hash"])
        )


# ---- the sale -----------------------------------------------------------------------------------------------------

SALE_TABLES = ("canteen_cashier_days", "canteen_portion_counts", "sequences", "meal_tickets", "meal_ticket_subsidies",
               "canteen_subsidy_claims", "audit_log", "audit_chain_head")  # fmt: skip


@dataclass
class Cashier:
    user_id: int
    username: str
    workstation: str = ""


class PlainSale:
    """A lunch sale paid in cash, as a plain program does it (see the module's docstring)."""

    def __init__(self, path: str, cashier: Cashier, now: dt.datetime, font_path: str) -> None:
        from app.canteen import pricing

        self.pricing = pricing
        self.con = connect(path)
        self.cashier = cashier
        self.now = now  # aware UTC: the sale's moment (the product's frozen clock)
        self.day = (now + dt.timedelta(hours=8)).date()  # Asia/Shanghai
        self.center = _center(self.con)
        self.receipt = PlainReceipt(font_path, self.center["width"])
        self.topics = _topics(SALE_TABLES)

    def _day_rules(self) -> None:
        """The rules in force and the kind of day, read for every quote as the product does (an administrator
        may change a rule or a holiday at another workstation between two sales)."""
        iso = self.day.isoformat()
        self.rules = [
            self._rule(r)
            for r in self.con.execute(
                "SELECT id, name, effective_from, effective_to, min_age, max_age, any_tags, local_only, weekdays_only, "
                "skip_holidays, slots, city_fen, district_fen, street_fen, min_price_fen, fixed_price_fen, "
                "fixed_funder, limit_per_person, limit_scope FROM subsidy_rules WHERE archived_at IS NULL "
                "AND effective_from <= ? AND (effective_to IS NULL OR effective_to >= ?) ORDER BY id",
                (iso, iso),
            )
        ]
        kinds = {k for (k,) in self.con.execute("SELECT kind FROM calendar_days WHERE day = ?", (iso,))}
        self.holiday = "holiday" in kinds
        self.working = False if self.holiday else ("workday" in kinds or self.day.weekday() < 5)

    def _rule(self, r: tuple):
        d = dt.date.fromisoformat
        return self.pricing.SubsidyRule(
            id=r[0], name=r[1], effective_from=d(str(r[2])[:10]), effective_to=d(str(r[3])[:10]) if r[3] else None,
            min_age=r[4], max_age=r[5], any_tags=frozenset(t for t in r[6].split(",") if t), local_only=bool(r[7]),
            weekdays_only=bool(r[8]), skip_holidays=bool(r[9]), slots=frozenset(x for x in r[10].split(",") if x),
            amounts={"city": r[11], "district": r[12], "street": r[13]}, min_price_fen=r[14], fixed_price_fen=r[15],
            fixed_funder=r[16], limit_per_person=r[17], limit_scope=r[18],
        )  # fmt: skip

    def _quote(self, rid: int, slot: tuple, claims: list):
        self._day_rules()
        birth, is_local, _archived = self.con.execute(
            "SELECT birth_date, is_local, archived_at FROM residents WHERE id = ?", (rid,)
        ).fetchone()
        tags = frozenset(t for (t,) in self.con.execute("SELECT tag FROM resident_tags WHERE resident_id = ?", (rid,)))
        b = dt.date.fromisoformat(str(birth)[:10]) if birth else None
        age = None if b is None else self.day.year - b.year - ((self.day.month, self.day.day) < (b.month, b.day))
        used: dict[str, tuple[int, int]] = {}
        for funder, slot_code, _scope, _n in claims:
            today, in_slot = used.get(funder, (0, 0))
            used[funder] = (today + 1, in_slot + (slot_code == slot[0]))
        return self.pricing.quote(
            self.pricing.Diner(age=age, tags=tags, is_local=bool(is_local)), slot[0], slot[1], 1, self.day,
            self.rules, working_day=self.working, holiday=self.holiday, used=used,
        )  # fmt: skip

    def sale(self, name: str, slot_code: str = "lunch", tendered_fen: int = 2000) -> tuple[int, bytes]:
        """Find `name`, show the price, sell one meal for cash, draw the receipt. Returns (ticket id, PDF)."""
        con, day, iso = self.con, self.day, self.day.isoformat()
        found = plain_search(con, name)[0]  # find (the cashier typed the name)
        rid = found[0]
        slot = con.execute("SELECT code, price_fen, portion_limit, name FROM meal_slots WHERE code = ? AND active",
                           (slot_code,)).fetchone()  # fmt: skip
        claims = con.execute("SELECT funder, slot_code, scope_key, n FROM canteen_subsidy_claims WHERE resident_id = ? "
                             "AND day = ? AND released_at IS NULL", (rid, iso)).fetchall()  # fmt: skip
        self._quote(rid, slot, claims)  # the price shown before taking the money
        uid = self.cashier.user_id
        con.execute("BEGIN IMMEDIATE")
        try:
            con.execute("INSERT INTO canteen_cashier_days (day, cashier_id) VALUES (?, ?) "
                        "ON CONFLICT (day, cashier_id) DO NOTHING", (iso, uid))  # fmt: skip
            if con.execute("SELECT 1 FROM canteen_day_closes WHERE day = ? AND cashier_id = ? AND reopened_at IS NULL",
                           (iso, uid)).fetchone():  # fmt: skip
                raise RuntimeError("day closed")
            if con.execute("SELECT 1 FROM canteen_settlements WHERE starts <= ? AND ends >= ? AND unlocked_at IS NULL",
                           (iso, iso)).fetchone():  # fmt: skip
                raise RuntimeError("settled")
            if con.execute("SELECT archived_at FROM residents WHERE id = ?", (rid,)).fetchone()[0] is not None:
                raise RuntimeError("archived")
            sold = con.execute("INSERT INTO canteen_portion_counts (day, slot_code, sold) VALUES (?, ?, 1) ON CONFLICT "
                               "(day, slot_code) DO UPDATE SET sold = sold + 1 RETURNING sold", (iso, slot_code)
                               ).fetchone()[0]  # fmt: skip
            if slot[2] is not None:
                reserved = con.execute("SELECT coalesce(sum(quantity), 0) FROM meal_bookings WHERE day = ? AND "
                                       "slot_code = ? AND status = 'booked' AND resident_id != ?",
                                       (iso, slot_code, rid)).fetchone()[0]  # fmt: skip
                if sold + reserved > slot[2]:
                    raise RuntimeError("sold out")
            claims = con.execute("SELECT funder, slot_code, scope_key, n FROM canteen_subsidy_claims WHERE "
                                 "resident_id = ? AND day = ? AND released_at IS NULL", (rid, iso)).fetchall()  # fmt: skip
            q = self._quote(rid, slot, claims)
            seq = con.execute("INSERT INTO sequences (name, value) VALUES (?, 1) ON CONFLICT (name) DO UPDATE SET "
                              "value = value + 1 RETURNING value", (f"meal:{iso}:{slot_code}",)).fetchone()[0]  # fmt: skip
            number = f"{day:%Y%m%d}-{slot_code[0].upper()}-{seq:04d}"
            subsidy = sum(q.subsidy.values())
            due = q.total_fen - subsidy
            change = tendered_fen - due
            now_text = _utc_text(self.now)
            tid = con.execute(
                "INSERT INTO meal_tickets (number, day, slot_code, sold_at, resident_id, guest, buyer, quantity, "
                "unit_price_fen, total_fen, subsidy_fen, self_paid_fen, subsidised_meals, tier, reason, rule_id, "
                "payment, tendered_fen, change_fen, cashier_id, status, reprints) "
                "VALUES (?, ?, ?, ?, ?, 0, NULL, 1, ?, ?, ?, ?, ?, ?, ?, ?, 'cash', ?, ?, ?, 'sold', 0)",
                (number, iso, slot_code, now_text, rid, q.unit_price_fen, q.total_fen, subsidy, due,
                 q.subsidised_meals, q.tier, q.reason, q.rule_id, tendered_fen, change, uid),
            ).lastrowid  # fmt: skip
            if q.subsidy:
                con.executemany("INSERT INTO meal_ticket_subsidies (ticket_id, funder, amount_fen, reversal) "
                                "VALUES (?, ?, ?, 0)", [(tid, f, a) for f, a in q.subsidy.items()])  # fmt: skip
                rows = []
                for claim in q.claims:
                    key = f"slot:{slot_code}" if claim.scope == "slot" else "day"
                    taken = {n for f, _s, k, n in claims if f == claim.funder and k == key}
                    n = 0
                    for _ in range(claim.meals):
                        n += 1
                        while n in taken:
                            n += 1
                        rows.append((rid, iso, slot_code, key, claim.funder, n, tid))
                con.executemany("INSERT INTO canteen_subsidy_claims (resident_id, day, slot_code, scope_key, funder, "
                                "n, ticket_id, released_at) VALUES (?, ?, ?, ?, ?, ?, ?, NULL)", rows)  # fmt: skip
            booking = con.execute("SELECT id FROM meal_bookings WHERE resident_id = ? AND day = ? AND slot_code = ? "
                                  "AND status = 'booked' ORDER BY id LIMIT 1", (rid, iso, slot_code)).fetchone()  # fmt: skip
            if booking is not None:
                con.execute("UPDATE meal_bookings SET status = 'used', ticket_id = ? WHERE id = ?", (tid, booking[0]))
            after = {"resident_id": rid, "slot": slot_code, "quantity": 1, "total": q.total_fen, "subsidy": q.subsidy,
                     "self_paid": due, "payment": "cash", "buyer": "", "booking_id": booking[0] if booking else None}  # fmt: skip
            _audit(con, {"at": self.now, "user_id": uid, "username": self.cashier.username, "action": "create",
                         "entity": "meal_ticket", "entity_id": str(tid), "summary": number, "before_json": None,
                         "after_json": json.dumps(after, ensure_ascii=False, default=str, sort_keys=True),
                         "workstation": self.cashier.workstation})  # fmt: skip
            con.executemany("INSERT INTO change_topics (topic, version) VALUES (?, 1) ON CONFLICT (topic) DO UPDATE "
                            "SET version = change_topics.version + 1", [(t,) for t in self.topics])  # fmt: skip
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        lines: list[tuple] = [("big", number), ("pair", "Meal", f"{slot[3] or slot_code} × 1"), ("pair", "Diner", found[1]),
                              ("pair", "Price", _money(q.total_fen))]  # fmt: skip
        labels = {"city": "city subsidy", "district": "district subsidy", "street": "street subsidy"}
        lines += [("pair", labels.get(f, f), _money(a)) for f, a in q.subsidy.items()]
        lines += [("text", f"Government subsidy {_money(subsidy)} | Self-paid {_money(due)}"), ("pair", "Paid by", "Cash"),
                  ("pair", "Tendered", _money(tendered_fen)), ("pair", "Change", _money(change)),
                  ("pair", "Time", (self.now + dt.timedelta(hours=8)).strftime("%Y-%m-%d %H:%M")), ("qr", number)]  # fmt: skip
        return tid, self.receipt.render("Meal ticket", lines, self.center)


# ---- the request intake -------------------------------------------------------------------------------------------

INTAKE_TABLES = ("sequences", "requests", "request_events", "audit_log", "audit_chain_head")


class PlainIntake:
    """A walk-in request taken in (the category's default department and deadline in working days) and its receipt."""

    def __init__(self, path: str, actor: Cashier, now: dt.datetime, font_path: str) -> None:
        from app.workdays import WorkCalendar

        self.con = connect(path)
        self.actor = actor
        self.now = now
        self.day = (now + dt.timedelta(hours=8)).date()
        self.center = _center(self.con)
        self.receipt = PlainReceipt(font_path, self.center["width"])
        self.topics = _topics(INTAKE_TABLES)
        rows = self.con.execute("SELECT day, kind FROM calendar_days").fetchall()
        d = dt.date.fromisoformat
        self.calendar = WorkCalendar(
            holidays=frozenset(d(str(x)[:10]) for x, k in rows if k == "holiday"),
            make_up_workdays=frozenset(d(str(x)[:10]) for x, k in rows if k == "workday"),
        )

    def take_in(self, resident_id: int, category_id: int, description: str) -> tuple[int, bytes]:
        con, uid = self.con, self.actor.user_id
        con.execute("BEGIN IMMEDIATE")
        try:
            cat = con.execute("SELECT name, default_department_id, deadline_days FROM req_categories WHERE id = ? "
                              "AND archived_at IS NULL", (category_id,)).fetchone()  # fmt: skip
            person = con.execute("SELECT name FROM residents WHERE id = ? AND archived_at IS NULL",
                                 (resident_id,)).fetchone()  # fmt: skip
            if cat is None or person is None:
                raise RuntimeError("unknown category or resident")
            year = self.day.year
            seq = con.execute("INSERT INTO sequences (name, value) VALUES (?, 1) ON CONFLICT (name) DO UPDATE SET "
                              "value = value + 1 RETURNING value", (f"request.{year}",)).fetchone()[0]  # fmt: skip
            number = f"{year}-{seq:06d}"
            due = self.calendar.add_working_days(self.day, cat[2])
            now_text = _utc_text(self.now)
            rid = con.execute(
                "INSERT INTO requests (number, channel, resident_id, contact_name, contact_phone, category_id, "
                "department_id, urgency, description, callback_ok, status, intake_day, due_date, paused_days, "
                "reopen_count, resolution_note, created_by_id, assigned_to_id, resolved_by_id, created_at, "
                "responded_at, resolved_at, closed_at, updated_at) VALUES (?, 'walk_in', ?, '', '', ?, ?, 'normal', ?, "
                "1, 'new', ?, ?, 0, 0, NULL, ?, ?, NULL, ?, NULL, NULL, NULL, ?)",
                (number, resident_id, category_id, cat[1], description, self.day.isoformat(), due.isoformat(), uid,
                 uid, now_text, now_text),
            ).lastrowid  # fmt: skip
            con.execute("INSERT INTO request_events (request_id, at, user_id, username, action, from_status, to_status, "
                        "note) VALUES (?, ?, ?, ?, 'intake', NULL, 'new', '')",
                        (rid, now_text, uid, self.actor.username))  # fmt: skip
            after = {"number": number, "channel": "walk_in", "category": cat[0], "status": "new"}
            _audit(con, {"at": self.now, "user_id": uid, "username": self.actor.username, "action": "create",
                         "entity": "request", "entity_id": str(rid), "summary": number, "before_json": None,
                         "after_json": json.dumps(after, ensure_ascii=False, default=str, sort_keys=True),
                         "workstation": self.actor.workstation})  # fmt: skip
            con.executemany("INSERT INTO change_topics (topic, version) VALUES (?, 1) ON CONFLICT (topic) DO UPDATE "
                            "SET version = change_topics.version + 1", [(t,) for t in self.topics])  # fmt: skip
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        lines = [("big", number), ("qr", number), ("pair", "Category", cat[0]), ("pair", "Channel", "walk-in"),
                 ("pair", "Resident", person[0]),
                 ("pair", "Taken in", (self.now + dt.timedelta(hours=8)).strftime("%Y-%m-%d %H:%M")),
                 ("pair", "Expected by", due.isoformat()), ("rule",), ("text", description[:200]),
                 ("small", "Quote the number when you ask about your request.")]  # fmt: skip
        return rid, self.receipt.render("Request receipt (受理回执)", lines, self.center)


# ---- the childcare sign-in sheet ----------------------------------------------------------------------------------

SHEET_TABLES = ("audit_log", "audit_chain_head")
SHEET_COLUMNS = (("No.", 8, "C"), ("Child", 24, "L"), ("Allergy", 20, "L"), ("In", 12, "C"), ("Brought by", 18, "L"),
                 ("Signature", 20, "L"), ("Out", 12, "C"), ("Collected by", 18, "L"), ("Signature", 20, "L"),
                 ("Code", 19, "C"))  # fmt: skip
INVERT = bytes(255 - i for i in range(256))
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


class PlainSheet:
    """The blank daily sign-in sheet of a childcare program, as a plain program makes it: the children enrolled
    that day read with one plain sqlite3 query (names, allergy notes), the export noted in the audit trail (the
    same sealed entry, in one BEGIN IMMEDIATE … COMMIT), then the same A4 pages drawn on a reportlab canvas with
    its own calls — the center's header and page numbers, title, subtitle, a grey header row repeated on every
    page, a 0.5 pt grid, each child's number, name and allergy note, and the child's QR code (the product's encoder,
    `qr_bitmap`, drawn with `drawInlineImage` of a 1-bit PIL image) — in the same TrueType font, subset and embedded by
    reportlab, with the fallback font for the characters the main font lacks (𠮷, 䶮 …)."""

    def __init__(self, path: str, font_path: str, fallback_path: str) -> None:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        self.con = connect(path)
        self.center = _center(self.con)
        self.font, self.fallback = "PlainCJK", "PlainRare"
        if self.font not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(self.font, font_path, subfontIndex=0))
        self.fallback_path = fallback_path
        self.main_glyphs = pdfmetrics.getFont(self.font).face.charToGlyph
        self.rare_glyphs: dict | None = None
        self.topics = _topics(SHEET_TABLES)

    # text: runs per font (the fallback font registered when a text first needs it)
    def _runs(self, text: str) -> list[tuple[str, str]]:
        main = self.main_glyphs
        if text.isascii() or all(ord(ch) in main for ch in text):
            return [(self.font, text)]
        if self.rare_glyphs is None:
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont

            if self.fallback not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont(self.fallback, self.fallback_path))
            self.rare_glyphs = pdfmetrics.getFont(self.fallback).face.charToGlyph
        out: list[tuple[str, str]] = []
        for ch in text:
            name = self.fallback if ord(ch) not in main and ord(ch) in self.rare_glyphs else self.font
            if out and out[-1][0] == name:
                out[-1] = (name, out[-1][1] + ch)
            else:
                out.append((name, ch))
        return out

    def _width(self, text: str, size: float) -> float:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        return sum(stringWidth(part, name, size) for name, part in self._runs(text))

    def _wrap(self, text: str, size: float, width: float) -> list[str]:
        """Lines no wider than `width`: at spaces for Latin words, between any two characters otherwise."""
        if self._width(text, size) <= width:
            return [text]
        lines, line = [], ""
        for word in text.replace(" ", " \0").split("\0"):
            for piece in [word] if word.isascii() else list(word):
                if line and self._width((line + piece).rstrip(), size) > width:
                    lines.append(line.rstrip())
                    line = ""
                line += piece
        return [*lines, line.rstrip()]

    def _draw(self, c, x: float, y: float, text: str, size: float, align: str = "L") -> None:
        runs = self._runs(text)
        if len(runs) == 1:
            c.setFont(runs[0][0], size)
            draw = c.drawString if align == "L" else c.drawCentredString if align == "C" else c.drawRightString
            draw(x, y, text)
            return
        if align != "L":
            w = self._width(text, size)
            x -= w / 2 if align == "C" else w
        t = c.beginText(x, y)
        for name, part in runs:
            t.setFont(name, size)
            t.textOut(part)
        c.drawText(t)

    def rows(self, program_id: int, day: dt.date) -> tuple[tuple, list[tuple[int, str, str | None]]]:
        iso = day.isoformat()
        program = self.con.execute("SELECT name, open_min, close_min FROM childcare_programs WHERE id = ?",
                                   (program_id,)).fetchone()  # fmt: skip
        rows = [
            (cid, name, allergy)
            for cid, weekdays, name, allergy in self.con.execute(
                "SELECT e.child_id, e.weekdays, c.name, c.allergy_note FROM childcare_enrolments e "
                "JOIN childcare_children c ON c.id = e.child_id WHERE e.program_id = ? AND e.withdrawn_at IS NULL "
                "AND e.starts_on <= ? AND e.ends_on >= ? AND c.archived_at IS NULL ORDER BY e.group_name, c.name",
                (program_id, iso, iso),
            )
            if weekdays & (1 << day.weekday())
        ]
        return program, rows

    def sheet(self, program_id: int, day: dt.date, now: dt.datetime) -> bytes:
        """The blank sheet of `program_id` for `day` (all groups), its export audited at `now` by the system."""
        from PIL import Image
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfgen.canvas import Canvas

        from app.documents.qrfast import qr_bitmap

        con = self.con
        program, rows = self.rows(program_id, day)
        con.execute("BEGIN IMMEDIATE")
        try:
            what = json.dumps({"m": "export.detail", "a": {"detail": f"#{program_id} {day.isoformat()}",
                               "what": "blank_sheet"}}, ensure_ascii=False, sort_keys=True, separators=(",", ":"))  # fmt: skip
            _audit(con, {"at": now, "user_id": None, "username": "system", "action": "export",
                         "entity": "childcare_document", "entity_id": None, "summary": "\x1e" + what,
                         "before_json": None, "after_json": json.dumps({"rows": len(rows)}), "workstation": ""})  # fmt: skip
            con.executemany("INSERT INTO change_topics (topic, version) VALUES (?, 1) ON CONFLICT (topic) DO UPDATE "
                            "SET version = change_topics.version + 1", [(t,) for t in self.topics])  # fmt: skip
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise

        def hhmm(m: int) -> str:
            return f"{m // 60:02d}:{m % 60:02d}"

        title = f"Sign-in sheet: {program[0]}"
        weekday = WEEKDAYS[day.weekday()]
        subtitle = (f"{day.isoformat()} {weekday} · Group: all groups · Window: {hhmm(program[1])}–{hhmm(program[2])} · "
                    f"Children: {len(rows)}")  # fmt: skip
        running = f"{title}  {day.isoformat()}  {weekday}"
        footer = "Staff on duty: ____________    Checked by: ____________"

        size, lead, pad_x, pad_y = 9, 9 * 1.3, 2.0, 3.0
        w, h = A4
        left, right, top, bottom = 12 * MM + 6, w - 12 * MM - 6, h - 18 * MM - 6, 15 * MM + 6
        widths = [c[1] * MM for c in SHEET_COLUMNS]
        x0 = left + (right - left - sum(widths)) / 2
        xs = [x0]
        for cw in widths:
            xs.append(xs[-1] + cw)
        qr = 15 * MM
        face = pdfmetrics.getFont(self.font).face
        mid = (face.ascent + face.descent) / 2000  # the glyph box's middle above the baseline, per point
        heads = [self._wrap(c[0], size, cw - 2 * pad_x) for c, cw in zip(SHEET_COLUMNS, widths, strict=True)]
        head_h = max(len(x) for x in heads) * lead + 2 * pad_y

        buf = io.BytesIO()
        c = Canvas(buf, pagesize=A4)
        c.setTitle(title)
        c.setAuthor(self.center["name"])
        page = 0

        def cell(lines: list[str], col: int, y_top: float, row_h: float) -> None:
            y = y_top - (row_h - len(lines) * lead) / 2
            lo, hi, align = xs[col] + pad_x, xs[col + 1] - pad_x, SHEET_COLUMNS[col][2]
            for i, line in enumerate(lines):
                self._draw(c, lo if align == "L" else (lo + hi) / 2, y - (i + 0.5) * lead - mid * size, line, size,
                           align)  # fmt: skip

        def new_page() -> float:
            nonlocal page
            if page:
                c.showPage()
            page += 1
            c.setLineWidth(0.5)
            self._draw(c, 12 * MM, h - 11 * MM, self.center["name"], 9)
            address = " ".join(p for p in (self.center["address"], self.center["phone"]) if p)
            self._draw(c, w - 12 * MM, h - 11 * MM, address, 9, "R")
            c.line(12 * MM, h - 13 * MM, w - 12 * MM, h - 13 * MM)
            self._draw(c, w / 2, 8 * MM, f"Page {page}", 9, "C")
            y = top
            if page == 1:
                for text, sz, ld in ((title, 16, 22), (subtitle, 10, 14)):
                    for line in self._wrap(text, sz, right - left):
                        self._draw(c, (left + right) / 2, y - 0.5 * ld - mid * sz, line, sz, "C")
                        y -= ld
                return y - 4 * MM
            for line in self._wrap(running, size, right - left):
                self._draw(c, (left + right) / 2, y - 0.5 * lead - mid * size, line, size, "C")
                y -= lead
            return y - 2 * MM

        def header(y: float) -> None:
            c.setFillGray(0.9)
            c.rect(x0, y - head_h, xs[-1] - x0, head_h, stroke=0, fill=1)
            c.setFillGray(0)
            for col, lines in enumerate(heads):
                lines_y = y - (head_h - len(lines) * lead) / 2
                for i, line in enumerate(lines):
                    self._draw(c, (xs[col] + xs[col + 1]) / 2, lines_y - (i + 0.5) * lead - mid * size, line, size, "C")

        def grid(y_top: float, ys: list[float]) -> None:
            c.setLineWidth(0.5)
            c.grid(xs, [y_top, *ys])

        y = new_page()
        y_top, ys = y, [y - head_h]
        header(y)
        y -= head_h
        for n, (cid, name, allergy) in enumerate(rows, 1):
            texts = [[str(n)], self._wrap(name, size, widths[1] - 2 * pad_x)]
            texts.append(self._wrap(allergy, size, widths[2] - 2 * pad_x) if allergy else [])
            row_h = max(qr, *(len(t) * lead for t in texts)) + 2 * pad_y
            if y - row_h < bottom:
                grid(y_top, ys)
                y = new_page()
                y_top, ys = y, [y - head_h]
                header(y)
                y -= head_h
            for col, lines in enumerate(texts):
                if lines:
                    cell(lines, col, y, row_h)
            k, bits = qr_bitmap(f"CC:{cid}:{day.isoformat()}")  # rows of 1 = dark, padded to whole bytes
            img = Image.frombytes("1", (k, k), bits.translate(INVERT))  # PIL's "1": 1 = white
            unit = qr / (k + 8)
            c.drawInlineImage(img, (xs[-2] + xs[-1] - qr) / 2 + 4 * unit, y - (row_h + qr) / 2 + 4 * unit, k * unit,
                              k * unit)  # fmt: skip
            y -= row_h
            ys.append(y)
        grid(y_top, ys)
        if y - 3 * MM - 15 < bottom:
            y = new_page()
        self._draw(c, left, y - 3 * MM - 7.5 - mid * 10, footer, 10)
        c.showPage()
        c.save()
        return buf.getvalue()


# ---- the worker process -------------------------------------------------------------------------------------------


def _timed(fn, items, warm: int) -> list[float]:
    out = []
    for i, item in enumerate(items):
        t = time.perf_counter()
        fn(item)
        if i >= warm:
            out.append(time.perf_counter() - t)
    return out


def _receipt_only(spec: dict) -> list[float]:
    """The receipt_pdf figure's reference: the same receipt with a bare reportlab canvas and Latin text."""
    from reportlab.pdfgen.canvas import Canvas

    from app.documents.qrfast import qr_matrix

    def draw(_i) -> None:
        buf = io.BytesIO()
        c = Canvas(buf, pagesize=(80 * MM, 300), pageCompression=0)
        for i, text in enumerate(("Center", "Lunch set A  12.00", "Subsidy  -4.00", "Paid 8.00", "Zhang San 1-2-301")):
            c.setFont("Helvetica", 9)
            c.drawString(10, 280 - 14 * i, text)
        modules = qr_matrix("T-2026-000123")
        path = c.beginPath()
        for r, row in enumerate(modules):
            for col, dark in enumerate(row):
                if dark:
                    path.rect(40 + col * 3, 150 - r * 3, 3, 3)
        c.drawPath(path, stroke=0, fill=1)
        c.showPage()
        c.save()

    return _timed(draw, range(spec["runs"] + spec.get("warm", 2)), spec.get("warm", 2))


def _operation(spec: dict):
    """The reference's one operation for `spec` (kind "sale": a diner's name; "intake": a resident id)."""
    now = dt.datetime.fromisoformat(spec["now"])
    if spec["kind"] == "sale":
        sale = PlainSale(spec["path"], Cashier(**spec["cashier"]), now, spec["font"])
        return lambda name: sale.sale(name)
    if spec["kind"] == "intake":
        intake = PlainIntake(spec["path"], Cashier(**spec["cashier"]), now, spec["font"])
        return lambda rid: intake.take_in(rid, spec["category_id"], spec["description"])
    if spec["kind"] == "sheet":
        sheet = PlainSheet(spec["path"], spec["font"], spec["fallback"])
        day = dt.date.fromisoformat(spec["day"])
        return lambda program_id: sheet.sheet(program_id, day, now)
    raise SystemExit(f"unknown reference {spec['kind']!r}")


def _serve(spec: dict) -> int:
    """One item per line on stdin, its time (seconds) per line on stdout, until stdin closes (see Worker)."""
    op = _operation(spec)
    print("READY", flush=True)
    for line in sys.stdin:
        item = json.loads(line)
        t = time.perf_counter()
        op(item)
        print(time.perf_counter() - t, flush=True)
    return 0


def main() -> int:
    spec = json.loads(sys.stdin.readline())
    kind = spec["kind"]
    if "reportlab" in sys.modules:
        raise SystemExit("reportlab was imported before the reference began")
    if spec.get("serve"):
        return _serve(spec)
    if kind == "receipt":
        samples = _receipt_only(spec)
    else:
        items = spec["names"] if kind == "sale" else spec["residents"]
        samples = _timed(_operation(spec), items, spec.get("warm", 2))
    print(json.dumps({"samples": samples}))
    return 0


def run_worker(spec: dict, timeout: float = 900) -> list[float]:
    """Run a reference in a fresh process (see main) and return its samples (seconds)."""
    import os
    import subprocess
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    env = dict(os.environ, PYTHONPATH=str(root))
    out = subprocess.run([sys.executable, "-m", "bench.refs"], input=json.dumps(spec, default=str), env=env,
                         capture_output=True, text=True, timeout=timeout, cwd=root)  # fmt: skip
    if out.returncode != 0:
        raise RuntimeError("reference process failed: " + (out.stderr.strip().splitlines() or ["?"])[-1])
    return json.loads(out.stdout.strip().splitlines()[-1])["samples"]


class Worker:
    """A reference kept running in its own fresh process (where nothing else touched reportlab), timing one item
    at a time: the figure alternates one product run and one reference run, so both see the same machine (this
    2-core machine is shared, and its load moves within a figure's seconds). Use as a context manager:
    `with Worker(spec) as ref: seconds = ref.time(item)`. `spec` as for run_worker, without the items."""

    def __init__(self, spec: dict, timeout: float = 120) -> None:
        import os
        import subprocess
        from pathlib import Path

        root = Path(__file__).resolve().parent.parent
        env = dict(os.environ, PYTHONPATH=str(root))
        self.proc = subprocess.Popen([sys.executable, "-m", "bench.refs"], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                                     cwd=root)  # fmt: skip
        self._send({**spec, "serve": True})
        self._expect("READY")

    def _send(self, value) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps(value, default=str) + "\n")
        self.proc.stdin.flush()

    def _expect(self, what: str | None = None) -> str:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline().strip()
        if not line or (what is not None and line != what):
            err = self.proc.stderr.read() if self.proc.stderr is not None and self.proc.poll() is not None else ""
            raise RuntimeError("reference process failed: " + ((err.strip().splitlines() or [line or "?"])[-1]))
        return line

    def time(self, item) -> float:
        """Run the reference on `item` once; its time in seconds, measured inside the reference's process."""
        self._send(item)
        return float(self._expect())

    def close(self) -> None:
        if self.proc.stdin is not None and not self.proc.stdin.closed:
            self.proc.stdin.close()
        try:
            self.proc.wait(timeout=60)
        except Exception:  # noqa: BLE001 - a stuck reference is ended, never left behind
            self.proc.kill()
            self.proc.wait()
        for stream in (self.proc.stdout, self.proc.stderr):
            if stream is not None:
                stream.close()

    def __enter__(self) -> Worker:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


if __name__ == "__main__":
    sys.exit(main())
