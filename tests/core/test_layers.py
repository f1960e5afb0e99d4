"""The layers go one way, ui/ -> app/ -> db/ (DEVELOPING.md): app/ and db/ never import ui/, db/ never app/."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize(("layer", "forbidden"), [("app", ("ui",)), ("db", ("ui", "app"))])
def test_lower_layers_do_not_import_upper_ones(layer, forbidden):
    wrong = [
        f"{path.relative_to(ROOT)}: {name}"
        for path in sorted((ROOT / layer).rglob("*.py"))
        for name in sorted(_imports(path))
        if name.split(".")[0] in forbidden
    ]
    assert wrong == []


def test_ui_runs_no_queries_of_its_own():
    # List and search queries live in app/<counter>/ (STYLE.md); a table model asks the service for a page.
    wrong = [
        f"{path.relative_to(ROOT)}: {name}"
        for path in sorted((ROOT / "ui").rglob("*.py"))
        for name in sorted(_imports(path))
        if name.split(".")[0] == "sqlalchemy"
    ]
    assert wrong == []
