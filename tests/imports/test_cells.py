"""Reading what real sheets hold (app.imports.cells) and finding the header (app.imports.fields): pure, no database."""

from __future__ import annotations

import datetime as dt

import pytest

from app.imports import cells, fields
from app.imports.cells import CellError

BIRTH = dt.date(1949, 12, 31)


@pytest.mark.parametrize(
    "value",
    [
        "1949.12.31",
        "1949年12月31日",
        "19491231",
        19491231,
        "1949/12/31",
        "1949-12-31",
        "1949-12-31 00:00:00",
        "１９４９．１２．３１",  # full-width
        18263,  # an Excel serial number (a date cell formatted as a number)
        18263.0,
        "18263",
        dt.datetime(1949, 12, 31),
        BIRTH,
    ],
)
def test_dates_in_every_spelling(value):
    assert cells.date(value) == BIRTH


@pytest.mark.parametrize("value", ["1949.12", "1949年12月", "1960.13.01", "1949-02-30", "明年", True, 3_000_000])
def test_dates_that_are_not_dates_are_refused_with_the_text(value):
    with pytest.raises(CellError):
        cells.date(value)


def test_empty_cells_are_no_value():
    assert cells.date(None) is None and cells.date("") is None
    assert cells.id_number(None) == "" and cells.gender("") is None and cells.tags(None) == {}


@pytest.mark.parametrize(
    "value", [1.10105194912310e17, 110105194912310016, "1.10105194912310E+17", "1.1010519491231e+17"]
)
def test_an_id_number_saved_as_a_number_has_lost_digits_and_is_refused(value):
    with pytest.raises(CellError, match="first 15 digits"):
        cells.id_number(value)


def test_id_numbers_as_typed_go_to_the_form_rules_unchanged():
    assert cells.id_number(" 11010519491231001x ") == "11010519491231001x"  # the form folds and checks it
    assert cells.id_number(110105491231002) == "110105491231002"  # an old 15-digit number is whole as a number
    assert cells.id_number(110105491231002.0) == "110105491231002"


def test_names_lose_the_spaces_that_pad_them():
    assert cells.name("张  三") == "张三"
    assert cells.name(" 钱\u3000多 多 ") == "钱多多"  # the ideographic space too
    assert cells.name("Mary  Smith") == "Mary Smith"
    assert cells.name("买买提·艾力") == "买买提·艾力"


def test_phones_as_numbers_or_with_two_numbers_in_a_cell():
    assert cells.phone(13812345678.0) == "13812345678"
    assert cells.phone("138 1234 5678 / 139 0000 1111") == "138 1234 5678"


@pytest.mark.parametrize(
    "value, expected",
    [
        ("低保、党员（第一支部）、残疾二级", {"dibao": "", "party_member": "第一支部", "disability": "二级"}),
        ("低保边缘,独居老人", {"dibao_edge": "", "living_alone": ""}),
        ("外卖骑手", {"new_employment": "外卖骑手"}),
        ("空巢 退役军人", {"empty_nest": "", "veteran": ""}),
        ("tekun", {"tekun": ""}),
        ("五好家庭", {"五好家庭": ""}),  # unknown: the resident form refuses it by name
    ],
)
def test_category_tags_from_one_cell(value, expected):
    assert cells.tags(value) == expected


@pytest.mark.parametrize(
    "value, expected",
    [
        ("3栋2单元301室", ("3", "2", "301")),
        ("幸福里小区5号楼1单元201", ("5", "1", "201")),
        ("3-2-301", ("3", "2", "301")),
        ("12-0501", ("12", "", "0501")),
        ("7幢502", ("7", "", "502")),
    ],
)
def test_one_address_column_is_split(value, expected):
    assert cells.address(value) == expected


def test_an_address_that_cannot_be_split_is_refused():
    with pytest.raises(CellError, match="东边那栋"):
        cells.address("东边那栋")


@pytest.mark.parametrize("row", [["合计", "共 14 人"], ["", "总计：14"], ["填表人：李四"], ["共14人"], ["Total", "14"]])
def test_total_rows_and_signature_lines_are_not_data(row):
    assert cells.is_footer(row)


def test_a_data_row_is_not_a_footer():
    assert not cells.is_footer(["1", "合计宝", "男"])  # the sequence number comes first
    assert not cells.is_footer(["1", "张三", "男"])


def test_the_header_is_found_below_titles_and_a_two_row_header_is_one():
    rows = [
        ["幸福里社区居民花名册", None, None, None, None],
        ["填报单位：居委会", None, None, None, None],
        [None, None, None, None, None],
        ["序号", "姓 名", "性别*", "身份证号码（18位）", "住址", None, None],
        [None, None, None, None, "楼栋", "单元", "室"],
        [1, "张三", "男", "110105194912310011", "3", "2", "301"],
    ]
    header = fields.find_header("residents", rows)
    assert header is not None
    assert header.row_index == 4 and header.first_data_index == 5
    assert header.mapping == ("", "name", "gender", "id_number", "building", "unit", "room")


def test_no_header_without_a_name_column():
    assert fields.find_header("residents", [["编号", "金额"], [1, 2]]) is None


def test_each_kind_has_its_own_names_for_a_column():
    assert fields.match_header("children", "家长电话") == "guardian_phone"
    assert fields.match_header("children", "联系电话") == "guardian_phone"
    assert fields.match_header("residents", "联系电话") == "phone"
    assert fields.match_header("volunteers", "志愿汇编号") == "external_number"
    assert fields.match_header("residents", "联系电话1") == "phone"  # a longer header starting with a known name
    assert fields.match_header("residents", "住户名", {"住户名": "name"}) == "name"  # remembered by the center
