"""Issue 12 item 1, the tester's findings 1-5, 11 and 14 (/work/notes/clerk_findings.md): a 禁止接送 adult can NEVER
take the child — not by lifting the block alone, archiving it, registering the person again, typing a variant of the
name, approving one's own override, or voiding an override so that it disappears from print."""

import datetime as dt

import pytest
from sqlalchemy import select

from app import clock
from app.accounts.approval import verify_approver
from app.accounts.service import create_user
from app.actor import ADMIN, CHILDCARE, SYSTEM
from app.childcare import service as cc
from app.childcare.release import UnlistedAdult
from app.childcare.sheets import build_daily_sheet, build_weekly_summary
from app.errors import UserError, ValidationError
from app.residents.service import ResidentInput, create_resident
from db.models import AuditEntry
from db.models.childcare import ChildAttendance

MA_ID = "11010519491231002X"  # a valid GB 11643 number
MA_PHONE = "15901730257"


def account(db, admin, username: str, role: str):
    create_user(db, admin, username, f"{role} {username}", "approver-password-1", [role])
    return verify_approver(db, username, "approver-password-1", (role,), "test")


def audits(db, action: str) -> list[AuditEntry]:
    with db.read() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.action == action)).all())


@pytest.fixture
def desk(db, admin, world):
    """The childcare clerk (tuoguan), a second childcare teacher, a second administrator, and 马秀建: blocked, with
    a phone and an ID number on file. 王小明 is signed in; it is an hour later."""
    ma = create_resident(
        db,
        admin,
        ResidentInput(name="马秀建", gender="F", birth_date=dt.date(1949, 12, 31), phone=MA_PHONE, id_number=MA_ID),
        confirm_duplicate=True,
    )
    blocked = cc.add_contact(db, admin, cc.ContactInput(child_id=world["child"], resident_id=ma, role="blocked"))
    cc.sign_in(db, admin, world["child"], world["contacts"]["guardian"])
    clock.freeze(clock.now() + dt.timedelta(hours=1))
    return {
        **world,
        "ma": ma,
        "ma_contact": blocked,
        "clerk": account(db, admin, "tuoguan", CHILDCARE),
        "teacher": account(db, admin, "liu", CHILDCARE),
        "boss": account(db, admin, "boss", ADMIN),
    }


def released(db, child) -> bool:
    with db.read() as s:
        return (
            s.scalar(
                select(ChildAttendance.id).where(
                    ChildAttendance.child_id == child,
                    ChildAttendance.kind == "out",
                    ChildAttendance.voided_at.is_(None),
                )
            )
            is not None
        )


# ------------------------------------------------------------ finding 1: lifting a block is protected


def test_the_clerk_cannot_lift_a_block_alone_by_changing_the_role(db, desk):
    clerk, c, ma = desk["clerk"], desk["child"], desk["ma_contact"]
    inp = cc.get_contact(db, SYSTEM, ma)
    inp.role = "pickup"
    with pytest.raises(UserError, match="administrator"):
        cc.update_contact(db, clerk, ma, inp)
    with pytest.raises(UserError):  # approving oneself
        cc.update_contact(db, clerk, ma, inp, approver=clerk, reason="法院裁定到期")
    with pytest.raises(UserError, match="only an administrator"):  # a teacher may override, not lift a block
        cc.update_contact(db, clerk, ma, inp, approver=desk["teacher"], reason="法院裁定到期")
    with pytest.raises(UserError):  # no reason
        cc.update_contact(db, clerk, ma, inp, approver=desk["boss"], reason="  ")
    assert cc.get_contact(db, SYSTEM, ma).role == "blocked"
    with pytest.raises(cc.BlockedAdult):
        cc.sign_out(db, clerk, c, ma)
    assert not released(db, c)
    # with an administrator's approval (another person) and a reason: lifted, audited with both
    cc.update_contact(db, clerk, ma, inp, approver=desk["boss"], reason="法院裁定到期")
    [lift] = audits(db, "lift_block")
    assert "法院裁定到期" in lift.summary and "boss" in (lift.after_json or "") and lift.username == "tuoguan"
    assert cc.sign_out(db, clerk, c, ma).overridden is False


def test_narrowing_a_blocks_dates_needs_the_same_approval(db, desk):
    clerk, ma = desk["clerk"], desk["ma_contact"]
    inp = cc.get_contact(db, SYSTEM, ma)
    inp.valid_to = clock.today() - dt.timedelta(days=1)
    with pytest.raises(UserError, match="administrator"):
        cc.update_contact(db, clerk, ma, inp)
    inp = cc.get_contact(db, SYSTEM, ma)
    inp.valid_from = clock.today() + dt.timedelta(days=1)
    with pytest.raises(UserError, match="administrator"):
        cc.update_contact(db, clerk, ma, inp)
    inp = cc.get_contact(db, SYSTEM, ma)
    inp.relation = "父亲"  # an edit that lifts nothing needs no approval
    cc.update_contact(db, clerk, ma, inp)


