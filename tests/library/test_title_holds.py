"""Holds are on a title, any copy (a reader wants "the book"): the first copy of the title to come back is put aside
for the first in line; a title is its ISBN, or its title and author for a book without one. The migration carries
the holds on copies over to their titles."""

from __future__ import annotations

import datetime as dt

import pytest
from alembic import command
from sqlalchemy import select, text

from app.errors import UserError
from app.library import catalogue, desk
from db.engine import Database
from db.migrate import alembic_config, upgrade
from db.models.library import LibraryHold
from tests.library.conftest import adult, copy

ISBN = "978-7-02-000220-7"


def test_any_copy_returned_goes_to_the_first_in_line(db, admin, desk_day):
    a, b, c, d = (adult(db, n) for n in ("甲读者", "乙读者", "丙读者", "丁读者"))
    copy(db, "B1", isbn=ISBN)
    copy(db, "B2", isbn=ISBN)
    desk.lend(db, admin, a, "B1")
    desk.lend(db, admin, c, "B2")
    assert desk.place_hold(db, admin, b, "B1") == 1  # named by one copy's barcode …
    assert desk.place_hold(db, admin, d, "B2") == 2  # … or the other's: one queue for the title
    back = desk.return_copy(db, admin, "B2")  # the other copy comes back first
    assert back.hold_for == "乙读者"
    rows = desk.list_holds(db, admin)
    assert [(h.borrower, h.status, h.barcode, h.position) for h in rows] == [
        ("乙读者", "ready", "B2", 1),
        ("丁读者", "waiting", "B2", 2),
    ]
    with pytest.raises(UserError, match="another reader's hold"):
        desk.lend(db, admin, d, "B2")
    desk.lend(db, admin, b, "B2")  # fulfils 乙's hold with the copy put aside
    assert desk.return_copy(db, admin, "B1").hold_for == "丁读者"
    desk.lend(db, admin, d, "B1")
    assert desk.list_holds(db, admin) == []


def test_no_hold_while_a_copy_of_the_title_is_on_the_shelf(db, admin, desk_day):
    a, b = adult(db, "甲读者"), adult(db, "乙读者")
    copy(db, "B1", isbn=ISBN)
    copy(db, "B2", isbn=ISBN)
    desk.lend(db, admin, a, "B1")
    with pytest.raises(UserError, match="on the shelf"):
        desk.place_hold(db, admin, b, "B1")  # B2 of the same title is free
    desk.lend(db, admin, b, "B2")
    with pytest.raises(UserError, match="has this book already"):  # any copy of the title
        desk.place_hold(db, admin, b, "B1")


def test_a_book_without_isbn_is_its_title_and_author(db, admin, desk_day):
    a, b, c = adult(db, "甲读者"), adult(db, "乙读者"), adult(db, "丙读者")
    copy(db, "N1", title="社区志")
    copy(db, "N2", title="社区志")
    catalogue.add_copy(db, admin, catalogue.CopyInput("N3", "社区志", "另一位作者", "", "K29", "room"))
    desk.lend(db, admin, a, "N1")
    desk.lend(db, admin, c, "N2")
    desk.place_hold(db, admin, b, "N1")
    assert desk.return_copy(db, admin, "N2").hold_for == "乙读者"
    with pytest.raises(UserError, match="on the shelf"):  # another author's book of that name is another title
        desk.place_hold(db, admin, a, "N3")


def test_renewal_refused_while_readers_wait_for_the_title(db, admin, frozen):
    from tests.library.conftest import NOON

    frozen(NOON - dt.timedelta(days=10))
    a, b, c = adult(db, "甲读者"), adult(db, "乙读者"), adult(db, "丙读者")
    copy(db, "B1", isbn=ISBN)
    copy(db, "B2", isbn=ISBN)
    first = desk.lend(db, admin, a, "B1").loan_id
    desk.lend(db, admin, c, "B2")
    desk.place_hold(db, admin, b, "B2")  # held through the other copy
    frozen(NOON)
    with pytest.raises(UserError, match="on hold for another reader"):
        desk.renew(db, admin, first)


