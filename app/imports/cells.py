"""What real sheets hold, turned into what the forms take. Each reader returns the value, or raises `CellError`
with the reason in the user's language; the forms' own rules (app.residents.service.validate_resident …) check the
result afterwards, so nothing here decides whether a record is acceptable, only how a cell is read.

The cases come from the 花名册 centers keep: ID numbers saved as numbers (`1.10105194912310E+17`: Excel keeps 15
significant digits, so the last ones are gone and the number is refused with that reason, never "repaired"),
dates as `1949.12.31`, `1949年12月31日`, `19491231`, `1949/12/31` or an Excel serial number (a date cell formatted
as a number), phones with spaces or hyphens, names padded with spaces to line up (`张  三`), category tags in one
column (`低保、党员（第一支部）、残疾二级`), and one address column (`3栋2单元301室`, `3-2-301`).
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from app.i18n import translate
from app.residents import tags as T

EXCEL_DIGITS = 15  # significant digits a spreadsheet number keeps


@dataclass(frozen=True)
class FormulaCell:
    """A formula cell whose result cannot be used: the file holds no result for it (a sheet written by a program
    that saves formulas only, or a formula typed into a .csv), or the result is an error (`#N/A`, `#REF!`). The
    readers put one in place of the value they found (empty), so the row is refused naming the cell, never
    imported with the cell emptied."""

    ref: str  # where it is, as the spreadsheet program shows it: "G7"
    formula: str = ""  # "=HYPERLINK(…)" when known
    error: str = ""  # the error the formula gives, "" when no result was saved

    def __str__(self) -> str:
        return self.error or self.formula or "="

    def message(self) -> str:
        if self.error:
            return translate(
                "Imports",
                "Cell {cell} holds a formula whose result is an error ({error}): correct it, or type the value.",
            ).format(cell=self.ref, error=self.error)
        return translate(
            "Imports",
            "Cell {cell} holds a formula whose result is not saved in the file: open the file in Excel or WPS, save "
            "it and import it again, or type the value.",
        ).format(cell=self.ref)


def cell_ref(row: int, column: int) -> str:
    """ "G7" from 0-based row and column indexes."""
    letters = ""
    n = column + 1
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(65 + rem) + letters
    return f"{letters}{row + 1}"


class CellError(ValueError):
    """A cell that cannot be read; `message` is in the user's language."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def text(value: Any) -> str:
    """A cell as text: whole numbers without `.0`, dates as YYYY-MM-DD, surrounding spaces removed."""
    if value is None:
        return ""
    if isinstance(value, FormulaCell):
        return str(value)
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        # Never e-notation: the digits the spreadsheet kept (its shortest form), e.g. an 18-digit ID number stored
        # as a number, 1.101051950030712e+17, shows as 110105195003071200 (the refusal says the last digits are lost).
        return format(Decimal(repr(value)), "f") if math.isfinite(value) else repr(value)
    if isinstance(value, dt.datetime):
        if value.time() == dt.time():
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, (dt.date, int)):
        return str(value) if not isinstance(value, dt.date) else value.isoformat()
    return str(value).strip()


_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_SPACE_BETWEEN_HAN = re.compile(f"(?<=[{_CJK}])\\s+(?=[{_CJK}])")


def name(value: Any) -> str:
    """A person's name: folded (full-width letters, the ideographic space), spaces that pad a Chinese name to line
    up removed (`张  三` → `张三`); spaces between Latin words kept (one)."""
    folded = unicodedata.normalize("NFKC", text(value))
    return " ".join(_SPACE_BETWEEN_HAN.sub("", folded).split())


_SCIENTIFIC = re.compile(r"^[0-9](?:\.[0-9]+)?[eE]\+?[0-9]+$")


def _lost_digits() -> CellError:
    return CellError(
        translate(
            "Imports",
            "The ID number was saved as a number, so the spreadsheet kept only its first 15 digits and the last "
            "ones are lost. Type the number from the ID card again, in a text cell.",
        )
    )


def id_number(value: Any) -> str:
    """An ID number as typed (the form's rules check it next). A number cell of more than 15 digits, or text in
    the scientific notation a spreadsheet shows for it, has lost its last digits: CellError. A 15-digit old number
    saved as a number is whole and kept."""
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        raise CellError(translate("Imports", "This is not an ID number."))
    if isinstance(value, (int, float)):
        if isinstance(value, float) and not value.is_integer():
            raise _lost_digits()
        whole = int(value)
        if len(str(abs(whole))) > EXCEL_DIGITS:
            raise _lost_digits()
        return str(whole)
    raw = unicodedata.normalize("NFKC", str(value)).strip()
    if _SCIENTIFIC.match(raw.replace(" ", "")):
        raise _lost_digits()
    return raw


