"""The references do the same work as the product: the plain sale and intake write the same rows (compared row by
row, audit seals included) and print the same receipt text; the plain search finds the same residents."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess

import pytest

from app import clock
from bench import refs
from bench.data import NOW
from tests.backends import sqlite_only

# One worker builds the tiny data set (a session fixture) for all of them: tests/bench/conftest.py.
pytestmark = [
    sqlite_only("the references are plain sqlite3 on the benchmark's SQLite data set"),
    pytest.mark.xdist_group("bench-tiny-set"),
]

SALE_ROWS = {  # table -> rows a sale adds or changes (compared whole)
    "meal_tickets": "SELECT * FROM meal_tickets WHERE id > ?",
    "meal_ticket_subsidies": "SELECT ticket_id, funder, amount_fen, reversal FROM meal_ticket_subsidies WHERE ticket_id > ?",
    "canteen_subsidy_claims": "SELECT * FROM canteen_subsidy_claims WHERE ticket_id > ?",
    "audit_log": "SELECT * FROM audit_log WHERE id > (SELECT max(id) - 20 FROM audit_log) AND ? IS NOT NULL",
    "audit_chain_head": "SELECT * FROM audit_chain_head WHERE ? IS NOT NULL",
    "sequences": "SELECT * FROM sequences WHERE ? IS NOT NULL",
    "canteen_portion_counts": "SELECT * FROM canteen_portion_counts WHERE ? IS NOT NULL",
    "canteen_cashier_days": "SELECT * FROM canteen_cashier_days WHERE ? IS NOT NULL",
    "change_topics": "SELECT * FROM change_topics WHERE ? IS NOT NULL",
    "meal_bookings": "SELECT * FROM meal_bookings WHERE ? IS NOT NULL",
}


def _rows(path, sql, arg):
    con = sqlite3.connect(path)
    try:
        return sorted(con.execute(sql, (arg,)).fetchall(), key=repr)
    finally:
        con.close()


def _text(pdf: bytes, tmp_path, name: str) -> list[str]:
    f = tmp_path / name
    f.write_bytes(pdf)
    out = subprocess.run(["pdftotext", str(f), "-"], capture_output=True, text=True, check=True).stdout
    return ["".join(line.split()) for line in out.splitlines() if line.strip()]


def _diners(path, n):
    con = sqlite3.connect(path)
    try:
        return [r for (r,) in con.execute(
            "SELECT name FROM residents r WHERE is_local = 1 AND archived_at IS NULL AND birth_date < '1955-01-01' AND "
            "NOT EXISTS (SELECT 1 FROM residents o WHERE o.name = r.name AND o.id != r.id) ORDER BY id LIMIT ?", (n,))]  # fmt: skip
    finally:
        con.close()


def test_plain_sale_writes_the_same_rows_and_receipt(tiny_set, tiny_copy, tmp_path):
    from app.accounts.service import actor_for
    from app.canteen.reports import ticket_receipt
    from app.canteen.service import SaleRequest, quote_for, sell
    from app.database import open_database
    from app.residents.service import search_residents

    _path, notes = tiny_set
    a, b = tiny_copy(), tiny_copy()
    [(last,)] = _rows(a, "SELECT max(id) FROM meal_tickets WHERE ? IS NOT NULL", 1)
    names = _diners(a, 4)
    clock.freeze(NOW)
    db = open_database(f"sqlite:///{a}", migrate=False)
    try:
        admin = actor_for(db, notes["admin_id"])
        product_pdfs = []
        for name in names:
            rid = search_residents(db, name)[0].id
            quote_for(db, rid, "lunch", 1)
            sold = sell(db, admin, SaleRequest(rid, "lunch", 1, "cash", tendered_fen=2000))
            product_pdfs.append(ticket_receipt(db, sold.ticket_id))
        # a second lunch for the first diner: full price, no second claim (the rules hold in the reference too)
        rid = search_residents(db, names[0])[0].id
        sell(db, admin, SaleRequest(rid, "lunch", 1, "cash", tendered_fen=2000, repeat_ok=True))  # the cashier said yes
    finally:
        db.dispose()
    plain = refs.PlainSale(str(b), refs.Cashier(admin.user_id, admin.username, str(admin.workstation)), clock.now(),
                           str(__import__("app.resources", fromlist=["x"]).cjk_font_path()))  # fmt: skip
    plain_pdfs = [plain.sale(name)[1] for name in names]
    plain.sale(names[0])
    plain.con.close()
    for table, sql in SALE_ROWS.items():
        assert _rows(a, sql, last) == _rows(b, sql, last), table
    new = _rows(a, SALE_ROWS["meal_tickets"], last)
    assert len(new) == 5 and sum(1 for r in new if r[11] > 0) == 4  # subsidy_fen: 4 subsidised, the second lunch not
    for i, (p, q) in enumerate(zip(product_pdfs, plain_pdfs, strict=True)):
        assert _text(p, tmp_path, f"p{i}.pdf") == _text(q, tmp_path, f"q{i}.pdf")


def test_plain_intake_writes_the_same_rows_and_receipt(tiny_set, tiny_copy, tmp_path):
    from app import settings
    from app.accounts.service import actor_for
    from app.database import open_database
    from app.requests.service import IntakeInput, receipt_pdf, take_in

    _path, notes = tiny_set
    a, b = tiny_copy(), tiny_copy()
    [(last,)] = _rows(a, "SELECT max(id) FROM requests WHERE ? IS NOT NULL", 1)
    residents = [r for (r,) in _rows(a, "SELECT id FROM residents WHERE archived_at IS NULL AND ? IS NOT NULL "
                                        "AND id < 50", 1)][:3]  # fmt: skip
    text = "楼道灯不亮，请帮忙报修。"
    clock.freeze(NOW)
    db = open_database(f"sqlite:///{a}", migrate=False)
    try:
        admin = actor_for(db, notes["admin_id"])
        center = settings.center_info(db)
        product = [receipt_pdf(take_in(db, admin, IntakeInput("walk_in", notes["category_id"], text, r)), center)
                   for r in residents]  # fmt: skip
    finally:
        db.dispose()
    from app.resources import cjk_font_path

    plain = refs.PlainIntake(str(b), refs.Cashier(admin.user_id, admin.username, str(admin.workstation)), clock.now(),
                             str(cjk_font_path()))  # fmt: skip
    ours = [plain.take_in(r, notes["category_id"], text)[1] for r in residents]
    plain.con.close()
    for sql in (
        "SELECT * FROM requests WHERE id > ?",
        "SELECT request_id, at, user_id, username, action, from_status, to_status, note FROM request_events "
        "WHERE request_id > ?",
        "SELECT * FROM audit_log WHERE id > (SELECT max(id) - 10 FROM audit_log) AND ? IS NOT NULL",
        "SELECT * FROM sequences WHERE ? IS NOT NULL",
        "SELECT * FROM change_topics WHERE ? IS NOT NULL",
    ):
        assert _rows(a, sql, last) == _rows(b, sql, last), sql
    assert len(_rows(a, "SELECT * FROM requests WHERE id > ?", last)) == 3
    for i, (p, q) in enumerate(zip(product, ours, strict=True)):
        assert _text(p, tmp_path, f"p{i}.pdf") == _text(q, tmp_path, f"q{i}.pdf")


def test_plain_search_finds_the_same_residents(tiny_set):
    from app.database import open_database
    from app.residents.service import search_residents

    path, _ = tiny_set
    con = sqlite3.connect(path)
    names = [n for (n,) in con.execute("SELECT name FROM residents ORDER BY id LIMIT 15")]
    phones = [p for (p,) in con.execute("SELECT phone FROM residents WHERE phone IS NOT NULL LIMIT 3")]
    queries = [q for n in names for q in (n[:1], n, n[1:], n[-1:])] + [p[:3] for p in phones] + [p[-4:] for p in phones]
    queries += ["z", "zh", "wang", "wl", "ｚｈ", ""]
    db = open_database(f"sqlite:///{path}", migrate=False)
    try:
        for q in queries:
            assert [r.id for r in search_residents(db, q)] == [r[0] for r in refs.plain_search(con, q)], q
    finally:
        db.dispose()
        con.close()


def test_the_references_run_in_a_process_where_reportlab_is_untouched(tiny_set, tiny_copy):
    _path, notes = tiny_set
    b = tiny_copy()
    from app.resources import cjk_font_path

    assert len(refs.run_worker({"kind": "receipt", "runs": 3, "warm": 1})) == 3
    samples = refs.run_worker({"kind": "sale", "path": str(b), "names": _diners(b, 4), "warm": 1,
                               "cashier": {"user_id": notes["admin_id"], "username": "admin", "workstation": ""},
                               "now": dt.datetime(2026, 11, 27, 3, 40, tzinfo=dt.UTC).isoformat(),
                               "font": str(cjk_font_path())})  # fmt: skip
    assert len(samples) == 3
    [(n,)] = _rows(b, "SELECT count(*) FROM meal_tickets WHERE day = ?", "2026-11-27")
    assert n == 4


def test_a_reference_worker_times_one_item_at_a_time(tiny_set, tiny_copy):
    """bench.refs.Worker (issue 15 item 4): the reference stays in its own fresh process and times one sale per
    request, so a figure can alternate product and reference runs; closing it ends the process."""
    _path, notes = tiny_set
    b = tiny_copy()
    from app.resources import cjk_font_path

    spec = {"kind": "sale", "path": str(b), "font": str(cjk_font_path()),
            "cashier": {"user_id": notes["admin_id"], "username": "admin", "workstation": ""},
            "now": dt.datetime(2026, 11, 27, 3, 40, tzinfo=dt.UTC).isoformat()}  # fmt: skip
    with refs.Worker(spec) as worker:
        times = [worker.time(name) for name in _diners(b, 3)]
    assert len(times) == 3 and all(0 < t < 60 for t in times)
    assert worker.proc.returncode == 0
    [(n,)] = _rows(b, "SELECT count(*) FROM meal_tickets WHERE day = ?", "2026-11-27")
    assert n == 3


def test_plain_sheet_writes_the_same_audit_entry_and_draws_the_same_sheet(tiny_set, tiny_copy, tmp_path):
    """bench.refs.PlainSheet (the signin_sheet figure's reference): the same children in the same order, the same
    sealed export entry, and the same text on the same number of pages as the product's blank sheet."""
    from app.actor import SYSTEM
    from app.childcare.sheets import render_daily_sheet
    from app.database import open_database
    from app.resources import cjk_font_path, fallback_font_path
    from bench.data import TODAY

    _path, notes = tiny_set
    a, b = tiny_copy(), tiny_copy()
    pid = notes["program_id"]
    clock.freeze(NOW)
    db = open_database(f"sqlite:///{a}", migrate=False)
    try:
        product = render_daily_sheet(db, SYSTEM, pid, TODAY, None, filled=False)
    finally:
        db.dispose()
    plain = refs.PlainSheet(str(b), str(cjk_font_path()), str(fallback_font_path()))
    ours = plain.sheet(pid, TODAY, clock.now())
    _program, rows = plain.rows(pid, TODAY)
    plain.con.close()
    assert rows
    for sql in (
        "SELECT * FROM audit_log WHERE id > (SELECT max(id) - 5 FROM audit_log) AND ? IS NOT NULL",
        "SELECT * FROM audit_chain_head WHERE ? IS NOT NULL",
        "SELECT * FROM change_topics WHERE ? IS NOT NULL",
    ):
        assert _rows(a, sql, 1) == _rows(b, sql, 1), sql
    p, q = _text(product, tmp_path, "p.pdf"), _text(ours, tmp_path, "q.pdf")
    assert p == q
    assert all(any(name in line for line in p) for _cid, name, _allergy in rows)
    info = [subprocess.run(["pdfinfo", str(tmp_path / f)], capture_output=True, text=True, check=True).stdout
            for f in ("p.pdf", "q.pdf")]  # fmt: skip
    pages = [next(line for line in i.splitlines() if line.startswith("Pages:")) for i in info]
    assert pages[0] == pages[1]


def test_the_sheet_reference_runs_in_its_own_worker(tiny_set, tiny_copy):
    _path, notes = tiny_set
    b = tiny_copy()
    from app.resources import cjk_font_path, fallback_font_path
    from bench.data import TODAY

    spec = {"kind": "sheet", "path": str(b), "day": TODAY.isoformat(), "font": str(cjk_font_path()),
            "fallback": str(fallback_font_path()), "now": dt.datetime(2026, 11, 27, 3, 40, tzinfo=dt.UTC).isoformat()}  # fmt: skip
    with refs.Worker(spec) as worker:
        times = [worker.time(notes["program_id"]) for _ in range(2)]
    assert len(times) == 2 and all(0 < t < 60 for t in times)
    assert worker.proc.returncode == 0
