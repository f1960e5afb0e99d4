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
    assert len(lines) == 8 and all(line.startswith("ok    ") for line in lines), done.stdout
    assert "requestsPage" in done.stdout and "residentsPage" in done.stdout
    from ui.pages import PAGES

    # every counter's page module is installed (found by the name PAGES gives, as a bundler must have packed it)
    assert all(spec.object_name in done.stdout for spec in PAGES), done.stdout
    # nothing was written to the user's real database location
    assert not list(tmp_path.rglob("*.sqlite3"))


@pytest.mark.sqlite_only(reason="the file's bytes are compared")
def test_selfcheck_checks_the_database_without_writing_it_or_building_the_window(tmp_path, db_path):
    """Issue 15: the self-check took 2.3 s building every page of the main window on a throw-away database,
    which proves nothing about the installation the cheaper checks do not. It now opens the database this PC
    would open (here --db), read only, and never loads the main window or the ORM models."""
    before = db_path.read_bytes()
    probe = (
        "import sys; from ui.main import main; code = main(sys.argv[1:]); "
        "heavy = [m for m in ('ui.main_window', 'db.models', 'ui.canteen.page') if m in sys.modules]; "
        "print('HEAVY', heavy); sys.exit(code)"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COMMUNITY_DESK_HOME=str(tmp_path / "home"))
    done = subprocess.run(
        [sys.executable, "-c", probe, "--lang", "en", "--db", str(db_path), "selfcheck"],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"database {db_path}: reachable, schema current" in done.stdout, done.stdout
    assert "HEAVY []" in done.stdout, done.stdout
    assert db_path.read_bytes() == before


@pytest.mark.sqlite_only(reason="a file of another program")
def test_selfcheck_fails_on_a_database_it_cannot_use(tmp_path):
    other = tmp_path / "other.sqlite3"
    other.write_bytes(b"not a database at all" * 100)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COMMUNITY_DESK_HOME=str(tmp_path / "home"))
    done = subprocess.run(
        [sys.executable, "-m", "ui", "--lang", "en", "--db", str(other), "selfcheck"],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 1, done.stdout + done.stderr
    assert "FAIL  database: This file is not a database" in done.stdout, done.stdout


def test_selfcheck_reports_failure_when_a_check_fails(monkeypatch, qapp, capsys):
    from PySide6.QtGui import QFontDatabase

    from ui import selfcheck

    monkeypatch.setattr(QFontDatabase, "families", staticmethod(lambda *a: ["DejaVu Sans"]))
    assert selfcheck.run(lang="en") == 1
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith("FAIL  ") and out.splitlines()[-1].startswith("FAIL  ")
