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
    would open (here --db), read only, and never loads the main window or the ORM models; nor Alembic, which
    only an upgrade needs (its revisions are read plainly)."""
    before = db_path.read_bytes()
    probe = (
        "import sys; from ui.main import main; code = main(sys.argv[1:]); "
        "heavy = [m for m in ('ui.main_window', 'db.models', 'ui.canteen.page', 'alembic') if m in sys.modules]; "
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


def test_before_the_first_start_the_selfcheck_does_not_load_the_database_layer(tmp_path):
    """Issue 15: with no database yet (a fresh installation, what the installer checks) the self-check imported
    SQLAlchemy and Alembic (0.7 s of CPU, most of its own process's) only to read the migrations' heads. The
    migrations are read from their files instead; a database that exists is still opened with the app's code
    (test above)."""
    probe = (
        "import sys; from ui.main import main; code = main(sys.argv[1:]); "
        "heavy = [m for m in ('sqlalchemy', 'alembic', 'db.engine', 'db.migrate') if m in sys.modules]; "
        "print('HEAVY', heavy); sys.exit(code)"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COMMUNITY_DESK_HOME=str(tmp_path / "home"))
    env.pop("COMMUNITY_DESK_DB", None)
    done = subprocess.run(
        [sys.executable, "-c", probe, "--lang", "en", "selfcheck"], env=env, capture_output=True, text=True, timeout=180
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "not created yet" in done.stdout, done.stdout
    assert "HEAVY []" in done.stdout, done.stdout


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


def test_the_receipt_is_drawn_by_a_second_process_while_qt_starts(monkeypatch):
    """Issue 15: the self-check took 1.3 s, one interpreter loading SQLAlchemy, Alembic, reportlab and the CJK font
    on one core. The receipt (reportlab and the font, about 40 %) is drawn by a process of its own, on the other core,
    with the texts in the user's language sent once the translations are in."""
    from app import selfcheck as checks
    from ui.selfcheck import ReceiptWorker

    monkeypatch.setattr(checks, "receipt_texts", lambda: ("自检", "窗口"))
    worker = ReceiptWorker.start()
    assert worker is not None and worker.process.pid != os.getpid()
    check = worker.check()
    assert check.ok, check.text
    assert worker.process.returncode == 0
    assert "receipt PDF (" in check.text


def test_a_receipt_worker_that_fails_is_a_failed_line():
    from ui.selfcheck import ReceiptWorker

    process = subprocess.Popen(
        [sys.executable, "-c", "import sys; sys.stdin.readline(); sys.exit('reportlab is missing')"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    check = ReceiptWorker(process).check()
    assert not check.ok
    assert "reportlab is missing" in check.text


def test_inside_the_bundle_the_receipt_is_drawn_in_this_process(monkeypatch, qapp, capsys):
    """A PyInstaller bundle cannot run a Python module as a process: the thread loads the receipt's code instead."""
    from ui import selfcheck

    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert selfcheck.ReceiptWorker.start() is None
    assert selfcheck.run(lang="en") == 0
    assert "ok    receipt PDF (" in capsys.readouterr().out


def test_the_folders_are_probed_on_a_thread_of_their_own(monkeypatch, tmp_path):
    """Issue 15: the probe syncs a file to the disk in each folder, which waited 20-30 ms here (more on a busy
    disk) in the middle of the self-check. It now runs on a thread started before Qt: the probe is still made, and a
    folder that takes no file still fails."""
    import threading

    from app import selfcheck as checks
    from ui.selfcheck import FolderProbe

    good = tmp_path / "data"
    good.mkdir()
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the folder should be")
    monkeypatch.setattr(checks, "app_folders", lambda: [good, blocked])
    disk = threading.Event()
    probed = []
    real = checks.probe_folders

    def slow_disk(folders):
        assert disk.wait(60)  # the disk answers only once the main thread has gone on
        probed.append(threading.current_thread())
        return real(folders)

    monkeypatch.setattr(checks, "probe_folders", slow_disk)
    probe = FolderProbe()  # returns while the probe waits for the disk
    disk.set()
    check = probe.check()
    assert probed and probed[0] is not threading.main_thread()
    assert not check.ok and str(blocked) in check.text and str(good) not in check.text, check.text
    assert list(good.iterdir()) == []  # the probe file is removed


def test_an_error_the_folder_probe_did_not_expect_is_raised_by_its_check(monkeypatch):
    from app import selfcheck as checks
    from ui.selfcheck import FolderProbe

    def broken():
        raise RuntimeError("no home folder")

    monkeypatch.setattr(checks, "app_folders", broken)
    with pytest.raises(RuntimeError, match="no home folder"):
        FolderProbe().check()


def test_the_receipt_texts_go_to_the_worker_as_soon_as_the_translations_are_in(monkeypatch, qapp, capsys):
    """Issue 15: the worker got its texts only after every other check, so drawing the receipt (and sending it
    back) came after them. The texts now go once the translations are installed, before the other checks."""
    from ui import selfcheck

    order = []

    class Worker:
        def begin(self):
            order.append("receipt texts sent")

        def check(self):
            order.append("receipt collected")
            from app import selfcheck as checks

            return checks.check_receipt()

    real_fonts_ok = selfcheck._fonts_ok

    def fonts_ok():
        order.append("fonts checked")
        return real_fonts_ok()

    monkeypatch.setattr(selfcheck.ReceiptWorker, "start", classmethod(lambda cls: Worker()))
    monkeypatch.setattr(selfcheck, "_fonts_ok", fonts_ok)
    assert selfcheck.run(lang="en") == 0
    assert order == ["receipt texts sent", "fonts checked", "receipt collected"]
    assert "ok    receipt PDF (" in capsys.readouterr().out


def test_a_receipt_worker_gone_before_its_texts_is_a_failed_line():
    from ui.selfcheck import ReceiptWorker

    process = subprocess.Popen(
        [sys.executable, "-c", "import sys; sys.exit('reportlab is missing')"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    process.wait()
    worker = ReceiptWorker(process)
    worker.begin()  # the pipe is closed: no error here
    check = worker.check()
    assert not check.ok and "reportlab is missing" in check.text
