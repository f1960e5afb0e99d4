"""A dialog that checks a text's length before calling a service takes the limit from the service's own source,
db.limits (the one vocabulary app.boundary checks with), never a number of its own: the childcare release dialog and
the activities' reason dialog stopped at 200 characters while sign_out/withdraw/archive_course keep 2,000.

Every function in ui/ that words a refusal with `too_long` is read: no number literal over 9 in it, and no module
constant bound to a number literal as the limit."""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "ui"


def _calls_too_long(node: ast.AST) -> list[ast.Call]:
    return [
        n
        for n in ast.walk(node)
        if isinstance(n, ast.Call)
        and ((isinstance(n.func, ast.Name) and n.func.id == "too_long")
             or (isinstance(n.func, ast.Attribute) and n.func.attr == "too_long"))
    ]


def _number_constants(tree: ast.Module) -> set[str]:
    names: set[str] = set()
    for stmt in tree.body:
        if isinstance(stmt, ast.Assign) and isinstance(stmt.value, ast.Constant) and type(stmt.value.value) is int:
            names.update(t.id for t in stmt.targets if isinstance(t, ast.Name))
    return names


def test_dialog_length_checks_use_the_service_limits():
    found: list[str] = []
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        constants = _number_constants(tree)
        where = path.relative_to(UI.parent)
        for fn in ast.walk(tree):
            if not isinstance(fn, ast.FunctionDef | ast.AsyncFunctionDef) or not _calls_too_long(fn):
                continue
            for n in ast.walk(fn):
                if isinstance(n, ast.Constant) and type(n.value) is int and n.value > 9:
                    found.append(f"{where}:{n.lineno}: limit {n.value} written in {fn.name}")
            for call in _calls_too_long(fn):
                for arg in call.args[1:2]:
                    if isinstance(arg, ast.Name) and arg.id in constants:
                        found.append(f"{where}:{call.lineno}: limit {arg.id} is a number of the screen's own")
    assert not found, "\n".join(found)


def test_the_check_sees_the_old_faults():
    old = (
        "LIMIT = 200\n"
        "def a(self):\n    return too_long('reason', LIMIT, 3)\n"
        "def b(self):\n    for w, f, n in [(1, 'reason', 200)]:\n        too_long(f, n, 3)\n"
    )
    tree = ast.parse(old)
    fns = [fn for fn in tree.body if isinstance(fn, ast.FunctionDef)]
    assert all(_calls_too_long(fn) for fn in fns) and _number_constants(tree) == {"LIMIT"}
