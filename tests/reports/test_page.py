"""The statistics page (统计) and each counter's figures section: built, filled off the UI thread, a bar click selects
its row, the table models pass qtmodeltester, the district report button issues and previews the pack."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCharts import QAbstractBarSeries, QChartView
from PySide6.QtCore import QEvent, QObject, QThreadPool
from PySide6.QtWidgets import QTabWidget, QWidget

from app.accounts import service as accounts
from app.actor import CASHIER, FRONT_DESK
from app.reports import figures as F
from db.models import User, UserRole
from ui.common import steps
from ui.common.lazy import LazyTabs
from ui.context import AppContext
from ui.reports.models import TOTAL_ROLE, FiguresTableModel, sort_value
from ui.reports.page import StatisticsPage

MONTH = (2026, 11)


def _page(qtbot, ctx) -> StatisticsPage:
    page = StatisticsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    return page


def _load(qtbot, page: StatisticsPage, counter: str):
    panel = page.panels[counter]
    with qtbot.waitSignal(panel.loaded, timeout=20000):
        page.tabs.setCurrentWidget(panel)
        if not page.isVisible():
            page.show()
    return panel


@pytest.mark.parametrize("counter", ["requests", "canteen", "childcare", "volunteers"])
def test_each_counter_shows_its_charts_and_the_numbers_behind_them(qtbot, qtmodeltester, ctx, month, counter):
    page = _page(qtbot, ctx)
    assert page.picker.month() == MONTH
    panel = _load(qtbot, page, counter)
    model = panel.model
    qtmodeltester.check(model)
    last = model.rowCount() - 1
    assert model.index(last, 0).data() == "Total" and model.index(last, 0).data(TOTAL_ROLE)
    assert all(view.chart().series() for view in panel.views)
    for i in range(panel.mode.count()):  # every table of the counter passes too
        panel.mode.setCurrentIndex(i)
        qtmodeltester.check(panel.model)


def test_a_click_on_a_bar_selects_its_row(qtbot, ctx, month):
    page = _page(qtbot, ctx)
    panel = _load(qtbot, page, "requests")
    bars = next(s for s in panel.views[0].chart().series() if isinstance(s, QAbstractBarSeries))
    # horizontal bars: Qt draws the first category at the bottom, so bar 0 is the table's last category row
    bars.barSets()[0].clicked.emit(0)
    row = panel.table.selectionModel().selectedRows()[0].row()
    assert panel.model.index(row, 0).data() == "法律援助"
    canteen = _load(qtbot, page, "canteen")
    canteen.mode.setCurrentIndex(1)  # the tiers
    series = canteen.views[1].chart().series()[0]
    series.barSets()[0].clicked.emit(3)  # 4 November
    assert canteen.mode.currentIndex() == 0
    row = canteen.table.selectionModel().selectedRows()[0].row()
    assert canteen.model.index(row, 0).data() == "11-04" and canteen.model.index(row, 1).data() == "1"


def test_another_month_is_read_when_chosen(qtbot, ctx, month):
    page = _page(qtbot, ctx)
    panel = _load(qtbot, page, "canteen")
    with qtbot.waitSignal(panel.loaded, timeout=20000):
        page.picker.setCurrentIndex(3)  # August
    assert panel.figures.month == 8 and panel.model.rowCount() == 32  # 31 days and the totals row


def test_the_district_report_button_issues_the_pack_and_previews_it(qtbot, ctx, month, previews, no_dialogs, frozen):
    import datetime as dt

    frozen(dt.datetime(2026, 12, 2, 10, 0))  # November is over
    page = _page(qtbot, ctx)
    page.picker.setCurrentIndex(1)  # November
    assert page.picker.month() == (2026, 11)
    assert page.district_button.isVisible() or not page.isVisible()
    page.make_district_report()
    qtbot.waitUntil(lambda: len(previews) == 1, timeout=30000)
    assert previews[0].suffix == ".pdf" and previews[0].read_bytes()[:4] == b"%PDF"
    assert "xlsx" in page.files_label.text()
    page.make_district_report()  # again: printed from the stored pack, and said so
    qtbot.waitUntil(lambda: len(previews) == 2, timeout=30000)
    assert previews[1].read_bytes() == previews[0].read_bytes()


def test_the_button_on_a_running_month_makes_a_draft_and_says_so(qtbot, ctx, month, previews, no_dialogs):
    from app.reports.district import month_over

    page = _page(qtbot, ctx)
    assert page.picker.month() == (2026, 11) and not month_over(2026, 11)  # the fixture's clock: 30 November
    page.make_district_report()
    qtbot.waitUntil(lambda: len(previews) == 1, timeout=30000)
    assert "DRAFT" in previews[0].name
    assert any("draft" in text for _kind, text in no_dialogs.messages)


def test_sort_values_order_like_the_figures():
    assert sort_value("12.50") > sort_value("9.00") and sort_value("—") < sort_value("0.0%")
    assert sort_value("社会保障") == "社会保障"


def test_an_empty_model_passes_the_model_tester(qtmodeltester):
    qtmodeltester.check(FiguresTableModel())


def _account(db, role: str):
    with db.write() as s:
        u = User(username=f"x_{role}", display_name=role, password_hash="x")
        u.roles = [UserRole(role=role)]
        s.add(u)
        s.flush()
        uid = u.id
    return accounts.actor_for(db, uid)


def test_the_statistics_tab_and_each_counters_section(qtbot, db, month, qapp):
    from ui import pages

    cashier = AppContext(db, _account(db, CASHIER))
    front = AppContext(db, _account(db, FRONT_DESK))
    assert "statisticsPage" not in [p.object_name for p in pages.visible_pages(cashier)]
    assert "statisticsPage" in [p.object_name for p in pages.visible_pages(front)]
    canteen = pages.create_page(next(p for p in pages.PAGES if p.object_name == "canteenPage"), cashier)
    qtbot.addWidget(canteen)
    tabs = canteen if isinstance(canteen, QTabWidget) else canteen.findChild(QTabWidget)
    assert tabs.widget(tabs.count() - 1).objectName() == "canteenFiguresTab"
    section = LazyTabs.of(tabs).page("canteenFiguresTab")  # the sub-tab's stand-in; its figures wait to be shown
    assert section.figures is None  # built when first shown
    canteen.resize(1366, 700)
    canteen.show()
    tabs.setCurrentWidget(section)
    qtbot.waitUntil(lambda: section.figures is not None and section.figures.panel.figures is not None, timeout=20000)
    assert section.figures.panel.figures.total.meals == 4


def test_figures_that_arrive_out_of_sight_are_drawn_when_shown_and_a_step_at_a_time(qtbot, ctx, month):
    """Issue 15: figures read for a panel never shown yet (its charts and table not built) are not drawn then (a
    clerk on another tab does not wait for charts they cannot see); shown, the panel draws them — the numbers first, the charts on later turns of
    the event loop — and nothing is lost."""
    page = _page(qtbot, ctx)
    panel = page.panels["canteen"]
    assert not panel.isVisible()
    panel.load(*MONTH)
    qtbot.waitUntil(lambda: panel.figures is not None, timeout=20000)
    for _ in range(5):
        qtbot.wait(10)
    assert panel.model.rowCount() == 0 and not any(view.chart().series() for view in panel.views)
    steps: list[tuple[int, int]] = []  # (table rows, charts drawn) at each turn until loaded
    panel.model.modelReset.connect(lambda: steps.append((panel.model.rowCount(), 0)))
    with qtbot.waitSignal(panel.loaded, timeout=20000):
        page.tabs.setCurrentWidget(panel)
        page.show()
    assert steps and steps[0][0] > 0  # the numbers came first
    assert panel.model.rowCount() == 31 and all(view.chart().series() for view in panel.views)
    assert panel.figures.total.meals == 4


def test_newer_figures_replace_a_drawing_in_progress(qtbot, ctx, month):
    page = _page(qtbot, ctx)
    page.show()
    panel = _load(qtbot, page, "canteen")
    first = panel.figures
    with qtbot.waitSignal(panel.loaded, timeout=20000):
        panel.show(first)
        panel.show(first)  # the first drawing is dropped for the second; `loaded` follows once it is done
    assert panel.model.rowCount() == 31 and all(view.chart().series() for view in panel.views)


def test_a_drawing_interrupted_by_a_tab_switch_goes_on_out_of_sight_and_the_next_show_draws_nothing(qtbot, ctx, month):
    """Issue 15: figures that arrive while the clerk is on another sub-tab are drawn then, a step per turn of the
    event loop (no key waits for more than one step), not on the panel's next show (which cost 60–100 ms)."""
    page = _page(qtbot, ctx)
    page.show()
    panel = _load(qtbot, page, "canteen")
    with qtbot.waitSignal(panel.loaded, timeout=20000):
        panel.show(panel.figures)  # figures arrive while on screen: drawing starts on the next turn …
        page.tabs.setCurrentWidget(page.panels["requests"])  # … and the clerk switches away first
        assert panel._steps and not panel.isVisible()
    assert panel.model.rowCount() == 31 and all(view.chart().series() for view in panel.views)
    resets = []
    panel.model.modelReset.connect(lambda: resets.append(True))
    page.tabs.setCurrentWidget(panel)
    for _ in range(5):
        qtbot.wait(10)
    assert not resets and not panel._steps


