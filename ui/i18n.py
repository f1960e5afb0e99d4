"""Qt translators: every shipped .qm for the chosen language, and the bridge for `app.i18n.translate`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from app import i18n
from app.resources import resource_path

LANGUAGES = ("zh_CN", "en")
SETTINGS_KEY = "ui/language"
_installed: list[QTranslator] = []


def saved_language() -> str:
    value = QSettings().value(SETTINGS_KEY, "zh_CN")
    return value if value in LANGUAGES else "zh_CN"


def install_language(lang: str | None = None, *, remember: bool = False) -> str:
    """Load our .qm files (one per counter) and Qt's own for `lang`; route app.i18n through Qt."""
    lang = lang if lang in LANGUAGES else saved_language()
    app = QCoreApplication.instance()
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    folder = resource_path("translations")
    for qm in sorted(folder.glob(f"*_{lang}.qm")):
        tr = QTranslator(app)
        if tr.load(str(qm)):
            app.installTranslator(tr)
            _installed.append(tr)
    if lang != "en":
        qt_tr = QTranslator(app)
        if qt_tr.load(QLocale(lang), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt_tr)
            _installed.append(qt_tr)
    QLocale.setDefault(QLocale(lang))
    i18n.set_backend(QCoreApplication.translate)
    i18n.set_language_name(lang)
    if remember:
        QSettings().setValue(SETTINGS_KEY, lang)
    return lang
