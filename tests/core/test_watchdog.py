"""A stuck test fails the run instead of hanging it (pytest-timeout, pyproject.toml)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

pytestmark = pytest.mark.backend_free("runs its own pytest on a file of its own, no database")


def test_a_test_left_waiting_in_a_modal_dialog_fails_with_the_stacks_printed(tmp_path):
    stuck = tmp_path / "test_stuck.py"
    stuck.write_text(
        textwrap.dedent(
            """
            from PySide6.QtWidgets import QMessageBox

            def test_stuck(qapp):
                QMessageBox(QMessageBox.Icon.Critical, "Demo data", "failed").exec()  # nobody clicks
            """
        ),
        encoding="utf-8",
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:xdist", "-p", "no:cacheprovider", "--timeout=3", "--timeout-method=thread",
         "--rootdir", str(tmp_path), "-c", os.devnull, str(stuck)],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    output = done.stdout + done.stderr
    assert done.returncode != 0
    assert "Timeout" in output and "test_stuck" in output


def test_the_suite_runs_with_that_watchdog():
    import tomllib
    from pathlib import Path

    ini = tomllib.loads((Path(__file__).resolve().parents[2] / "pyproject.toml").read_text(encoding="utf-8"))
    options = ini["tool"]["pytest"]["ini_options"]
    assert options["timeout_method"] == "thread"  # a signal waits for Python code, which a modal dialog never runs
    assert 0 < options["timeout"] <= 900
