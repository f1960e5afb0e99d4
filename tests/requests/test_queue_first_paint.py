"""The request list's first paint reads what it shows: a screenful of requests, not the dispatch and claim pickers
of a request nobody has chosen yet (issue 15: the first switch to the list took 0.8 s on the benchmark data)."""

from __future__ import annotations

from app.requests import service as S


def _count_calls(monkeypatch, name: str) -> list:
    calls: list = []
    real = getattr(S, name)
    monkeypatch.setattr(S, name, lambda *a, **k: calls.append(a) or real(*a, **k))
    return calls


def test_the_list_reads_a_screenful_and_the_pickers_wait_for_a_request(qtbot, ctx, catalogue, monday, monkeypatch):
    from ui.requests.models import RequestListModel
    from ui.requests.queue import RequestQueue

    for n in range(RequestListModel.FIRST_PAGE + 5):
        S.take_in(ctx.db, ctx.actor, S.IntakeInput("walk_in", catalogue.category_id, f"漏水 {n}"))
    members = _count_calls(monkeypatch, "party_members")
    dispatch = _count_calls(monkeypatch, "departments_for_category")

    queue = RequestQueue(ctx)
    qtbot.addWidget(queue)
    queue.resize(1366, 700)
    queue.show()
    qtbot.waitExposed(queue)

    assert RequestListModel.FIRST_PAGE <= 60  # a screenful and some, not 200
    assert queue.model.rowCount() == RequestListModel.FIRST_PAGE
    assert members == [] and dispatch == []  # nothing chosen: both pickers are disabled and not read

    queue.table.selectRow(0)
    detail = queue.detail
    assert detail.detail is not None
    assert dispatch and members
    assert detail.member.count() == len(catalogue.member_ids)  # the claimers, once a request is shown
    assert detail.department.count() >= 1 and detail.department.currentIndex() == -1

    queue.table.scrollToBottom()
    qtbot.waitUntil(lambda: queue.model.rowCount() == RequestListModel.FIRST_PAGE + 5)  # the rest on scrolling
