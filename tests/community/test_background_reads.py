"""Issue 15 (every tab switch at most 50 ms, the first time and again): the building board ran a ~150 ms query on
the UI thread at its first show, and the board, latest visits and councils were made inside-out. Now the frame is
shown first and the lists are read on a worker (ui/common/loading.Loader); a stale answer is dropped; a repeated
show reads nothing and makes no widget. (No wall-clock thresholds: the mechanism is what is tested.)"""

import datetime as dt
import threading

import pytest
from PySide6.QtCore import QCoreApplication, QObject, QThreadPool
from PySide6.QtWidgets import QWidget
from sqlalchemy import event

from app.community import households as H
from app.community import service as C
from tests.background_reads import Gate, settled, visit_every_tab, widget_ids
from ui.common.loading import Loader
from ui.community import page as P

NOW = dt.datetime(2026, 11, 30, 10, 0)


@pytest.fixture
def estate(db, admin, make_resident, frozen):
    frozen(NOW)
    make_resident("王秀英", birth=dt.date(1940, 3, 1))
    make_resident("李四", building="7", unit="1", room="201", birth=dt.date(1960, 1, 1))
    C.record_visit(db, admin, C.VisitInput("6", "2", "301", dt.date(2026, 11, 20)))


def _page(qtbot, ctx):
    page = P.create_page(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_the_board_shows_its_frame_first_and_reads_on_a_worker(qtbot, ctx, estate, monkeypatch):
    gate = Gate(H.buildings)
    monkeypatch.setattr(H, "buildings", gate)
    page = _page(qtbot, ctx)
    page.tabs.setCurrentIndex(1)
    board = page.board
    # shown before the answer: an empty board saying it is loading
    assert board.isVisible() and board.buildings_model.rowCount() == 0 and board.loader.pending
    assert board.heading.text() == "Loading…"
    gate.opened.set()
    settled(qtbot, board)
    assert [b.building for b in board.buildings_model._rows] == ["6", "7"]
    assert board.building == "6" and board.board_model.households() == 1
    assert gate.off_the_ui_thread()


@pytest.fixture
def two_workers():
    """At least two workers (one held back while another answers), as many as before afterwards."""
    pool = QThreadPool.globalInstance()
    before = pool.maxThreadCount()
    pool.setMaxThreadCount(max(2, before))
    yield
    pool.setMaxThreadCount(before)


def test_a_stale_board_answer_is_dropped(qtbot, ctx, estate, monkeypatch, two_workers):
    page = _page(qtbot, ctx)
    page.tabs.setCurrentIndex(1)
    board = page.board
    settled(qtbot, board)
    gate = Gate(H.board, hold=lambda _db, _actor, building: building == "6")
    monkeypatch.setattr(H, "board", gate)
    applied = board.board_loader.applied
    board.show_building("6")  # its answer is held back…
    board.show_building("7")  # …while the clerk picks another building, whose answer comes first
    qtbot.waitUntil(lambda: board.board_loader.applied == applied + 1)
    assert board.board_model.cell(0, 0).room == "201"
    gate.opened.set()
    qtbot.waitUntil(lambda: not board.board_loader.pending)
    QCoreApplication.processEvents()
    assert board.board_loader.applied == applied + 1  # building 6's late answer was dropped
    assert board.building == "7" and board.board_model.cell(0, 0).room == "201"
    assert "7" in board.heading.text()


def test_a_repeated_show_reads_nothing_and_makes_no_widget(qtbot, ctx, estate):
    C.create_council(ctx.db, ctx.actor, "6栋自治理事会", "6")
    page = _page(qtbot, ctx)
    visit_every_tab(qtbot, page.tabs)
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args):
        statements.append(statement)

    widgets = widget_ids(page)
    event.listen(ctx.db.engine, "before_cursor_execute", count)
    try:
        for _round in range(2):
            for i in range(page.tabs.count()):
                page.tabs.setCurrentIndex(i)
                qtbot.wait(10)
    finally:
        event.remove(ctx.db.engine, "before_cursor_execute", count)
    assert statements == []
    assert widget_ids(page) == widgets


