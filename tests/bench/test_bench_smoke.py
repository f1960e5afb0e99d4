"""The benchmark machinery runs on a tiny data set (no timing thresholds here)."""

import json

from bench.__main__ import main


def test_bench_quick_runs(tmp_path):
    out = tmp_path / "r.json"
    assert (
        main(
            [
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
        )
        == 0
    )
    data = json.loads(out.read_text())
    assert set(data) == {"receipt_pdf", "resident_search"}
    for res in data.values():
        assert "figure" in res and "reference" in res
