"""Every model change has its migration: the migrated schema equals the models (per counter branch too)."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from db.migrate import head_revisions, script_directory
from db.models import Base


def test_migrated_schema_matches_the_models(db):
    with db.engine.connect() as conn:
        mc = MigrationContext.configure(conn, opts={"compare_type": False, "render_as_batch": True})
        diff = compare_metadata(mc, Base.metadata)
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
