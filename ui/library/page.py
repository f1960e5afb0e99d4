"""The 城市书房 tab: 借还 desk first; the catalogue, holds, overdue list, fines ledger and settings are built when first shown
(ui/common/lazy.py) and follow other desks' changes through the live feed."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.accounts.permissions import LEND_BOOKS, MANAGE_BOOK_ROOM, may
from ui.common.lazy import LazyTabs
from ui.context import AppContext
from ui.library.catalogue import LibraryCatalogueTab
from ui.library.desk import LibraryDeskTab
from ui.library.fines import LibraryFinesTab
from ui.library.lists import LibraryHoldsTab, LibraryOverdueTab, LibrarySettingsTab
from ui.library.sip_pending import DistrictSender, SipPendingPanel

LOANS = ("library.loans",)
CATALOGUE = ("library.catalogue", "library.loans")


class LibraryPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryPage")
        self.ctx = ctx
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("libraryTabs")
        self.tabs.setAccessibleName(self.tr("Book room"))
        self.lazy = LazyTabs(self.tabs)
        self.lazy.add(
            "libraryDesk", lambda parent: self._watched(LibraryDeskTab(ctx, parent), LOANS), self.tr("Lend and return")
        )
        self.lazy.add(
            "libraryCatalogue",
            lambda parent: self._watched(LibraryCatalogueTab(ctx, parent), CATALOGUE),
            self.tr("Catalogue"),
        )
        self.lazy.add(
            "libraryHolds", lambda parent: self._watched(LibraryHoldsTab(ctx, parent), LOANS), self.tr("Holds")
        )
        self.lazy.add(
            "libraryOverdue", lambda parent: self._watched(LibraryOverdueTab(ctx, parent), LOANS), self.tr("Overdue")
        )
        self.lazy.add(
            "libraryFines", lambda parent: self._watched(LibraryFinesTab(ctx, parent), LOANS), self.tr("Fines")
        )
        # 通借通还: district transactions kept while the library was unreachable go out in the background
        self.district_sender = DistrictSender(ctx, self) if may(ctx.actor, LEND_BOOKS) else None
        if self.district_sender is not None:
            self.lazy.add(
                "libraryDistrict",
                lambda parent: SipPendingPanel(ctx, self.district_sender, parent),
                self.tr("District library"),
            )
        if may(ctx.actor, MANAGE_BOOK_ROOM):
            self.lazy.add("librarySettings", lambda parent: LibrarySettingsTab(ctx, parent), self.tr("Settings"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.setFocusProxy(self.tabs)  # the current sub-tab's first field (ui/common/lazy.py first_field)

    def _watched(self, tab: QWidget, topics: tuple[str, ...]) -> QWidget:
        tab.live_watch = self.ctx.live.watch(tab, topics, getattr(tab, "reload_later", tab.reload))
        return tab

    @property
    def desk(self) -> LibraryDeskTab:
        return self.lazy.page("libraryDesk")

    @property
    def catalogue(self) -> LibraryCatalogueTab:
        return self.lazy.page("libraryCatalogue")

    @property
    def holds(self) -> LibraryHoldsTab:
        return self.lazy.page("libraryHolds")

    @property
    def overdue(self) -> LibraryOverdueTab:
        return self.lazy.page("libraryOverdue")

    @property
    def fines(self) -> LibraryFinesTab:
        return self.lazy.page("libraryFines")

    @property
    def district(self) -> SipPendingPanel:
        return self.lazy.page("libraryDistrict")

    @property
    def settings(self) -> LibrarySettingsTab:
        return self.lazy.page("librarySettings")


def create_page(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    return LibraryPage(ctx, parent)
