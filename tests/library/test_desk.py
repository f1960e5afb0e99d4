"""Lending at the desk: loans, limits, overdue refusals, renewals, returns by barcode alone, holds, children on a
guardian's card, fines only when turned on; every refusal writes nothing."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import func, select

from app import clock
from app.errors import UserError
from app.library import desk, rules
from db.models import AuditEntry
from db.models.library import LibraryLoan, LibraryReader
from tests.library.conftest import NOON, adult, child_with_guardian, copy


def _counts(db):
    with db.read() as s:
        return (
            s.scalar(select(func.count()).select_from(LibraryLoan)),
            s.scalar(select(func.count()).select_from(AuditEntry)),
        )


def test_lend_gives_a_card_and_the_due_day_from_the_setting(db, admin, desk_day):
    rid = adult(db, "王读者")
    copy(db, "B0001")
    result = desk.lend(db, admin, rid, " b0001 ")
    assert result.due_on == desk_day + dt.timedelta(days=30)
    assert result.card_no.startswith("SF") and not result.district
    status = desk.desk_status(db, admin, rid)
    assert [x.barcode for x in status.loans] == ["B0001"] and status.refusal is None


def test_a_copy_already_on_loan_is_refused_and_nothing_written(db, admin, desk_day):
    a, b = adult(db, "甲读者"), adult(db, "乙读者")
    copy(db, "B0001")
    desk.lend(db, admin, a, "B0001")
    before = _counts(db)
    with pytest.raises(UserError, match="Cannot lend: .* on another reader's card"):
        desk.lend(db, admin, b, "B0001")
    assert _counts(db) == before


def test_the_refusal_for_a_copy_lent_to_someone_else_reads_as_a_refusal(db, admin, desk_day, zh):
    """Clerk's report: "《平凡的世界》（SF100000）已借出，应还日期 2026-12-11。" read at a glance like "lent, due 12-11"."""
    a, b = adult(db, "甲读者"), adult(db, "乙读者")
    copy(db, "SF100000")
    due = desk.lend(db, admin, a, "SF100000").due_on
    with pytest.raises(UserError) as exc:
        desk.lend(db, admin, b, "SF100000")
    assert exc.value.message == (
        f"不能借出：《平凡的世界》（SF100000）在别的读者名下，应在{due.isoformat()}前归还。请先办理还书。"
    )


@pytest.mark.parametrize("bad", ["", "书12", "B 0001 ???", "X" * 31])
def test_a_bad_barcode_is_refused(db, admin, desk_day, bad):
    rid = adult(db, "王读者")
    with pytest.raises(UserError):
        desk.lend(db, admin, rid, bad)


def test_unknown_barcode(db, admin, desk_day):
    with pytest.raises(UserError, match="No copy with barcode B9"):
        desk.lend(db, admin, adult(db, "王读者"), "B9")


def test_the_limit_counts_the_card_and_refuses_the_next_book(db, admin, desk_day):
    rules.save_rules(db, admin, dataclasses.replace(rules.DEFAULTS, max_loans=2))
    rid = adult(db, "王读者")
    for n in range(3):
        copy(db, f"B{n}")
    desk.lend(db, admin, rid, "B0")
    desk.lend(db, admin, rid, "B1")
    before = _counts(db)
    with pytest.raises(UserError, match="the limit"):
        desk.lend(db, admin, rid, "B2")
    assert _counts(db) == before


def test_overdue_books_stop_further_loans_unless_the_setting_allows(db, admin, frozen):
    frozen(NOON - dt.timedelta(days=40))
    rid = adult(db, "王读者")
    copy(db, "B1")
    copy(db, "B2")
    desk.lend(db, admin, rid, "B1")
    frozen(NOON)
    with pytest.raises(UserError, match="overdue"):
        desk.lend(db, admin, rid, "B2")
    assert desk.desk_status(db, admin, rid).overdue == 1
    assert [r.loan.barcode for r in desk.overdue_loans(db, admin)] == ["B1"]
    rules.save_rules(db, admin, dataclasses.replace(rules.DEFAULTS, refuse_overdue=False))
    desk.lend(db, admin, rid, "B2")


def test_a_child_borrows_on_the_guardians_card(db, admin, desk_day):
    rules.save_rules(db, admin, dataclasses.replace(rules.DEFAULTS, max_loans=2))
    mum = adult(db, "李妈妈")
    kid = child_with_guardian(db, "李小宝", mum)
    for n in range(3):
        copy(db, f"B{n}")
    r = desk.lend(db, admin, kid, "B0")
    desk.lend(db, admin, mum, "B1")
    with db.read() as s:
        readers = s.execute(select(LibraryReader.resident_id)).scalars().all()
        loan = s.execute(select(LibraryLoan).where(LibraryLoan.borrower_resident_id == kid)).scalar_one()
    assert readers == [mum]  # the child has no card of their own
    assert r.borrower == "李小宝" and loan.reader_id == 1
    with pytest.raises(UserError, match="李妈妈's card already holds 2 books"):
        desk.lend(db, admin, kid, "B2")
    assert any("李妈妈" in n for n in desk.desk_status(db, admin, kid).notes)


def test_a_child_without_a_guardian_is_refused(db, admin, desk_day):
    from app.actor import SYSTEM
    from app.residents import service as residents

    kid = residents.create_resident(db, SYSTEM, residents.ResidentInput(name="独小孩", birth_date=dt.date(2019, 1, 1)))
    copy(db, "B1")
    with pytest.raises(UserError, match="guardian"):
        desk.lend(db, admin, kid, "B1")
    assert _counts(db)[0] == 0