def test_archiving_a_blocked_contact_needs_approval_and_the_person_stays_blocked(db, desk):
    clerk, c, ma = desk["clerk"], desk["child"], desk["ma_contact"]
    with pytest.raises(UserError, match="administrator"):
        cc.archive_contact(db, clerk, ma, "法院裁定到期")
    cc.archive_contact(db, clerk, ma, "法院裁定到期", approver=desk["boss"])
    assert len(audits(db, "lift_block")) == 1
    # the archived row still blocks the person: typed in by hand, even with an approver
    with pytest.raises(cc.BlockedAdult):
        cc.sign_out(
            db,
            clerk,
            c,
            unlisted=UnlistedAdult("马秀建", phone="13800138000"),
            approver=desk["teacher"],
            override_reason="自批",
        )
    with pytest.raises(cc.BlockedAdult):
        cc.sign_out(db, clerk, c, ma, approver=desk["teacher"], override_reason="x")
    assert not released(db, c)


# ------------------------------------------------------------ finding 2: the block is about the person


def test_registering_the_blocked_adult_again_does_not_get_round_the_block(db, admin, desk):
    clerk, c = desk["clerk"], desk["child"]
    twin = create_resident(
        db,
        clerk,
        ResidentInput(name="马秀建", gender="M", birth_date=dt.date(1984, 12, 31), phone="13700137000"),
        confirm_duplicate=True,
    )
    with pytest.raises(UserError, match="BLOCKED"):
        cc.add_contact(db, clerk, cc.ContactInput(child_id=c, resident_id=twin, role="pickup", relation="父亲"))
    # another name, but the blocked adult's phone (written differently) or ID number
    other = create_resident(db, clerk, ResidentInput(name="马先生", phone="+86 159-0173-0257"), confirm_duplicate=True)
    with pytest.raises(UserError, match="BLOCKED"):
        cc.add_contact(db, clerk, cc.ContactInput(child_id=c, resident_id=other, role="pickup"))
    stranger = create_resident(db, clerk, ResidentInput(name="李四"), confirm_duplicate=True)
    with pytest.raises(UserError, match="BLOCKED"):  # the blocked adult's phone typed on the contact row
        cc.add_contact(db, clerk, cc.ContactInput(child_id=c, resident_id=stranger, role="pickup", phone=MA_PHONE))
    with pytest.raises(UserError, match="BLOCKED"):  # the last digits of the blocked adult's ID number checked
        cc.add_contact(
            db, clerk, cc.ContactInput(child_id=c, resident_id=stranger, role="pickup", id_last_digits="002x")
        )
    # the blocked adult's own resident record, as a pick-up adult: refused too (the row is still there)
    with pytest.raises(UserError):
        cc.add_contact(db, clerk, cc.ContactInput(child_id=c, resident_id=desk["ma"], role="pickup"))
    # an existing contact who turns out to be the blocked person cannot collect the child either
    uncle = create_resident(db, admin, ResidentInput(name="馬秀建"), confirm_duplicate=True)
    with db.write() as s:  # a row from before the block (or from an import): written directly
        from db.models.childcare import ChildContact

        row = ChildContact(child_id=c, resident_id=uncle, role="pickup", relation="", phone="", id_last_digits="")
        s.add(row)
        s.flush()
        uncle_contact = row.id
    with pytest.raises(cc.BlockedAdult):
        cc.sign_out(db, clerk, c, uncle_contact)
    inp = cc.get_contact(db, SYSTEM, uncle_contact)
    inp.relation = "舅舅"
    with pytest.raises(UserError, match="BLOCKED"):
        cc.update_contact(db, clerk, uncle_contact, inp)
    assert not released(db, c)


# ------------------------------------------------------------ finding 3: name, phone, ID variants


@pytest.mark.parametrize(
    "typed",
    [
        UnlistedAdult("马 秀建", phone="13800138000"),
        UnlistedAdult("马\u3000秀建", phone="13800138001"),
        UnlistedAdult("马\u200b秀建", phone="13800138001"),
        UnlistedAdult("马\u2060秀\ufeff建", phone="13800138001"),
        UnlistedAdult("马秀建.", phone="13800138001"),
        UnlistedAdult("马·秀建", phone="13800138001"),
        UnlistedAdult("馬秀建", phone="13800138001"),
        UnlistedAdult("某人", phone="+86 159 0173 0257"),
        UnlistedAdult("某人", phone="8615901730257"),
        UnlistedAdult("某人", phone="159-0173-0257"),
        UnlistedAdult("某人", id_number=MA_ID.lower()),
    ],
)
def test_variants_of_the_blocked_adult_typed_in_by_hand_are_refused(db, desk, typed):
    """Refused as the blocked adult — or, for names holding invisible characters (zero-width space, word joiner, BOM),
    already at the typed boundary, which takes no text with invisible characters at all."""
    invisible = any(ch in typed.name for ch in "\u200b\u2060\ufeff")
    with pytest.raises(ValidationError if invisible else cc.BlockedAdult):
        cc.sign_out(db, desk["clerk"], desk["child"], unlisted=typed, approver=desk["teacher"], override_reason="x")
    assert not released(db, desk["child"])