def test_a_new_copy_of_a_waited_for_title_goes_to_the_queue_first(db, admin, desk_day):
    a, b, walk_in = adult(db, "甲读者"), adult(db, "乙读者"), adult(db, "路过的读者")
    copy(db, "B1", isbn=ISBN)
    desk.lend(db, admin, a, "B1")
    desk.place_hold(db, admin, b, "B1")
    copy(db, "B2", isbn=ISBN)  # bought while 乙 waits
    with pytest.raises(UserError, match="another reader's hold"):
        desk.lend(db, admin, walk_in, "B2")
    copy(db, "B3", isbn=ISBN)  # two free copies, one reader waiting: one is free to lend
    desk.lend(db, admin, walk_in, "B3")
    desk.lend(db, admin, b, "B2")
    assert desk.list_holds(db, admin) == []


def test_withdrawing_a_copy_keeps_the_titles_queue_and_the_last_copy_cancels_it(db, admin, desk_day):
    a, b = adult(db, "甲读者"), adult(db, "乙读者")
    ids = [copy(db, "B1", isbn=ISBN), copy(db, "B2", isbn=ISBN)]
    desk.lend(db, admin, a, "B1")
    desk.lend(db, admin, a, "B2")
    desk.place_hold(db, admin, b, "B1")
    desk.return_copy(db, admin, "B1")  # put aside for 乙
    catalogue.retire_copy(db, admin, ids[0], "withdrawn", "破损")
    (hold,) = desk.list_holds(db, admin)
    assert (hold.status, hold.position) == ("waiting", 1)  # waits for B2, still first
    catalogue.retire_copy(db, admin, ids[1], "lost", "读者遗失")
    assert desk.list_holds(db, admin) == []
    with db.read() as s:
        assert s.execute(select(LibraryHold.status, LibraryHold.close_reason)).one() == ("cancelled", "读者遗失")


def test_the_migration_carries_holds_on_copies_over_to_their_titles(empty_db_url):
    db = Database(empty_db_url)
    cfg = alembic_config(empty_db_url)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "library_0002_desk_due")
    now = dt.datetime(2026, 11, 30, 8, 30)
    with db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO residents (id, name, is_local, name_pinyin, name_initials, created_at, updated_at)"
                " VALUES (1, '王读者', TRUE, 'wangduzhe', 'wdz', :now, :now)"
            ),
            {"now": now},
        )
        conn.execute(
            text("INSERT INTO library_readers (id, resident_id, card_no, created_at) VALUES (1, 1, 'SF1', :now)"),
            {"now": now},
        )
        for cid, barcode, isbn, title in ((1, "B1", "9787020002207", "平凡的世界"), (2, "N1", "", "社区志")):
            conn.execute(
                text(
                    "INSERT INTO library_copies (id, barcode, title, author, isbn, call_number, owner, status,"
                    " source, created_at) VALUES (:id, :b, :t, '路遥', :i, '', 'room', 'available', 'desk', :now)"
                ),
                {"id": cid, "b": barcode, "t": title, "i": isbn, "now": now},
            )
            conn.execute(
                text(
                    "INSERT INTO library_holds (copy_id, reader_id, borrower_resident_id, status, placed_at)"
                    " VALUES (:id, 1, 1, 'waiting', :now)"
                ),
                {"id": cid, "now": now},
            )
    upgrade(db.engine, empty_db_url)
    with db.engine.connect() as conn:
        keys = conn.execute(text("SELECT copy_id, title_key, status FROM library_holds ORDER BY copy_id")).all()
    assert [tuple(k) for k in keys] == [(1, "9787020002207", "waiting"), (2, "t:社区志/路遥", "waiting")]
    db.dispose()


def test_taking_another_copy_of_the_title_frees_the_one_put_aside(db, admin, desk_day):
    a, b, c = adult(db, "甲读者"), adult(db, "乙读者"), adult(db, "丙读者")
    copy(db, "B1", isbn=ISBN)
    copy(db, "B2", isbn=ISBN)
    desk.lend(db, admin, a, "B1")
    desk.lend(db, admin, c, "B2")
    desk.place_hold(db, admin, b, "B1")
    desk.return_copy(db, admin, "B1")  # put aside for 乙
    desk.return_copy(db, admin, "B2")  # nobody else waiting: B2 goes back to the shelf
    desk.lend(db, admin, b, "B2")  # 乙 takes the copy on the shelf instead of the one put aside
    assert desk.list_holds(db, admin) == []
    desk.lend(db, admin, c, "B1")  # B1 is free again