def _widgets(page) -> set[int]:
    return {id(w) for w in page.findChildren(QWidget)}


def test_a_repeated_show_reads_nothing_and_makes_no_widgets(qtbot, ctx, month, monkeypatch):
    """Issue 15: switching back to a counter already on screen runs no query and makes no widget (the panels used to
    be rebuilt, 150–340 widgets); another workstation's change still reaches it (the live watch, tested below)."""
    page = _page(qtbot, ctx)
    page.show()
    for counter in ("requests", "canteen", "childcare", "volunteers"):
        _load(qtbot, page, counter)
    calls = []
    for name in ("request_figures", "canteen_figures", "childcare_figures", "volunteer_figures"):
        real = getattr(F, name)
        monkeypatch.setattr(F, name, lambda *a, _real=real, _n=name: calls.append(_n) or _real(*a))
    before = _widgets(page)
    charts = [view.chart() for panel in page.panels.built() for view in panel.views]
    for _round in range(2):
        for i in (1, 2, 3, 0):
            page.tabs.setCurrentIndex(i)
            qtbot.wait(20)
        page.hide()
        qtbot.wait(5)
        page.show()
    assert calls == []
    assert _widgets(page) == before
    assert [view.chart() for panel in page.panels.built() for view in panel.views] == charts


def test_only_the_first_counter_is_built_with_the_page(qtbot, ctx, month):
    page = _page(qtbot, ctx)
    page.show()
    lazy = LazyTabs.of(page.tabs)
    assert [page.panels.built()[0].COUNTER] == ["requests"]
    assert not any(lazy.is_built(f"{c}Statistics") for c in ("canteen", "childcare", "volunteers"))
    with qtbot.waitSignal(page.panels["volunteers"].loaded, timeout=20000):
        page.tabs.setCurrentIndex(3)
    assert page.tabs.currentWidget() is page.panels["volunteers"] and lazy.is_built("volunteersStatistics")
    assert not lazy.is_built("canteenStatistics")


