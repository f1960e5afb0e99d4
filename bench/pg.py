"""The four counter figures on PostgreSQL, beside SQLite: a sale, resident search, a request saved, a childcare
sign-in and sign-out.

`--pg URL` names a server and a role that may create databases (`postgresql+psycopg://user:pw@host:port/postgres`);
`--pg auto` starts a temporary server of its own (Debian's PostgreSQL binaries, a temporary folder, 127.0.0.1 on a
free port, as the `postgres` user when run as root; stopped and removed at the end), like the tests do.

The data is the very data set the SQLite figures use (bench/data.py, full or --quick), copied table by table into
a fresh database migrated by the app (COPY, then the id sequences moved past the copied ids, then ANALYZE), so both
backends answer over the same rows. With `--pg-tickets N` only the newest N meal tickets (and their subsidy lines)
are copied, when the full copy would take too long; the table says how many were copied.

Each figure is the same service call as its SQLite figure; its reference is the floor on this backend: the same
INSERT + COMMIT (or the same search statement) through plain psycopg, without our layers.
"""

from __future__ import annotations

import datetime as dt
import glob
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.data import NOW, TODAY, full_db

PG_FIGURES = ("resident_search", "canteen_sale", "request_save", "childcare_sign")


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


class TempServer:
    """A throw-away PostgreSQL cluster (trust authentication, loopback only, fsync off)."""

    def __init__(self) -> None:
        found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
        initdb = found[-1] if found else shutil.which("initdb")
        if initdb is None:
            raise RuntimeError("PostgreSQL's initdb is not installed (Debian: apt-get install postgresql)")
        self.bin = Path(initdb).parent
        self.folder = Path(tempfile.mkdtemp(prefix="cdesk-bench-pg-"))
        self.as_user: list[str] = []
        if os.geteuid() == 0:
            import pwd

            user = pwd.getpwnam("postgres")
            os.chown(self.folder, user.pw_uid, user.pw_gid)
            self.as_user = ["runuser", "-u", "postgres", "--"]
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        data = self.folder / "data"
        self._run(self.bin / "initdb", "-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8",
                  "--locale=C.UTF-8", "--no-sync")  # fmt: skip
        options = (
            f"-p {self.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={self.folder} "
            "-c fsync=off -c full_page_writes=off -c shared_buffers=256MB -c timezone=UTC"
        )
        self._run(self.bin / "pg_ctl", "-D", data, "-l", self.folder / "log", "-w", "-o", options, "start")
        self.url = f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def _run(self, *args) -> None:
        subprocess.run([*self.as_user, *map(str, args)], check=True, capture_output=True)

    def stop(self) -> None:
        subprocess.run([*self.as_user, str(self.bin / "pg_ctl"), "-D", str(self.folder / "data"), "-m", "immediate",
                        "-w", "stop"], capture_output=True)  # fmt: skip
        shutil.rmtree(self.folder, ignore_errors=True)


def _psycopg_params(url: str) -> dict:
    from sqlalchemy.engine import make_url

    u = make_url(url)
    return {k: v for k, v in {"host": u.host, "port": u.port, "user": u.username, "password": u.password,
                              "dbname": u.database}.items() if v}  # fmt: skip


