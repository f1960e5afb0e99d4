"""Pre-build the qt-material light and dark themes into resources/theme/.

qt-material regenerates 111 icon files under ~/.qt_material each time a theme is applied. We render its
stylesheet and icons once, here, and ship them; at start the app only reads them (ui/theme.py).
Run again after upgrading qt-material: `.venv/bin/python -m tools.build_theme`.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "theme"

THEMES = {"light": ("light_blue.xml", True), "dark": ("dark_blue.xml", False)}
# The bold-safe fonts first: the densest rare ideographs, which Qt's synthetic bold would fill in (ui/fonts.py).
EXTRA = {
    "font_family": "'Community Desk Bold-Safe Han', 'Community Desk Bold-Safe Rare Han', 'WenQuanYi Micro Hei', 'Roboto'",
    "font_size": "15px",
    "density_scale": "0",
}


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841 - qt-material needs one
    import qt_material
    from qt_material.resources import ResourseGenerator

    for name, (theme_file, invert) in THEMES.items():
        folder = OUT / name
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        theme = qt_material.get_theme(theme_file, invert)
        gen = ResourseGenerator(
            primary=theme["primaryColor"],
            secondary=theme["secondaryColor"],
            disabled=theme["secondaryLightColor"],
            source=str(Path(qt_material.__file__).parent / "resources" / "source"),
            parent=str(folder / "icons"),
        )
        gen.generate()
        qss = qt_material.build_stylesheet(theme_file, invert, dict(EXTRA), parent=str(folder / "icons"), export=True)
        (folder / "stylesheet.qss").write_text(qss, encoding="utf-8")
        (folder / "primary_text_color").write_text(theme["primaryColor"], encoding="utf-8")
        print(name, len(list((folder / "icons").rglob("*.svg"))), "icons")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