def test_the_copy_put_aside_and_not_taken_goes_to_the_next_in_line(db, admin, desk_day):
    a, b, d = adult(db, "甲读者"), adult(db, "乙读者"), adult(db, "丁读者")
    copy(db, "B1", isbn=ISBN)
    desk.lend(db, admin, a, "B1")
    desk.place_hold(db, admin, b, "B1")
    desk.place_hold(db, admin, d, "B1")
    desk.return_copy(db, admin, "B1")  # put aside for 乙; 丁 waits
    copy(db, "B3", isbn=ISBN)  # two copies bought: more free copies than readers waiting
    copy(db, "B4", isbn=ISBN)
    desk.lend(db, admin, b, "B3")  # 乙 takes a new one: B1 goes to 丁
    (hold,) = desk.list_holds(db, admin)
    assert (hold.borrower, hold.status, hold.barcode) == ("丁读者", "ready", "B1")


# The clerk has the ISBN from the reader's slip, not a copy in hand: the hold dialog takes either.

ISBN_10 = "7-02-000220-X"  # the same title's ISBN-10


@pytest.mark.parametrize("typed", [ISBN, "9787020002207", " 978 7 02 000220 7 ", ISBN_10, "702000220x", "９７８７０２０００２２０７"])
def test_a_hold_by_isbn_is_on_the_title(db, admin, desk_day, typed):
    a, b = adult(db, "甲读者"), adult(db, "乙读者")
    copy(db, "B1", isbn=ISBN)
    copy(db, "B2", isbn=ISBN)
    desk.lend(db, admin, a, "B1")
    desk.lend(db, admin, adult(db, "丙读者"), "B2")
    assert desk.place_hold(db, admin, b, typed) == 1
    [hold] = desk.list_holds(db, admin)
    assert hold.borrower == "乙读者" and hold.status == "waiting"
    assert desk.return_copy(db, admin, "B2").hold_for == "乙读者"  # any copy of the title
    with pytest.raises(UserError, match="already in the queue"):
        desk.place_hold(db, admin, b, ISBN_10)


def test_a_hold_by_isbn_says_what_is_wrong(db, admin, desk_day):
    b = adult(db, "乙读者")
    copy(db, "B1", isbn=ISBN)
    with pytest.raises(UserError, match="No book with ISBN 978-7-5063-6543-7 is in the catalogue"):
        desk.place_hold(db, admin, b, "9787506365437")  # a good ISBN of a book the room does not have
    with pytest.raises(UserError, match="check digit is wrong"):
        desk.place_hold(db, admin, b, "978-7-02-000220-8")
    with pytest.raises(UserError, match="on the shelf"):
        desk.place_hold(db, admin, b, ISBN)  # B1 is free
    with pytest.raises(UserError, match="No copy with barcode B9"):
        desk.place_hold(db, admin, b, "B9")


def test_a_barcode_that_looks_like_an_isbn_is_still_a_barcode(db, admin, desk_day):
    a, b = adult(db, "甲读者"), adult(db, "乙读者")
    copy(db, "9787506365437", title="活着")  # a room that labels copies with the number on the back
    desk.lend(db, admin, a, "9787506365437")
    assert desk.place_hold(db, admin, b, "9787506365437") == 1


def test_a_hold_by_isbn_skips_a_lost_copy(db, admin, desk_day):
    a, b = adult(db, "甲读者"), adult(db, "乙读者")
    first = copy(db, "B1", isbn=ISBN)
    copy(db, "B2", isbn=ISBN)
    catalogue.retire_copy(db, admin, first, "lost", "读者遗失")
    desk.lend(db, admin, a, "B2")
    assert desk.place_hold(db, admin, b, ISBN) == 1
