"""Help › the counter's help (F1) and Help › Keyboard shortcuts.

The help pages are Markdown files shipped with the app, one per counter and language
(`resources/help/<zh_CN|en>/<topic>.md`: the day's tasks and the rules, for clerks); each page ends with a table
of the counter's keys generated from the keys actually registered (ui.keys.shortcut_rows), so it never drifts.
Offline: nothing is fetched. The main window calls `add_help_actions` once when it builds its menus.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
)

from app import i18n
from app.resources import resource_path
from ui import keys
from ui.common.paged_model import Column, ListTableModel

# Topic -> the counter page it documents ("" for the general page), in the order of the topic list.
TOPICS = {
    "general": "",
    "requests": "requestsPage",
    "alerts": "alertsPage",
    "canteen": "canteenPage",
    "childcare": "childcarePage",
    "volunteers": "volunteersPage",
    "library": "libraryPage",
    "activities": "activitiesPage",
    "health": "healthPage",
    "community": "communityPage",
    "residents": "residentsPage",
}
TOPIC_TITLES = {
    "general": QT_TRANSLATE_NOOP("Help", "Getting started"),
    "requests": QT_TRANSLATE_NOOP("Help", "Requests"),
    "alerts": QT_TRANSLATE_NOOP("Help", "Today's alerts"),
    "canteen": QT_TRANSLATE_NOOP("Help", "Canteen"),
    "childcare": QT_TRANSLATE_NOOP("Help", "Childcare"),
    "volunteers": QT_TRANSLATE_NOOP("Help", "Volunteers"),
    "library": QT_TRANSLATE_NOOP("Help", "Book room"),
    "activities": QT_TRANSLATE_NOOP("Help", "Classes & activities"),
    "health": QT_TRANSLATE_NOOP("Help", "Health"),
    "community": QT_TRANSLATE_NOOP("Help", "Buildings & visits"),
    "residents": QT_TRANSLATE_NOOP("Help", "Residents"),
}
LANGUAGES = ("zh_CN", "en")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Help", text)


def help_file(topic: str, language: str | None = None) -> Path:
    """The Markdown file of `topic` in `language` (the current one by default; Chinese when it has none)."""
    language = language or i18n.current_language()
    path = resource_path("help", language, f"{topic}.md")
    return path if path.exists() else resource_path("help", "zh_CN", f"{topic}.md")


def current_topic(window) -> str:
    """The topic of the counter on screen (the general page when none)."""
    from ui import pages

    specs = pages.visible_pages(window.ctx)
    index = window.tabs.currentIndex()
    page = specs[index].object_name if 0 <= index < len(specs) else ""
    return next((t for t, p in TOPICS.items() if p and p == page), "general")


def _keys_markdown(rows: list[keys.ShortcutRow]) -> str:
    if not rows:
        return ""
    title = QCoreApplication.translate("Help", "Keys")
    key = QCoreApplication.translate("Help", "Key")
    what = QCoreApplication.translate("Help", "What it does")
    lines = [f"## {title}", "", f"| {key} | {what} |", "|---|---|"]
    for r in rows:
        action = r.action.replace("|", "\\|")
        lines.append(f"| **{r.key}** | {action} |")
    return "\n".join(lines) + "\n"


def topic_markdown(window, topic: str, rows: list[keys.ShortcutRow] | None = None) -> str:
    """The help text of `topic`: the shipped page, then the keys of its counter (or, for the general page, the
    keys that work everywhere)."""
    text = help_file(topic).read_text(encoding="utf-8")
    rows = keys.shortcut_rows(window) if rows is None else rows
    page = TOPICS.get(topic, "")
    mine = [r for r in rows if r.scope == (page or "window")]
    return text.rstrip() + "\n\n" + _keys_markdown(mine)


class HelpDialog(QDialog):
    """The help pages: topics on the left, the page on the right; opens on the counter on screen."""

    def __init__(self, window, topic: str) -> None:
        super().__init__(window)
        self.setObjectName("helpDialog")
        self.setWindowTitle(self.tr("Help"))
        self.window_ = window
        self.rows = keys.shortcut_rows(window)
        self.topics = QListWidget(self)
        self.topics.setObjectName("helpTopics")
        self.topics.setAccessibleName(self.tr("Help topics"))
        self.topics.setSpacing(3)
        for name in TOPICS:
            item = QListWidgetItem(_tr(TOPIC_TITLES[name]))
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.topics.addItem(item)
        self.topics.setFixedWidth(max(140, self.topics.sizeHintForColumn(0) + 24))
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("helpText")
        self.browser.setAccessibleName(self.tr("Help text"))
        self.browser.setOpenExternalLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        shortcuts = buttons.addButton(self.tr("All keyboard shortcuts…"), QDialogButtonBox.ButtonRole.ActionRole)
        shortcuts.setObjectName("helpAllShortcuts")
        shortcuts.clicked.connect(lambda: show_shortcuts(window))
        body = QHBoxLayout()
        body.addWidget(self.topics)
        body.addWidget(self.browser, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self.topics.currentItemChanged.connect(
            lambda item, _old: item and self.show_topic(item.data(Qt.ItemDataRole.UserRole))
        )
        self.resize(920, 640)  # fits a 1366×768 screen with the taskbar
        self.show_topic(topic)

    def show_topic(self, topic: str) -> None:
        self.topic = topic
        for i in range(self.topics.count()):
            if self.topics.item(i).data(Qt.ItemDataRole.UserRole) == topic:
                self.topics.blockSignals(True)
                self.topics.setCurrentRow(i)
                self.topics.blockSignals(False)
        self.browser.setMarkdown(topic_markdown(self.window_, topic, self.rows))
        self.setWindowTitle(self.tr("Help — {topic}").format(topic=_tr(TOPIC_TITLES[topic])))


class ShortcutsModel(ListTableModel):
    CONTEXT = "ShortcutsModel"
    COLUMNS = (
        Column("key", QT_TRANSLATE_NOOP("ShortcutsModel", "Key")),
        Column("action", QT_TRANSLATE_NOOP("ShortcutsModel", "What it does")),
        Column("where", QT_TRANSLATE_NOOP("ShortcutsModel", "Where")),
    )

    def display(self, row: keys.ShortcutRow, column: int) -> str:
        return (row.key, row.action, row.where)[column] if 0 <= column < 3 else ""


class ShortcutsDialog(QDialog):
    """Every key the window answers to, listed from the keys actually registered (ui.keys.shortcut_rows)."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.model = ShortcutsModel(self)
        self.model.set_rows(keys.shortcut_rows(window))
        self.table = QTableView(self)
        self.table.setObjectName("shortcutsTable")
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        hint = QLabel(self.tr("Keys of a counter work while that counter is on screen; F1 shows its help."), self)
        hint.setObjectName("shortcutsHint")
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(720, 620)


