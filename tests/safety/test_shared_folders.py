"""A folder the user chose (a shared 1777 or 2775 folder) keeps its permissions; only what the app writes into it,
and the folders the app itself creates, are owner-only (clerk findings item 8)."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from app import paths
from app.backup import backup_to
from db.files import make_private_dir

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _shared(path: Path, mode: int) -> Path:
    path.mkdir()
    os.chmod(path, mode)
    assert _mode(path) == mode
    return path


def _cli(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, "-m", "app", "--lang", "en", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=300,
    )


def test_init_in_a_sticky_world_writable_folder_leaves_it_alone(tmp_path):
    folder = _shared(tmp_path / "x", 0o1777)
    r = _cli("--db", str(folder / "a.db"), "init")
    assert r.returncode == 0, r.stderr
    assert _mode(folder) == 0o1777
    assert _mode(folder / "a.db") == 0o600


def test_backup_into_a_group_folder_leaves_it_alone(tmp_path):
    db_file = tmp_path / "a.db"
    assert _cli("--db", str(db_file), "init").returncode == 0
    shared = _shared(tmp_path / "shared", 0o2775)
    r = _cli("--db", str(db_file), "backup", f"{shared}/")
    assert r.returncode == 0, r.stderr
    assert _mode(shared) == 0o2775
    (made,) = [p for p in shared.iterdir() if p.suffix == ".sqlite3"]
    assert _mode(made) == 0o600


def test_backup_to_an_existing_folder_in_process_keeps_its_mode(tmp_path):
    source = tmp_path / "a.db"
    con = sqlite3.connect(source)
    con.execute("CREATE TABLE t (x)")
    con.close()
    shared = _shared(tmp_path / "g", 0o2775)
    out = backup_to(source, shared)
    assert _mode(shared) == 0o2775 and _mode(out) == 0o600


def test_a_folder_the_app_creates_is_owner_only_and_an_existing_one_is_untouched(tmp_path):
    made = make_private_dir(tmp_path / "new" / "deeper")
    assert _mode(made) == 0o700 and _mode(made.parent) == 0o700
    shared = _shared(tmp_path / "s", 0o1777)
    make_private_dir(shared)
    assert _mode(shared) == 0o1777


def test_the_apps_own_folders_are_still_tightened(tmp_path, monkeypatch):
    home = tmp_path / "home"
    home.mkdir(mode=0o755)
    os.chmod(home, 0o755)
    (home / "backups").mkdir()
    os.chmod(home / "backups", 0o755)
    monkeypatch.setenv(paths.DATA_ENV, str(home))
    assert _mode(paths.backups_dir()) == 0o700
    assert _mode(paths.data_dir()) == 0o700
