"""Bad-type probes for every public service entry point (used by test_boundary.py, and runnable on its own to count
how an older tree fares: ``python -m tests.core.boundary_probes``).

An entry point is a public function of `app` (not demo/cli) whose first parameter is ``db``. For each parameter, the
other arguments get plain well-typed values and that one gets each bad value its type hint invites: None, '', text for
a number or a date, 12.5 / "100" / True for a whole number, 2**63 for an id, a datetime or year 1 for a date, NUL and
other control characters and overlong text for text; an input dataclass gets the same per field.
"""

from __future__ import annotations

import collections.abc as cabc
import dataclasses
import datetime as dt
import importlib
import inspect
import pkgutil
import types
import typing
from collections.abc import Callable, Iterator
from typing import Any

LONG = "长" * 2001
TODAY = dt.date(2026, 11, 30)
NOW = dt.datetime(2026, 11, 30, 3, 0, tzinfo=dt.UTC)
SKIP_MODULES = ("demo", "cli", "__main__", "boundary")


@dataclasses.dataclass(frozen=True)
class Probe:
    function: Callable[..., Any]
    parameter: str  # "inp.contact_name" for an input field
    label: str  # what was fed, for reports
    args: dict[str, Any]

    @property
    def name(self) -> str:
        return f"{self.function.__module__}.{self.function.__name__}({self.parameter}={self.label})"


def entry_points() -> list[Callable[..., Any]]:
    import app

    found: dict[str, Callable[..., Any]] = {}
    for info in pkgutil.walk_packages(app.__path__, "app."):
        if info.name.rsplit(".", 1)[-1] in SKIP_MODULES:
            continue
        module = importlib.import_module(info.name)
        for name, fn in vars(module).items():
            if name.startswith("_") or not inspect.isfunction(fn) or fn.__module__ != module.__name__:
                continue
            params = list(inspect.signature(fn).parameters)
            if params and params[0] == "db":
                found[f"{module.__name__}.{name}"] = fn
    return [found[k] for k in sorted(found)]


def _unwrap_optional(hint: Any) -> tuple[Any, bool]:
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(hint) if a is not type(None)]
        return options[0], len(options) < len(typing.get_args(hint))
    return hint, False


def _is_input(cls: Any) -> bool:
    return (
        isinstance(cls, type)
        and dataclasses.is_dataclass(cls)
        and cls.__name__.endswith(("Input", "Request", "Filter"))
    )


def good_value(hint: Any, name: str, db: Any, actor: Any) -> Any:
    """A well-typed, plain value: enough to pass the type checks of the parameters not being probed."""
    hint, optional = _unwrap_optional(hint)
    origin = typing.get_origin(hint)
    if hint is bool:
        return False
    if hint is int:
        return 12 if name in ("month", "number") else (2026 if name == "year" else 1)
    if hint is str:
        return "x" if name not in ("starts", "ends") else "11:00"
    if hint is dt.datetime:
        return NOW
    if hint is dt.date:
        return TODAY
    if origin in (list, tuple, cabc.Iterable, cabc.Sequence, set, frozenset):
        if origin is tuple and typing.get_args(hint) and typing.get_args(hint)[-1] is not Ellipsis:
            return tuple(good_value(a, name, db, actor) for a in typing.get_args(hint))
        return []
    if origin in (dict, cabc.Mapping):
        return {}
    if hint is Any or origin is not None:
        return None if optional else (lambda *a, **k: None)
    if isinstance(hint, type):
        from app.actor import Actor
        from db.engine import Database

        if issubclass(hint, Database):
            return db
        if issubclass(hint, Actor):
            return actor
        if _is_input(hint):
            hints = typing.get_type_hints(hint)
            kwargs = {f.name: good_value(hints[f.name], f.name, db, actor) for f in dataclasses.fields(hint)}
            return hint(**kwargs)
        return object.__new__(hint)
    return None


