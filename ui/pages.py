"""The counters' pages, in tab order. Each counter's `ui/<counter>/page.py` builds its own page; each
counter's `ui/<counter>/profile.py` adds its section to a resident's profile. The main window only
assembles them."""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from app.accounts.permissions import (
    LEND_BOOKS,
    RECORD_VISITS,
    RUN_ACTIVITIES,
    SEE_ALERTS,
    SEE_HEALTH,
    VIEW_STATISTICS,
    may,
)
from app.actor import ADMIN, BOOK_ROOM, CASHIER, CHILDCARE, FRONT_DESK, HEALTH, VOLUNTEER_COORDINATOR, Actor

if TYPE_CHECKING:  # the self-check reads PAGES without loading the database layer
    from ui.context import AppContext


@dataclass(frozen=True)
class PageSpec:
    module: str  # ui.<counter>.page, which defines create_page(ctx) -> QWidget
    object_name: str
    roles: tuple[str, ...]  # who sees the tab (admins see everything)
    permission: str | None = None  # and, when set, the app.accounts.permissions name they also need


PAGES = (
    PageSpec("ui.requests.page", "requestsPage", (FRONT_DESK,)),
    PageSpec("ui.alerts.page", "alertsPage", (FRONT_DESK, HEALTH), SEE_ALERTS),
    PageSpec("ui.canteen.page", "canteenPage", (CASHIER,)),
    PageSpec("ui.childcare.page", "childcarePage", (CHILDCARE,)),
    PageSpec("ui.volunteers.page", "volunteersPage", (VOLUNTEER_COORDINATOR,)),
    PageSpec("ui.activities.page", "activitiesPage", (FRONT_DESK, VOLUNTEER_COORDINATOR), RUN_ACTIVITIES),
    PageSpec("ui.library.page", "libraryPage", (BOOK_ROOM,), LEND_BOOKS),
    PageSpec("ui.health.page", "healthPage", (HEALTH,), SEE_HEALTH),
    PageSpec("ui.community.page", "communityPage", (FRONT_DESK, HEALTH), RECORD_VISITS),
    # every counter before the resident registry, so a one-counter role opens on its own counter
    PageSpec(
        "ui.residents.page", "residentsPage", (FRONT_DESK, CASHIER, CHILDCARE, VOLUNTEER_COORDINATOR, BOOK_ROOM, HEALTH)
    ),
    PageSpec("ui.reports.page", "statisticsPage", (FRONT_DESK,), VIEW_STATISTICS),
)

PROFILE_SECTIONS = (
    "ui.requests.profile",
    "ui.canteen.profile",
    "ui.childcare.profile",
    "ui.volunteers.profile",
    "ui.library.profile",
    "ui.activities.profile",
    "ui.health.profile",
    "ui.community.profile",
)


def page_allowed(spec: PageSpec, actor: Actor) -> bool:
    if ADMIN in actor.roles:
        return True
    return actor.has(*spec.roles) and (spec.permission is None or may(actor, spec.permission))


def visible_pages(ctx: AppContext) -> list[PageSpec]:
    """The tabs the signed-in person's roles allow, in tab order."""
    return [p for p in PAGES if page_allowed(p, ctx.actor)]


def create_page(spec: PageSpec, ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    """The counter's page, made inside `parent` (where it will live: see ui/common/lazy.py) when its
    `create_page(ctx, parent=None)` takes one, else made alone."""
    module = importlib.import_module(spec.module)
    factory = module.create_page
    if parent is not None and len(inspect.signature(factory).parameters) >= 2:
        page = factory(ctx, parent)
    else:
        page = factory(ctx)
    page.setObjectName(spec.object_name)
    from ui import keys

    keys.install(page)  # the counter's keys (ui/keys.py)
    return page


def profile_section_factories() -> list[Callable[[AppContext, int], QWidget | None]]:
    out = []
    for name in PROFILE_SECTIONS:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name is None or not name.startswith(exc.name):
                raise
            continue
        out.append(module.create_profile_section)
    return out
