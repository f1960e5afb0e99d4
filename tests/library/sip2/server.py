"""A SIP2 server on the loopback playing the district library, for the tests of 通借通还.

`DistrictLibrary().start()` listens on 127.0.0.1 at a free port, in a thread (socketserver), and answers SIP2 2.00
through pysip2's models and our framing (app.library.sip2.codec): login (93), status (99), checkout (11), checkin
(09), renew (29), patron status (23) and item information (17). It plays:

- **refusals**: a blocked card (patron status flags "charge privileges denied", and checkout refused), an unknown card,
  a copy on hold for another reader (checkout refused; the item information says so; a checkin is answered with the
  alert flag), an unknown barcode;
- **outages**: `stop()` stops listening (connection refused) and `resume()` listens again on the same port; `mode`
  "close" closes each connection on its first request, "garbage" answers bytes that are not SIP2, "slow" answers
  nothing until the test ends, "offline" says so in the status (98), "bad_login" refuses the sign-in; `fail_on`
  limits the mode to some commands (e.g. only "11");
- **a library that applies a transaction once**: the desk's transaction id (XT) is remembered with its answer; the
  same id again gets the same answer and changes nothing (`applied` counts each id's effects, `seen` its arrivals).
"""

from __future__ import annotations

import collections
import datetime as dt
import socketserver
import threading
from dataclasses import dataclass, field

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
    SCStatusRequest,
    SIPMessage,
)

from app.library.sip2 import codec

INSTITUTION = "DISTLIB"
LOGIN_USER = "bookroom-desk"
LOGIN_PASSWORD = "s3cret-Pa55"
DUE_DAYS = 30


@dataclass
class Patron:
    name: str
    blocked: bool = False


@dataclass
class Item:
    title: str
    on_hold_elsewhere: bool = False
    out_to: str | None = None


