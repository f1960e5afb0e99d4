"""The main window only assembles the counters' tabs, the menus and the status bar."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTabWidget, QWidget

from app import __version__, clock
from app.database import database_label
from ui import pages
from ui.common import dialogs
from ui.context import AppContext


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.ctx = ctx
        self.setWindowTitle(self.tr("Community Desk — {center}").format(center=ctx.center().name))
        self.resize(1280, 800)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("mainTabs")
        self.tabs.setAccessibleName(self.tr("Counters"))
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self.page_widgets: dict[str, QWidget] = {}
        self._build_tabs()
        self._build_menus()
        self._build_status()

    def _titles(self) -> dict[str, str]:
        return {
            "requestsPage": self.tr("Requests"),
            "canteenPage": self.tr("Canteen"),
            "childcarePage": self.tr("Childcare"),
            "volunteersPage": self.tr("Volunteers"),
            "residentsPage": self.tr("Residents"),
        }

    def _build_tabs(self) -> None:
        titles = self._titles()
        self.tabs.clear()
        self.page_widgets.clear()
        for spec in pages.visible_pages(self.ctx):
            page = pages.create_page(spec, self.ctx)
            page.setAccessibleName(titles[spec.object_name])
            self.page_widgets[spec.object_name] = page
            self.tabs.addTab(page, titles[spec.object_name])

    def page(self, object_name: str) -> QWidget | None:
        return self.page_widgets.get(object_name)

    def show_page(self, object_name: str) -> None:
        page = self.page_widgets.get(object_name)
        if page is not None:
            self.tabs.setCurrentWidget(page)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        backup = QAction(self.tr("&Back up now"), self)
        backup.setObjectName("backupAction")
        backup.triggered.connect(self.backup_now)
        file_menu.addAction(backup)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        go_menu = bar.addMenu(self.tr("&Go"))
        for i in range(self.tabs.count()):
            action = QAction(self.tabs.tabText(i), self)
            action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _c=False, idx=i: self.tabs.setCurrentIndex(idx))
            go_menu.addAction(action)
            self.addAction(action)
        find = QAction(self.tr("&Find resident"), self)
        find.setShortcut(QKeySequence("Ctrl+F"))
        find.triggered.connect(self.find_resident)
        go_menu.addAction(find)

        view_menu = bar.addMenu(self.tr("&View"))
        theme_group = QActionGroup(self)
        from ui import theme

        current = QApplication.instance().property("communityDeskTheme") or "light"
        for name, label in (("light", self.tr("Light theme")), ("dark", self.tr("Dark theme"))):
            action = QAction(label, self, checkable=True)
            action.setObjectName(f"theme_{name}")
            action.setChecked(name == current)
            action.triggered.connect(
                lambda _c=False, n=name: theme.apply_theme(QApplication.instance(), n, remember=True)
            )
            theme_group.addAction(action)
            view_menu.addAction(action)
        view_menu.addSeparator()
        lang_group = QActionGroup(self)
        from ui import i18n

        for code, label in (("zh_CN", "简体中文"), ("en", "English")):
            action = QAction(label, self, checkable=True)
            action.setObjectName(f"lang_{code}")
            action.setChecked(code == i18n.saved_language())
            action.triggered.connect(lambda _c=False, c=code: self.set_language(c))
            lang_group.addAction(action)
            view_menu.addAction(action)

        help_menu = bar.addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Community Desk"), self)
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
        self.user_label.setText(self.tr("Signed in: {name}").format(name=self.ctx.actor.display_name))
        self.clock_label.setText(clock.local_now().strftime("%Y-%m-%d %H:%M"))

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
        from app.backup import backup_to
        from app.errors import UserError
        from app.paths import backups_dir
        from ui.common.tasks import run_task

        path = self.ctx.db.path
        if path is None:
            dialogs.warn(self, self.tr("Backups from the app work on the embedded database only."))
            return

        def done(dest) -> None:
            self.statusBar().showMessage(self.tr("Backup written: {path}").format(path=dest), 8000)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, UserError):
                dialogs.show_user_error(self, exc)
            else:
                raise exc

        run_task(
            self, lambda _p: backup_to(path, backups_dir()), on_done=done, on_error=failed, label=self.tr("Backing up…")
        )

    def about(self) -> None:
        dialogs.inform(
            self,
            self.tr("Community Desk {version}\nThe front desk of a community service center.").format(
                version=__version__
            ),
        )
