"""What every page needs: the database, who is working, the center's details, and cross-tab signals."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app import settings
from app.actor import Actor
from app.settings import CenterInfo
from db.engine import Database


class AppContext(QObject):
    resident_changed = Signal(int)  # a resident was added, changed or archived
    actor_changed = Signal()
    settings_changed = Signal()
    open_resident = Signal(int)  # ask the residents tab to show this resident's profile

    def __init__(self, db: Database, actor: Actor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._actor = actor
        self._center: CenterInfo | None = None
        self._live = None

    @property
    def live(self):  # -> ui.common.live.LiveChanges
        """Other workstations' changes, for screens that follow them (`ctx.live.watch(...)`); started on first use."""
        if self._live is None:
            from ui.common.live import LiveChanges

            self._live = LiveChanges(self.db, self)
        return self._live

    @property
    def actor(self) -> Actor:
        return self._actor

    def set_actor(self, actor: Actor) -> None:
        self._actor = actor
        self.actor_changed.emit()

    def center(self) -> CenterInfo:
        if self._center is None:
            self._center = settings.center_info(self.db)
        return self._center

    def reload_settings(self) -> None:
        self._center = None
        self.settings_changed.emit()
