"""Talking SIP2 to the district library: one connection per transaction (connect, 93 login, 99 status, the request,
close), with a deadline on every answer.

Why a connection per transaction: a book room lends a few dozen district copies a day, and a fresh connection finds
out at once whether the library is there; a kept-open one would have to notice a silently dropped line first. Plain
blocking sockets: the services run off the UI thread (ui.common.tasks) and in the background sender.

Everything that keeps the transaction from being answered is a `LinkDown` with a problem code (`UNREACHABLE`,
`TIMEOUT`, `GARBAGE`, `CLOSED`, `LOGIN`, `ACS_OFFLINE`, `NOT_SET_UP`); the caller keeps the transaction and sends it
later. A refusal by the library is an answer, not a problem: `Outcome(status=REFUSED, refusal=…)`. Every frame sent
and received is logged through the "community_desk" logger with personal data masked (`codec.loggable`).
"""

from __future__ import annotations

import datetime as dt
import logging
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TypeVar

from pysip2 import (
    ACSStatusResponse,
    CheckinRequest,
    CheckinResponse,
    CheckoutRequest,
    CheckoutResponse,
    ItemInformationRequest,
    ItemInformationResponse,
    LoginRequest,
    LoginResponse,
    PatronStatusRequest,
    PatronStatusResponse,
    RenewRequest,
    RenewResponse,
    RequestSCResend,
    SCStatusRequest,
    SIPMessage,
)

from app import clock
from app.library.sip2 import codec
from db.models.library_sip import CHECKIN, CHECKOUT, RENEW

log = logging.getLogger("community_desk.library.sip2")
M = TypeVar("M", bound=SIPMessage)

# Why a transaction did not get through (library_sip_outbox.last_problem)
UNREACHABLE = "unreachable"
TIMEOUT = "timeout"
GARBAGE = "garbage"
CLOSED = "closed"
LOGIN = "login"
ACS_OFFLINE = "acs_offline"
NOT_SET_UP = "not_set_up"
QUEUED = "queued"  # kept transactions are still waiting (another workstation is sending them): go after them
PROBLEMS = (UNREACHABLE, TIMEOUT, GARBAGE, CLOSED, LOGIN, ACS_OFFLINE, NOT_SET_UP, QUEUED)

# Outcomes
ACCEPTED = "accepted"
REFUSED = "refused"
OFFLINE = "offline"

# Why the library refused (library_sip_outbox.refusal)
BLOCKED = "blocked"
UNKNOWN_PATRON = "unknown_patron"
ON_HOLD = "on_hold"
UNKNOWN_ITEM = "unknown_item"
OTHER = "refused"
REFUSALS = (BLOCKED, UNKNOWN_PATRON, ON_HOLD, UNKNOWN_ITEM, OTHER)

# Patron status (24) flags, positions in the 14-character field: Y = denied / reported.
_CHARGE_DENIED = 0
_CARD_LOST = 4
# Item circulation status (18): waiting on the hold shelf; recalled (someone else asked for it)
_HELD_STATUSES = frozenset({"07", "08"})
_UNKNOWN_ITEM_STATUS = "01"


@dataclass(frozen=True)
class Link:
    """Where the district library's SIP2 server is and how the desk signs in (app.library.sip2.link loads it)."""

    host: str
    port: int
    institution_id: str
    login_user: str
    login_password: str
    location_code: str
    timeout_seconds: float
    encoding: str = "utf-8"


class LinkDown(Exception):
    """The library could not be asked or did not answer usably; `problem` is one of PROBLEMS."""

    def __init__(self, problem: str) -> None:
        super().__init__(problem)
        self.problem = problem


@dataclass(frozen=True)
class Outcome:
    """What became of one transaction: ACCEPTED, REFUSED (with `refusal`) or OFFLINE (with `problem`).

    `library_message`: the library's own screen message (AF), shown to staff, never logged. `alert`: a checkin the
    library flags (the copy is wanted elsewhere: put it aside). `due`: the library's due date, if it gave one."""

    status: str
    refusal: str | None = None
    problem: str | None = None
    due: dt.date | None = None
    library_message: str = ""
    alert: bool = False


