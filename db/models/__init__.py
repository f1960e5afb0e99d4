"""All models, imported here so `Base.metadata` is complete for Alembic and tests."""

from db.models import (  # noqa: F401
    activities,
    alerts,
    canteen,
    changes,
    childcare,
    community,
    core,
    health,
    library,
    library_sip,
    reports,
    requests,
    volunteers,
)
from db.models.base import Base
from db.models.core import (
    AuditChainHead,
    AuditEntry,
    CalendarDay,
    Resident,
    ResidentNameGram,
    ResidentTag,
    Sequence,
    Setting,
    User,
    UserRole,
)

__all__ = [
    "AuditChainHead",
    "AuditEntry",
    "Base",
    "CalendarDay",
    "Resident",
    "ResidentNameGram",
    "ResidentTag",
    "Sequence",
    "Setting",
    "User",
    "UserRole",
]