def build(admin_url: str, sqlite_path: Path, tickets: int | None) -> tuple[str, dict]:
    """A new database on the server with the SQLite data set's rows; returns its URL and what was copied."""
    import psycopg
    from sqlalchemy.engine import make_url

    from app.database import open_database

    name = f"cdesk_bench_{os.getpid()}"
    with psycopg.connect(**_psycopg_params(admin_url), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    url = make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    t0 = time.perf_counter()
    open_database(url).dispose()  # the app's own migrations
    src = sqlite3.connect(f"{sqlite_path.resolve().as_uri()}?mode=ro", uri=True)
    copied: dict[str, int] = {}
    with psycopg.connect(**_psycopg_params(url)) as conn:
        columns = _pg_columns(conn)
        tables = [t for t in _table_order() if t in columns and t != "alembic_version"]
        conn.execute("TRUNCATE " + ", ".join(f'"{t}"' for t in tables) + " RESTART IDENTITY CASCADE")
        conn.execute("SET session_replication_role = replica")  # no FK triggers while bulk loading
        min_ticket = None
        if tickets is not None:
            row = src.execute(
                "SELECT id FROM meal_tickets ORDER BY id DESC LIMIT 1 OFFSET ?", (tickets - 1,)
            ).fetchone()
            min_ticket = row[0] if row else None
        for table in tables:
            cols = [c for c, _t in columns[table] if _has_column(src, table, c)]
            bools = {c for c, t in columns[table] if t == "boolean"}
            where = ""
            if min_ticket is not None and table == "meal_tickets":
                where = f" WHERE id >= {int(min_ticket)}"
            elif min_ticket is not None and table in ("ticket_subsidies", "meal_card_entries"):
                where = f" WHERE ticket_id IS NULL OR ticket_id >= {int(min_ticket)}"
            quoted = ", ".join(f'"{c}"' for c in cols)
            n = 0
            with conn.cursor().copy(f'COPY "{table}" ({quoted}) FROM STDIN') as copy:
                for row in src.execute(f'SELECT {quoted} FROM "{table}"{where}'):
                    copy.write_row(
                        [bool(v) if c in bools and v is not None else v for c, v in zip(cols, row, strict=True)]
                    )
                    n += 1
            copied[table] = n
        conn.execute("SET session_replication_role = DEFAULT")
        for table in tables:
            if any(c == "id" for c, _t in columns[table]):
                conn.execute(
                    f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), "
                    f'COALESCE((SELECT max(id) FROM "{table}"), 0) + 1, false)'
                )
        conn.commit()
    with psycopg.connect(**_psycopg_params(url), autocommit=True) as conn:
        conn.execute("ANALYZE")
    src.close()
    return url, {"copied": copied, "build_s": round(time.perf_counter() - t0, 1)}


def _table_order() -> list[str]:
    import db.models  # noqa: F401 - every model registered
    from db.models import Base

    return [t.name for t in Base.metadata.sorted_tables]


def _pg_columns(conn) -> dict[str, list[tuple[str, str]]]:
    out: dict[str, list[tuple[str, str]]] = {}
    for table, column, kind in conn.execute(
        "SELECT table_name, column_name, data_type FROM information_schema.columns "
        "WHERE table_schema = 'public' ORDER BY table_name, ordinal_position"
    ):
        out.setdefault(table, []).append((column, kind))
    return out


def _has_column(src: sqlite3.Connection, table: str, column: str) -> bool:
    return any(r[1] == column for r in src.execute(f'PRAGMA table_info("{table}")'))


# ---- figures ---------------------------------------------------------------------------------------------------


class PgEnv:
    def __init__(self, url: str, notes: dict, quick: bool) -> None:
        import psycopg

        from app.database import open_database

        self.url = url
        self.notes = notes
        self.quick = quick
        self.db = open_database(url, migrate=False)
        self.plain = psycopg.connect(**_psycopg_params(url))

    @property
    def runs(self) -> int:
        return 10 if self.quick else 40

    def admin(self):
        from app.accounts.service import actor_for

        return actor_for(self.db, self.notes["admin_id"])

    def clone_insert(self, table: str, row_id: int, changes: dict) -> None:
        """Reference write: a plain INSERT of a copy of one row + COMMIT."""
        cur = self.plain.execute(f'SELECT * FROM "{table}" WHERE id = %s', (row_id,))
        names = [d.name for d in cur.description]
        row = dict(zip(names, cur.fetchone(), strict=True))
        row.pop("id")
        row.update(changes)
        cols = ", ".join(f'"{c}"' for c in row)
        self.plain.execute(
            f'INSERT INTO "{table}" ({cols}) VALUES ({", ".join(["%s"] * len(row))})', list(row.values())
        )
        self.plain.commit()

    def close(self) -> None:
        self.plain.close()
        self.db.dispose()


def _timed_each(fn, items, warm: int = 2) -> list[float]:
    from bench.figures import _timed_each as timed

    return timed(fn, items, warm)


def _stats(samples):
    from bench.__main__ import stats

    return stats(samples)


def _p95(f: dict) -> float:
    """The p95 (ms), or the median where too few runs gave no p95 (--quick)."""
    return f["p95_ms"] if f["p95_ms"] is not None else f["median_ms"]


