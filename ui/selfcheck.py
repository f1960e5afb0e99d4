"""`community-desk selfcheck`: prove an installation works without touching anyone's data.

One line per check of what an installation can get wrong, and each checked cheaply (the whole run is meant to stay
under a second, issue 15):
- the shipped fonts are loaded into Qt, the main one with Chinese and the fallback with the rare characters of
  CJK Extension A/B (𠮷);
- the translations are loaded;
- Qt's platform plugin and style draw: a label in Chinese, under the app's theme and stylesheet, is painted;
- every counter's page module and profile section is installed (found, not imported: PAGES names them by string,
  which is what a bundler misses; building the pages would prove nothing more about the installation);
- the data and log folders take a new file;
- the database this PC opens (--db, $COMMUNITY_DESK_DB, the saved server, else the default file) is reachable, ours,
  not newer than this program, and its schema current or upgradable (read only); the migrations are installed: every
  file there and Python, each parent revision present, the modules they import installed (read from the files,
  db.migration_files, not run);
- a receipt PDF is drawn with the CJK font and a QR code.
What the database and PDF checks load is pure Python (SQLAlchemy; reportlab parsing the font), which one interpreter
runs on one core at a time. The database layer (0.5 s of CPU; not Alembic, which only an upgrade loads) is loaded only
when there is a database to open (before the first start there is none: nothing of it is imported), on a thread while
the main thread starts Qt; the receipt is drawn by a second process (`app.selfcheck.receipt_worker`, started first) on
the other core; inside the PyInstaller bundle, which cannot run a Python module as a process, on the thread too. The
worker gets the receipt's texts as soon as the translations are installed, so it draws while this process checks the
rest. The folders' probe waits for the disk (a file synced in each folder: 20-30 ms for the two on a shared machine,
more when other programs write), so it runs on a thread of its own from the start and only its line is written in its
place. Support staff run it after installing (also inside the PyInstaller bundle, with QT_QPA_PLATFORM=offscreen on a
machine without a screen). Exit status 0 when every check passed.
"""

from __future__ import annotations

import sys
import threading


def _line(ok: bool, what: str) -> bool:
    sys.stdout.write(("ok    " if ok else "FAIL  ") + what + "\n")  # fixed markers for scripts
    sys.stdout.flush()
    return ok


