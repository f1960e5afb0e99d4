"""The audit trail speaks the reader's language (issue 16, found 2): every action, record kind and message the code
writes has a wording; summaries are stored as message keys and worded at display time; old English summaries and
ISO instants are shown in the reader's language and local time; records show names, not ids."""

from __future__ import annotations

import ast
import datetime as dt
import re
from pathlib import Path

import pytest
from sqlalchemy import select

from app import audit, audit_text
from app.errors import UserError
from app.requests import workflow

ROOT = Path(__file__).resolve().parents[2]

# Where an audit action or record kind is a variable, the values it takes (checked against the code's own lists).
DYNAMIC = {
    ("app/accounts/login.py", "action"): {"login", "unlock"},
    ("app/canteen/service.py", "kind"): {"topup", "refund"},
    ("app/requests/service.py", "action"): set(workflow.TRANSITIONS),
    ("app/volunteers/roster.py", "action"): {"override", "create"},
    ("app/imports/service.py", "entity"): {"resident", "childcare_child", "volunteer"},
    ("app/accounts/privacy.py", "entity"): set(),  # `entity or "personal_data"`: the callers' literals are walked
}


def _sources():
    for base in ("app", "ui"):
        for path in sorted((ROOT / base).rglob("*.py")):
            yield path.relative_to(ROOT).as_posix(), ast.parse(path.read_text(encoding="utf-8"))


