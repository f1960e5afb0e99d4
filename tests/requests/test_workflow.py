"""The state machine: every legal and every illegal transition, and what each records."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import func, select

from app.errors import UserError, ValidationError
from app.requests import service as S
from app.requests import workflow as W
from db.models import AuditEntry
from db.models.requests import RequestEvent, RequestFollowUp, ServiceRequest


def new_request(db, actor, cat, **kw):
    inp = S.IntakeInput(channel="walk_in", category_id=cat.category_id, description="办理医保卡", **kw)
    return S.take_in(db, actor, inp)


def force_state(db, request_id, status, **fields):
    with db.write() as s:
        r = s.get(ServiceRequest, request_id)
        r.status = status
        for k, v in fields.items():
            setattr(r, k, v)


def counts(db, request_id):
    with db.read() as s:
        events = s.execute(select(func.count()).where(RequestEvent.request_id == request_id)).scalar_one()
        audits = s.execute(select(func.count()).select_from(AuditEntry)).scalar_one()
        r = s.get(ServiceRequest, request_id)
        return events, audits, r.status, r.due_date, r.waiting_since, r.extension_days


def run(action, db, actor, rid, cat):
    """Call `action` with valid arguments."""
    if action == W.DISPATCH:
        S.dispatch(db, actor, rid, cat.partner_id)
    elif action == W.ACCEPT:
        S.accept(db, actor, rid)
    elif action == W.RETURN:
        S.return_request(db, actor, rid, "不属于本部门")
    elif action == W.CLAIM:
        S.claim(db, actor, rid, [cat.member_ids[0]])
    elif action == W.START:
        S.start(db, actor, rid)
    elif action == W.RESOLVE:
        S.resolve(db, actor, rid, "已办好")
    elif action == W.FOLLOW_UP:
        S.follow_up(db, actor, rid, W.SATISFIED)
    elif action == W.CLOSE_UNRATED:
        S.close_without_follow_up(db, actor, rid, "三次电话未接通")
    elif action == W.CANCEL:
        S.cancel(db, actor, rid, "居民撤回")
    elif action == W.PAUSE:
        S.pause(db, actor, rid)
    elif action == W.RESUME:
        S.resume(db, actor, rid)
    elif action == W.REQUEST_EXTENSION:
        S.request_extension(db, actor, rid, 2, "等材料")
    elif action == W.DECIDE_EXTENSION:
        S.decide_extension(db, actor, rid, True)
    else:  # pragma: no cover
        raise AssertionError(action)


def preconditions(action):
    """Flags a legal call needs besides the state."""
    if action == W.RESUME:
        return {"waiting_since": dt.date(2026, 11, 30)}
    if action == W.DECIDE_EXTENSION:
        return {"extension_days": 2, "extension_reason": "等材料"}
    return {}


EXPECTED = {
    (W.DISPATCH, W.NEW): W.DISPATCHED,
    (W.DISPATCH, W.RETURNED): W.DISPATCHED,
    (W.ACCEPT, W.DISPATCHED): W.ACCEPTED,
    (W.RETURN, W.DISPATCHED): W.RETURNED,
    (W.CLAIM, W.ACCEPTED): W.CLAIMED,
    (W.CLAIM, W.CLAIMED): W.CLAIMED,
    (W.START, W.ACCEPTED): W.IN_PROGRESS,
    (W.START, W.CLAIMED): W.IN_PROGRESS,
    (W.RESOLVE, W.IN_PROGRESS): W.RESOLVED,
    (W.FOLLOW_UP, W.RESOLVED): W.CLOSED,
    (W.CLOSE_UNRATED, W.RESOLVED): W.CLOSED,
    **{(W.CANCEL, s): W.CANCELLED for s in W.OPEN_STATES},
    **{(a, s): s for a in (W.PAUSE, W.RESUME, W.REQUEST_EXTENSION, W.DECIDE_EXTENSION) for s in W.WORKING_STATES},
}

ALL = [(a, s) for a in W.TRANSITIONS for s in W.STATES]


def test_the_table_and_the_expectations_agree():
    legal = {(a, s) for a, s in ALL if s in W.TRANSITIONS[a][0]}
    assert legal == set(EXPECTED)


@pytest.mark.parametrize(("action", "state"), sorted(EXPECTED))
def test_legal_transition(db, admin, clerk, catalogue, monday, action, state):
    saved = new_request(db, clerk, catalogue)
    force_state(db, saved.id, state, **preconditions(action))
    events_before, audits_before, *_ = counts(db, saved.id)
    run(action, db, admin, saved.id, catalogue)
    events, audits, status, *_ = counts(db, saved.id)
    assert status == EXPECTED[(action, state)]
    assert (events, audits) == (events_before + 1, audits_before + 1)
    with db.read() as s:
        e = s.execute(select(RequestEvent).order_by(RequestEvent.id.desc()).limit(1)).scalar_one()
    assert (e.action, e.from_status, e.to_status, e.user_id) == (action, state, status, admin.user_id)


@pytest.mark.parametrize(("action", "state"), sorted(set(ALL) - set(EXPECTED)))
def test_illegal_transition_is_refused_and_writes_nothing(db, admin, clerk, catalogue, monday, action, state):
    saved = new_request(db, clerk, catalogue)
    force_state(db, saved.id, state, **preconditions(action))
    before = counts(db, saved.id)
    with pytest.raises(UserError) as err:
        run(action, db, admin, saved.id, catalogue)
    assert W.status_label(state) in err.value.message
    assert counts(db, saved.id) == before


def test_full_path_with_return_claims_and_follow_up(db, admin, clerk, catalogue, monday):
    saved = new_request(db, clerk, catalogue)
    assert saved.number == "2026-000001" and saved.status == W.NEW
    S.dispatch(db, clerk, saved.id, catalogue.department_id)
    with pytest.raises(ValidationError):
        S.return_request(db, admin, saved.id, "  ")
    S.return_request(db, admin, saved.id, "应由医院处理")
    S.dispatch(db, clerk, saved.id, catalogue.partner_id)
    S.accept(db, admin, saved.id)
    S.claim(db, admin, saved.id, catalogue.member_ids)
    with pytest.raises(UserError):
        S.claim(db, admin, saved.id, catalogue.member_ids)  # claimed already
    S.start(db, admin, saved.id)
    S.resolve(db, admin, saved.id, "已上门办理", minutes_per_claimer=90)
    with pytest.raises(UserError, match="handled"):
        S.follow_up(db, admin, saved.id, W.SATISFIED)
    S.follow_up(db, clerk, saved.id, W.UNSATISFIED, "还没好")
    d = S.get_request(db, admin, saved.id)
    assert (d.status, d.reopen_count, d.satisfaction) == (W.IN_PROGRESS, 1, W.UNSATISFIED)
    S.resolve(db, admin, saved.id, "重新办好")
    S.follow_up(db, clerk, saved.id, W.BASICALLY_SATISFIED)
    d = S.get_request(db, admin, saved.id)
    assert d.status == W.CLOSED and d.department == "社区医院" and d.claimers == ("钱党员", "孙党员")
    assert [e.to_status for e in d.events] == [
        W.NEW, W.DISPATCHED, W.RETURNED, W.DISPATCHED, W.ACCEPTED, W.CLAIMED, W.IN_PROGRESS, W.RESOLVED,
        W.IN_PROGRESS, W.RESOLVED, W.CLOSED,
    ]  # fmt: skip
    assert d.events[2].note == "应由医院处理"
    with db.read() as s:
        assert s.execute(select(func.count()).select_from(RequestFollowUp)).scalar_one() == 2


def test_claim_refuses_someone_who_is_not_a_party_member(db, admin, catalogue, monday):
    saved = new_request(db, admin, catalogue)
    force_state(db, saved.id, W.ACCEPTED)
    before = counts(db, saved.id)
    with pytest.raises(ValidationError, match="party members"):
        S.claim(db, admin, saved.id, [catalogue.resident_id])
    assert counts(db, saved.id) == before


def test_resolve_credits_hours_to_each_claimer(db, admin, catalogue, monday):
    ledger = pytest.importorskip("app.volunteers.ledger")
    saved = new_request(db, admin, catalogue)
    force_state(db, saved.id, W.ACCEPTED)
    S.claim(db, admin, saved.id, catalogue.member_ids)
    S.start(db, admin, saved.id)
    S.resolve(db, admin, saved.id, "办好了", minutes_per_claimer=45)
    with db.read() as s:
        from db.models.requests import RequestClaim

        credited = s.execute(select(RequestClaim.minutes_credited)).scalars().all()
        from db.models.volunteers import HoursEntry

        entries = s.execute(
            select(HoursEntry.source, HoursEntry.source_ref, HoursEntry.minutes, HoursEntry.status)
        ).all()
    assert credited == [45, 45]
    assert sorted(entries) == [("request", saved.number, 45, "pending")] * 2
    assert ledger is not None


def test_extension_needs_an_admin_and_moves_the_deadline(db, admin, clerk, catalogue, monday):
    saved = new_request(db, clerk, catalogue)  # due Thursday 2026-12-03
    force_state(db, saved.id, W.IN_PROGRESS)
    S.request_extension(db, clerk, saved.id, 2, "等居民补材料")
    with pytest.raises(UserError, match="already"):
        S.request_extension(db, clerk, saved.id, 1, "再等")
    with pytest.raises(UserError, match="administrator"):
        S.decide_extension(db, clerk, saved.id, True)
    S.decide_extension(db, admin, saved.id, True)
    assert S.get_request(db, admin, saved.id).due_date == dt.date(2026, 12, 7)  # Thu + 2 working days = Mon
    S.request_extension(db, clerk, saved.id, 3, "又缺材料")
    S.decide_extension(db, admin, saved.id, False, "不批")
    d = S.get_request(db, admin, saved.id)
    assert d.due_date == dt.date(2026, 12, 7) and d.extension_days is None
    assert d.events[-1].note.startswith("extension refused")


def test_an_extension_still_undecided_ends_with_the_resolution_and_does_not_move_a_reopened_deadline(
    db, admin, clerk, catalogue, monday
):
    """A tester: asked +1 day, resolved, reopened by an unsatisfied follow-up; 决定延期 was still offered and moved
    the new deadline. Cancelling ends it the same way."""
    saved = new_request(db, clerk, catalogue)
    force_state(db, saved.id, W.IN_PROGRESS)
    S.request_extension(db, clerk, saved.id, 1, "需要等待街道批复")
    S.resolve(db, clerk, saved.id, "已联系物业修好")
    assert S.get_request(db, admin, saved.id).extension_days is None
    S.follow_up(db, admin, saved.id, W.UNSATISFIED, "没修好")
    reopened = S.get_request(db, admin, saved.id)
    assert reopened.status == W.IN_PROGRESS and reopened.extension_days is None
    assert W.DECIDE_EXTENSION not in S.allowed_actions(reopened)
    with pytest.raises(UserError):
        S.decide_extension(db, admin, saved.id, True)
    assert S.get_request(db, admin, saved.id).due_date == reopened.due_date
    with db.read() as s:
        resolved = s.execute(
            select(AuditEntry.after_json).where(AuditEntry.action == W.RESOLVE, AuditEntry.entity_id == str(saved.id))
        ).scalar_one()
    assert json.loads(resolved)["extension_lapsed"] == 1  # the audit says what ended with the resolution

    other = new_request(db, clerk, catalogue)
    force_state(db, other.id, W.IN_PROGRESS)
    S.request_extension(db, clerk, other.id, 2, "等材料")
    S.cancel(db, clerk, other.id, "居民撤回")
    assert S.get_request(db, admin, other.id).extension_days is None


def test_bad_follow_up_rating_and_unknown_request(db, admin, clerk, catalogue, monday):
    saved = new_request(db, admin, catalogue)
    force_state(db, saved.id, W.RESOLVED, resolved_by_id=admin.user_id)
    before = counts(db, saved.id)
    with pytest.raises(ValidationError):
        S.follow_up(db, clerk, saved.id, "great")
    with pytest.raises(UserError):
        S.accept(db, admin, 9999)
    assert counts(db, saved.id) == before


def test_allowed_actions_follow_state_and_flags(db, admin, catalogue, monday):
    saved = new_request(db, admin, catalogue)
    assert S.allowed_actions(S.get_request(db, admin, saved.id)) == [W.DISPATCH, W.CANCEL]
    force_state(db, saved.id, W.IN_PROGRESS)
    acts = S.allowed_actions(S.get_request(db, admin, saved.id))
    assert W.RESOLVE in acts and W.PAUSE in acts and W.RESUME not in acts and W.DECIDE_EXTENSION not in acts
    S.pause(db, admin, saved.id)
    acts = S.allowed_actions(S.get_request(db, admin, saved.id))
    assert W.RESUME in acts and W.PAUSE not in acts
