"""SIP2 frames for the district library link, on top of pysip2's codec.

pysip2 (MIT, typed msgspec models of every SIP2 2.00 message, a full-frame codec with the AY sequence number and the
AZ checksum) does the protocol. What it does not do, and this module adds:

- **The desk's transaction id** travels in an extension field, `XT`, placed before the AY/AZ trailer. SIP2 2.00 has
  no transaction id in Checkout, Checkin or Renew requests (BK exists only in responses and Fee Paid), and the spec
  lets a receiver ignore fields it does not know. A library that reads XT applies a re-sent transaction once and
  echoes the id in BK; one that ignores it still sees SIP2's own offline marker (no block = Y with the original
  transaction date), which is what self-check units send when they store and forward.
- **SIP2 dates** ("YYYYMMDDZZZZHHMMSS", local time with a blank zone) and due dates, which the spec leaves in the
  library's own format (AH), read in the forms libraries use.
- **Log lines without personal data** (`loggable`): the patron's card number, name, passwords, address, phone,
  e-mail, the library's screen messages and the lists of a reader's items become "***".

Rule's source: 3M Standard Interchange Protocol Version 2.00 (messages 93/94, 99/98, 11/12, 09/10, 29/30, 23/24,
17/18; "Error detection": AY sequence 0–9, AZ checksum = two's complement of the 16-bit sum of the bytes through "AZ").
"""

from __future__ import annotations

import datetime as dt
import re

from pysip2 import SIP2Error, SIPMessage, calculate_checksum, decode_message, encode_message
from pysip2.models import spec_for_id

from app import clock

#: The extension field carrying the desk's transaction id (requests 11, 09, 29; echoed in BK or XT by the library).
TXN_FIELD = "XT"

#: Fields whose values are personal data or secrets: masked in every log line.
MASKED_FIELDS = frozenset(
    {
        "AA",  # patron identifier (the reader's card number)
        "AE",  # personal name
        "AD",  # patron password
        "AC",  # terminal password
        "CN",  # login user id
        "CO",  # login password
        "BD",  # home address
        "BE",  # e-mail address
        "BF",  # home phone number
        "AF",  # screen message (libraries greet the reader by name)
        "AG",  # print line
        "AS",  # hold items, overdue, charged, fine, recall, unavailable, renewed, unrenewed items: a reader's books
        "AT",
        "AU",
        "AV",
        "BU",
        "CD",
        "BM",
        "BN",
    }
)

_MAX_FRAME = 64 * 1024


class FrameError(Exception):
    """A frame that is not SIP2 we understand (garbage, a bad checksum, a wrong sequence number, the wrong reply)."""


def sip_datetime(instant: dt.datetime) -> str:
    """`instant` (aware) as a SIP2 date: YYYYMMDD, four blanks (local time), HHMMSS in the center's time zone."""
    local = instant.astimezone(clock.local_tz())
    return local.strftime("%Y%m%d") + "    " + local.strftime("%H%M%S")


def sip_day(day: dt.date) -> str:
    """A due date as a SIP2 date at the end of that local day (the nb due date of a checkout done offline)."""
    return day.strftime("%Y%m%d") + "    " + "235959"


_DUE_FORMS = (
    re.compile(r"^\s*(\d{4})(\d{2})(\d{2})(?:[ A-Z]{4}\d{6})?\s*$"),  # SIP2 date, or YYYYMMDD
    re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$"),  # 2026-12-28, 2026-12-28 23:59
    re.compile(r"^\s*(\d{4})/(\d{1,2})/(\d{1,2})(?:\s.*)?$"),  # 2026/12/28
    re.compile(r"^\s*(\d{4})年(\d{1,2})月(\d{1,2})日"),  # 2026年12月28日
)


def parse_due(text: str | None) -> dt.date | None:
    """The due date a library wrote in AH, in the forms libraries use; None when empty or not a date we know."""
    if not text:
        return None
    for form in _DUE_FORMS:
        m = form.match(text)
        if m:
            try:
                return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                return None
    return None


