"""The audit trail in the reader's language: action and record-kind names, and summaries stored as a message
key with arguments (not English sentences), rendered at display time.

Why display-side: entries are sealed into the hash chain (app.audit), so a stored entry can never be rewritten —
neither to translate it nor to fix its wording. Writers pass `message("login.wrong_password", n=2)` as the
summary; `app.audit.record` stores it as `MARK` + compact JSON (`{"m": key, "a": {...}}`) and `render_summary`
turns it into a sentence in the current language. Plain-text summaries (a name, a ticket number, a reason a clerk
typed) stay as they are; the English summaries older versions wrote are recognised by `_LEGACY` patterns, and
any ISO instant left in an old summary is shown as local time to the second.

`MARK` is a control character (U+001E): the typed boundary refuses control characters in everything a user types,
and `record` strips it from the front of a plain summary, so a typed reason can never pose as a message.

Registries (`ACTIONS`, `ENTITIES`, `MESSAGES`) are the vocabulary: tests/core/test_audit_text.py walks the code
for every action, record kind and message key written and fails on one missing here.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from app.i18n import translate

MARK = "\x1e"


@dataclass(frozen=True)
class Message:
    """A summary to be worded at display time: `key` from MESSAGES, `args` JSON-able values (str/int/None)."""

    key: str
    args: dict[str, Any] = field(default_factory=dict)


def message(key: str, **args: Any) -> Message:
    """A structured summary for `app.audit.record`; KeyError for a key not in MESSAGES (caught by the tests)."""
    if key not in MESSAGES:
        raise KeyError(key)
    return Message(key, {k: (v.isoformat() if isinstance(v, dt.date | dt.datetime) else v) for k, v in args.items()})


def encode(summary: str | Message) -> str:
    """What the summary column stores: a Message as MARK + JSON, a plain text without a leading MARK."""
    if isinstance(summary, Message):
        payload = {"m": summary.key, "a": summary.args} if summary.args else {"m": summary.key}
        return MARK + json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)
    return str(summary).lstrip(MARK)


def decode(stored: str | None) -> Message | None:
    """The Message a stored summary holds, None for a plain-text one."""
    if not stored or not stored.startswith(MARK):
        return None
    try:
        payload = json.loads(stored[len(MARK) :])
        return Message(str(payload["m"]), dict(payload.get("a") or {}))
    except (ValueError, KeyError, TypeError):
        return None


# --- vocabulary -------------------------------------------------------------------------------------------------

ACTIONS: dict[str, Callable[[], str]] = {
    "create": lambda: translate("AuditActions", "Created"),
    "change": lambda: translate("AuditActions", "Changed"),
    "update": lambda: translate("AuditActions", "Changed"),
    "void": lambda: translate("AuditActions", "Voided"),
    "archive": lambda: translate("AuditActions", "Archived"),
    "restore": lambda: translate("AuditActions", "Restored"),
    "remove": lambda: translate("AuditActions", "Removed"),
    "cancel": lambda: translate("AuditActions", "Cancelled"),
    "override": lambda: translate("AuditActions", "Override"),
    "export": lambda: translate("AuditActions", "Export"),
    "import": lambda: translate("AuditActions", "Import from a spreadsheet"),
    "login": lambda: translate("AuditActions", "Signed in"),
    "login_failed": lambda: translate("AuditActions", "Failed sign-in"),
    "logout": lambda: translate("AuditActions", "Signed out"),
    "lock": lambda: translate("AuditActions", "Screen locked"),
    "unlock": lambda: translate("AuditActions", "Unlocked"),
    "reveal_id": lambda: translate("AuditActions", "Full ID number shown"),
    "approval": lambda: translate("AuditActions", "Approved"),
    "approval_failed": lambda: translate("AuditActions", "Approval failed"),
    "approval_refused": lambda: translate("AuditActions", "Approval refused"),
    "disable": lambda: translate("AuditActions", "Account disabled"),
    "enable": lambda: translate("AuditActions", "Account enabled"),
    "reset_password": lambda: translate("AuditActions", "Password reset"),
    "change_password": lambda: translate("AuditActions", "Password changed"),
    "reopen_day": lambda: translate("AuditActions", "Day reopened"),
    "close_day": lambda: translate("AuditActions", "Day closed"),
    "settle": lambda: translate("AuditActions", "Settled"),
    "fill": lambda: translate("AuditActions", "Filled in"),
    "end": lambda: translate("AuditActions", "Ended"),
    "reprint": lambda: translate("AuditActions", "Reprinted"),
    "topup": lambda: translate("AuditActions", "Card topped up"),
    "refund": lambda: translate("AuditActions", "Card refunded"),
    "demo": lambda: translate("AuditActions", "Demo data"),
    "audit_guard": lambda: translate("AuditActions", "Audit protection restored"),
    "blocked_refused": lambda: translate("AuditActions", "Blocked adult refused"),
    "lift_block": lambda: translate("AuditActions", "Pick-up block lifted"),
    "withdraw": lambda: translate("AuditActions", "Withdrawn"),
    "sign_in": lambda: translate("AuditActions", "Child signed in"),
    "sign_out": lambda: translate("AuditActions", "Child signed out"),
    "absent": lambda: translate("AuditActions", "Marked absent"),
    "dispatch": lambda: translate("AuditActions", "Dispatched"),
    "accept": lambda: translate("AuditActions", "Accepted"),
    "return": lambda: translate("AuditActions", "Returned"),
    "claim": lambda: translate("AuditActions", "Claimed"),
    "start": lambda: translate("AuditActions", "Work started"),
    "resolve": lambda: translate("AuditActions", "Resolved"),
    "follow_up": lambda: translate("AuditActions", "Followed up"),
    "pause": lambda: translate("AuditActions", "Waiting for resident"),
    "resume": lambda: translate("AuditActions", "Resumed"),
    "request_extension": lambda: translate("AuditActions", "Extension asked"),
    "decide_extension": lambda: translate("AuditActions", "Extension decided"),
    "reissue": lambda: translate("AuditActions", "Issued again"),
    "approve": lambda: translate("AuditActions", "Hours approved"),
    "reject": lambda: translate("AuditActions", "Hours rejected"),
    "drop": lambda: translate("AuditActions", "Taken off the shift"),
    "promote": lambda: translate("AuditActions", "Moved up from waitlist"),
    "fee_paid": lambda: translate("AuditActions", "Course fee paid"),
    "fee_refunded": lambda: translate("AuditActions", "Course fee refunded"),
    "check_in": lambda: translate("AuditActions", "Volunteer checked in"),
    "check_out": lambda: translate("AuditActions", "Volunteer checked out"),
    "no_show": lambda: translate("AuditActions", "No-show"),
    "district_checkout": lambda: translate("AuditActions", "District copy lent (SIP2)"),
    "district_checkin": lambda: translate("AuditActions", "District copy returned (SIP2)"),
    "district_renew": lambda: translate("AuditActions", "District copy renewed (SIP2)"),
    "district_sent": lambda: translate("AuditActions", "Kept district transaction sent (SIP2)"),
    "district_resolve": lambda: translate("AuditActions", "Refused district transaction resolved"),
    "lend": lambda: translate("AuditActions", "Book lent"),
    "book_return": lambda: translate("AuditActions", "Book returned"),
    "renew": lambda: translate("AuditActions", "Loan renewed"),
    "hold": lambda: translate("AuditActions", "Hold placed"),
    "retire": lambda: translate("AuditActions", "Taken out of the collection"),
    "import_catalogue": lambda: translate("AuditActions", "Catalogue import"),
    "remind": lambda: translate("AuditActions", "Reminder slips printed"),
    "close_unrated": lambda: translate("AuditActions", "Closed without a follow-up answer"),
    "fine_paid": lambda: translate("AuditActions", "Book room fine paid"),
    "fine_waived": lambda: translate("AuditActions", "Book room fine waived"),
    "fine_settlement_voided": lambda: translate("AuditActions", "Book room fine record undone"),
    "dismiss": lambda: translate("AuditActions", "Dismissed"),
    "to_visit": lambda: translate("AuditActions", "Turned into a visit request"),
    "complete": lambda: translate("AuditActions", "Marked done"),
    "reveal_health": lambda: translate("AuditActions", "Health record opened"),
    "lost": lambda: translate("AuditActions", "Closed as lost to follow-up"),
}

ENTITIES: dict[str, Callable[[], str]] = {
    "user": lambda: translate("AuditRecords", "Staff account"),
    "approval": lambda: translate("AuditRecords", "Approval"),
    "resident": lambda: translate("AuditRecords", "Resident"),
    "personal_data": lambda: translate("AuditRecords", "Personal data"),
    "settings": lambda: translate("AuditRecords", "Settings"),
    "calendar_day": lambda: translate("AuditRecords", "Calendar day"),
    "audit_log": lambda: translate("AuditRecords", "Audit trail"),
    "database": lambda: translate("AuditRecords", "Database"),
    "database_server": lambda: translate("AuditRecords", "Database server"),
    "meal_ticket": lambda: translate("AuditRecords", "Meal ticket"),
    "meal_card": lambda: translate("AuditRecords", "Meal card"),
    "meal_booking": lambda: translate("AuditRecords", "Meal booking"),
    "meal_slot": lambda: translate("AuditRecords", "Meal"),
    "subsidy_rule": lambda: translate("AuditRecords", "Subsidy rule"),
    "kitchen_list": lambda: translate("AuditRecords", "Kitchen list"),
    "canteen_day": lambda: translate("AuditRecords", "Canteen day close"),
    "canteen_settlement": lambda: translate("AuditRecords", "Subsidy settlement"),
    "canteen_demo": lambda: translate("AuditRecords", "Canteen demo data"),
    "childcare": lambda: translate("AuditRecords", "Childcare demo data"),
    "childcare_program": lambda: translate("AuditRecords", "Childcare program"),
    "childcare_child": lambda: translate("AuditRecords", "Child"),
    "district_report": lambda: translate("AuditRecords", "District monthly report"),
    "childcare_contact": lambda: translate("AuditRecords", "Child's contact"),
    "childcare_enrolment": lambda: translate("AuditRecords", "Enrolment"),
    "childcare_attendance": lambda: translate("AuditRecords", "Sign-in/out record"),
    "childcare_duty": lambda: translate("AuditRecords", "Staff on duty"),
    "childcare_document": lambda: translate("AuditRecords", "Childcare sheet"),
    "request": lambda: translate("AuditRecords", "Request"),
    "council": lambda: translate("AuditRecords", "Building council"),
    "council_member": lambda: translate("AuditRecords", "Council role"),
    "care_link": lambda: translate("AuditRecords", "三带一联 link"),
    "visit": lambda: translate("AuditRecords", "Visit"),
    "council_meeting": lambda: translate("AuditRecords", "Council meeting"),
    "council_task": lambda: translate("AuditRecords", "Meeting follow-up task"),
    "community_demo": lambda: translate("AuditRecords", "Buildings and visits demo data"),
    "request_report": lambda: translate("AuditRecords", "Request report"),
    "req_department": lambda: translate("AuditRecords", "Department"),
    "req_category": lambda: translate("AuditRecords", "Request category"),
    "station_service": lambda: translate("AuditRecords", "Station service"),
    "station_visit": lambda: translate("AuditRecords", "Station visit"),
    "volunteer": lambda: translate("AuditRecords", "Volunteer"),
    "volunteer_post": lambda: translate("AuditRecords", "Volunteer post"),
    "volunteer_shift": lambda: translate("AuditRecords", "Shift"),
    "volunteer_shift_template": lambda: translate("AuditRecords", "Weekly shift"),
    "volunteer_signup": lambda: translate("AuditRecords", "Shift sign-up"),
    "volunteer_hours": lambda: translate("AuditRecords", "Volunteer hours"),
    "volunteer_certificate": lambda: translate("AuditRecords", "Volunteer certificate"),
    "volunteer_report": lambda: translate("AuditRecords", "Volunteer report"),
    "district_transaction": lambda: translate("AuditRecords", "District library transaction"),
    "library_sip_link": lambda: translate("AuditRecords", "District library link"),
    "library_copy": lambda: translate("AuditRecords", "Book copy"),
    "library_reader": lambda: translate("AuditRecords", "Reader card"),
    "library_loan": lambda: translate("AuditRecords", "Book loan"),
    "library_fines": lambda: translate("AuditRecords", "Book room fines ledger"),
    "library_hold": lambda: translate("AuditRecords", "Book hold"),
    "library_settings": lambda: translate("AuditRecords", "Book room settings"),
    "library_catalogue": lambda: translate("AuditRecords", "Book room catalogue"),
    "activity_course": lambda: translate("AuditRecords", "Class or activity"),
    "activity_session": lambda: translate("AuditRecords", "Class session"),
    "activity_enrolment": lambda: translate("AuditRecords", "Class sign-up"),
    "alert": lambda: translate("AuditRecords", "Alert (today's list)"),
    "alert_rule": lambda: translate("AuditRecords", "Alert rule"),
    "health_consent": lambda: translate("AuditRecords", "Health data consent"),
    "health_signing": lambda: translate("AuditRecords", "Family-doctor signing"),
    "health_condition": lambda: translate("AuditRecords", "Chronic condition"),
    "health_plan": lambda: translate("AuditRecords", "Follow-up plan"),
    "health_followup": lambda: translate("AuditRecords", "Health follow-up"),
    "health_attempt": lambda: translate("AuditRecords", "Follow-up attempt"),
    "health_reading": lambda: translate("AuditRecords", "Health reading"),
    "health_referral": lambda: translate("AuditRecords", "Referral to the partner clinic"),
    "health_list": lambda: translate("AuditRecords", "Health due list"),
    "health_demo": lambda: translate("AuditRecords", "Health demo data"),
    "list_export": lambda: translate("AuditRecords", "List exported to Excel"),
}

# Field names of the common records, for the before/after table and the settings changed; others show their key.
FIELDS: dict[str, Callable[[], str]] = {
    "username": lambda: translate("AuditFields", "User name"),
    "display_name": lambda: translate("AuditFields", "Full name"),
    "roles": lambda: translate("AuditFields", "Roles"),
    "active": lambda: translate("AuditFields", "Active"),
    "must_change_password": lambda: translate("AuditFields", "Must change password"),
    "locked": lambda: translate("AuditFields", "Locked"),
    "kind": lambda: translate("AuditFields", "Kind"),
    "name": lambda: translate("AuditFields", "Name"),
    "rows": lambda: translate("AuditFields", "Rows"),
    "list": lambda: translate("AuditFields", "List"),
    "month": lambda: translate("AuditFields", "Month"),
    "sections": lambda: translate("AuditFields", "Further counters' sections"),
    "first_issued": lambda: translate("AuditFields", "First issued"),
    "identical": lambda: translate("AuditFields", "Identical to the first issue"),
    "issue": lambda: translate("AuditFields", "Issue record"),
    "pdf_sha256": lambda: translate("AuditFields", "PDF fingerprint (SHA-256)"),
    "xlsx_sha256": lambda: translate("AuditFields", "Excel fingerprint (SHA-256)"),
    "full_personal_data": lambda: translate("AuditFields", "Full ID numbers and phones"),
    "full_id_numbers": lambda: translate("AuditFields", "Full ID numbers"),
    "full_phones": lambda: translate("AuditFields", "Full phones"),
    "gender": lambda: translate("AuditFields", "Gender"),
    "birth_date": lambda: translate("AuditFields", "Birth date"),
    "id_number": lambda: translate("AuditFields", "ID number"),
    "phone": lambda: translate("AuditFields", "Phone"),
    "building": lambda: translate("AuditFields", "Building"),
    "unit": lambda: translate("AuditFields", "Unit"),
    "room": lambda: translate("AuditFields", "Room"),
    "household": lambda: translate("AuditFields", "Household"),
    "is_local": lambda: translate("AuditFields", "Local resident"),
    "emergency_contact": lambda: translate("AuditFields", "Emergency contact"),
    "emergency_phone": lambda: translate("AuditFields", "Emergency phone"),
    "notes": lambda: translate("AuditFields", "Notes"),
    "tags": lambda: translate("AuditFields", "Categories"),
    "center.name": lambda: translate("AuditFields", "Center name"),
    "center.address": lambda: translate("AuditFields", "Center address"),
    "center.phone": lambda: translate("AuditFields", "Center phone"),
    "center.person_in_charge": lambda: translate("AuditFields", "Person in charge"),
    "receipt.width_mm": lambda: translate("AuditFields", "Receipt paper width"),
    "security.idle_lock_minutes": lambda: translate("AuditFields", "Idle lock minutes"),
    "backup.folder": lambda: translate("AuditFields", "Backup folder"),
    "backup.keep": lambda: translate("AuditFields", "Backups kept"),
    "status": lambda: translate("AuditFields", "Status"),
    "note": lambda: translate("AuditFields", "Note"),
    "department": lambda: translate("AuditFields", "Department"),
    "category": lambda: translate("AuditFields", "Category"),
    "channel": lambda: translate("AuditFields", "Channel"),
    "number": lambda: translate("AuditFields", "Number"),
    "claimers": lambda: translate("AuditFields", "Claimed by"),
    "rating": lambda: translate("AuditFields", "Rating"),
    "days": lambda: translate("AuditFields", "Days"),
    "due": lambda: translate("AuditFields", "Due date"),
    "waited_days": lambda: translate("AuditFields", "Days waited"),
    "extension_lapsed": lambda: translate("AuditFields", "Undecided extension ended (working days)"),
    "approved": lambda: translate("AuditFields", "Approved"),
    "partner": lambda: translate("AuditFields", "Partner organisation"),
    "day": lambda: translate("AuditFields", "Day"),
    "minutes": lambda: translate("AuditFields", "Minutes"),
    "needs_review": lambda: translate("AuditFields", "Needs review"),
    "source": lambda: translate("AuditFields", "Source"),
    "source_ref": lambda: translate("AuditFields", "Source reference"),
    "volunteer_id": lambda: translate("AuditFields", "Volunteer"),
    "resident_id": lambda: translate("AuditFields", "Resident"),
    "plan_id": lambda: translate("AuditFields", "Follow-up plan"),
    "request_id": lambda: translate("AuditFields", "Request"),
    "signing_id": lambda: translate("AuditFields", "Earlier signing"),
    "given_on": lambda: translate("AuditFields", "Given on"),
    "signed_on": lambda: translate("AuditFields", "Signed on"),
    "renewal_due": lambda: translate("AuditFields", "Renewal due"),
    "child_id": lambda: translate("AuditFields", "Child"),
    "contact_id": lambda: translate("AuditFields", "Contact"),
    "post_id": lambda: translate("AuditFields", "Post"),
    "booking_id": lambda: translate("AuditFields", "Booking"),
    "buyer": lambda: translate("AuditFields", "Bought by"),
    "payment": lambda: translate("AuditFields", "Payment"),
    "quantity": lambda: translate("AuditFields", "Quantity"),
    "self_paid": lambda: translate("AuditFields", "Self-paid"),
    "subsidy": lambda: translate("AuditFields", "Subsidy"),
    "total": lambda: translate("AuditFields", "Total"),
    "slot": lambda: translate("AuditFields", "Meal"),
    "alone": lambda: translate("AuditFields", "Left alone"),
    "approver": lambda: translate("AuditFields", "Approved by"),
    "approver_id": lambda: translate("AuditFields", "Approver account"),
    "at": lambda: translate("AuditFields", "Time"),
    "method": lambda: translate("AuditFields", "Method"),
    "reason": lambda: translate("AuditFields", "Reason"),
    "group": lambda: translate("AuditFields", "Group"),
    "weekdays": lambda: translate("AuditFields", "Weekdays"),
    "options": lambda: translate("AuditFields", "Options"),
    "starts_on": lambda: translate("AuditFields", "Starts on"),
    "ends_on": lambda: translate("AuditFields", "Ends on"),
    "start": lambda: translate("AuditFields", "Start"),
    "end": lambda: translate("AuditFields", "End"),
    "staff": lambda: translate("AuditFields", "Staff"),
    "count": lambda: translate("AuditFields", "Count"),
    "total_minutes": lambda: translate("AuditFields", "Total minutes"),
    "by_source": lambda: translate("AuditFields", "By source"),
    "hours": lambda: translate("AuditFields", "Hours"),
    "reprints": lambda: translate("AuditFields", "Reprints"),
    "file": lambda: translate("AuditFields", "File"),
    "removed": lambda: translate("AuditFields", "Removed"),
    "missing": lambda: translate("AuditFields", "Missing"),
    "closed": lambda: translate("AuditFields", "Closed"),
    "setup.completed": lambda: translate("AuditFields", "Set-up completed"),
    "dropped_bookings": lambda: translate("AuditFields", "Bookings dropped"),
    "clash": lambda: translate("AuditFields", "Time clash"),
    "full": lambda: translate("AuditFields", "Full"),
    "capacity": lambda: translate("AuditFields", "Capacity"),
    "school": lambda: translate("AuditFields", "School"),
    "grade": lambda: translate("AuditFields", "Grade"),
    "role": lambda: translate("AuditFields", "Role"),
    "copy_id": lambda: translate("AuditFields", "Book copy"),
    "reader_id": lambda: translate("AuditFields", "Reader card"),
    "card_no": lambda: translate("AuditFields", "Card number"),
    "barcode": lambda: translate("AuditFields", "Barcode"),
    "title": lambda: translate("AuditFields", "Title"),
    "author": lambda: translate("AuditFields", "Author"),
    "isbn": lambda: translate("AuditFields", "ISBN"),
    "call_number": lambda: translate("AuditFields", "Call number"),
    "owner": lambda: translate("AuditFields", "Owner"),
    "loan_days": lambda: translate("AuditFields", "Loan period (days)"),
    "max_loans": lambda: translate("AuditFields", "Books per reader"),
    "max_renewals": lambda: translate("AuditFields", "Renewals per loan"),
    "refuse_overdue": lambda: translate("AuditFields", "No loans while books are overdue"),
    "fines_on": lambda: translate("AuditFields", "Fines charged"),
    "fine_per_day_fen": lambda: translate("AuditFields", "Fine per day (fen)"),
    "child_age": lambda: translate("AuditFields", "Borrowing on one's own card from age"),
}

# Record kinds whose reference is a document number: shown as "Meal ticket No. 20261130-0001".
NUMBERED = frozenset({"meal_ticket", "meal_card", "request", "volunteer_certificate"})

MESSAGES: dict[str, Callable[[], str]] = {
    "login.unknown_user": lambda: translate("AuditText", "Unknown user name"),
    "login.locked": lambda: translate("AuditText", "The account was locked"),
    "login.disabled": lambda: translate("AuditText", "The account is disabled"),
    "login.wrong_password": lambda: translate("AuditText", "Wrong password (attempt {n})"),
    "login.wrong_password_locked": lambda: translate(
        "AuditText", "Wrong password (attempt {n}); the account is locked for a while"
    ),
    "privacy.id_shown": lambda: translate("AuditText", "Full ID number shown"),
    "privacy.id_shown_where": lambda: translate("AuditText", "Full ID number shown in {where}"),
    "privacy.ids_in_list": lambda: translate("AuditText", "Full ID numbers shown in a list ({n})"),
    "privacy.id_scanned": lambda: translate("AuditText", "Full ID number found by scanning a card"),
    "privacy.id_on_certificate": lambda: translate("AuditText", "Full ID number printed on certificate {number}"),
    "export": lambda: translate("AuditText", "{what}"),
    "import.summary": lambda: translate(
        "AuditText", "{file}: {imported} imported, {updated} updated, {skipped} skipped, {refused} refused"
    ),
    "reports.district_issued": lambda: translate("AuditText", "Issued to the street office"),
    "reports.district_reissued": lambda: translate("AuditText", "Re-issued from the stored figures"),
    "reports.district_draft": lambda: translate("AuditText", "Draft of a month not over yet (not issued)"),
    "export.detail": lambda: translate("AuditText", "{what}: {detail}"),
    "export.list": lambda: translate("AuditText", "{list} (filter: {filter}), {rows} rows"),
    "audit.guard_restored": lambda: translate(
        "AuditText", "The audit trail's append-only protection was missing and has been put back."
    ),
    "audit.restored_damaged": lambda: translate(
        "AuditText", "Restored with a damaged audit trail (--force): {problem}"
    ),
    "calendar.day": lambda: translate("AuditText", "{day} {kind} {name}"),
    "calendar.removed": lambda: translate("AuditText", "{day} {kind} removed"),
    "calendar.official": lambda: translate("AuditText", "Official calendar: {n} days ({first}–{last})"),
    "settings.changed": lambda: translate("AuditText", "Changed: {keys}"),
    "dbserver.local": lambda: translate("AuditText", "Back to the local database file"),
    "canteen.booking": lambda: translate("AuditText", "{name} {day} {slot} ×{quantity}"),
    "canteen.kitchen_list": lambda: translate("AuditText", "Kitchen list for {day}"),
    "canteen.demo": lambda: translate(
        "AuditText", "{tickets} tickets, {voids} voided, {cards} meal cards, {bookings} bookings"
    ),
    "childcare.demo": lambda: translate(
        "AuditText", "{programs} programs, {children} children, {events} sign-in/out records"
    ),
    "childcare.sign_in": lambda: translate("AuditText", "{child} signed in at {time}"),
    "childcare.sign_out": lambda: translate("AuditText", "{child} collected by {adult} at {time}"),
    "childcare.sign_out_alone": lambda: translate("AuditText", "{child} left alone at {time}"),
    "childcare.blocked": lambda: translate("AuditText", "{child}: {adult} is blocked from pick-up ({step}), refused"),
    "childcare.capacity_override": lambda: translate("AuditText", "Over capacity ({count}/{capacity}): {reason}"),
    "childcare.document": lambda: translate("AuditText", "{what} {day}"),
    "requests.receipt_copy": lambda: translate("AuditText", "{number}: receipt copy"),
    "requests.monthly_report": lambda: translate("AuditText", "Monthly report"),
    "requests.department_categories": lambda: translate("AuditText", "{name}: categories changed"),
    "volunteers.demo": lambda: translate("AuditText", "Demo volunteers"),
    "library.rules": lambda: translate("AuditText", "Book room lending rules"),
    "library.copy": lambda: translate("AuditText", "Copy {barcode}"),
    "library.copy_retired": lambda: translate("AuditText", "Copy {barcode} out of the collection ({status}): {reason}"),
    "library.reader": lambda: translate("AuditText", "Reader card {card}"),
    "library.lent": lambda: translate("AuditText", "Copy {barcode} lent, due {due}"),
    "library.lent_pending": lambda: translate(
        "AuditText", "Copy {barcode} lent, due {due}; waiting to be sent to the district library"
    ),
    "library.returned": lambda: translate("AuditText", "Copy {barcode} returned ({days} days late)"),
    "library.returned_fine": lambda: translate(
        "AuditText", "Copy {barcode} returned, {days} days late, fine {fine} fen"
    ),
    "library.renewed": lambda: translate("AuditText", "Copy {barcode} renewed, due {due}"),
    "library.fine_paid": lambda: translate("AuditText", "Fine {fine} paid, receipt {receipt}"),
    "library.fine_waived": lambda: translate("AuditText", "Fine {fine} waived: {reason}"),
    "library.fine_payment_voided": lambda: translate("AuditText", "Fine payment {receipt} undone: {reason}"),
    "library.fine_waiver_voided": lambda: translate("AuditText", "Fine waiver undone: {reason}"),
    "library.undo_district": lambda: translate(
        "AuditText", "Copy {barcode}: lent at another desk first; a return is kept to send to the district library"
    ),
    "library.redo_district": lambda: translate(
        "AuditText", "Copy {barcode}: the loan made at the other desk is kept to send to the district library again"
    ),
    "library.due_from_district": lambda: translate(
        "AuditText", "Copy {barcode}: due {due} as the district library gave it (the desk had given {before})"
    ),
    "library.hold": lambda: translate("AuditText", "Hold on copy {barcode}"),
    "library.hold_isbn": lambda: translate("AuditText", "Hold on the title with ISBN {isbn}"),
    "library.hold_cancelled": lambda: translate("AuditText", "Hold on copy {barcode} cancelled"),
    "library.imported": lambda: translate("AuditText", "{n} copies imported from {file} ({skipped} lines skipped)"),
    "library.reminders": lambda: translate("AuditText", "Reminder slips for {n} overdue books"),
    "library.demo": lambda: translate("AuditText", "Demo book room"),
    "community.seat": lambda: translate("AuditText", "{council}: {council_seat}"),
    "community.link": lambda: translate("AuditText", "Looks after {address} ({link_scope})"),
    "community.visit": lambda: translate("AuditText", "Visit to {address} on {day}: {visit_result}"),
    "community.meeting": lambda: translate("AuditText", "Meeting “{title}” on {day}, {tasks} follow-up tasks"),
    "community.demo": lambda: translate("AuditText", "Demo councils, links, visits and meetings"),
    "volunteers.record_created": lambda: translate("AuditText", "Volunteer record created"),
    "volunteers.hours": lambda: translate("AuditText", "{minutes} min on {day} ({source} {ref})"),
    "volunteers.hours_decided": lambda: translate("AuditText", "Hours {status}"),
    "volunteers.shift": lambda: translate("AuditText", "Shift on {day}, {start}–{end} ({minutes} min)"),
    "volunteers.template": lambda: translate("AuditText", "Weekly shift on {weekday}, {start}–{end}"),
    "volunteers.from_templates": lambda: translate("AuditText", "{n} shifts from the weekly plan, {first} to {last}"),
    "volunteers.signup": lambda: translate("AuditText", "Signed up: {status}"),
    "volunteers.signup_override": lambda: translate("AuditText", "Signed up: {status} (override: {reason})"),
    "volunteers.promoted": lambda: translate("AuditText", "Moved up from the waitlist"),
    "health.consent": lambda: translate("AuditText", "Consent ({method}) given on {day}"),
    "health.signing": lambda: translate("AuditText", "{team}, {doctor}; renewal due {due}"),
    "health.plan": lambda: translate("AuditText", "Every {months} months; first due {due}"),
    "health.followup": lambda: translate("AuditText", "Follow-up on {day}; next due {due}"),
    "health.attempt": lambda: translate("AuditText", "Follow-up tried on {day}, not done: {attempt_outcome}"),
    "health.reading": lambda: translate("AuditText", "Readings: {kinds}"),
    "health.referral": lambda: translate("AuditText", "Referred to {partner} (request {number})"),
    "health.record_opened": lambda: translate("AuditText", "Health record opened"),
    "health.record_opened_where": lambda: translate("AuditText", "Health record opened in {where}"),
    "health.demo": lambda: translate(
        "AuditText", "{consents} consents, {signings} signings, {plans} follow-up plans, {readings} readings"
    ),
    "volunteers.week_of": lambda: translate("AuditText", "Week of {day}"),
    "volunteers.check_in": lambda: translate("AuditText", "Checked in at {at}"),
    "volunteers.check_out": lambda: translate("AuditText", "Checked out at {at}"),
    "volunteers.no_show": lambda: translate("AuditText", "Did not come"),
    "volunteers.no_show_settled": lambda: translate("AuditText", "Did not come (day settled)"),
    "volunteers.forgotten_check_out": lambda: translate(
        "AuditText", "Forgot to check out: the scheduled length is credited and goes to review"
    ),
    "volunteers.certificate": lambda: translate("AuditText", "Service from {first} to {last}: {minutes} min"),
    "volunteers.certificate_again": lambda: translate("AuditText", "Certificate {number} issued again"),
    "activities.session": lambda: translate("AuditText", "Session on {day}, {time}"),
    "activities.signup": lambda: translate("AuditText", "{name} signed up for {course}: {status}"),
    "activities.promoted": lambda: translate("AuditText", "{name} moved up from the waitlist of {course}"),
    "activities.event": lambda: translate("AuditText", "{name} on {day}: {n} participants"),
    "activities.attendance": lambda: translate("AuditText", "{course} on {day}: {present} present (list)"),
    "activities.present": lambda: translate("AuditText", "{name} present at {course} on {day} ({method})"),
    "activities.sheet": lambda: translate("AuditText", "Class sign-in sheet printed ({n} names)"),
    "activities.certificates": lambda: translate("AuditText", "{course}: {n} completion certificates ({new} new)"),
    "activities.demo": lambda: translate("AuditText", "Demo classes and activities"),
    "activities.fee_paid": lambda: translate("AuditText", "{course}: fee {fee} paid, receipt {receipt}"),
    "activities.fee_refunded": lambda: translate("AuditText", "{course}: fee {fee} refunded: {reason}"),
    "library_sip.superseded": lambda: translate(
        "AuditText", "Not sent: replaced by transaction {replaced_by}, kept to send it again after a return"
    ),
    "library_sip.accepted": lambda: translate("AuditText", "Copy {item}: done by the district library"),
    "library_sip.accepted_due": lambda: translate("AuditText", "Copy {item}: done by the district library, due {due}"),
    "library_sip.refused": lambda: translate(
        "AuditText", "Copy {item}: refused by the district library ({sip_refusal})"
    ),
    "library_sip.offline": lambda: translate(
        "AuditText", "Copy {item}: the district library could not be asked ({sip_problem}); kept to send later"
    ),
    "alerts.rule_changed": lambda: translate("AuditText", "Alert rule changed: {rule}"),
    "alerts.visit_category": lambda: translate(
        "AuditText", "Visit requests from alerts are made in category {category}"
    ),
    "alerts.dismissed": lambda: translate("AuditText", "Alert dismissed: {rule}"),
    "alerts.to_visit": lambda: translate("AuditText", "Alert turned into a visit request: {rule}"),
}

# Codes that appear as arguments or as a whole plain summary, worded per argument name.
_CODES: dict[str, dict[str, Callable[[], str]]] = {
    "rule": {  # the alert rules (app.alerts.rules)
        "canteen_absent": lambda: translate("AuditText", "Regular diner absent"),
        "alone_unvisited": lambda: translate("AuditText", "Elderly living alone, not visited"),
        "health_overdue": lambda: translate("AuditText", "Health follow-up overdue"),
        "expiring": lambda: translate("AuditText", "Authorisation or qualification expiring"),
        "followup_call": lambda: translate("AuditText", "Resolved request waiting for its follow-up call"),
        "visit_request": lambda: translate("AuditText", "Visit requests from alerts"),
    },
    "council_seat": {
        "chair": lambda: translate("AuditText", "council chair"),
        "building_head": lambda: translate("AuditText", "building head"),
        "unit_head": lambda: translate("AuditText", "unit head"),
        "member": lambda: translate("AuditText", "council member"),
    },
    "link_scope": {
        "household": lambda: translate("AuditText", "household"),
        "unit": lambda: translate("AuditText", "unit"),
        "building": lambda: translate("AuditText", "building"),
    },
    "attempt_outcome": {  # why a health follow-up attempt failed (db.models.health.ATTEMPT_OUTCOMES)
        "unreached": lambda: translate("AuditText", "not reached"),
        "refused": lambda: translate("AuditText", "refused"),
        "moved": lambda: translate("AuditText", "moved away"),
        "other": lambda: translate("AuditText", "other reason"),
    },
    "visit_result": {
        "all_well": lambda: translate("AuditText", "all well"),
        "need_found": lambda: translate("AuditText", "need found"),
        "not_home": lambda: translate("AuditText", "nobody home"),
    },
    "reason": {  # lock / sign-out reasons (ui.main_window)
        "switch user": lambda: translate("AuditText", "switched user"),
        "quit": lambda: translate("AuditText", "closed the program"),
        "idle": lambda: translate("AuditText", "no activity for a while"),
        "requested": lambda: translate("AuditText", "locked by the user"),
    },
    "where": {
        "resident form": lambda: translate("AuditText", "the resident form"),
        "resident profile": lambda: translate("AuditText", "the resident profile"),
    },
    "what": {
        "canteen settlement pdf": lambda: translate("AuditText", "Subsidy settlement (PDF)"),
        "canteen settlement xlsx": lambda: translate("AuditText", "Subsidy settlement (Excel)"),
        "filled_sheet": lambda: translate("AuditText", "Day's sign-in record"),
        "blank_sheet": lambda: translate("AuditText", "Blank sign-in sheet"),
        "weekly_summary": lambda: translate("AuditText", "Weekly attendance summary"),
        "roster": lambda: translate("AuditText", "Week roster"),
        "hours_pdf": lambda: translate("AuditText", "Volunteer hours (PDF)"),
        "hours_xlsx": lambda: translate("AuditText", "Volunteer hours (Excel)"),
        "fines ledger pdf": lambda: translate("AuditText", "Book room fines ledger (PDF)"),
    },
    "status": {
        "booked": lambda: translate("AuditText", "booked"),
        "waitlist": lambda: translate("AuditText", "on the waitlist"),
        "dropped": lambda: translate("AuditText", "taken off"),
        "approved": lambda: translate("AuditText", "approved"),
        "rejected": lambda: translate("AuditText", "rejected"),
        "pending": lambda: translate("AuditText", "waiting for approval"),
    },
    "method": {  # how a class attendance was taken (app/activities/attendance.py)
        "list": lambda: translate("AuditText", "ticked on the list"),
        "name": lambda: translate("AuditText", "found by name"),
        "qr": lambda: translate("AuditText", "sheet code scanned"),
    },
    "source": {
        "shift": lambda: translate("AuditText", "shift"),
        "manual": lambda: translate("AuditText", "entered by hand"),
        "request": lambda: translate("AuditText", "request claim"),
        "class": lambda: translate("AuditText", "class taught"),
    },
    "kind": {
        "holiday": lambda: translate("AuditText", "holiday"),
        "workday": lambda: translate("AuditText", "working day"),
        "normal": lambda: translate("AuditText", "ordinary day"),
    },
    "step": {
        "sign_in": lambda: translate("AuditText", "sign-in"),
        "sign_out": lambda: translate("AuditText", "sign-out"),
        "sign_out_unlisted": lambda: translate("AuditText", "sign-out by an adult not on the list"),
    },
    "slot": {
        "breakfast": lambda: translate("AuditText", "breakfast"),
        "lunch": lambda: translate("AuditText", "lunch"),
        "dinner": lambda: translate("AuditText", "dinner"),
    },
    "sip_refusal": {  # app.library.sip2.client refusals
        "blocked": lambda: translate("AuditText", "reader's card blocked"),
        "unknown_patron": lambda: translate("AuditText", "card not known"),
        "on_hold": lambda: translate("AuditText", "on hold for another reader"),
        "unknown_item": lambda: translate("AuditText", "barcode not known"),
        "refused": lambda: translate("AuditText", "no reason given"),
    },
    "sip_problem": {  # app.library.sip2.client problems
        "unreachable": lambda: translate("AuditText", "server unreachable"),
        "timeout": lambda: translate("AuditText", "no answer in time"),
        "garbage": lambda: translate("AuditText", "answer not SIP2"),
        "closed": lambda: translate("AuditText", "connection closed"),
        "login": lambda: translate("AuditText", "sign-in refused"),
        "acs_offline": lambda: translate("AuditText", "library system offline"),
        "not_set_up": lambda: translate("AuditText", "link not set up"),
        "queued": lambda: translate("AuditText", "earlier ones still being sent"),
    },
    "weekday": {
        "0": lambda: translate("AuditText", "Monday"),
        "1": lambda: translate("AuditText", "Tuesday"),
        "2": lambda: translate("AuditText", "Wednesday"),
        "3": lambda: translate("AuditText", "Thursday"),
        "4": lambda: translate("AuditText", "Friday"),
        "5": lambda: translate("AuditText", "Saturday"),
        "6": lambda: translate("AuditText", "Sunday"),
    },
}


@dataclass(frozen=True)
class Worded:
    actions: list[str]
    entities: list[str]
    messages: list[str]


def codes_worded(text: str) -> Worded:
    """The actions, record kinds and message keys whose wording in the reader's language contains `text` (case
    folded; placeholders ignored), so a search for what the viewer shows finds entries stored as codes."""
    needle = text.casefold().strip()
    if not needle:
        return Worded([], [], [])

    def hits(table: dict[str, Callable[[], str]]) -> list[str]:
        return [k for k, label in table.items() if needle in re.sub(r"\{\w+\}", "", label()).casefold()]

    return Worded(hits(ACTIONS), hits(ENTITIES), hits(MESSAGES))


def action_label(action: str) -> str:
    """The action in the reader's language; an unknown code as it is."""
    label = ACTIONS.get(action)
    return label() if label else action


