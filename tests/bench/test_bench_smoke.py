"""The benchmark machinery runs on a tiny data set (no timing thresholds here)."""

import datetime as dt
import json

from bench.__main__ import main, stats
from bench.data import CLOSE_DAY, FULL, QUICK, SETTLE_MONTH, _spread, _ticket_days


def test_bench_quick_runs(tmp_path):
    out = tmp_path / "r.json"
    argv = [
        "--quick",
        "--only",
        "receipt_pdf",
        "--only",
        "resident_search",
        "--cache",
        str(tmp_path),
        "--out",
        str(out),
    ]
    assert main(argv) == 0
    data = json.loads(out.read_text())
    assert set(data) == {"receipt_pdf", "resident_search", "_run"}
    for name in ("receipt_pdf", "resident_search"):
        res = data[name]
        assert "figure" in res and "reference" in res, res
        assert res["figure"]["runs"] > 0 and res["ratio"] > 0
    # n is what the figure claims: 10 receipts each side, 5 batches of every query each side; fewer than 30 runs
    # give no p95, and the ratio is then of the medians
    assert data["receipt_pdf"]["figure"]["runs"] == data["receipt_pdf"]["reference"]["runs"] == 10
    search = data["resident_search"]
    assert search["figure"]["runs"] == search["reference"]["runs"] == 5
    assert search["figure"]["p95_ms"] is None and search["ratio_on"] == "median"
    assert search["same_rows"] == search["queries"]  # the reference found the same rows for every query


def test_stats_median_and_p95():
    s = stats([i / 1000 for i in range(1, 101)])  # 1..100 ms
    assert s["median_ms"] == 50.5
    assert round(s["p95_ms"]) == 95
    assert s["runs"] == 100
    few = stats([i / 1000 for i in range(1, 30)])  # 29 runs: a median and n, no p95
    assert few["p95_ms"] is None and few["runs"] == 29 and few["median_ms"] == 15


def test_batched_reports_per_operation_times():
    from bench.__main__ import batched

    calls = []
    out = batched(lambda: calls.append(1), k=75, batches=31, warm=2)
    assert len(out) == 31 and len(calls) == 33
    assert stats(out)["p95_ms"] is not None


def test_ticket_plan_matches_the_data_set_promises():
    for scale in (QUICK, FULL):
        days = _ticket_days(scale)
        assert sum(n for _, n in days) == scale.tickets
        assert dict(days)[CLOSE_DAY] == scale.day_tickets
        year, month = SETTLE_MONTH
        assert sum(n for d, n in days if (d.year, d.month) == (year, month)) == scale.month_tickets
        first, last = days[0][0], days[-1][0]
        assert (last - first).days >= 3 * 365 - 2
    assert _spread([dt.date(2026, 1, 1), dt.date(2026, 1, 2)], 5) == [
        (dt.date(2026, 1, 1), 3),
        (dt.date(2026, 1, 2), 2),
    ]
