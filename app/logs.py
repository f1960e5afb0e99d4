"""The log file in the user's log folder."""

from __future__ import annotations

import logging
import logging.handlers
import traceback
from pathlib import Path

_configured = False


def log_file() -> Path:
    from app.paths import log_dir

    return log_dir() / "community-desk.log"


def configure() -> Path:
    global _configured
    path = log_file()
    if not _configured:
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root = logging.getLogger("community_desk")
        root.addHandler(handler)
        root.setLevel(logging.INFO)
        _configured = True
    return path


def log_exception(exc: BaseException) -> Path:
    path = configure()
    logging.getLogger("community_desk").error(
        "unhandled exception\n%s", "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    )
    return path