def test_return_by_barcode_alone_and_fines_only_when_on(db, admin, frozen):
    frozen(NOON - dt.timedelta(days=33))
    rid = adult(db, "王读者")
    copy(db, "B1")
    copy(db, "B2")
    desk.lend(db, admin, rid, "B1")
    desk.lend(db, admin, rid, "B2")
    frozen(NOON)
    r = desk.return_copy(db, admin, "B1")
    assert (r.days_late, r.fine_fen, r.borrower) == (3, 0, "王读者")
    rules.save_rules(db, admin, dataclasses.replace(rules.DEFAULTS, fines_on=True, fine_per_day_fen=10))
    assert desk.return_copy(db, admin, "b2").fine_fen == 30
    with pytest.raises(UserError, match="not on loan"):
        desk.return_copy(db, admin, "B2")


def test_renewals_up_to_the_setting_and_not_when_held(db, admin, frozen):
    frozen(NOON - dt.timedelta(days=10))
    a, b = adult(db, "甲读者"), adult(db, "乙读者")
    copy(db, "B1")
    copy(db, "B2")
    loan = desk.lend(db, admin, a, "B1").loan_id
    frozen(NOON)
    assert desk.renew(db, admin, loan) == NOON.date() + dt.timedelta(days=30)
    with pytest.raises(UserError, match="most allowed"):
        desk.renew(db, admin, loan)
    other = desk.lend(db, admin, a, "B2").loan_id
    assert desk.place_hold(db, admin, b, "B2") == 1
    with pytest.raises(UserError, match="on hold for another reader"):
        desk.renew(db, admin, other)


def test_holds_queue_and_the_returned_book_is_kept_for_the_first(db, admin, desk_day):
    a, b, c = adult(db, "甲读者"), adult(db, "乙读者"), adult(db, "丙读者")
    copy(db, "B1")
    with pytest.raises(UserError, match="on the shelf"):
        desk.place_hold(db, admin, b, "B1")
    desk.lend(db, admin, a, "B1")
    assert desk.place_hold(db, admin, b, "B1") == 1
    assert desk.place_hold(db, admin, c, "B1") == 2
    with pytest.raises(UserError, match="already in the queue"):
        desk.place_hold(db, admin, c, "B1")
    assert desk.return_copy(db, admin, "B1").hold_for == "乙读者"
    with pytest.raises(UserError, match="another reader's hold"):
        desk.lend(db, admin, c, "B1")
    desk.lend(db, admin, b, "B1")  # fulfils 乙's hold
    holds = desk.list_holds(db, admin)
    assert [(h.borrower, h.status, h.position) for h in holds] == [("丙读者", "waiting", 1)]


def test_reader_card_scan_finds_the_resident(db, admin, desk_day):
    rid = adult(db, "王读者")
    assert desk.register_reader(db, admin, rid, "ｒｄ 0001") == "RD0001"
    assert desk.find_reader(db, admin, "rd0001") == rid
    other = adult(db, "李读者")
    with pytest.raises(UserError, match="another reader"):
        desk.register_reader(db, admin, other, "RD0001")


def test_profile_lists_loans_and_holds(db, admin, desk_day):
    mum = adult(db, "李妈妈")
    kid = child_with_guardian(db, "李小宝", mum)
    copy(db, "B1")
    desk.lend(db, admin, kid, "B1")
    mine = desk.resident_library(db, admin, mum)
    assert [x.borrower for x in mine.loans] == ["李小宝"] and mine.card_no
    assert [x.barcode for x in desk.resident_library(db, admin, kid).loans] == ["B1"]
    assert clock.today() == NOON.date()


@pytest.mark.parametrize(
    ("scanned", "said"),
    [
        ("9787020X02207", "is not an ISBN"),  # the clerk's case: an X among 13 digits
        ("978-7-02-000220-X", "is not an ISBN"),  # an ISBN-10's check X on an ISBN-13
        ("978702000220", "10 or 13 digits"),  # a digit short
        ("97870200022", "10 or 13 digits"),  # two digits short
        ("97870200022077", "10 or 13 digits"),  # a digit too many
        ("7020X0220X", "is not an ISBN"),  # ten characters, two X
        ("702X002207", "is not an ISBN"),  # an X inside an ISBN-10
        ("9787020002208", "check digit"),  # a good shape, a wrong check digit
    ],
)
def test_a_malformed_isbn_is_said_to_be_one_not_an_unknown_barcode(db, admin, desk_day, scanned, said):
    """Clerk's report: a 13-digit number with an X in it was answered "No copy with barcode … is in the catalogue".
    A code shaped like an ISBN that python-stdnum refuses is named as a malformed ISBN at every scan: lend, return,
    hold. Nothing is written."""
    rid = adult(db, "王读者")
    copy(db, "B0001", isbn="978-7-02-000220-7")
    before = _counts(db)
    for call in (
        lambda: desk.lend(db, admin, rid, scanned),
        lambda: desk.return_copy(db, admin, scanned),
        lambda: desk.place_hold(db, admin, rid, scanned),
    ):
        with pytest.raises(UserError) as caught:
            call()
        assert said in caught.value.message and "No copy" not in caught.value.message
    assert _counts(db) == before


def test_codes_that_are_not_isbn_shaped_or_are_catalogued_stay_barcodes(db, admin, desk_day):
    """An unknown plain barcode (also a plain 10-digit number, as some libraries number copies) is still "no copy";
    a catalogued barcode is lent whatever its shape; a good ISBN scanned at the lend box is no copy's barcode."""
    rid = adult(db, "王读者")
    for code in ("NOPE999", "0000012345", "9787020002207"):
        with pytest.raises(UserError, match="No copy with barcode"):
            desk.lend(db, admin, rid, code)
    copy(db, "978702000220X")  # an odd barcode printed by an earlier system: it is in the catalogue
    assert desk.lend(db, admin, rid, "978702000220X").barcode == "978702000220X"