def test_the_councils_come_with_their_seats_in_one_background_read(qtbot, ctx, estate, monkeypatch, home_member):
    council = C.create_council(ctx.db, ctx.actor, "6栋自治理事会", "6")
    C.add_council_member(ctx.db, ctx.actor, council, home_member, "chair")
    seats = Gate(C.council_seats, hold=lambda *a, **k: False)
    monkeypatch.setattr(C, "council_seats", seats)
    page = _page(qtbot, ctx)
    page.tabs.setCurrentIndex(3)
    tab = page.councils
    settled(qtbot, tab)
    assert tab.council().id == council and tab.seats_model.rowCount() == 1
    assert len(seats.threads) == 1 and seats.threads[0] is not threading.main_thread()
    assert tab.meeting_btn.isEnabled()


@pytest.fixture
def home_member(make_resident):
    from app.residents.tags import PARTY_MEMBER

    return make_resident("李党员", room="101", birth=dt.date(1975, 1, 1), tags={PARTY_MEMBER: "第一支部"})


def test_loader_drops_a_stale_answer_and_a_stale_refusal(qtbot):
    from app.errors import UserError

    owner = QWidget()
    qtbot.addWidget(owner)
    loader = Loader(owner)
    first, shown, refused = threading.Event(), [], []
    loader.run(lambda: (first.wait(10), "old")[1], shown.append, refused.append)
    loader.run(lambda: "new", shown.append, refused.append)
    qtbot.waitUntil(lambda: shown == ["new"])
    first.set()
    qtbot.waitUntil(lambda: not loader.pending)
    assert shown == ["new"] and loader.runs == 2 and loader.applied == 1

    def refuse():
        first.wait(10)
        raise UserError("old refusal")

    first.clear()
    loader.run(refuse, shown.append, refused.append)
    loader.run(lambda: "newest", shown.append, refused.append)
    first.set()
    qtbot.waitUntil(lambda: not loader.pending)
    assert shown == ["new", "newest"] and refused == []
    assert isinstance(loader, QObject)


def test_loader_now_and_drop_make_the_answer_on_its_way_stale(qtbot):
    """`now` applies at once on the UI thread and `drop` makes the answer on its way stale: it is counted, not shown;
    `loaded` follows every answer shown."""
    owner = QWidget()
    qtbot.addWidget(owner)
    loader = Loader(owner)
    gate, shown = threading.Event(), []
    loader.run(lambda: (gate.wait(10), "late")[1], shown.append)
    assert loader.pending
    with qtbot.waitSignal(loader.loaded, timeout=5000):
        loader.now(lambda: "now", shown.append)
    assert shown == ["now"] and not loader.pending and loader.applied == 1
    gate.set()
    qtbot.waitUntil(lambda: loader.dropped == 1)
    loader.run(lambda: (gate.wait(10), "dropped")[1], shown.append)
    loader.drop()
    qtbot.waitUntil(lambda: loader.dropped == 2)
    assert shown == ["now"] and not loader.pending and loader.runs == 2


def test_a_table_painted_again_makes_no_text_again(qtbot, ctx, estate, monkeypatch, qtmodeltester):
    """A tab shown again repaints every visible cell: the row texts (ui/common/row_texts) and the board's cell
    drawings are kept until the rows are set again."""
    from ui.community.models import BoardDelegate, VisitsModel

    page = _page(qtbot, ctx)
    page.tabs.setCurrentIndex(2)
    visits = page.visits
    settled(qtbot, visits)
    page.tabs.setCurrentIndex(1)
    board = page.board
    settled(qtbot, board)
    visits.view.viewport().grab()  # painted once (not left to the timing of the event loop on a busy machine)
    board.board.viewport().grab()
    made: list[str] = []
    display, draw = VisitsModel.display, BoardDelegate._draw
    monkeypatch.setattr(
        VisitsModel, "display", lambda self, row, column: made.append("v") or display(self, row, column)
    )
    monkeypatch.setattr(BoardDelegate, "_draw", lambda self, *a: made.append("b") or draw(self, *a))
    visits.view.viewport().grab()
    board.board.viewport().grab()
    assert made == []
    qtmodeltester.check(visits.model)
    visits.reload()  # rows set again: their texts are made again
    visits.view.viewport().grab()
    assert "v" in made
    board.show_building("6")  # cells set again: drawn again
    settled(qtbot, board)
    board.board.viewport().grab()
    assert "b" in made
