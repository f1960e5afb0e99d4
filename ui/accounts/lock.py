"""Idle lock: after some minutes without keyboard or mouse input the main window shows this page instead of
its tabs (no personal data stays on screen). The same person unlocks with their password, or another person
signs in and the window is rebuilt for them."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.accounts import login as login_service
from app.actor import Actor
from app.errors import UserError
from db.engine import Database

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class IdleWatcher(QObject):
    """Emits `idle` once after `minutes` without user input anywhere in the application.

    Input is watched where the window system delivers it: each top-level window (QWindow) gets the keys, clicks,
    moves and wheel turns from the system before Qt hands them to a widget, so a filter on those few windows sees
    all the clerk's input and none of the thousands of other events (paint, layout, polish, timers) of the widgets
    inside them: a filter on the whole application called Python for each of those too (~3,300 calls, ~10 ms, for
    one page shown the first time). A window is watched from the moment it first takes the focus (or exists when
    the watcher starts); a window can get keys only once it has the focus. Synthetic events sent straight to a
    widget (QApplication.sendEvent, QTest on a widget) are not input from the clerk and are not seen.

    The filter only notes the time of the last input in Python: it calls nothing in Qt. (With PySide6 6.12 on
    Python 3.11 every call of a Qt method that returns nothing drops a reference to None; one such call per key
    press or mouse move would end a long day at the counter in a crash.) A slow timer compares that time with the
    limit.
    """

    idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.active = False
        self.last_input = time.monotonic()
        self.limit_ms = 5 * 60_000
        self.poll = QTimer(self)
        self.poll.timeout.connect(self._check)
        self.set_minutes(minutes)
        self._installed = True
        QGuiApplication.instance().focusWindowChanged.connect(self._watch_windows)
        self._watch_windows()

    def _watch_windows(self, *_args) -> None:
        """Filter every top-level window (installing a filter again only moves it to the front)."""
        if not self._installed:
            return
        for window in QGuiApplication.topLevelWindows():
            window.installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        self.set_interval_ms(max(1, int(minutes)) * 60_000)

    def set_interval_ms(self, ms: int) -> None:
        """The idle limit; the check runs a few times within it (at most every 5 s)."""
        self.limit_ms = max(1, int(ms))
        self.poll.setInterval(max(5, min(5_000, self.limit_ms // 4)))
        self.restart()

    def restart(self) -> None:
        self.last_input = time.monotonic()
        self.active = True
        if not self.poll.isActive():
            self.poll.start()

    def stop(self) -> None:
        self.active = False

    def idle_for_ms(self) -> float:
        return (time.monotonic() - self.last_input) * 1000

    def _check(self) -> None:
        if self.active and self.idle_for_ms() >= self.limit_ms:
            self.active = False
            self.idle.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in _INPUT_EVENTS:
            self.last_input = time.monotonic()
        return False

    def uninstall(self) -> None:
        if self._installed:
            self._installed = False
            app = QGuiApplication.instance()
            if app is not None:
                app.focusWindowChanged.disconnect(self._watch_windows)
                for window in QGuiApplication.topLevelWindows():
                    window.removeEventFilter(self)
        self.active = False
        self.poll.stop()


class LockScreen(QWidget):
    """Shown in place of the tabs. `unlocked(actor)` for the same person, `switched(actor)` for another."""

    unlocked = Signal(object)
    switched = Signal(object)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.setAccessibleName(self.tr("Screen locked"))
        self.db = db
        self.actor: Actor | None = None
        self.title = QLabel(self)
        self.title.setObjectName("lockTitle")
        self.title.setProperty("role", "big")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.who = QLabel(self)
        self.who.setObjectName("lockWho")
        self.who.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.who.setWordWrap(True)

        same = QGroupBox(self.tr("Continue"), self)
        self.password = QLineEdit(same)
        self.password.setObjectName("unlockPassword")
        self.password.setAccessibleName(self.tr("Your password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.unlock_button = QPushButton(self.tr("Unlock"), same)
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        sl = QFormLayout(same)
        sl.addRow(self.tr("Password"), self.password)
        sl.addRow("", self.unlock_button)

        other = QGroupBox(self.tr("Someone else signs in"), self)
        self.other_username = QLineEdit(other)
        self.other_username.setObjectName("switchUsername")
        self.other_username.setAccessibleName(self.tr("User name"))
        self.other_password = QLineEdit(other)
        self.other_password.setObjectName("switchPassword")
        self.other_password.setAccessibleName(self.tr("Password of the other person"))
        self.other_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.switch_button = QPushButton(self.tr("Switch user"), other)
        self.switch_button.setObjectName("switchUserButton")
        self.switch_button.setAccessibleName(self.tr("Switch user"))
        ol = QFormLayout(other)
        ol.addRow(self.tr("User name"), self.other_username)
        ol.addRow(self.tr("Password"), self.other_password)
        ol.addRow("", self.switch_button)

        self.error = QLabel(self)
        self.error.setObjectName("lockError")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.setAlignment(Qt.AlignmentFlag.AlignCenter)

        card = QFrame(self)
        card.setProperty("role", "card")
        card.setMaximumWidth(560)
        cl = QVBoxLayout(card)
        cl.addWidget(self.title)
        cl.addWidget(self.who)
        cl.addWidget(same)
        cl.addWidget(other)
        cl.addWidget(self.error)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 2)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

        self.password.returnPressed.connect(self.try_unlock)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.other_username.returnPressed.connect(self.other_password.setFocus)
        self.other_password.returnPressed.connect(self.try_switch)
        self.switch_button.clicked.connect(self.try_switch)

    def show_for(self, actor: Actor, center_name: str) -> None:
        self.actor = actor
        self.title.setText(center_name)
        self.who.setText(
            self.tr("The screen is locked. {name} ({user}) is signed in.").format(
                name=actor.display_name, user=actor.username
            )
        )
        for edit in (self.password, self.other_username, self.other_password):
            edit.clear()
        self.error.clear()
        self.password.setFocus()

    def try_unlock(self) -> None:
        if self.actor is None:
            return
        try:
            actor = login_service.unlock(self.db, self.actor, self.password.text())
        except UserError as exc:
            self.error.setText(exc.message)
            self.password.clear()
            self.password.setFocus()
            return
        self.password.clear()
        self.unlocked.emit(actor)

    def try_switch(self) -> None:
        username = self.other_username.text().strip()
        if self.actor is not None and username == self.actor.username:
            self.password.setText(self.other_password.text())
            self.other_password.clear()
            self.try_unlock()
            return
        try:
            actor = login_service.login(self.db, username, self.other_password.text())
        except UserError as exc:
            self.error.setText(exc.message)
            self.other_password.clear()
            self.other_password.setFocus()
            return
        self.other_password.clear()
        self.switched.emit(actor)