def field_label(key: str) -> str:
    """A field of a record or a setting in the reader's language; an unknown key as it is."""
    label = FIELDS.get(key)
    return label() if label else key


def entity_label(entity: str) -> str:
    """The record kind in the reader's language; an unknown code as it is."""
    label = ENTITIES.get(entity)
    return label() if label else entity


def record_label(entity: str, entity_id: str, name: str | None = None) -> str:
    """ "Meal ticket No. 20261130-0001", "Staff account 李四", "Resident #12" (no name found)."""
    kind = entity_label(entity) if entity else ""
    if name:
        ref = translate("AuditText", "No. {number}").format(number=name) if entity in NUMBERED else name
    elif entity_id:
        ref = "#" + entity_id
    else:
        return kind
    return f"{kind} {ref}".strip()


def local_time(value: str | dt.datetime | None) -> str:
    """An instant as local time to the second ("2026-11-30 11:20:31"); text that is no instant as it is."""
    from app import clock

    if value is None:
        return ""
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return value
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    local = clock.to_local(value)
    return local.strftime("%Y-%m-%d %H:%M:%S") if local else ""


def value_label(entity: str, key: str, value: str) -> str:
    """A value of the before/after table in the reader's language: a request's state, a sign-up's or hours'
    status, yes/no; instants as local time; anything else as stored."""
    if value == "null":
        return ""
    if entity == "request" and key in ("status", "channel", "urgency", "rating"):
        from app.requests import workflow

        label = {
            "status": workflow.status_label,
            "channel": workflow.channel_label,
            "urgency": workflow.urgency_label,
            "rating": workflow.rating_label,
        }[key]
        return label(value)
    if key == "payment":
        from app.canteen.service import payment_label

        return payment_label(value)
    if key in ("status", "source", "slot", "kind") and value in _CODES[key]:
        return code_label(key, value)
    if key == "list":
        from app.exports import list_name

        return list_name(value.strip('"'))
    if value in ("true", "false"):
        return translate("AuditText", "yes") if value == "true" else translate("AuditText", "no")
    return local_instants(value)


