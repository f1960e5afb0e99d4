"""What each input field is called on screen, in the user's language, for messages that must name it.

A refusal that reaches a message box or an import's error sheet stands apart from its field, so it says which field
it means: "备注最多200字，现在230字", not "太长了". The names are those of `db.limits` (parameters and input fields
of the service entry points, and center settings keys); a name qualified with its function or input class
(``"CourseInput.name"``) wins over the bare name, as in `db.limits.text_limit`. tests/core/test_field_labels.py
fails when a text field of the limits table or of an entry point has no label.

`too_long(name, limit, length, owner)` is the one wording of "text over its limit" for every service and form.
"""

from __future__ import annotations

from app.i18n import translate


def _labels() -> dict[str, str]:
    # built per call (a refusal is rare): the language may change while the program runs
    return {
        # people
        "name": translate("Fields", "Name"),
        "contact_name": translate("Fields", "Contact name"),
        "emergency_contact": translate("Fields", "Emergency contact"),
        "guardian_name": translate("Fields", "Guardian's name"),
        "buyer": translate("Fields", "Buyer's name"),
        "guest": translate("Fields", "Guest"),
        "adult_name": translate("Fields", "Adult's name"),
        "household": translate("Fields", "Household"),
        "resident_name": translate("Fields", "Resident's name"),
        "display_name": translate("Fields", "Staff member's name"),
        "override_staff": translate("Fields", "Approving staff member"),
        "staff_name": translate("Fields", "Staff member's name"),
        "names": translate("Fields", "Staff on duty"),
        "username": translate("Fields", "User name"),
        "password": translate("Fields", "Password"),
        "current": translate("Fields", "Current password"),
        "new": translate("Fields", "New password"),
        "temporary_password": translate("Fields", "Temporary password"),
        "phone": translate("Fields", "Phone"),
        "contact_phone": translate("Fields", "Contact phone"),
        "emergency_phone": translate("Fields", "Emergency phone"),
        "adult_phone": translate("Fields", "Adult's phone"),
        "id_number": translate("Fields", "ID number"),
        "id_last_digits": translate("Fields", "Last digits of the ID number"),
        "gender": translate("Fields", "Gender"),
        "relation": translate("Fields", "Relation"),
        "given_by": translate("Fields", "Consent given by"),
        "doctor": translate("Fields", "Doctor"),
        "team": translate("Fields", "Family-doctor team"),
        "teacher_name": translate("Fields", "Teacher's name"),
        # codes
        "kind": translate("Fields", "Kind"),
        "role": translate("Fields", "Role"),
        "method": translate("Fields", "Method"),
        "payment": translate("Fields", "Payment"),
        "fee_payment": translate("Fields", "How the fee is paid"),
        "outcome": translate("Fields", "Outcome"),
        "fines_ledger.state": translate("Fields", "Fines shown"),
        "fines_ledger_pdf.state": translate("Fields", "Fines shown"),
        "limit_scope": translate("Fields", "Limit applies to"),
        "policy": translate("Fields", "Policy"),
        "status": translate("Fields", "Status"),
        "channel": translate("Fields", "Channel"),
        "urgency": translate("Fields", "Urgency"),
        "rating": translate("Fields", "Rating"),
        "code": translate("Fields", "Code"),
        "slot_code": translate("Fields", "Meal"),
        "slots": translate("Fields", "Meals"),
        "fixed_funder": translate("Fields", "Funder"),
        "any_tags": translate("Fields", "Resident categories"),
        "roles": translate("Fields", "Roles"),
        "options": translate("Fields", "Options"),
        "starts": translate("Fields", "Start time"),
        "ends": translate("Fields", "End time"),
        "teacher_kind": translate("Fields", "Teacher"),
        "required_tags": translate("Fields", "Resident categories"),
        "glucose_timing": translate("Fields", "Glucose taken"),
        "encoding": translate("Fields", "Character encoding"),
        "mapping": translate("Fields", "Column mapping"),
        "owner": translate("Fields", "Owner"),
        "result": translate("Fields", "What the visit found"),
        "scope": translate("Fields", "Looks after"),
        "seat": translate("Fields", "Council role"),
        # places and labels
        "building": translate("Fields", "Building"),
        "unit": translate("Fields", "Unit"),
        "room": translate("Fields", "Room"),
        "grade": translate("Fields", "Grade"),
        "class_name": translate("Fields", "Class"),
        "school": translate("Fields", "School"),
        "branch": translate("Fields", "Party branch"),
        "place": translate("Fields", "Place"),
        "group": translate("Fields", "Group"),
        "groups": translate("Fields", "Groups"),
        "window": translate("Fields", "Serving window"),
        "skills": translate("Fields", "Skills"),
        "required_skills": translate("Fields", "Required skills"),
        "availability": translate("Fields", "Availability"),
        "student_number": translate("Fields", "Student number"),
        "external_number": translate("Fields", "Volunteer platform number"),
        "number": translate("Fields", "Number"),
        "card_no": translate("Fields", "Card number"),
        "allergy_note": translate("Fields", "Allergy note"),
        "workstation": translate("Fields", "Workstation"),
        "key": translate("Fields", "Setting"),
        "qualifications": translate("Fields", "Qualification"),
        "tags": translate("Fields", "Category detail"),
        # the book room
        "barcode": translate("Fields", "Barcode"),
        "title": translate("Fields", "Title"),
        "author": translate("Fields", "Author"),
        "isbn": translate("Fields", "ISBN"),
        "call_number": translate("Fields", "Call number"),
        "scan": translate("Fields", "Scanned code"),
        "patron": translate("Fields", "Reader card"),
        "item": translate("Fields", "Item barcode"),
        "txn_id": translate("Fields", "Transaction number"),
        "host": translate("Fields", "Server"),
        "institution_id": translate("Fields", "Institution id"),
        "login_user": translate("Fields", "Sign-in user"),
        "login_password": translate("Fields", "Sign-in password"),
        "location_code": translate("Fields", "Location code"),
        # spreadsheet imports
        "path": translate("Fields", "File or folder"),
        "sheet": translate("Fields", "Sheet"),
        "titles": translate("Fields", "Column titles"),
        # free text
        "note": translate("Fields", "Note"),
        "notes": translate("Fields", "Notes"),
        "reason": translate("Fields", "Reason"),
        "override_reason": translate("Fields", "Reason for the exception"),
        "capacity_override_reason": translate("Fields", "Reason for going over capacity"),
        "description": translate("Fields", "Description"),
        "resolution_note": translate("Fields", "How it was handled"),
        "medical_note": translate("Fields", "Medical note"),
        "dishes": translate("Fields", "Dishes"),
        "purpose": translate("Fields", "Purpose"),
        "detail": translate("Fields", "Detail"),
        "text": translate("Fields", "Search text"),
        "query": translate("Fields", "Search text"),
        "payload": translate("Fields", "Scanned code"),
        "findings": translate("Fields", "What was found"),
        "agenda": translate("Fields", "Agenda"),
        "decisions": translate("Fields", "Decisions"),
        # audit vocabulary
        "action": translate("Fields", "Action"),
        "entity": translate("Fields", "Record kind"),
        "what": translate("Fields", "What"),
        "where": translate("Fields", "Where"),
        "after": translate("Fields", "Position in the list"),
        # center settings (app.settings keys)
        "center.name": translate("Fields", "Center name"),
        "center.address": translate("Fields", "Center address"),
        "center.phone": translate("Fields", "Center phone"),
        "center.person_in_charge": translate("Fields", "Person in charge"),
        "backup.folder": translate("Fields", "Backup folder"),
        "values.key": translate("Fields", "Setting"),
        "params.key": translate("Fields", "Threshold"),
        "tags.key": translate("Fields", "Resident category"),
        # qualified: the same name means another thing
        "ChildInput.name": translate("Fields", "Child's name"),
        "CourseInput.name": translate("Fields", "Course name"),
        "EventInput.name": translate("Fields", "Event name"),
        "ProgramInput.name": translate("Fields", "Program name"),
        "RuleInput.name": translate("Fields", "Subsidy rule name"),
        "SlotInput.name": translate("Fields", "Meal name"),
        "add_condition.name": translate("Fields", "Condition"),
        "add_post.name": translate("Fields", "Post name"),
        "add_service.name": translate("Fields", "Service name"),
        "create_category.name": translate("Fields", "Category name"),
        "create_council.name": translate("Fields", "Council name"),
        "create_department.name": translate("Fields", "Department name"),
        "create_department.phone": translate("Fields", "Department phone"),
        "set_calendar_day.name": translate("Fields", "Holiday name"),
        "add_condition.code": translate("Fields", "Condition code"),
        "update_slot.code": translate("Fields", "Meal code"),
        "CopyInput.title": translate("Fields", "Book title"),
        "MeetingInput.title": translate("Fields", "Meeting subject"),
        "NeedInput.description": translate("Fields", "What is needed"),
        "TaskInput.description": translate("Fields", "Task"),
        "CourseInput.note": translate("Fields", "Course note"),
        "ReadingInput.note": translate("Fields", "Reading note"),
        "add_manual_hours.note": translate("Fields", "What was done"),  # the hours form's 服务内容 box
    }


def label(name: str, owner: str = "") -> str | None:
    """The field's name as shown to the user, or None when it has none (the message then names no field)."""
    labels = _labels()
    return labels.get(f"{owner}.{name}") or labels.get(name)


def too_long(name: str, limit: int, length: int, owner: str = "") -> str:
    """ "备注最多200字，现在230字": a text over its limit, naming its field (`name` as in db.limits, `owner` the
    function or input class); `limit` and `length` in characters."""
    field = label(name, owner)
    if field is None:
        return translate("Fields", "Too long: at most {limit} characters ({length} given).").format(
            limit=limit, length=length
        )
    return translate("Fields", "{field}: at most {limit} characters, {length} now.").format(
        field=field, limit=limit, length=length
    )
