"""The audit viewer and the settings dialog, as an admin uses them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QWidget

from app import clock, settings
from app.accounts import center_admin, privacy, service
from app.actor import CASHIER
from app.workdays import load_calendar


def _missing_accessible_names(root: QWidget) -> list[tuple[str, str]]:
    missing = []
    for w in root.findChildren(QWidget):
        if (
            isinstance(w, QAbstractButton | QLineEdit)
            and w.isVisibleTo(root)
            and w.objectName() != "qt_spinbox_lineedit"
        ):
            if w.parent() is not None and type(w.parent()).__name__ in ("QTabBar", "QToolBar"):
                continue
            if not w.accessibleName() and not (isinstance(w, QAbstractButton) and w.text()):
                missing.append((type(w).__name__, w.objectName()))
    return missing


def test_audit_viewer_pages_filters_and_shows_before_after(qtbot, ctx, db, admin, qtmodeltester):
    from ui.admin.audit import AuditDialog, AuditModel

    uid = service.create_user(db, admin, "li", "李四", "long-enough-pw", [CASHIER])
    service.update_account(db, admin, uid, "李四（收银）", [CASHIER])
    for i in range(AuditModel.PAGE + 30):  # more than one page
        privacy.record_export(db, admin, f"export {i}")
    dialog = AuditDialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.show()
    viewer = dialog.viewer
    model = viewer.model
    assert not _missing_accessible_names(dialog)
    assert model.rowCount() == AuditModel.PAGE and model.canFetchMore()
    qtmodeltester.check(model)  # fetches the rest too
    assert model.rowCount() == AuditModel.PAGE + 30 + 2
    assert model.index(0, AuditModel.SUMMARY).data() == f"export {AuditModel.PAGE + 29}"
    assert model.headerData(AuditModel.ACTION, Qt.Orientation.Horizontal) == "Action"

    viewer.action.setCurrentIndex(viewer.action.findData("change"))
    assert model.rowCount() == 1
    viewer.table.selectRow(0)
    detail = viewer.detail
    assert "李四" in detail.heading.text() or "li" in detail.heading.text()
    rows = [detail.changes_model.row_at(i) for i in range(detail.changes_model.rowCount())]
    assert ("display_name", "李四", "李四（收银）") in rows
    names = [detail.changes_model.index(i, 0).data() for i in range(detail.changes_model.rowCount())]
    assert "Full name" in names
    qtmodeltester.check(detail.changes_model)

    viewer.action.setCurrentIndex(0)
    viewer.text.setText("export 1")
    viewer.apply_filter()  # what the debounce timer does
    assert {model.row_at(i).summary_text() for i in range(model.rowCount())} >= {"export 1", "export 10", "export 129"}
    viewer.text.clear()
    viewer.use_dates.setChecked(True)
    tomorrow = clock.today() + dt.timedelta(days=2)
    viewer.date_from.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
    viewer.date_to.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
    assert model.rowCount() == 0
    viewer.use_dates.setChecked(False)
    viewer.user.setCurrentIndex(viewer.user.findData("admin"))
    assert model.rowCount() > 0 and all(model.row_at(i).username == "admin" for i in range(model.rowCount()))


def test_settings_dialog_saves_validates_and_edits_the_calendar(qtbot, ctx, db, qtmodeltester, monkeypatch, frozen):
    from ui.admin import settings as ui_settings

    frozen(dt.datetime(2027, 1, 10, 10, 0))
    dialog = ui_settings.SettingsDialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not _missing_accessible_names(dialog)
    dialog.name.setText("")
    assert not dialog.save_button.isEnabled() and dialog.error_labels["center.name"].isVisible()
    dialog.name.setText("幸福里社区 😀")
    dialog.address.setText("x" * 250)
    assert dialog.error_labels["center.address"].isVisible() and not dialog.save_button.isEnabled()
    dialog.address.setText("幸福路 1 号")
    dialog.idle_minutes.setValue(3)
    monkeypatch.setattr(ui_settings, "choose_folder", lambda parent, start: "/media/usb/备份")
    dialog.findChild(QAbstractButton, "settingsBrowseBackup").click()
    dialog.backup_keep.setValue(9)
    assert dialog.save_button.isEnabled()

    # Holidays: a holiday and a weekend make-up day; a weekday cannot be a make-up day.
    dialog.day.setDate(QDate(2027, 2, 11))
    dialog.day_name.setText("春节")
    qtbot.keyClick(dialog.day_name, Qt.Key.Key_Return)
    dialog.day.setDate(QDate(2027, 2, 8))
    dialog.kind.setCurrentIndex(dialog.kind.findData("workday"))
    dialog.add_day()
    assert dialog.isVisible() and dialog.result() == 0  # Enter in the day's name added it; it did not also Save
    assert dialog.calendar_error.text()
    dialog.day.setDate(QDate(2027, 2, 7))
    dialog.add_day()
    qtmodeltester.check(dialog.calendar_model)
    assert dialog.calendar_model.rowCount() == 2
    dialog.calendar_table.selectRow(1)  # 2027-02-11, the holiday
    dialog.findChild(QAbstractButton, "calendarRemove").click()
    assert [e.day for e in center_admin.list_calendar_days(db)] == [dt.date(2027, 2, 7)]
    with db.read() as s:
        assert load_calendar(s).is_working_day(dt.date(2027, 2, 7))

    changed = []
    ctx.settings_changed.connect(lambda: changed.append(True))
    dialog.save()
    assert changed and dialog.result() == 1
    assert settings.get(db, "security.idle_lock_minutes") == 3
    assert settings.get(db, "backup.folder") == "/media/usb/备份" and settings.get(db, "backup.keep") == 9
    assert ctx.center().name == "幸福里社区 😀"


def test_idle_minutes_setting_reaches_the_lock_timer(qtbot, ctx, db, admin):
    from ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.idle.limit_ms == 5 * 60_000
    center_admin.save_center_settings(db, admin, {"security.idle_lock_minutes": 2})
    ctx.reload_settings()
    assert window.idle.limit_ms == 2 * 60_000


def test_first_run_wizard_refuses_control_characters_and_writes_nothing(qtbot, empty_db_url, no_dialogs):
    from app.accounts.service import any_users
    from app.database import open_database
    from ui.wizard import FirstRunWizard

    fresh = open_database(empty_db_url)
    wizard = FirstRunWizard(fresh)
    qtbot.addWidget(wizard)
    wizard.center_page.name.setText("幸福里")
    wizard.center_page.address.setText("幸福路\x07 1 号")
    wizard.admin_page.username.setText("wangjing")
    wizard.admin_page.display.setText("王静")
    wizard.admin_page.password.setText("s3cret-pass")
    wizard.admin_page.password2.setText("s3cret-pass")
    wizard.accept()
    assert no_dialogs.messages and no_dialogs.messages[-1][0] == "warn"
    assert wizard.admin_id is None and not any_users(fresh)
    assert settings.get(fresh, "center.name") == ""
    fresh.dispose()


def test_fast_double_actions_in_the_settings_dialog_act_once(qtbot, ctx, db, frozen, no_dialogs):
    """Enter in the day's name and a click on Add is one day (the second press no longer writes the same day again
    with an empty name); a double click on Remove removes one day, not also the next one; a double click on Save
    saves once."""
    from sqlalchemy import func, select

    from db.models import AuditEntry
    from tests.helpers import double_click
    from ui.admin import settings as ui_settings

    def writes() -> int:
        with db.read() as s:
            return s.execute(select(func.count()).select_from(AuditEntry)).scalar()

    frozen(dt.datetime(2027, 1, 10, 10, 0))
    dialog = ui_settings.SettingsDialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.tabs.setCurrentWidget(dialog.calendar_table.parentWidget())
    for day, name in ((QDate(2027, 2, 11), "春节"), (QDate(2027, 2, 12), "春节")):
        dialog.day.setDate(day)
        dialog.day_name.setText(name)
        qtbot.keyClick(dialog.day_name, Qt.Key.Key_Return)
    add = dialog.findChild(QAbstractButton, "calendarAdd")
    dialog.day.setDate(QDate(2027, 2, 13))
    dialog.day_name.setText("春节")
    before = writes()
    qtbot.keyClick(dialog.day_name, Qt.Key.Key_Return)
    double_click(qtbot, add)
    assert writes() == before + 1
    assert [(e.day.day, e.name) for e in center_admin.list_calendar_days(db)] == [(11, "春节"), (12, "春节"), (13, "春节")]
    dialog.calendar_table.selectRow(0)
    double_click(qtbot, dialog.findChild(QAbstractButton, "calendarRemove"))
    assert [e.day.day for e in center_admin.list_calendar_days(db)] == [12, 13]
    before = writes()
    dialog.name.setText("幸福里社区")
    dialog.address.setText("幸福路 2 号")
    assert dialog.save_button.isEnabled(), dialog.summary.text()
    double_click(qtbot, dialog.save_button)
    assert writes() == before + 1 and dialog.result() == 1
