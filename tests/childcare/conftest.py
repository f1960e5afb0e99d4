import datetime as dt

import pytest

from app.accounts.approval import verify_approver
from app.accounts.service import create_user
from app.childcare import service as cc
from app.residents.service import ResidentInput, create_resident

MONDAY = dt.date(2026, 11, 30)


@pytest.fixture
def world(db, admin, frozen):
    """A 四点半课堂 (16:00–18:30, Mon–Fri) with two groups, one child and four adults of each kind."""
    frozen(dt.datetime(2026, 11, 30, 16, 30))

    def adult(name: str) -> int:
        return create_resident(
            db, admin, ResidentInput(name=name, birth_date=dt.date(1985, 1, 1), phone=""), confirm_duplicate=True
        )

    pid = cc.create_program(
        db,
        admin,
        cc.ProgramInput(
            name="四点半课堂",
            kind="after_school",
            starts_on=dt.date(2026, 9, 1),
            ends_on=dt.date(2027, 1, 20),
            open_min=16 * 60,
            close_min=18 * 60 + 30,
            capacity=40,
            groups=["一年级", "二年级"],
            options=["homework", "school_pickup"],
        ),
    )
    child = cc.create_child(
        db,
        admin,
        cc.ChildInput(
            name="王小明", gender="M", birth_date=dt.date(2018, 3, 1), allergy_note="花生过敏", medical_note="哮喘"
        ),
    )
    cc.enrol(db, admin, child, pid, group="一年级")
    contacts = {}
    for role, name in (("guardian", "王建国"), ("pickup", "李阿姨"), ("emergency", "张舅舅"), ("blocked", "赵某")):
        contacts[role] = cc.add_contact(db, admin, cc.ContactInput(child_id=child, resident_id=adult(name), role=role))
    # a second person who may approve overrides (four eyes: the approver is never the account recording)
    create_user(db, admin, "supervisor", "主管 陈", "supervisor-password-1", ["childcare"])
    approver = verify_approver(db, "supervisor", "supervisor-password-1", ("childcare",), "test")
    return {"program": pid, "child": child, "contacts": contacts, "adult": adult, "approver": approver}


@pytest.fixture
def approvals(monkeypatch):
    """Replace the supervisor-approval dialog: queue the approving Actor (or None for a cancel) in `answers`;
    `purposes` records what was asked."""
    from ui.accounts import approval

    class Approvals:
        def __init__(self) -> None:
            self.answers: list[object] = []
            self.purposes: list[str] = []

        def ask(self, parent, ctx, purpose, roles):
            self.purposes.append(purpose)
            return self.answers.pop(0) if self.answers else None

    rec = Approvals()
    monkeypatch.setattr(approval, "ask_approval", rec.ask)
    return rec
