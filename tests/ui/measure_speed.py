"""Measure what a clerk feels on a big database: the main window after the sign-in, every tab and sub-tab switch
(first time and repeated), and `selfcheck`. Not a test (no wall-clock thresholds in tests); run by hand:

    PYTHONPATH=$PWD .venv/bin/python -m tests.ui.measure_speed PATH/TO/full-….sqlite [--runs 5] [--repeat 30]
        [--only main_window,tabs,selfcheck] [--profile main_window|tabs]

The database is the benchmark's full data set (`python -m bench` caches it under bench-data/full-*.sqlite);
a copy is made so nothing is written to the cached file. Each main-window run is a fresh process.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _stats(samples: list[float]) -> dict:
    s = sorted(samples)
    p95 = s[min(len(s) - 1, int(round(0.95 * (len(s) - 1))))]
    return {
        "n": len(s),
        "median_ms": round(statistics.median(s) * 1000, 1),
        "p95_ms": round(p95 * 1000, 1),
        "max_ms": round(s[-1] * 1000, 1),
    }


# ---- in the child process ---------------------------------------------------------------------------------------


def _qt(lang: str = "zh_CN"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ui.application import create_qapplication

    app = create_qapplication(lang=lang)
    if os.environ.get("MEASURE_NO_STYLE") == "1":
        app.setStyleSheet("")
    return app


def _sign_in(path: str):
    """What the sign-in dialog hands over: the open database and the signed-in administrator."""
    import datetime as dt
    import sqlite3

    from app import clock
    from app.accounts.service import actor_for
    from app.database import open_database

    clock.freeze(dt.datetime(2026, 11, 27, 11, 40))  # the benchmark's "now": a Friday at lunch
    con = sqlite3.connect(path)
    user_id = con.execute(
        "SELECT u.id FROM users u JOIN user_roles r ON r.user_id = u.id WHERE r.role = 'admin' ORDER BY u.id LIMIT 1"
    ).fetchone()[0]
    con.close()
    db = open_database(f"sqlite:///{path}", official_calendar=True)
    return db, actor_for(db, user_id)


def wait_painted(app, widget, timeout: float = 10.0) -> bool:
    """Process events until `widget` (or a child of it) has been painted, then until the queue is empty."""
    try:
        from ui.common.lazy import until_painted
    except ImportError:  # a checkout from before lazy tabs (for the "before" figures)
        return _wait_painted(app, widget, timeout)
    return until_painted(widget, timeout)


def _wait_painted(app, widget, timeout: float = 10.0) -> bool:
    from PySide6.QtCore import QEvent, QObject

    seen = []

    class _Filter(QObject):
        def eventFilter(self, obj, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint and obj.isWidgetType() and (obj is widget or widget.isAncestorOf(obj)):
                seen.append(obj)
            return False

    f = _Filter()
    app.installEventFilter(f)
    end = time.perf_counter() + timeout
    try:
        while not seen and time.perf_counter() < end:
            app.processEvents()
        app.processEvents()
    finally:
        app.removeEventFilter(f)
    return bool(seen)


def child_main_window(path: str, profile: bool) -> dict:
    app = _qt()
    db, actor = _sign_in(path)
    from ui import application

    if hasattr(application, "load_main_window_code"):  # loaded while the sign-in dialog waits (CodePreload)
        application.load_main_window_code()
    from PySide6.QtCore import QAbstractItemModel

    counter = {"data": 0}
    if profile:
        import cProfile

        prof = cProfile.Profile()
    t0, c0 = time.perf_counter(), time.process_time()
    if profile:
        prof.enable()
    from ui.application import show_main_window

    window, ctx = show_main_window(db, actor, size=(1366, 768))
    ok = wait_painted(app, window)
    t1, c1 = time.perf_counter(), time.process_time()
    if profile:
        prof.disable()
        import pstats

        prof.dump_stats("/tmp/lazy/main_window.prof")
        st = pstats.Stats(prof)
        counter["data"] = sum(v[1] for k, v in st.stats.items() if k[2] == "data")
    del QAbstractItemModel
    return {"main_window_s": t1 - t0, "cpu_s": c1 - c0, "painted": ok, "data_calls": counter["data"]}


def _tab_widgets(page):
    from PySide6.QtWidgets import QTabWidget

    out = []
    if isinstance(page, QTabWidget):
        out.append(page)
    out += [t for t in page.findChildren(QTabWidget) if t.isVisibleTo(page.window()) and t.objectName() != "mainTabs"]
    return out


def child_tabs(path: str, repeat: int, profile: bool) -> dict:
    app = _qt()
    db, actor = _sign_in(path)
    from ui.application import show_main_window

    window, ctx = show_main_window(db, actor, size=(1366, 768))
    wait_painted(app, window)
    tabs = window.tabs
    first: dict[str, float] = {}
    repeated: dict[str, list[float]] = {}
    import cProfile

    prof = cProfile.Profile()
    if profile == "first":
        prof.enable()

    cpu: dict[str, list[float]] = {}

    def switch(tw, i) -> float:
        t, c = time.perf_counter(), time.process_time()
        tw.setCurrentIndex(i)
        wait_painted(app, tw.currentWidget())
        key = name(tw, i)
        cpu.setdefault(key, []).append(time.process_time() - c)
        return time.perf_counter() - t

    def name(tw, i) -> str:
        w = tw.widget(i)
        return w.objectName() or tw.tabText(i)

    order: list[tuple[int, object, int]] = []  # (main index, tab widget or None, sub index)
    for i in range(tabs.count()):
        if i == 0 and tabs.currentIndex() == 0:
            # the first tab is shown with the window: switch away and back later
            pass
        if tabs.currentIndex() != i:
            first[name(tabs, i)] = switch(tabs, i)
        page = tabs.currentWidget()
        order.append((i, None, -1))
        for tw in _tab_widgets(page):
            for j in range(tw.count()):
                key = f"{name(tabs, i)}/{name(tw, j)}"
                if tw.currentIndex() != j:
                    first[key] = switch(tw, j)
                order.append((i, tw, j))
            tw.setCurrentIndex(0)
            app.processEvents()
    first[name(tabs, 0)] = switch(tabs, 0) if tabs.currentIndex() != 0 else 0.0
    if profile == "first":
        prof.disable()
        prof.dump_stats("/tmp/lazy/tabs_first.prof")
    if profile == "repeated":
        prof.enable()
    for _ in range(repeat):
        for i, tw, j in order:
            if tw is None:
                key = name(tabs, i)
                if tabs.currentIndex() == i:
                    tabs.setCurrentIndex((i + 1) % tabs.count())
                    wait_painted(app, tabs.currentWidget())
                repeated.setdefault(key, []).append(switch(tabs, i))
            else:
                key = f"{name(tabs, i)}/{name(tw, j)}"
                if tabs.currentIndex() != i:
                    tabs.setCurrentIndex(i)
                    wait_painted(app, tabs.currentWidget())
                if tw.currentIndex() == j:
                    tw.setCurrentIndex((j + 1) % tw.count())
                    wait_painted(app, tw.currentWidget())
                repeated.setdefault(key, []).append(switch(tw, j))
    if profile == "repeated":
        prof.disable()
        prof.dump_stats("/tmp/lazy/tabs_repeated.prof")
    every = [s for v in repeated.values() for s in v]
    cpu_first = {k: v[0] for k, v in cpu.items()}
    cpu_repeated = [s for v in cpu.values() for s in v[1:]]
    return {
        "cpu_first_ms": {k: round(v * 1000, 1) for k, v in cpu_first.items()},
        "cpu_repeated_all": _stats(cpu_repeated),
        "first_ms": {k: round(v * 1000, 1) for k, v in first.items()},
        "first_max_ms": round(max(first.values()) * 1000, 1),
        "repeated": {k: _stats(v) for k, v in repeated.items()},
        "repeated_all": _stats(every),
    }


# ---- the driver ----------------------------------------------------------------------------------------------------


def _env(**extra: str) -> dict:
    """The children's environment: offscreen, this checkout, and bytecode cached as an installed app has it
    (outside the checkout), so module compilation is not counted as start-up."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), PYTHONPYCACHEPREFIX=PYCACHE, **extra)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


