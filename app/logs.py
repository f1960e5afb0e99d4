"""The log file in the user's log folder: owner-only, and redacted so it never carries personal data.

Everything our handler writes passes `redact()`: SQLAlchemy's "[SQL: …]" statement text and "[parameters: …]"
are cut from exception messages, PostgreSQL's "Key (column)=(value)" details lose the value, 15/18-digit ID
numbers keep only the first 6 and last 4 characters (as on screen, DOMAIN "Privacy"), 11-digit mobile numbers
only the first 3 and last 4 (also grouped or with +86), runs of Chinese characters (names) and the values of
personal keys in reprs ('name': 'Zhang San') become "***". The crash dialog shows the
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
_SEP = r"[ \t\-\u00a0\u3000]?"  # one space, tab or hyphen between digit groups: "110105 19491231 002X"
_EDGE_BEFORE = r"(?<![0-9A-Za-z])"
_EDGE_AFTER = r"(?![0-9A-Za-z])"
_ID18 = re.compile(_EDGE_BEFORE + r"\d(?:" + _SEP + r"\d){16}" + _SEP + r"[0-9Xx]" + _EDGE_AFTER)
_ID15 = re.compile(_EDGE_BEFORE + r"\d(?:" + _SEP + r"\d){14}" + _EDGE_AFTER)
# +86 / 0086 / 86 before a mobile number, with or without a separator; the number in 3-4-4 or any grouping
_MOBILE = re.compile(
    r"(?<![0-9A-Za-z+])(?:(?:\+|00)?86"
    + _SEP
    + r")?(1[3-9]\d)(?:"
    + _SEP
    + r"\d){4}((?:"
    + _SEP
    + r"\d){4})"
    + _EDGE_AFTER
)
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
# Keys that name personal fields, in dict reprs ('name': 'Zhang San', "phone": "…") and keyword reprs
# (UnlistedAdult(name='Zhang San')): their quoted values become '***', whatever the script (pinyin, Latin).
PERSONAL_KEYS = (
    r"\w*name|buyer|\w*phone|mobile|tel|id_?number|id_?no|\w*address|notes?|remarks?|email|contact|guardian|"
    r"allerg\w*|birth\w*|dob|reason|override_reason|summary|comment"
)
_PERSONAL = re.compile(
    r"(?P<key>(?P<kq>['\"]?)\b(?:" + PERSONAL_KEYS + r")(?P=kq)\s*[:=]\s*)"
    r"(?P<vq>['\"])(?P<value>(?:\\.|(?!(?P=vq)).)*)(?P=vq)",
    re.IGNORECASE | re.DOTALL,
)


def _digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit() or c in "Xx")


def _mask_id18(m: re.Match) -> str:
    d = _digits(m.group(0))
    return f"{d[:6]}********{d[-4:]}"


def _mask_id15(m: re.Match) -> str:
    d = _digits(m.group(0))
    return f"{d[:6]}*****{d[-4:]}"


def redact(text: str) -> str:
    """`text` without SQL statements, SQL parameters, ID numbers, mobile numbers or names.

    ID numbers (18 or 15 characters, also written in groups with spaces or hyphens) keep their first 6 and last 4
    characters; mobile numbers (also with +86/0086, "159-0173-0257", "159 0173 0257") their first 3 and last 4;
    runs of Chinese characters become "***"; so do the quoted values of personal keys (`PERSONAL_KEYS`: name,
    display_name, adult_name, buyer, phone, id_number, address, note, …) in dict and keyword reprs, which is how a
    name in pinyin or Latin letters is caught. A Latin name outside such a key is not recognised (no name list)."""
    text = _SQL.sub("[SQL: (removed)]", text)
    text = _PARAMETERS.sub("[parameters: (removed)]", text)
    text = _KEY_DETAIL.sub(r"\1=(…)", text)
    text = _PERSONAL.sub(lambda m: f"{m.group('key')}{m.group('vq')}***{m.group('vq')}", text)
    text = _ID18.sub(_mask_id18, text)
    text = _MOBILE.sub(lambda m: f"{m.group(1)}****{_digits(m.group(2))}", text)
    text = _ID15.sub(_mask_id15, text)
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
