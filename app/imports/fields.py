"""What each kind of record takes from a sheet, the column names that mean it, and finding the header row.

A column is mapped to a field by its header text, compared after folding (full-width to half-width, spaces, `*`
and bracketed remarks such as `（必填）` removed): first the center's remembered choices (the setting
`imports.mapping.<kind>`, {header text: field}), then the names below. The header row is the row among the first
`HEADER_SCAN` that names the most fields (a person's name among them), below any title rows; a header split over two
rows (`住址` merged over `楼栋 | 单元 | 室`) is read as one.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from app.i18n import translate

RESIDENTS, CHILDREN, VOLUNTEERS = "residents", "children", "volunteers"
KINDS = (RESIDENTS, CHILDREN, VOLUNTEERS)
HEADER_SCAN = 30  # rows looked at for the header

# Person fields every kind shares (a child's adults have their own).
_PERSON: dict[str, tuple[str, ...]] = {
    "name": ("姓名", "名字", "居民姓名", "人员姓名", "name"),
    "gender": ("性别", "gender", "sex"),
    "id_number": ("身份证号", "身份证号码", "公民身份号码", "身份证", "证件号码", "证件号", "idnumber", "id"),
    "birth_date": ("出生日期", "出生年月日", "出生年月", "生日", "birthdate", "dateofbirth"),
    "phone": ("联系电话", "电话", "手机", "手机号", "手机号码", "联系方式", "电话号码", "phone", "mobile"),
    "building": ("楼栋", "楼号", "栋", "幢", "楼", "building"),
    "unit": ("单元", "单元号", "unit"),
    "room": ("室", "房号", "房间号", "门牌号", "户室号", "room"),
    "address": ("住址", "地址", "家庭住址", "居住地址", "现住址", "现居住地址", "address"),
}

ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    RESIDENTS: _PERSON
    | {
        "tags": ("类别", "标签", "人员类别", "居民类别", "类型", "人员类型", "特殊群体", "tags", "category"),
        "party_branch": ("党支部", "所在支部", "所在党支部", "支部"),
        "disability_grade": ("残疾等级", "残疾级别"),
        "household": ("户号", "户", "户主", "户主姓名", "household"),
        "emergency_contact": ("紧急联系人", "紧急联系人姓名"),
        "emergency_phone": ("紧急联系电话", "紧急联系人电话"),
        "notes": ("备注", "说明", "notes"),
    },
    CHILDREN: {
        "name": ("姓名", "儿童姓名", "幼儿姓名", "学生姓名", "孩子姓名", "name"),
        "gender": _PERSON["gender"],
        "birth_date": _PERSON["birth_date"],
        "school": ("学校", "就读学校", "所在学校", "school"),
        "grade": ("年级", "grade"),
        "class_name": ("班级", "班", "class"),
        "allergy_note": ("过敏", "过敏史", "过敏情况", "过敏信息", "过敏物"),
        "guardian_name": ("监护人", "监护人姓名", "家长", "家长姓名", "父母姓名"),
        "guardian_relation": ("关系", "与儿童关系", "监护人关系", "与孩子关系", "家长关系"),
        "guardian_phone": ("监护人电话", "家长电话", "联系电话", "电话", "监护人手机", "家长手机", "手机"),
        "guardian_id_number": ("监护人身份证号", "监护人身份证号码", "家长身份证号", "家长身份证号码"),
        "pickup1_name": ("接送人", "接送人1", "授权接送人", "接送人姓名", "接送人1姓名"),
        "pickup1_relation": ("接送人关系", "接送人1关系"),
        "pickup1_phone": ("接送人电话", "接送人1电话", "接送人手机"),
        "pickup2_name": ("接送人2", "接送人2姓名", "授权接送人2"),
        "pickup2_relation": ("接送人2关系",),
        "pickup2_phone": ("接送人2电话", "接送人2手机"),
    },
    VOLUNTEERS: _PERSON
    | {
        "kind": ("志愿者类型", "志愿者类别", "类型", "类别", "身份", "人员类别"),
        "school": ("学校", "所在院校", "院校", "所在学校"),
        "student_number": ("学号",),
        "branch": ("党支部", "所在支部", "所在党支部"),
        "skills": ("技能", "特长", "专长", "技能特长", "服务技能"),
        "availability": ("服务时间", "可服务时间", "空闲时间"),
        "external_number": ("志愿者编号", "志愿汇编号", "i志愿编号", "志愿者证号", "编号"),
        "guardian_name": ("监护人", "监护人姓名"),
        "guardian_consent_on": ("监护人同意日期", "同意日期"),
    },
}

# Columns recognised and deliberately left out (a sequence number).
IGNORED_HEADERS = frozenset({"序号", "编号序号", "no", "no.", "#"})


def field_label(field: str) -> str:
    """A field's name in the user's language (the mapping editor and the error column)."""
    labels = {
        "name": translate("ImportFields", "Name"),
        "gender": translate("ImportFields", "Gender"),
        "id_number": translate("ImportFields", "ID number"),
        "birth_date": translate("ImportFields", "Birth date"),
        "phone": translate("ImportFields", "Phone"),
        "building": translate("ImportFields", "Building"),
        "unit": translate("ImportFields", "Unit"),
        "room": translate("ImportFields", "Room"),
        "address": translate("ImportFields", "Address (one column)"),
        "tags": translate("ImportFields", "Category tags"),
        "party_branch": translate("ImportFields", "Party branch"),
        "disability_grade": translate("ImportFields", "Disability grade"),
        "household": translate("ImportFields", "Household"),
        "emergency_contact": translate("ImportFields", "Emergency contact"),
        "emergency_phone": translate("ImportFields", "Emergency phone"),
        "notes": translate("ImportFields", "Notes"),
        "school": translate("ImportFields", "School"),
        "grade": translate("ImportFields", "Grade"),
        "class_name": translate("ImportFields", "Class"),
        "allergy_note": translate("ImportFields", "Allergies"),
        "guardian_name": translate("ImportFields", "Guardian"),
        "guardian_relation": translate("ImportFields", "Guardian's relation"),
        "guardian_phone": translate("ImportFields", "Guardian's phone"),
        "guardian_id_number": translate("ImportFields", "Guardian's ID number"),
        "pickup1_name": translate("ImportFields", "Pick-up adult 1"),
        "pickup1_relation": translate("ImportFields", "Pick-up adult 1: relation"),
        "pickup1_phone": translate("ImportFields", "Pick-up adult 1: phone"),
        "pickup2_name": translate("ImportFields", "Pick-up adult 2"),
        "pickup2_relation": translate("ImportFields", "Pick-up adult 2: relation"),
        "pickup2_phone": translate("ImportFields", "Pick-up adult 2: phone"),
        "kind": translate("ImportFields", "Type of volunteer"),
        "student_number": translate("ImportFields", "Student number"),
        "branch": translate("ImportFields", "Party branch"),
        "skills": translate("ImportFields", "Skills"),
        "availability": translate("ImportFields", "Availability"),
        "external_number": translate("ImportFields", "Volunteer number"),
        "guardian_consent_on": translate("ImportFields", "Guardian's consent date"),
    }
    return labels.get(field, field)


def kind_label(kind: str) -> str:
    return {
        RESIDENTS: translate("ImportFields", "Residents"),
        CHILDREN: translate("ImportFields", "Children and their pick-up adults"),
        VOLUNTEERS: translate("ImportFields", "Volunteers"),
    }.get(kind, kind)


def fields_of(kind: str) -> tuple[str, ...]:
    return tuple(ALIASES[kind])


_BRACKETS = re.compile(r"[(（\[【].*?[)）\]】]")
_NOISE = re.compile(r"[\s*＊:：_]+")


def normalise_header(value: Any) -> str:
    """A header cell as compared: folded, without spaces, `*`, colons and bracketed remarks (`身份证号（18位）`)."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFKC", str(value)).strip().lower()
    text = _BRACKETS.sub("", text)
    return _NOISE.sub("", text)