class CallCut:
    """A way to cut one caller's calls to the library from another thread (the desk keeping its outstanding call for
    later, or closing): the worker runs its call inside `cuttable(cut)`; `cut.abort()` shuts down the connection it
    waits on and refuses any it opens afterwards, so the call ends at once as an outage (LinkDown CLOSED) and its
    transaction is kept, with no thread left waiting out the link's timeout. Other callers (the background sender)
    are not touched."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.aborted = False
        self._sessions: set[Session] = set()

    def abort(self) -> None:
        with self._lock:
            self.aborted = True
            sessions = list(self._sessions)
        for session in sessions:
            sock = session.sock
            if sock is not None:
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def _enter(self, session: Session) -> None:
        with self._lock:
            if self.aborted:
                raise LinkDown(CLOSED)
            self._sessions.add(session)

    def _leave(self, session: Session) -> None:
        with self._lock:
            self._sessions.discard(session)


_current = threading.local()


@contextmanager
def cuttable(cut: CallCut) -> Iterator[None]:
    """Run this thread's calls to the library so that `cut.abort()` (from any thread) ends them at once."""
    _current.cut = cut
    try:
        yield
    finally:
        _current.cut = None


class Session:
    """One connection to the library: `with Session(link) as s: s.exchange(request, ResponseType, extra)`.

    Opening connects, signs in (93/94, when a login user is set) and asks the status (99/98): a library that says it
    is offline, or refuses the sign-in, is a LinkDown before any transaction is sent."""

    def __init__(self, link: Link) -> None:
        self.link = link
        self.sock: socket.socket | None = None
        self.sequence = 0
        self.reader = codec.FrameReader()
        self.status: ACSStatusResponse | None = None
        self.last_raw = b""

    def __enter__(self) -> Session:
        cut = getattr(_current, "cut", None)
        if cut is not None and cut.aborted:  # cut before it connected
            raise LinkDown(CLOSED)
        try:
            self.sock = socket.create_connection((self.link.host, self.link.port), timeout=self.link.timeout_seconds)
        except TimeoutError:
            raise LinkDown(TIMEOUT) from None
        except OSError:
            raise LinkDown(UNREACHABLE) from None
        self.cut: CallCut | None = getattr(_current, "cut", None)
        if self.cut is not None:
            try:
                self.cut._enter(self)
            except LinkDown:
                self.close()
                raise
        try:
            if self.link.login_user:
                login = LoginRequest(
                    uid_algorithm="0",
                    pwd_algorithm="0",
                    login_user_id=self.link.login_user,
                    login_password=self.link.login_password,
                    location_code=self.link.location_code or None,
                )
                answer = self.exchange(login, LoginResponse)
                if answer.ok != "1":
                    raise LinkDown(LOGIN)
            status = self.exchange(
                SCStatusRequest(status_code="0", max_print_width="080", protocol_version="2.00"), ACSStatusResponse
            )
            if status.online_status != "Y":
                raise LinkDown(ACS_OFFLINE)
            self.status = status
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        cut = getattr(self, "cut", None)
        if cut is not None:
            cut._leave(self)
        if self.sock is not None:
            try:
                self.sock.close()
            finally:
                self.sock = None

    def exchange(self, request: SIPMessage, expect: type[M], extra: dict[str, str] | None = None) -> M:
        """Send `request`, return the library's answer of type `expect` (96 "send again" is honoured once).

        Raises LinkDown(TIMEOUT) when no full answer comes within the link's timeout, LinkDown(CLOSED) when the
        library closes the connection, LinkDown(GARBAGE) for anything that is not the expected SIP2 answer to this
        request (wrong type, bad checksum, a sequence number of another request)."""
        assert self.sock is not None
        sequence = self.sequence
        self.sequence = (self.sequence + 1) % 10
        try:
            frame = codec.encode(request, sequence=sequence, encoding=self.link.encoding, extra=extra)
        except codec.FrameError:
            raise LinkDown(GARBAGE) from None  # a value SIP2 cannot carry: the library could not read it either
        for _attempt in range(2):
            self._send(frame)
            answer, answer_sequence, raw = self._receive()
            if isinstance(answer, RequestSCResend):
                continue
            if not isinstance(answer, expect) or (answer_sequence is not None and answer_sequence != sequence):
                log.warning("SIP2 unexpected answer: %s", codec.loggable(raw, encoding=self.link.encoding))
                raise LinkDown(GARBAGE)
            self.last_raw = raw
            return answer
        raise LinkDown(GARBAGE)

    def _send(self, frame: bytes) -> None:
        assert self.sock is not None
        log.info("SIP2 -> %s", codec.loggable(frame, encoding=self.link.encoding))
        try:
            self.sock.settimeout(self.link.timeout_seconds)
            self.sock.sendall(frame)
        except TimeoutError:
            raise LinkDown(TIMEOUT) from None
        except OSError:
            raise LinkDown(CLOSED) from None

    def _receive(self) -> tuple[SIPMessage, int | None, bytes]:
        assert self.sock is not None
        sock = self.sock
        deadline = time.monotonic() + self.link.timeout_seconds

        def more() -> bytes:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError
            sock.settimeout(left)
            return sock.recv(4096)

        try:
            raw = self.reader.next(more)
        except TimeoutError:
            log.warning("SIP2 no answer within %s s", self.link.timeout_seconds)
            raise LinkDown(TIMEOUT) from None
        except EOFError:
            log.warning("SIP2 the library closed the connection")
            raise LinkDown(CLOSED) from None
        except OSError:
            log.warning("SIP2 the connection failed")
            raise LinkDown(CLOSED) from None
        except codec.FrameError:
            log.warning("SIP2 garbage from the library (%d bytes)", len(self.reader.buffer))
            raise LinkDown(GARBAGE) from None
        try:
            message, sequence = codec.decode(raw, encoding=self.link.encoding)
        except codec.FrameError as exc:
            log.warning("SIP2 <- garbage %s (%s)", codec.loggable(raw, encoding=self.link.encoding), exc)
            raise LinkDown(GARBAGE) from None
        log.info("SIP2 <- %s", codec.loggable(raw, encoding=self.link.encoding))
        return message, sequence, raw


