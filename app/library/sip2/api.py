"""通借通还: the book room's district-owned copies are lent, returned and renewed through the district library's system
over SIP2, and a reader's card is checked there (DOMAIN "The city book room"; issue 18, item 2).

The book room's loans call these with a transaction id they made (a UUID is fine) and act on the answer:

- `ok` True: the library did it (`due` is its due date when it gave one);
- `ok` False, `offline` False: the library refused; `message` says why, for the counter (blocked card, a hold for
  another reader, an unknown barcode …), nothing is kept to send;
- `offline` True: the library could not be asked or did not answer usably (unreachable, too slow, garbage, login
  refused, its system offline; the link not set up, for a return only: a loan or renewal with the link not set up
  is refused, `ok` and `offline` False, asking for the administrator). The caller keeps the transaction with
  `app.library.sip2.outbox.add_pending(...)` in its own unit of work, with the same transaction id: it is sent later,
  in order, and applied once even if this attempt did reach the library (the id travels with it).

These do network I/O (up to a few times the link's timeout) and so belong off the UI thread. They write nothing but
their audit entry, in a short unit of work of their own after the answer.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app import audit, clock, typed
from app.accounts.permissions import LEND_BOOKS, require
from app.actor import Actor
from app.boundary import checked
from app.errors import ValidationError
from app.i18n import translate
from app.library.sip2 import client
from app.library.sip2.client import Outcome
from app.library.sip2.link import load_link
from db.engine import Database
from db.models.library_sip import CHECKIN, CHECKOUT, RENEW


@dataclass(frozen=True)
class DistrictAnswer:
    """The district library's answer to one call (see the module's docstring). `txn_id`: the caller's id, echoed
    ("" for a patron status, which is not a transaction)."""

    ok: bool
    offline: bool
    message: str
    due: dt.date | None
    txn_id: str


@checked
def district_checkout(db: Database, actor: Actor, *, patron: str, item: str, txn_id: str) -> DistrictAnswer:
    """Lend district copy `item` (barcode) to the reader with library card `patron`. See the module's docstring."""
    require(actor, LEND_BOOKS)
    patron, item, txn_id = _card(patron), _barcode(item), _txn(txn_id)
    outcome = _after_the_queue(db, actor) or client.transact(
        load_link(db), CHECKOUT, patron=patron, item=item, txn_id=txn_id, at=clock.now(), no_block=False
    )
    _audit(db, actor, CHECKOUT, txn_id, item, outcome)
    return answer_for(CHECKOUT, outcome, txn_id)


@checked
def district_checkin(db: Database, actor: Actor, *, item: str, txn_id: str) -> DistrictAnswer:
    """Return district copy `item` to the district library. ok with a message to put the copy aside when the library
    flags it (wanted by another reader)."""
    require(actor, LEND_BOOKS)
    item, txn_id = _barcode(item), _txn(txn_id)
    outcome = _after_the_queue(db, actor) or client.transact(
        load_link(db), CHECKIN, patron=None, item=item, txn_id=txn_id, at=clock.now(), no_block=False
    )
    _audit(db, actor, CHECKIN, txn_id, item, outcome)
    return answer_for(CHECKIN, outcome, txn_id)


@checked
def district_renew(db: Database, actor: Actor, *, patron: str, item: str, txn_id: str) -> DistrictAnswer:
    """Renew district copy `item` for the reader with card `patron`; `due` is the library's new due date."""
    require(actor, LEND_BOOKS)
    patron, item, txn_id = _card(patron), _barcode(item), _txn(txn_id)
    outcome = _after_the_queue(db, actor) or client.transact(
        load_link(db), RENEW, patron=patron, item=item, txn_id=txn_id, at=clock.now(), no_block=False
    )
    _audit(db, actor, RENEW, txn_id, item, outcome)
    return answer_for(RENEW, outcome, txn_id)