def _alias_table(kind: str) -> dict[str, str]:
    table: dict[str, str] = {}
    for field, names in ALIASES[kind].items():
        for n in names:
            table.setdefault(normalise_header(n), field)
    return table


def match_header(kind: str, header: Any, remembered: dict[str, str] | None = None) -> str:
    """The field a header cell names ("" when none): remembered choices first, then the names in `ALIASES`,
    exactly or as the start of a longer header (`联系电话1`)."""
    key = normalise_header(header)
    if not key:
        return ""
    if remembered and key in remembered:
        choice = remembered[key]
        return choice if choice in ALIASES[kind] else ""
    if key in IGNORED_HEADERS:
        return ""
    table = _alias_table(kind)
    if key in table:
        return table[key]
    best = ""
    for alias in table:
        if len(alias) >= 2 and key.startswith(alias) and len(alias) > len(best):
            best = alias
    return table[best] if best else ""


@dataclass(frozen=True)
class Header:
    """Where the data starts and what each column holds."""

    row_index: int  # 0-based index of the (last) header row
    titles: tuple[str, ...]  # each column's header text as shown
    mapping: tuple[str, ...]  # each column's field, "" = not imported

    @property
    def first_data_index(self) -> int:
        return self.row_index + 1


def _cells(row: Sequence[Any]) -> list[str]:
    return ["" if v is None else str(v).strip() for v in row]


def find_header(kind: str, rows: Sequence[Sequence[Any]], remembered: dict[str, str] | None = None) -> Header | None:
    """The header among `rows` (the first rows of the sheet), or None when no row names a person's name and at
    least one other field."""
    best: tuple[int, int] | None = None  # (score, index)
    for i, row in enumerate(rows[:HEADER_SCAN]):
        fields = [match_header(kind, v, remembered) for v in row]
        found = {f for f in fields if f}
        if "name" not in found or len(found) < 2:
            continue
        if best is None or len(found) > best[0]:
            best = (len(found), i)
    if best is None:
        return None
    index = best[1]
    titles = _cells(rows[index])
    mapping = [match_header(kind, v, remembered) for v in rows[index]]
    if index + 1 < len(rows):  # a second header row under merged cells: 住址 over 楼栋 | 单元 | 室
        below = list(rows[index + 1])
        sub = [match_header(kind, v, remembered) for v in below]
        width = max(len(mapping), len(sub))
        titles += [""] * (width - len(titles))
        mapping += [""] * (width - len(mapping))
        added = [
            c
            for c in range(len(sub))
            if sub[c] and sub[c] not in mapping and (not mapping[c] or mapping[c] == "address")
        ]
        if added and not any(sub[c] == "name" for c in range(len(sub)) if c not in added):
            for c in added:
                mapping[c] = sub[c]
                titles[c] = _cells(below)[c]
            if "address" in mapping and {"building", "room"} & set(mapping):
                mapping[mapping.index("address")] = ""
            index += 1
    seen: set[str] = set()
    for c, f in enumerate(mapping):  # one column per field: the first wins
        if f in seen:
            mapping[c] = ""
        elif f:
            seen.add(f)
    return Header(index, tuple(titles), tuple(mapping))


def remembered_from(titles: Sequence[str], mapping: Sequence[str]) -> dict[str, str]:
    """The choices to remember for next time: {normalised header text: field ("" = leave out)}."""
    out: dict[str, str] = {}
    for title, field in zip(titles, mapping, strict=False):
        key = normalise_header(title)
        if key:
            out[key] = field
    return out
