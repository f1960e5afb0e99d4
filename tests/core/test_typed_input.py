"""Issue 14, item 3: full-width and grouped input, folded by one normaliser (app.typed) at the service boundary."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.errors import ValidationError
from app.residents import service
from app.residents.idnumbers import parse_id_number
from app.residents.phones import normalise_phone
from app.residents.search_keys import classify_query, looks_like_id_number
from app.residents.service import ResidentInput
from app.typed import AmountTooLarge, compact_number, fold, parse_yuan, search_text

GROUPED_ID = "110105 19491231 002X"  # as it is read aloud
ID_X = "11010519491231002X"


def _wide(text: str) -> str:
    """ASCII letters and digits in their full-width forms, as a Chinese IME in full-width mode types them."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else ("\u3000" if c == " " else c) for c in text)


def test_quoted_id_numbers_are_accepted():
    for typed in (GROUPED_ID, "11010519491231002Ｘ", "11010519491231002x", _wide(GROUPED_ID), "110105-19491231-002x"):
        assert parse_id_number(typed).number == ID_X, typed


def test_full_width_phone_digits_and_groups():
    assert normalise_phone(_wide("138 1234 5678")) == "13812345678"
    assert normalise_phone("１３８－１２３４－５６７８") == "13812345678"


def test_compact_number_keeps_words_alone():
    assert compact_number(" 138 1234 5678 ") == "13812345678"
    assert compact_number("ｚｓｑ") == "zsq"
    assert compact_number("赵 善庆") == "赵 善庆"
    assert compact_number("+86 138-1234-5678") == "+8613812345678"
    assert search_text("  zhao   shan ") == "zhao shan"
    assert classify_query("１３８１２") == "digits"
    assert classify_query("ｚｓｑ") == "latin"
    assert looks_like_id_number(GROUPED_ID) and looks_like_id_number(_wide(ID_X))
    assert not looks_like_id_number("13812")


_typed = st.text(alphabet=st.sampled_from(list("0123456789xX -ｘＸ０１２３４５６７８９－\u3000abzＡｚ赵")), max_size=30)


@given(_typed)
def test_normaliser_is_idempotent(text):
    for f in (fold, compact_number, search_text):
        assert f(f(text)) == f(text)


@given(st.text(alphabet="0123456789", min_size=1, max_size=20))
def test_full_width_digits_equal_ascii(digits):
    wide = _wide(digits)
    assert fold(wide) == digits
    assert compact_number(wide) == digits
    assert search_text(wide) == digits
    assert compact_number(" ".join(wide)) == digits  # digit by digit, spaced


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=10))
def test_full_width_letters_equal_ascii(letters):
    assert search_text(_wide(letters)) == letters


@pytest.fixture
def zsq(db, admin):
    return service.create_resident(
        db, admin, ResidentInput(name="赵善庆", id_number=GROUPED_ID, phone="138 1234 5678", building="3")
    )


def test_resident_created_from_grouped_and_wide_input(db, admin, zsq):
    d = service.get_resident(db, zsq, actor=admin)
    assert d.row.phone == "13812345678"
    assert service.find_by_id_number(db, GROUPED_ID).id == zsq
    assert service.find_by_id_number(db, "11010519491231002Ｘ").id == zsq


@pytest.mark.parametrize("query", ["１３８１２", "ｚｓｑ", "ＺＳＱ", "1381 2345", "002Ｘ", _wide(ID_X), "zhao shan"])
def test_search_folds_what_is_typed(db, zsq, query):
    assert zsq in [r.id for r in service.search_residents(db, query)], query


def test_id_number_as_typed_still_has_a_limit(db, admin):
    with pytest.raises(ValidationError):
        service.create_resident(db, admin, ResidentInput(name="赵善庆", id_number="1" * 31))


def test_party_member_and_volunteer_search_fold_and_read_both(db, admin):
    from app.requests.service import party_members
    from app.residents import tags as T
    from app.volunteers import roster

    rid = service.create_resident(
        db, admin, ResidentInput(name="阚泽", phone="13812345678", tags={T.PARTY_MEMBER: "一支部"})
    )
    assert [r[0] for r in party_members(db, "ｋｚ")] == [rid]
    assert [r[0] for r in party_members(db, "hz")] == [rid]
    roster.save_volunteer(db, admin, roster.VolunteerInput(resident_id=rid))
    for q in ("ｋｚ", "hz", "kanze", "138-1234"):
        assert [v.resident_id for v in roster.list_volunteers(db, admin, q)] == [rid], q


