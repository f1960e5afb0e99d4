"""Search keys stored beside each resident so a keystroke is an index range scan."""

from __future__ import annotations

from functools import lru_cache

# Surnames read differently from the character's everyday reading.
SURNAME_READINGS = {
    "单": "shan",
    "曾": "zeng",
    "解": "xie",
    "仇": "qiu",
    "区": "ou",
    "朴": "piao",
    "查": "zha",
    "覃": "qin",
    "盖": "ge",
    "乐": "yue",
    "缪": "miao",
    "繁": "po",
    "召": "shao",
    "那": "na",
    "翟": "zhai",
}


@lru_cache(maxsize=4096)
def pinyin_keys(name: str) -> tuple[str, str]:
    """(full pinyin, initials) for a Chinese name: 赵善庆 → ("zhaoshanqing", "zsq").

    Names are read with the surname pronunciation where it differs (单 shan, 曾 zeng …).
    """
    from pypinyin import Style, lazy_pinyin

    full_parts = lazy_pinyin(name, style=Style.NORMAL, errors=lambda s: [c.lower() for c in s if c.isalnum()])
    if name and name[0] in SURNAME_READINGS and full_parts:
        full_parts[0] = SURNAME_READINGS[name[0]]
    full = "".join(full_parts).lower().replace("ü", "v")
    initials = "".join(p[0] for p in full_parts if p).lower().replace("ü", "v")
    return full, initials


def reversed_digits(value: str | None) -> str | None:
    return value[::-1] if value else None


def classify_query(text: str) -> str:
    """'digits', 'latin' or 'name' for what the user typed."""
    t = text.strip()
    if t and all(c.isdigit() or c in "xX" for c in t) and any(c.isdigit() for c in t):
        return "digits"
    if t and all(c.isascii() and (c.isalpha() or c == " ") for c in t):
        return "latin"
    return "name"
