"""A barcode scanner's echo Enter: many scanners (CR+LF, or a "send Enter" suffix on top of the host's own) send a
second Enter right after the code's own. That second Enter arrives on the box the code's Enter has just emptied
or moved to, and must not act as the clerk's own Enter (confirm a sale, clear the answer just shown).

The rule, shared by every scan box (the book room's reader, lend and return boxes; the canteen's diner box; the
childcare desk's find box): an empty Enter within `SCAN_ECHO_S` seconds (app.clock.monotonic) of the last Enter that
ended a code is the scanner's echo and is ignored; a later empty Enter is the clerk's own. Tests drive the clock
with the `ticks` fixture."""

from __future__ import annotations

from app import clock

SCAN_ECHO_S = 0.15  # seconds: scanners send their second Enter within a few ms; a person's second key takes longer


class ScanEcho:
    """The echo window of one desk (one instance per page; shared by its scan boxes, since a scanner's echo may land
    in the box the code moved the cursor to)."""

    def __init__(self, window_s: float = SCAN_ECHO_S) -> None:
        self.window_s = window_s
        self._scanned_at: float | None = None  # app.clock.monotonic() at the last Enter that ended a code

    def scanned(self) -> None:
        """A code was just ended by Enter (scanned or typed)."""
        self._scanned_at = clock.monotonic()

    def interrupted(self) -> None:
        """The clerk pressed another key after the code (a quantity, a sign): their next Enter is their own."""
        self._scanned_at = None

    def is_echo(self, code: str) -> bool:
        """Enter in a scan box holding `code`: True for an empty Enter within the window after the last code (the
        scanner's echo, to be ignored); a code notes the time and is never an echo."""
        if code.strip():
            self.scanned()
            return False
        now = clock.monotonic()
        return self._scanned_at is not None and 0 <= now - self._scanned_at <= self.window_s
