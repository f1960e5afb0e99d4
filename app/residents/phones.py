"""Phone numbers, checked with phonenumbers (China by default)."""

from __future__ import annotations

import re
from functools import cache

from app.errors import UserError
from app.i18n import translate
from app.typed import compact_number


def normalise_phone(raw: str, region: str = "CN") -> str:
    """Return the number as dialled inside China (13812345678, 02584123456) or raise UserError.

    `raw` is taken as typed (app.typed.compact_number: full-width digits, spaces and hyphens between groups)."""
    import phonenumbers  # here, not at import: it compiles its patterns (~0.1 s), which the main window need not wait for

    text = compact_number(raw)
    if not text:
        raise UserError(translate("Phones", "The phone number is empty."), field="phone")
    if region == "CN" and len(text) == 11 and _cn_mobile().fullmatch(text):
        return text  # what the full path below returns for a valid mainland mobile, ~20x faster (imports)
    try:
        parsed = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        raise UserError(translate("Phones", "This is not a phone number."), field="phone") from None
    if not phonenumbers.is_valid_number(parsed):
        raise UserError(
            translate("Phones", "This phone number is not valid: check the number of digits."), field="phone"
        )
    if parsed.country_code == 86:
        national = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
        return "".join(ch for ch in national if ch.isdigit())
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def optional_phone(raw: str | None) -> str:
    """A person's phone that may be left empty: "" for nothing typed, else `normalise_phone` (UserError when it is
    not a number). The one rule of every person's phone: residents (and so volunteers and diners), childcare
    contacts and authorised adults, adults not on the list, a request's contact."""
    return normalise_phone(raw or "") if (raw or "").strip() else ""


@cache
def _cn_mobile() -> re.Pattern[str]:
    """phonenumbers' own pattern of a valid mainland mobile number (its metadata, not a copy of it): a number it
    matches is one `is_valid_number` accepts and whose national form is the same 11 digits."""
    import phonenumbers

    meta = phonenumbers.PhoneMetadata.metadata_for_region("CN")
    return re.compile(meta.mobile.national_number_pattern)


# Between the numbers of an office line as centers write them: 、 / , ; (full-width forms fold to these) or spaces.
_LIST_SEPARATORS = re.compile(r"\s*[、/,;]\s*")
# An extension after the number: 转123, 转 123, 分机123, ext 123, ext.123, x123.
_EXTENSION = re.compile(r"(?P<main>.+?)\s*(?:转|分机|ext\.?|x)\s*[0-9]{1,6}", re.IGNORECASE)
# What one number may be written with: digits, spaces, hyphens, brackets round the area code, a leading +.
_NUMBER_CHARS = re.compile(r"\+?[0-9\s\-()]+")


def office_phone_problem(raw: str) -> str | None:
    """Why `raw` is not an office line a receipt can print (the center's phone, a partner's phone), or None.

    Takes what centers write: a mobile (13812345678), a landline with its area code (0571-88886666,
    (0571)88886666, 0571 8888 6666), an extension (转123, -123, ext 123), several numbers separated by 、 / , ;
    or spaces. Empty is fine (the phone is optional). Each number is checked the way a resident's phone is
    (`normalise_phone`), so "abc" or "12345" is refused with the part that is wrong."""
    from app.typed import fold

    text = fold(raw)
    if not text:
        return None
    for chunk in _LIST_SEPARATORS.split(text):
        if not chunk:
            continue
        if not _numbers_in(chunk.split()):
            return translate(
                "Phones",
                "“{part}” is not a phone number. Write a mobile (13812345678) or a landline with its area code "
                "(0571-88886666), an extension as 转123, and separate several numbers with 、",
            ).format(part=chunk[:30])
    return None


def _numbers_in(words: list[str]) -> bool:
    """Whether the space-separated `words` are one or more whole numbers in a row (0571 8888 6666 13812345678)."""
    ends = {0}  # how many words from the start are whole numbers
    for end in range(1, len(words) + 1):
        if any(start in ends and _one_number(" ".join(words[start:end])) for start in range(end)):
            ends.add(end)
    return len(words) in ends


def _one_number(text: str) -> bool:
    m = _EXTENSION.fullmatch(text)
    if m:
        text = m.group("main")
    if _valid_number(text):
        return True
    head, dash, tail = text.rpartition("-")  # 0571-88886666-123: the extension after a hyphen
    return bool(dash) and tail.strip().isdigit() and len(tail.strip()) <= 6 and _valid_number(head)


def _valid_number(text: str) -> bool:
    if not _NUMBER_CHARS.fullmatch(text) or text.count("(") != text.count(")"):
        return False
    try:
        normalise_phone(text.replace("(", " ").replace(")", " "))
    except UserError:
        return False
    return True
