"""The catalogue: ISBNs validated, converted and hyphenated (stdnum); barcodes checked; copies never deleted;
imports from MARC (MARC 21 and CNMARC, read by pymarc) and from a spreadsheet."""

from __future__ import annotations

import pytest
from pymarc import Field, Indicators, Record, Subfield
from sqlalchemy import func, select

from app.errors import UserError, ValidationError
from app.library import catalogue, desk, imports
from app.library.catalogue import CopyInput
from db.models.library import LibraryCopy
from tests.library.conftest import adult, copy


def test_isbn_10_becomes_13_and_prints_hyphenated():
    assert catalogue.normalise_isbn("7-02-000220-X") == "9787020002207"
    assert catalogue.hyphenated("9787020002207") == "978-7-02-000220-7"
    assert catalogue.normalise_isbn("９７８７０２０００２２０７") == "9787020002207"  # full-width from an IME
    assert catalogue.normalise_isbn("") == ""


@pytest.mark.parametrize(
    ("raw", "why"),
    [("9787020002208", "check digit"), ("97870200022", "10 or 13 digits"), ("ISBN-abc-def-g", "is not an ISBN")],
)
def test_a_bad_isbn_says_why(raw, why):
    with pytest.raises(UserError, match=why):
        catalogue.normalise_isbn(raw)


def test_add_copy_refuses_bad_input_and_writes_nothing(db, admin):
    with pytest.raises(ValidationError) as info:
        catalogue.add_copy(db, admin, CopyInput("书 1", "", isbn="9787020002208", owner="moon"))
    assert set(info.value.errors) == {"barcode", "title", "isbn", "owner"}
    copy(db, "B1", isbn="7-02-000220-X")
    with pytest.raises(UserError, match="already in the catalogue"):
        copy(db, "b1")
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(LibraryCopy)) == 1
    (row,) = catalogue.page_copies(db, "", None, 10)
    assert row.isbn == "978-7-02-000220-7" and row.state == "available"
    assert [r.barcode for r in catalogue.page_copies(db, "702000220X", None, 10)] == ["B1"]


def test_copies_are_withdrawn_or_lost_never_deleted(db, admin, desk_day):
    cid = copy(db, "B1")
    other = copy(db, "B2")
    desk.lend(db, admin, adult(db, "王读者"), "B2")
    with pytest.raises(UserError, match="on loan"):
        catalogue.retire_copy(db, admin, other, "withdrawn", "破损")
    catalogue.retire_copy(db, admin, other, "lost", "读者丢失")
    catalogue.retire_copy(db, admin, cid, "withdrawn", "剔旧")
    with db.read() as s:
        rows = {c.barcode: (c.status, c.retire_reason) for c in s.execute(select(LibraryCopy)).scalars()}
    assert rows == {"B1": ("withdrawn", "剔旧"), "B2": ("lost", "读者丢失")}
    with pytest.raises(UserError, match="out of the collection"):
        desk.lend(db, admin, adult(db, "李读者"), "B1")


def _marc21(title: str, isbn: str, *barcodes: str) -> Record:
    r = Record(force_utf8=True)
    r.add_field(Field("020", Indicators(" ", " "), [Subfield("a", isbn)]))
    r.add_field(Field("100", Indicators("1", " "), [Subfield("a", "路遥,")]))
    r.add_field(Field("245", Indicators("1", "0"), [Subfield("a", f"{title} /"), Subfield("c", "路遥著.")]))
    for code in barcodes:
        r.add_field(Field("952", Indicators(" ", " "), [Subfield("p", code), Subfield("o", "I247.5/12")]))
    return r


def _cnmarc(title: str, isbn: str, barcode: str) -> Record:
    r = Record(force_utf8=True)
    r.add_field(Field("010", Indicators(" ", " "), [Subfield("a", isbn), Subfield("d", "CNY25.00")]))
    r.add_field(Field("200", Indicators("1", " "), [Subfield("a", title), Subfield("f", "鲁迅著")]))
    r.add_field(Field("701", Indicators(" ", "0"), [Subfield("a", "鲁迅")]))
    r.add_field(
        Field("905", Indicators(" ", " "), [Subfield("b", barcode), Subfield("d", "I210.4"), Subfield("e", "3")])
    )
    return r


def test_marc_import_reads_marc21_and_cnmarc_and_reports_bad_lines(db, admin, tmp_path):
    copy(db, "T0003")
    path = tmp_path / "books.mrc"
    path.write_bytes(
        b"".join(
            r.as_marc()
            for r in (
                _marc21("平凡的世界", "9787530212004", "T0001", "T0002"),
                _cnmarc("呐喊", "7-02-000220-X", "T0004"),
                _marc21("人生", "9787530212005", "T0005"),  # wrong check digit
                _marc21("已有", "9787530212004", "T0003"),  # barcode taken
                _marc21("无馆藏", "9787530212004"),
            )
        )
    )
    result = imports.import_marc(db, admin, str(path), "district")
    assert result.imported == 3
    assert [(x.barcode, bool(x.problem)) for x in result.lines] == [
        ("T0001", False),
        ("T0002", False),
        ("T0004", False),
        ("T0005", True),
        ("T0003", True),
        ("", True),
    ]
    rows = {r.barcode: r for r in catalogue.page_copies(db, "", None, 10)}
    assert rows["T0004"].title == "呐喊" and rows["T0004"].author == "鲁迅" and rows["T0004"].call_number == "I210.4/3"
    assert rows["T0004"].isbn == "978-7-02-000220-7" and rows["T0004"].owner == "district"
    assert rows["T0001"].title == "平凡的世界" and rows["T0001"].call_number == "I247.5/12"


def test_a_file_that_is_not_marc_is_refused(db, admin, tmp_path):
    path = tmp_path / "notes.mrc"
    path.write_text("这不是MARC文件\n" * 20, encoding="utf-8")
    with pytest.raises(UserError, match="not a MARC file"):
        imports.import_marc(db, admin, str(path), "room")


def test_spreadsheet_import(db, admin, tmp_path):
    path = tmp_path / "书目.csv"
    path.write_text(
        "城市书房馆藏清单\n条码,书名,作者,ISBN,索书号\nS001,活着,余华,978-7-5063-6543-7,I247.57/1\n"
        "S002,,余华,,\nS003,兄弟,余华,7-5063-3417-8,\n",
        encoding="utf-8",
    )
    result = imports.import_sheet(db, admin, str(path), "room")
    assert result.imported == 2 and [x.barcode for x in result.skipped] == ["S002"]