@dataclass
class DistrictLibrary:
    """The district library's ILS as seen over SIP2 (the state is read and changed by the tests directly)."""

    patrons: dict[str, Patron] = field(default_factory=dict)
    items: dict[str, Item] = field(default_factory=dict)
    mode: str = "normal"
    fail_on: frozenset[str] | None = None  # None: the mode applies to every command
    today: dt.date = dt.date(2026, 11, 30)
    encoding: str = "utf-8"

    def __post_init__(self) -> None:
        self.answers: dict[str, SIPMessage] = {}  # txn id → the answer given (re-sent as is)
        self.applied: collections.Counter[str] = collections.Counter()  # txn id → effects (must stay ≤ 1)
        self.seen: collections.Counter[str] = collections.Counter()  # txn id → arrivals
        self.received: list[str] = []  # commands in order of arrival
        self.raw: list[bytes] = []  # every frame received
        self.no_block: list[tuple[str, str]] = []  # (command, txn id) of transactions sent as done offline
        self.lock = threading.Lock()
        self.release = threading.Event()  # wakes "slow" handlers when the test ends
        self.server: socketserver.ThreadingTCPServer | None = None
        self.thread: threading.Thread | None = None
        self.port = 0

    # --- the network ---------------------------------------------------------------------------------------------
    def start(self) -> int:
        library = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                library._serve(self.request)

        class Server(socketserver.ThreadingTCPServer):
            allow_reuse_address = True
            daemon_threads = True

        self.server = Server(("127.0.0.1", self.port), Handler)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self.thread.start()
        return self.port

    def stop(self) -> None:
        """Stop listening (the desk's connections are refused) and drop waiting connections."""
        self.release.set()
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()
            self.server = None
        if self.thread is not None:
            self.thread.join(5)
            self.thread = None

    def resume(self) -> None:
        """Listen again on the same port."""
        self.release = threading.Event()
        self.start()

    def _serve(self, sock) -> None:
        reader = codec.FrameReader()
        release = self.release
        while True:
            try:
                frame = reader.next(lambda: sock.recv(4096))
            except (EOFError, OSError, codec.FrameError):
                return
            with self.lock:
                self.raw.append(frame)
            command = frame[:2].decode("ascii", errors="replace")
            if self.mode != "normal" and (self.fail_on is None or command in self.fail_on):
                if self.mode == "close":
                    return
                if self.mode == "garbage":
                    sock.sendall(b"\x15\xfe\xff<html>502 Bad Gateway</html>\r")
                    continue
                if self.mode == "slow":
                    release.wait(30)
                    return
            try:
                message, sequence = codec.decode(frame, encoding=self.encoding)
            except codec.FrameError:
                sock.sendall(b"96AZFEF6\r")
                continue
            txn = codec.extra_field(frame, codec.TXN_FIELD, encoding=self.encoding)
            with self.lock:
                self.received.append(command)
                answer = self._answer(message, txn)
            extra = {codec.TXN_FIELD: txn} if txn and isinstance(answer, CheckinResponse) else None
            sock.sendall(codec.encode(answer, sequence=sequence or 0, encoding=self.encoding, extra=extra))

    # --- the library ---------------------------------------------------------------------------------------------
    def _stamp(self) -> str:
        return self.today.strftime("%Y%m%d") + "    " + "120000"

    def _due(self) -> str:
        return (self.today + dt.timedelta(days=DUE_DAYS)).strftime("%Y%m%d") + "    " + "235959"

    def _answer(self, message: SIPMessage, txn: str | None) -> SIPMessage:
        if isinstance(message, LoginRequest):
            good = message.login_user_id == LOGIN_USER and message.login_password == LOGIN_PASSWORD
            return LoginResponse(ok="1" if good and self.mode != "bad_login" else "0")
        if isinstance(message, SCStatusRequest):
            return ACSStatusResponse(
                online_status="N" if self.mode == "offline" else "Y",
                checkin_ok="Y",
                checkout_ok="Y",
                acs_renewal_policy="Y",
                status_update_ok="N",
                offline_ok="Y",
                timeout_period="010",
                retries_allowed="003",
                date_time_sync=self._stamp(),
                protocol_version="2.00",
                institution_id=INSTITUTION,
                library_name="区图书馆",
                supported_messages="Y" * 16,
            )
        if isinstance(message, PatronStatusRequest):
            patron = self.patrons.get(message.patron_identifier)
            flags = [" "] * 14
            if patron is not None and patron.blocked:
                flags[0] = flags[1] = flags[3] = "Y"
            return PatronStatusResponse(
                patron_status="".join(flags),
                language="000",
                transaction_date=self._stamp(),
                institution_id=INSTITUTION,
                patron_identifier=message.patron_identifier,
                personal_name=patron.name if patron else "",
                valid_patron="Y" if patron else "N",
                screen_message=(f"{patron.name}，您好",) if patron else ("Unknown patron",),
            )
        if isinstance(message, ItemInformationRequest):
            item = self.items.get(message.item_identifier)
            status = "01" if item is None else "08" if item.on_hold_elsewhere else "04" if item.out_to else "03"
            return ItemInformationResponse(
                circulation_status=status,
                security_marker="00",
                fee_type="01",
                transaction_date=self._stamp(),
                hold_queue_length="1" if item and item.on_hold_elsewhere else "0",
                item_identifier=message.item_identifier,
                title_identifier=item.title if item else "",
            )
        if isinstance(message, CheckoutRequest | CheckinRequest | RenewRequest):
            if txn:
                self.seen[txn] += 1
                if message.no_block == "Y":
                    self.no_block.append((type(message).__name__, txn))
                if txn in self.answers:
                    return self.answers[txn]
            answer = self._transaction(message, txn)
            if txn:
                self.answers[txn] = answer
                if answer.ok == "1":  # type: ignore[attr-defined]
                    self.applied[txn] += 1
            return answer
        raise AssertionError(f"the test library does not play {type(message).__name__}")

    def _transaction(self, message: CheckoutRequest | CheckinRequest | RenewRequest, txn: str | None) -> SIPMessage:
        item = self.items.get(message.item_identifier)
        if isinstance(message, CheckinRequest):
            ok = item is not None
            if item is not None:
                item.out_to = None
            return CheckinResponse(
                ok="1" if ok else "0",
                resensitize="Y",
                magnetic_media="N",
                alert="Y" if item and item.on_hold_elsewhere else "N",
                transaction_date=self._stamp(),
                institution_id=INSTITUTION,
                item_identifier=message.item_identifier,
                permanent_location="区图书馆",
                title_identifier=item.title if item else None,
                screen_message=() if ok else ("Item not found",),
            )
        patron = self.patrons.get(message.patron_identifier)
        said = ""
        if patron is None:
            said = "Unknown patron"
        elif patron.blocked:
            said = f"{patron.name}: patron blocked"
        elif item is None:
            said = "Item not found"
        elif item.on_hold_elsewhere:
            said = "Item on hold for another patron"
        elif isinstance(message, CheckoutRequest) and item.out_to not in (None, message.patron_identifier):
            said = "Item checked out to another patron"
        elif isinstance(message, RenewRequest) and item.out_to != message.patron_identifier:
            said = "Item not checked out to this patron"
        ok = not said
        if ok and item is not None:
            item.out_to = message.patron_identifier
        kind = CheckoutResponse if isinstance(message, CheckoutRequest) else RenewResponse
        return kind(
            ok="1" if ok else "0",
            renewal_ok="N",
            magnetic_media="N",
            desensitize="Y" if ok else "N",
            transaction_date=self._stamp(),
            institution_id=INSTITUTION,
            patron_identifier=message.patron_identifier,
            item_identifier=message.item_identifier,
            title_identifier=item.title if item else "",
            due_date=self._due() if ok else "",
            transaction_id=txn,  # the desk's id echoed (BK)
            screen_message=(said,) if said else (),
        )
