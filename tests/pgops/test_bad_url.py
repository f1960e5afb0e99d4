"""Bad input: a database URL that is wrong, unreachable or has the wrong password → one clear line naming what to
check, exit status 1, nothing written (issue 13, "Bad input")."""

from __future__ import annotations

import socket

import pytest

from app import cli
from app.paths import default_database_path


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _init(capsys, url: str, lang: str = "en") -> tuple[int, str]:
    code = cli.main(["--lang", lang, "--db", url, "init"])
    err = capsys.readouterr().err
    return code, err


def _tables(pg_server, database: str) -> list[str]:
    import psycopg

    from tests.pgops.server import SUPERUSER_PASSWORD

    with psycopg.connect(
        host="127.0.0.1", port=pg_server.port, user="postgres", password=SUPERUSER_PASSWORD, dbname=database
    ) as conn:
        return [r[0] for r in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")]


def _databases(pg_server) -> set[str]:
    import psycopg

    from tests.pgops.server import SUPERUSER_PASSWORD

    with psycopg.connect(
        host="127.0.0.1", port=pg_server.port, user="postgres", password=SUPERUSER_PASSWORD, dbname="postgres"
    ) as conn:
        return {r[0] for r in conn.execute("SELECT datname FROM pg_database")}


def test_wrong_password_names_user_and_password_and_writes_nothing(capsys, pg_server):
    name = pg_server.new_database()
    url = f"postgresql+psycopg://desk:not-the-password@127.0.0.1:{pg_server.port}/{name}"
    code, err = _init(capsys, url)
    assert code == 1
    assert "refused the user name or password" in err and "desk@127.0.0.1" in err
    assert "not-the-password" not in err  # never the password on screen or in a log
    assert err.count("\n") == 1
    assert _tables(pg_server, name) == []
    assert not default_database_path().exists()


def test_unreachable_server_names_host_and_port(capsys):
    port = _closed_port()
    code, err = _init(capsys, f"postgresql+psycopg://desk:pw@127.0.0.1:{port}/desk")
    assert code == 1
    assert "cannot be reached" in err and f"127.0.0.1:{port}" in err and "port" in err
    assert not default_database_path().exists()


def test_unknown_host_is_unreachable(capsys):
    code, err = _init(capsys, "postgresql+psycopg://desk:pw@no-such-host.invalid:5432/desk")
    assert code == 1
    assert "cannot be reached" in err and "host name" in err


def test_missing_database_is_named_and_not_created(capsys, pg_server):
    pg_server.ensure_role()
    url = pg_server.app_url("no_such_db")
    code, err = _init(capsys, url)
    assert code == 1
    assert "no database of that name" in err and "/no_such_db" in err
    assert "no_such_db" not in _databases(pg_server)


@pytest.mark.parametrize(
    "url",
    [
        "postgresql+psycopg://desk:pw@127.0.0.1:99999/desk",  # port out of range
        "postgresql+psycopg://desk:pw@127.0.0.1:port/desk",  # port not a number
        "mysql://desk:pw@127.0.0.1/desk",  # not a database we support
        "postgresql+nosuchdriver://desk@127.0.0.1/desk",
        "://nothing",
    ],
)
def test_malformed_url_is_refused_before_connecting(capsys, url):
    code, err = _init(capsys, url)
    assert code == 1, err
    assert "address is not valid" in err and "postgresql+psycopg://user:password@host:5432/database" in err
    assert "pw@" not in err
    assert not default_database_path().exists()


def test_postgres_scheme_of_the_server_tools_works(capsys, pg_server):
    """`postgres://…` and `postgresql://…` (as psql and most guides write them) mean our driver."""
    name = pg_server.new_database()
    url = pg_server.app_url(name).replace("postgresql+psycopg://", "postgres://")
    assert cli.main(["--lang", "en", "--db", url, "init"]) == 0
    assert "Database ready: desk@127.0.0.1" in capsys.readouterr().out
    assert "alembic_version" in _tables(pg_server, name)


def test_message_is_in_the_users_language(capsys, pg_server, zh):
    name = pg_server.new_database()
    url = f"postgresql+psycopg://desk:wrong@127.0.0.1:{pg_server.port}/{name}"
    code, err = _init(capsys, url, lang="zh_CN")
    assert code == 1
    assert "用户名或密码" in err
