"""Find shipped resources from a source checkout and from inside the PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resources_root().joinpath(*parts)


CJK_FONT_FILE = "wqy-microhei.ttc"
CJK_FONT_FAMILY = "WenQuanYi Micro Hei"


def cjk_font_path() -> Path:
    return resource_path("fonts", CJK_FONT_FILE)


FALLBACK_FONT_FILE = "rare-han.ttf"
FALLBACK_FONT_FAMILY = "Community Desk Rare Han"


def fallback_font_path() -> Path:
    """The CJK Extension A/B fallback font (tools/build_fallback_font.py; licence in LICENSE-rare-han.txt)."""
    return resource_path("fonts", FALLBACK_FONT_FILE)


BOLD_SAFE_FONT_FILE = "bold-safe-han.ttf"
BOLD_SAFE_FONT_FAMILY = "Community Desk Bold-Safe Han"


def bold_safe_font_path() -> Path:
    """The main font's densest rare ideographs marked bold, so Qt never emboldens them (tools/build_bold_safe_font.py)."""
    return resource_path("fonts", BOLD_SAFE_FONT_FILE)


BOLD_SAFE_RARE_FONT_FILE = "bold-safe-rare-han.ttf"
BOLD_SAFE_RARE_FONT_FAMILY = "Community Desk Bold-Safe Rare Han"


def bold_safe_rare_font_path() -> Path:
    """The same for the fallback font's densest ideographs (𪚥)."""
    return resource_path("fonts", BOLD_SAFE_RARE_FONT_FILE)
