"""The benchmark measures the counter figures on PostgreSQL beside SQLite (issue 13 item 10); no timing thresholds."""

from __future__ import annotations

import json

import pytest

from bench.__main__ import main


def test_bench_quick_on_postgresql_beside_sqlite(tmp_path, pg_server, capsys):
    from db.migrate import known_revisions

    if "requests_0002_pg_urgency" not in known_revisions():
        pytest.skip("the data set's requests need the PostgreSQL schema fix requests_0002_pg_urgency (issue 13)")
    out = tmp_path / "r.json"
    argv = ["--quick", "--only", "childcare_sign", "--only", "request_save", "--cache", str(tmp_path),
            "--pg", pg_server.url(), "--out", str(out)]  # fmt: skip
    assert main(argv) == 0
    printed = capsys.readouterr().out
    assert "PostgreSQL, beside SQLite" in printed
    data = json.loads(out.read_text())
    pg = data["postgresql"]
    assert pg["_pg"]["copied"]["meal_tickets"] > 0 and pg["_pg"]["copied"]["residents"] == 2000
    for name in ("childcare_sign", "request_save"):
        assert "figure" in data[name] and "figure" in pg[name], pg[name]
        assert pg[name]["figure"]["runs"] > 0 and pg[name]["ratio"] > 0
    # the benchmark's database is dropped again: the server is left as it was
    import psycopg

    from tests.pgops.server import SUPERUSER_PASSWORD

    with psycopg.connect(host="127.0.0.1", port=pg_server.port, user="postgres", password=SUPERUSER_PASSWORD,
                         dbname="postgres") as conn:  # fmt: skip
        assert not conn.execute("SELECT 1 FROM pg_database WHERE datname LIKE 'cdesk_bench_%'").fetchall()
