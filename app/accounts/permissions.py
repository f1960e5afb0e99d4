"""What each role may do, by name. Screens and services ask `may(actor, PERMISSION)`; services that must
refuse call `require(actor, PERMISSION)`, which raises a translated PermissionDenied (a UserError).

Roles are what a person *is* (cashier, childcare…); permissions are what a screen or a service *asks*.
Admins hold every permission. A person with several roles holds the union.
"""

from __future__ import annotations

from app.actor import ADMIN, BOOK_ROOM, CASHIER, CHILDCARE, FRONT_DESK, HEALTH, VOLUNTEER_COORDINATOR, Actor
from app.errors import PermissionDenied
from app.i18n import translate

SEE_FULL_ID = "see_full_id"  # print or export a full ID number where a document requires it (certificates)
REVEAL_ID = "reveal_id"  # click "reveal" to see one resident's full ID number on screen (audited)
SEE_PHONES = "see_phones"  # residents' and contacts' phone numbers in full, to call them (screens, lists, exports)
SEE_MEDICAL_NOTES = "see_medical_notes"  # children's private medical / special-needs notes
MANAGE_ACCOUNTS = "manage_accounts"
CHANGE_SETTINGS = "change_settings"
VIEW_AUDIT = "view_audit"
VOID_TICKET = "void_ticket"  # approve a canteen void or refund
OVERRIDE_PICKUP = "override_pickup"  # release a child to an adult who is not authorised that day
REOPEN_DAY = "reopen_day"  # reopen a closed cash day or settlement period
EXPORT_PERSONAL_DATA = "export_personal_data"  # sheets and spreadsheets with residents' personal data
EDIT_RESIDENTS = "edit_residents"  # add, change, archive resident records
SEE_CHILDREN = "see_children"  # which children an adult may collect (childcare part of a resident's profile)
TAKE_REQUESTS = "take_requests"  # intake, receipts, moving a request along (dispatch … follow-up), station clicks
MANAGE_REQUESTS = "manage_requests"  # departments, partners, categories and station services (the catalogue)
APPROVE_EXTENSION = "approve_extension"  # grant or refuse more working days for a request
CLOSE_UNRATED = "close_unrated"  # close a resolved request whose follow-up call never got an answer (with a reason)
SELL_MEALS = "sell_meals"  # sell, serve, reprint tickets; meal cards; bookings; close one's own cash day
MANAGE_CANTEEN = "manage_canteen"  # meal slots, prices, subsidy rules; settling (locking) a period
CHILDCARE_DESK = "childcare_desk"  # read a child's record, sign in / out, absences, staff on duty
MANAGE_CHILDCARE = "manage_childcare"  # programs, children, contacts, enrolments
MANAGE_VOLUNTEERS = "manage_volunteers"  # volunteer records and service certificates
MANAGE_ROSTER = "manage_roster"  # posts, shifts, templates, sign-ups, check-in / out, hours entered by hand
APPROVE_HOURS = "approve_hours"  # approve or reject volunteer hours before they count
LATE_SALE = "late_sale"  # approve a subsidised canteen sale outside the slot's serving hours
LIFT_PICKUP_BLOCK = "lift_pickup_block"  # approve lifting a 禁止接送 block on a child's contact (administrators only)
VIEW_STATISTICS = "view_statistics"  # the month's figures and charts (counts and sums only, no person's details)
ISSUE_DISTRICT_REPORT = "issue_district_report"  # make (and store) the month's report pack for the street office
IMPORT_RECORDS = "import_records"  # bring residents, children or volunteers in from a spreadsheet (administrators)
RUN_ACTIVITIES = "run_activities"  # sign residents up for classes and activities, take attendance, record events
MANAGE_ACTIVITIES = "manage_activities"  # courses, troupes, terms, schedules, teachers, fees; completion certificates
REFUND_CLASS_FEE = "refund_class_fee"  # give a course fee back after the term has begun (administrators)
LEND_BOOKS = "lend_books"  # the book room's desk: lend, return, renew, holds, reminder slips
MANAGE_BOOK_ROOM = "manage_book_room"  # the catalogue, loan settings, the district library link (SIP2)
WAIVE_FINES = "waive_fines"  # waive a book room fine, or void a fine's payment or waiver recorded by mistake
RECORD_VISITS = "record_visits"  # households, 走访 visits, council meetings and their follow-up tasks
MANAGE_COUNCILS = "manage_councils"  # building councils, their members and roles, 三带一联 links
SEE_HEALTH = "see_health"  # residents' health records (sensitive personal information; every reveal audited)
RECORD_HEALTH = "record_health"  # family-doctor signing, conditions, follow-up plans, readings, referrals
SEE_ALERTS = "see_alerts"  # the 今日关注 list (未诉先办) and turning an alert into a visit request
MANAGE_ALERT_RULES = "manage_alert_rules"  # the alert rules' thresholds

