"""Tables of the requests counter (filled in by its issue)."""

from __future__ import annotations

from db.models.base import Base  # noqa: F401
