"""Automatic backups around the main window: on the first start of each day (off the UI thread, so the
counter can work meanwhile) and when the window closes (a short progress dialog; ~1 s at 100,000 residents).

A folder that cannot be used (a USB drive taken out) is said in the status bar and once in a dialog; the app
goes on working, and closing is never blocked by a failed backup.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel, QMainWindow

from app import autobackup
from app.errors import UserError
from ui.common import dialogs
from ui.common.tasks import run_task
from ui.context import AppContext


class AutoBackup(QObject):
    def __init__(self, window: QMainWindow, ctx: AppContext) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.exit_done = False
        self.closing = False
        self.last: autobackup.BackupDone | None = None
        self.last_error: str = ""
        self.problem_label = QLabel(window)
        self.problem_label.setObjectName("backupProblem")
        self.problem_label.setProperty("role", "problem")
        self.problem_label.hide()
        window.statusBar().addPermanentWidget(self.problem_label)
        window.installEventFilter(self)

    def _plan(self) -> autobackup.BackupPlan | None:
        try:
            return autobackup.BackupPlan.load(self.ctx.db)
        except UserError as exc:  # the database itself cannot be read: the caller hears about that elsewhere
            self._failed(exc, dialog=False)
            return None

    def _succeeded(self, done: autobackup.BackupDone, message: str) -> None:
        self.last = done
        self.last_error = ""
        self.problem_label.hide()
        try:
            autobackup.record(self.ctx.db, self.ctx.actor, done)
        except UserError:
            pass  # a backup without its audit line beats no backup; the database error shows on the next action
        self.window.statusBar().showMessage(message, 15_000)

    def _failed(self, exc: BaseException, *, dialog: bool) -> None:
        if not isinstance(exc, UserError):
            raise exc
        self.last_error = exc.message
        self.problem_label.setText(self.tr("No backup: {reason}").format(reason=exc.message))
        self.problem_label.setToolTip(exc.message)
        self.problem_label.show()
        if dialog:
            dialogs.warn(
                self.window, self.tr("The automatic backup was not made.\n\n{reason}").format(reason=exc.message)
            )

    # --- the first start of the day ---------------------------------------------------------------
    def start_of_day(self):
        """Back up on a worker thread if no backup of today is in the folder yet; returns the Task (or None)."""
        plan = self._plan()
        if plan is None or not autobackup.is_due(plan):
            return None
        self.window.statusBar().showMessage(self.tr("Making today's first backup…"))

        def done(result: autobackup.BackupDone) -> None:
            self._succeeded(
                result,
                self.tr("Today's first backup was written: {path} ({seconds:.1f} s)").format(
                    path=result.path, seconds=result.seconds
                ),
            )

        return run_task(
            self.window,
            lambda _p: autobackup.make_backup(plan, autobackup.START),
            on_done=done,
            on_error=lambda exc: self._failed(exc, dialog=True),
        )

    # --- closing ----------------------------------------------------------------------------------
    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        if obj is self.window and event.type() == QEvent.Type.Close and not self.exit_done:
            if self.closing:  # the backup is running; the window closes when it ends
                event.ignore()
                return True
            plan = self._plan()
            if plan is None:
                self.exit_done = True
                return False
            self.closing = True
            event.ignore()

            def finish() -> None:
                self.exit_done = True
                self.closing = False
                self.window.close()

            def done(result: autobackup.BackupDone) -> None:
                self._succeeded(result, self.tr("Backup written: {path}").format(path=result.path))
                finish()

            def failed(exc: BaseException) -> None:
                if isinstance(exc, UserError):
                    dialogs.warn(
                        self.window,
                        self.tr("No backup was made on closing.\n\n{reason}").format(reason=exc.message),
                    )
                finish()
                if not isinstance(exc, UserError):
                    raise exc

            self.task = run_task(
                self.window,
                lambda _p: autobackup.make_backup(plan, autobackup.EXIT),
                on_done=done,
                on_error=failed,
                label=self.tr("Backing up before closing…"),
            )
            return True
        return False

    def finish_now(self) -> None:
        """After the event loop: the exit backup if the window never got its close (the app was told to quit)."""
        if self.exit_done or self.closing:
            return
        self.exit_done = True
        plan = self._plan()
        if plan is None:
            return
        try:
            done = autobackup.make_backup(plan, autobackup.EXIT)
            autobackup.record(self.ctx.db, self.ctx.actor, done)
        except UserError as exc:
            import sys

            sys.stderr.write(f"community-desk: {exc.message}\n")


def install(window: QMainWindow, ctx: AppContext, *, start_backup: bool = True) -> AutoBackup:
    """Attach automatic backups to the main window; starts today's first backup when one is due."""
    auto = AutoBackup(window, ctx)
    window.auto_backup = auto  # type: ignore[attr-defined]  # reachable for tests and the application
    if start_backup:
        auto.start_of_day()
    return auto