@checked
def district_patron_status(db: Database, actor: Actor, *, patron: str) -> DistrictAnswer:
    """May the reader with card `patron` borrow district copies? ok True when the library says so; ok False with the
    reason (card blocked, not known); offline when it cannot be asked. Not audited: it changes nothing."""
    require(actor, LEND_BOOKS)
    patron = _card(patron)
    outcome = client.patron_status(load_link(db), patron, at=clock.now())
    return answer_for("patron_status", outcome, "")


def _after_the_queue(db: Database, actor: Actor) -> Outcome | None:
    """None when nothing kept waits to be sent (or it all went out now); else an OFFLINE outcome (QUEUED or why
    the kept ones could not go): a transaction never overtakes the kept ones (a return sent before the kept loan it
    ends would leave the copy on the reader's card at the library)."""
    from app.library.sip2 import outbox  # outbox words its results with this module

    if not outbox.unfinished(db):
        return None
    sent = outbox.send_pending(db, actor)
    if sent.remaining == 0:
        return None
    return Outcome(client.OFFLINE, problem=sent.problem or client.QUEUED)


# --- wording ------------------------------------------------------------------------------------------------------


def answer_for(op: str, outcome: Outcome, txn_id: str) -> DistrictAnswer:
    """The counter's answer for an outcome of `op` (checkout, checkin, renew, patron_status)."""
    if outcome.status == client.OFFLINE and outcome.problem == client.NOT_SET_UP and op in (CHECKOUT, RENEW):
        # never set up (or switched off): not an outage. A loan or renewal is not kept for a library this computer
        # is not configured to reach; the counter is told to ask the administrator (clerk's report, item 2).
        text = sentences(
            problem_text(client.NOT_SET_UP),
            translate(
                "DistrictLibrary",
                "Ask the administrator to set it up: until then district-owned books cannot be lent or renewed here.",
            ),
        )
        return DistrictAnswer(ok=False, offline=False, message=text, due=None, txn_id=txn_id)
    if outcome.status == client.OFFLINE and outcome.problem == client.NOT_SET_UP and op == CHECKIN:
        # the book is back on the desk: the return is kept, but not as if the library were briefly unreachable
        text = sentences(
            problem_text(client.NOT_SET_UP),
            translate(
                "DistrictLibrary",
                "The return is kept here and sent once the administrator sets up the link.",
            ),
        )
        return DistrictAnswer(ok=False, offline=True, message=text, due=None, txn_id=txn_id)
    if outcome.status == client.OFFLINE:
        text = problem_text(outcome.problem or client.UNREACHABLE)
        if op == "patron_status":
            text = sentences(text, translate("DistrictLibrary", "The reader's card cannot be checked there now."))
        else:
            text = sentences(
                text,
                translate("DistrictLibrary", "The transaction is kept here and sent when the library can be reached."),
            )
        return DistrictAnswer(ok=False, offline=True, message=text, due=None, txn_id=txn_id)
    if outcome.status == client.REFUSED:
        text = refusal_text(outcome.refusal or client.OTHER)
        if outcome.library_message:
            said = translate("DistrictLibrary", "The library says: {text}").format(text=outcome.library_message)
            text = sentences(text, said)
        return DistrictAnswer(ok=False, offline=False, message=text, due=None, txn_id=txn_id)
    due = outcome.due
    if op == CHECKOUT:
        text = (
            translate("DistrictLibrary", "Lent through the district library, due {due}.").format(due=due.isoformat())
            if due
            else translate("DistrictLibrary", "Lent through the district library.")
        )
    elif op == RENEW:
        text = (
            translate("DistrictLibrary", "Renewed at the district library, due {due}.").format(due=due.isoformat())
            if due
            else translate("DistrictLibrary", "Renewed at the district library.")
        )
    elif op == CHECKIN:
        text = translate("DistrictLibrary", "Returned to the district library.")
        if outcome.alert:
            text = sentences(
                text, translate("DistrictLibrary", "Put this copy aside: another reader is waiting for it.")
            )
    else:
        text = translate("DistrictLibrary", "The district library lets this reader borrow.")
    return DistrictAnswer(ok=True, offline=False, message=text, due=due, txn_id=txn_id)


