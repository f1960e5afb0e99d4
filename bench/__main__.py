"""Benchmark command: figures beside same-run references, median and p95, table + JSON.

Run: .venv/bin/python -m bench [--quick] [--only NAME] [--out results.json]
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from bench.figures import FIGURES as DATA_FIGURES

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "bench-data"


def stats(samples: list[float]) -> dict[str, float]:
    s = sorted(samples)
    p95 = s[min(len(s) - 1, int(round(0.95 * (len(s) - 1))))]
    return {"median_ms": statistics.median(s) * 1000, "p95_ms": p95 * 1000, "runs": len(s)}


def timed(fn: Callable[[], object], runs: int, warm: int = 2) -> list[float]:
    for _ in range(warm):
        fn()
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


def schema_key() -> str:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(ROOT / "db" / "migrations"))
    return "-".join(sorted(ScriptDirectory.from_config(cfg).get_heads()))


def residents_db(n: int, cache: Path) -> Path:
    """A migrated database with `n` residents, built once per schema and size (bulk executemany, one transaction)."""
    import datetime as dt

    from app import demo
    from app.database import open_database
    from db.models import Resident

    cache.mkdir(parents=True, exist_ok=True)
    path = cache / f"residents-{n}-{abs(hash(schema_key())) % 10**8}.sqlite"
    stable = cache / f"residents-{n}-{schema_key()[:60]}.sqlite"
    path = stable
    if path.exists():
        return path
    tmp = path.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    db = open_database(f"sqlite:///{tmp}")
    db.dispose()
    cols = [c.name for c in Resident.__table__.columns if c.name != "id"]
    rng = random.Random(8)
    rows = demo.resident_rows(rng, n, dt.date(2026, 11, 1))
    con = sqlite3.connect(tmp)
    with con:
        ph = ",".join("?" * len(cols))
        con.executemany(
            f"INSERT INTO residents ({','.join(cols)}) VALUES ({ph})",
            ([_sql_value(getattr(r, c)) for c in cols] for r in rows),
        )
    con.execute("ANALYZE")
    con.close()
    tmp.rename(path)
    return path


def _sql_value(v: object) -> object:
    import datetime as dt

    if isinstance(v, dt.datetime):
        return v.astimezone(dt.UTC).replace(tzinfo=None).isoformat(sep=" ")
    if isinstance(v, dt.date):
        return v.isoformat()
    return v


# ---- figures -------------------------------------------------------------------------------------------------


def fig_resident_search(args) -> dict:
    from app.database import open_database
    from app.residents.service import search_residents, search_sql

    n = 2000 if args.quick else 100_000
    path = residents_db(n, args.cache)
    db = open_database(f"sqlite:///{path}", migrate=False)
    con = sqlite3.connect(path)
    names = [r[0] for r in con.execute("SELECT name FROM residents ORDER BY random() LIMIT 20")]
    phones = [r[0] for r in con.execute("SELECT phone FROM residents WHERE phone IS NOT NULL LIMIT 5")]
    queries: list[str] = []
    for nm in names:
        queries += [nm[:1], nm[:2], nm]
    for p in phones:
        queries += [p[:3], p[-4:]]
    queries += ["z", "zh", "zha", "wang", "wl"]

    def app_run():
        for q in queries:
            search_residents(db, q)

    def ref_run():
        for q in queries:
            sql, params = search_sql(q, 50, False)
            con.execute(sql, params).fetchall()

    runs = 5 if args.quick else 20
    per = len(queries)
    a = [t / per for t in timed(app_run, runs)]
    r = [t / per for t in timed(ref_run, runs)]
    # per keystroke p95 from single-query samples too
    single = []
    for q in queries * (1 if args.quick else 3):
        t = time.perf_counter()
        search_residents(db, q)
        single.append(time.perf_counter() - t)
    ref_single = []
    for q in queries * (1 if args.quick else 3):
        sql, params = search_sql(q, 50, False)
        t = time.perf_counter()
        con.execute(sql, params).fetchall()
        ref_single.append(time.perf_counter() - t)
    db.dispose()
    con.close()
    return {
        "figure": stats(single),
        "reference": stats(ref_single),
        "target": "p95 <= 15 ms, ratio <= 2",
        "ok_fn": lambda f, ref: f["p95_ms"] <= 15 and f["p95_ms"] / max(ref["p95_ms"], 1e-6) <= 2,
        "note": f"{n} residents, {per} queries; batch medians app {stats(a)['median_ms']:.2f} ref {stats(r)['median_ms']:.2f}",
    }


def fig_receipt_pdf(args) -> dict:
    from app.documents.receipt import Receipt, render_receipt
    from app.settings import CenterInfo

    center = CenterInfo(name="幸福社区服务中心", address="幸福路1号", phone="010-12345678", receipt_width_mm=80)

    def make() -> Receipt:
        rc = Receipt(title="食堂小票")
        rc.pair("午餐 套餐A", "¥12.00").pair("补贴", "-¥4.00").big("实收 ¥8.00").text("张三 1号楼2单元301")
        rc.qr("T-2026-000123").small("谢谢光临")
        return rc

    def reference():
        # the same layout work without CJK text: a plain reportlab canvas with Helvetica
        import io

        from reportlab.pdfgen import canvas

        buf = io.BytesIO()
        c = canvas.Canvas(buf, pagesize=(226, 300))
        for i in range(6):
            c.drawString(10, 280 - 14 * i, f"Line {i} 12.00")
        c.showPage()
        c.save()

    runs = 10 if args.quick else 50
    f = timed(lambda: render_receipt(make(), center), runs)
    r = timed(reference, runs)
    return {
        "figure": stats(f),
        "reference": stats(r),
        "target": "p95 <= 15 ms (warm)",
        "ok_fn": lambda f, ref: f["p95_ms"] <= 15,
        "note": "reference: bare reportlab canvas, Latin text",
    }


BARE = """
import sys, time
from PySide6.QtWidgets import QApplication, QMainWindow
sys.path.insert(0, %r)
from ui.startup_probe import install
app = QApplication(sys.argv)
install(app)
w = QMainWindow(); w.resize(1024, 700); w.show()
app.exec()
"""

APP = """
import sys
sys.path.insert(0, %r)
from ui.main import main
sys.exit(main())
"""


def _startup_once(code: str, env: dict, argv: tuple[str, ...] = ()) -> float | None:
    out = subprocess.run([sys.executable, "-c", code, *argv], env=env, capture_output=True, text=True, timeout=60)
    for line in out.stdout.splitlines():
        if line.startswith("STARTUP "):
            return float(line.split()[1])
    return None


def fig_cold_start(args) -> dict:
    """The app as a user starts it (python -m ui --db FILE) on the full data set, which has staff accounts:
    the first painted window is the sign-in dialog. Reference: a bare QMainWindow, same interpreter, same flags."""
    import tempfile

    from bench.data import full_db

    path, _notes = full_db(args.cache, args.quick, log=lambda m: print(m, file=sys.stderr, flush=True))
    runs = 5 if args.quick else 7
    f, r = [], []
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COMMUNITY_DESK_BENCH_STARTUP="1", COMMUNITY_DESK_HOME=home)
        for _ in range(runs):
            r.append(_startup_once(BARE % str(ROOT), env))
            f.append(_startup_once(APP % str(ROOT), env, ("--db", str(path))))
    if None in f or None in r:
        return {"skipped": "not measured: first paint not reached (see ui/startup_probe.py hook)"}
    return {
        "figure": stats(f),
        "reference": stats(r),
        "target": "ratio <= 3.5",
        "ok_fn": lambda f, ref: f["median_ms"] / ref["median_ms"] <= 3.5 and f["p95_ms"] / ref["p95_ms"] <= 3.5,
        "note": "python -m ui --db <full set> to the painted sign-in dialog vs bare QMainWindow; separate processes, "
        "offscreen, time since process start at first expose",
    }


CORE_FIGURES: dict[str, Callable] = {
    "cold_start": fig_cold_start,
    "resident_search": fig_resident_search,
    "receipt_pdf": fig_receipt_pdf,
}


def _all_figures() -> dict[str, Callable]:
    return {**CORE_FIGURES, **DATA_FIGURES}


FIGURE_NAMES = list(_all_figures())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    ap.add_argument("--quick", action="store_true", help="small data sets and few runs (a smoke run)")
    ap.add_argument("--only", action="append", choices=FIGURE_NAMES, help="run only this figure (repeatable)")
    ap.add_argument("--out", type=Path, help="write the results as JSON here")
    ap.add_argument("--cache", type=Path, default=CACHE, help="folder for cached data sets (default bench-data/)")
    ap.add_argument(
        "--pg",
        metavar="URL|auto",
        default=os.environ.get("COMMUNITY_DESK_BENCH_PG"),
        help="also measure the sale, resident search, request save and childcare sign-in on PostgreSQL: a server URL "
        "whose role may create databases, or 'auto' to start a temporary server (default: $COMMUNITY_DESK_BENCH_PG)",
    )
    ap.add_argument(
        "--pg-tickets",
        type=int,
        metavar="N",
        help="copy only the newest N meal tickets into PostgreSQL (default: all of the data set)",
    )
    args = ap.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    figures = _all_figures()
    env = None
    results: dict[str, dict] = {}
    started = time.perf_counter()
    t = time.perf_counter()
    names = args.only or list(figures)
    if any(n in DATA_FIGURES or n == "cold_start" for n in names):
        from bench.data import full_db

        full_db(args.cache, args.quick, log=lambda m: print(m, file=sys.stderr, flush=True))
    build_s = time.perf_counter() - t
    print(f"{'figure':<17}{'median':>10}{'p95':>10}{'ref med':>10}{'ref p95':>10}{'ratio':>7}  ok   target")
    try:
        for name in names:
            # as the app does once its window is up (ui.application._freeze_startup_heap): what is loaded so far
            # stays out of the collector's full passes, and one figure's garbage is not swept in the next one's time
            gc.collect()
            gc.freeze()
            try:
                if name in CORE_FIGURES:
                    res = figures[name](args)
                else:
                    if env is None:
                        from bench.figures import Env

                        env = Env(args)
                    res = figures[name](env)
            except Exception as e:  # a figure that breaks is reported, never fatal
                res = {"skipped": f"error: {type(e).__name__}: {e}"}
            if "skipped" in res:
                print(f"{name:<17} {res['skipped']}", flush=True)
                results[name] = res
                continue
            f, ref = res["figure"], res["reference"]
            ratio = f["p95_ms"] / max(ref["p95_ms"], 1e-6)
            ok = res.pop("ok_fn")(f, ref)
            res.update(ratio=ratio, ok=ok)
            results[name] = res
            unit = "MB" if res.get("unit") == "MB" else "ms"
            print(
                f"{name:<17}{f['median_ms']:>8.1f}{unit}{f['p95_ms']:>8.1f}{unit}{ref['median_ms']:>8.1f}{unit}"
                f"{ref['p95_ms']:>8.1f}{unit}{ratio:>7.2f}  {'yes' if ok else 'NO '}  {res['target']}",
                flush=True,
            )
            print(f"{'':<17}  {res.get('note', '')}", flush=True)
    finally:
        if env is not None:
            env.close()
    if args.pg:
        results["postgresql"] = _run_pg(args, names, results)
    total = time.perf_counter() - started
    print(f"data set ready in {build_s:.1f} s (cached after the first build); whole run {total:.0f} s")
    results["_run"] = {"quick": args.quick, "data_set_s": round(build_s, 1), "total_s": round(total, 1)}
    if args.out:
        args.out.write_text(json.dumps(results, indent=2, ensure_ascii=False, default=str))
    return 0


def _run_pg(args, names: list[str], sqlite_results: dict) -> dict:
    """The PostgreSQL figures (bench/pg.py), printed beside the same figures on SQLite from this run."""
    from bench import pg

    out = pg.run(args, names)
    info = out.get("_pg", {})
    if "skipped" in info:
        print(f"PostgreSQL: not measured: {info['skipped']}")
        return out
    copied = info.get("copied", {})
    print(
        f"\nPostgreSQL, beside SQLite (the same data set copied in {info.get('build_s')} s: "
        f"{copied.get('residents', 0):,} residents, {copied.get('meal_tickets', 0):,} meal tickets, "
        f"{copied.get('requests', 0):,} requests)"
    )
    print(f"{'figure':<17}{'sqlite p95':>11}{'pg median':>11}{'pg p95':>10}{'pg ref p95':>12}{'ratio':>7}  ok   target")
    for name in pg.PG_FIGURES:
        res = out.get(name)
        if res is None:
            continue
        if "skipped" in res:
            print(f"{name:<17} {res['skipped']}")
            continue
        f, ref = res["figure"], res["reference"]
        res["ratio"] = f["p95_ms"] / max(ref["p95_ms"], 1e-6)
        res["ok"] = res.pop("ok_fn")(f, ref)
        lite = sqlite_results.get(name, {}).get("figure")
        lite_text = f"{lite['p95_ms']:>9.1f}ms" if lite else f"{'-':>11}"
        print(
            f"{name:<17}{lite_text}{f['median_ms']:>9.1f}ms{f['p95_ms']:>8.1f}ms{ref['p95_ms']:>10.1f}ms"
            f"{res['ratio']:>7.2f}  {'yes' if res['ok'] else 'NO '}  {res['target']}"
        )
        print(f"{'':<17}  {res.get('note', '')}")
    return out


if __name__ == "__main__":
    sys.exit(main())
