"""childcare_0003_release on a database written before it: duplicate live rows (guarded in Python only, before)
are voided, kept and marked, so the unique indexes can be built and the upgrade never fails on old data."""

import datetime as dt

from alembic import command
from sqlalchemy import text

from db.engine import Database
from db.migrate import alembic_config, upgrade


def test_upgrade_voids_duplicate_live_rows_and_keeps_them(tmp_path):
    url = "sqlite:///" + str(tmp_path / "old.sqlite3")
    db = Database(url)
    cfg = alembic_config(url)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "childcare_0002")
    now = dt.datetime(2026, 11, 30, 8, 30).isoformat()
    with db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO childcare_programs (id, name, kind, starts_on, ends_on, weekdays, open_min, close_min,"
                " groups, capacity, ratio_children_per_staff, options, created_at)"
                " VALUES (1, 'p', 'daycare', '2026-09-01', '2027-01-20', 31, 960, 1110, '', 10, 10, '', :now)"
            ),
            {"now": now},
        )
        conn.execute(
            text(
                "INSERT INTO childcare_children (id, name, school, grade, class_name, allergy_note, medical_note,"
                " health_disclosure_on_file, safety_agreement_on_file, created_at)"
                " VALUES (1, '王小明', '', '', '', '', '', 0, 0, :now)"
            ),
            {"now": now},
        )
        for kind in ("in", "in", "out", "out", "out"):
            conn.execute(
                text(
                    "INSERT INTO childcare_attendance (child_id, program_id, day, kind, at, adult_name, alone,"
                    " method, absence_reason, note, staff_name, created_at)"
                    " VALUES (1, 1, '2026-11-30', :kind, :now, '', 0, 'desk', '', '', '', :now)"
                ),
                {"kind": kind, "now": now},
            )
    upgrade(db.engine, url)
    with db.engine.connect() as conn:
        rows = conn.execute(
            text("SELECT kind, voided_at IS NULL, voided_by FROM childcare_attendance ORDER BY id")
        ).all()
    assert [(k, live) for k, live, _by in rows] == [
        ("in", 1),
        ("in", 0),
        ("out", 1),
        ("out", 0),
        ("out", 0),
    ]
    assert {by for _k, live, by in rows if not live} == {"upgrade"}
    db.dispose()