ALL_PERMISSIONS = (
    SEE_FULL_ID,
    REVEAL_ID,
    SEE_PHONES,
    SEE_MEDICAL_NOTES,
    MANAGE_ACCOUNTS,
    CHANGE_SETTINGS,
    VIEW_AUDIT,
    VOID_TICKET,
    OVERRIDE_PICKUP,
    REOPEN_DAY,
    EXPORT_PERSONAL_DATA,
    EDIT_RESIDENTS,
    SEE_CHILDREN,
    TAKE_REQUESTS,
    MANAGE_REQUESTS,
    APPROVE_EXTENSION,
    CLOSE_UNRATED,
    SELL_MEALS,
    MANAGE_CANTEEN,
    CHILDCARE_DESK,
    MANAGE_CHILDCARE,
    MANAGE_VOLUNTEERS,
    MANAGE_ROSTER,
    APPROVE_HOURS,
    LATE_SALE,
    LIFT_PICKUP_BLOCK,
    VIEW_STATISTICS,
    ISSUE_DISTRICT_REPORT,
    IMPORT_RECORDS,
    RUN_ACTIVITIES,
    MANAGE_ACTIVITIES,
    REFUND_CLASS_FEE,
    LEND_BOOKS,
    MANAGE_BOOK_ROOM,
    WAIVE_FINES,
    RECORD_VISITS,
    MANAGE_COUNCILS,
    SEE_HEALTH,
    RECORD_HEALTH,
    SEE_ALERTS,
    MANAGE_ALERT_RULES,
)

# Who holds what (the admin holds everything). Kept here, in one table, so a center's data-protection officer
# can read the whole policy at once; services call require(actor, PERMISSION) with these names, screens may().
ROLE_PERMISSIONS: dict[str, frozenset[str]] = {
    ADMIN: frozenset(ALL_PERMISSIONS),
    FRONT_DESK: frozenset(
        {
            REVEAL_ID,
            SEE_PHONES,
            EXPORT_PERSONAL_DATA,
            EDIT_RESIDENTS,
            SEE_CHILDREN,
            TAKE_REQUESTS,
            MANAGE_REQUESTS,
            VIEW_STATISTICS,
            ISSUE_DISTRICT_REPORT,
            RUN_ACTIVITIES,
            MANAGE_ACTIVITIES,
            RECORD_VISITS,
            MANAGE_COUNCILS,
            SEE_ALERTS,
        }
    ),
    CASHIER: frozenset({VOID_TICKET, EDIT_RESIDENTS, SELL_MEALS, VIEW_STATISTICS}),
    CHILDCARE: frozenset(
        {
            SEE_MEDICAL_NOTES,
            SEE_PHONES,
            OVERRIDE_PICKUP,
            EXPORT_PERSONAL_DATA,
            EDIT_RESIDENTS,
            SEE_CHILDREN,
            CHILDCARE_DESK,
            MANAGE_CHILDCARE,
            VIEW_STATISTICS,
        }
    ),
    VOLUNTEER_COORDINATOR: frozenset(
        {
            SEE_FULL_ID,
            SEE_PHONES,
            EXPORT_PERSONAL_DATA,
            EDIT_RESIDENTS,
            MANAGE_VOLUNTEERS,
            MANAGE_ROSTER,
            APPROVE_HOURS,
            VIEW_STATISTICS,
            RUN_ACTIVITIES,
        }
    ),
    BOOK_ROOM: frozenset({SEE_PHONES, EDIT_RESIDENTS, LEND_BOOKS, MANAGE_BOOK_ROOM, RUN_ACTIVITIES, VIEW_STATISTICS}),
    HEALTH: frozenset(
        {REVEAL_ID, SEE_PHONES, EDIT_RESIDENTS, SEE_HEALTH, RECORD_HEALTH, RECORD_VISITS, SEE_ALERTS, VIEW_STATISTICS}
    ),
}


def permissions_of(roles: frozenset[str] | set[str] | tuple[str, ...]) -> frozenset[str]:
    out: set[str] = set()
    for role in roles:
        out |= ROLE_PERMISSIONS.get(role, frozenset())
    return frozenset(out)


def may(actor: Actor | None, permission: str) -> bool:
    """Whether `actor` holds `permission` (an unknown permission name is a bug, not a refusal)."""
    if permission not in ALL_PERMISSIONS:
        raise ValueError(f"unknown permission {permission!r}")
    if actor is None:
        return False
    return permission in permissions_of(actor.roles)


