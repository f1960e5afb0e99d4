"""Pinyin keys of a name, the surname read as a surname: what residents' search keys are made of.

Here, below `app`, because the migration that re-indexes existing residents (core_0003_surname_keys) computes the
very same keys as the service that saves a resident (app.residents.search_keys re-exports them).
"""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path


def _surnames_file() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    root = Path(bundle) if bundle else Path(__file__).resolve().parent.parent
    return root / "resources" / "pinyin" / "surnames.tsv"


MAX_SURNAME = 2  # compound surnames (欧阳, 司马, 单于, 诸葛, 尉迟 …) have two characters


@lru_cache(maxsize=1)
def surname_readings() -> dict[str, tuple[str, ...]]:
    """Surname → its surname reading, one toneless syllable per character: {"阚": ("kan",), "单于": ("chan", "yu")}.

    Read from resources/pinyin/surnames.tsv, built by tools/surnames.py from the surname tables of pinyin-pro
    and overtrue/pinyin (maintained, MIT): pypinyin has no surname mode (its issues #120 and #297)."""
    from pypinyin.contrib.tone_convert import to_normal

    out: dict[str, tuple[str, ...]] = {}
    for line in _surnames_file().read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        surname, reading = line.split("\t")[:2]
        syllables = tuple(to_normal(s).replace("ü", "v") for s in reading.split())
        if len(syllables) == len(surname) <= MAX_SURNAME:
            out[surname] = syllables
    return out


def _ordinary(name: str) -> list[str]:
    from pypinyin import Style, lazy_pinyin

    # A character without a reading (𠀾, a rare ideograph pypinyin does not know) is left out, not kept as itself:
    # nobody can type it as an initial, and kept it made the key unreachable (𠀾䶮龘 → "yd", not "𠀾yd"). Latin
    # letters and digits in a name stay, lower-cased.
    parts = lazy_pinyin(
        name, style=Style.NORMAL, errors=lambda s: [c.lower() for c in s if c.isascii() and c.isalnum()]
    )
    return [p.lower().replace("ü", "v") for p in parts]


def _join(parts: list[str]) -> tuple[str, str]:
    return "".join(parts), "".join(p[0] for p in parts if p)


@lru_cache(maxsize=4096)
def name_keys(name: str) -> tuple[tuple[str, str], tuple[str, str] | None]:
    """((full pinyin, initials), the same in the ordinary reading or None when it is the same).

    The first pair reads the surname (the name's first one or two characters, the longer match first) the way a
    surname is read: 阚泽 → ("kanze", "kz"), with ("hanze", "hz") as the ordinary reading staff may type too;
    种师道 → ("chongshidao", "csd") and ("zhongshidao", "zsd"); 赵善庆 → (("zhaoshanqing", "zsq"), None).
    """
    ordinary = _ordinary(name)
    readings = surname_readings()
    surname_parts = ordinary
    for n in range(min(MAX_SURNAME, len(name)), 0, -1):
        reading = readings.get(name[:n])
        if reading is not None:
            surname_parts = list(reading) + _ordinary(name[n:])
            break
    primary = _join(surname_parts)
    other = _join(ordinary)
    return primary, (other if other != primary else None)