def _reuse(window, attr: str, make) -> QDialog:
    dialog = getattr(window, attr, None)
    if dialog is None:
        dialog = make()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda *_: setattr(window, attr, None))
        setattr(window, attr, dialog)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


def show_help(window, topic: str | None = None) -> HelpDialog:
    """Open (or bring forward, on the right topic) the help window."""
    topic = topic or current_topic(window)
    dialog = _reuse(window, "_help_dialog", lambda: HelpDialog(window, topic))
    if dialog.topic != topic:
        dialog.show_topic(topic)
    return dialog


def show_shortcuts(window) -> ShortcutsDialog:
    return _reuse(window, "_shortcuts_dialog", lambda: ShortcutsDialog(window))


def add_help_actions(window, menu: QMenu, owner) -> None:
    """Help › Help for this counter (F1) and Help › Keyboard shortcuts…, at the top of `menu`."""
    counter = QAction(QCoreApplication.translate("Help", "&Help for this counter"), owner)
    counter.setObjectName("helpAction")
    counter.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
    if counter.shortcut().isEmpty():
        counter.setShortcut(QKeySequence("F1"))
    counter.triggered.connect(lambda: show_help(window))
    shortcuts = QAction(QCoreApplication.translate("Help", "&Keyboard shortcuts…"), owner)
    shortcuts.setObjectName("shortcutsAction")
    shortcuts.triggered.connect(lambda: show_shortcuts(window))
    menu.addAction(counter)
    menu.addAction(shortcuts)
    menu.addSeparator()
    window.addAction(counter)  # F1 works with the menu bar hidden or disabled too