def test_an_older_answer_arriving_after_a_newer_one_is_dropped(qtbot, ctx, month, monkeypatch):
    page = _page(qtbot, ctx)
    page.show()
    panel = _load(qtbot, page, "canteen")
    release = threading.Event()
    real = F.canteen_figures

    def fetch(db, actor, year, month_):
        if month_ == 10:
            release.wait(20)  # October's answer comes last
        return real(db, actor, year, month_)

    monkeypatch.setattr(type(panel), "fetch", staticmethod(fetch))
    panel.load(2026, 10)
    with qtbot.waitSignal(panel.loaded, timeout=20000):
        panel.load(2026, 11)
    first = panel.loader.task
    release.set()
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0, timeout=20000)
    for _ in range(5):
        qtbot.wait(10)
    assert panel.loader.task is first and panel.figures.month == 11 and panel.model.rowCount() == 31


def test_a_request_taken_in_at_another_workstation_reaches_the_shown_counter(qtbot, ctx, db_url, month):
    """The live watch (one for the page's sub-tabs) reads the shown counter again when another workstation records
    something it counts; nothing is rebuilt."""
    from app.requests import service as S
    from db.engine import Database

    page = _page(qtbot, ctx)
    page.show()
    panel = _load(qtbot, page, "requests")
    assert panel.figures.total.requests == 3
    views = list(panel.views)
    qtbot.waitUntil(ctx.live.feed.connected.is_set, timeout=5000)
    other = Database(db_url)
    try:
        admin = accounts.actor_for(other, 1)
        category = S.categories(other)[0].id
        with qtbot.waitSignal(panel.loaded, timeout=20000):
            S.take_in(other, admin, S.IntakeInput("walk_in", category, "另一台电脑", None))
    finally:
        other.dispose()
    assert panel.figures.total.requests == 4 and panel.views == views
    assert page.live_watch.refreshes == 1


