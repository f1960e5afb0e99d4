"""activities_0002_one_live_course on a database written before it: courses entered twice (a double click on Save)
are put right so the unique index can be built and the upgrade never fails on old data — of identical live courses
the one with the most live sign-ups stays, the others are ended (kept, with a reason naming the one kept)."""

from __future__ import annotations

from alembic import command
from sqlalchemy import text

from db.engine import Database
from db.migrate import alembic_config, upgrade

COURSE = (
    "INSERT INTO activity_courses (id, name, kind, starts_on, ends_on, weekdays, start_min, duration_min, place,"
    " capacity, teacher_kind, teacher_name, required_tags, fee_fen, note, created_at)"
    " VALUES (:id, :name, 'senior_college', '2026-09-01', '2026-12-31', 1, 540, 90, '二楼教室', 20, 'none', '', '',"
    " 0, '', '2026-08-20 08:00:00')"
)


def test_upgrade_ends_courses_entered_twice_and_keeps_the_one_with_sign_ups(empty_db_url):
    db = Database(empty_db_url)
    cfg = alembic_config(empty_db_url)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "activities_0001")
    with db.engine.begin() as conn:
        for cid, name in ((1, "书法班"), (2, "书法班"), (3, "书法班"), (4, "国画班")):
            conn.execute(text(COURSE), {"id": cid, "name": name})
        conn.execute(
            text(
                "INSERT INTO residents (id, name, is_local, name_pinyin, name_initials, created_at, updated_at)"
                " VALUES (1, '赵善庆', :yes, '', '', '2026-08-20 08:00:00', '2026-08-20 08:00:00')"
            ),
            {"yes": True},
        )
        conn.execute(
            text(
                "INSERT INTO activity_enrolments (course_id, resident_id, status, created_at)"
                " VALUES (2, 1, 'booked', '2026-08-21 08:00:00')"
            )
        )
    upgrade(db.engine, empty_db_url)
    with db.engine.connect() as conn:
        rows = conn.execute(
            text("SELECT id, archived_at IS NULL, archive_reason FROM activity_courses ORDER BY id")
        ).all()
    assert [(cid, bool(live)) for cid, live, _ in rows] == [(1, False), (2, True), (3, False), (4, True)]
    assert all("#2" in reason for cid, live, reason in rows if not live)
    db.dispose()
