"""Speed-ups the benchmark asked for keep their behaviour (the figures are in bench/; no timings here)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import update

from app import settings
from app.canteen import settlement
from db.models import Setting


def _from_all(db) -> settings.CenterInfo:
    """center_info as it was computed before: from every setting (get_all)."""
    v = settings.get_all(db)
    return settings.CenterInfo(
        name=v["center.name"] or "Community Service Center",
        address=v["center.address"],
        phone=v["center.phone"],
        receipt_width_mm=int(v["receipt.width_mm"]),
        person_in_charge=v.get("center.person_in_charge", ""),
    )


def test_center_info_reads_only_its_settings_and_gives_the_same_header(db, admin):
    assert settings.center_info(db) == _from_all(db)  # nothing stored: the defaults
    settings.set_many(db, admin, {"center.name": "幸福里社区服务中心", "center.phone": "025-84123456",
                                  "receipt.width_mm": 58, "center.person_in_charge": "王静"})  # fmt: skip
    info = settings.center_info(db)
    assert info == _from_all(db)
    assert (info.name, info.phone, info.receipt_width_mm, info.address) == (
        "幸福里社区服务中心",
        "025-84123456",
        58,
        "",
    )
    with db.write() as s:  # a value an older version stored that its rule now refuses: the default, as before
        s.execute(update(Setting).where(Setting.key == "receipt.width_mm").values(value="123"))
    assert settings.center_info(db).receipt_width_mm == 80 == _from_all(db).receipt_width_mm


def test_refuse_if_locked_finds_the_settled_period_without_loading_it(db):
    from db.models.canteen import SettlementPeriod

    day = dt.date(2026, 10, 15)
    with db.write() as s:
        s.add(SettlementPeriod(kind="month", starts=dt.date(2026, 10, 1), ends=dt.date(2026, 10, 31), figures="{}"))
    with db.read() as s:
        assert settlement.locked_period(s, day) is not None
        import pytest

        from app.errors import UserError

        with pytest.raises(UserError, match="settled"):
            settlement.refuse_if_locked(s, day)
        settlement.refuse_if_locked(s, dt.date(2026, 11, 1))  # after the period: nothing refused
    with db.write() as s:
        s.execute(update(SettlementPeriod).values(unlocked_at=dt.datetime(2026, 11, 2, tzinfo=dt.UTC)))
    with db.read() as s:
        settlement.refuse_if_locked(s, day)  # unlocked: open again