def code_label(kind: str, code: Any) -> str:
    label = _CODES.get(kind, {}).get(str(code))
    return label() if label else ("" if code is None else str(code))


def _arg(name: str, value: Any) -> str:
    if name == "at":
        return local_time(value)
    if name == "problem" and isinstance(value, dict):  # an app.audit.ChainCheck, worded now
        from app.audit import ChainCheck

        try:
            return ChainCheck(**value).message()
        except TypeError:
            return str(value)
    if name in _CODES:
        return code_label(name, value)
    if name == "list":
        from app.exports import list_name

        return list_name(str(value))
    if name == "keys" and isinstance(value, list):
        return "、".join(field_label(str(k)) for k in value)
    return "" if value is None else str(value)


def render_message(msg: Message) -> str:
    template = MESSAGES.get(msg.key)
    if template is None:
        return msg.key + (" " + json.dumps(msg.args, ensure_ascii=False) if msg.args else "")
    args = {k: _arg(k, v) for k, v in msg.args.items()}
    try:
        return template().format(**args)
    except (KeyError, IndexError, ValueError):
        return template() + " " + " ".join(f"{k}={v}" for k, v in args.items())


# An instant as Python writes it: isoformat() ("T") or str() (a space, then always an offset for an aware value).
_ISO_INSTANT = re.compile(
    r"\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})?"
    r"| \d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2}))"
)

