"""Who is doing something: passed to every service call that changes data."""

from __future__ import annotations

from dataclasses import dataclass, field

ADMIN = "admin"
FRONT_DESK = "front_desk"
CASHIER = "cashier"
CHILDCARE = "childcare"
VOLUNTEER_COORDINATOR = "volunteer_coordinator"
ALL_ROLES = (ADMIN, FRONT_DESK, CASHIER, CHILDCARE, VOLUNTEER_COORDINATOR)


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
