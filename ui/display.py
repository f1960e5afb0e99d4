"""Is there a screen to open the window on? Asked before Qt starts, so a machine without one (a server, an SSH
session without X forwarding, a container) gets a clear message and how to run instead of Qt's abort about
the "xcb" plugin and libxcb-cursor0. Plain standard library: nothing of Qt is loaded to find out."""

from __future__ import annotations

import os
import socket
import sys
from pathlib import Path

from app.i18n import translate

# Platforms that draw without a screen of their own.
_HEADLESS_OK = {"offscreen", "minimal", "vnc", "linuxfb", "eglfs", "minimalegl", "vkkhrdisplay"}


def _x11_reachable(display: str) -> bool:
    """True when an X server answers at `display` (":0", "unix:1", "host:10.0")."""
    host, _, rest = display.rpartition(":")
    number = rest.split(".")[0]
    if not number.isdigit():
        return False
    if host in ("", "unix"):
        path = Path(f"/tmp/.X11-unix/X{number}")
        if not path.exists():
            return False
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
                s.settimeout(1.0)
                s.connect(str(path))
            return True
        except OSError:
            return False
    try:
        with socket.create_connection((host, 6000 + int(number)), timeout=1.0):
            return True
    except OSError:
        return False


def missing_display(environ: dict[str, str] | None = None, platform: str | None = None) -> str | None:
    """Why no window can open here ("" meaning none), or None when there is a screen (or no way to tell).

    Only Linux and the BSDs need an X11 or Wayland server; Windows and macOS always have their own."""
    env = os.environ if environ is None else environ
    platform = platform or sys.platform
    if not platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return None
    qpa = env.get("QT_QPA_PLATFORM", "").split(":")[0].strip().lower()
    if qpa in _HEADLESS_OK:
        return None
    wayland = env.get("WAYLAND_DISPLAY", "")
    if qpa.startswith("wayland"):
        runtime = env.get("XDG_RUNTIME_DIR", "")
        if wayland and (Path(wayland).is_absolute() or (runtime and (Path(runtime) / wayland).exists())):
            return None
        return "WAYLAND_DISPLAY"
    if not qpa and wayland:
        return None
    display = env.get("DISPLAY", "")
    if not display:
        return "DISPLAY"
    return None if _x11_reachable(display) else display


def message(reason: str) -> str:
    """What to tell the person at the terminal, in the current language (app.i18n)."""
    if reason == "DISPLAY":
        first = translate("Display", "Community Desk needs a screen, and this session has none (DISPLAY is not set).")
    elif reason == "WAYLAND_DISPLAY":
        first = translate("Display", "Community Desk needs a screen, and no Wayland display was found.")
    else:
        first = translate(
            "Display", "Community Desk needs a screen, and the display {display} does not answer."
        ).format(display=reason)
    return "\n".join(
        [
            first,
            translate("Display", "Start it on the computer's own desktop, or over SSH with X forwarding (ssh -X)."),
            translate("Display", "Without a screen:"),
            translate("Display", "  with a virtual screen:    xvfb-run -a bash scripts/run-app.sh"),
            translate(
                "Display", "  to check the installation: QT_QPA_PLATFORM=offscreen .venv/bin/community-desk selfcheck"
            ),
            translate(
                "Display", "  the command-line tools (demo, backup, verify-audit…) need no screen: see README.md."
            ),
        ]
    )


def explain_missing_display(lang: str | None) -> bool:
    """Print the message on stderr and return True when there is no screen; False when the window can open.

    In the user's language (`lang`, else the saved one, else Chinese), followed by English when that differs,
    so whoever reads the terminal understands it."""
    reason = missing_display()
    if reason is None:
        return False
    from app import i18n

    lang = lang or _saved_language() or "zh_CN"
    texts = []
    for language in dict.fromkeys([lang, "en"]):
        i18n.load_ts_catalogue(language)
        texts.append(message(reason))
    i18n.load_ts_catalogue("en")
    sys.stderr.write("\n\n".join(texts) + "\n")
    return True


def _saved_language() -> str | None:
    """The language chosen in the app (QSettings' file, read without Qt); None when unknown."""
    path = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config") / "CommunityDesk" / "CommunityDesk.conf"
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    for line in lines:  # ui.i18n keeps it as "ui/language": section [ui], key language
        if line.strip().startswith("language="):
            value = line.split("=", 1)[1].strip()
            return value if value in ("zh_CN", "en") else None
    return None
