"""SIP2 frames: the 3M spec's own examples, pysip2's output, the transaction id extension, masked log lines."""

import datetime as dt

import pytest
from pysip2 import (
    CheckoutRequest,
    LoginRequest,
    PatronStatusResponse,
    calculate_checksum,
    encode_message,
    verify_checksum,
)

from app.library.sip2 import codec


def test_checksum_of_the_spec_example():
    # 3M SIP2 Developers Guide, "Error detection": SC Status with sequence 1 carries checksum FCB4
    assert verify_checksum(b"990 402.00AY1AZFCB4")
    assert calculate_checksum(b"990 402.00AY1AZ") == "FCB4"


def test_login_frame_of_the_spec_example():
    # The spec's login example. It prints the checksum as EC78; the sum of its bytes gives EC7B (the figure other
    # implementations test against too): the spec's digits are a typo, the arithmetic is the rule.
    frame = codec.encode(
        LoginRequest(
            uid_algorithm="0",
            pwd_algorithm="0",
            login_user_id="LoginUserID",
            login_password="LoginPassword",
            location_code="LocationCode",
        ),
        sequence=5,
        encoding="cp850",
    )
    assert frame == b"9300CNLoginUserID|COLoginPassword|CPLocationCode|AY5AZEC7B\r"


def _checkout(**kw) -> CheckoutRequest:
    fields = {
        "sc_renewal_policy": "N",
        "no_block": "N",
        "transaction_date": "20261130    100000",
        "nb_due_date": "20261130    100000",
        "institution_id": "DISTLIB",
        "patron_identifier": "D2026000417",
        "item_identifier": "310000123456",
        "terminal_password": "",
    }
    return CheckoutRequest(**(fields | kw))


def test_same_bytes_as_pysip2_without_the_extension():
    ours = codec.encode(_checkout(), sequence=3, encoding="utf-8")
    assert ours == encode_message(_checkout(), sequence_number=3, checksum=True, encoding="utf-8")


def test_the_transaction_id_rides_before_the_trailer_and_the_checksum_holds():
    frame = codec.encode(_checkout(), sequence=7, encoding="utf-8", extra={codec.TXN_FIELD: "c0ffee-01"})
    assert b"|XTc0ffee-01|AY7AZ" in frame
    assert verify_checksum(frame[:-1])
    message, sequence = codec.decode(frame, encoding="utf-8")
    assert sequence == 7 and message == _checkout()  # a library that ignores XT reads the same checkout
    assert codec.extra_field(frame, codec.TXN_FIELD, encoding="utf-8") == "c0ffee-01"


def test_a_value_sip2_cannot_carry_is_refused_before_sending():
    with pytest.raises(codec.FrameError):
        codec.encode(_checkout(item_identifier="31|00"), sequence=0, encoding="utf-8")
    with pytest.raises(codec.FrameError):
        codec.encode(_checkout(item_identifier="书"), sequence=0, encoding="cp850")


@pytest.mark.parametrize(
    "frame",
    [
        b"\x15\xfe\xff<html>502 Bad Gateway</html>\r",
        b"941AY0AZ0000\r",  # bad checksum
        b"12\r",  # truncated checkout response
        b"no carriage return",
    ],
)
def test_garbage_is_a_frame_error(frame):
    with pytest.raises(codec.FrameError):
        codec.decode(frame, encoding="utf-8")


def test_log_lines_mask_personal_data_and_secrets():
    answer = PatronStatusResponse(
        patron_status="Y" + " " * 13,
        language="000",
        transaction_date="20261130    100000",
        institution_id="DISTLIB",
        patron_identifier="D2026000417",
        personal_name="欧阳秀英",
        valid_patron="Y",
        screen_message=("欧阳秀英，您好",),
    )
    line = codec.loggable(codec.encode(answer, sequence=2, encoding="utf-8"), encoding="utf-8")
    assert "D2026000417" not in line and "欧阳" not in line
    assert "AA***|" in line and "AE***|" in line and "AF***|" in line and "AODISTLIB|" in line
    login = codec.encode(
        LoginRequest(uid_algorithm="0", pwd_algorithm="0", login_user_id="desk", login_password="pw-123"),
        sequence=0,
        encoding="utf-8",
    )
    assert codec.loggable(login, encoding="utf-8").startswith("9300CN***|CO***|AY0AZ")
    assert codec.loggable(b"\x15garbage D2026000417\r", encoding="utf-8") == "<21 bytes, not SIP2>"


def test_frames_split_across_reads_and_crlf():
    chunks = iter([b"941AY0AZ", b"FDFD\r\n98", b""])
    reader = codec.FrameReader()
    assert reader.next(lambda: next(chunks)) == b"941AY0AZFDFD\r"
    with pytest.raises(EOFError):
        reader.next(lambda: next(chunks))


def test_an_endless_frame_is_garbage():
    reader = codec.FrameReader(limit=100)
    with pytest.raises(codec.FrameError):
        reader.next(lambda: b"x" * 60)


@pytest.mark.parametrize(
    "text, day",
    [
        ("20261230    235959", dt.date(2026, 12, 30)),
        ("20261230", dt.date(2026, 12, 30)),
        ("2026-12-30", dt.date(2026, 12, 30)),
        ("2026-12-30 23:59:59", dt.date(2026, 12, 30)),
        ("2026/12/30", dt.date(2026, 12, 30)),
        ("2026年12月30日", dt.date(2026, 12, 30)),
        ("", None),
        ("next week", None),
        ("20261340", None),
    ],
)
def test_due_dates_in_the_forms_libraries_write(text, day):
    assert codec.parse_due(text) == day


def test_sip_dates_are_the_centers_local_time(frozen):
    instant = dt.datetime(2026, 11, 30, 2, 5, 9, tzinfo=dt.UTC)  # 10:05:09 in Shanghai
    assert codec.sip_datetime(instant) == "20261130    100509"
