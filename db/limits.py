"""One vocabulary of limits: how long each kind of text may be, which numbers are plausible, which characters are refused.

The models size their columns from these names (``String(PERSON_NAME.length)``) and the service boundary
(`app.boundary`) refuses the same input before any work, with the same message on SQLite and PostgreSQL: SQLite would
store an overlong text or a NUL silently, PostgreSQL would fail with ``value too long for type character varying`` or
``A string literal cannot contain NUL``. Change a length here, then add a migration (tests/core/test_migrations.py
compares models and migrations).

The tables at the end say which kind of limit a parameter or input field follows, by its name; a name qualified with
its function or input class (``"ProgramInput.name"``) wins over the bare name. tests/core/test_boundary.py fails when a
checked parameter has no entry here, so a new field gets a deliberate limit, never a guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class TextLimit:
    """At most `length` characters; `multiline` texts may hold line breaks and tabs, nothing else from C0/C1."""

    length: int
    multiline: bool = False


@dataclass(frozen=True)
class IntRange:
    """A whole number from `low` to `high`, both included."""

    low: int
    high: int


# --- Text: one kind per meaning; copies of a value use the limit of their source ---------------------------------
PERSON_NAME = TextLimit(50)  # residents, children, contacts, guardians, buyers, the adult who collects a child
STAFF_NAME = TextLimit(100)  # users.display_name, and every copy of it (who recorded, voided, approved, is on duty)
USERNAME = TextLimit(64)  # users.username and its copies in the audit and request history
PASSWORD = TextLimit(128)  # never stored as typed (only its hash)
PASSWORD_HASH = TextLimit(255)
PHONE = TextLimit(20)  # a person's phone: mobile or landline
OFFICE_PHONE = TextLimit(30)  # an office line with an extension ("0512-6512 3456 转 801")
ID_NUMBER = TextLimit(18)  # 居民身份证号 (15 or 18 characters; the check is idnumbers')
ID_LAST_DIGITS = TextLimit(6)
# An ID number as typed, before app.typed.compact_number: in groups with spaces or hyphens ("110105 19491231 002X")
TYPED_ID_NUMBER = TextLimit(30)
GENDER = TextLimit(1)  # "M" / "F"
CLOCK_TIME = TextLimit(5)  # "HH:MM"
SHORT_CODE = TextLimit(10)  # a code from a small fixed set: payment, status, kind, method
CODE = TextLimit(20)  # a code from a fixed set or an admin's short code: channel, slot, urgency, rating, funder
ADDRESS_PART = TextLimit(20)  # 楼栋 / 单元 / 室, a school grade or class
RELATION = TextLimit(20)  # 母亲, 祖父, 邻居 …
LABEL = TextLimit(50)  # a short name shown in lists: meal slot, subsidy rule, tier, group, post, holiday, service
TIER = TextLimit(120)  # a ticket's tier: the names of every scheme applied, "区80岁以上 + 街道特困"
TITLE = TextLimit(100)  # a longer name: program, school, department, category, place, party branch, qualification
NUMBER = TextLimit(30)  # a printed number: ticket, meal card, certificate
REQUEST_NUMBER = TextLimit(20)  # "2026-000123"
EXTERNAL_NUMBER = TextLimit(40)  # student number, 志愿汇 / i志愿 number, a record's reference
ALLERGY_NOTE = TextLimit(60)  # printed on the sign-in sheet, so it stays short
SHORT_LIST = TextLimit(100)  # a comma-separated list of codes (slots, options)
LIST = TextLimit(200)  # a comma-separated list (tags, availability, required skills)
LONG_LIST = TextLimit(300)  # a comma-separated list of names (groups, skills)
REVIEW_REASON = TextLimit(200)
SEARCH = TextLimit(100)  # what is typed into a search box
PINYIN = TextLimit(200)  # a name spelled in pinyin (search key, derived)
INITIALS = TextLimit(50)  # pinyin initials of a name (derived)
NAME_GRAM = TextLimit(2)  # one character of a name or two adjacent ones (derived; db.name_grams)
SETTING_KEY = TextLimit(100)
AUDIT_KEY = TextLimit(64)  # an audit entry's entity or entity id
AUDIT_ACTION = TextLimit(32)
HISTORY_ACTION = TextLimit(30)  # a request history entry's action
ROLE = TextLimit(32)
TAG_DETAIL = TextLimit(100)
WORKSTATION = TextLimit(100)
SETTING_TEXT = TextLimit(200)  # a free-text center setting (address); its key may set a shorter limit
PATH = TextLimit(500)  # a folder on this PC
HOST = TextLimit(253)  # a server's host name or IP address (DNS allows 253 characters)
SIP_FIELD = TextLimit(64)  # a SIP2 field the district library gives: card number, item barcode, institution, login
SIP_TXN_ID = TextLimit(40)  # the desk's id of a district transaction (carried to the library to apply it once)
SIP_MESSAGE = TextLimit(255)  # the library's screen message (SIP2 allows 255 characters a field)
BARCODE = TextLimit(30)  # a book copy's barcode (城市书房); letters, digits and hyphens (app.library.catalogue)
BOOK_TITLE = TextLimit(200)  # a book's title with its subtitle
TITLE_KEY = TextLimit(BOOK_TITLE.length + TITLE.length + 3)  # a book's title for holds: ISBN-13 or "t:title/author"
ISBN = TextLimit(13)  # a compact ISBN-13 as stored
TYPED_ISBN = TextLimit(20)  # an ISBN as typed or imported, with hyphens and spaces ("978-7-5063-6543-2")
CALL_NUMBER = TextLimit(40)  # 索书号 (中图法 class number and book number, "I247.5/123")
TXN_ID = TextLimit(32)  # a SIP2 transaction id (uuid4 hex)
NOTE = TextLimit(2000, multiline=True)  # reasons, notes, descriptions, dishes: text columns, typed at a counter

# --- Whole numbers -----------------------------------------------------------------------------------------------
# Integer columns are 32-bit on PostgreSQL (SERIAL ids too), so no stored number may pass INT32.
INT32 = IntRange(-(2**31), 2**31 - 1)
ID = IntRange(1, 2**31 - 1)  # a row id
FEN = IntRange(0, 2_000_000)  # an amount of money in fen: up to ¥20,000, and ×QUANTITY still fits INT32
QUANTITY = IntRange(0, 1000)  # meals on one ticket or booking (the counter's own limit is a setting, checked there)
COUNT = IntRange(0, 100_000)  # capacities, people, portions, limits per person, page sizes, rows
DAY_MINUTE = IntRange(0, 48 * 60)  # minutes after local midnight; evening care may run into the next day
DURATION_MINUTES = IntRange(0, 24 * 60)  # service minutes credited in one entry
DAYS = IntRange(0, 366)  # working days to a deadline, an extension
WEEKDAY = IntRange(0, 6)  # Monday = 0
WEEKDAY_MASK = IntRange(0, 0b1111111)  # bit 0 = Monday
AGE = IntRange(0, 150)
YEAR = IntRange(1900, 2100)  # also the years a date may fall in
MONTH = IntRange(1, 12)
PERIOD_NUMBER = IntRange(1, 12)  # a month (1–12) or a quarter (1–4; the service checks which)
IDLE_LOCK_MINUTES = IntRange(1, 240)
BACKUPS_KEPT = IntRange(1, 365)
PERCENT = IntRange(0, 100)  # a share in whole per cent (a completion threshold)
TCP_PORT = IntRange(1, 65535)
WAIT_SECONDS = IntRange(1, 120)  # how long the desk waits for another system (the district library's SIP2 server)
# an alert rule's threshold as typed: the service refuses a negative one with its own message (app.alerts.rules)
ALERT_THRESHOLD = IntRange(-100_000, 100_000)
READING = IntRange(
    -100_000, 100_000
)  # a health reading or interval as typed; app.health refuses it with its own limits and message

# --- Characters refused ------------------------------------------------------------------------------------------
# C0 and C1 control characters (NUL included: PostgreSQL cannot store it), DEL, lone surrogates, and the Unicode
# noncharacters. Line breaks and tabs only in multi-line text.
REFUSED_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]")
# Single-line text also refuses the invisible format characters (Unicode category Cf: the soft hyphen, zero-width
# space and joiners, bidi marks, embeddings, overrides and isolates such as U+202E, the BOM, tag characters): a
# name holding them looks like another name on screen and on paper, or like no name at all (issue 12).
# tests/core/test_boundary.py checks this list against unicodedata for every code point.
FORMAT_CHARACTERS = (
    "\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U0001343f"
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f"
)
REFUSED_IN_ONE_LINE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff" + FORMAT_CHARACTERS + "]")


def refused_character(text: str, multiline: bool = False) -> str | None:
    """The first character `text` may not hold, or None: control characters, noncharacters, lone surrogates, and in
    single-line text (`multiline` False) the invisible format characters (`FORMAT_CHARACTERS`) too."""
    found = (REFUSED_CHARACTERS if multiline else REFUSED_IN_ONE_LINE).search(text)
    return found.group() if found else None


# --- Which parameter or input field follows which limit ----------------------------------------------------------
TEXT_FIELDS: dict[str, TextLimit] = {
    # people
    "name": PERSON_NAME,
    "contact_name": PERSON_NAME,
    "emergency_contact": PERSON_NAME,
    "guardian_name": PERSON_NAME,
    "buyer": PERSON_NAME,
    "guest": LABEL,  # how a guest diner is shown in the ticket list ("散客")
    "adult_name": PERSON_NAME,
    "household": PERSON_NAME,
    "resident_name": PERSON_NAME,
    "display_name": STAFF_NAME,
    "override_staff": STAFF_NAME,
    "staff_name": STAFF_NAME,
    "names": STAFF_NAME,  # set_staff_on_duty: staff on duty
    "username": USERNAME,
    "password": PASSWORD,
    "current": PASSWORD,
    "new": PASSWORD,
    "temporary_password": PASSWORD,
    "phone": PHONE,
    "contact_phone": PHONE,
    "emergency_phone": PHONE,
    "adult_phone": PHONE,
    "id_number": TYPED_ID_NUMBER,
    "id_last_digits": ID_LAST_DIGITS,
    "gender": GENDER,
    "relation": RELATION,
    # codes
    "kind": CODE,
    "role": SHORT_CODE,
    "method": SHORT_CODE,
    "payment": SHORT_CODE,
    "fee_payment": SHORT_CODE,  # activities.sign_up: how the course fee was paid
    "fines_ledger.state": CODE,  # library.fines: outstanding | paid | waived | all
    "fines_ledger_pdf.state": CODE,
    "limit_scope": SHORT_CODE,
    "policy": SHORT_CODE,  # canteen.late_sale: refuse | full_price
    "status": CODE,
    "channel": CODE,
    "urgency": CODE,
    "rating": CODE,
    "code": CODE,
    "slot_code": CODE,
    "slots": CODE,
    "fixed_funder": CODE,
    "any_tags": ROLE,
    "roles": ROLE,
    "options": CODE,
    "starts": CLOCK_TIME,
    "ends": CLOCK_TIME,
    # places and labels
    "building": ADDRESS_PART,
    "unit": ADDRESS_PART,
    "room": ADDRESS_PART,
    "grade": ADDRESS_PART,
    "class_name": ADDRESS_PART,
    "school": TITLE,
    "branch": TITLE,
    "place": TITLE,
    "group": LABEL,
    "groups": LABEL,
    "window": LABEL,
    "skills": LABEL,
    "required_skills": LABEL,
    "availability": LIST,
    "student_number": EXTERNAL_NUMBER,
    "external_number": EXTERNAL_NUMBER,
    "number": NUMBER,
    "card_no": NUMBER,
    "allergy_note": ALLERGY_NOTE,
    "workstation": WORKSTATION,
    "key": SETTING_KEY,
    # the book room (app/library)
    "barcode": BARCODE,
    "title": BOOK_TITLE,
    "author": TITLE,
    "isbn": TYPED_ISBN,
    "call_number": CALL_NUMBER,
    "owner": SHORT_CODE,
    "scan": SEARCH,  # what the 还书 box or the reader box received: a barcode, a card number or a name
    # spreadsheet imports (app/imports)
    "path": PATH,
    "sheet": TITLE,  # a sheet's name (Excel allows 31 characters, LibreOffice more)
    "titles": TITLE,  # the header cells of a sheet
    "mapping": CODE,  # the field of each column
    # free text
    "note": NOTE,
    "notes": NOTE,
    "reason": NOTE,
    "override_reason": NOTE,
    "capacity_override_reason": NOTE,
    "description": NOTE,
    "resolution_note": NOTE,
    "medical_note": NOTE,
    "dishes": NOTE,
    "purpose": NOTE,
    "detail": NOTE,
    "text": SEARCH,
    "findings": NOTE,  # what a visit (走访) found
    "agenda": NOTE,  # a council meeting's agenda and decisions
    "decisions": NOTE,
    # audit vocabulary
    "action": AUDIT_ACTION,
    "entity": AUDIT_KEY,
    "what": AUDIT_KEY,
    "where": TITLE,
    # qualified: the same name stored in a wider (or narrower) column
    "ProgramInput.name": TITLE,
    "SlotInput.name": LABEL,
    "RuleInput.name": LABEL,
    "add_post.name": LABEL,
    "add_service.name": LABEL,
    "set_calendar_day.name": LABEL,
    "create_department.name": TITLE,
    "create_department.phone": OFFICE_PHONE,
    "create_category.name": TITLE,
    "create_council.name": TITLE,
    "MeetingInput.title": TITLE,
    "VisitInput.result": CODE,
    "add_council_member.seat": CODE,
    "add_link.scope": CODE,
    "find_households.query": SEARCH,
    "find_by_id_number.number": TYPED_ID_NUMBER,
    "VolunteerInput.qualifications": TITLE,  # the qualification's name
    "ResidentInput.tags": TAG_DETAIL,  # tag -> detail (the tag itself is a ROLE-sized code)
    "login.action": AUDIT_ACTION,
    "page_residents.after": PINYIN,  # the keyset (name_pinyin, id) of the last row shown
    "params.key": CODE,  # an alert rule's threshold name (app.alerts.rules.update_rule)
    "values.key": SETTING_KEY,
    "tags.key": ROLE,
    "verify_approver.roles": ROLE,
    # classes and activities (app/activities)
    "teacher_kind": SHORT_CODE,
    "teacher_name": PERSON_NAME,
    "required_tags": ROLE,  # resident tag codes
    "scan.payload": SEARCH,  # a scanned sheet code, as the scanner types it
    # the district library link (app/library/sip2): cards and barcodes as the library gives them
    "district_checkout.patron": SIP_FIELD,
    "district_checkout.item": SIP_FIELD,
    "district_checkout.txn_id": SIP_TXN_ID,
    "district_checkin.item": SIP_FIELD,
    "district_checkin.txn_id": SIP_TXN_ID,
    "district_renew.patron": SIP_FIELD,
    "district_renew.item": SIP_FIELD,
    "district_renew.txn_id": SIP_TXN_ID,
    "district_patron_status.patron": SIP_FIELD,
    "resolve_refused.note": NOTE,
    "LinkSettings.host": HOST,
    "LinkSettings.institution_id": SIP_FIELD,
    "LinkSettings.login_user": SIP_FIELD,
    "LinkSettings.login_password": SIP_FIELD,
    "LinkSettings.location_code": SIP_FIELD,
    "LinkSettings.encoding": SHORT_CODE,
    # health (app/health)
    "given_by": PERSON_NAME,  # who gave the consent to keep health data
    "team": TITLE,  # family-doctor team
    "doctor": PERSON_NAME,
    "glucose_timing": SHORT_CODE,
    "outcome": SHORT_CODE,  # why a follow-up attempt failed
    "add_condition.name": TITLE,
}

INT_FIELDS: dict[str, IntRange] = {
    "quantity": QUANTITY,
    "limit": COUNT,
    "attempts": COUNT,
    "after": ID,  # a keyset page: the last row id of the previous page  # canteen.outcome: look-ups of a sale in doubt
    "rows": COUNT,
    "capacity": COUNT,
    "min_people": COUNT,
    "max_people": COUNT,
    "portion_limit": COUNT,
    "limit_per_person": COUNT,
    "ratio_children_per_staff": COUNT,
    "open_min": DAY_MINUTE,
    "close_min": DAY_MINUTE,
    "start_min": DAY_MINUTE,
    "end_min": DAY_MINUTE,
    "absence_cutoff_min": DAY_MINUTE,
    "minutes": DURATION_MINUTES,
    "minutes_per_claimer": DURATION_MINUTES,
    "days": DAYS,
    "deadline_days": DAYS,
    "weekday": WEEKDAY,
    "weekdays": WEEKDAY_MASK,
    "min_age": AGE,
    "max_age": AGE,
    "year": YEAR,
    "month": MONTH,
    "number": PERIOD_NUMBER,
    "replaces": ID,
    "after_id": ID,
    "denominations": COUNT,  # notes of each value counted
    "denominations.key": FEN,  # the value of a note or coin
    "page_residents.after": ID,
    "LinkSettings.port": TCP_PORT,
    "LinkSettings.timeout_seconds": WAIT_SECONDS,
    "loan_days": DAYS,
    "max_loans": COUNT,
    "max_renewals": COUNT,
    "child_age": AGE,
    "duration_min": DURATION_MINUTES,  # a class session's length (it may end after midnight)
    "audience": COUNT,
    "params": ALERT_THRESHOLD,  # an alert rule's thresholds (app.alerts.rules.update_rule)
    # health readings: a wide sanity range here; the physical limits, with their own message, are app.health.readings'
    "systolic": READING,
    "diastolic": READING,
    "pulse": READING,
    "glucose_tenths": READING,
    "weight_tenths": READING,
    "interval_months": READING,
    "within_days": DAYS,
}


# A list stored joined with commas in one column: the joined text must fit that column too.
JOINED_FIELDS: dict[str, TextLimit] = {
    "groups": LONG_LIST,
    "skills": LONG_LIST,
    "options": SHORT_LIST,
    "required_skills": LIST,
    "any_tags": LIST,
    "slots": SHORT_LIST,
    "required_tags": LIST,
}


def text_limit(name: str, owner: str = "") -> TextLimit | None:
    """The limit of text parameter or field `name` of `owner` (a function or input class name), if listed."""
    return TEXT_FIELDS.get(f"{owner}.{name}") or TEXT_FIELDS.get(name)


def int_range(name: str, owner: str = "") -> IntRange | None:
    """The range of a whole-number parameter or field; ids (``…_id``) and money (``…_fen``) by their suffix."""
    found = INT_FIELDS.get(f"{owner}.{name}") or INT_FIELDS.get(name)
    if found is not None:
        return found
    if name.endswith(("_id", "_ids")) or name == "id":
        return ID
    if name.endswith("_fen"):
        return FEN
    return None