def test_name_normalisation():
    from app.childcare.release import normalise_name

    assert normalise_name("马 秀建") == normalise_name("馬秀建") == normalise_name("马\u200b秀建.") == "马秀建"
    assert normalise_name("Ｗang Ｗei") == normalise_name("wangwei")
    assert normalise_name("王五") != normalise_name("马秀建")


# ------------------------------------------------------------ finding 5: four eyes


def test_the_clerk_cannot_approve_their_own_override(db, desk):
    clerk, c = desk["clerk"], desk["child"]
    with pytest.raises(UserError, match="another person"):
        cc.sign_out(
            db, clerk, c, unlisted=UnlistedAdult("王五", phone="13800138002"), approver=clerk, override_reason="self"
        )
    assert not released(db, c)
    r = cc.sign_out(
        db,
        clerk,
        c,
        unlisted=UnlistedAdult("王五", phone="13800138002"),
        approver=desk["teacher"],
        override_reason="妈妈来电委托",
    )
    assert r.overridden


# ------------------------------------------------------------ finding 4: an override cannot disappear from print


def test_voiding_an_override_needs_another_approver_and_stays_on_the_records(db, desk):
    clerk, teacher, c = desk["clerk"], desk["teacher"], desk["child"]
    out = cc.sign_out(db, clerk, c, desk["contacts"]["emergency"], approver=teacher, override_reason="家长电话委托")
    with pytest.raises(UserError, match="approval"):
        cc.void_attendance(db, clerk, out.attendance_id, "录入错误")
    with pytest.raises(UserError, match="another person"):
        cc.void_attendance(db, clerk, out.attendance_id, "录入错误", approver=clerk)
    cashier = account(db, desk["boss"], "cash", "cashier")
    with pytest.raises(UserError):
        cc.void_attendance(db, clerk, out.attendance_id, "录入错误", approver=cashier)
    cc.void_attendance(db, clerk, out.attendance_id, "录入错误", approver=teacher)
    cc.sign_out(db, clerk, c, desk["contacts"]["guardian"], at=clock.now() - dt.timedelta(minutes=5))
    day = build_daily_sheet(db, SYSTEM, desk["program"], clock.today(), None, filled=True)
    text = "\n".join(day.footer_lines)
    assert "voided" in text.lower() and "家长电话委托" in text and "录入错误" in text
    [row] = [r for r in cc.day_rows(db, SYSTEM, desk["program"], clock.today()) if r.child_id == c]
    assert row.voided_overrides and not row.override
    week = build_weekly_summary(db, SYSTEM, desk["program"], dt.date(2026, 11, 30))
    assert "Releases by override: 1" in week.footer_lines
    assert any("家长电话委托" in line and "VOIDED" in line and "录入错误" in line for line in week.footer_lines)
    [voided] = cc.overrides_between(db, SYSTEM, desk["program"], clock.today(), clock.today())
    assert voided.voided and voided.void_reason == "录入错误"


def test_voiding_a_plain_release_needs_no_approver(db, desk):
    out = cc.sign_out(db, desk["clerk"], desk["child"], desk["contacts"]["guardian"])
    cc.void_attendance(db, desk["clerk"], out.attendance_id, "选错了人")
    assert not released(db, desk["child"])


# ------------------------------------------------------------ finding 11: UnlistedAdult at the typed boundary


@pytest.mark.parametrize(
    "typed, field",
    [
        (UnlistedAdult(123, phone="13800138000"), "name"),
        (UnlistedAdult("王五", phone=13800138000), "phone"),
        (UnlistedAdult("王五", id_number=110105198412313599), "id_number"),
    ],
)
def test_unlisted_adult_of_the_wrong_type_is_refused_at_the_boundary(db, desk, typed, field):
    with pytest.raises(ValidationError) as caught:
        cc.sign_out(db, desk["clerk"], desk["child"], unlisted=typed, approver=desk["teacher"], override_reason="x")
    assert field in caught.value.errors


def test_unlisted_adult_as_a_dict_is_refused(db, desk):
    with pytest.raises(ValidationError):
        cc.sign_out(db, desk["clerk"], desk["child"], unlisted={"name": "王五", "phone": "13800138000"})


def test_a_nul_in_the_name_is_a_control_character_not_too_long(db, desk):
    with pytest.raises(ValidationError) as caught:
        cc.sign_out(
            db,
            desk["clerk"],
            desk["child"],
            unlisted=UnlistedAdult("王\x00五", phone="13800138000"),
            approver=desk["teacher"],
            override_reason="x",
        )
    text = " ".join(caught.value.errors.values())
    assert "control character" in text and "too long" not in text
    from app.childcare.release import check_unlisted

    _, errors = check_unlisted(UnlistedAdult("王\x00五", phone="13800138000"))
    assert "control character" in errors["adult_name"] and "too long" not in errors["adult_name"]
