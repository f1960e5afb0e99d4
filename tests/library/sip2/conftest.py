import datetime as dt

import pytest

from app.library.sip2.link import LinkSettings, save_link_settings
from tests.library.sip2.server import INSTITUTION, LOGIN_PASSWORD, LOGIN_USER, DistrictLibrary, Item, Patron

MONDAY = dt.datetime(2026, 11, 30, 10, 0)  # local time

# Readers and copies of the district library. The card numbers and names must never reach the log.
READER = "D2026000417"
READER_NAME = "欧阳秀英"
BLOCKED = "D2026000999"
BLOCKED_NAME = "司马建国"
COPY = "310000123456"
COPY_2 = "310000123457"
HELD = "310000765432"


@pytest.fixture
def library():
    lib = DistrictLibrary(
        patrons={READER: Patron(READER_NAME), BLOCKED: Patron(BLOCKED_NAME, blocked=True)},
        items={COPY: Item("三体"), COPY_2: Item("平凡的世界"), HELD: Item("活着", on_hold_elsewhere=True)},
    )
    lib.start()
    yield lib
    lib.stop()


@pytest.fixture
def linked(db, admin, library, frozen):
    """The desk's link to the test library: 1 s timeout (the slow server's test waits that long)."""
    frozen(MONDAY)
    save_link_settings(
        db,
        admin,
        LinkSettings(
            host="127.0.0.1",
            port=library.port,
            institution_id=INSTITUTION,
            login_user=LOGIN_USER,
            login_password=LOGIN_PASSWORD,
            location_code="SQSF01",
            timeout_seconds=1,
        ),
    )
    return library