def bad_values(hint: Any, name: str) -> Iterator[tuple[str, Any]]:
    """(label, value) pairs the hint forbids."""
    from db import limits

    hint, optional = _unwrap_optional(hint)
    origin = typing.get_origin(hint)
    if not optional:
        yield "None", None
    if hint is bool:
        yield "1", 1
        yield "'yes'", "yes"
    elif hint is int:
        yield "''", ""
        yield "'100'", "100"
        yield "12.5", 12.5
        yield "True", True
        yield "2**63", 2**63
        rng = limits.int_range(name)
        if rng is not None and rng.low > -(2**31):
            yield "low-1", rng.low - 1
    elif hint is str:
        yield "''", ""
        yield "5", 5
        yield "b'x'", b"x"
        yield "NUL", "a\x00b"
        yield "ESC", "a\x1bb"
        yield "C1", "a\x85b"
        yield "overlong", LONG
    elif hint is dt.date:
        yield "''", ""
        yield "'2026-11-30'", "2026-11-30"
        yield "datetime", dt.datetime(2026, 11, 30, 9, 0, tzinfo=dt.UTC)
        yield "year 1", dt.date(1, 1, 1)
        yield "year 9999", dt.date(9999, 12, 31)
    elif hint is dt.datetime:
        yield "'2026-11-30 09:00'", "2026-11-30 09:00"
        yield "date", dt.date(2026, 11, 30)
        yield "year 1", dt.datetime(1, 1, 2, tzinfo=dt.UTC)
    elif origin in (list, tuple, cabc.Iterable, cabc.Sequence, set, frozenset):
        yield "'abc'", "abc"
        yield "[None]", [None]
        yield "5", 5
    elif origin in (dict, cabc.Mapping):
        yield "[]", []
        yield "{5: 5}", {5: 5}


def probes(db: Any, actor: Any) -> Iterator[Probe]:
    for fn in entry_points():
        try:
            hints = typing.get_type_hints(fn)
        except NameError:
            continue
        params = [p for p in inspect.signature(fn).parameters.values() if p.name in hints]
        base = {p.name: good_value(hints[p.name], p.name, db, actor) for p in params if p.default is p.empty}
        plan = getattr(fn, "__boundary__", None)
        for name, allowed in (plan.choices if plan is not None else {}).items():
            if name in base:
                base[name] = sorted(allowed)[0]
        for p in params:
            hint = hints[p.name]
            inner, _ = _unwrap_optional(hint)
            if isinstance(inner, type) and _is_input(inner):
                field_hints = typing.get_type_hints(inner)
                good = good_value(inner, p.name, db, actor)
                for f in dataclasses.fields(inner):
                    for label, value in bad_values(field_hints[f.name], f.name):
                        bad = dataclasses.replace(good, **{f.name: value}) if f.init else good
                        yield Probe(fn, f"{p.name}.{f.name}", label, {**base, p.name: bad})
                yield Probe(fn, p.name, "None", {**base, p.name: None})
                continue
            if p.name == "db":
                continue
            for label, value in bad_values(hint, p.name):
                yield Probe(fn, p.name, label, {**base, p.name: value})


_COUNT_SQL: dict[str, tuple[list[str], str]] = {}


#: PostgreSQL: (WAL insert position, row counts) of the last count, per database object and name.
_LAST_COUNTS: dict[tuple[int, str | None], tuple[str, dict[str, int]]] = {}