def transact(
    link: Link | None,
    op: str,
    *,
    patron: str | None,
    item: str,
    txn_id: str,
    at: dt.datetime,
    no_block: bool,
    due: dt.date | None = None,
) -> Outcome:
    """Send one checkout, checkin or renewal (`op`) and read the library's answer.

    `at`: when it was done at the desk (aware); `no_block`: True for a transaction done while the library was
    unreachable and sent now (SIP2's store-and-forward marker, the desk's due date as the nb due date). The desk's
    `txn_id` travels in the XT extension field; a library that echoes one (BK or XT) must echo this one. When the
    library refuses a checkout or renewal, the patron's status (23) and the copy's (17) are asked in the same
    connection to tell why (blocked card, a hold for another reader, an unknown barcode)."""
    if link is None:
        return Outcome(OFFLINE, problem=NOT_SET_UP)
    when = codec.sip_datetime(at)
    nb_due = codec.sip_day(due) if due is not None else when
    common = {"institution_id": link.institution_id, "terminal_password": ""}
    extra = {codec.TXN_FIELD: txn_id}
    try:
        with Session(link) as s:
            if op == CHECKOUT:
                request = CheckoutRequest(
                    sc_renewal_policy="N",
                    no_block="Y" if no_block else "N",
                    transaction_date=when,
                    nb_due_date=nb_due,
                    patron_identifier=patron or "",
                    item_identifier=item,
                    **common,
                )
                answer: SIPMessage = s.exchange(request, CheckoutResponse, extra)
            elif op == CHECKIN:
                request = CheckinRequest(
                    no_block="Y" if no_block else "N",
                    transaction_date=when,
                    return_date=when,
                    current_location=link.location_code,
                    item_identifier=item,
                    **common,
                )
                answer = s.exchange(request, CheckinResponse, extra)
            elif op == RENEW:
                request = RenewRequest(
                    third_party_allowed="N",
                    no_block="Y" if no_block else "N",
                    transaction_date=when,
                    nb_due_date=nb_due,
                    patron_identifier=patron or "",
                    item_identifier=item,
                    **common,
                )
                answer = s.exchange(request, RenewResponse, extra)
            else:  # pragma: no cover - the callers pass one of OPS
                raise ValueError(op)
            _check_echo(s, answer, item, txn_id)
            said = " ".join(m.strip() for m in answer.screen_message if m.strip())[:255]  # type: ignore[attr-defined]
            if answer.ok == "1":  # type: ignore[attr-defined]
                due_date = codec.parse_due(getattr(answer, "due_date", None))
                alert = isinstance(answer, CheckinResponse) and answer.alert == "Y"
                return Outcome(ACCEPTED, due=due_date, library_message=said, alert=alert)
            return Outcome(REFUSED, refusal=_why_refused(s, op, patron, item), library_message=said)
    except LinkDown as down:
        return Outcome(OFFLINE, problem=down.problem)