def sentences(*parts: str) -> str:
    """Sentences one after another: a space after a Latin full stop, none after Chinese punctuation (。：）)."""
    out = ""
    for part in parts:
        if not part:
            continue
        out += part if not out or out[-1] in "。：；！？）」”" else " " + part
    return out


def problem_text(problem: str) -> str:
    """Why the library could not be asked, for the counter and the pending screen."""
    texts = {
        client.UNREACHABLE: lambda: translate("DistrictLibrary", "The district library's server cannot be reached."),
        client.TIMEOUT: lambda: translate("DistrictLibrary", "The district library's server did not answer in time."),
        client.GARBAGE: lambda: translate(
            "DistrictLibrary", "The district library's server answered something that is not SIP2."
        ),
        client.CLOSED: lambda: translate("DistrictLibrary", "The district library's server closed the connection."),
        client.LOGIN: lambda: translate(
            "DistrictLibrary", "The district library refused the desk's sign-in: check the link settings."
        ),
        client.ACS_OFFLINE: lambda: translate("DistrictLibrary", "The district library's system says it is offline."),
        client.NOT_SET_UP: lambda: translate("DistrictLibrary", "The district library link is not set up."),
        client.QUEUED: lambda: translate(
            "DistrictLibrary", "Earlier district transactions are still being sent; this one goes after them."
        ),
    }
    return texts.get(problem, texts[client.UNREACHABLE])()


def refusal_text(refusal: str) -> str:
    """Why the library refused, for the counter and the pending screen."""
    texts = {
        client.BLOCKED: lambda: translate(
            "DistrictLibrary", "The district library has blocked this reader's card: no district books now."
        ),
        client.UNKNOWN_PATRON: lambda: translate("DistrictLibrary", "The district library does not know this card."),
        client.ON_HOLD: lambda: translate(
            "DistrictLibrary", "This copy is on hold for another reader at the district library."
        ),
        client.UNKNOWN_ITEM: lambda: translate("DistrictLibrary", "The district library does not know this barcode."),
        client.OTHER: lambda: translate("DistrictLibrary", "The district library refused it."),
    }
    return texts.get(refusal, texts[client.OTHER])()


# --- input and audit ----------------------------------------------------------------------------------------------


def _card(value: str) -> str:
    card = typed.fold(value).strip()
    if not card:
        raise ValidationError({"patron": translate("DistrictLibrary", "Scan or type the reader's library card.")})
    return card


def _barcode(value: str) -> str:
    barcode = typed.fold(value).strip()
    if not barcode:
        raise ValidationError({"item": translate("DistrictLibrary", "Scan or type the copy's barcode.")})
    return barcode


def _txn(value: str) -> str:
    txn = value.strip()
    if not txn or "|" in txn:
        raise ValidationError({"txn_id": translate("DistrictLibrary", 'A transaction id is needed (no "|").')})
    return txn


def _audit(db: Database, actor: Actor, op: str, txn_id: str, item: str, outcome: Outcome) -> None:
    with db.write() as s:
        audit.record(
            s,
            actor,
            "district_checkout" if op == CHECKOUT else "district_renew" if op == RENEW else "district_checkin",
            "district_transaction",
            txn_id,
            outcome_message(item, outcome),
        )


def outcome_message(item: str, outcome: Outcome) -> audit.Message:
    """The audit summary of an outcome: no reader's card or name, the copy's barcode and what became of it."""
    if outcome.status == client.ACCEPTED:
        if outcome.due is not None:
            return audit.message("library_sip.accepted_due", item=item, due=outcome.due)
        return audit.message("library_sip.accepted", item=item)
    if outcome.status == client.REFUSED:
        return audit.message("library_sip.refused", item=item, sip_refusal=outcome.refusal or client.OTHER)
    return audit.message("library_sip.offline", item=item, sip_problem=outcome.problem or client.UNREACHABLE)
