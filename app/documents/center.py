"""What every printed document puts in its header, apart from the settings module so a document can be drawn
without the database layer loaded (the self-check draws a receipt before, or without, opening a database)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CenterInfo:
    """What every printed document puts in its header (app.settings.center_info builds it from the settings)."""

    name: str
    address: str
    phone: str
    receipt_width_mm: int
    person_in_charge: str = ""
