"""The request workflow as a state machine (no Qt, no database).

new → dispatched → accepted (签收) or returned (退单, back to the center) → claimed (党员领单) → in progress →
resolved (办结) → closed after a satisfied follow-up (回访); an unsatisfied follow-up reopens it (重办). A follow-up
call that does not reach the resident (no answer, or the resident declines the call) is an attempt: the request stays
resolved, waiting for its follow-up, until a call is answered or an administrator closes it without one (with a reason).
Pausing for the resident, extensions and cancelling keep or end the state as the table below says.
"""

from __future__ import annotations

from app.i18n import translate

NEW = "new"
DISPATCHED = "dispatched"
RETURNED = "returned"
ACCEPTED = "accepted"
CLAIMED = "claimed"
IN_PROGRESS = "in_progress"
RESOLVED = "resolved"
CLOSED = "closed"
CANCELLED = "cancelled"

STATES = (NEW, DISPATCHED, RETURNED, ACCEPTED, CLAIMED, IN_PROGRESS, RESOLVED, CLOSED, CANCELLED)
OPEN_STATES = (NEW, DISPATCHED, RETURNED, ACCEPTED, CLAIMED, IN_PROGRESS)
FINISHED_STATES = (RESOLVED, CLOSED)
WORKING_STATES = (ACCEPTED, CLAIMED, IN_PROGRESS)  # where the resident may be waited on, or more time asked

# Actions
DISPATCH = "dispatch"
ACCEPT = "accept"
RETURN = "return"
CLAIM = "claim"
START = "start"
RESOLVE = "resolve"
FOLLOW_UP = "follow_up"
CLOSE_UNRATED = "close_unrated"  # an administrator closes a resolved request without a follow-up answer
CANCEL = "cancel"
PAUSE = "pause"
RESUME = "resume"
REQUEST_EXTENSION = "request_extension"
DECIDE_EXTENSION = "decide_extension"

# action -> (states it may start from, state it leads to; None = stays, "*" = decided by the action)
TRANSITIONS: dict[str, tuple[tuple[str, ...], str | None]] = {
    DISPATCH: ((NEW, RETURNED), DISPATCHED),
    ACCEPT: ((DISPATCHED,), ACCEPTED),
    RETURN: ((DISPATCHED,), RETURNED),
    CLAIM: ((ACCEPTED, CLAIMED), CLAIMED),
    START: ((ACCEPTED, CLAIMED), IN_PROGRESS),
    RESOLVE: ((IN_PROGRESS,), RESOLVED),
    # satisfied / basically satisfied → closed; unsatisfied → in progress (重办); not answered → stays resolved
    FOLLOW_UP: ((RESOLVED,), "*"),
    CLOSE_UNRATED: ((RESOLVED,), CLOSED),
    CANCEL: (OPEN_STATES, CANCELLED),
    PAUSE: (WORKING_STATES, None),
    RESUME: (WORKING_STATES, None),
    REQUEST_EXTENSION: (WORKING_STATES, None),
    DECIDE_EXTENSION: (WORKING_STATES, None),
}

SATISFIED = "satisfied"
BASICALLY_SATISFIED = "basic"
UNSATISFIED = "unsatisfied"
RATINGS = (SATISFIED, BASICALLY_SATISFIED, UNSATISFIED)
GOOD_RATINGS = (SATISFIED, BASICALLY_SATISFIED)
# A follow-up call without an answer: an attempt, kept (who, when), that neither rates nor closes the request.
NOT_REACHED = "not_reached"  # no answer, switched off, wrong number
DECLINED = "declined"  # the resident answered but declined the call (would not give a rating)
UNANSWERED = (NOT_REACHED, DECLINED)
FOLLOW_UP_OUTCOMES = RATINGS + UNANSWERED
ANSWERED = "answered"  # request_followups.outcome of a call that was answered (its rating is one of RATINGS)

CHANNELS = ("walk_in", "phone", "visit", "online", "council", "grid", "hotline_12345")
URGENCIES = ("normal", "urgent", "very_urgent")


def allowed_actions(status: str) -> list[str]:
    return [a for a, (froms, _to) in TRANSITIONS.items() if status in froms]


