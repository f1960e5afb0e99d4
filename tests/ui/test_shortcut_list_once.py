"""Help › Keyboard shortcuts lists each key and action once (issue 17 finding: the intake's save showed as Ctrl+Enter
twice — the main keyboard's Return and the keypad's Enter, both bound — and every list's export key repeated)."""

from __future__ import annotations

from collections import Counter

from tests.backends import widgets_only
from tests.ui.test_help_keys import _window
from ui import keys

pytestmark = widgets_only()


def test_each_key_and_action_is_listed_once(qtbot, ctx):
    window = _window(qtbot, ctx)
    rows = keys.shortcut_rows(window)
    twice = [row for row, n in Counter(rows).items() if n > 1]
    assert not twice, twice
    saves = [r for r in rows if r.action == "Save the request and print its receipt"]
    assert [r.key for r in saves] == [keys.key_text("Ctrl+Enter")]
    assert keys.key_text("Ctrl+Return") == keys.key_text("Ctrl+Enter")
    exports = [r for r in rows if r.key == keys.key_text("Ctrl+Shift+E") and r.scope == "volunteersPage"]
    assert len(exports) == 1  # four lists on the page, one line
