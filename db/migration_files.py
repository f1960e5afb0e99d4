"""The migrations' revision graph read from their files, without running them (plain standard library).

What the self-check needs to know that the migrations are installed — every file there and readable Python, each
revision's parents present, the modules each file imports installed, the newest revisions (heads) — for the price of
parsing a few dozen small files, where loading them through Alembic imports Alembic and SQLAlchemy first (0.7 s of
CPU). Alembic (db.migrate) stays what applies them; tests/core/test_migration_files.py proves both read the same
graph from the shipped files.
"""

from __future__ import annotations

import ast
import importlib.util
from dataclasses import dataclass
from pathlib import Path

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class MigrationFilesProblem(Exception):
    """The migrations as installed cannot be applied: the text says what is missing or broken (file names and
    revision ids, no user data)."""


@dataclass(frozen=True)
class MigrationFile:
    name: str  # the file's name, for messages
    revision: str
    down_revisions: tuple[str, ...]  # its parents (Alembic's down_revision)
    depends_on: tuple[str, ...]
    imports: tuple[str, ...]  # the modules its top level imports, as Alembic's loading of the file runs them


def _ids(value: object, name: str, field: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, tuple | list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise MigrationFilesProblem(f"{name}: {field} is not a revision id")


def read_file(path: Path) -> MigrationFile:
    """One migration file's revision, parents, dependencies and imports; MigrationFilesProblem when it cannot be
    read, is not Python, does not say its revision as a literal (as Alembic's template writes it) or has no
    upgrade()."""
    try:
        tree = ast.parse(path.read_bytes(), filename=path.name)
    except (OSError, SyntaxError, ValueError) as exc:
        raise MigrationFilesProblem(f"{path.name}: {type(exc).__name__}") from exc
    values: dict[str, object] = {}
    imports: list[str] = []
    functions: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            functions.add(node.name)
            continue
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            target, value = node.targets[0].id, node.value
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            target, value = node.target.id, node.value
        elif isinstance(node, ast.Import):
            imports += [alias.name for alias in node.names]
            continue
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            imports.append(node.module)
            continue
        else:
            continue
        if target in ("revision", "down_revision", "depends_on"):
            try:
                values[target] = ast.literal_eval(value)
            except ValueError as exc:
                raise MigrationFilesProblem(f"{path.name}: {target} is not a literal") from exc
    revision = values.get("revision")
    if not isinstance(revision, str) or not revision:
        raise MigrationFilesProblem(f"{path.name}: no revision id")
    if "upgrade" not in functions:  # what Alembic runs; a file cut short after its header still parses
        raise MigrationFilesProblem(f"{path.name}: no upgrade()")
    return MigrationFile(
        name=path.name,
        revision=revision,
        down_revisions=_ids(values.get("down_revision"), path.name, "down_revision"),
        depends_on=_ids(values.get("depends_on"), path.name, "depends_on"),
        imports=tuple(dict.fromkeys(imports)),
    )


def read_graph(folder: Path | None = None) -> list[MigrationFile]:
    """Every migration file in `folder`/versions (the files Alembic loads: `*.py` but `__init__.py`), read."""
    versions = (folder or MIGRATIONS_DIR) / "versions"
    paths = sorted(p for p in versions.glob("*.py") if p.name != "__init__.py") if versions.is_dir() else []
    if not paths:
        raise MigrationFilesProblem(f"no migrations in {versions}")
    return [read_file(p) for p in paths]


def heads(files: list[MigrationFile]) -> set[str]:
    """The revisions no other revision names as its parent (Alembic's heads; a dependency does not make one)."""
    parents = {parent for f in files for parent in f.down_revisions}
    return {f.revision for f in files} - parents


def check_installed(folder: Path | None = None) -> set[str]:
    """The heads of the installed migrations, or MigrationFilesProblem when they could not be applied: a file
    unreadable or not Python, a revision twice, a parent or dependency that no file provides, a module a file
    imports that is not installed (found, not imported: importing them means importing Alembic and SQLAlchemy)."""
    files = read_graph(folder)
    revisions: dict[str, str] = {}
    for f in files:
        if f.revision in revisions:
            raise MigrationFilesProblem(f"{f.name}: revision {f.revision} also in {revisions[f.revision]}")
        revisions[f.revision] = f.name
    for f in files:
        missing = [r for r in f.down_revisions + f.depends_on if r not in revisions]
        if missing:
            raise MigrationFilesProblem(f"{f.name}: revision {', '.join(missing)} missing")
    found: dict[str, bool] = {}
    for f in files:
        for module in f.imports:
            if module not in found:
                try:
                    found[module] = importlib.util.find_spec(module) is not None
                except (ImportError, ValueError):  # a parent package missing or broken
                    found[module] = False
            if not found[module]:
                raise MigrationFilesProblem(f"{f.name}: module {module} not installed")
    tops = heads(files)
    if not tops:
        raise MigrationFilesProblem("the migrations form a cycle")
    return tops
