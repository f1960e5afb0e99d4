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


@cache
def _cn_mobile() -> re.Pattern[str]:
    """phonenumbers' own pattern of a valid mainland mobile number (its metadata, not a copy of it): a number it
    matches is one `is_valid_number` accepts and whose national form is the same 11 digits."""
    import phonenumbers

    meta = phonenumbers.PhoneMetadata.metadata_for_region("CN")
    return re.compile(meta.mobile.national_number_pattern)
