"""The one place that owns the look: the pre-built qt-material themes (see tools/build_theme.py) plus our additions.

Nothing is written at start: the stylesheet and icons are read from resources/theme.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QDir, QSettings
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from app.resources import resource_path

THEMES = ("light", "dark")
SETTINGS_KEY = "ui/theme"

# Our own additions, for both themes: large type where a cashier or a desk worker reads at a glance.
EXTRA_QSS = """
QLabel[role="big"] { font-size: 28px; font-weight: bold; }
QLabel[role="huge"] { font-size: 40px; font-weight: bold; }
QLabel[role="hint"] { color: palette(mid); }
QLabel[role="code"] { font-family: "Consolas", "DejaVu Sans Mono", "Noto Mono", "Liberation Mono", "Courier New",
                      monospace; font-size: 17px; }  /* a password or code read off the screen, one width per sign */
QLabel[role="error"] { color: #c62828; }
QLabel[role="warning"] { color: #e65100; font-weight: bold; }
QLabel[role="ok"] { color: #2e7d32; font-weight: bold; }
QLineEdit[invalid="true"] { border: 2px solid #c62828; height: 30px; }  /* as tall as a valid one: nothing moves */
QLineEdit[role="search"] { font-size: 20px; padding: 6px; }
QPushButton[role="tally"] { font-size: 20px; min-height: 64px; }
QFrame[role="card"] { border: 1px solid palette(mid); border-radius: 6px; }
QLabel[role="done"] { color: #2e7d32; }
QLabel[role="problem"] { color: #b3261e; }
QLabel[role="refused"] { color: #c62828; font-weight: bold; }
QLabel[role="stop"] { color: #b00020; font-weight: bold; }
QLabel[over="true"] { color: #b00020; }
QLabel[role="banner"] { background: #c62828; color: white; font-weight: bold; padding: 8px; border-radius: 4px; }
QLabel[role="closing"] { background: #b00020; color: white; font-weight: bold; padding: 6px; border-radius: 4px; }
QLabel[role="blocked"] { background: #b00020; color: white; font-weight: bold; padding: 8px; border-radius: 4px; }
QLabel[role="alarm"] { background: #b00020; color: white; font-size: 18px; font-weight: bold; padding: 8px;
                       border-radius: 4px; }
QLabel[role="refusal"] { background: #b00020; color: white; font-size: 16pt; font-weight: bold; padding: 10px;
                         border-radius: 4px; }
QDateEdit[calendarPopup="false"]::down-arrow, QDateEdit[calendarPopup="false"]::down-arrow:focus,
QDateEdit[calendarPopup="false"]::down-arrow:disabled { image: none; width: 0px; height: 0px; }
QHeaderView::section { padding: 0 6px; }
"""
# No widget has a stylesheet of its own (each one is parsed and cascaded for that widget alone, and again at every
# change): a look is a property here, set with repolish() when it changes (tests/ui/test_theme_lean.py).
# The last rule: qt-material gives QDateEdit the combo box's drop-down arrow as well as the spin box's down button,
# so a date edit without a calendar drew both, a doubled ▼▼ (issue 16); its down button keeps its own arrow.
# Column headers: qt-material pads each side by 24 px, which left a narrow column's title clipped on both sides (the
# community board's 楼栋 read as "娄材", its flats "1-02" as "-0"); 6 px keeps the title whole at 1366×768.


@lru_cache(maxsize=2)
def _stylesheet(name: str) -> str:
    return (resource_path("theme", name, "stylesheet.qss")).read_text(encoding="utf-8")


def saved_theme() -> str:
    value = QSettings().value(SETTINGS_KEY, "light")
    return value if value in THEMES else "light"


def apply_theme(app: QApplication, name: str | None = None, *, remember: bool = False) -> str:
    name = name if name in THEMES else saved_theme()
    folder = resource_path("theme", name)
    QDir.setSearchPaths("icon", [str(folder / "icons")])
    app.setStyle("Fusion")
    color = (folder / "primary_text_color").read_text(encoding="utf-8").strip()
    palette = QGuiApplication.palette()
    text = QColor(color)
    text.setAlpha(92)
    palette.setColor(QPalette.ColorRole.Text, text)
    app.setPalette(palette)
    app.setStyleSheet(_stylesheet(name) + EXTRA_QSS)
    app.setProperty("communityDeskTheme", name)
    if remember:
        QSettings().setValue(SETTINGS_KEY, name)
    return name


def set_look(widget, name: str, value) -> None:
    """Set the dynamic property `name` (role, over …) that an app-level rule matches, and re-apply the stylesheet
    when it changed."""
    if widget.property(name) != value:
        widget.setProperty(name, value)
        repolish(widget)


def repolish(widget) -> None:
    """Re-apply the stylesheet after a dynamic property (role, invalid) changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