def row_counts(db: Any) -> dict[str, int]:
    """Rows in every table, in one statement (a probe run asks after every probe, thousands of times: the statement
    is built and compiled once per dialect, which was nine tenths of the run's time)."""
    from sqlalchemy import func, select

    from db.models import Base

    dialect = db.engine.dialect
    if dialect.name not in _COUNT_SQL:
        tables = Base.metadata.sorted_tables
        query = select(*(select(func.count()).select_from(t).scalar_subquery().label(t.name) for t in tables))
        _COUNT_SQL[dialect.name] = ([t.name for t in tables], str(query.compile(dialect=dialect)))
    names, sql = _COUNT_SQL[dialect.name]
    with db.read() as s:
        cursor = s.connection().connection.cursor()  # the driver's own: no result set-up for ~80 columns each time
        try:
            if dialect.name == "postgresql":
                # Every committed change to a table writes the server's WAL, so while its insert position stands
                # still no table has changed and the last counts hold: PostgreSQL plans and opens ~100 scans for
                # the counts, ~8 ms each time, which was four fifths of this run there (thousands of probes).
                cursor.execute("SELECT pg_current_wal_insert_lsn()::text")
                lsn = cursor.fetchone()[0]
                known = _LAST_COUNTS.get((id(db), db.engine.url.database))
                if known is not None and known[0] == lsn:
                    return dict(known[1])
            cursor.execute(sql)
            row = cursor.fetchone()
        finally:
            cursor.close()
    counts = dict(zip(names, row, strict=True))
    if dialect.name == "postgresql":
        _LAST_COUNTS[(id(db), db.engine.url.database)] = (lsn, dict(counts))  # the position read before counting: a later write moves it
    return counts


def run(db: Any, actor: Any, *, per_probe: bool = True) -> dict[str, list[str]]:
    """Feed every probe; {"raw": [...], "stored": [...], "accepted": [...], "refused": [...]} of probe names.

    raw: raised something other than UserError; stored: rows changed (after each probe, or with `per_probe` False
    after each function's probes: faster); accepted: no refusal."""
    from app import clock
    from app.errors import UserError

    results: dict[str, list[str]] = {"raw": [], "stored": [], "accepted": [], "refused": []}
    clock.freeze(dt.datetime(2026, 11, 30, 11, 30, tzinfo=dt.UTC))
    try:
        counts = row_counts(db)
        last = None
        for probe in probes(db, actor):
            if not per_probe and last is not None and probe.function is not last.function:
                counts = _note_changes(db, counts, last, results)
            last = probe
            try:
                probe.function(**probe.args)
            except UserError:
                outcome = "refused"
            except Exception as exc:  # noqa: BLE001 - counting exactly these
                outcome = "raw"
                probe = dataclasses.replace(probe, label=f"{probe.label} -> {type(exc).__name__}")
            else:
                outcome = "accepted"
            if per_probe:
                counts = _note_changes(db, counts, probe, results)
            results[outcome].append(probe.name)
        if last is not None and not per_probe:
            _note_changes(db, counts, last, results)
    finally:
        clock.freeze(None)
    return results


def _note_changes(db: Any, counts: dict[str, int], probe: Probe, results: dict[str, list[str]]) -> dict[str, int]:
    after = row_counts(db)
    if after != counts:
        changed = sorted(k for k in after if after[k] != counts.get(k))
        results["stored"].append(f"{probe.name} [{', '.join(changed)}]")
    return after


if __name__ == "__main__":  # pragma: no cover - a report for the lead
    import sys
    import tempfile

    from app.accounts.passwords import hash_password
    from app.actor import ADMIN, Actor
    from app.database import open_database
    from db.models import User, UserRole

    with tempfile.TemporaryDirectory() as folder:
        database = open_database(f"sqlite:///{folder}/probe.sqlite3")
        with database.write() as s:
            user = User(username="admin", display_name="Test Admin", password_hash=hash_password("admin-password"))
            user.roles = [UserRole(role="admin")]
            s.add(user)
        admin = Actor(1, "admin", "Test Admin", frozenset({ADMIN}))
        outcome = run(database, admin)
        total = sum(len(outcome[k]) for k in ("raw", "accepted", "refused"))
        print(
            f"probes {total}: raw {len(outcome['raw'])}, accepted {len(outcome['accepted'])}, "
            f"refused {len(outcome['refused'])}, stored {len(outcome['stored'])}"
        )
        if "-v" in sys.argv:
            for k in ("raw", "stored"):
                for line in outcome[k]:
                    print(k, line)
