"""The seam to the district library's system (通借通还 over SIP2), the one place the book room reaches it.

The SIP2 link itself (connection, the protocol, the outbox of transactions waiting for an unreachable server, the
pending screen) is `app.library.sip2`, built beside the book room; this module imports it lazily, so the book room
works on a computer where that layer is not installed yet and a test can stand in for the district library by
replacing `sip2_layer`. The contract:

- `api.district_checkout(db, actor, *, patron, item, txn_id)`, `district_checkin(db, actor, *, item, txn_id)`,
  `district_renew(db, actor, *, patron, item, txn_id)`, `district_patron_status(db, actor, *, patron)` each return a
  `DistrictAnswer(ok, offline, message, due, txn_id)`: `ok` False is the library's refusal (`message` already in the
  counter's words) and nothing is written; `offline` True means the server could not be reached: the desk writes its
  record anyway and, in the same unit of work, `outbox.add_pending(session, op=…, patron=…, item=…, txn_id=…, at=…)`
  so the transaction is sent later, once.
- Calls over the network happen before the desk's `db.write()`, never inside it.
- `patron` is the reader card number; `item` the copy's barcode; `txn_id` a uuid4 hex made per transaction.
"""

from __future__ import annotations

import importlib
import uuid
from types import ModuleType

from app.errors import UserError
from app.i18n import translate

# The outbox's operation names (app.library.sip2.outbox.add_pending(op=…)).
CHECKOUT = "checkout"
CHECKIN = "checkin"
RENEW = "renew"


def sip2_layer() -> tuple[ModuleType, ModuleType] | None:
    """(app.library.sip2.api, app.library.sip2.outbox), or None while the SIP2 layer is not installed. The one place
    the book room imports it (tests replace this function with a stand-in district library)."""
    try:
        api = importlib.import_module("app.library.sip2.api")
        outbox = importlib.import_module("app.library.sip2.outbox")
    except ModuleNotFoundError as exc:
        if (exc.name or "").startswith("app.library.sip2"):
            return None
        raise
    return api, outbox


def require_layer() -> tuple[ModuleType, ModuleType]:
    """The SIP2 layer, or a UserError the desk shows: district books go through the district's system or not at all."""
    layer = sip2_layer()
    if layer is None:
        raise UserError(
            translate(
                "Library",
                "The link to the district library is not set up on this computer: district-owned books cannot be "
                "lent, renewed or taken back here yet.",
            )
        )
    return layer


def new_txn_id() -> str:
    """A transaction id for one SIP2 exchange (uuid4 hex, 32 characters): the district's system and the outbox use
    it to send a transaction once, never twice."""
    return uuid.uuid4().hex