def phone(value: Any) -> str:
    """A phone as typed (the form's rules check and compact it); a number cell loses its `.0`; of two numbers
    written in one cell (`138… / 139…`) the first."""
    raw = text(value)
    first = re.split(r"[/、,，;；]", raw, maxsplit=1)[0]
    return first.strip()


_DATE_PARTS = re.compile(r"^(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")
_YEAR_MONTH = re.compile(r"^(\d{4})\s*[-./年]\s*(\d{1,2})\s*月?$")


def _bad_date(raw: str) -> CellError:
    return CellError(
        translate("Imports", "Not a date: {text}. Write it as 1949-12-31, 1949.12.31 or 1949年12月31日.").format(
            text=raw
        )
    )


def _serial(number: float, raw: str) -> dt.date:
    from openpyxl.utils.datetime import from_excel

    if not 1 <= number < 73051:  # 1900-01-01 … 2099-12-31
        raise _bad_date(raw)
    return from_excel(number).date()


def date(value: Any) -> dt.date | None:
    """A date from a date cell, an Excel serial number, or text: `1949-12-31`, `1949.12.31`, `1949/12/31`,
    `1949年12月31日`, `19491231`. Empty: None. Anything else (a month without a day, an impossible day): CellError."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, bool):
        raise _bad_date(text(value))
    raw = unicodedata.normalize("NFKC", text(value)).strip()
    if isinstance(value, (int, float)) and not (isinstance(value, float) and not value.is_integer()):
        if len(raw) == 8:
            return _ymd(raw[:4], raw[4:6], raw[6:], raw)
        return _serial(float(value), raw)
    if isinstance(value, float):
        return _serial(value, raw)
    m = _DATE_PARTS.match(raw)
    if m:
        return _ymd(*m.groups(), raw)
    if re.fullmatch(r"\d{8}", raw):
        return _ymd(raw[:4], raw[4:6], raw[6:], raw)
    if re.fullmatch(r"\d{1,5}(?:\.0+)?", raw):
        return _serial(float(raw), raw)
    if _YEAR_MONTH.match(raw):
        raise CellError(translate("Imports", "The date {text} has no day: write the full birth date.").format(text=raw))
    raise _bad_date(raw)


def _ymd(y: str, m: str, d: str, raw: str) -> dt.date:
    try:
        return dt.date(int(y), int(m), int(d))
    except ValueError:
        raise _bad_date(raw) from None


_MALE = {"男", "男性", "m", "male", "男士"}
_FEMALE = {"女", "女性", "f", "female", "女士"}


def gender(value: Any) -> str | None:
    """ "M", "F" or None (empty); 男/女 and M/F."""
    raw = unicodedata.normalize("NFKC", text(value)).strip().lower()
    if not raw:
        return None
    if raw in _MALE:
        return "M"
    if raw in _FEMALE:
        return "F"
    raise CellError(translate("Imports", "Write the gender as 男 or 女 (not {text}).").format(text=text(value)))


# Category words on real sheets → (tag, detail). Longest first, so 低保边缘 is not read as 低保.
_TAG_WORDS: tuple[tuple[str, str], ...] = (
    ("低保边缘", T.DIBAO_EDGE),
    ("低边", T.DIBAO_EDGE),
    ("低保", T.DIBAO),
    ("特困供养", T.TEKUN),
    ("特困", T.TEKUN),
    ("五保", T.TEKUN),
    ("残疾人", T.DISABILITY),
    ("残疾", T.DISABILITY),
    ("独居老人", T.LIVING_ALONE),
    ("独居", T.LIVING_ALONE),
    ("空巢老人", T.EMPTY_NEST),
    ("空巢", T.EMPTY_NEST),
    ("退役军人", T.VETERAN),
    ("复员军人", T.VETERAN),
    ("军人", T.VETERAN),
    ("中共党员", T.PARTY_MEMBER),
    ("党员", T.PARTY_MEMBER),
    ("新就业群体", T.NEW_EMPLOYMENT),
    ("外卖骑手", T.NEW_EMPLOYMENT),
    ("骑手", T.NEW_EMPLOYMENT),
    ("快递员", T.NEW_EMPLOYMENT),
    ("网约车司机", T.NEW_EMPLOYMENT),
    ("货车司机", T.NEW_EMPLOYMENT),
)
_DETAIL_IS_WORD = {"外卖骑手", "骑手", "快递员", "网约车司机", "货车司机"}
_TAG_SPLIT = re.compile(r"[、,，;；/|\s]+")
_BRACKETED = re.compile(r"^(.*?)[(（](.*?)[)）]$")


def tags(value: Any) -> dict[str, str]:
    """Category tags from one cell: `低保、党员（第一支部）、残疾二级` → {dibao: "", party_member: "第一支部",
    disability: "二级"}. A word that is no known category comes back as itself, so the resident form's rule refuses
    it with its name (`Unknown category tag`). Tag codes (`dibao`) are accepted too."""
    raw = unicodedata.normalize("NFKC", text(value)).strip()
    out: dict[str, str] = {}
    if not raw:
        return out
    for token in _TAG_SPLIT.split(raw):
        token = token.strip()
        if not token:
            continue
        detail = ""
        m = _BRACKETED.match(token)
        if m:
            token, detail = m.group(1).strip(), m.group(2).strip()
        if token in T.ALL_TAGS:
            out[token] = detail
            continue
        for word, tag in _TAG_WORDS:
            if token.startswith(word):
                rest = token[len(word) :].strip()
                if word in _DETAIL_IS_WORD:
                    detail = detail or word
                out[tag] = detail or rest
                break
        else:
            out[token] = detail
    return out


_NUM = r"[0-9A-Za-z一二三四五六七八九十]+"
_ADDRESS = re.compile(
    rf"(?P<b>{_NUM})\s*(?:栋|号楼|幢|座|楼|号)\s*(?:(?P<u>{_NUM})\s*单元)?\s*(?:(?P<r>{_NUM})\s*(?:室|号|户)?)?\s*$"
)
_DASHED = re.compile(r"(?P<b>[0-9A-Za-z]+)\s*-\s*(?:(?P<u>[0-9A-Za-z]+)\s*-\s*)?(?P<r>[0-9A-Za-z]+)\s*$")


def address(value: Any) -> tuple[str, str, str]:
    """(building, unit, room) from one address column: `3栋2单元301室`, `3号楼2单元301`, `幸福里小区3幢1单元502`,
    `3-2-301`, `12-0501`. CellError when it cannot be split."""
    raw = unicodedata.normalize("NFKC", text(value)).strip()
    if not raw:
        return "", "", ""
    compact = raw.replace(" ", "")
    m = _DASHED.fullmatch(compact) or _ADDRESS.search(compact)
    if not m or not (m.group("b") and (m.group("r") or m.group("u"))):
        raise CellError(
            translate(
                "Imports",
                "The address {text} cannot be split into building, unit and room: write it as 3栋2单元301室 or use three columns.",
            ).format(text=raw)
        )
    return m.group("b"), m.group("u") or "", m.group("r") or ""


_FOOTER = re.compile(
    r"^(合计|总计|小计|共计|总数|总人数|累计|填表人|制表人|审核人|负责人|填报人|填表日期|制表日期|total)"
)


def is_footer(cells: list[str]) -> bool:
    """A total row (`合计`, `共 25 人`) or the signature lines under a table (`填表人：…`)."""
    filled = [c for c in cells if c]
    if not filled:
        return False
    first = unicodedata.normalize("NFKC", filled[0]).replace(" ", "").lower()
    if _FOOTER.match(first):
        return True
    return bool(re.fullmatch(r"共\d+人", first))


_KINDS = {
    "大学生": "student",
    "学生": "student",
    "在校学生": "student",
    "student": "student",
    "党员": "party",
    "中共党员": "party",
    "党员志愿者": "party",
    "party": "party",
    "居民": "resident",
    "社区居民": "resident",
    "居民志愿者": "resident",
    "resident": "resident",
}


def volunteer_kind(value: Any) -> str:
    """student / party / resident from 大学生 / 党员 / 居民 (empty: resident)."""
    raw = unicodedata.normalize("NFKC", text(value)).strip().lower()
    if not raw:
        return "resident"
    if raw in _KINDS:
        return _KINDS[raw]
    raise CellError(
        translate("Imports", "Write the type as 大学生, 党员 or 居民 (not {text}).").format(text=text(value))
    )


def skills(value: Any) -> list[str]:
    return [k for k in _TAG_SPLIT.split(unicodedata.normalize("NFKC", text(value))) if k]
