"""The migrations' revision graph read from their files, without running them (plain standard library).

What the self-check needs to know that the migrations are installed — every file there and readable Python, each
revision's parents present, the modules each file imports installed, the newest revisions (heads) — for the price of
parsing a few dozen small files, where loading them through Alembic imports Alembic and SQLAlchemy first (0.7 s of
CPU). Opening a database asks less (which revisions this program knows, which are the newest: `read_revisions`), and
reads only each file's header. Alembic (db.migrate) stays what applies them; tests/core/test_migration_files.py proves
both read the same graph from the shipped files.
"""

from __future__ import annotations

import ast
import importlib.util
import re
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
        return _read_source(path.read_bytes(), path.name)
    except OSError as exc:
        raise MigrationFilesProblem(f"{path.name}: {type(exc).__name__}") from exc


def _read_source(source: bytes, name: str) -> MigrationFile:
    try:
        tree = ast.parse(source, filename=name)
    except (SyntaxError, ValueError) as exc:
        raise MigrationFilesProblem(f"{name}: {type(exc).__name__}") from exc
    values, imports, functions = _top_level(tree, name)
    revision = values.get("revision")
    if not isinstance(revision, str) or not revision:
        raise MigrationFilesProblem(f"{name}: no revision id")
    if "upgrade" not in functions:  # what Alembic runs; a file cut short after its header still parses
        raise MigrationFilesProblem(f"{name}: no upgrade()")
    return _migration_file(name, revision, values, tuple(dict.fromkeys(imports)))


def _migration_file(name: str, revision: str, values: dict[str, object], imports: tuple[str, ...]) -> MigrationFile:
    return MigrationFile(
        name=name,
        revision=revision,
        down_revisions=_ids(values.get("down_revision"), name, "down_revision"),
        depends_on=_ids(values.get("depends_on"), name, "depends_on"),
        imports=imports,
    )


def _top_level(tree: ast.Module, name: str) -> tuple[dict[str, object], list[str], set[str]]:
    """The module's revision identifiers (literal values), the modules it imports and the functions it defines."""
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
                raise MigrationFilesProblem(f"{name}: {target} is not a literal") from exc
    return values, imports, functions


def _paths(folder: Path | None) -> list[Path]:
    """The files Alembic loads from `folder`/versions: `*.py` but `__init__.py`."""
    versions = (folder or MIGRATIONS_DIR) / "versions"
    paths = sorted(p for p in versions.glob("*.py") if p.name != "__init__.py") if versions.is_dir() else []
    if not paths:
        raise MigrationFilesProblem(f"no migrations in {versions}")
    return paths


def read_graph(folder: Path | None = None) -> list[MigrationFile]:
    """Every migration file in `folder`/versions (the files Alembic loads: `*.py` but `__init__.py`), read."""
    return [read_file(p) for p in _paths(folder)]


# Where a migration's body starts: its first top-level def, class or decorator (the identifiers come before it in
# Alembic's template). A column-0 `def` inside a string cuts the string short, so that header does not parse.
_BODY = re.compile(rb"^(?:def|async[ \t]+def|class|@)", re.MULTILINE)
_IDENTIFIER = re.compile(rb"^(?:revision|down_revision|depends_on)\b", re.MULTILINE)


def read_header(path: Path) -> MigrationFile:
    """The file's revision, parents and dependencies from its header alone (`imports` left empty):
    a few kilobytes parsed instead of the whole file (all of them: 7 ms of CPU, against 65 ms for their 160 kB whole,
    on the loaded 2-core machine). Read whole
    (`read_file`) when the header does not parse by itself, names no revision, or an identifier is assigned again
    below it; a file that cannot be read is MigrationFilesProblem, as in `read_file`."""
    try:
        source = path.read_bytes()
    except OSError as exc:
        raise MigrationFilesProblem(f"{path.name}: {type(exc).__name__}") from exc
    body = _BODY.search(source)
    end = body.start() if body else len(source)
    if _IDENTIFIER.search(source, end):
        return _read_source(source, path.name)
    try:
        tree = ast.parse(source[:end], filename=path.name)
    except (SyntaxError, ValueError):
        return _read_source(source, path.name)
    values = _top_level(tree, path.name)[0]
    revision = values.get("revision")
    if not isinstance(revision, str) or not revision:
        return _read_source(source, path.name)
    return _migration_file(path.name, revision, values, ())


def read_revisions(folder: Path | None = None) -> list[MigrationFile]:
    """Every migration's revision, parents and dependencies, each read from its header (`read_header`): what
    opening a database asks (which revisions this program knows, and `heads`), without `upgrade()` or the imports
    checked (`check_installed` does that, for the self-check)."""
    return [read_header(p) for p in _paths(folder)]


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