def pg_resident_search(env: PgEnv) -> dict:
    from app.residents.service import search_residents, search_sql

    names = [r[0] for r in env.plain.execute("SELECT name FROM residents ORDER BY id LIMIT 20")]
    phones = [r[0] for r in env.plain.execute("SELECT phone FROM residents WHERE phone IS NOT NULL LIMIT 5")]
    env.plain.commit()
    queries: list[str] = []
    for nm in names:
        queries += [nm[:1], nm[:2], nm]
    queries += [nm[1:] for nm in names[:10]]  # a given name without the surname: found inside names
    for p in phones:
        queries += [p[:3], p[-4:]]
    queries += ["z", "zh", "zha", "wang", "wl"]
    reps = 1 if env.quick else 3
    f = _timed_each(lambda q: search_residents(env.db, q), queries * reps)

    def reference(q: str) -> None:
        try:  # the statement the app runs on PostgreSQL (where search_sql has a PostgreSQL form)
            sql, params = search_sql(q, 50, False, postgresql=True)  # type: ignore[call-arg]
        except TypeError:
            sql, params = search_sql(q, 50, False)
        rows = env.plain.execute(sql.replace("?", "%s"), params).fetchall()
        try:  # and, where the app has it, the statement that looks inside names when the prefixes leave room
            from app.residents.service import inside_name_sql
        except ImportError:
            inside_name_sql = None
        inside = inside_name_sql(q, 50, False, postgresql=True) if inside_name_sql else None
        if inside is not None and len({r[0] for r in rows}) < 50:
            env.plain.execute(inside[0].replace("?", "%s"), inside[1]).fetchall()
        env.plain.commit()

    r = _timed_each(reference, queries * reps)
    n = env.plain.execute("SELECT count(*) FROM residents").fetchone()[0]
    env.plain.commit()
    return {"figure": _stats(f), "reference": _stats(r), "target": "p95 <= 15 ms",
            "ok_fn": lambda f, ref: _p95(f) <= 15,
            "note": f"{n:,} residents, {len(queries)} queries; ref: the same statements through plain psycopg"}  # fmt: skip


def pg_canteen_sale(env: PgEnv) -> dict:
    from app import clock
    from app.canteen.reports import ticket_receipt
    from app.canteen.service import SaleRequest, quote_for, sell
    from app.residents.service import search_residents

    clock.freeze(NOW)
    admin = env.admin()
    names = [r[0] for r in env.plain.execute(
        "SELECT name FROM residents WHERE is_local AND archived_at IS NULL AND birth_date < '1955-01-01' "
        "ORDER BY id DESC LIMIT %s", (env.runs + 2,))]  # fmt: skip
    env.plain.commit()

    def sale(name: str) -> None:
        rid = search_residents(env.db, name)[0].id
        quote_for(env.db, rid, "lunch", 1)
        res = sell(env.db, admin, SaleRequest(rid, "lunch", 1, "cash", tendered_fen=2000))
        ticket_receipt(env.db, res.ticket_id)

    f = _timed_each(sale, names)
    tpl = env.notes["ticket_template"]
    seq = iter(range(1, 10**6))
    r = _timed_each(lambda _n: env.clone_insert("meal_tickets", tpl, {"number": f"REF-PG-{next(seq)}"}), names)
    total = env.plain.execute("SELECT count(*) FROM meal_tickets").fetchone()[0]
    env.plain.commit()
    return {"figure": _stats(f), "reference": _stats(r), "target": "p95 <= 30 ms",
            "ok_fn": lambda f, ref: _p95(f) <= 30,
            "note": f"search + quote + sell + receipt PDF, {total:,} tickets; ref: plain psycopg INSERT + COMMIT"}  # fmt: skip


def pg_request_save(env: PgEnv) -> dict:
    from app import clock, settings
    from app.requests.service import IntakeInput, receipt_pdf, take_in

    clock.freeze(NOW)
    admin = env.admin()
    center = settings.center_info(env.db)
    residents = [r[0] for r in env.plain.execute(
        "SELECT id FROM residents WHERE archived_at IS NULL ORDER BY id LIMIT %s", (env.runs + 2,))]  # fmt: skip
    env.plain.commit()
    cat = env.notes["category_id"]

    def save(rid: int) -> None:
        receipt_pdf(take_in(env.db, admin, IntakeInput("walk_in", cat, "楼道灯不亮，请帮忙报修。", rid)), center)

    f = _timed_each(save, residents)
    seq = iter(range(1, 10**6))
    tpl = env.notes["request_template"]
    r = _timed_each(lambda _r: env.clone_insert("requests", tpl, {"number": f"REF-PG-{next(seq)}"}), residents)
    total = env.plain.execute("SELECT count(*) FROM requests").fetchone()[0]
    env.plain.commit()
    return {"figure": _stats(f), "reference": _stats(r), "target": "p95 <= 50 ms",
            "ok_fn": lambda f, ref: _p95(f) <= 50,
            "note": f"take_in + receipt PDF, {total:,} requests; ref: plain psycopg INSERT + COMMIT"}  # fmt: skip


