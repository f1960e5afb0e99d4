"""Tables of the reports: the district report packs (街道月报) as issued, so a period once sent is re-issued identically."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db import limits as L
from db.models.base import Base
from db.types import UTCDateTime, utcnow


class DistrictReportIssue(Base):
    """A month's district report pack as it was issued: every figure it printed (JSON, fen and minutes), the
    center's name and address as printed, who issued it and when. Re-issuing prints from this row, never from a
    recount, so the PDF and the workbook come out byte for byte as first sent (their SHA-256 are kept to prove it).
    One row per month: the unique constraint means two workstations issuing the same month at once store one pack."""

    __tablename__ = "district_report_issues"
    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    month: Mapped[int] = mapped_column(Integer)
    figures_json: Mapped[str] = mapped_column(Text)
    issued_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    issued_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    issued_by_name: Mapped[str] = mapped_column(String(L.STAFF_NAME.length), default="")
    pdf_sha256: Mapped[str] = mapped_column(String(64))
    xlsx_sha256: Mapped[str] = mapped_column(String(64))

    __table_args__ = (UniqueConstraint("year", "month", name="uq_district_report_issues_month"),)


__all__ = ["DistrictReportIssue"]
