"""The import dialog: the messy sample checked off the UI thread with errors per cell, the mapping edited, the good
rows imported, the bad ones saved to fix; a cancel leaves nothing; both tables pass qtmodeltester."""

from __future__ import annotations

import shutil
import threading

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from sqlalchemy import func, select

from app.imports import service as imp
from db.models import AuditEntry, Resident
from tests.data.make_import_samples import EXPECTED
from ui.imports import dialog as dialog_module
from ui.imports.dialog import ImportDialog
from ui.imports.models import MappingModel, PreviewModel


def residents(db) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(Resident)))


@pytest.fixture
def checked(ctx, qtbot, sample, no_dialogs):
    dlg = ImportDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.open_file(sample("residents.xlsx"))
    qtbot.waitUntil(lambda: not dlg.busy and dlg.summary is not None, timeout=60_000)
    return dlg


def test_both_tables_pass_the_model_tester(qtmodeltester, checked):
    qtmodeltester.check(checked.preview_model)
    qtmodeltester.check(checked.mapping_model)


def test_the_preview_shows_every_row_with_its_errors_per_cell(checked):
    model = checked.preview_model
    lines = {int(model.index(r, PreviewModel.LINE).data()): r for r in range(model.rowCount())}
    assert set(lines) == set(EXPECTED)
    status = {line: model.index(r, PreviewModel.STATUS).data() for line, r in lines.items()}
    assert status[5] == "New" and status[6] == "Error" and status[19] == "Skip"
    id_cell = model.index(lines[6], PreviewModel.FIXED + 3)  # the ID number saved as a number
    assert "lost" in id_cell.data(Qt.ItemDataRole.ToolTipRole)
    assert id_cell.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(lines[6], PreviewModel.FIXED + 1).data(Qt.ItemDataRole.ToolTipRole) is None  # the name is fine
    assert model.index(lines[5], PreviewModel.FIXED + 3).data() == "110105********0011"  # a good ID number: masked
    assert "7 new" in checked.summary_label.text() and "6 with errors" in checked.summary_label.text()
    assert checked.run_button.isEnabled() and checked.save_button.isEnabled()


def test_import_the_good_rows_and_save_the_bad_ones(checked, qtbot, no_dialogs, monkeypatch, tmp_path, ctx):
    checked.run_button.click()
    qtbot.waitUntil(lambda: not checked.busy and any(k == "inform" for k, _t in no_dialogs.messages), timeout=60_000)
    assert no_dialogs.messages[0][0] == "confirm" and "7 new" in no_dialogs.messages[0][1]
    assert residents(ctx.db) == 7
    assert not checked.run_button.isEnabled()  # done: importing twice needs a new check
    target = tmp_path / "to-fix.xlsx"
    monkeypatch.setattr(dialog_module, "ask_save_path", lambda parent, suggested: str(target))
    checked.save_button.click()
    ws = openpyxl.load_workbook(target).active
    assert ws.max_row == 1 + 6 and ws.cell(1, 12).value == "What to fix"
    assert ws.cell(2, 2).value == "李秀英"


def test_an_edited_mapping_is_used_and_remembered(checked, qtbot, no_dialogs, ctx):
    mapping = checked.mapping_model
    tags = mapping.mapping.index("tags")
    assert mapping.setData(mapping.index(tags, MappingModel.FIELD), "")  # leave 类别 out: 五好家庭 is no error now
    assert checked.summary is None and not checked.run_button.isEnabled()  # check again first
    checked.check_button.click()
    qtbot.waitUntil(lambda: not checked.busy and checked.summary is not None, timeout=60_000)
    assert checked.summary.refused == 5
    checked.run_button.click()
    qtbot.waitUntil(lambda: not checked.busy and any(k == "inform" for k, _t in no_dialogs.messages), timeout=60_000)
    assert imp.remembered_mapping(ctx.db, "residents")["类别"] == ""


def test_a_cancelled_import_writes_nothing(checked, qtbot, no_dialogs, monkeypatch, ctx):
    real = imp.run_import
    started = threading.Event()

    def held(*args, **kwargs):  # the import waits for the Cancel click, then runs and meets the cancel
        started.set()
        cancelled = kwargs["cancelled"]
        for _ in range(500):
            if cancelled():
                break
            threading.Event().wait(0.01)
        return real(*args, **kwargs)

    monkeypatch.setattr(imp, "run_import", held)
    before = (residents(ctx.db), _audit(ctx.db))
    checked.run_button.click()
    qtbot.waitUntil(started.is_set, timeout=10_000)
    assert not checked.cancel_button.isHidden() and not checked.close_button.isEnabled()
    checked.cancel_button.click()
    qtbot.waitUntil(lambda: not checked.busy, timeout=60_000)
    assert "cancelled" in checked.summary_label.text()
    assert (residents(ctx.db), _audit(ctx.db)) == before


def _audit(db) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(AuditEntry)))


def test_a_file_that_is_not_a_spreadsheet_says_so(ctx, qtbot, no_dialogs, tmp_path):
    bad = tmp_path / "名单.xlsx"
    bad.write_text("not a sheet", encoding="utf-8")
    dlg = ImportDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.open_file(str(bad))
    assert no_dialogs.messages and "is not a spreadsheet" in no_dialogs.messages[0][1]
    assert not dlg.run_button.isEnabled() and not dlg.check_button.isEnabled()


