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


def _machine_clock_calls(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        owner = node.func.value
        owner_name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", "")
        if (owner_name, node.func.attr) in {("date", "today"), ("datetime", "today")} or (
            (owner_name, node.func.attr) == ("datetime", "now") and not node.args and not node.keywords
        ):
            found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def test_today_comes_from_the_center_clock():
    """The machine's own date is not the center's: a PC on UTC is a day behind Beijing from 00:00 to 08:00 there.

    A CI run at 16:30 UTC once booked "tomorrow" for a day the service (rightly) called today. Every date and time
    goes through app.clock (the center's time zone, frozen in tests)."""
    wrong = [
        hit
        for layer in ("app", "ui", "tests")
        for path in sorted((ROOT / layer).rglob("*.py"))
        if path != ROOT / "app" / "clock.py"
        for hit in _machine_clock_calls(path)
    ]
    assert wrong == []