def patron_status(link: Link | None, patron: str, *, at: dt.datetime) -> Outcome:
    """Ask the library about a reader's card (23/24): ACCEPTED when they may borrow, REFUSED with BLOCKED or
    UNKNOWN_PATRON, OFFLINE with the problem. The reader's name in the answer is not kept."""
    if link is None:
        return Outcome(OFFLINE, problem=NOT_SET_UP)
    try:
        with Session(link) as s:
            refusal = _patron_refusal(s, patron, at=at)
            return Outcome(REFUSED, refusal=refusal) if refusal else Outcome(ACCEPTED)
    except LinkDown as down:
        return Outcome(OFFLINE, problem=down.problem)


def _patron_refusal(s: Session, patron: str, *, at: dt.datetime) -> str | None:
    answer = s.exchange(
        PatronStatusRequest(
            language="000",
            transaction_date=codec.sip_datetime(at),
            institution_id=s.link.institution_id,
            patron_identifier=patron,
            terminal_password="",
            patron_password="",
        ),
        PatronStatusResponse,
    )
    if answer.valid_patron == "N":
        return UNKNOWN_PATRON
    flags = answer.patron_status
    if flags[_CHARGE_DENIED] == "Y" or flags[_CARD_LOST] == "Y":
        return BLOCKED
    return None


def _why_refused(s: Session, op: str, patron: str | None, item: str) -> str:
    """The reason of a refusal, asked in the same connection; OTHER when the library does not say."""
    at = clock.now()
    try:
        if op in (CHECKOUT, RENEW) and patron:
            refusal = _patron_refusal(s, patron, at=at)
            if refusal:
                return refusal
        info = s.exchange(
            ItemInformationRequest(
                transaction_date=codec.sip_datetime(at), institution_id=s.link.institution_id, item_identifier=item
            ),
            ItemInformationResponse,
        )
    except LinkDown:
        return OTHER  # the refusal stands; only its reason is unknown
    if info.circulation_status == _UNKNOWN_ITEM_STATUS and not info.title_identifier:
        return UNKNOWN_ITEM
    queue = (info.hold_queue_length or "").strip()
    if op == CHECKOUT and (info.circulation_status in _HELD_STATUSES or (queue.isdigit() and int(queue) > 0)):
        return ON_HOLD
    if op == RENEW and queue.isdigit() and int(queue) > 0:
        return ON_HOLD
    return OTHER


def _check_echo(s: Session, answer: SIPMessage, item: str, txn_id: str) -> None:
    """An answer about another copy, or echoing another transaction id, is not the answer to this request."""
    if getattr(answer, "item_identifier", item) != item:
        raise LinkDown(GARBAGE)
    echoed = getattr(answer, "transaction_id", None) or codec.extra_field(
        s.last_raw, codec.TXN_FIELD, encoding=s.link.encoding
    )
    if echoed and echoed != txn_id:
        raise LinkDown(GARBAGE)