class ReceiptWorker:
    """The receipt check in a process of its own (see the module docstring): `start()` before Qt starts; `check()`
    once the translations are installed sends the receipt's texts and waits for the PDF. None from `start` when no
    process can be started (the bundle, or no interpreter): the check then runs in this process."""

    TIMEOUT_S = 120

    def __init__(self, process) -> None:
        self.process = process
        self._begun = False

    @classmethod
    def start(cls) -> ReceiptWorker | None:
        import subprocess
        from pathlib import Path

        if getattr(sys, "frozen", False) or not sys.executable:
            return None
        root = str(Path(__file__).resolve().parent.parent)
        code = f"import sys; sys.path.insert(0, {root!r}); from app.selfcheck import receipt_worker; receipt_worker()"
        try:
            process = subprocess.Popen(
                [sys.executable, "-c", code],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
        except OSError:
            return None
        return cls(process)

    def begin(self) -> None:
        """Send the receipt's texts (in the user's language, so once the translations are installed): the worker
        draws while this process goes on with its own checks."""
        import json

        from app import selfcheck as checks

        self._begun = True
        try:
            self.process.stdin.write(json.dumps(checks.receipt_texts()) + "\n")
            self.process.stdin.flush()
        except OSError:  # the worker is gone: check() says why
            pass

    def check(self):
        """The receipt's line (app.selfcheck.Check); a failed line with the worker's last words if it failed."""
        import base64
        import subprocess

        from app import selfcheck as checks
        from app.i18n import translate

        if not self._begun:
            self.begin()
        try:
            out, err = self.process.communicate(timeout=self.TIMEOUT_S)
        except subprocess.TimeoutExpired:
            self.process.kill()
            out, err = self.process.communicate()
        line = next((x for x in out.splitlines() if x.startswith("PDF ")), None)
        if line is None:
            why = (err.strip().splitlines() or [f"exit status {self.process.returncode}"])[-1]
            return checks.Check(False, translate("SelfCheck", "receipt PDF not drawn: {error}").format(error=why))
        return checks.receipt_check(base64.b64decode(line[4:]))


class FolderProbe:
    """`app.selfcheck.check_writable` with its probe (a file written, synced to the disk and removed in each of the
    app's folders) on a thread of its own, started before Qt: the sync waits for the disk without holding the
    interpreter lock, 20-30 ms for the two here, more when other programs write. `check()` gives the line, in the
    user's language; an error the probe did not expect is raised there, as it would have been in this thread."""

    def __init__(self) -> None:
        from app import paths  # noqa: F401 - imported here, not on the thread while Qt's modules import
        from app import selfcheck as checks

        self._folders: list = []
        self._failed: list[str] = []
        self._error: BaseException | None = None

        def work() -> None:
            try:
                self._folders = checks.app_folders()
                self._failed = checks.probe_folders(self._folders)
            except BaseException as exc:  # noqa: BLE001 - raised again by check()
                self._error = exc

        self._thread = threading.Thread(target=work, name="selfcheck-folders", daemon=True)
        self._thread.start()

    def check(self):
        from app import selfcheck as checks

        self._thread.join()
        if self._error is not None:
            raise self._error
        return checks.writable_check(self._folders, self._failed)


def _prepare(db_arg: str | None = None, receipt: bool = True) -> threading.Thread:
    """Load what the database and PDF checks need on a thread while the main thread starts Qt, whose native work
    (fonts, stylesheet, painting) does not hold the interpreter lock: the database layer (SQLAlchemy) when
    there is a database to open, found as the check will find it from --db, $COMMUNITY_DESK_DB or the default file
    (a server saved in this PC's settings is read with Qt, later: then the check loads it itself); in the bundle,
    reportlab and the CJK font. The checks themselves run on the main thread afterwards, with the translations
    installed."""

    def work() -> None:
        from app import selfcheck as checks
        from app.paths import resolve_database

        checks.prepare(resolve_database(db_arg), receipt=receipt)

    thread = threading.Thread(target=work, name="selfcheck-prepare", daemon=True)
    thread.start()
    return thread


def _fields(check) -> tuple[bool, str]:
    return check.ok, check.text


def _drawn(app) -> tuple[bool, str]:
    """A label in Chinese (with a rare character) painted under the app's style; (painted, platform name)."""
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QLabel

    label = QLabel("社区服务台 𠮷祥")
    label.show()
    app.processEvents()
    image = label.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    label.close()
    label.deleteLater()
    data = bytes(image.constBits())
    painted = not image.isNull() and len(data) >= 8 and data != data[:4] * (len(data) // 4)  # not one flat colour
    return painted, app.platformName()


def _fonts_ok() -> tuple[bool, str]:
    from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

    from app.resources import CJK_FONT_FAMILY, FALLBACK_FONT_FAMILY

    families = QFontDatabase.families()
    main = next((f for f in families if "WenQuanYi" in f), None)
    rare = next((f for f in families if f == FALLBACK_FONT_FAMILY), None)
    ok = main is not None and rare is not None
    if ok:
        ok = QFontMetrics(QFont(main)).inFontUcs4(ord("社")) and QFontMetrics(QFont(rare)).inFontUcs4(0x20BB7)
    return ok, f"{main or CJK_FONT_FAMILY}, {rare or FALLBACK_FONT_FAMILY}"


def _modules_installed() -> tuple[list[str], list[str]]:
    """(page object names whose module is installed, modules missing) for every tab and profile section."""
    import importlib.util

    from ui.pages import PAGES, PROFILE_SECTIONS

    found, missing = [], []
    for spec in PAGES:
        (found.append(spec.object_name) if importlib.util.find_spec(spec.module) else missing.append(spec.module))
    missing += [name for name in PROFILE_SECTIONS if importlib.util.find_spec(name) is None]
    return found, missing


def run(lang: str | None = None, db_arg: str | None = None) -> int:
    worker = ReceiptWorker.start()  # first: the other core loads reportlab and the font while this one starts Qt
    folders = FolderProbe()  # the disk's syncs wait while Qt starts
    # before Qt: PySide6 makes every later import read the module's source
    prepared = _prepare(db_arg, receipt=worker is None)
    from PySide6.QtCore import QCoreApplication

    from ui.application import create_qapplication

    app = create_qapplication(lang=lang)
    if worker is not None:
        worker.begin()  # the translations are in: the receipt is drawn while this process checks the rest
    results: list[bool] = []
    fonts_ok, families = _fonts_ok()
    results.append(
        _line(
            fonts_ok,
            QCoreApplication.translate("SelfCheck", "shipped Chinese fonts loaded ({families})").format(
                families=families
            ),
        )
    )
    sample = QCoreApplication.translate("MainWindow", "&File")
    loaded = lang == "en" or sample != "&File"
    results.append(
        _line(loaded, QCoreApplication.translate("SelfCheck", "translations loaded ({sample})").format(sample=sample))
    )
    painted, platform = _drawn(app)
    results.append(
        _line(
            painted, QCoreApplication.translate("SelfCheck", "window drawn (Qt platform {name})").format(name=platform)
        )
    )
    pages, missing = _modules_installed()
    if missing:
        results.append(
            _line(False, QCoreApplication.translate("SelfCheck", "missing: {names}").format(names=", ".join(missing)))
        )
    else:
        results.append(
            _line(True, QCoreApplication.translate("SelfCheck", "tabs: {names}").format(names=", ".join(pages)))
        )
    from app import selfcheck as checks

    results.append(_line(*_fields(folders.check())))
    from app.paths import resolve_database
    from ui import dbserver_store

    prepared.join()
    results.append(_line(*_fields(checks.check_database(resolve_database(db_arg, dbserver_store.saved_url())))))
    receipt = worker.check() if worker is not None else checks.check_receipt()
    results.append(_line(*_fields(receipt)))
    ok = all(results)
    _line(
        ok,
        QCoreApplication.translate("SelfCheck", "self-check passed")
        if ok
        else QCoreApplication.translate("SelfCheck", "self-check failed"),
    )
    return 0 if ok else 1


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(run())
