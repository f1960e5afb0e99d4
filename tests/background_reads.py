"""Helpers for the tests of screens that read on a worker (ui/common/loading.Loader): hold a service call back,
note which thread ran it, wait until a screen's reads have answered."""

from __future__ import annotations

import threading

from ui.common.loading import Loader


class Gate:
    """Wraps a service function: each call for which `hold(*args, **kwargs)` is true waits until `opened` (at most 10 s);
    every call notes the thread it ran on."""

    def __init__(self, fn, hold=lambda *a, **k: True):
        self.fn, self.hold = fn, hold
        self.opened = threading.Event()
        self.threads: list[threading.Thread] = []

    def __call__(self, *args, **kwargs):
        self.threads.append(threading.current_thread())
        if self.hold(*args, **kwargs):
            self.opened.wait(10)
        return self.fn(*args, **kwargs)

    def off_the_ui_thread(self) -> bool:
        return bool(self.threads) and threading.main_thread() not in self.threads


def settled(qtbot, widget) -> None:
    """Until every background read of `widget` has answered (and at least one was started, if it has any)."""
    loaders = widget.findChildren(Loader)
    if not loaders:
        return
    qtbot.waitUntil(lambda: any(x.runs for x in loaders) and not any(x.pending for x in loaders))


def widget_ids(page) -> set[int]:
    """The widgets under `page` now (placeholders deleted later are gone first)."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QWidget

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    return {id(w) for w in page.findChildren(QWidget)}


def visit_every_tab(qtbot, tabs, rounds: int = 2) -> None:
    """Show every tab of `tabs` until its reads answered, twice with a pause between: a change made before the page
    (told by the change feed a little later) is refreshed by then, rightly, and not counted against a repeated show."""
    for _round in range(rounds):
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            settled(qtbot, tabs.currentWidget())
        qtbot.wait(300)
