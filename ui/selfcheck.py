"""`community-desk selfcheck`: prove an installation works without touching anyone's data.

It starts Qt, loads the shipped font, translations and theme, creates a throw-away database in a temporary
folder, opens the main window for a temporary administrator, builds every tab's page (drawing the first), renders a
receipt PDF and prints one line per check. Support staff run it after installing (also inside the PyInstaller bundle, with
QT_QPA_PLATFORM=offscreen on a machine without a screen). Exit status 0 when every check passed.
"""

from __future__ import annotations

import secrets
import sys
import tempfile
import threading
from pathlib import Path


def _line(ok: bool, what: str) -> bool:
    sys.stdout.write(("ok    " if ok else "FAIL  ") + what + "\n")  # fixed markers for scripts
    sys.stdout.flush()
    return ok


def _fonts_for_documents() -> threading.Thread:
    """Register the CJK font with reportlab on a thread (~0.4 s of parsing the font file in Python) while the main
    thread starts Qt, whose native work (fonts, stylesheet, painting) runs without holding the interpreter lock; the
    receipt at the end then only draws."""

    def register() -> None:
        from reportlab.pdfgen import canvas  # noqa: F401 - loaded here, off the main thread

        from app.documents.fonts import ensure_fonts

        ensure_fonts()

    thread = threading.Thread(target=register, name="selfcheck-fonts", daemon=True)
    thread.start()
    return thread


def run(lang: str | None = None) -> int:
    fonts = _fonts_for_documents()
    # What needs no Qt is imported before Qt: PySide6 reads the source of every module imported after it (to see
    # whether it uses PySide's feature switches), about a tenth of a second for the database and document layers.
    from app.accounts import service as accounts
    from app.actor import ADMIN, SYSTEM
    from app.database import open_database
    from app.documents.receipt import Receipt, render_receipt
    from app.settings import center_info
    from db import fresh, migrate  # noqa: F401 - loaded here for the reason above

    # isort: split
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QFontDatabase

    from ui.application import create_qapplication

    app = create_qapplication(lang=lang)
    results: list[bool] = []
    families = QFontDatabase.families()
    results.append(
        _line(
            any("WenQuanYi" in f for f in families),
            QCoreApplication.translate("SelfCheck", "shipped Chinese font loaded"),
        )
    )
    sample = QCoreApplication.translate("MainWindow", "&File")
    loaded = lang == "en" or sample != "&File"
    results.append(
        _line(loaded, QCoreApplication.translate("SelfCheck", "translations loaded ({sample})").format(sample=sample))
    )

    from ui.context import AppContext
    from ui.main_window import MainWindow

    with tempfile.TemporaryDirectory(prefix="community-desk-selfcheck-") as tmp:
        db = open_database("sqlite:///" + str(Path(tmp) / "selfcheck.sqlite3"))
        try:
            password = secrets.token_urlsafe(16)
            user_id = accounts.create_user(db, SYSTEM, "selfcheck", "Self check", password, [ADMIN])
            ctx = AppContext(db, accounts.actor_for(db, user_id))
            window = MainWindow(ctx)
            window.show()
            app.processEvents()
            tabs = window.tabs
            # Every counter's page is built (its modules and resources are in the installation and it constructs
            # on an empty database); only the first is drawn: drawing proves Qt's platform and style once, and
            # painting every page under the stylesheet would add a second to prove nothing more.
            names = [window.page(name).objectName() for name in window.page_names()]
            image = window.grab()
            results.append(
                _line(
                    window.isVisible() and not image.isNull(),
                    QCoreApplication.translate("SelfCheck", "main window shown"),
                )
            )
            results.append(
                _line(
                    tabs.count() >= 5,
                    QCoreApplication.translate("SelfCheck", "tabs: {names}").format(names=", ".join(names)),
                )
            )
            receipt = (
                Receipt(title=QCoreApplication.translate("SelfCheck", "Self-check"))
                .pair(QCoreApplication.translate("SelfCheck", "Counter"), "¥0.00")
                .qr("SELFCHECK")
            )
            fonts.join()
            pdf = render_receipt(receipt, center_info(db))
            results.append(
                _line(
                    pdf.startswith(b"%PDF") and len(pdf) > 1000,
                    QCoreApplication.translate("SelfCheck", "receipt PDF ({n} bytes)").format(n=len(pdf)),
                )
            )
            window.close()
            window.deleteLater()
            app.processEvents()
        finally:
            db.dispose()
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
