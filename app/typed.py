"""One normaliser for what staff type or scan: search boxes, scan fields, phone and ID number fields.

People type the way the input method leaves them: full-width digits and letters (`１３８１２`, `ｚｓｑ`, a
full-width `Ｘ`) when the Chinese IME is in full-width mode, an ID number in groups as it is read aloud
(`110105 19491231 002X`), a phone number with hyphens (`138-1234-5678`), a lower-case `x`. Every service that
takes such text passes it through here first, so the screen, an import and a script all get the same answer.

Rules (the source is Unicode's compatibility normalisation, UAX #15):
- `fold`: NFKC (full-width letters, digits, punctuation and the ideographic space become their ASCII forms),
  then surrounding whitespace removed.
- `compact_number`: `fold`, then the spaces and hyphens *inside* a number removed and a trailing `x` made `X`,
  when what is left is a number (digits, optionally a leading `+` or a final `X`); other text is only folded.
"""

from __future__ import annotations

import re
import unicodedata

from app.errors import UserError
from app.i18n import translate
from db.limits import FEN

# Spaces and the dashes people put between digit groups (after NFKC: '－' is already '-').
_GROUP_SEPARATORS = re.compile(r"[\s\-\u2010\u2011\u2012\u2013\u2014\u2015\u2212]+")
_NUMBER = re.compile(r"\+?[0-9]+[Xx]?")
# An amount as typed in yuan once folded: digits with thousands commas allowed, up to 2 decimals.
_YUAN = re.compile(r"([0-9]+|[0-9]{1,3}(?:,[0-9]{3})+)(?:\.([0-9]{0,2}))?")
_YUAN_FINER = re.compile(r"([0-9]+|[0-9]{1,3}(?:,[0-9]{3})+)\.[0-9]{3,}")  # a number finer than the fen


def fold(text: str | None) -> str:
    """`text` in NFKC with surrounding whitespace removed: `１３８１２` → `13812`, `ｚｓｑ` → `zsq`.

    Idempotent; None gives "". Chinese characters other than compatibility ideographs are unchanged.
    """
    return unicodedata.normalize("NFKC", text or "").strip()


def compact_number(text: str | None) -> str:
    """A typed phone or ID number without its group separators: `110105 19491231 002x` → `11010519491231002X`,
    `138-1234-5678` → `13812345678`, `１３８１２` → `13812`.

    Text that is not a number once spaces and hyphens are gone (a name, `zsq`) comes back only folded.
    Idempotent.
    """
    folded = fold(text)
    joined = _GROUP_SEPARATORS.sub("", folded)
    if joined and _NUMBER.fullmatch(joined):
        return joined[:-1] + "X" if joined[-1] in "xX" else joined
    return folded


def search_text(text: str | None) -> str:
    """What a search box searches for: a number compacted (see `compact_number`), anything else folded with
    runs of inner whitespace made one space. Idempotent."""
    compact = compact_number(text)
    if compact and _NUMBER.fullmatch(compact):
        return compact
    return " ".join(compact.split())


class AmountTooLarge(UserError):
    """A typed amount of money that is a plain number, only larger than its field takes."""


def too_many_decimals(text: str | None) -> str | None:
    """The refusal of a typed amount that is a number with more than 2 decimals ("10.005"), or None: money is
    in yuan to the fen, so `parse_yuan` takes no such number, and the clerk is told that rather than "not a
    number"."""
    folded = fold(text).replace("¥", "").replace("元", "").strip()
    if not _YUAN_FINER.fullmatch(folded):
        return None
    return translate("Typed", "{amount} has more than 2 decimals: amounts are in yuan to the fen, e.g. 10.05.").format(
        amount=folded
    )


def yuan_limit(fen: int) -> str:
    """A limit of money as the refusals write it: 1_000_000 → "¥10,000", 1_050 → "¥10.50"."""
    return f"¥{fen // 100:,}" + (f".{fen % 100:02d}" if fen % 100 else "")


def parse_yuan(text: str | None, most_fen: int = FEN.high) -> int | None:
    """A typed amount of money in yuan as integer fen (never through float): "12" → 1200, "12.5" → 1250,
    "¥0.05" → 5, "1,200元" → 120000; full-width input ("１２．５", "￥１０") is folded first.

    None for empty text or text that is not such an amount (letters, three decimals, a sign: each form says how
    to write it). Raises AmountTooLarge (field "amount") for an amount above `most_fen` fen (default the schema's
    FEN limit, db/limits.py), in the user's language and naming the limit: 99999999999 is a number, only too large.
    """
    folded = fold(text).replace("¥", "").replace("元", "").strip()
    if not folded:
        return None
    m = _YUAN.fullmatch(folded)
    if m is None:
        return None
    whole, frac = m.group(1).replace(",", ""), m.group(2) or ""
    fen = int(whole) * 100 + int((frac + "00")[:2])
    if fen > most_fen:
        raise AmountTooLarge(
            translate("Typed", "The amount is too large: at most {most}.").format(most=yuan_limit(most_fen)),
            field="amount",
        )
    return fen
