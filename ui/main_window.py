"""The main window only assembles the counters' tabs, the menus and the status bar."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMainWindow, QMenu, QStackedWidget, QTabWidget, QWidget

from app import __version__, clock, settings
from app.accounts import login as login_service
from app.accounts.permissions import CHANGE_SETTINGS, IMPORT_RECORDS, MANAGE_ACCOUNTS, VIEW_AUDIT, may
from app.actor import Actor
from app.database import database_label
from ui import help as help_ui
from ui import pages
from ui.accounts.lock import IdleWatcher, LockScreen
from ui.common import dialogs
from ui.common.layout import restore_geometry, save_geometry
from ui.common.lazy import LazyTabs, lay_out_before_paint
from ui.context import AppContext
from ui.imports import import_action


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.ctx = ctx
        self.setWindowTitle(self.tr("Community Desk — {center}").format(center=ctx.center().name))
        restore_geometry(self, "mainWindow", 1366, 728)  # as last closed, else fits a 1366×768 screen (issue 16)
        # The tabs and the lock screen share the central area: when locked, the tabs are not drawn at all. Each widget
        # is made inside its parent (ui/common/lazy.py says why); the lock screen the first time the window locks.
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("mainStack")
        self.setCentralWidget(self.stack)
        self.tabs = QTabWidget(self.stack)
        self.tabs.setObjectName("mainTabs")
        self.tabs.setAccessibleName(self.tr("Counters"))
        self.tabs.setDocumentMode(True)
        self.stack.addWidget(self.tabs)
        self._lock_screen: LockScreen | None = None
        self.lazy: LazyTabs | None = None
        self._go_actions: list[QAction] = []
        self._menu_owner: QObject | None = None
        self._action_states: dict[QAction, bool] = {}
        self._hidden_windows: list[QWidget] = []
        self._cancelled_by_lock = 0  # boxes waiting for an answer that the last lock cancelled
        self._signed_out = False
        lay_out_before_paint(self)
        self._build_tabs()
        self._build_menus()
        self._build_status()
        self.idle = IdleWatcher(self._idle_minutes(), self)
        self.idle.idle.connect(lambda: self.lock("idle"))
        ctx.settings_changed.connect(lambda: self.idle.set_minutes(self._idle_minutes()))

    def _idle_minutes(self) -> int:
        try:
            return int(settings.get(self.ctx.db, "security.idle_lock_minutes") or 5)
        except (TypeError, ValueError):
            return 5

    def _titles(self) -> dict[str, str]:
        return {
            "requestsPage": self.tr("Requests"),
            "alertsPage": self.tr("Today's alerts"),
            "canteenPage": self.tr("Canteen"),
            "childcarePage": self.tr("Childcare"),
            "volunteersPage": self.tr("Volunteers"),
            "libraryPage": self.tr("Book room"),
            "activitiesPage": self.tr("Classes & activities"),
            "healthPage": self.tr("Health"),
            "communityPage": self.tr("Buildings & visits"),
            "residentsPage": self.tr("Residents"),
            "statisticsPage": self.tr("Statistics"),
        }

    def _build_tabs(self) -> None:
        """One tab per page the signed-in person may see; each page is built the first time it is shown."""
        titles = self._titles()
        if self.lazy is not None:
            self.lazy.detach()
        self.tabs.clear()
        self.lazy = LazyTabs(self.tabs)
        for spec in pages.visible_pages(self.ctx):
            title = titles[spec.object_name]
            self.lazy.add(spec.object_name, lambda parent, s=spec, t=title: self._create_page(s, t, parent), title)

    def _create_page(self, spec: pages.PageSpec, title: str, parent: QWidget | None = None) -> QWidget:
        page = pages.create_page(spec, self.ctx, parent)
        page.setAccessibleName(title)
        return page

    @property
    def page_widgets(self) -> dict[str, QWidget]:
        """The pages built so far, by object name (a page not shown yet is not in it)."""
        return {n: p for n in self.lazy.names() if (p := self.lazy.built_page(n)) is not None}

    def page_names(self) -> list[str]:
        """The object names of the tabs, in tab order (built or not)."""
        return self.lazy.names()

    def page(self, object_name: str) -> QWidget | None:
        """The page named `object_name`, built now if it was not shown yet; None when this person has no such tab."""
        if object_name not in self.lazy.names():
            return None
        return self.lazy.page(object_name)

    def show_page(self, object_name: str) -> None:
        if object_name in self.lazy.names():
            self.tabs.setCurrentWidget(self.lazy.page(object_name))

    def _build_menus(self) -> None:
        bar = self.menuBar()
        bar.clear()
        for menu in bar.findChildren(QMenu, options=Qt.FindChildOption.FindDirectChildrenOnly):
            menu.deleteLater()
        for action in self._go_actions:
            self.removeAction(action)
        self._go_actions.clear()
        # Every action of the menus belongs to one owner, replaced whole when the signed-in person changes.
        if self._menu_owner is not None:
            self._menu_owner.deleteLater()
        owner = self._menu_owner = QObject(self)
        file_menu = bar.addMenu(self.tr("&File"))
        self.lock_action = QAction(self.tr("&Lock screen"), owner)
        self.lock_action.setObjectName("lockAction")
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(lambda: self.lock("requested"))
        file_menu.addAction(self.lock_action)
        password = QAction(self.tr("Change my &password…"), owner)
        password.setObjectName("changePasswordAction")
        password.triggered.connect(self.change_password)
        file_menu.addAction(password)
        file_menu.addSeparator()
        backup = QAction(self.tr("&Back up now"), owner)
        backup.setObjectName("backupAction")
        backup.triggered.connect(self.backup_now)
        file_menu.addAction(backup)
        if may(self.ctx.actor, CHANGE_SETTINGS):  # restoring replaces everything: administrators only
            from ui.backup import open_backup_dialog

            data = QAction(self.tr("&Data and backups…"), owner)
            data.setObjectName("dataAction")
            data.triggered.connect(lambda: open_backup_dialog(self, self.ctx))
            file_menu.addAction(data)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), owner)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        go_menu = bar.addMenu(self.tr("&Go"))
        for i in range(self.tabs.count()):
            action = QAction(self.tabs.tabText(i), owner)
            if i < 9:  # Ctrl+1 … Ctrl+9; a tenth tab and on are reached from this menu (and Ctrl+F for residents)
                action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _c=False, idx=i: self.tabs.setCurrentIndex(idx))
            go_menu.addAction(action)
            self.addAction(action)
            self._go_actions.append(action)
        find = QAction(self.tr("&Find resident"), owner)
        find.setShortcut(QKeySequence("Ctrl+F"))
        find.triggered.connect(self.find_resident)
        go_menu.addAction(find)

        view_menu = bar.addMenu(self.tr("&View"))
        theme_group = QActionGroup(owner)
        from ui import theme

        current = QApplication.instance().property("communityDeskTheme") or "light"
        for name, label in (("light", self.tr("Light theme")), ("dark", self.tr("Dark theme"))):
            action = QAction(label, owner, checkable=True)
            action.setObjectName(f"theme_{name}")
            action.setChecked(name == current)
            action.triggered.connect(
                lambda _c=False, n=name: theme.apply_theme(QApplication.instance(), n, remember=True)
            )
            theme_group.addAction(action)
            view_menu.addAction(action)
        view_menu.addSeparator()
        lang_group = QActionGroup(owner)
        from ui import i18n

        for code, label in (("zh_CN", "简体中文"), ("en", "English")):
            action = QAction(label, owner, checkable=True)
            action.setObjectName(f"lang_{code}")
            action.setChecked(code == i18n.saved_language())
            action.triggered.connect(lambda _c=False, c=code: self.set_language(c))
            lang_group.addAction(action)
            view_menu.addAction(action)

        actor = self.ctx.actor
        if may(actor, MANAGE_ACCOUNTS) or may(actor, VIEW_AUDIT) or may(actor, CHANGE_SETTINGS):
            admin_menu = bar.addMenu(self.tr("&Admin"))
            admin_menu.setObjectName("adminMenu")
            if may(actor, MANAGE_ACCOUNTS):
                accounts = QAction(self.tr("Staff &accounts…"), owner)
                accounts.setObjectName("accountsAction")
                accounts.triggered.connect(self.open_accounts)
                admin_menu.addAction(accounts)
            if may(actor, VIEW_AUDIT):
                audit = QAction(self.tr("Audit &trail…"), owner)
                audit.setObjectName("auditAction")
                audit.triggered.connect(self.open_audit)
                admin_menu.addAction(audit)
            if may(actor, CHANGE_SETTINGS):
                center = QAction(self.tr("&Settings…"), owner)
                center.setObjectName("settingsAction")
                center.triggered.connect(self.open_settings)
                admin_menu.addAction(center)
            if may(actor, IMPORT_RECORDS):  # issue 17: residents, children, volunteers from a spreadsheet
                admin_menu.addAction(import_action(self.ctx, self, owner))

        help_menu = bar.addMenu(self.tr("&Help"))
        help_ui.add_help_actions(self, help_menu, owner)  # F1: the counter's help; the list of keys (ui/help.py)
        about = QAction(self.tr("&About Community Desk"), owner)
        about.triggered.connect(self.about)
        help_menu.addAction(about)

    def _build_status(self) -> None:
        status = self.statusBar()
        self.user_label = QLabel(self)
        self.user_label.setObjectName("statusUser")
        self.db_label = QLabel(database_label(self.ctx.db.url), self)
        self.db_label.setObjectName("statusDatabase")
        self.clock_label = QLabel(self)
        status.addWidget(self.user_label)
        status.addWidget(self.db_label, 1)
        status.addPermanentWidget(self.clock_label)
        self._update_status()
        self._clock = QTimer(self)
        self._clock.setInterval(30_000)
        self._clock.timeout.connect(self._update_status)
        self._clock.start()
        self.ctx.actor_changed.connect(self._update_status)

    def _update_status(self) -> None:
        if self.is_locked():
            self.user_label.setText(self.tr("Locked"))
        else:
            self.user_label.setText(self.tr("Signed in: {name}").format(name=self.ctx.actor.display_name))
        self.clock_label.setText(clock.local_now().strftime("%Y-%m-%d %H:%M"))

    # --- lock, unlock, switch user ----------------------------------------------------------------
    @property
    def lock_screen(self) -> LockScreen:
        """The lock screen, made the first time it is needed (nobody sees it before the window first locks)."""
        if self._lock_screen is None:
            screen = self._lock_screen = LockScreen(self.ctx.db, self.stack)
            screen.unlocked.connect(self.unlock)
            screen.switched.connect(self.switch_user)
            self.stack.addWidget(screen)
        return self._lock_screen

    def is_locked(self) -> bool:
        return self._lock_screen is not None and self.stack.currentWidget() is self._lock_screen

    def lock(self, reason: str = "requested") -> None:
        """Hide every screen with personal data (the tabs and any open dialog) behind the lock screen."""
        if self.is_locked():
            return
        self.idle.stop()
        self._cancelled_by_lock = 0
        for widget in QApplication.topLevelWidgets():
            if widget is self or not widget.isVisible() or isinstance(widget, QMainWindow):
                continue
            if widget.windowType() in (Qt.WindowType.Popup, Qt.WindowType.ToolTip):
                widget.close()  # an open menu or tooltip is not brought back
                continue
            if isinstance(widget, QDialog) and widget.windowModality() == Qt.WindowModality.ApplicationModal:
                # A box that waits for its answer (a reason, a yes/no, a file: exec) cannot wait hidden: hiding it
                # ends the wait as a cancel, after which it is often deleted. It is cancelled now, as Esc would,
                # so nothing is done with it, and the clerk is told at unlock.
                widget.reject()
                self._cancelled_by_lock += 1
                continue
            widget.hide()
            self._hidden_windows.append(widget)
        self.stack.setCurrentWidget(self.lock_screen)
        self.menuBar().setEnabled(False)
        self._set_shortcuts_enabled(False)
        self.lock_screen.show_for(self.ctx.actor, self.ctx.center().name)
        login_service.record_lock(self.ctx.db, self.ctx.actor, reason)
        self._update_status()

    def _set_shortcuts_enabled(self, enabled: bool) -> None:
        """While locked, no shortcut reaches a page (the tabs are disabled) or the window's own menus."""
        self.tabs.setEnabled(enabled)
        if not enabled:
            self._action_states = {a: a.isEnabled() for a in self.findChildren(QAction)}
            for action in self._action_states:
                action.setEnabled(False)
        else:
            for action, was in self._action_states.items():
                action.setEnabled(was)
            self._action_states = {}

    def unlock(self, actor: Actor) -> None:
        """The same person is back: everything returns as it was, open dialogs included."""
        self.ctx.set_actor(actor)
        for widget in self._hidden_windows:
            if shiboken6.isValid(widget):  # a window closed meanwhile (its owner gone) is not brought back
                widget.show()
        self._hidden_windows.clear()
        self._leave_lock()
        if self._cancelled_by_lock:
            self.statusBar().showMessage(
                self.tr(
                    "The screen lock cancelled a box that was waiting for an answer: nothing was done; do it again."
                ),
                30000,
            )

    def switch_user(self, actor: Actor) -> None:
        """Another person signs in: the previous one is signed out, their open dialogs closed, the tabs rebuilt."""
        from ui.accounts import password

        if not password.ensure_own_password(self, self.ctx.db, actor):
            self.lock_screen.show_for(self.ctx.actor, self.ctx.center().name)
            return
        login_service.logout(self.ctx.db, self.ctx.actor, "switch user")
        for widget in self._hidden_windows:
            if not shiboken6.isValid(widget):
                continue
            if isinstance(widget, QDialog):
                widget.reject()
            widget.close()
            widget.deleteLater()
        self._hidden_windows.clear()
        self.ctx.set_actor(actor)
        self._leave_lock()
        self.rebuild_for_actor()

    def _leave_lock(self) -> None:
        self.stack.setCurrentWidget(self.tabs)
        self.menuBar().setEnabled(True)
        self._set_shortcuts_enabled(True)
        self.idle.restart()
        self._update_status()
        current = self.tabs.currentWidget()
        if current is not None:
            current.setFocus()

    def rebuild_for_actor(self) -> None:
        """Tabs and menus follow the roles of whoever is signed in now."""
        old = [self.tabs.widget(i) for i in range(self.tabs.count())]
        self._build_tabs()
        for page in old:
            page.deleteLater()
        self._build_menus()

    # --- admin ------------------------------------------------------------------------------------
    def open_accounts(self) -> None:
        from ui.admin.accounts import AccountsDialog

        AccountsDialog(self.ctx, self).open()

    def open_audit(self) -> None:
        from ui.admin.audit import AuditDialog

        AuditDialog(self.ctx, self).open()

    def open_settings(self) -> None:
        from ui.admin.settings import SettingsDialog

        SettingsDialog(self.ctx, self).open()

    def change_password(self) -> None:
        from ui.accounts.password import ChangePasswordDialog

        ChangePasswordDialog(self.ctx.db, self.ctx.actor, self).open()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if not self._signed_out:
            self._signed_out = True
            login_service.logout(self.ctx.db, self.ctx.actor, "quit")
            self.idle.uninstall()
            save_geometry(self, "mainWindow")
        super().closeEvent(event)

    def find_resident(self) -> None:
        self.show_page("residentsPage")
        page = self.page("residentsPage")
        if page is not None and hasattr(page, "focus_search"):
            page.focus_search()

    def set_language(self, code: str) -> None:
        from ui import i18n

        i18n.install_language(code, remember=True)
        dialogs.inform(self, self.tr("The language changes fully when Community Desk starts again."))

    def backup_now(self) -> None:
        """A backup into the folder from the settings, rotated and audited like the automatic ones."""
        from app import autobackup
        from app.errors import UserError
        from ui.common.tasks import run_task

        plan = autobackup.BackupPlan.load(self.ctx.db)
        if plan is None:
            dialogs.warn(self, self.tr("Backups from the app work on the embedded database only."))
            return
        db, actor = self.ctx.db, self.ctx.actor

        def work(_progress):
            done = autobackup.make_backup(plan, autobackup.MANUAL)
            autobackup.record(db, actor, done)
            return done.path

        def done(dest) -> None:
            self.statusBar().showMessage(self.tr("Backup written: {path}").format(path=dest), 8000)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, UserError):
                dialogs.show_user_error(self, exc)
            else:
                raise exc

        run_task(self, work, on_done=done, on_error=failed, label=self.tr("Backing up…"))

    def about(self) -> None:
        dialogs.inform(
            self,
            self.tr("Community Desk {version}\nThe front desk of a community service center.").format(
                version=__version__
            ),
        )
