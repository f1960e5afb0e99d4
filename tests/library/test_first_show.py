"""The book room's tabs shown as in the app (`deferred_steps`, ui/common/steps.py): the first paint carries the
scan boxes, lists and main buttons; the loans table, the desk's log, the catalogue's imports and the district
link's settings come after it, and no scanned key is lost meanwhile."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QTabWidget

from app.library import desk
from tests.library.conftest import adult, copy
from tests.shown_in_tabs import shown_in_tabs
from ui.common import steps
from ui.library.catalogue import LibraryCatalogueTab
from ui.library.desk import LibraryDeskTab
from ui.library.page import LibraryPage
from ui.library.sip_pending import SipPendingPanel


def _shown(qtbot, ctx) -> tuple[QTabWidget, LibraryPage]:
    """The book room as the main window shows it: built when its tab is first shown."""
    window, page = shown_in_tabs(qtbot, lambda parent: LibraryPage(ctx, parent), active=True)
    assert isinstance(page, LibraryPage)
    return window.centralWidget(), page


def _sub_tab(page: LibraryPage, name: str) -> int:
    """The index of the sub-tab `name` (its placeholder's name until it is built)."""
    for i in range(page.tabs.count()):
        if page.tabs.widget(i).objectName() == name:
            return i
    raise AssertionError(name)


def _next_outside(widget):
    """The field after `widget` (and its own parts: viewport, header, scroll bars) in the keyboard order."""
    after = widget.nextInFocusChain()
    while widget.isAncestorOf(after) or not after.focusPolicy() & Qt.FocusPolicy.TabFocus:
        after = after.nextInFocusChain()
    return after


def _post_char(widget, ch: str) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QCoreApplication.postEvent(widget, QKeyEvent(kind, Qt.Key(ord(ch)), Qt.KeyboardModifier.NoModifier, ch))


@pytest.mark.deferred_steps
def test_the_desk_paints_its_scan_boxes_first_and_loses_no_scanned_key(qtbot, ctx, db, admin, desk_day, no_dialogs):
    rid = adult(db, "王读者")
    desk.register_reader(db, admin, rid, "RD0001")
    copy(db, "B0")
    _tabs, page = _shown(qtbot, ctx)
    d = page.tabs.currentWidget()
    assert isinstance(d, LibraryDeskTab)
    # the first paint: the reader box, the scan boxes and the buttons; not the loans table nor the log yet
    assert d.table is None and d.log is None and not d.steps.finished
    assert d.lend_scan.isVisible() and d.return_scan.isVisible() and d.renew_button.isVisible()
    d.show_resident(rid)  # the card scanned before the later steps ran: the desk answers at once
    assert d.resident_id == rid and d.lend_scan.isEnabled() and not d.steps.finished
    d.lend_scan.setFocus()
    # a scanner types on while the later steps run: one key per turn of the event loop, before, between and after
    posted: list[str] = []
    done_at_post: list[int] = []
    after = [0]

    def post_next() -> None:
        if d.steps.finished:
            after[0] += 1
            if after[0] > 3:
                timer.stop()
                return
        ch = "0123456789"[len(posted) % 10]
        done_at_post.append(d.steps.done)
        posted.append(ch)
        _post_char(d.lend_scan, ch)

    timer = QTimer()
    timer.setInterval(0)
    timer.timeout.connect(post_next)
    timer.start()
    qtbot.waitUntil(lambda: not timer.isActive())
    qtbot.waitUntil(lambda: d.lend_scan.text() == "".join(posted))
    assert steps.pending() == 0
    assert min(done_at_post) == 0 and max(done_at_post) == 2  # keys came before the steps and after them
    assert d.lend_scan.hasFocus()  # no later step took the cursor
    # the desk works through the table and the log made later
    d.lend_scan.clear()
    qtbot.keyClicks(d.lend_scan, "B0")
    qtbot.keyClick(d.lend_scan, Qt.Key.Key_Return)
    assert "Lent" in d.message.text()
    assert d.table.model().rowCount() == 1 and d.log.count() == 1
    assert d.table.objectName() == "libraryLoansView" and d.log.objectName() == "libraryDeskLog"
    # the keyboard order as when the desk was made at once: the answer's row, the table, then the buttons
    assert _next_outside(d.table) is d.renew_button
    assert _next_outside(d.return_scan) is d.log


@pytest.mark.deferred_steps
def test_a_scan_entered_before_the_later_steps_finishes_them_and_is_lent(qtbot, ctx, db, admin, desk_day, no_dialogs):
    rid = adult(db, "王读者")
    desk.register_reader(db, admin, rid, "RD0001")
    copy(db, "B0")
    _tabs, page = _shown(qtbot, ctx)
    d = page.tabs.currentWidget()
    d.show_resident(rid)
    assert not d.steps.finished
    d.lend_scan.setText("B0")
    d.lend_scan.returnPressed.emit()  # the scanner's Enter before any later step ran
    assert d.steps.finished and d.log.count() == 1 and d.loans.rowCount() == 1


@pytest.mark.deferred_steps
def test_the_catalogue_imports_come_after_the_first_paint(qtbot, ctx, db, admin, desk_day):
    for n in range(3):
        copy(db, f"C{n}")
    _tabs, page = _shown(qtbot, ctx)
    qtbot.waitUntil(lambda: steps.pending() == 0)
    page.tabs.setCurrentIndex(_sub_tab(page, "libraryCatalogue"))
    cat = page.tabs.currentWidget()
    assert isinstance(cat, LibraryCatalogueTab)
    assert cat.findChild(QComboBox, "libraryImportOwner") is None and not cat.steps.finished
    assert cat.search.isVisible() and cat.view.isVisible() and cat.add_button.isVisible()
    qtbot.waitUntil(lambda: steps.pending() == 0)
    qtbot.waitUntil(
        lambda: cat.import_owner.isVisible() and cat.marc_button.isVisible() and cat.sheet_button.isVisible()
    )
    assert _next_outside(cat.retire_button) is cat.import_owner  # the keyboard order as before
    assert cat.marc_button.isEnabled()  # the administrator may import
    qtbot.waitUntil(lambda: not cat.loader.pending)
    assert cat.model.rowCount() == 3
    qtbot.keyClicks(cat.search, "C1")
    qtbot.waitUntil(lambda: not cat.loader.pending and cat.model.rowCount() == 1)


@pytest.mark.deferred_steps
def test_the_district_link_settings_come_after_the_first_paint(qtbot, ctx, db, admin, desk_day):
    _tabs, page = _shown(qtbot, ctx)
    qtbot.waitUntil(lambda: steps.pending() == 0)
    page.tabs.setCurrentIndex(_sub_tab(page, "libraryDistrict"))
    panel = page.tabs.currentWidget()
    assert isinstance(panel, SipPendingPanel)
    assert panel.settings_box is None and not panel.steps.finished  # neither read nor made before the first paint
    assert panel.view.isVisible() and panel.send_button.isVisible()
    place = panel.settings_place.width()
    qtbot.waitUntil(lambda: steps.pending() == 0)
    qtbot.waitUntil(lambda: panel.settings_box is not None and panel.settings_box.isVisible())
    # its place was kept: the form's own minimum width may widen it a little (23 px at 1366x768), never a jump
    assert abs(panel.settings_place.width() - place) <= 30
    assert panel.counts.text().startswith("Waiting: 0")
    box = panel.settings_box
    box.host.setText("lib.example.org")
    box.port.setValue(6001)
    box.institution.setText("BJ01")
    box.user.setText("desk1")
    box.location.setText("SQ")
    box.save_button.click()
    assert box.error.text() == "Saved."


@pytest.mark.deferred_steps
def test_the_book_room_lists_are_sized_when_their_rows_are_set_not_at_every_layout(qtbot, ctx, db, admin, desk_day):
    """The district list and the reader's loans measured their columns over every row at each layout
    (ResizeToContents: the district tab's first show spent ~20 ms in it); now once, when the rows are set."""
    from PySide6.QtWidgets import QHeaderView

    rid = adult(db, "王读者")
    desk.register_reader(db, admin, rid, "RD0001")
    copy(db, "B0")
    desk.lend(db, admin, rid, "B0")
    _tabs, page = _shown(qtbot, ctx)
    qtbot.waitUntil(lambda: steps.pending() == 0)
    page.desk.show_resident(rid)
    page.tabs.setCurrentIndex(_sub_tab(page, "libraryDistrict"))
    qtbot.waitUntil(lambda: steps.pending() == 0)
    for view in (page.desk.table, page.district.view):
        header = view.horizontalHeader()
        modes = {header.sectionResizeMode(c) for c in range(header.count())}
        assert QHeaderView.ResizeMode.ResizeToContents not in modes
    loans = page.desk.table
    assert loans.model().rowCount() == 1
    title = loans.model().index(0, 1).data()
    assert loans.columnWidth(1) >= loans.fontMetrics().horizontalAdvance(title)
    # the district panel's keyboard order as before: send, resolved, show done, the list
    panel = page.district
    wanted = [panel.send_button, panel.resolve_button, panel.show_done, panel.view]
    order, w = [], panel.nextInFocusChain()
    while w is not panel and len(order) < len(wanted):
        if w in wanted and w not in order:
            order.append(w)
        w = w.nextInFocusChain()
    assert order == wanted
