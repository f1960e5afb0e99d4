"""Search keys stored beside each resident so a keystroke is an index range scan."""

from __future__ import annotations

from app.typed import search_text
from db.name_keys import MAX_SURNAME, name_keys, surname_readings

__all__ = [
    "MAX_SURNAME",
    "classify_query",
    "looks_like_id_number",
    "name_keys",
    "pinyin_keys",
    "reversed_digits",
    "surname_readings",
]


def pinyin_keys(name: str) -> tuple[str, str]:
    """(full pinyin, initials) of a Chinese name in its surname reading: 赵善庆 → ("zhaoshanqing", "zsq"),
    阚泽 → ("kanze", "kz"). See `name_keys` for the ordinary reading too."""
    return name_keys(name)[0]


def reversed_digits(value: str | None) -> str | None:
    return value[::-1] if value else None


def classify_query(text: str) -> str:
    """'digits', 'latin' or 'name' for what the user typed (full-width, grouped input folded first)."""
    t = search_text(text)
    if t and all(c.isdigit() or c in "xX" for c in t) and any(c.isdigit() for c in t):
        return "digits"
    if t and all(c.isascii() and (c.isalpha() or c == " ") for c in t):
        return "latin"
    return "name"


def looks_like_id_number(text: str) -> bool:
    """Whether a typed or scanned text is a whole ID number (15 or 18 characters once folded and compacted)."""
    t = search_text(text)
    return classify_query(t) == "digits" and len(t) in (15, 18)
