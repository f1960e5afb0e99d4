"""A label and its value are never run together on paper: "收银员收银张强" (the sheet's text drops the space
between two Chinese characters, so "收银员 {name}" printed a name glued to its label). The canteen's X/Z report says
"收银员：…", "批准人：…", "原因：…"; no printed label of any counter runs into a person's name or a reason."""

from __future__ import annotations

import datetime as dt
import glob
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app import clock
from app.accounts.approval import verify_approver
from app.accounts.service import actor_for, create_user
from app.canteen import reports, service
from app.canteen.service import SaleRequest
from app.residents import service as residents
from app.residents.service import ResidentInput
from tests.pdfcheck import assert_pdf_ok

ROOT = Path(__file__).resolve().parents[2]
# the values that are words (a person, a reason), which a label before them must not swallow
WORDS = r"\{(?:name|by|who|staff|cashier|reason|why|adult|child)\}"


def _overlaid_catalogue() -> dict[tuple[str, str], str]:
    """The shipped .ts translations with this branch's src/*.json changes on top (the lead compiles them)."""
    catalogue: dict[tuple[str, str], str] = {}
    for ts in sorted((ROOT / "resources/translations").glob("*_zh_CN.ts")):
        for ctx in ET.parse(ts).getroot().iter("context"):
            name = ctx.findtext("name") or ""
            for msg in ctx.iter("message"):
                catalogue[(name, msg.findtext("source") or "")] = msg.findtext("translation") or ""
    for path in sorted(glob.glob(str(ROOT / "resources/translations/src/*_zh_CN.polish4.json"))):
        for context, texts in json.loads(Path(path).read_text(encoding="utf-8")).items():
            for source, text in texts.items():
                catalogue[(context, source)] = text
    return catalogue


@pytest.fixture
def zh_now(zh):
    from app import i18n

    saved = dict(i18n._catalogue)
    i18n._catalogue.update(_overlaid_catalogue())
    yield
    i18n._catalogue.clear()
    i18n._catalogue.update(saved)


def test_the_x_and_z_reports_keep_labels_and_values_apart(db, admin, frozen, zh_now):
    frozen(dt.datetime(2026, 11, 30, 11, 30))
    uid = create_user(db, admin, "shouyin", "收银 张强", "cashier-pass-123", ["cashier"])  # the demo's cashier
    cashier = actor_for(db, uid)
    elder = residents.create_resident(db, admin, ResidentInput(name="赵善庆", birth_date=dt.date(1944, 5, 1)))
    service.sell(db, cashier, SaleRequest(elder, "lunch", 1, "cash", 1000))
    wrong = service.sell(db, cashier, SaleRequest(None, "lunch", 2, "wechat"))
    create_user(db, admin, "boss", "主管 陈", "supervisor-password-1", ["admin"])
    approver = verify_approver(db, "boss", "supervisor-password-1", ("admin",), "test")
    service.void_ticket(db, cashier, approver, wrong.ticket_id, "份数打错")

    x = assert_pdf_ok(reports.day_report_pdf(db, reports.day_summary(db, clock.today(), uid), False))
    assert "收银员：收银张强" in x and "收银员收银" not in x
    assert "批准人：主管陈" in x and "原因：份数打错" in x and "批准人主管" not in x

    frozen(dt.datetime(2026, 11, 30, 19, 0))
    reports.close_day(db, admin, clock.today(), {100: 1}, cashier_id=uid, reason="少收")
    z = assert_pdf_ok(reports.day_report_pdf(db, reports.day_summary(db, clock.today(), uid), True))
    assert "收银员：收银张强" in z and "日结人：" in z and "由Test" not in z


def test_no_printed_label_runs_into_a_name_or_a_reason():
    """Every document string of app/ whose Chinese puts a word value right after a label and a space (dropped on
    paper between Chinese characters): none, in any counter."""
    in_documents: set[tuple[str, str]] = set()
    for f in glob.glob(str(ROOT / "app/**/*.py"), recursive=True):
        src = Path(f).read_text(encoding="utf-8")
        if any(k in src for k in ("render_sheet", "render_receipt", "draw_text", "Sheet(")):
            for m in re.finditer(r'translate\(\s*"(\w+)",\s*"((?:[^"\\]|\\.)*)"', src):
                in_documents.add((m.group(1), m.group(2)))
    glued = re.compile(rf"[\u4e00-\u9fff][ \u3000]+{WORDS}")
    bad = [
        f"[{c}] {s} → {t}" for (c, s), t in _overlaid_catalogue().items() if (c, s) in in_documents and glued.search(t)
    ]
    assert not bad, "\n".join(bad)
