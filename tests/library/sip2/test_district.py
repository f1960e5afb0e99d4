"""The district calls against the loopback SIP2 server playing the district library: answers, refusals, outages."""

import datetime as dt
import logging

import pytest
from sqlalchemy import select

from app.errors import ValidationError
from app.library.sip2 import api
from app.library.sip2.link import LinkSettings, get_link_settings, save_link_settings
from db.models import AuditEntry
from tests.library.sip2.conftest import BLOCKED, BLOCKED_NAME, COPY, HELD, READER, READER_NAME
from tests.library.sip2.server import LOGIN_PASSWORD, LOGIN_USER

DUE = dt.date(2026, 12, 30)  # the test library lends for 30 days from 2026-11-30


def _audit(db, txn):
    with db.read() as s:
        return s.execute(select(AuditEntry).where(AuditEntry.entity_id == txn)).scalars().all()


def test_lend_renew_and_return_online(db, admin, linked):
    lent = api.district_checkout(db, admin, patron=READER, item=COPY, txn_id="t-1")
    assert lent == api.DistrictAnswer(True, False, "Lent through the district library, due 2026-12-30.", DUE, "t-1")
    assert linked.items[COPY].out_to == READER
    renewed = api.district_renew(db, admin, patron=READER, item=COPY, txn_id="t-2")
    assert renewed.ok and renewed.due == DUE
    back = api.district_checkin(db, admin, item=COPY, txn_id="t-3")
    assert back.ok and not back.offline and linked.items[COPY].out_to is None
    assert linked.applied == {"t-1": 1, "t-2": 1, "t-3": 1}
    assert linked.no_block == []  # done online: not marked as store-and-forward
    (entry,) = _audit(db, "t-1")
    assert entry.action == "district_checkout" and entry.entity == "district_transaction"
    assert READER not in (entry.summary or "") and READER_NAME not in (entry.summary or "")


def test_a_blocked_reader_is_refused_with_the_reason(db, admin, linked):
    answer = api.district_checkout(db, admin, patron=BLOCKED, item=COPY, txn_id="t-b")
    assert not answer.ok and not answer.offline
    assert answer.message.startswith("The district library has blocked this reader's card")
    assert linked.items[COPY].out_to is None and linked.applied["t-b"] == 0
    status = api.district_patron_status(db, admin, patron=BLOCKED)
    assert not status.ok and not status.offline and "blocked" in status.message
    assert api.district_patron_status(db, admin, patron=READER).ok
    unknown = api.district_patron_status(db, admin, patron="D0000000000")
    assert not unknown.ok and unknown.message == "The district library does not know this card."


def test_a_copy_on_hold_elsewhere_is_refused_and_its_return_says_put_it_aside(db, admin, linked):
    answer = api.district_checkout(db, admin, patron=READER, item=HELD, txn_id="t-h")
    assert not answer.ok and not answer.offline
    assert answer.message.startswith("This copy is on hold for another reader at the district library.")
    assert "The library says: Item on hold for another patron" in answer.message
    back = api.district_checkin(db, admin, item=HELD, txn_id="t-h2")
    assert back.ok and "Put this copy aside" in back.message


def test_an_unknown_barcode(db, admin, linked):
    answer = api.district_checkout(db, admin, patron=READER, item="999", txn_id="t-u")
    assert not answer.ok and answer.message.startswith("The district library does not know this barcode.")


@pytest.mark.parametrize(
    "mode, says",
    [
        ("down", "The district library's server cannot be reached."),
        ("close", "The district library's server closed the connection."),
        ("garbage", "The district library's server answered something that is not SIP2."),
        ("slow", "The district library's server did not answer in time."),
        ("offline", "The district library's system says it is offline."),
        ("bad_login", "The district library refused the desk's sign-in: check the link settings."),
    ],
)
def test_outages_answer_offline_with_a_clear_message(db, admin, linked, mode, says):
    if mode == "down":
        linked.stop()
    else:
        linked.mode = mode
    answer = api.district_checkout(db, admin, patron=READER, item=COPY, txn_id="t-o")
    assert answer.offline and not answer.ok and answer.txn_id == "t-o"
    assert answer.message == says + " The transaction is kept here and sent when the library can be reached."
    assert linked.applied["t-o"] == 0
    status = api.district_patron_status(db, admin, patron=READER)
    assert status.offline and status.message.startswith(says)
    (entry,) = _audit(db, "t-o")
    assert entry.action == "district_checkout"


