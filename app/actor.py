"""Who is doing something: passed to every service call that changes data."""

from __future__ import annotations

from dataclasses import dataclass, field

ADMIN = "admin"
FRONT_DESK = "front_desk"
CASHIER = "cashier"
CHILDCARE = "childcare"
VOLUNTEER_COORDINATOR = "volunteer_coordinator"
BOOK_ROOM = "book_room"  # the city book room's desk (城市书房)
HEALTH = "health"  # the health corner and follow-ups with the partner clinic (医养)
ALL_ROLES = (ADMIN, FRONT_DESK, CASHIER, CHILDCARE, VOLUNTEER_COORDINATOR, BOOK_ROOM, HEALTH)


@dataclass(frozen=True)
class Actor:
    user_id: int | None
    username: str
    display_name: str
    roles: frozenset[str] = field(default_factory=frozenset)
    workstation: str = ""

    def has(self, *roles: str) -> bool:
        return ADMIN in self.roles or any(r in self.roles for r in roles)


SYSTEM = Actor(None, "system", "system", frozenset({ADMIN}))
