"""The typed service boundary: `@checked` refuses wrong input to a service before it does any work.

Imports, scripts and a second workstation call the services directly, so a service cannot trust that a screen has
already turned typing into the right kind of value. `@checked` goes on every public service function (the line
directly above its ``def``). From the function's type hints and the field tables of `db.limits` it builds, once per
function, one small check per parameter, and on each call refuses with `ValidationError` ({parameter or input field:
message in the user's language}) when:

- a value is of the wrong type: ``None`` where the hint does not allow it, text where a number or a date belongs,
  ``True`` or ``12.5`` or ``"100"`` for a whole number (an amount in fen included), a ``datetime`` where a ``date``
  belongs (a naive ``datetime`` is local time, as `app.clock.freeze` and the services read it);
- a number is outside its range (ids 1..2³¹-1, fen, quantities, minutes of the day … from `db.limits`);
- a date falls outside the years 1900..2100;
- a text is longer than its column or holds a refused character (NUL and the other C0/C1 controls; line breaks only
  in multi-line notes). Text is never cut to fit. The message names the field in the user's language
  (`app.field_labels`: "备注最多200字，现在230字"), since it may be read in a message box, away from its field.

Input dataclasses (``…Input``, ``…Request``, ``…Filter``, or marked ``boundary_input = True``) are checked field by field the same way. Rules that need
the database or several fields at once (a required name, a known slot code, ends after starts) stay in the services.

Why our own decorator rather than pydantic's ``validate_call(strict=True)`` or typeguard: the limits are per *meaning*
(a contact name is 50 characters, a program name 100, a reason may hold line breaks), which neither can read from a
plain ``str`` hint without rewriting every signature with ``Annotated`` constraints; the refusal must be our
`ValidationError` with messages through `translate` (lupdate extracts only literal strings), and pydantic's own
English messages would have to be mapped type by type anyway; pydantic would rebuild every input dataclass on each call
and would add a compiled dependency to the PyInstaller bundle; typeguard checks types only (no lengths, ranges, dates,
characters). The checks here are a handful of closures per function, built at decoration time (or, when a hint names a
class defined later in its module, at the first call): a sale's check costs a few microseconds.
"""

from __future__ import annotations

import collections.abc as cabc
import dataclasses
import datetime as dt
import functools
import inspect
import types
import typing
from collections.abc import Callable
from typing import Any, TypeVar

from app import field_labels
from app.errors import ValidationError
from app.i18n import translate
from app.typed import yuan_limit
from db import limits
from db.limits import IntRange, TextLimit

F = TypeVar("F", bound=Callable[..., Any])

# A check returns None when the value is fine, else a problem: a tuple (code, *details) or, for an input dataclass,
# a dict {field: problem}.
Problem = tuple[Any, ...] | dict[str, Any]
Check = Callable[[Any], Problem | None]

# Text and numbers whose name has no entry in db.limits get these, and are listed here for the test to report.
FALLBACK_TEXT = limits.TextLimit(50)
FALLBACK_INT = limits.INT32
UNLISTED: set[str] = set()

_INPUT_SUFFIXES = ("Input", "Request", "Filter")
_SEQUENCE_ORIGINS = (list, tuple, cabc.Sequence, cabc.Iterable, cabc.Collection, set, frozenset, cabc.Set)


def checked(fn: F | None = None, *, choices: dict[str, cabc.Collection[Any]] | None = None) -> Any:
    """Decorate a public service function: its arguments are checked against its type hints before it runs.

    ``@checked(choices={"kind": ("topup", "refund")})`` also limits those parameters to a fixed set of codes."""
    if fn is None:
        return lambda f: _decorate(f, choices or {})
    return _decorate(fn, choices or {})


def _decorate(fn: F, choices: dict[str, cabc.Collection[Any]]) -> F:
    plan = _Plan(fn, choices)

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        problems = plan.check(args, kwargs)
        if problems:
            raise ValidationError({field: message(problem) for field, problem in problems.items()})
        return fn(*args, **kwargs)

    wrapper.__boundary__ = plan  # type: ignore[attr-defined]
    return wrapper  # type: ignore[return-value]


