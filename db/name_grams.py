"""Every character and every pair of adjacent characters of a resident's name, one row each, kept by triggers.

Why: a clerk must find 𠀾䶮龘 by typing 龘, and 白浩淑 by typing 浩淑 (a given name without its surname), but the name
index serves prefixes only, and reading 100,000 names per keystroke for a substring is too slow. A query of one or
two characters is a gram itself (one index lookup); a longer one is narrowed by its first and last pairs, then
checked against the name (app.residents.service.search_sql). Triggers, not Python, fill the table, so every writer
of residents — the form, the spreadsheet import, the demo, bulk loads, a migration — keeps it right.

Created by the models (a new database, db.fresh) and by migration core_0005_name_grams, from the text here.
"""

from __future__ import annotations

from db import limits as L

TABLE = "resident_name_grams"

# SQLite cannot use a WITH clause inside a trigger; json_each over the positions 1..n stands for generate_series.
_POSITIONS = "[" + ",".join(str(i) for i in range(1, L.PERSON_NAME.length + 1)) + "]"
_SQLITE_FILL = (
    f"INSERT OR IGNORE INTO {TABLE} (gram, resident_id) "
    f"SELECT substr(NEW.name, p.value, 1), NEW.id FROM json_each('{_POSITIONS}') p WHERE p.value <= length(NEW.name) "
    f"UNION SELECT substr(NEW.name, p.value, 2), NEW.id FROM json_each('{_POSITIONS}') p "
    f"WHERE p.value < length(NEW.name);"
)
SQLITE_TRIGGERS = (
    f"CREATE TRIGGER residents_name_grams_insert AFTER INSERT ON residents BEGIN {_SQLITE_FILL} END",
    f"CREATE TRIGGER residents_name_grams_update AFTER UPDATE OF name ON residents WHEN NEW.name IS NOT OLD.name "
    f"BEGIN DELETE FROM {TABLE} WHERE resident_id = OLD.id; {_SQLITE_FILL} END",
)
SQLITE_DROP = (
    "DROP TRIGGER IF EXISTS residents_name_grams_insert",
    "DROP TRIGGER IF EXISTS residents_name_grams_update",
)

POSTGRESQL_TRIGGERS = (
    f"""CREATE FUNCTION residents_name_grams() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF NEW.name IS NOT DISTINCT FROM OLD.name THEN
            RETURN NULL;
        END IF;
        DELETE FROM {TABLE} WHERE resident_id = OLD.id;
    END IF;
    INSERT INTO {TABLE} (gram, resident_id)
        SELECT substr(NEW.name, i, 1), NEW.id FROM generate_series(1, char_length(NEW.name)) i
        UNION SELECT substr(NEW.name, i, 2), NEW.id FROM generate_series(1, char_length(NEW.name) - 1) i
        ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$""",
    "CREATE TRIGGER residents_name_grams AFTER INSERT OR UPDATE OF name ON residents "
    "FOR EACH ROW EXECUTE FUNCTION residents_name_grams()",
)
POSTGRESQL_DROP = (
    "DROP TRIGGER IF EXISTS residents_name_grams ON residents",
    "DROP FUNCTION IF EXISTS residents_name_grams()",
)

# Fill the table for the residents already there (migration core_0005_name_grams), same grams as the triggers.
SQLITE_BACKFILL = (
    f"INSERT OR IGNORE INTO {TABLE} (gram, resident_id) "
    f"SELECT substr(r.name, p.value, 1), r.id FROM residents r, json_each('{_POSITIONS}') p "
    f"WHERE p.value <= length(r.name) "
    f"UNION SELECT substr(r.name, p.value, 2), r.id FROM residents r, json_each('{_POSITIONS}') p "
    f"WHERE p.value < length(r.name)"
)
POSTGRESQL_BACKFILL = (
    f"INSERT INTO {TABLE} (gram, resident_id) "
    f"SELECT substr(r.name, i, 1), r.id FROM residents r, generate_series(1, char_length(r.name)) i "
    f"UNION SELECT substr(r.name, i, 2), r.id FROM residents r, generate_series(1, char_length(r.name) - 1) i "
    f"ON CONFLICT DO NOTHING"
)
