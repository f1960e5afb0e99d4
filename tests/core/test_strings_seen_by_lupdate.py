"""Every user-facing string is where the translation tool sees it. pyside6-lupdate finds `self.tr("…")`,
`QCoreApplication.translate("Context", "…")`, `translate("Context", "…")` and `QT_TRANSLATE_NOOP`; a module's own
shorthand (`def _tr(text): return QCoreApplication.translate("X", text)`) called with a literal hides that literal from
it, so the string is never put in the .ts files and shows in English in the Chinese interface (the classes' fee
questions, "Take ¥100.00 in cash from …?", did)."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.backends import widgets_only

pytestmark = widgets_only()

ROOT = Path(__file__).resolve().parents[2]


def _wrappers(tree: ast.Module) -> set[str]:
    """The module-level functions that pass an argument on to a translate call."""
    names = set()
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            params = {a.arg for a in node.args.args}
            for call in ast.walk(node):
                if (
                    isinstance(call, ast.Call)
                    and getattr(call.func, "attr", getattr(call.func, "id", None)) == "translate"
                    and any(isinstance(a, ast.Name) and a.id in params for a in call.args)
                ):
                    names.add(node.name)
    return names


def _hidden_literals(path: Path, root: Path = ROOT) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    wrappers = _wrappers(tree)
    found = []
    for call in ast.walk(tree):
        if isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id in wrappers:
            for arg in call.args:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    found.append(f"{path.relative_to(root)}:{call.lineno} {call.func.id}({arg.value!r})")
    return found


def test_no_string_is_hidden_from_the_translation_tool():
    hidden = [h for base in ("app", "ui") for p in sorted((ROOT / base).rglob("*.py")) for h in _hidden_literals(p)]
    assert hidden == []


def test_the_check_finds_a_hidden_string(tmp_path):
    sample = tmp_path / "fees.py"
    sample.write_text(
        "from PySide6.QtCore import QCoreApplication\n\n\n"
        "def _tr(text):\n    return QCoreApplication.translate('X', text)\n\n\n"
        "def ask():\n    return _tr('Course fee'), _tr(TITLES[0])\n",
        encoding="utf-8",
    )
    assert _hidden_literals(sample, tmp_path) == ["fees.py:9 _tr('Course fee')"]
