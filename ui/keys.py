"""Keys for the counters' frequent actions, and the list of every key the window answers to.

`PAGE_KEYS` names, per counter page, a key, what it does and the widget it works on (by objectName): a button it
presses or a field it puts the cursor in, bringing the sub-tab that holds it forward first. `install(page)` (called
by `ui.pages.create_page`) turns each into a `QShortcut` on the page (active while that counter is shown) and
writes the key into the widget's tooltip. A key whose action is unavailable (no request selected, a button
disabled) beeps and shows the button's tooltip, which says why.

A list that drops down over the page (a combo box's list, a date's calendar, a completer's suggestions) is a window of
its own that takes every key while it is open: the counter's keys did nothing there (F4 closed the list, Ctrl+N went
to the list) or acted behind a list that stayed open. `install` also makes sure (`_PopupKeys`) that a counter's key
pressed while such a list is open closes the list and acts, as it does everywhere else on the page.

`shortcut_rows(window)` lists every key actually registered — the main window's menu actions, each page's
`QShortcut`s and button shortcuts — for Help › Keyboard shortcuts and the counter's F1 help, so the list cannot
drift from the keys; tests/ui/test_help_keys.py checks it holds every key and that no two collide in one window.
Taken by the main window: Ctrl+1…5 (counters), Ctrl+F (find resident), Ctrl+L (lock), Ctrl+Q (quit), F1 (help).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QKeyCombination, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLineEdit,
    QMainWindow,
    QStackedWidget,
    QTabWidget,
    QToolTip,
    QWidget,
)


@dataclass(frozen=True)
class PageKey:
    name: str  # the QShortcut's objectName
    sequence: str  # portable text, e.g. "Ctrl+D"
    label: str  # what it does (English source, context "Keys"; `text()` in the user's language)
    target: str  # objectName of the button to press or the field to focus, inside the page
    focus: bool = False  # True: put the cursor in `target` (and select its text) instead of pressing it

    def text(self) -> str:
        return QCoreApplication.translate("Keys", self.label)


PAGE_KEYS: dict[str, tuple[PageKey, ...]] = {
    "alertsPage": (
        PageKey(
            "keyAlertVisit",
            "Ctrl+R",
            QT_TRANSLATE_NOOP("Keys", "Visit request for the linked party member"),
            "alertVisit",
        ),  # fmt: skip
        PageKey("keyAlertDismiss", "Ctrl+D", QT_TRANSLATE_NOOP("Keys", "Dismiss the selected alert"), "alertDismiss"),
        PageKey(
            "keyAlertResident", "Ctrl+O", QT_TRANSLATE_NOOP("Keys", "Open the resident's profile"), "alertResident"
        ),
        PageKey("keyAlertRefresh", "F5", QT_TRANSLATE_NOOP("Keys", "Work today's alerts out again"), "alertsRefresh"),
    ),
    "requestsPage": (
        PageKey(
            "keyRequestNew",
            "Ctrl+N",
            QT_TRANSLATE_NOOP("Keys", "New request: find the resident"),
            "residentSearch",
            focus=True,
        ),
        PageKey(
            "keyRequestDispatch",
            "Ctrl+D",
            QT_TRANSLATE_NOOP("Keys", "Dispatch the selected request"),
            "action_dispatch",
        ),
        PageKey(
            "keyRequestDepartment",
            "Ctrl+E",
            QT_TRANSLATE_NOOP("Keys", "Choose the department to dispatch to"),
            "dispatchDepartment",
            focus=True,
        ),
        PageKey(
            "keyRequestAccept", "Ctrl+G", QT_TRANSLATE_NOOP("Keys", "The department accepts (签收)"), "action_accept"
        ),
        PageKey(
            "keyRequestMember",
            "Ctrl+M",
            QT_TRANSLATE_NOOP("Keys", "Find the party member who claims it"),
            "memberSearch",
            focus=True,
        ),
        PageKey(
            "keyRequestClaim", "Ctrl+K", QT_TRANSLATE_NOOP("Keys", "Party member claims the request"), "action_claim"
        ),
        PageKey("keyRequestStart", "Ctrl+B", QT_TRANSLATE_NOOP("Keys", "Start handling the request"), "action_start"),
        PageKey(
            "keyRequestResolve", "Ctrl+R", QT_TRANSLATE_NOOP("Keys", "Resolve the selected request"), "action_resolve"
        ),
        PageKey(
            "keyRequestFollowUp", "Ctrl+U", QT_TRANSLATE_NOOP("Keys", "Record the follow-up call"), "action_follow_up"
        ),
    ),
    "childcarePage": (
        PageKey("keyChildFind", "F2", QT_TRANSLATE_NOOP("Keys", "Find or scan a child"), "childcareFind", focus=True),
        PageKey("keyChildSignIn", "F3", QT_TRANSLATE_NOOP("Keys", "Sign the child in"), "childcareSignIn"),
        PageKey("keyChildSignOut", "F4", QT_TRANSLATE_NOOP("Keys", "Sign the child out"), "childcareSignOut"),
    ),
    "volunteersPage": (
        PageKey(
            "keyVolunteerFind",
            "F2",
            QT_TRANSLATE_NOOP("Keys", "Find a volunteer for the shift"),
            "rosterVolunteerSearch",
            focus=True,
        ),
        PageKey("keyVolunteerCheckIn", "F3", QT_TRANSLATE_NOOP("Keys", "Check the volunteer in"), "rosterCheckIn"),
        PageKey("keyVolunteerCheckOut", "F4", QT_TRANSLATE_NOOP("Keys", "Check the volunteer out"), "rosterCheckOut"),
        PageKey("keyVolunteerApprove", "F6", QT_TRANSLATE_NOOP("Keys", "Approve the selected hours"), "hoursApprove"),
    ),
    "libraryPage": (
        PageKey(
            "keyLibraryReader",
            "F2",
            QT_TRANSLATE_NOOP("Keys", "Reader: scan the card or find the resident"),
            "libraryReaderSearch",
            focus=True,
        ),
        PageKey("keyLibraryLend", "F3", QT_TRANSLATE_NOOP("Keys", "Lend: scan a book"), "libraryLendScan", focus=True),
        PageKey(
            "keyLibraryReturn",
            "F4",
            QT_TRANSLATE_NOOP("Keys", "Return: scan any book"),
            "libraryReturnScan",
            focus=True,
        ),
        PageKey("keyLibraryRenew", "Ctrl+R", QT_TRANSLATE_NOOP("Keys", "Renew the chosen loan"), "libraryRenew"),
        PageKey("keyLibraryHold", "Ctrl+H", QT_TRANSLATE_NOOP("Keys", "Place a hold for this reader"), "libraryHold"),
    ),
    "activitiesPage": (
        PageKey(
            "keyClassFindResident",
            "F2",
            QT_TRANSLATE_NOOP("Keys", "Find the resident to sign up"),
            "activitiesSignUpSearch",
            focus=True,
        ),
        PageKey("keyClassSignUp", "F3", QT_TRANSLATE_NOOP("Keys", "Sign the resident up"), "activitiesSignUpButton"),
        PageKey(
            "keyClassFind",
            "F5",
            QT_TRANSLATE_NOOP("Keys", "Mark present: a name or a scanned sheet code"),
            "attendanceFind",
            focus=True,
        ),
        PageKey("keyClassSaveTicks", "F6", QT_TRANSLATE_NOOP("Keys", "Save the tick list"), "attendanceSave"),
    ),
    "healthPage": (
        PageKey(
            "keyHealthFind",
            "F2",
            QT_TRANSLATE_NOOP("Keys", "Find a resident's health record"),
            "healthSearch",
            focus=True,
        ),
        PageKey("keyHealthReading", "F3", QT_TRANSLATE_NOOP("Keys", "Save the readings"), "healthReadingSave"),
        PageKey(
            "keyHealthFollowUp",
            "F4",
            QT_TRANSLATE_NOOP("Keys", "Record a follow-up under the selected plan"),
            "healthFollowUpSave",
        ),
        PageKey(
            "keyHealthDue", "F6", QT_TRANSLATE_NOOP("Keys", "The due and overdue list"), "healthDueList", focus=True
        ),
    ),
    "communityPage": (
        PageKey(
            "keyCommunityFind",
            "F2",
            QT_TRANSLATE_NOOP("Keys", "Find a household by its address (6-2-301)"),
            "communityHouseholdSearch",
            focus=True,
        ),
        PageKey(
            "keyCommunityVisit",
            "F3",
            QT_TRANSLATE_NOOP("Keys", "Record a visit to the household"),
            "communityRecordVisit",
        ),
        PageKey(
            "keyCommunityLink", "F4", QT_TRANSLATE_NOOP("Keys", "Link a party member (三带一联)"), "communityAddLink"
        ),
        PageKey(
            "keyCommunityTaskDone",
            "F6",
            QT_TRANSLATE_NOOP("Keys", "Mark the chosen follow-up task done"),
            "communityTaskDone",
        ),
    ),
}

KEY_HINT = "keyHint"  # the property holding the key shown in a widget's tooltip, e.g. "Ctrl+D"
DESCRIPTION = "keyDescription"  # the property holding a shortcut's "what it does" for pages' own QShortcuts


def describe(shortcut: QShortcut, text: str) -> QShortcut:
    """Give a page's own QShortcut the words the shortcut list shows for it (in the user's language)."""
    shortcut.setProperty(DESCRIPTION, text)
    return shortcut


def key_text(sequence: QKeySequence | str) -> str:
    """A key as the user reads it on this computer ("Ctrl+D", "F3"). Return (the main keyboard's) and Enter (the
    keypad's) are one key to the user, written Enter: a page that answers both lists it once."""
    seq = sequence if isinstance(sequence, QKeySequence) else QKeySequence(sequence)
    if seq.count() == 1 and seq[0].key() == Qt.Key.Key_Return:
        seq = QKeySequence(QKeyCombination(seq[0].keyboardModifiers(), Qt.Key.Key_Enter))
    return seq.toString(QKeySequence.SequenceFormat.NativeText)


def install(page: QWidget) -> None:
    """Register `page`'s keys from PAGE_KEYS (nothing for a page without any) and write them into tooltips."""
    _PopupKeys.watch()
    keys = PAGE_KEYS.get(page.objectName(), ())
    for key in keys:
        sc = QShortcut(QKeySequence(key.sequence), page)
        sc.setObjectName(key.name)
        sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        describe(sc, key.text())
        sc.activated.connect(lambda k=key, p=page: _activate(p, k))
    if keys:
        # Sub-tabs may be built when first shown: mark their buttons then too.
        def mark() -> None:
            for k in keys:
                _mark(page.findChild(QWidget, k.target), k)

        mark()
        from ui.common.lazy import LazyTabs

        for tabs in page.findChildren(QTabWidget) + ([page] if isinstance(page, QTabWidget) else []):
            tabs.currentChanged.connect(lambda _i: QTimer.singleShot(0, mark))
            if (lazy := LazyTabs.of(tabs)) is not None:
                lazy.built.connect(lambda _name, _page: mark())  # a sub-tab built when first asked for


# Keys a list that drops down keeps for itself even when a page has a shortcut on them: moving in the list, choosing,
# closing it (Esc closes the list, it does not start the sale over), and plain typing (a combo box's type-ahead); with
# Ctrl or Alt they are the page's.
_LIST_KEYS = {
    Qt.Key.Key_Escape,
    Qt.Key.Key_Return,
    Qt.Key.Key_Enter,
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_Left,
    Qt.Key.Key_Right,
    Qt.Key.Key_Home,
    Qt.Key.Key_End,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
    Qt.Key.Key_Tab,
    Qt.Key.Key_Backtab,
    Qt.Key.Key_Space,
}
_TYPING = Qt.KeyboardModifier.NoModifier | Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier


class _PopupKeys(QObject):
    """Watches the lists that drop down (popups): while one is open, a key of the page it belongs to (a QShortcut of
    one of its owner's ancestors) closes it, then acts as anywhere else on the page. One for the application; it
    watches a widget only while the focus is in a popup (the focus moves into the list when it opens), so no event
    of the rest of the application passes through Python."""

    _instance: _PopupKeys | None = None

    @classmethod
    def watch(cls) -> None:
        app = QApplication.instance()
        if cls._instance is None and app is not None:
            cls._instance = cls(app)
            app.focusChanged.connect(cls._instance._focus_changed)

    def _focus_changed(self, _old: QWidget | None, now: QWidget | None) -> None:
        if now is not None and now.window().windowType() == Qt.WindowType.Popup and not now.property("pageKeys"):
            now.setProperty("pageKeys", True)
            now.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(obj, QWidget):
            return False
        key, modifiers = event.key(), event.modifiers()
        if (modifiers | _TYPING) == _TYPING and (key in _LIST_KEYS or key < Qt.Key.Key_Escape):
            return False  # the list's own key (Ctrl+Return, say, is the page's: save)
        popup = obj.window()
        owner = popup.parentWidget() or popup.focusProxy()
        if owner is None or not _page_shortcut(owner, QKeySequence(QKeyCombination(modifiers, Qt.Key(key)))):
            return False
        # Close the list first: the focus goes back to its owner on the page, so the shortcut map, which runs
        # once nobody claims the key (the event left unaccepted), finds the page's key as anywhere on the page.
        if isinstance(owner, QComboBox):
            owner.hidePopup()
        else:
            popup.hide()
        event.ignore()
        return True


def _page_shortcut(widget: QWidget, sequence: QKeySequence) -> bool:
    """Whether a QShortcut of `widget` or one of its ancestors answers `sequence` (enabled, on screen)."""
    parent = widget
    while parent is not None:
        for sc in parent.findChildren(QShortcut, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if sc.isEnabled() and sc.key().matches(sequence) == QKeySequence.SequenceMatch.ExactMatch:
                return parent.isVisible()
        parent = parent.parentWidget()
    return False


def mark_made_later(widget: QWidget) -> None:
    """Write the keys into the tooltips of the buttons a page made in a later step (ui/common/steps.py), after
    `install` marked the page: called at the end of that step with any widget of the page."""
    page = widget
    while page is not None and page.objectName() not in PAGE_KEYS:
        page = page.parentWidget()
    if page is not None:
        for k in PAGE_KEYS[page.objectName()]:
            _mark(page.findChild(QWidget, k.target), k)


def _mark(widget: QWidget | None, key: PageKey) -> None:
    """Append " (Ctrl+D)" to the widget's tooltip once; the tooltip may later be set again by its page."""
    if widget is None:
        return
    shown = key_text(key.sequence)
    widget.setProperty(KEY_HINT, shown)  # kept by ui.common.layout.set_available when it says why not
    tip = widget.toolTip()
    if f"({shown})" in tip:
        return
    base = tip or (widget.text() if isinstance(widget, QAbstractButton) else widget.accessibleName())
    widget.setToolTip(f"{base} ({shown})".strip())


def _bring_forward(page: QWidget, widget: QWidget) -> None:
    """Show the sub-tab (or stacked page) that holds `widget`."""
    child = widget
    parent = widget.parentWidget()
    while parent is not None and child is not page:
        if isinstance(parent, QStackedWidget):
            owner = parent.parentWidget()
            if isinstance(owner, QTabWidget):
                owner.setCurrentWidget(child)
            else:
                parent.setCurrentWidget(child)
        child, parent = parent, parent.parentWidget()


def _lazy_tabs(page: QWidget):
    from ui.common.lazy import LazyTabs

    for tabs in ([page] if isinstance(page, QTabWidget) else []) + page.findChildren(QTabWidget):
        if (lazy := LazyTabs.of(tabs)) is not None:
            yield lazy


def _find(page: QWidget, name: str) -> QWidget | None:
    """The widget `name` inside `page`, building the sub-tabs not built yet (ui/common/lazy.py) one by one until
    it is found."""
    widget = page.findChild(QWidget, name)
    for lazy in list(_lazy_tabs(page)) if widget is None else ():
        for tab in lazy.names():
            if not lazy.is_built(tab):
                lazy.page(tab)
                if (widget := page.findChild(QWidget, name)) is not None:
                    return widget
    return widget


def _activate(page: QWidget, key: PageKey) -> None:
    from ui.common import steps

    steps.finish_under(page)  # a key pressed before the page's later steps ran: its button is made now
    widget = _find(page, key.target)
    if widget is None:
        QApplication.beep()
        return
    _bring_forward(page, widget)
    _mark(widget, key)
    if key.focus:
        widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if isinstance(widget, QLineEdit):
            widget.selectAll()
        return
    if isinstance(widget, QAbstractButton) and widget.isVisible() and widget.isEnabled():
        widget.animateClick()
        return
    # Not available now: say why where the button is (its tooltip carries the reason when it is disabled).
    QApplication.beep()
    reason = widget.toolTip() if widget.isVisible() else ""
    if reason:
        QToolTip.showText(widget.mapToGlobal(QPoint(0, widget.height())), reason, widget)


# --- the list of every key ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ShortcutRow:
    key: str  # as the user reads it
    action: str  # what it does
    where: str  # "Everywhere" or the counter's name
    scope: str  # "window" or the page's objectName (two rows of one scope must not share a key)


def _plain(text: str) -> str:
    """A menu text without its mnemonic: "锁定屏幕(&L)" → "锁定屏幕", "&Lock screen" → "Lock screen"."""
    text = re.sub(r"\s*\(&\w\)", "", text)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").replace("…", "").strip()


def window_rows(window: QMainWindow) -> list[ShortcutRow]:
    """The main window's own keys: menu and window actions with a shortcut (while signed in)."""
    everywhere = QCoreApplication.translate("Keys", "Everywhere")
    rows, seen = [], set()
    central = window.centralWidget()
    for action in window.findChildren(QAction):
        if _inside(action, central):
            continue  # a counter's own action: listed with its counter
        for seq in action.shortcuts():
            if seq.isEmpty() or (id(action), seq.toString()) in seen:
                continue
            seen.add((id(action), seq.toString()))
            rows.append(ShortcutRow(key_text(seq), _plain(action.text()), everywhere, "window"))
    return rows


def _inside(obj, ancestor) -> bool:
    parent = obj.parent()
    while parent is not None:
        if parent is ancestor:
            return True
        parent = parent.parent()
    return False


def page_rows(page: QWidget, title: str) -> list[ShortcutRow]:
    """A counter page's keys: its QShortcuts (ours and the page's own), actions and buttons with a shortcut.
    Sub-tabs not built yet (ui/common/lazy.py) are built now, so the keys their screens register are listed too."""
    for lazy in list(_lazy_tabs(page)):
        for name in lazy.names():
            lazy.page(name)
    scope = page.objectName()
    rows = []
    for sc in page.findChildren(QShortcut):
        if sc.key().isEmpty():
            continue
        text = sc.property(DESCRIPTION) or sc.whatsThis() or sc.objectName()
        rows.append(ShortcutRow(key_text(sc.key()), str(text), title, scope))
    for action in page.findChildren(QAction):
        for seq in action.shortcuts():
            if not seq.isEmpty():
                rows.append(ShortcutRow(key_text(seq), _plain(action.text()), title, scope))
    for button in page.findChildren(QAbstractButton):
        seq = button.shortcut()
        if not seq.isEmpty():
            rows.append(ShortcutRow(key_text(seq), _plain(button.accessibleName() or button.text()), title, scope))
    # one line per key and action: Ctrl+Return and Ctrl+Enter of one action, or the export key of each list
    return sorted(dict.fromkeys(rows), key=lambda r: _order(r.key))


def _order(key: str) -> tuple:
    """F-keys in number order first, then Esc, then combinations (Ctrl+D, Alt+1) by their text."""
    m = re.fullmatch(r"F(\d+)", key)
    if m:
        return (0, int(m.group(1)), "")
    return (1 if key.startswith("Esc") else 2, 0, key)


def shortcut_rows(window) -> list[ShortcutRow]:
    """Every key of `window` (a ui.main_window.MainWindow): its own, then each counter's in tab order. A counter
    not built yet (tabs built when first shown) is built for the moment, hidden, so its keys are listed too."""
    from ui import pages

    rows = window_rows(window)
    titles = window._titles()
    for spec in pages.visible_pages(window.ctx):
        page = window.page(spec.object_name)
        temporary = page is None
        if temporary:
            page = pages.create_page(spec, window.ctx)
        try:
            rows += page_rows(page, titles.get(spec.object_name, spec.object_name))
        finally:
            if temporary:
                page.deleteLater()
    return rows


def collisions(rows: list[ShortcutRow]) -> list[tuple[str, str, str]]:
    """(key, first action, second action) for two keys that would fire in the same place: two in one counter, or
    a counter's key equal to a window-wide one (Qt then runs neither)."""
    out = []
    window = {r.key: r for r in rows if r.scope == "window"}
    seen: dict[tuple[str, str], ShortcutRow] = {}
    for r in rows:
        other = seen.get((r.scope, r.key))
        if other is not None and other.action != r.action:
            out.append((r.key, other.action, r.action))
        seen.setdefault((r.scope, r.key), r)
        if r.scope != "window" and r.key in window:
            out.append((r.key, window[r.key].action, r.action))
    return out
