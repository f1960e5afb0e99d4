"""The account screens driven like a person would: sign in, lock, unlock, switch user, manage accounts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget
from sqlalchemy import select

from app.accounts import service
from app.actor import CASHIER, FRONT_DESK, SYSTEM
from app.residents import service as residents
from app.residents.service import ResidentInput
from db.models import AuditEntry
from tests.helpers import type_text
from ui.context import AppContext

ID = "11010519491231002X"
MASKED = "110105********002X"


@pytest.fixture
def cashier_id(db, admin):
    return service.create_user(db, admin, "cash", "收银员 小李", "cashier-pass-1", [CASHIER])


@pytest.fixture
def resident_id(db, admin):
    return residents.create_resident(db, admin, ResidentInput(name="张三", id_number=ID, phone="13800138000"))


def _actions(db):
    with db.read() as s:
        return [a for (a,) in s.execute(select(AuditEntry.action).order_by(AuditEntry.id))]


def _all_text(root: QWidget) -> str:
    parts = []
    for w in root.findChildren(QWidget):
        if isinstance(w, QLabel | QAbstractButton):
            parts.append(w.text())
        elif isinstance(w, QLineEdit):
            parts.append(w.text())
            parts.append(w.placeholderText())
    return "\n".join(parts)


def _missing_accessible_names(root: QWidget) -> list[tuple[str, str]]:
    missing = []
    for w in root.findChildren(QWidget):
        if (
            isinstance(w, QAbstractButton | QLineEdit)
            and w.isVisibleTo(root)
            and w.objectName() != "qt_spinbox_lineedit"
        ):
            if w.parent() is not None and type(w.parent()).__name__ in ("QTabBar", "QToolBar", "QCalendarWidget"):
                continue
            if not w.accessibleName() and not (isinstance(w, QAbstractButton) and w.text()):
                missing.append((type(w).__name__, w.objectName()))
    return missing


def test_cashier_signs_in_and_sees_only_cashier_tabs_with_masked_ids(qtbot, qapp, db, cashier_id, resident_id):
    from ui.accounts.login import LoginDialog
    from ui.main_window import MainWindow

    dialog = LoginDialog(db, "测试中心")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username, "cash")
    qtbot.keyClicks(dialog.password, "wrong-password")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.actor is None and dialog.error.text()
    qtbot.keyClicks(dialog.password, "cashier-pass-1")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.actor is not None and dialog.actor.roles == frozenset({CASHIER})

    ctx = AppContext(db, dialog.actor)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    names = [window.tabs.widget(i).objectName() for i in range(window.tabs.count())]
    assert names == ["canteenPage", "residentsPage"]
    menus = [a.menu().objectName() for a in window.menuBar().actions() if a.menu()]
    assert "adminMenu" not in menus

    window.show_page("residentsPage")
    page = window.page("residentsPage")
    page.search.setText("张三")
    page.run_search()
    assert page.model.rowCount() == 1
    column = page.model.ID_NUMBER
    assert page.model.index(0, column).data() == MASKED
    page.open_resident(resident_id)
    assert page.profile.id_label.text() == MASKED
    assert page.profile.findChild(QAbstractButton, "revealIdButton") is None
    # The edit form does not put the full number on screen either, and saving keeps it.
    from ui.residents.form import ResidentForm

    form = ResidentForm(ctx, page, resident_id)
    qtbot.addWidget(form)
    assert form.id_number.text() == "" and MASKED in form.id_number.placeholderText()
    assert not form.reveal_button.isVisibleTo(form)
    assert ID not in _all_text(form)
    form.phone.setText("13900139000")
    form.save()
    assert ID not in _all_text(window)
    assert "reveal_id" not in _actions(db)  # the cashier's screens revealed nothing
    assert residents.get_resident(db, resident_id, actor=SYSTEM).row.id_number == ID  # kept, not the mask (audited)


def test_front_desk_reveals_a_full_id_and_it_is_audited(qtbot, ctx, db, admin, resident_id):
    from ui.residents.profile import ResidentProfile

    desk = service.actor_for(db, service.create_user(db, admin, "desk", "前台", "desk-pass-12", [FRONT_DESK]))
    ctx.set_actor(desk)
    profile = ResidentProfile(ctx)
    qtbot.addWidget(profile)
    profile.show_resident(resident_id)
    assert profile.id_label.text() == MASKED
    button = profile.findChild(QAbstractButton, "revealIdButton")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert profile.id_label.text() == ID
    assert _actions(db)[-1] == "reveal_id"
    ctx.set_actor(desk)  # unlock / another sign-in masks it again
    assert profile.id_label.text() == MASKED


def test_idle_lock_hides_everything_and_the_same_user_unlocks(qtbot, ctx, db, no_dialogs):
    from ui.main_window import MainWindow
    from ui.residents.form import ResidentForm

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    form = ResidentForm(ctx, window)
    form.show()
    assert form.isVisible()
    watcher = window.idle
    # Input keeps it unlocked: a key press after a long quiet spell counts as activity (typed into the form's
    # window, which passes it to its field, as the window system does)
    form.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is form.windowHandle())
    watcher.last_input -= watcher.limit_ms / 1000 + 1
    QTest.keyClick(form.windowHandle(), Qt.Key.Key_A)
    watcher._check()
    assert not window.is_locked()
    # Quiet for longer than the limit: the next check locks.
    watcher.last_input -= watcher.limit_ms / 1000 + 1
    watcher._check()
    assert window.is_locked()
    assert window.stack.currentWidget() is window.lock_screen
    assert not window.tabs.isVisible() and not form.isVisible()
    assert not window.menuBar().isEnabled() and not window.lock_action.isEnabled()
    assert "Test Admin" in window.lock_screen.who.text()
    assert not _missing_accessible_names(window)
    screen = window.lock_screen
    qtbot.keyClicks(screen.password, "not-my-password")
    qtbot.keyClick(screen.password, Qt.Key.Key_Return)
    assert window.is_locked() and screen.error.text()
    qtbot.keyClicks(screen.password, "admin-password")
    qtbot.keyClick(screen.password, Qt.Key.Key_Return)
    assert not window.is_locked()
    assert window.tabs.isVisible() and form.isVisible()
    assert window.lock_action.isEnabled() and window.idle.active and window.idle.idle_for_ms() < window.idle.limit_ms
    assert _actions(db)[-3:] == ["lock", "login_failed", "unlock"]
    form.close()


def test_the_idle_watcher_sees_the_clerks_input_not_every_event_of_every_widget(qtbot, ctx, monkeypatch):
    """It used to filter the whole application: Python was called for each of the thousands of events (paint,
    layout, polish) of a page shown the first time. It filters the top-level windows, where input arrives."""
    from ui.accounts.lock import IdleWatcher
    from ui.main_window import MainWindow

    calls = []
    original = IdleWatcher.eventFilter

    def counting(self, watched, event):
        calls.append(event.type())
        return original(self, watched, event)

    monkeypatch.setattr(IdleWatcher, "eventFilter", counting)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is window.windowHandle())
    calls.clear()
    for index in range(window.tabs.count()):  # every counter's page made and shown
        window.tabs.setCurrentIndex(index)
        qtbot.wait(20)
    assert len(calls) < 200  # the window's own events only (before: tens of thousands)
    # input still counts, from the window system to the window: a key, a click, a move
    window.idle.last_input -= 600
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Shift)
    assert window.idle.idle_for_ms() < 1000
    window.idle.last_input -= 600
    QTest.mouseMove(window.windowHandle(), window.rect().center())
    assert window.idle.idle_for_ms() < 1000


def test_a_window_opened_later_is_watched_once_it_has_the_focus(qtbot, ctx):
    from ui.main_window import MainWindow
    from ui.residents.form import ResidentForm

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    form = ResidentForm(ctx, window)  # its own top-level window
    form.show()
    form.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is form.windowHandle())
    window.idle.last_input -= 600
    QTest.keyClick(form.windowHandle(), Qt.Key.Key_B)
    assert window.idle.idle_for_ms() < 1000
    assert form.name.text() == "b"
    form.close()


def test_idle_timer_locks_by_itself(qtbot, ctx):
    from ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.idle.set_interval_ms(30)  # minutes in real life; the watcher's own timer notices
    qtbot.waitUntil(window.is_locked, timeout=10_000)
    assert not window.idle.active


def test_lock_shortcut_then_another_user_switches_in(qtbot, ctx, db, cashier_id, no_dialogs):
    from ui.main_window import MainWindow
    from ui.residents.form import ResidentForm

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert window.lock_action.shortcut().toString() == "Ctrl+L"
    form = ResidentForm(ctx, window)
    form.show()
    window.lock_action.trigger()
    assert window.is_locked() and not form.isVisible()
    screen = window.lock_screen
    type_text(qtbot, screen.other_username, "cash")
    qtbot.keyClick(screen.other_username, Qt.Key.Key_Return)
    qtbot.keyClicks(screen.other_password, "cashier-pass-1")
    qtbot.keyClick(screen.other_password, Qt.Key.Key_Return)
    assert not window.is_locked()
    assert ctx.actor.username == "cash"
    names = [window.tabs.widget(i).objectName() for i in range(window.tabs.count())]
    assert names == ["canteenPage", "residentsPage"]
    assert "adminMenu" not in [a.menu().objectName() for a in window.menuBar().actions() if a.menu()]
    assert "收银员 小李" in window.user_label.text()
    qtbot.waitUntil(lambda: not form.isVisible())
    with db.read() as s:
        last = s.execute(select(AuditEntry.action, AuditEntry.username).order_by(AuditEntry.id.desc()).limit(3)).all()
    assert [tuple(r) for r in reversed(last)] == [("lock", "admin"), ("login", "cash"), ("logout", "admin")]
    window.close()
    assert _actions(db)[-1] == "logout"


def test_switch_user_with_a_temporary_password_must_choose_their_own(qtbot, ctx, db, admin, cashier_id, monkeypatch):
    from ui.accounts import password
    from ui.main_window import MainWindow

    service.reset_password(db, admin, cashier_id, "temporary-123")
    asked = []
    monkeypatch.setattr(password, "ensure_own_password", lambda parent, db_, actor: asked.append(actor) or False)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.lock("requested")
    window.lock_screen.other_username.setText("cash")
    window.lock_screen.other_password.setText("temporary-123")
    window.lock_screen.try_switch()
    assert asked and window.is_locked() and ctx.actor.username == "admin"


def test_change_password_dialog_validates_as_you_type(qtbot, db, admin):
    from ui.accounts.password import ChangePasswordDialog

    dialog = ChangePasswordDialog(db, admin, forced=True)
    qtbot.addWidget(dialog)
    assert not dialog.ok.isEnabled()
    qtbot.keyClicks(dialog.new, "short")
    assert "8" in dialog.error.text() and not dialog.ok.isEnabled()
    qtbot.keyClicks(dialog.new, "-enough")
    qtbot.keyClicks(dialog.repeat, "short-enoug")
    assert "differ" in dialog.error.text()
    qtbot.keyClicks(dialog.repeat, "h")
    assert dialog.ok.isEnabled()
    qtbot.keyClicks(dialog.current, "bad")
    dialog.save()
    assert dialog.result() == 0 and "wrong" in dialog.error.text()
    qtbot.keyClicks(dialog.current, "admin-password")
    dialog.save()
    assert dialog.result() == 1
    assert _actions(db)[-1] == "change_password"


def test_account_admin_dialog(qtbot, ctx, db, cashier_id, no_dialogs, qtmodeltester, monkeypatch):
    from ui.admin import accounts as ui_accounts

    dialog = ui_accounts.AccountsDialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtmodeltester.check(dialog.model)
    assert not _missing_accessible_names(dialog)
    assert [dialog.model.row_at(i).username for i in range(dialog.model.rowCount())] == ["admin", "cash"]

    # New account: messages appear while typing; Save waits until everything is right.
    form = ui_accounts.AccountForm(ctx, dialog)
    qtbot.addWidget(form)
    form.show()
    assert not _missing_accessible_names(form)
    assert not form.save_button.isEnabled()
    qtbot.keyClicks(form.username, "bad name;")
    assert form.error_labels["username"].isVisible()
    form.username.clear()
    qtbot.keyClicks(form.username, "zhou")
    assert not form.error_labels["username"].isVisible()
    type_text(qtbot, form.display_name, "周 😀")
    qtbot.keyClicks(form.password, "first-pass-1")
    qtbot.keyClicks(form.repeat, "first-pass-2")
    assert form.error_labels["password2"].isVisible()
    form.repeat.clear()
    qtbot.keyClicks(form.repeat, "first-pass-1")
    assert form.error_labels["roles"].isVisible() and not form.save_button.isEnabled()
    form.role_checks[FRONT_DESK].setChecked(True)
    assert form.save_button.isEnabled()
    form.username.setText("cash")  # taken: refused by the service, shown on the field
    form.save()
    assert "taken" in form.error_labels["username"].text()
    form.username.setText("zhou")
    form.save()
    new_id = form.saved_id
    account = service.get_account(db, new_id)
    assert account.display_name == "周 😀" and account.roles == (FRONT_DESK,) and account.must_change_password

    # Change roles of the cashier.
    dialog.reload(cashier_id)
    edit = ui_accounts.AccountForm(ctx, dialog, dialog.selected())
    qtbot.addWidget(edit)
    assert edit.username.isReadOnly() and not edit.password.isVisibleTo(edit)
    edit.role_checks[FRONT_DESK].setChecked(True)
    edit.save()
    assert service.get_account(db, cashier_id).roles == (FRONT_DESK, CASHIER)

    # Disable (with a reason), then enable.
    dialog.reload(cashier_id)
    no_dialogs.text_answers.append("调岗")
    qtbot.mouseClick(dialog.active_button, Qt.MouseButton.LeftButton)
    assert not service.get_account(db, cashier_id).active
    assert dialog.active_button.text() == "Enable"
    qtbot.mouseClick(dialog.active_button, Qt.MouseButton.LeftButton)
    assert service.get_account(db, cashier_id).active

    # Reset password: the admin types a temporary one.
    monkeypatch.setattr(ui_accounts, "ask_temporary_password", lambda parent, row: "temporary-123")
    qtbot.mouseClick(dialog.reset_button, Qt.MouseButton.LeftButton)
    assert service.must_change_password(db, cashier_id)
    # Disabling yourself is not offered (the button says why); the service still refuses.
    dialog.reload(1)
    assert not dialog.active_button.isEnabled() and dialog.active_button.toolTip()
    assert service.get_account(db, 1).active
    acts = _actions(db)
    for action in ("create", "change", "disable", "enable", "reset_password"):
        assert action in acts


def test_reset_password_dialog(qtbot):
    from app.accounts.service import AccountRow
    from ui.admin.accounts import ResetPasswordDialog

    row = AccountRow(2, "cash", "小李", (CASHIER,), True, False, False, None)
    dialog = ResetPasswordDialog(None, row)
    qtbot.addWidget(dialog)
    assert not dialog.ok.isEnabled()
    qtbot.keyClicks(dialog.password, "temporary-1")
    qtbot.keyClicks(dialog.repeat, "temporary-1")
    assert dialog.ok.isEnabled()
    assert not _missing_accessible_names(dialog)


def test_admin_menu_for_admins(qtbot, ctx):
    from ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    menus = {a.menu().objectName(): a.menu() for a in window.menuBar().actions() if a.menu()}
    names = [a.objectName() for a in menus["adminMenu"].actions()]
    assert {"accountsAction", "auditAction", "settingsAction"} <= set(names)


def test_refusals_come_before_the_work_not_after(qtbot, ctx, db, admin, cashier_id, no_dialogs):
    """Disabling one's own account, or the last active administrator, is not offered: the button is off with the
    reason as its tooltip, before anyone types why; the last admin's role box is off too. The service still refuses."""
    from app.actor import ADMIN
    from app.errors import UserError
    from ui.admin import accounts as ui_accounts

    other = service.create_user(db, admin, "boss2", "另一位管理员", "admin-pass-22", [ADMIN])
    dialog = ui_accounts.AccountsDialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reload(1)
    assert not dialog.active_button.isEnabled()
    assert dialog.active_button.toolTip() == "You cannot disable your own account."
    dialog.reload(cashier_id)
    assert dialog.active_button.isEnabled() and not dialog.active_button.toolTip()
    with pytest.raises(UserError):
        service.set_active(db, admin, 1, False, "test")

    # With the other admin disabled, the signed-in admin is the last one: its admin box cannot be unticked.
    service.set_active(db, admin, other, False, "离职")
    dialog.reload(1)
    form = ui_accounts.AccountForm(
        ctx, dialog, dialog.selected(), last_admin=dialog._last_active_admin(dialog.selected())
    )
    qtbot.addWidget(form)
    assert not form.role_checks[ADMIN].isEnabled() and form.role_checks[ADMIN].toolTip()
    # the double-click path gives the same
    dialog.edit_account()
    opened = [w for w in dialog.findChildren(ui_accounts.AccountForm) if w is not form][-1]
    assert not opened.role_checks[ADMIN].isEnabled()
    opened.reject()
    assert not no_dialogs.text_answers and not no_dialogs.messages