def require(actor: Actor | None, permission: str) -> None:
    """Raise PermissionDenied (a UserError, in the user's language) unless `actor` holds `permission`."""
    if may(actor, permission):
        return
    raise PermissionDenied(refusal_message(permission))


def refusal_message(permission: str) -> str:
    messages = {
        SEE_FULL_ID: translate("Permissions", "Your role may not see full ID numbers."),
        REVEAL_ID: translate("Permissions", "Your role may not reveal full ID numbers."),
        SEE_PHONES: translate("Permissions", "Your role may not see full phone numbers."),
        SEE_MEDICAL_NOTES: translate("Permissions", "Your role may not see medical notes."),
        MANAGE_ACCOUNTS: translate("Permissions", "Only an administrator manages staff accounts."),
        CHANGE_SETTINGS: translate("Permissions", "Only an administrator changes the settings."),
        VIEW_AUDIT: translate("Permissions", "Only an administrator reads the audit trail."),
        VOID_TICKET: translate("Permissions", "Your role may not approve voids or refunds."),
        OVERRIDE_PICKUP: translate("Permissions", "Your role may not override a pick-up check."),
        REOPEN_DAY: translate("Permissions", "Only an administrator reopens a closed day."),
        EXPORT_PERSONAL_DATA: translate("Permissions", "Your role may not export personal data."),
        EDIT_RESIDENTS: translate("Permissions", "Your role may not change resident records."),
        SEE_CHILDREN: translate("Permissions", "Your role may not see which children an adult collects."),
        TAKE_REQUESTS: translate("Permissions", "Your role may not take in or handle requests."),
        MANAGE_REQUESTS: translate(
            "Permissions", "Your role may not change departments, categories or station services."
        ),
        APPROVE_EXTENSION: translate("Permissions", "Only an administrator decides on a deadline extension."),
        CLOSE_UNRATED: translate("Permissions", "Only an administrator closes a request without its follow-up."),
        SELL_MEALS: translate("Permissions", "Your role may not sell meals or handle meal cards."),
        MANAGE_CANTEEN: translate("Permissions", "Only an administrator changes meal slots, prices and subsidy rules."),
        CHILDCARE_DESK: translate("Permissions", "Your role may not work the childcare desk."),
        MANAGE_CHILDCARE: translate(
            "Permissions", "Your role may not change childcare programs, children or contacts."
        ),
        MANAGE_VOLUNTEERS: translate(
            "Permissions", "Your role may not change volunteer records or issue certificates."
        ),
        MANAGE_ROSTER: translate("Permissions", "Your role may not change the volunteer roster."),
        APPROVE_HOURS: translate("Permissions", "Your role may not approve volunteer hours."),
        LATE_SALE: translate("Permissions", "Your role may not approve a subsidised meal outside serving hours."),
        LIFT_PICKUP_BLOCK: translate("Permissions", "Only an administrator approves lifting a pick-up block."),
        VIEW_STATISTICS: translate("Permissions", "Your role may not see the center's statistics."),
        ISSUE_DISTRICT_REPORT: translate("Permissions", "Your role may not issue the district monthly report."),
        IMPORT_RECORDS: translate("Permissions", "Only an administrator imports records from a spreadsheet."),
        RUN_ACTIVITIES: translate("Permissions", "Your role may not sign residents up for classes or take attendance."),
        MANAGE_ACTIVITIES: translate("Permissions", "Your role may not change classes, activities or their teachers."),
        LEND_BOOKS: translate("Permissions", "Your role may not lend or take back books."),
        MANAGE_BOOK_ROOM: translate("Permissions", "Your role may not change the book room's catalogue or settings."),
        WAIVE_FINES: translate("Permissions", "Only an administrator waives a fine or undoes a fine's record."),
        REFUND_CLASS_FEE: translate("Permissions", "Only an administrator refunds a course fee once the term has begun."),
        RECORD_VISITS: translate("Permissions", "Your role may not record visits or council meetings."),
        MANAGE_COUNCILS: translate("Permissions", "Your role may not change building councils or 三带一联 links."),
        SEE_HEALTH: translate("Permissions", "Your role may not see health records."),
        RECORD_HEALTH: translate("Permissions", "Your role may not change health records."),
        SEE_ALERTS: translate("Permissions", "Your role may not see the 今日关注 list."),
        MANAGE_ALERT_RULES: translate("Permissions", "Only an administrator changes the alert rules."),
    }
    return messages[permission]


def roles_with(permission: str) -> tuple[str, ...]:
    """The roles that hold `permission`, e.g. for `verify_approver(..., roles=roles_with(VOID_TICKET))`."""
    return tuple(role for role, perms in ROLE_PERMISSIONS.items() if permission in perms)