PYCACHE = "/tmp/lazy/pycache"


def _child(args: list[str]) -> dict:
    env = _env()
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.measure_speed", *args], env=env, capture_output=True, text=True, timeout=2400
    )
    for line in done.stdout.splitlines():
        if line.startswith("RESULT "):
            return json.loads(line[7:])
    raise RuntimeError(done.stdout[-3000:] + done.stderr[-3000:])


def selfcheck_runs(runs: int) -> dict:
    wall = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as home:
            env = _env(COMMUNITY_DESK_HOME=home)
            env.pop("COMMUNITY_DESK_DB", None)
            t = time.perf_counter()
            done = subprocess.run([sys.executable, "-m", "ui", "selfcheck"], env=env, capture_output=True, text=True)
            wall.append(time.perf_counter() - t)
            assert done.returncode == 0, done.stdout + done.stderr
    inner = [_child(["-", "--child", "selfcheck"])["selfcheck_s"] for _ in range(runs)]
    return {"process_wall": _stats(wall), "run()": _stats(inner)}


def child_selfcheck() -> dict:
    import contextlib
    import io

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = tempfile.mkdtemp()
    os.environ["COMMUNITY_DESK_HOME"] = home
    from ui import selfcheck

    t = time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()):
        code = selfcheck.run()
    s = time.perf_counter() - t
    assert code == 0
    return {"selfcheck_s": s}


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("db")
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--repeat", type=int, default=30)
    p.add_argument("--only", default="main_window,tabs,selfcheck")
    p.add_argument("--profile", default="")
    p.add_argument("--child", default="")
    p.add_argument("--copy", action="store_true", help="work on a copy of the database file")
    a = p.parse_args()
    if a.child:
        if a.child == "main_window":
            r = child_main_window(a.db, a.profile == "main_window")
        elif a.child == "tabs":
            r = child_tabs(a.db, a.repeat, a.profile)
        else:
            r = child_selfcheck()
        print("RESULT " + json.dumps(r), flush=True)
        os._exit(0)
    if a.copy:
        work = Path(tempfile.mkdtemp(prefix="measure-", dir="/tmp/lazy")) / "db.sqlite"
        shutil.copyfile(a.db, work)
    else:
        work = Path(a.db)
    only = a.only.split(",")
    out: dict = {}
    if "main_window" in only:
        runs = [_child([str(work), "--child", "main_window", "--profile", a.profile]) for _ in range(a.runs)]
        out["main_window"] = _stats([r["main_window_s"] for r in runs])
        out["main_window"]["painted"] = all(r["painted"] for r in runs)
        out["main_window_cpu"] = _stats([r["cpu_s"] for r in runs])
        if a.profile == "main_window":
            out["main_window"]["data_calls"] = runs[-1]["data_calls"]
        print(json.dumps({"main_window": out["main_window"]}), file=sys.stderr, flush=True)
    if "tabs" in only:
        out["tabs"] = _child([str(work), "--child", "tabs", "--repeat", str(a.repeat), "--profile", a.profile])
        print(json.dumps({"tabs": out["tabs"]}), file=sys.stderr, flush=True)  # kept if a later part fails
    if "selfcheck" in only:
        out["selfcheck"] = selfcheck_runs(a.runs)
    print(json.dumps(out, indent=1, ensure_ascii=False))
    if a.copy:
        shutil.rmtree(work.parent, ignore_errors=True)


if __name__ == "__main__":
    main()
