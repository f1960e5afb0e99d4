"""Unexpected exceptions: logged to the user's log folder and shown with details to copy; the app keeps running."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from app.errors import UserError
from app.logs import log_exception, redacted_traceback
from db.errors import DatabaseProblem

_showing = False


def excepthook(exc_type, exc, tb) -> None:
    global _showing
    if exc is None:
        return
    exc.__traceback__ = tb
    if isinstance(exc, UserError | DatabaseProblem):
        # Bad input that escaped a form, or a database the user can act on (locked, disk full):
        # a clear message, not a crash report.
        from ui.common import dialogs

        if isinstance(exc, DatabaseProblem):
            from app.database import problem_message

            exc = UserError(problem_message(exc))
        parent = QApplication.activeWindow()
        if parent is not None:
            dialogs.show_user_error(parent, exc)
        else:
            QMessageBox.warning(None, QCoreApplication.translate("Crash", "Community Desk"), exc.message)
        return
    where = log_exception(exc)
    if _showing or QApplication.instance() is None:
        sys.__excepthook__(exc_type, exc, tb)
        return
    _showing = True
    try:
        box = QMessageBox(QApplication.activeWindow())
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("Crash", "Something went wrong"))
        box.setText(
            QCoreApplication.translate(
                "Crash",
                "Community Desk hit an unexpected error. What you were doing may not have been saved; "
                "everything saved before is safe.\n\nThe details are in {path}.",
            ).format(path=where)
        )
        box.setDetailedText(redacted_traceback(exc))  # the same redacted text as the log
        box.setTextInteractionFlags(box.textInteractionFlags())
        box.exec()
    finally:
        _showing = False


def install() -> None:
    sys.excepthook = excepthook