def test_ticking_roles_keeps_the_account_form_still(qtbot, ctx, db, cashier_id):
    """Ticking and unticking role boxes shows or clears messages; the dialog keeps its size and Save stays put."""
    from ui.admin import accounts as ui_accounts

    dialog = ui_accounts.AccountsDialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.reload(cashier_id)
    for account in (None, dialog.selected()):
        form = ui_accounts.AccountForm(ctx, dialog, account)
        qtbot.addWidget(form)
        form.show()
        qtbot.waitExposed(form)

        def where(form=form):
            return form.size(), form.save_button.mapToGlobal(form.save_button.rect().center())

        before = where()
        for check in list(form.role_checks.values())[:3]:
            check.setChecked(not check.isChecked())
            assert where() == before
            check.setChecked(not check.isChecked())
            assert where() == before
        form.reject()


def test_a_reason_box_open_when_the_screen_locks_is_cancelled_and_the_clerk_unlocks(qtbot, ctx, db):
    """A cashier steps away with the void's reason box open; the idle lock comes on. Hiding a box that waits for its
    answer ended its wait and deleted it, and every unlock then failed on it ("already deleted"): the till stayed
    locked. The box is cancelled at the lock (nothing done, as Esc), the unlock works, the status line says so."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog, QInputDialog

    from ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    QTimer.singleShot(50, lambda: window.lock("idle"))
    # a safety: a box the lock leaves waiting (hidden) is answered Cancel after 3 s, so the test fails, not hangs
    QTimer.singleShot(3000, lambda: [w.reject() for w in QApplication.topLevelWidgets() if isinstance(w, QDialog)])
    text, ok = QInputDialog.getText(window, "Void", "Why?")  # waits, as the void's reason box does
    assert not ok and window.is_locked()
    screen = window.lock_screen
    qtbot.keyClicks(screen.password, "admin-password")
    qtbot.keyClick(screen.password, Qt.Key.Key_Return)
    assert not window.is_locked() and window.tabs.isVisible()
    assert "cancelled" in window.statusBar().currentMessage()
    # and a second lock and unlock work as before
    window.lock("requested")
    qtbot.keyClicks(screen.password, "admin-password")
    qtbot.keyClick(screen.password, Qt.Key.Key_Return)
    assert not window.is_locked()