def _values(node: ast.AST, where: str) -> set[str]:
    """The strings an argument expression can be: literals, both sides of `a if c else b`, `x or "y"`, W.CONST."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return {node.value}
    if isinstance(node, ast.IfExp):
        return _values(node.body, where) | _values(node.orelse, where)
    if isinstance(node, ast.BoolOp):
        return set().union(*(_values(v, where) for v in node.values))
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "W":
        return {getattr(workflow, node.attr)}
    if isinstance(node, ast.Name):
        key = (where, node.id)
        assert key in DYNAMIC, f"{where}: audit value held in variable {node.id!r}: add its values to DYNAMIC"
        return DYNAMIC[key]
    raise AssertionError(f"{where}: cannot tell what {ast.unparse(node)} is")


def _audit_calls():
    """(file, action values, entity values) of every `audit.record(session, actor, action, entity, …)` and the
    record kinds given to the privacy export helpers; and every message key passed to `audit.message(…)`."""
    records, keys = [], []
    for where, tree in _sources():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
                continue
            owner = node.func.value
            owner_name = owner.id if isinstance(owner, ast.Name) else ""
            if node.func.attr == "record" and owner_name == "audit" and len(node.args) >= 3:
                entity = _values(node.args[3], where) if len(node.args) > 3 else {""}
                records.append((where, _values(node.args[2], where), entity))
            elif node.func.attr == "message" and owner_name in ("audit", "audit_text"):
                keys.append((where, node.args[0].value))
            elif node.func.attr in ("record_export", "audit_export") and owner_name == "privacy":
                entity = node.args[3] if len(node.args) > 3 else None
                if entity is not None:
                    records.append((where, {"export"}, _values(entity, where)))
    return records, keys


def test_every_action_record_kind_and_message_in_the_code_has_a_wording():
    records, keys = _audit_calls()
    assert len(records) > 80 and len(keys) > 40  # the walk finds the calls (guards the walker itself)
    actions = {a for _w, acts, _e in records for a in acts}
    entities = {e for _w, _a, ents in records for e in ents if e}
    assert not actions - set(audit_text.ACTIONS), "actions without a wording in app/audit_text.py"
    assert not entities - set(audit_text.ENTITIES), "record kinds without a wording in app/audit_text.py"
    assert not {k for _w, k in keys} - set(audit_text.MESSAGES), "message keys not in app/audit_text.MESSAGES"
    assert {"dispatch", "approve", "check_in", "sign_out", "login_failed"} <= actions
    assert {"meal_ticket", "user", "volunteer_signup", "childcare_attendance"} <= entities


def test_every_wording_is_translated_and_keeps_its_placeholders(zh):
    for table in (audit_text.ACTIONS, audit_text.ENTITIES, audit_text.MESSAGES, audit_text.FIELDS):
        for key, label in table.items():
            text = label()
            words = re.sub(r"\{\w+\}|--force|PDF|Excel", "", text)
            assert text and not re.search(r"[A-Za-z]{3,}", words), (key, text)
    for kind, codes in audit_text._CODES.items():
        for code, label in codes.items():
            assert not re.search(r"[A-Za-z]{3,}", re.sub("PDF|Excel", "", label())), (kind, code)


def test_summary_is_stored_as_a_message_and_worded_when_shown(db, admin, zh):
    from app.accounts import login

    with pytest.raises(UserError):
        login.login(db, "admin", "wrong password!")
    with db.read() as s:
        stored = s.scalars(select(audit.AuditEntry.summary).where(audit.AuditEntry.action == "login_failed")).one()
    assert audit_text.decode(stored) == audit_text.Message("login.wrong_password", {"n": 1})  # no sentence
    assert audit_text.render_summary(stored, "login_failed") == "密码错误（第 1 次）"


def test_a_typed_summary_cannot_pose_as_a_message(db, admin):
    with db.write() as s:
        audit.record(s, admin, "void", "meal_ticket", 1, audit_text.MARK + '{"m":"login.unknown_user"}')
    with db.read() as s:
        stored = s.scalars(select(audit.AuditEntry.summary).where(audit.AuditEntry.action == "void")).one()
    assert audit_text.decode(stored) is None


def test_old_english_summaries_are_worded_and_instants_shown_locally(zh):
    render = audit_text.render_summary
    assert render("wrong password (1)", "login_failed") == "密码错误（第 1 次）"
    assert render("wrong password (5), locked", "login_failed") == "密码错误（第 5 次），账号暂时锁定"
    assert render("switch user", "logout") == "切换用户"
    assert render("idle", "lock") == "长时间无操作"
    assert render("check-in 2026-11-30T03:20:31.837176+00:00", "check_in") == "2026-11-30 11:20:31 签到"
    assert render("found 2026-11-30 03:20:31.837176+00:00", "void") == "found 2026-11-30 11:20:31"
    assert render("locked", "void") == "locked"  # a reason a clerk typed stays as typed


def test_audit_view_in_chinese_shows_names_local_times_and_no_codes(qtbot, ctx, db, admin, zh, frozen):
    """Entries of several counters in the zh_CN viewer: no raw action key, record kind or ISO instant anywhere."""
    from PySide6.QtCore import QCoreApplication, Qt

    from app.accounts import login, service
    from app.actor import CASHIER
    from app.residents.service import ResidentInput, create_resident
    from app.volunteers import roster
    from ui import i18n as ui_i18n
    from ui.admin.audit import AuditDialog, AuditModel

    frozen(dt.datetime(2026, 11, 30, 10, 0))
    ui_i18n.install_language("zh_CN")
    try:
        uid = service.create_user(db, admin, "li", "李四", "long-enough-pw", [CASHIER])
        with pytest.raises(UserError):
            login.login(db, "li", "not the password")
        login.login(db, "li", "long-enough-pw")
        rid = create_resident(db, admin, ResidentInput(name="赵善庆", birth_date=dt.date(1946, 3, 1)))
        vid = roster.save_volunteer(db, admin, roster.VolunteerInput(resident_id=rid))
        post = roster.add_post(db, admin, "食堂帮厨")
        shift = roster.create_shift(
            db,
            admin,
            roster.ShiftInput(post_id=post, day=dt.date(2026, 11, 30), start_min=8 * 60, end_min=11 * 60),
        )
        su = roster.sign_up(db, admin, shift, vid).signup_id
        roster.check_in(db, admin, su, dt.datetime(2026, 11, 30, 1, 5, 7, 123456, tzinfo=dt.UTC))

        dialog = AuditDialog(ctx, None)
        qtbot.addWidget(dialog)
        dialog.resize(1366, 700)
        dialog.show()
        model = dialog.viewer.model
        cells = {
            c: [model.index(r, c).data() for r in range(model.rowCount())]
            for c in (AuditModel.AT, AuditModel.USER, AuditModel.ACTION, AuditModel.ENTITY, AuditModel.SUMMARY)
        }
        text = "\n".join(v for col in cells.values() for v in col)
        for code in (*audit_text.ACTIONS, *audit_text.ENTITIES):
            assert not re.search(rf"(?<![\w.]){re.escape(code)}(?![\w.])", text), code
        assert not re.search(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}\.\d", text)  # no ISO instants, no microseconds
        assert not re.search(r"\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}|T\d{2}:", text)
        assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}", at) for at in cells[AuditModel.AT])
        assert "工作人员账号 李四" in cells[AuditModel.ENTITY]  # a name, not "user 2"
        assert f"#{uid}" not in text
        assert "密码错误（第 1 次）" in cells[AuditModel.SUMMARY]
        assert "2026-11-30 09:05:07 签到" in cells[AuditModel.SUMMARY]  # local time, to the second
        assert "志愿者签到" in cells[AuditModel.ACTION] and "班次报名 赵善庆 · 2026-11-30" in cells[AuditModel.ENTITY]
        assert model.headerData(AuditModel.ACTION, Qt.Orientation.Horizontal) == "操作"
        assert QCoreApplication.translate("AuditDetail", "Record: {record}") == "记录：{record}"
        # the search finds what the viewer shows, though entries hold codes and message keys
        dialog.viewer.text.setText("密码错误")
        dialog.viewer.apply_filter()
        assert [model.row_at(r).action for r in range(model.rowCount())] == ["login_failed"]
        dialog.viewer.text.setText("志愿者签到")
        dialog.viewer.apply_filter()
        assert [model.row_at(r).action for r in range(model.rowCount())] == ["check_in"]
    finally:
        ui_i18n.install_language("en")