def test_garbage_after_the_request_is_offline_and_a_resend_is_applied_once(db, admin, linked):
    """The library got the checkout but its answer was garbage: the desk keeps it; sending it again with the same
    transaction id does not lend the copy twice."""
    linked.mode, linked.fail_on = "garbage", frozenset({"11"})
    first = api.district_checkout(db, admin, patron=READER, item=COPY, txn_id="t-g")
    assert first.offline
    linked.mode = "normal"
    again = api.district_checkout(db, admin, patron=READER, item=COPY, txn_id="t-g")
    assert again.ok and linked.seen["t-g"] == 1  # garbage mode answered before the library handled it


def test_not_set_up_is_offline(db, admin):
    answer = api.district_checkin(db, admin, item=COPY, txn_id="t-n")
    assert answer.offline and answer.message.startswith("The district library link is not set up.")


@pytest.mark.parametrize("op", ["checkout", "renew"])
def test_a_loan_or_renewal_with_the_link_not_set_up_is_refused_not_kept(db, admin, op):
    """Clerk's report: not an outage to wait out: nothing is kept for a library this computer is not set up to reach."""
    call = api.district_checkout if op == "checkout" else api.district_renew
    answer = call(db, admin, patron=READER, item=COPY, txn_id="t-s")
    assert not answer.ok and not answer.offline
    assert answer.message.startswith("The district library link is not set up.") and "administrator" in answer.message


def test_typed_input_is_folded_and_empty_input_refused(db, admin, linked):
    answer = api.district_checkout(db, admin, patron="Ｄ2026000417 ", item=" 310000123456", txn_id="t-f")
    assert answer.ok and linked.items[COPY].out_to == READER
    with pytest.raises(ValidationError):
        api.district_checkout(db, admin, patron=" ", item=COPY, txn_id="t-e")
    with pytest.raises(ValidationError):
        api.district_checkin(db, admin, item=COPY, txn_id="a|b")


def test_the_exchange_is_logged_without_personal_data(db, admin, linked, caplog):
    caplog.set_level(logging.DEBUG, logger="community_desk")
    api.district_checkout(db, admin, patron=READER, item=COPY, txn_id="t-l1")
    api.district_checkout(db, admin, patron=BLOCKED, item=COPY, txn_id="t-l2")
    api.district_patron_status(db, admin, patron=READER)
    linked.mode = "garbage"
    api.district_checkin(db, admin, item=COPY, txn_id="t-l3")
    text = caplog.text
    assert "SIP2 -> 11" in text and "SIP2 <- 12" in text and "SIP2 <- 24" in text and COPY in text
    assert "not SIP2" in text  # the garbage is described, not copied
    for secret in (READER, BLOCKED, READER_NAME, BLOCKED_NAME, "欧阳", LOGIN_PASSWORD, LOGIN_USER):
        assert secret not in text


def test_settings_never_show_the_password_and_keep_it_unless_changed(db, admin, linked):
    shown = get_link_settings(db, admin)
    assert shown.login_password is None and shown.has_password and shown.port == linked.port
    save_link_settings(db, admin, LinkSettings(**{**shown.__dict__, "timeout_seconds": 2, "login_password": None}))
    assert api.district_checkout(db, admin, patron=READER, item=COPY, txn_id="t-s").ok  # password kept
    with db.read() as s:
        entries = s.execute(select(AuditEntry).where(AuditEntry.entity == "library_sip_link")).scalars().all()
    assert entries and all(LOGIN_PASSWORD not in (e.after_json or "") + (e.before_json or "") for e in entries)
    with pytest.raises(ValidationError) as info:
        save_link_settings(db, admin, LinkSettings(host="", institution_id=""))
    assert set(info.value.errors) == {"host", "institution_id"}
