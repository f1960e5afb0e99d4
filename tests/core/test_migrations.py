"""Every model change has its migration: the migrated schema equals the models (per counter branch too)."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from db.engine import Database
from db.migrate import head_revisions, script_directory, upgrade
from db.models import Base


def test_migrated_schema_matches_the_models(empty_db_url):
    """Walked migration by migration (a new database is made from the models in one step, db.fresh, so the
    fixtures' databases would prove nothing here; tests/core/test_fresh_schema.py proves those equal this one)."""
    db = Database(empty_db_url)
    upgrade(db.engine, empty_db_url, walk=True)
    with db.engine.connect() as conn:
        mc = MigrationContext.configure(conn, opts={"compare_type": False, "render_as_batch": True})
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