def test_volunteer_numbers_stored_folded_and_found_as_typed(db, admin):
    from app.volunteers import roster

    rid = service.create_resident(db, admin, ResidentInput(name="李雷"))
    vid = roster.save_volunteer(
        db, admin, roster.VolunteerInput(resident_id=rid, external_number="ＺＹＨ－２０２４－０１")
    )
    assert roster.get_volunteer(db, admin, vid).input.external_number == "ZYH-2024-01"
    for q in ("ZYH-2024", "ｚｙｈ－２０２４", "2024-01"):
        assert [v.id for v in roster.list_volunteers(db, admin, q)] == [vid], q


def test_the_mobile_fast_path_answers_as_phonenumbers_does():
    """normalise_phone's fast path for mainland mobiles (the import's hot path, issue 17) gives what the full
    phonenumbers path gives, for every 11-digit number starting with 1 in a random sample."""
    import random

    import phonenumbers

    from app.errors import UserError
    from app.residents.phones import normalise_phone

    def slow(text: str) -> str:
        try:
            parsed = phonenumbers.parse(text, "CN")
        except phonenumbers.NumberParseException:
            return "invalid"
        if not phonenumbers.is_valid_number(parsed):
            return "invalid"
        national = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
        return "".join(ch for ch in national if ch.isdigit())

    rng = random.Random(17)
    for _ in range(5000):
        text = "1" + "".join(rng.choice("0123456789") for _ in range(10))
        try:
            fast = normalise_phone(text)
        except UserError:
            fast = "invalid"
        assert fast == slow(text), text


@pytest.mark.parametrize(
    ("typed", "fen"),
    [("12", 1200), ("12.5", 1250), ("¥0.05", 5), ("１２．５", 1250), ("￥１０", 1000), ("1,200元", 120000), ("", None)],
)
def test_one_parser_reads_typed_money_as_fen(typed, fen):
    assert parse_yuan(typed) == fen


@pytest.mark.parametrize("typed", ["abc", "1.234", "-5", "1,20", ".5", "12 元 5"])
def test_what_is_not_an_amount_is_none(typed):
    assert parse_yuan(typed) is None


@pytest.mark.parametrize("typed", ["99999999999", "20000.01", "９９９９９９９９９９９", "1,000,000"])
def test_a_number_too_large_is_said_to_be_too_large_with_the_limit(typed):
    """Clerk's report: 99999999999 in the canteen's 实收 box was called "not a number". A plain number beyond the
    field's limit is too large, and the refusal names the limit in yuan."""
    with pytest.raises(AmountTooLarge) as caught:
        parse_yuan(typed)
    assert caught.value.message == "The amount is too large: at most ¥20,000."
    with pytest.raises(AmountTooLarge, match=r"at most ¥10,000\."):
        parse_yuan("10000.01", most_fen=1_000_000)
    assert parse_yuan("10000", most_fen=1_000_000) == 1_000_000


def test_too_large_is_said_in_the_users_language(zh):
    with pytest.raises(AmountTooLarge) as caught:
        parse_yuan("99999999999", most_fen=1_000_000)
    assert "¥10,000" in caught.value.message and "金额" in caught.value.message


def test_a_money_field_out_of_range_at_the_boundary_is_said_in_yuan(db, admin):
    """The typed boundary (app.boundary) said "Must be a whole number from 0 to 2000000" for a fee in fen: a hundred
    times the limit the clerk thinks in. Every `…_fen` field now names the range in yuan."""
    from app.canteen import service as canteen

    rid = service.create_resident(db, admin, ResidentInput(name="赵善庆", birth_date=dt.date(1944, 5, 1)))
    canteen.open_card(db, admin, rid, "K0001")
    with pytest.raises(ValidationError) as caught:
        canteen.card_movement(db, admin, rid, 99_999_999_999, "topup")
    assert "¥0 to ¥20,000" in str(caught.value.errors) and "2000000" not in str(caught.value.errors)
