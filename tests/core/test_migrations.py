"""Every model change has its migration: the migrated schema equals the models (per counter branch too)."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from db.engine import Database
from db.migrate import head_revisions, script_directory, upgrade
from db.models import Base


def _on_this_dialect(dialect: str):
    """Alembic's `include_object`: leave out what the models make only on another dialect (`Index.ddl_if`, e.g.
    resident search's "C" indexes on PostgreSQL), as `create_all` does."""

    def include(obj, name, type_, reflected, compare_to) -> bool:
        condition = getattr(obj, "_ddl_if", None)
        if condition is None or condition.dialect is None:
            return True
        wanted = (condition.dialect,) if isinstance(condition.dialect, str) else tuple(condition.dialect)
        return dialect in wanted

    return include


def test_migrated_schema_matches_the_models(empty_db_url):
    """Walked migration by migration (a new database is made from the models in one step, db.fresh, so the
    fixtures' databases would prove nothing here; tests/core/test_fresh_schema.py proves those equal this one)."""
    db = Database(empty_db_url)
    upgrade(db.engine, empty_db_url, walk=True)
    with db.engine.connect() as conn:
        opts = {"compare_type": False, "render_as_batch": True, "include_object": _on_this_dialect(conn.dialect.name)}
        mc = MigrationContext.configure(conn, opts=opts)
        diff = compare_metadata(mc, Base.metadata)
    db.dispose()
    assert diff == [], "models and migrations differ; add a migration on your counter's branch:\n" + "\n".join(
        map(str, diff)
    )


def test_each_counter_keeps_one_head():
    heads = head_revisions()
    labels = []
    for rev in heads:
        labels += list(script_directory().get_revision(rev).branch_labels or [])
    # One head per branch: two heads on the same branch means a forgotten down_revision.
    assert len(heads) == len(set(heads))
    assert all(script_directory().get_revision(h) is not None for h in heads)