def pg_childcare_sign(env: PgEnv) -> dict:
    from app import clock
    from app.childcare.service import sign_in, sign_out

    admin = env.admin()
    kids = env.plain.execute(
        "SELECT e.child_id, min(c.id) FROM childcare_enrolments e JOIN childcare_contacts c ON c.child_id = e.child_id "
        "AND c.role = 'guardian' AND c.archived_at IS NULL WHERE e.program_id = %s AND e.withdrawn_at IS NULL "
        "GROUP BY e.child_id ORDER BY e.child_id DESC LIMIT %s",
        (env.notes["program_id"], env.runs + 2),
    ).fetchall()
    env.plain.commit()
    clock.freeze(dt.datetime.combine(TODAY, dt.time(16, 5)))
    f_in = _timed_each(lambda k: sign_in(env.db, admin, k[0], k[1]), kids)
    clock.freeze(dt.datetime.combine(TODAY, dt.time(18, 10)))
    f_out = _timed_each(lambda k: sign_out(env.db, admin, k[0], k[1]), kids)
    clock.freeze(NOW)
    tpl = env.plain.execute("SELECT max(id) FROM childcare_attendance").fetchone()[0]
    env.plain.commit()
    tomorrow = TODAY + dt.timedelta(days=1)  # one attendance row per child and day: today's are the product's
    r = _timed_each(lambda k: env.clone_insert("childcare_attendance", tpl, {"child_id": k[0], "day": tomorrow}), kids)
    return {"figure": _stats(f_in + f_out), "reference": _stats(r), "target": "p95 <= 20 ms",
            "ok_fn": lambda f, ref: _p95(f) <= 20,
            "note": f"sign-in p95 {_p95(_stats(f_in)):.1f} ms, sign-out p95 {_p95(_stats(f_out)):.1f} ms; "
                    "ref: plain psycopg INSERT + COMMIT"}  # fmt: skip


FIGURES = {
    "resident_search": pg_resident_search,
    "canteen_sale": pg_canteen_sale,
    "request_save": pg_request_save,
    "childcare_sign": pg_childcare_sign,
}


def run(args, names: list[str]) -> dict[str, dict]:
    """The PostgreSQL figures among `names` (all four when none of them is named), each a result dict like the
    SQLite figures', plus "_pg" with how the data got there."""
    wanted = [n for n in PG_FIGURES if n in names] or list(PG_FIGURES)
    server = None
    out: dict[str, dict] = {}
    try:
        try:
            import psycopg  # noqa: F401
        except ImportError:
            return {"_pg": {"skipped": "psycopg is not installed"}}
        if args.pg == "auto":
            try:
                server = TempServer()
            except (RuntimeError, OSError, subprocess.CalledProcessError) as exc:
                return {"_pg": {"skipped": f"no temporary PostgreSQL server: {exc}"}}
            admin_url = server.url
        else:
            admin_url = args.pg
        path, notes = full_db(args.cache, args.quick, log=_log)
        _log("copying the data set into PostgreSQL …")
        url, info = build(admin_url, path, args.pg_tickets)
        _log(f"  copied in {info['build_s']} s")
        out["_pg"] = info
        env = PgEnv(url, notes, args.quick)
        try:
            for name in wanted:
                try:
                    out[name] = FIGURES[name](env)
                except Exception as exc:  # noqa: BLE001 - reported, never fatal
                    env.plain.rollback()
                    out[name] = {"skipped": f"error: {type(exc).__name__}: {str(exc).splitlines()[0][:200]}"}
        finally:
            env.close()
            from app import clock

            clock.freeze(None)
            if server is None:  # a server of the user's: leave it as it was
                import psycopg

                with psycopg.connect(**_psycopg_params(admin_url), autocommit=True) as conn:
                    conn.execute(f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}" WITH (FORCE)')
    finally:
        if server is not None:
            server.stop()
    return out
