"""The change counters SQLite workstations poll to learn which screens to refresh (see db/changes.py)."""

from __future__ import annotations

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base


class ChangeTopic(Base):
    """One row per topic ("canteen.tickets", "requests", …): `version` goes up by one in every transaction that
    changed one of the topic's tables. Written by db.changes on both databases (PostgreSQL also NOTIFYs); a
    handful of rows, never growing with the data."""

    __tablename__ = "change_topics"
    topic: Mapped[str] = mapped_column(String(64), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=0)