def target_state(action: str, status: str, rating: str | None = None) -> str:
    """The state `action` leads to from `status`; raises WrongState (a UserError) when it may not."""
    from app.errors import UserError

    froms, to = TRANSITIONS[action]
    if status not in froms:
        raise UserError(
            translate("Requests", "A request that is {state} cannot be {action}.").format(
                state=status_label(status), action=action_label(action)
            )
        )
    if to == "*":
        if rating in UNANSWERED:
            return status
        return IN_PROGRESS if rating == UNSATISFIED else CLOSED
    return status if to is None else to


def status_label(status: str) -> str:
    return {
        NEW: translate("Requests", "new"),
        DISPATCHED: translate("Requests", "dispatched"),
        RETURNED: translate("Requests", "returned"),
        ACCEPTED: translate("Requests", "accepted"),
        CLAIMED: translate("Requests", "claimed"),
        IN_PROGRESS: translate("Requests", "in progress"),
        RESOLVED: translate("Requests", "resolved"),
        CLOSED: translate("Requests", "closed"),
        CANCELLED: translate("Requests", "cancelled"),
    }.get(status, status)


def action_label(action: str) -> str:
    return {
        DISPATCH: translate("RequestAction", "dispatched"),
        ACCEPT: translate("RequestAction", "accepted"),
        RETURN: translate("RequestAction", "returned"),
        CLAIM: translate("RequestAction", "claimed"),
        START: translate("RequestAction", "started"),
        RESOLVE: translate("RequestAction", "resolved"),
        FOLLOW_UP: translate("RequestAction", "followed up"),
        CLOSE_UNRATED: translate("RequestAction", "closed without a follow-up"),
        CANCEL: translate("RequestAction", "cancelled"),
        PAUSE: translate("RequestAction", "paused for the resident"),
        RESUME: translate("RequestAction", "resumed"),
        REQUEST_EXTENSION: translate("RequestAction", "given an extension request"),
        DECIDE_EXTENSION: translate("RequestAction", "given an extension decision"),
        "intake": translate("RequestAction", "taken in"),
        "on_the_spot": translate("RequestAction", "handled on the spot"),
    }.get(action, action)


def button_label(action: str) -> str:
    return {
        DISPATCH: translate("Requests", "Dispatch…"),
        ACCEPT: translate("Requests", "Accept (签收)"),
        RETURN: translate("Requests", "Return (退单)…"),
        CLAIM: translate("Requests", "Claim by party member…"),
        START: translate("Requests", "Start work"),
        RESOLVE: translate("Requests", "Resolve…"),
        FOLLOW_UP: translate("Requests", "Follow-up…"),
        CLOSE_UNRATED: translate("Requests", "Close unrated…"),
        CANCEL: translate("Requests", "Cancel request…"),
        PAUSE: translate("Requests", "Wait for resident"),
        RESUME: translate("Requests", "Resume"),
        REQUEST_EXTENSION: translate("Requests", "Ask for extension…"),
        DECIDE_EXTENSION: translate("Requests", "Decide extension…"),
    }.get(action, action)


def channel_label(channel: str) -> str:
    return {
        "walk_in": translate("Requests", "walk-in"),
        "phone": translate("Requests", "phone"),
        "visit": translate("Requests", "door-to-door visit"),
        "online": translate("Requests", "online questionnaire"),
        "council": translate("Requests", "residents' council"),
        "grid": translate("Requests", "grid worker"),
        "hotline_12345": translate("Requests", "12345 transfer"),
    }.get(channel, channel)


def urgency_label(urgency: str) -> str:
    return {
        "normal": translate("Requests", "normal"),
        "urgent": translate("Requests", "urgent"),
        "very_urgent": translate("Requests", "very urgent"),
    }.get(urgency, urgency)


def rating_label(rating: str) -> str:
    return {
        SATISFIED: translate("Requests", "satisfied"),
        BASICALLY_SATISFIED: translate("Requests", "basically satisfied"),
        UNSATISFIED: translate("Requests", "unsatisfied"),
        NOT_REACHED: translate("Requests", "not reached (no answer)"),
        DECLINED: translate("Requests", "declined the call"),
    }.get(rating, rating)
