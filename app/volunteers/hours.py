"""How volunteer hours are shown. Minutes are the unit of record (the ledger, certificates and reports keep
minutes); hours appear only when printed or displayed, always by this one rule:

- **one decimal, rounded half up**: 75 minutes = 1.25 h → "1.3"; 3 minutes = 0.05 h → "0.1"; 2 minutes → "0.0".
  Computed in integers on the minutes (tenths of an hour = ⌊(minutes + 3) / 6⌋), never through a binary float,
  whose `f"{m / 60:.1f}"` rounds 1.25 half to even (and 0.15 as 0.1, being 0.1499…);
- **lines add up to the total as printed**: a list of figures with a total (services on a certificate, months in a
  report, sources on a profile) rounds the *total* by the rule above and shares its tenths among the lines by the
  largest-remainder method (Hamilton): each line gets its tenths rounded down, and the tenths still missing go one
  each to the lines with the largest remainders (ties: the earlier line). A line can so differ by 0.1 from its own
  rounding, never from the sum shown beneath it.

Used by every place that shows hours: the certificate, the hours report (PDF and Excel), the pending-hours list and
the resident profile.
"""

from __future__ import annotations

from collections.abc import Sequence


def tenths(minutes: int) -> int:
    """Tenths of an hour for `minutes` (≥ 0), rounded half up: 75 → 13."""
    if isinstance(minutes, bool) or not isinstance(minutes, int) or minutes < 0:
        raise ValueError(f"minutes must be a whole number ≥ 0, not {minutes!r}")
    return (minutes + 3) // 6


def tenths_text(value: int) -> str:
    """13 → "1.3"."""
    return f"{value // 10}.{value % 10}"


def hours_text(minutes: int) -> str:
    """Minutes as hours with one decimal, half up: 75 → "1.3", 0 → "0.0"."""
    return tenths_text(tenths(minutes))


def apportion(minutes: Sequence[int]) -> list[int]:
    """Tenths of an hour per line that add up exactly to `tenths(sum(minutes))` (largest remainder).

    [75] → [13]; [45, 45] (1.5 h) → [8, 7]; a line of 0 minutes always gets 0."""
    exact = [m * 10 for m in minutes]  # tenths × 60
    base = [e // 60 for e in exact]
    missing = tenths(sum(minutes)) - sum(base)
    by_remainder = sorted(range(len(exact)), key=lambda i: (-(exact[i] % 60), i))
    for i in by_remainder[:missing]:
        base[i] += 1
    return base


def apportion_text(minutes: Sequence[int]) -> tuple[list[str], str]:
    """(the lines' hours, the total's hours) as printed, e.g. ([ "0.8", "0.7"], "1.5") for [45, 45]."""
    return [tenths_text(t) for t in apportion(minutes)], hours_text(sum(minutes))
