"""`community-desk selfcheck` is what support runs after installing (and what proves the bundle starts)."""

import os
import subprocess
import sys

import pytest


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_selfcheck_passes_in_a_fresh_process(tmp_path, lang):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COMMUNITY_DESK_HOME=str(tmp_path))
    env.pop("COMMUNITY_DESK_DB", None)
    done = subprocess.run(
        [sys.executable, "-m", "ui", "--lang", lang, "selfcheck"],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 6 and all(line.startswith("ok    ") for line in lines), done.stdout
    assert "requestsPage" in done.stdout and "residentsPage" in done.stdout
    from ui.pages import PAGES

    # every counter's page was built (not only drawn tabs): its modules are installed and it constructs
    assert all(spec.object_name in done.stdout for spec in PAGES), done.stdout
    # nothing was written to the user's real database location
    assert not list(tmp_path.rglob("*.sqlite3"))


def test_selfcheck_reports_failure_when_a_check_fails(monkeypatch, qapp, capsys):
    from PySide6.QtGui import QFontDatabase

    from ui import selfcheck

    monkeypatch.setattr(QFontDatabase, "families", staticmethod(lambda *a: ["DejaVu Sans"]))
    assert selfcheck.run(lang="en") == 1
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith("FAIL  ") and out.splitlines()[-1].startswith("FAIL  ")