class _FirstPaint(QObject):
    """Notes what a panel holds when it is first painted: its chart views and the reads started."""

    def __init__(self, panel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.seen: tuple[int, int] | None = None
        panel.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint and self.seen is None:
            self.seen = (len(self.panel.findChildren(QChartView)), self.panel.loader.runs)
        return False


@pytest.mark.deferred_steps
def test_a_counter_is_painted_with_its_table_first_and_its_charts_and_figures_follow(qtbot, ctx, month):
    """Issue 15: a counter's first show paints its table (the numbers' place) alone; the month is read in the step
    after that paint and the chart views (each a graphics scene) are made when its charts are drawn, so the first
    paint waits for neither; then the panel works as before: charts drawn, a bar click selects its row, another
    month is read."""
    page = StatisticsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()  # the requests sub-tab is built to be seen
    panel = page.tabs.currentWidget()
    assert panel.COUNTER == "requests" and panel.table is not None
    assert panel.findChildren(QChartView) == [] and panel.loader.runs == 0
    assert steps.pending() == 1
    first = _FirstPaint(panel)
    with qtbot.waitSignal(panel.loaded, timeout=20000):
        qtbot.waitUntil(lambda: steps.pending() == 0)
    assert first.seen == (0, 0)  # painted before any chart view or read
    assert [v.objectName() for v in panel.views] == ["requestsChart0", "requestsChart1"]
    assert all(view.isVisible() and view.chart().series() for view in panel.views)
    assert panel.model.index(panel.model.rowCount() - 1, 0).data() == "Total"
    bars = next(s for s in panel.views[0].chart().series() if isinstance(s, QAbstractBarSeries))
    bars.barSets()[0].clicked.emit(0)
    assert panel.model.index(panel.table.selectionModel().selectedRows()[0].row(), 0).data() == "法律援助"

    page.tabs.setCurrentIndex(1)  # another counter: the same, in its own steps
    canteen = page.tabs.currentWidget()
    assert canteen.COUNTER == "canteen" and canteen.findChildren(QChartView) == [] and canteen.loader.runs == 0
    first = _FirstPaint(canteen)
    with qtbot.waitSignal(canteen.loaded, timeout=20000):
        qtbot.waitUntil(lambda: steps.pending() == 0)
    assert first.seen == (0, 0) and len(canteen.views) == 2
    assert canteen.model.rowCount() == 31 and all(view.chart().series() for view in canteen.views)
    with qtbot.waitSignal(canteen.loaded, timeout=20000):
        page.picker.setCurrentIndex(3)  # August
    assert canteen.figures.month == 8 and canteen.model.rowCount() == 32


@pytest.mark.deferred_steps
def test_a_counters_section_is_built_with_its_tab_and_paints_before_its_charts(qtbot, db, month):
    """Issue 15: the 统计 sub-tab of a counter's own page builds its figures with the sub-tab (not in its show event,
    where each widget is shown and styled on its own), paints the table first, then the charts and the month."""
    from ui import pages

    cashier = AppContext(db, _account(db, CASHIER))
    canteen = pages.create_page(next(p for p in pages.PAGES if p.object_name == "canteenPage"), cashier)
    qtbot.addWidget(canteen)
    canteen.resize(1366, 700)
    canteen.show()
    qtbot.waitUntil(lambda: steps.pending() == 0)
    tabs = canteen if isinstance(canteen, QTabWidget) else canteen.findChild(QTabWidget)
    tabs.setCurrentIndex(tabs.count() - 1)
    section = tabs.currentWidget()
    assert section.objectName() == "canteenFiguresTab" and section.figures is not None
    panel = section.figures.panel
    assert panel.findChildren(QChartView) == [] and panel.loader.runs == 0
    first = _FirstPaint(panel)
    with qtbot.waitSignal(panel.loaded, timeout=20000):
        qtbot.waitUntil(lambda: steps.pending() == 0)
    assert first.seen == (0, 0)
    assert panel.figures.total.meals == 4 and panel.model.rowCount() == 31
    assert all(view.isVisible() and view.chart().series() for view in panel.views)
    with qtbot.waitSignal(panel.loaded, timeout=20000):
        section.figures.picker.setCurrentIndex(1)  # October
    assert panel.figures.month == 10