# English summaries written before they were stored as messages: (actions, pattern, message key); the pattern's
# groups are the arguments.
_LOGIN = ("login_failed",)
_HOURS = ("check_in", "check_out", "no_show")
_LEGACY: tuple[tuple[tuple[str, ...], re.Pattern[str], str], ...] = tuple(
    (actions, re.compile(p), key)
    for actions, p, key in (
        (_LOGIN, r"unknown user name", "login.unknown_user"),
        (_LOGIN, r"locked", "login.locked"),
        (_LOGIN, r"disabled", "login.disabled"),
        (_LOGIN, r"wrong password \((?P<n>\d+)\), locked", "login.wrong_password_locked"),
        (_LOGIN, r"wrong password \((?P<n>\d+)\)", "login.wrong_password"),
        (("reveal_id",), r"full ID number shown", "privacy.id_shown"),
        (("reveal_id",), r"full ID numbers in a list \((?P<n>\d+)\)", "privacy.ids_in_list"),
        (("reveal_id",), r"full ID number found by scanning a card", "privacy.id_scanned"),
        (("reveal_id",), r"full ID number printed on certificate (?P<number>\S+)", "privacy.id_on_certificate"),
        (_HOURS, r"check-in (?P<at>\S+)", "volunteers.check_in"),
        (_HOURS, r"check-out (?P<at>\S+)", "volunteers.check_out"),
        (_HOURS, r"no-show", "volunteers.no_show"),
        (_HOURS, r"no-show \(day settled\)", "volunteers.no_show_settled"),
        (("check_out",), r"forgotten check-out: scheduled length", "volunteers.forgotten_check_out"),
        (("create",), r"demo volunteers", "volunteers.demo"),
        (("export",), r"monthly report", "requests.monthly_report"),
        (("reprint",), r"(?P<number>\S+) receipt copy", "requests.receipt_copy"),
        (("reissue",), r"certificate (?P<number>\S+) again", "volunteers.certificate_again"),
        (("export",), r"kitchen list (?P<day>\S+)", "canteen.kitchen_list"),
        (("update",), r"local file", "dbserver.local"),
        (("export",), r"week of (?P<day>\S+)", "volunteers.week_of"),
    )
)


def render_summary(stored: str | None, action: str = "") -> str:
    """The summary of an entry in the reader's language: a stored message worded now; an old English summary
    matched against `_LEGACY`; a lock/sign-out reason code worded; any other text as written, with ISO
    instants shown as local time to the second."""
    if not stored:
        return ""
    msg = decode(stored)
    if msg is not None:
        return render_message(msg)
    if action in ("lock", "logout") and stored in _CODES["reason"]:
        return code_label("reason", stored)
    if action in ("reveal_id",) and stored in _CODES["where"]:
        return render_message(Message("privacy.id_shown_where", {"where": stored}))
    for actions, pattern, key in _LEGACY:
        m = pattern.fullmatch(stored) if action in actions else None
        if m:
            return render_message(Message(key, m.groupdict()))
    return local_instants(stored)


def local_instants(text: str) -> str:
    """`text` with every ISO instant in it (2026-11-30T03:20:31.837176+00:00) as local time to the second."""
    return _ISO_INSTANT.sub(lambda m: local_time(m.group(0)), text) if ":" in text else text
