"""What "no record is partial" means, checked with plain sqlite3 on a database a killed process wrote to.

Every function returns a list of problems (empty: sound), so a failing test says everything that is wrong.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from pathlib import Path


def connect(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(str(path))


def integrity(con: sqlite3.Connection) -> list[str]:
    problems = [r[0] for r in con.execute("PRAGMA integrity_check")]
    problems = [] if problems == ["ok"] else problems
    problems += [f"foreign key: {r}" for r in con.execute("PRAGMA foreign_key_check")]
    return problems


def _audited(con: sqlite3.Connection, entity: str) -> set[int]:
    return {int(r[0]) for r in con.execute("SELECT entity_id FROM audit_log WHERE entity = ?", (entity,))}


def tickets(con: sqlite3.Connection) -> list[str]:
    """Each ticket: its sums add up, its subsidy lines equal its subsidy, a card sale has exactly its ledger entry,
    and the audit entry written with it is there; no card goes below zero."""
    problems = []
    lines: dict[int, int] = defaultdict(int)
    for tid, amount in con.execute("SELECT ticket_id, amount_fen FROM meal_ticket_subsidies WHERE NOT reversal"):
        lines[tid] += amount
    card_sales: dict[int, list[int]] = defaultdict(list)
    for tid, amount in con.execute("SELECT ticket_id, amount_fen FROM meal_card_entries WHERE kind = 'sale'"):
        card_sales[tid].append(amount)
    audited = _audited(con, "meal_ticket")
    rows = con.execute(
        "SELECT id, number, quantity, unit_price_fen, total_fen, subsidy_fen, self_paid_fen, payment, status "
        "FROM meal_tickets"
    ).fetchall()
    ids = set()
    for tid, number, qty, unit, total, subsidy, self_paid, payment, status in rows:
        ids.add(tid)
        if status != "sold":
            problems.append(f"ticket {number}: status {status}")
        if total != unit * qty or subsidy + self_paid != total:
            problems.append(f"ticket {number}: {unit}×{qty} ≠ {total} or {subsidy}+{self_paid} ≠ {total}")
        if lines.get(tid, 0) != subsidy:
            problems.append(f"ticket {number}: subsidy lines {lines.get(tid, 0)} ≠ {subsidy}")
        expected = [-self_paid] if payment == "card" else []
        if card_sales.get(tid, []) != expected:
            problems.append(f"ticket {number}: card entries {card_sales.get(tid)} ≠ {expected}")
        if tid not in audited:
            problems.append(f"ticket {number}: no audit entry")
    problems += [f"subsidy line of missing ticket {t}" for t in set(lines) - ids]
    problems += [f"card entry of missing ticket {t}" for t in set(card_sales) - ids]
    problems += [f"audit entry of missing ticket {t}" for t in audited - ids]
    for card, balance in con.execute("SELECT card_id, SUM(amount_fen) FROM meal_card_entries GROUP BY card_id"):
        if balance < 0:
            problems.append(f"card {card}: balance {balance}")
    return problems


def requests(con: sqlite3.Connection) -> list[str]:
    """Each request: its status history starts at intake and chains to its current status, audited in step."""
    problems = []
    events: dict[int, list[tuple[str | None, str]]] = defaultdict(list)
    for rid, frm, to in con.execute("SELECT request_id, from_status, to_status FROM request_events ORDER BY id"):
        events[rid].append((frm, to))
    audits: dict[int, int] = defaultdict(int)
    for (eid,) in con.execute("SELECT entity_id FROM audit_log WHERE entity = 'request'"):
        audits[int(eid)] += 1
    ids = set()
    for rid, number, status in con.execute("SELECT id, number, status FROM requests"):
        ids.add(rid)
        chain = events.get(rid, [])
        if not chain or chain[0] != (None, "new"):
            problems.append(f"request {number}: no intake event")
            continue
        for (_f1, to), (frm, _t2) in zip(chain, chain[1:], strict=False):
            if frm != to:
                problems.append(f"request {number}: history jumps {to} → {frm}")
        if chain[-1][1] != status:
            problems.append(f"request {number}: history ends at {chain[-1][1]}, status is {status}")
        if audits.get(rid, 0) != len(chain):
            problems.append(f"request {number}: {len(chain)} events but {audits.get(rid, 0)} audit entries")
    problems += [f"events of missing request {r}" for r in set(events) - ids]
    return problems


def sequences(con: sqlite3.Connection) -> list[str]:
    """Numbers without gaps: every number from 1 to the sequence's value is used exactly once."""
    problems = []
    seq = dict(con.execute("SELECT name, value FROM sequences"))
    used: dict[str, list[int]] = defaultdict(list)
    for (number,) in con.execute("SELECT number FROM requests"):
        year, n = number.split("-")
        used[f"request.{year}"].append(int(n))
    for number, day, slot in con.execute("SELECT number, day, slot_code FROM meal_tickets"):
        used[f"meal:{day}:{slot}"].append(int(number.rsplit("-", 1)[1]))
    for name, numbers in used.items():
        if sorted(numbers) != list(range(1, seq.get(name, 0) + 1)):
            missing = sorted(set(range(1, seq.get(name, 0) + 1)) - set(numbers))[:10]
            problems.append(f"sequence {name} = {seq.get(name)}: {len(numbers)} numbers used, missing {missing}")
    return problems


