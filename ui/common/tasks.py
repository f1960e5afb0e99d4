"""Run slow work (big queries, PDF batches, imports) off the UI thread, with callbacks on it.

In the spirit of anki's QueryOp: `run_task(parent, fn, on_done=…, on_error=…)`. `fn` gets a
`progress(done, total, text)` callable; a QProgressDialog shows it when a label is given. A SQLAlchemy
session never crosses threads: `fn` opens its own unit of work through the service it calls.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.errors import UserError
from ui.common import steps


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object, str)
    progress = Signal(int, int, str)


class _Job(QRunnable):
    def __init__(self, fn: Callable[..., Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = _Signals()
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn(lambda done, total, text="": _emit(self.signals.progress, done, total, text))
        except Exception as exc:  # noqa: BLE001 - handed to the UI thread
            if not _emit(self.signals.failed, exc, "".join(traceback.format_exception(exc))):
                if not isinstance(exc, UserError):  # nobody to tell (the program is closing): a bug still goes
                    from app.logs import log_exception  # to the log

                    log_exception(exc)
        else:
            _emit(self.signals.done, result)


def _emit(signal, *args) -> bool:
    """Emit from the worker; False when the signals' object is gone — the program closed while the job ran, and
    nobody is waiting for its progress or result (PySide raises "Signal source has been deleted", which used to be
    printed at every close during a task)."""
    try:
        signal.emit(*args)
    except RuntimeError:
        return False
    return True


class Task(QObject):
    """A handle on a running job; `finished` fires on the UI thread after the callbacks."""

    finished = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.result: Any = None
        self.error: BaseException | None = None


def run_task(
    parent: QWidget,
    fn: Callable[[Callable[[int, int, str], None]], Any],
    *,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    label: str | None = None,
) -> Task:
    task = Task(parent)
    job = _Job(fn)
    dialog: QProgressDialog | None = None
    if label:
        dialog = QProgressDialog(label, "", 0, 0, parent)
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)

    @Slot(int, int, str)
    def progress(done: int, total: int, text: str) -> None:
        if dialog is not None:
            dialog.setMaximum(total)
            dialog.setValue(done)
            if text:
                dialog.setLabelText(text)

    @Slot(object)
    def done(result: Any) -> None:
        if not shiboken6.isValid(task):  # its parent was closed while the job ran: nobody is waiting
            return
        if dialog is not None:
            dialog.reset()
            dialog.deleteLater()
        task.result = result
        if on_done is not None:
            on_done(result)
        task.finished.emit()

    @Slot(object, str)
    def failed(exc: BaseException, details: str) -> None:
        if not shiboken6.isValid(task):  # nobody to tell; a bug still goes to the log
            if not isinstance(exc, UserError):
                from app.logs import log_exception

                log_exception(exc)
            return
        if dialog is not None:
            dialog.reset()
            dialog.deleteLater()
        task.error = exc
        if on_error is not None:
            on_error(exc)
        elif isinstance(exc, UserError):
            from ui.common import dialogs

            dialogs.show_user_error(parent, exc)
        else:
            import sys

            sys.excepthook(type(exc), exc, exc.__traceback__)
        task.finished.emit()

    job.signals.progress.connect(progress, Qt.ConnectionType.QueuedConnection)
    job.signals.done.connect(done, Qt.ConnectionType.QueuedConnection)
    job.signals.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
    task._job_signals = job.signals  # keep the signals object alive with the task
    if steps.holding():  # a page being built to be seen: the worker starts after its first paint
        steps.hold(lambda: QThreadPool.globalInstance().start(job))
    else:
        QThreadPool.globalInstance().start(job)
    return task
