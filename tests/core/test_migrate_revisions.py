"""Opening a database reads which revisions it carries with a plain query of Alembic's version table, and which this
program knows from the migrations' files (db.migrate), without importing Alembic. Both must answer what Alembic
answers: MigrationContext.get_current_heads() on either backend, ScriptDirectory's revisions and heads."""

from __future__ import annotations

import pytest
from alembic.runtime.migration import MigrationContext

from db import migrate, migration_files
from db.engine import Database


def _no_version_table(conn) -> None:
    conn.exec_driver_sql("DROP TABLE alembic_version")


def _no_rows(conn) -> None:
    conn.exec_driver_sql("DELETE FROM alembic_version")


def _one_branch_behind(conn) -> None:
    script = migrate.script_directory()
    head = next(script.get_revision(h) for h in sorted(script.get_heads()) if script.get_revision(h).down_revision)
    parent = head.down_revision if isinstance(head.down_revision, str) else head.down_revision[0]
    conn.exec_driver_sql(f"UPDATE alembic_version SET version_num = '{parent}' WHERE version_num = '{head.revision}'")


def _a_foreign_revision(conn) -> None:
    conn.exec_driver_sql("INSERT INTO alembic_version (version_num) VALUES ('zz_9999_from_the_future')")


@pytest.mark.parametrize(
    "change",
    [None, _no_version_table, _no_rows, _one_branch_behind, _a_foreign_revision],
    ids=lambda c: getattr(c, "__name__", "migrated"),
)
def test_the_revisions_read_plainly_are_alembics(db_url, change):
    database = Database(db_url)
    try:
        if change is not None:
            with database.engine.begin() as conn:
                change(conn)
        with database.engine.connect() as conn:
            plain = migrate.revisions_in(conn)
            alembics = MigrationContext.configure(conn).get_current_heads()
        assert plain == set(alembics) and len(plain) == len(alembics)
        assert migrate.current_revisions(database.engine) == plain
        if change is None:
            assert plain == migrate.head_revisions()
        elif change is _a_foreign_revision:
            assert "zz_9999_from_the_future" in plain
    finally:
        database.dispose()


def test_a_database_that_was_never_opened_carries_no_revision(empty_db_url):
    database = Database(empty_db_url)
    try:
        with database.engine.connect() as conn:
            assert migrate.revisions_in(conn) == set(MigrationContext.configure(conn).get_current_heads()) == set()
    finally:
        database.dispose()


def test_the_known_revisions_and_heads_are_alembics():
    script = migrate.script_directory()
    assert migrate.known_revisions() == {rev.revision for rev in script.walk_revisions()}
    assert migrate.head_revisions() == set(script.get_heads())


def test_the_revisions_of_the_shipped_files_read_from_their_headers_are_the_whole_files():
    whole = migration_files.read_graph()
    assert [(f.name, f.revision, f.down_revisions, f.depends_on) for f in migration_files.read_revisions()] == [
        (f.name, f.revision, f.down_revisions, f.depends_on) for f in whole
    ]


UP = "\ndef upgrade():\n    pass\n"


@pytest.mark.parametrize(
    ("text", "parents"),
    [
        ('revision = "b"\ndown_revision = "a"\n' + UP, ("a",)),
        ('"""doc\ndef not_code\n"""\nrevision = "b"\ndown_revision = "a"\n' + UP, ("a",)),  # a def inside a string
        ('revision = "b"\ndown_revision = None\n' + UP + 'down_revision = "a"\n', ("a",)),  # assigned again below
        ('revision = "b"\ndown_revision: str | None = "a"\n', ("a",)),  # no function at all
        ('import os\nif os:\n    revision = "b"\n    down_revision = ("a",)\n' + UP, ()),  # not top level: none
    ],
    ids=["template", "def-in-docstring", "assigned-below", "no-def", "in-an-if"],
)
def test_a_header_is_read_as_the_whole_file_would_be(tmp_path, text, parents):
    path = tmp_path / "b.py"
    path.write_text(text)
    if parents == ():  # no revision at the top level: a problem either way, as for the self-check
        for read in (migration_files.read_header, migration_files.read_file):
            with pytest.raises(migration_files.MigrationFilesProblem, match="no revision id"):
                read(path)
        return
    header = migration_files.read_header(path)
    assert (header.revision, header.down_revisions) == ("b", parents)
    if "def upgrade" in text:
        whole = migration_files.read_file(path)
        assert (whole.revision, whole.down_revisions, whole.depends_on) == (
            header.revision,
            header.down_revisions,
            header.depends_on,
        )
