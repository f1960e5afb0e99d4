"""A too-long text names its field in the user's language ("备注最多200字，现在230字"), at every service entry point
and every form that shows a service's refusal, since the message may be read in a message box away from its field.

One sweep over the limits table (db/limits.TEXT_FIELDS) and over every text parameter and input field of every
checked service entry point, and representative refusals through real services and a form."""

from __future__ import annotations

import collections.abc
import dataclasses
import datetime as dt
import inspect
import typing

import pytest

from app import boundary, field_labels
from app.errors import ValidationError
from db import limits
from tests.core import boundary_probes


def _text_fields() -> set[tuple[str, str]]:
    """(name, owner) of every str parameter and input field the boundary checks."""
    found: set[tuple[str, str]] = set()

    def walk(hint, name, owner):
        origin = typing.get_origin(hint)
        if origin in (dict, collections.abc.Mapping):  # as app.boundary names a mapping's keys
            key, value = typing.get_args(hint) or (typing.Any, typing.Any)
            walk(key, f"{name}.key", "")
            walk(value, name, owner)
        elif origin is not None:
            for arg in typing.get_args(hint):
                walk(arg, name, owner)
        elif hint is str:
            found.add((name, owner))
        elif isinstance(hint, type) and dataclasses.is_dataclass(hint) and boundary.is_input_class(hint):
            hints = typing.get_type_hints(hint)
            for f in dataclasses.fields(hint):
                walk(hints[f.name], f.name, hint.__name__)

    for fn in boundary_probes.entry_points():
        inner = inspect.unwrap(fn)
        hints = typing.get_type_hints(inner)
        for p in inspect.signature(inner).parameters:
            if p in hints:
                walk(hints[p], p, inner.__name__)
    return found


def _split(key: str) -> tuple[str, str]:
    owner, _, name = key.rpartition(".")
    return name, owner


def test_every_text_field_has_a_label_and_its_too_long_message_names_it(zh):
    """The sweep: each entry of the limits table and each text field of an entry point, one character over."""
    fields = {_split(k) for k in limits.TEXT_FIELDS} | _text_fields()
    assert len(fields) > 150
    unlabelled = sorted(f"{o}.{n}" if o else n for n, o in fields if field_labels.label(n, o) is None)
    assert unlabelled == []
    for name, owner in sorted(fields):
        limit = limits.text_limit(name, owner) or boundary.FALLBACK_TEXT
        check = boundary._text(limit, name, owner)
        problem = check("字" * (limit.length + 1))
        text = boundary.message(problem)
        label = field_labels.label(name, owner)
        assert text == f"{label}最多{limit.length}字，现在{limit.length + 1}字", (owner, name, text)


def test_a_note_of_230_characters_says_which_field(zh):
    assert field_labels.too_long("note", 200, 230) == "备注最多200字，现在230字"
    assert field_labels.too_long("name", 100, 101, "CourseInput") == "课程名称最多100字，现在101字"
    assert field_labels.too_long("name", 50, 51) == "姓名最多50字，现在51字"


def test_the_intake_names_the_contact_name(db, admin, zh):
    from app.requests import service

    category = service.create_category(db, admin, "咨询", deadline_days=5)
    with pytest.raises(ValidationError) as refused:
        service.take_in(db, admin, service.IntakeInput("walk_in", category, "报修", contact_name="王" * 51))
    assert refused.value.message == "联系人姓名最多50字，现在51字"


def test_the_course_form_names_the_course_note_and_place(db, admin, zh, frozen):
    from app.activities import service as A

    frozen(dt.datetime(2026, 11, 30, 10, 0))
    inp = A.CourseInput(
        name="书法班",
        kind=A.SENIOR_COLLEGE,
        starts_on=dt.date(2026, 12, 1),
        ends_on=dt.date(2026, 12, 31),
        start_min=540,
        duration_min=90,
        capacity=20,
        place="楼" * 101,
        note="记" * 2001,
    )
    with pytest.raises(ValidationError) as refused:
        A.save_course(db, admin, inp)
    assert refused.value.errors == {"place": "地点最多100字，现在101字", "note": "课程备注最多2000字，现在2001字"}


def test_service_rules_stricter_than_the_column_name_their_field_too(db, admin, zh):
    """Limits a service keeps itself (a booking note of 100, a resident's building of 20, a center setting)."""
    from app import clock, settings
    from app.canteen import bookings
    from app.residents.service import ResidentInput, create_resident

    rid = create_resident(db, admin, ResidentInput(name="赵善庆", birth_date=dt.date(1950, 1, 1)))
    with pytest.raises(ValidationError) as refused:
        bookings.book(db, admin, rid, clock.today() + dt.timedelta(days=1), "lunch", 1, "备" * 101)
    assert refused.value.errors["note"] == "备注最多100字，现在101字"
    with pytest.raises(ValidationError) as refused:
        settings.set_many(db, admin, {"center.address": "址" * 201})
    assert refused.value.errors["center.address"] == "中心地址最多200字，现在201字"
    with pytest.raises(ValidationError) as refused:
        create_resident(db, admin, ResidentInput(name="钱多多", notes="注" * 2001))
    assert refused.value.errors["notes"] == "备注最多2000字，现在2001字"


def test_the_request_intake_form_shows_the_field_in_its_message(qtbot, ctx, admin, no_dialogs, zh):
    """A refusal shown in a message box, away from its field, names it."""
    from app.requests import service
    from ui.requests.intake import IntakeForm

    service.create_category(ctx.db, admin, "咨询", deadline_days=5)
    form = IntakeForm(ctx)
    qtbot.addWidget(form)
    form.reload_categories()
    form.description.setPlainText("报修")
    form.contact_name.setMaxLength(100)  # a paste or an import can bring more than the box lets one type
    form.contact_name.setText("王" * 51)
    form.save()
    assert no_dialogs.messages == [("error", "联系人姓名最多50字，现在51字")]