def encode(message: SIPMessage, *, sequence: int, encoding: str, extra: dict[str, str] | None = None) -> bytes:
    """`message` as a complete frame with extension fields `extra` (id → value) and the AY/AZ trailer, CR-ended.

    Raises FrameError for a value SIP2 cannot carry (the delimiter "|", a CR, text the encoding cannot write)."""
    try:
        body = encode_message(message, encoding=encoding)[:-1]  # without CR
        for field_id, value in (extra or {}).items():
            if "|" in value or "\r" in value:
                raise FrameError("extension value contains the delimiter")
            body += field_id.encode("ascii") + value.encode(encoding) + b"|"
    except (SIP2Error, UnicodeEncodeError, LookupError) as exc:
        raise FrameError(str(exc)) from None
    prefix = body + b"AY" + str(sequence % 10).encode("ascii") + b"AZ"
    return prefix + calculate_checksum(prefix).encode("ascii") + b"\r"


def decode(frame: bytes, *, encoding: str) -> tuple[SIPMessage, int | None]:
    """The message in a CR-ended frame and its sequence number (None without the AY/AZ trailer).

    Raises FrameError for anything that is not a well-formed SIP2 message (bad checksum included)."""
    if not frame.endswith(b"\r"):
        raise FrameError("no CR at the end")
    try:
        decoded = decode_message(frame, encoding=encoding)
    except (SIP2Error, UnicodeDecodeError, LookupError, ValueError) as exc:
        raise FrameError(type(exc).__name__) from None
    return decoded.message, decoded.sequence_number


def extra_field(frame: bytes, field_id: str, *, encoding: str) -> str | None:
    """The value of extension field `field_id` in a raw frame (pysip2 drops fields it does not model), or None.

    An identified field starts after a "|" or right after the fixed part; an extension field is never first (AO or
    CN comes first), so it is found after a "|"."""
    text = frame.decode(encoding, errors="replace")
    m = re.search(r"\|" + re.escape(field_id) + r"([^|\r]*)\|", text)
    return m.group(1) if m else None


def loggable(frame: bytes, *, encoding: str) -> str:
    """A frame as a log line with personal data and secrets masked (`MASKED_FIELDS` → "AA***"), the trailer kept.

    A frame that is not SIP2 is described by its length only: garbage may hold anything."""
    text = frame.decode(encoding, errors="replace").rstrip("\r\n")
    command = text[:2]
    try:
        spec = spec_for_id(command)
    except KeyError:
        return f"<{len(frame)} bytes, not SIP2>"
    width = sum(f.width or 0 for f in spec.fields if f.field_id is None)
    fixed, rest = text[: 2 + width], text[2 + width :]
    trailer = ""
    m = re.search(r"(AY\d)?AZ[0-9A-Fa-f]{4}$", rest)
    if m:
        rest, trailer = rest[: m.start()], m.group(0)
    parts = []
    for chunk in rest.split("|"):
        if not chunk:
            continue
        parts.append(chunk[:2] + "***" if chunk[:2] in MASKED_FIELDS else chunk)
    return fixed + "".join(p + "|" for p in parts) + trailer


class FrameReader:
    """Frames from a byte stream: `next(receive)` gives the bytes up to and including the next CR, where `receive()`
    returns more bytes (b"" when the other side closed). A LF after the CR (libraries that end frames with CR LF) is
    dropped. Raises FrameError past `limit` bytes and EOFError when the stream ends first."""

    def __init__(self, limit: int = _MAX_FRAME) -> None:
        self.limit = limit
        self.buffer = b""

    def next(self, receive) -> bytes:
        while True:
            self.buffer = self.buffer.lstrip(b"\n")
            if b"\r" in self.buffer:
                end = self.buffer.index(b"\r") + 1
                frame, self.buffer = self.buffer[:end], self.buffer[end:]
                return frame
            if len(self.buffer) > self.limit:
                raise FrameError("frame too long")
            chunk = receive()
            if not chunk:
                raise EOFError
            self.buffer += chunk