def childcare(con: sqlite3.Connection) -> list[str]:
    """Each child and attendance record is audited; a sign-out has its sign-in."""
    problems = []
    children = {r[0] for r in con.execute("SELECT id FROM childcare_children")}
    if children - _audited(con, "childcare_child"):
        problems.append(f"children without audit: {sorted(children - _audited(con, 'childcare_child'))[:10]}")
    audited = _audited(con, "childcare_attendance")
    ins = set()
    outs = []
    for aid, child, day, kind in con.execute("SELECT id, child_id, day, kind FROM childcare_attendance"):
        if aid not in audited:
            problems.append(f"attendance {aid}: no audit entry")
        if kind == "in":
            ins.add((child, day))
        elif kind == "out":
            outs.append((child, day))
    problems += [f"sign-out without sign-in: child {c} on {d}" for c, d in outs if (c, d) not in ins]
    return problems


def volunteers(con: sqlite3.Connection) -> list[str]:
    """A checked-out sign-up has exactly its hours entry (with the worked minutes), and nothing else has one."""
    problems = []
    hours = {
        su: minutes
        for su, minutes in con.execute("SELECT signup_id, minutes FROM volunteer_hours WHERE signup_id IS NOT NULL")
    }
    for su, checked_in, checked_out in con.execute("SELECT id, checked_in_at, checked_out_at FROM volunteer_signups"):
        if checked_out is not None and hours.get(su) != 120:
            problems.append(f"sign-up {su}: checked out but hours {hours.get(su)}")
        if checked_out is None and su in hours:
            problems.append(f"sign-up {su}: hours without a check-out")
        if checked_out is not None and checked_in is None:
            problems.append(f"sign-up {su}: checked out without a check-in")
    return problems


def residents(con: sqlite3.Connection) -> list[str]:
    ids = {r[0] for r in con.execute("SELECT id FROM residents")}
    missing = ids - _audited(con, "resident")
    return [f"residents without audit entry: {sorted(missing)[:10]}"] if missing else []


def everything(path: Path) -> list[str]:
    con = connect(path)
    try:
        problems = integrity(con)
        if problems:  # the rest would only repeat the damage
            return problems
        for check in (tickets, requests, sequences, childcare, volunteers, residents):
            problems += check(con)
        return problems
    finally:
        con.close()


def present(path: Path, reported: list[tuple[str, int]]) -> list[str]:
    """Everything the worker saw committed is in the database (a killed process loses no committed work)."""
    tables = {
        "resident": "residents",
        "request": "requests",
        "ticket": "meal_tickets",
        "child": "childcare_children",
        "attendance": "childcare_attendance",
        "hours": "volunteer_hours",
    }
    con = connect(path)
    try:
        missing = []
        for kind, ident in reported:
            table = tables.get(kind)
            if table and con.execute(f"SELECT 1 FROM {table} WHERE id = ?", (ident,)).fetchone() is None:
                missing.append(f"{kind} {ident} was committed but is missing")
        for kind, status in (("dispatched", "dispatched"), ("accepted", "accepted")):
            for k, ident in reported:
                if k == kind:
                    row = con.execute("SELECT status FROM requests WHERE id = ?", (ident,)).fetchone()
                    if row is None or (kind == "dispatched" and row[0] == "new"):
                        missing.append(f"request {ident} was {status} but is {row}")
        return missing
    finally:
        con.close()
