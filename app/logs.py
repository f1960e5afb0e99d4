"""The log file in the user's log folder: owner-only, and redacted so it never carries personal data.

Everything our handler writes passes `redact()`: SQLAlchemy's "[SQL: …]" statement text and "[parameters: …]"
are cut from exception messages, PostgreSQL's "Key (column)=(value)" details lose the value, 15/18-digit ID
numbers keep only the first 6 and last 4 characters (as on screen, DOMAIN "Privacy"), 11-digit mobile numbers
only the first 3 and last 4, and runs of Chinese characters (names) become "***". The crash dialog shows the
same redacted text (`redacted_traceback`). Rule's source: 个人信息保护法; issue 12, item 5.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
import traceback
from pathlib import Path

_configured = False

_SQL = re.compile(r"\[SQL: .*?\](?=\s*(?:\n|$|\[|\(Background))", re.DOTALL)
_PARAMETERS = re.compile(r"\[parameters: .*?\](?=\s*(?:\n|$|\(Background))", re.DOTALL)
_KEY_DETAIL = re.compile(r"(Key \([^)]*\))=\((.*?)\)(?= already exists| is not present|\s|$)", re.DOTALL)
_ID18 = re.compile(r"(?<![0-9A-Za-z])(\d{6})\d{8}(\d{3}[0-9Xx])(?![0-9A-Za-z])")
_ID15 = re.compile(r"(?<![0-9A-Za-z])(\d{6})\d{5}(\d{4})(?![0-9A-Za-z])")
_MOBILE = re.compile(r"(?<![0-9A-Za-z])(1[3-9]\d)\d{4}(\d{4})(?![0-9A-Za-z])")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


def redact(text: str) -> str:
    """`text` without SQL statements, SQL parameters, ID numbers, mobile numbers or Chinese names."""
    text = _SQL.sub("[SQL: (removed)]", text)
    text = _PARAMETERS.sub("[parameters: (removed)]", text)
    text = _KEY_DETAIL.sub(r"\1=(…)", text)
    text = _ID18.sub(lambda m: f"{m.group(1)}********{m.group(2)[-4:]}", text)
    text = _ID15.sub(lambda m: f"{m.group(1)}*****{m.group(2)}", text)
    text = _MOBILE.sub(r"\1****\2", text)
    return _CJK.sub("***", text)


class RedactingFormatter(logging.Formatter):
    """A formatter whose whole output (message, exception and stack) passes `redact`."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose files are created owner-only (0600 on POSIX, the umask on top)."""

    def _open(self):
        from db.files import owner_only, tighten

        with owner_only():
            stream = super()._open()
        tighten(Path(self.baseFilename))
        return stream


def log_file() -> Path:
    from app.paths import log_dir

    return log_dir() / "community-desk.log"


def configure() -> Path:
    global _configured
    path = log_file()
    if not _configured:
        handler = PrivateRotatingFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
        handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root = logging.getLogger("community_desk")
        root.addHandler(handler)
        root.setLevel(logging.INFO)
        _configured = True
    return path


def redacted_traceback(exc: BaseException) -> str:
    """The exception with its traceback, redacted (for the log and the crash dialog's details)."""
    return redact("".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))


def redacted_error(exc: BaseException) -> str:
    """`Type: message`, redacted (for one line on the command line)."""
    return redact(f"{type(exc).__name__}: {exc}")


def log_exception(exc: BaseException) -> Path:
    path = configure()
    logging.getLogger("community_desk").error("unhandled exception\n%s", redacted_traceback(exc))
    return path