def test_the_admin_menu_opens_the_dialog(qtbot, ctx, no_dialogs):
    from ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    menus = {a.menu().objectName(): a.menu() for a in window.menuBar().actions() if a.menu()}
    action = next(a for a in menus["adminMenu"].actions() if a.objectName() == "importAction")
    action.trigger()
    dlg = window.findChild(ImportDialog, "importDialog")
    assert dlg is not None and dlg.isVisible()
    dlg.reject()


def test_every_control_of_the_dialog_has_a_name_and_an_accessible_name(ctx, qtbot):
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QProgressBar, QTableView

    dlg = ImportDialog(ctx)
    qtbot.addWidget(dlg)
    kinds = (QAbstractButton, QComboBox, QLineEdit, QTableView, QProgressBar)
    ours = [w for w in dlg.findChildren(QWidget) if isinstance(w, kinds) and w.objectName().startswith("import")]
    assert len(ours) == 13
    assert not [w.objectName() for w in ours if not w.accessibleName()]


def test_the_rows_to_fix_saved_after_the_import_are_counted_as_written(
    checked, qtbot, no_dialogs, monkeypatch, tmp_path
):
    """The save used to say "0 rows to fix were saved" after an import (the count came from the check's summary,
    which the import clears); the count is the rows in the file, and LibreOffice opens it."""
    from tests.exports.test_list_export import soffice_rows

    checked.run_button.click()
    qtbot.waitUntil(lambda: not checked.busy and any(k == "inform" for k, _t in no_dialogs.messages), timeout=60_000)
    done = no_dialogs.messages[-1][1]
    target = tmp_path / "to-fix.xlsx"
    monkeypatch.setattr(dialog_module, "ask_save_path", lambda parent, suggested: str(target))
    checked.save_button.click()
    assert no_dialogs.messages[-1] == ("inform", f"6 rows to fix were saved to {target}.")
    assert "The 6 refused rows can be saved to fix" in done
    if shutil.which("soffice") is None:
        return  # LibreOffice is not installed here
    rows = soffice_rows(target)
    assert len(rows) == 1 + 6 and rows[0][-1] == "What to fix" and rows[1][1] == "李秀英"


def test_the_same_file_checked_again_shows_its_rows_already_registered(checked, qtbot, no_dialogs, ctx, sample):
    checked.run_button.click()
    qtbot.waitUntil(lambda: not checked.busy and any(k == "inform" for k, _t in no_dialogs.messages), timeout=60_000)
    dlg = ImportDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.resize(1366, 768)
    dlg.open_file(sample("residents.xlsx"))
    qtbot.waitUntil(lambda: not dlg.busy and dlg.summary is not None, timeout=60_000)
    model = dlg.preview_model
    status = {model.index(r, PreviewModel.LINE).data(): model.index(r, PreviewModel.STATUS).data()
              for r in range(model.rowCount())}  # fmt: skip
    assert status["5"] == "Already registered" and status["19"] == "Skip" and status["6"] == "Error"
    tip = model.index(0, PreviewModel.STATUS).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Already registered with these details: 张三") and tip.endswith("Nothing changed.")
    assert "7 already registered (nothing to change)" in dlg.summary_label.text()
    assert not dlg.run_button.isEnabled()  # nothing to import
    assert residents(ctx.db) == 7


def test_check_again_reads_the_corrected_file_and_keeps_the_clerks_mapping(ctx, qtbot, sample, no_dialogs, tmp_path):
    """A new clerk corrected the spreadsheet and pressed 重新检查: the first-row column still showed the old value."""
    path = tmp_path / "residents.xlsx"
    shutil.copy(sample("residents.xlsx"), path)
    dlg = ImportDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.open_file(str(path))
    qtbot.waitUntil(lambda: not dlg.busy and dlg.summary is not None, timeout=60_000)
    model = dlg.mapping_model
    first = model.samples[0]
    edited_row = max(r for r, field in enumerate(model.mapping) if field and field != "name")
    model.setData(model.index(edited_row, 1), "", Qt.ItemDataRole.EditRole)  # the clerk leaves a column out
    assert model.edited
    book = openpyxl.load_workbook(path)
    sheet = book.active
    cell = next(c for row in sheet.iter_rows(max_row=15) for c in row if str(c.value or "").strip() == first)
    cell.value = "已改正"  # the first row's value in the first column, corrected
    book.save(path)
    assert dlg.check_button.isEnabled(), dlg.summary_label.text()
    dlg.check_button.click()
    qtbot.waitUntil(lambda: not dlg.busy and dlg.summary is not None, timeout=20_000)
    assert model.samples[0] == "已改正"  # read again
    assert model.edited and model.mapping[edited_row] == ""  # the clerk's mapping kept (same header)


def test_enter_in_the_file_field_does_not_close_the_dialog(ctx, qtbot):
    from PySide6.QtTest import QTest

    dlg = ImportDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.file.setFocus()
    QTest.keyClick(dlg.file, Qt.Key.Key_Return)
    assert dlg.isVisible() and dlg.result() == 0
