"""The due list as a call list (.xlsx): checked, audited, and opened by LibreOffice."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from app.errors import PermissionDenied
from app.health import record as HR
from app.health import service as H
from db.models import AuditEntry
from tests.health.conftest import TODAY


@pytest.fixture
def overdue(db, health, consented):
    cond = H.add_condition(db, health, consented, "I10", "高血压")
    return H.start_plan(db, health, consented, 3, condition_id=cond, started_on=dt.date(2026, 6, 1))


def test_the_call_list_is_audited_and_lists_the_due(db, health, overdue, zh):
    data = HR.export_due_list(db, health, TODAY)
    ws = load_workbook(io.BytesIO(data)).active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][0] == "到期" and rows[1][1] == "逾期 90 天" and rows[1][3] == "赵善庆"
    assert rows[1][4] == "110105********0014" and rows[1][6] == "高血压"
    with db.read() as s:
        entry = s.execute(select(AuditEntry).where(AuditEntry.action == "export")).scalars().all()[-1]
    assert entry.entity == "health_list" and entry.user_id == health.user_id and '"rows": 1' in entry.after_json


def test_others_may_not_export_it(db, cashier, desk, overdue):
    for who in (cashier, desk):
        with pytest.raises(PermissionDenied):
            HR.export_due_list(db, who, TODAY)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed on this machine")
def test_libreoffice_opens_the_call_list(db, health, overdue, tmp_path, zh):
    path = tmp_path / "due.xlsx"
    path.write_bytes(HR.export_due_list(db, health, TODAY))
    subprocess.run(
        [
            "soffice",
            "--headless",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76",
            "--outdir",
            str(tmp_path),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=120,
        env={**__import__("os").environ, "HOME": str(tmp_path)},
    )
    text = (tmp_path / "due.csv").read_text(encoding="utf-8")
    assert "2026-09-01" in text and "赵善庆" in text and "高血压" in text
