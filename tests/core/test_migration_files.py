"""db.migration_files reads the migrations' revision graph from their files without running them (the self-check's
"migrations installed", issue 15). It must read the graph Alembic reads from the same files."""

import pytest

from db import migrate, migration_files


def test_the_graph_read_from_the_files_is_alembics():
    script = migrate.script_directory()
    files = migration_files.read_graph()
    from alembic.util import to_tuple

    alembic_graph = {
        rev.revision: (set(to_tuple(rev.down_revision, ())), set(to_tuple(rev.dependencies, ())))
        for rev in script.walk_revisions()
    }
    assert {f.revision: (set(f.down_revisions), set(f.depends_on)) for f in files} == alembic_graph
    assert migration_files.heads(files) == set(script.get_heads())
    assert migration_files.check_installed() == migrate.head_revisions()


def test_a_revision_that_only_depends_on_another_leaves_it_a_head(tmp_path):
    versions = tmp_path / "versions"
    versions.mkdir()
    up = "\ndef upgrade():\n    pass\n"
    (versions / "a.py").write_text('revision = "a"\ndown_revision = None\n' + up)
    (versions / "b.py").write_text('revision: str = "b"\ndown_revision: str | None = None\ndepends_on = ("a",)\n' + up)
    (versions / "c.py").write_text('revision = "c"\ndown_revision = ("b",)\n' + up)
    assert migration_files.check_installed(tmp_path) == {"a", "c"}


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("down_revision = None\n", "no revision id"),
        ('revision = "x" + "y"\n', "revision is not a literal"),
        ('revision = "a"\ndown_revision = None\n', "also in"),
        ('revision = "b"\ndown_revision = 7\n', "down_revision is not a revision id"),
        ('revision = "b"\ndown_revision = "a"\ndepends_on = "z"\n', "revision z missing"),
        ('revision = "b"\ndown_revision = "a"\ndef upgrade(:\n', "SyntaxError"),
        ('revision = "b"\ndown_revision = "a"\ndef downgrade():\n    pass\n', "no upgrade"),
    ],
)
def test_what_alembic_could_not_apply_is_a_problem(tmp_path, text, problem):
    versions = tmp_path / "versions"
    versions.mkdir()
    (versions / "a.py").write_text('revision = "a"\ndown_revision = None\ndef upgrade():\n    pass\n')
    (versions / "b.py").write_text(text + ("\ndef upgrade():\n    pass\n" if "def " not in text else ""))
    with pytest.raises(migration_files.MigrationFilesProblem, match=problem):
        migration_files.check_installed(tmp_path)
