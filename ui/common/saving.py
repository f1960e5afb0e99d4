"""One Save, one record: what every form that creates something uses so that a double click, a second Enter, or a
click that lands while the first save is still busy never saves twice.

Two parts, because a double click reaches a form two ways:
- `one_click(button)`: the second click of a double click does nothing. Qt turns the second press of a double
  click into a MouseButtonDblClick, which a push button treats as one more press, so a double click on Save was two
  clicks; the platform decides what a double click is (its double-click interval), not a timer of ours.
- `@saves_once` on the form's save slot: the slot does not run again while it runs (a question box it opens spins
  an event loop that delivers a queued click, Enter or shortcut), nor once it has accepted its dialog (a click
  queued behind a slow save arrives after the dialog has closed; the form's fields still hold what was saved).

A form that stays open for the next entry (the request intake, the health corner) clears its fields after a save,
so a later click saves nothing twice: it is refused as empty, as it should be.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractButton, QDialog

F = TypeVar("F", bound=Callable[..., Any])

_BUSY = "_saves_once_busy"


class _SecondClickFilter(QObject):
    """Swallows a button's MouseButtonDblClick (the second press of a double click)."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        return event.type() == QEvent.Type.MouseButtonDblClick


def one_click(*buttons: QAbstractButton | None) -> None:
    """A double click on any of `buttons` presses it once. None is skipped (a button a role does not get)."""
    for button in buttons:
        if button is not None and button.property("oneClick") is not True:
            button.installEventFilter(_SecondClickFilter(button))
            button.setProperty("oneClick", True)


def saves_once(method: F) -> F:
    """Decorate a form's save slot (a method of a QWidget): a call while it runs, or after it accepted its dialog,
    does nothing and returns None. Extra arguments a signal passes (`clicked(bool)`) are dropped when the slot does
    not take them."""
    params = list(inspect.signature(method).parameters.values())[1:]
    if any(p.kind is inspect.Parameter.VAR_POSITIONAL for p in params):
        positional: int | None = None
    else:
        positional = sum(
            p.kind in (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD) for p in params
        )

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        if getattr(self, _BUSY, False):
            return None
        if isinstance(self, QDialog) and self.result() == QDialog.DialogCode.Accepted:
            return None
        setattr(self, _BUSY, True)
        try:
            return method(self, *(args if positional is None else args[:positional]), **kwargs)
        finally:
            setattr(self, _BUSY, False)

    return wrapper  # type: ignore[return-value]


def saving(widget: QObject) -> bool:
    """True while `widget`'s @saves_once slot runs (for a test, or a close that should wait)."""
    return bool(getattr(widget, _BUSY, False))
