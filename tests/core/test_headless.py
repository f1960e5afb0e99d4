"""Starting without a screen (issue 16, found 10): a clear message and how to run instead of Qt's abort about the
xcb plugin and libxcb-cursor0; the set-up waits for another apt/dpkg instead of failing on its lock."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from ui.display import missing_display

ROOT = Path(__file__).resolve().parents[2]
CJK = re.compile(r"[\u4e00-\u9fff]")


def _run_window(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    clean.update(HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"))
    clean.update(env)
    return subprocess.run(
        [sys.executable, "-m", "ui", "--db", str(tmp_path / "x.sqlite3"), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=clean,
        timeout=120,
    )


def test_no_display_says_so_in_chinese_and_english_and_how_to_run(tmp_path):
    r = _run_window(tmp_path)
    assert r.returncode == 2
    assert "xcb" not in r.stderr and "libxcb" not in r.stderr and "Aborted" not in r.stderr
    assert "xvfb-run -a bash scripts/run-app.sh" in r.stderr
    assert "QT_QPA_PLATFORM=offscreen" in r.stderr
    assert CJK.search(r.stderr) and "needs a screen" in r.stderr  # the user's language (Chinese), then English
    assert not (tmp_path / "x.sqlite3").exists()  # nothing was created


def _unused_display() -> str:
    """A display number no X server on this machine answers (a fixed one, :93, was taken by a tester's Xvfb and the
    window opened there)."""
    n = next(
        n
        for n in range(193, 400)
        if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists()
    )
    return f":{n}"


def test_a_display_that_does_not_answer_is_named_in_the_chosen_language(tmp_path):
    display = _unused_display()
    r = _run_window(tmp_path, "--lang", "en", DISPLAY=display)
    assert r.returncode == 2
    assert f"the display {display} does not answer" in r.stderr and not CJK.search(r.stderr)


def test_screens_that_need_no_server_and_other_systems_pass():
    assert missing_display({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert missing_display({}, "win32") is None and missing_display({}, "darwin") is None
    assert missing_display({}, "linux") == "DISPLAY"
    assert missing_display({"QT_QPA_PLATFORM": "wayland"}, "linux") == "WAYLAND_DISPLAY"
    assert missing_display({"WAYLAND_DISPLAY": "wayland-0"}, "linux") is None  # Qt chooses Wayland itself


def _fake_bin(tmp_path: Path, busy_rounds: int) -> Path:
    """apt-get that is refused (a lock held by another apt) `busy_rounds` times, and pgrep that sees that apt."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "apt-get").write_text(
        "#!/usr/bin/env bash\n"
        f'echo "$*" >> "{tmp_path}/calls"\n'
        f'n=$(cat "{tmp_path}/refused" 2>/dev/null || echo 0)\n'
        f'if [ "$n" -lt {busy_rounds} ]; then echo $((n + 1)) > "{tmp_path}/refused"; '
        'echo "E: Could not get lock /var/lib/apt/lists/lock" >&2; exit 100; fi\n'
    )
    (bin_dir / "pgrep").write_text(f'#!/usr/bin/env bash\n[ -f "{tmp_path}/busy" ]\n')
    (bin_dir / "id").write_text("#!/usr/bin/env bash\necho 0\n")  # as root: no sudo
    for f in bin_dir.iterdir():
        f.chmod(0o755)
    return bin_dir


def _apt_install(tmp_path: Path, bin_dir: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PATH=f"{bin_dir}:{os.environ['PATH']}", APT_RETRY_PAUSE="0", APT_LOCK_WAIT="5")
    return subprocess.run(
        ["bash", str(ROOT / "scripts" / "apt-install.sh"), "libxcb-cursor0", "xvfb"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


def test_setup_waits_for_another_apt_instead_of_failing(tmp_path):
    bin_dir = _fake_bin(tmp_path, busy_rounds=2)
    (tmp_path / "busy").touch()
    r = _apt_install(tmp_path, bin_dir)
    assert r.returncode == 0, r.stderr
    calls = (tmp_path / "calls").read_text().splitlines()
    assert all("-o DPkg::Lock::Timeout=5" in c for c in calls)
    assert [c.split()[-1] if "update" in c else "install" for c in calls] == ["-qq", "-qq", "-qq", "install"]
    assert "waiting" in r.stderr and calls[-1].endswith("libxcb-cursor0 xvfb")


def test_setup_still_fails_on_a_real_error(tmp_path):
    bin_dir = _fake_bin(tmp_path, busy_rounds=99)  # refused, but no other apt is running: not a lock to wait for
    r = _apt_install(tmp_path, bin_dir)
    assert r.returncode != 0
    assert len((tmp_path / "calls").read_text().splitlines()) == 1