class _Plan:
    """The checks of one function's parameters, in order; built once."""

    def __init__(self, fn: Callable[..., Any], choices: dict[str, cabc.Collection[Any]] | None = None) -> None:
        self.fn = fn
        self.choices = dict(choices or {})
        self.positional: list[tuple[str, Check | None]] | None = None
        self.by_name: dict[str, Check | None] = {}
        try:
            self.compile()
        except NameError:  # a hint names a class defined further down the module: build at the first call
            self.positional = None

    def compile(self) -> None:
        hints = typing.get_type_hints(self.fn)
        owner = self.fn.__name__
        positional: list[tuple[str, Check | None]] = []
        for p in inspect.signature(self.fn).parameters.values():
            hint = hints.get(p.name)
            check = None if hint is None else _build(hint, p.name, owner, typing.get_type_hints)
            if p.name in self.choices and check is not None:
                check = _one_of(check, frozenset(self.choices[p.name]))
            if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD):
                positional.append((p.name, check))
            if p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY):
                self.by_name[p.name] = check
        self.positional = positional

    @property
    def checks(self) -> dict[str, Check | None]:
        """Parameter name -> its check (None: not checked); builds the plan if it was deferred."""
        if self.positional is None:
            self.compile()
        return dict(self.by_name)

    def check(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> dict[str, Any] | None:
        if self.positional is None:
            self.compile()
        problems: dict[str, Any] | None = None
        for (name, check), value in zip(self.positional, args, strict=False):  # type: ignore[arg-type]
            if check is not None:
                problem = check(value)
                if problem is not None:
                    problems = problems or {}
                    problems.update(_flatten(name, problem))
        for name, value in kwargs.items():
            check = self.by_name.get(name)
            if check is not None:
                problem = check(value)
                if problem is not None:
                    problems = problems or {}
                    problems.update(_flatten(name, problem))
        return problems


def _flatten(name: str, problem: Problem) -> dict[str, Any]:
    """An input dataclass reports its own fields ({"contact_name": …}); anything else under the parameter's name."""
    if isinstance(problem, dict):
        return problem
    return {name: problem}


# ---------------------------------------------------------------------------------------------------------------
# Building checks from hints


def _build(hint: Any, name: str, owner: str, hints_of: Callable[..., dict[str, Any]]) -> Check:
    origin = typing.get_origin(hint)
    if origin is typing.Union or origin is types.UnionType:
        options = [a for a in typing.get_args(hint) if a is not type(None)]
        allows_none = len(options) < len(typing.get_args(hint))
        inner = [_build(a, name, owner, hints_of) for a in options]
        return _union(inner, allows_none)
    if origin is typing.Annotated:
        return _build(typing.get_args(hint)[0], name, owner, hints_of)
    if hint is Any or isinstance(hint, TypeVar):
        return _anything
    if hint is bool:
        return _bool
    if hint is int:
        return _int(_int_range(name, owner))
    if hint is str:
        return _text(_text_limit(name, owner), name, owner)
    if hint is dt.datetime:
        return _datetime
    if hint is dt.date:
        return _date
    if origin in _SEQUENCE_ORIGINS:
        return _sequence(hint, origin, name, owner, hints_of)
    if origin in (dict, cabc.Mapping):
        key_hint, value_hint = typing.get_args(hint) or (Any, Any)
        return _mapping(_build(key_hint, f"{name}.key", "", hints_of), _build(value_hint, name, owner, hints_of))
    if origin is not None:  # Callable[...] and other generics: a programmer's object, not a typed value
        return _of_class(origin) if isinstance(origin, type) else _anything
    if isinstance(hint, type):
        if dataclasses.is_dataclass(hint) and is_input_class(hint):
            return _input(hint, hints_of)
        return _of_class(hint)
    return _anything


def is_input_class(cls: type) -> bool:
    """Whether a dataclass is a service input, checked field by field: its name ends in Input/Request/Filter, or
    it says so with a class attribute ``boundary_input = True`` (e.g. `app.childcare.release.UnlistedAdult`)."""
    return cls.__name__.endswith(_INPUT_SUFFIXES) or getattr(cls, "boundary_input", False) is True


def _text_limit(name: str, owner: str) -> TextLimit:
    found = limits.text_limit(name, owner)
    if found is None:
        UNLISTED.add(f"{owner}.{name}: str")
        return FALLBACK_TEXT
    return found


def _int_range(name: str, owner: str) -> IntRange:
    found = limits.int_range(name, owner)
    if found is None:
        UNLISTED.add(f"{owner}.{name}: int")
        return FALLBACK_INT
    return found


def _one_of(check: Check, allowed: frozenset[Any]) -> Check:
    def choice(value: Any) -> Problem | None:
        problem = check(value)
        if problem is None and value is not None and value not in allowed:
            return ("choice",)
        return problem

    return choice


def _anything(value: Any) -> None:
    return None


def _union(inner: list[Check], allows_none: bool) -> Check:
    if len(inner) == 1:
        only = inner[0]
        if not allows_none:
            return only

        def optional(value: Any) -> Problem | None:
            return None if value is None else only(value)

        return optional

    def any_of(value: Any) -> Problem | None:
        if value is None:
            return None if allows_none else ("required",)
        first = None
        for check in inner:
            problem = check(value)
            if problem is None:
                return None
            first = first or problem
        return first

    return any_of


def _bool(value: Any) -> Problem | None:
    if value is True or value is False:
        return None
    return ("required",) if value is None else ("bool",)


def _int(rng: IntRange) -> Check:
    low, high = rng.low, rng.high
    money = rng is limits.FEN

    def whole_number(value: Any) -> Problem | None:
        if type(value) is not int:  # bool is a subclass of int: refused here
            if value is None:
                return ("required",)
            return ("fen",) if money else ("int",)
        if low <= value <= high:
            return None
        return ("fen_range", low, high) if money else ("range", low, high)

    return whole_number


def _text(limit: TextLimit, name: str = "", owner: str = "") -> Check:
    """`name` and `owner` (the parameter or field and its function or input class) name the field in the message."""
    length = limit.length
    multiline = limit.multiline
    refused = (limits.REFUSED_CHARACTERS if multiline else limits.REFUSED_IN_ONE_LINE).search

    def text(value: Any) -> Problem | None:
        if type(value) is not str and not isinstance(value, str):
            return ("required",) if value is None else ("text",)
        if len(value) > length:
            return ("too_long", length, len(value), name, owner)
        if value.isprintable():  # the common case, one pass in C: no control character at all
            return None
        bad = refused(value)
        if bad is not None:
            return ("control", f"U+{ord(bad.group()):04X}", name, owner)
        return None

    return text


def _date(value: Any) -> Problem | None:
    if type(value) is not dt.date:
        if value is None:
            return ("required",)
        return ("date_not_datetime",) if isinstance(value, dt.datetime) else ("date",)
    if limits.YEAR.low <= value.year <= limits.YEAR.high:
        return None
    return ("year", limits.YEAR.low, limits.YEAR.high)


def _datetime(value: Any) -> Problem | None:
    if not isinstance(value, dt.datetime):
        return ("required",) if value is None else ("datetime",)
    if limits.YEAR.low <= value.year <= limits.YEAR.high:
        return None
    return ("year", limits.YEAR.low, limits.YEAR.high)


def _sequence(hint: Any, origin: Any, name: str, owner: str, hints_of: Callable[..., dict[str, Any]]) -> Check:
    args = typing.get_args(hint)
    accepted: tuple[type, ...] = (list, tuple)
    if origin in (cabc.Iterable, cabc.Collection, set, frozenset, cabc.Set):
        accepted = (list, tuple, set, frozenset)
    if origin is tuple and args and args[-1] is not Ellipsis:  # a fixed shape: tuple[str, int]
        parts = [_build(a, name, owner, hints_of) for a in args]

        def shaped(value: Any) -> Problem | None:
            if not isinstance(value, (tuple, list)) or len(value) != len(parts):
                return ("required",) if value is None else ("list",)
            for check, item in zip(parts, value, strict=True):
                problem = check(item)
                if problem is not None:
                    return problem
            return None

        return shaped
    item = _build(args[0], name, owner, hints_of) if args else _anything
    joined = limits.JOINED_FIELDS.get(name) if args and args[0] is str else None
    most = limits.COUNT.high

    def items(value: Any) -> Problem | None:
        if not isinstance(value, accepted):
            return ("required",) if value is None else ("list",)
        if len(value) > most:
            return ("range", 0, most)
        for one in value:
            problem = item(one)
            if problem is not None:
                return problem
        if joined is not None and len(",".join(value)) > joined.length:
            return ("joined_too_long", joined.length, name, owner)
        return None

    return items


def _mapping(key: Check, value_check: Check) -> Check:
    most = limits.COUNT.high

    def mapping(value: Any) -> Problem | None:
        if not isinstance(value, dict):
            return ("required",) if value is None else ("mapping",)
        if len(value) > most:
            return ("range", 0, most)
        for k, v in value.items():
            problem = key(k)
            if problem is None:
                problem = value_check(v)
            if problem is not None:
                return problem
        return None

    return mapping


def _of_class(cls: type) -> Check:
    def instance(value: Any) -> Problem | None:
        if isinstance(value, cls):
            return None
        return ("required",) if value is None else ("kind",)

    return instance


@functools.cache
def _input_fields(cls: type) -> tuple[tuple[str, Check], ...]:
    hints = typing.get_type_hints(cls)
    return tuple(
        (f.name, _build(hints[f.name], f.name, cls.__name__, typing.get_type_hints))
        for f in dataclasses.fields(cls)  # type: ignore[arg-type]
    )


def _input(cls: type, hints_of: Callable[..., dict[str, Any]]) -> Check:
    fields: list[tuple[str, Check]] = []
    try:
        fields.extend(_input_fields(cls))
    except NameError:  # a field's hint names a class defined later: build at the first call
        pass

    def input_fields(value: Any) -> Problem | None:
        if not isinstance(value, cls):
            return ("required",) if value is None else ("kind",)
        if not fields:
            fields.extend(_input_fields(cls))
        problems: dict[str, Any] | None = None
        for name, check in fields:
            problem = check(getattr(value, name))
            if problem is not None:
                problems = problems or {}
                problems.update(_flatten(name, problem))
        return problems

    input_fields.input_class = cls  # type: ignore[attr-defined]
    return input_fields


# ---------------------------------------------------------------------------------------------------------------
# Messages


def message(problem: Problem) -> str:
    """The user's-language message for one problem found by a check."""
    if isinstance(problem, dict):  # a nested input: its first field's message
        return message(next(iter(problem.values())))
    code, *details = problem
    if code == "required":
        return translate("Boundary", "A value is required.")
    if code == "text":
        return translate("Boundary", "Expected text.")
    if code == "int":
        return translate("Boundary", "Expected a whole number.")
    if code == "fen":
        return translate("Boundary", "An amount of money is a whole number of fen.")
    if code == "bool":
        return translate("Boundary", "Expected yes or no.")
    if code == "date":
        return translate("Boundary", "Expected a date.")
    if code == "date_not_datetime":
        return translate("Boundary", "Expected a date without a time of day.")
    if code == "datetime":
        return translate("Boundary", "Expected a date and time.")
    if code == "year":
        return translate("Boundary", "The date must fall in the years {low} to {high}.").format(
            low=details[0], high=details[1]
        )
    if code == "fen_range":  # said in yuan, as the amount was typed: a limit in fen reads as a hundred times more
        return translate("Boundary", "The amount must be from {low} to {high}.").format(
            low=yuan_limit(details[0]), high=yuan_limit(details[1])
        )
    if code == "range":
        return translate("Boundary", "Must be a whole number from {low} to {high}.").format(
            low=details[0], high=details[1]
        )
    if code == "too_long":
        return field_labels.too_long(details[2], details[0], details[1], details[3])
    if code == "control":
        field = field_labels.label(details[1], details[2])
        if field is not None:
            return translate(
                "Boundary",
                "{field} contains an invisible or control character ({code}) that cannot be stored; type it again.",
            ).format(field=field, code=details[0])
        return translate(
            "Boundary", "Contains an invisible or control character ({code}) that cannot be stored; type it again."
        ).format(code=details[0])
    if code == "joined_too_long":
        field = field_labels.label(details[1], details[2])
        if field is not None:
            return translate(
                "Boundary", "{field}: too many or too long entries, at most {limit} characters together."
            ).format(field=field, limit=details[0])
        return translate("Boundary", "Too many or too long entries: at most {limit} characters together.").format(
            limit=details[0]
        )
    if code == "choice":
        return translate("Boundary", "Not one of the allowed choices.")
    if code == "list":
        return translate("Boundary", "Expected a list.")
    if code == "mapping":
        return translate("Boundary", "Expected a table of values.")
    return translate("Boundary", "This value is of the wrong kind.")


def boundary_plan(fn: Callable[..., Any]) -> _Plan | None:
    """The checks `@checked` put on `fn`, or None when it is not a checked service function."""
    return getattr(fn, "__boundary__", None)
