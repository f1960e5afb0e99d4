"""Where the app keeps its files: the user data folder from platformdirs. Every folder here is owner-only
(0700 on POSIX, db.files.make_app_dir): they hold the database, backups, exported documents and logs. A folder
the user chose elsewhere (--db, a backup destination) keeps its own permissions (db.files.make_private_dir)."""

from __future__ import annotations

import os
from pathlib import Path

from db.files import make_app_dir

APP_NAME = "CommunityDesk"
APP_AUTHOR = "CommunityDesk"
DB_ENV = "COMMUNITY_DESK_DB"
DATA_ENV = "COMMUNITY_DESK_HOME"  # moves every folder at once (tests, portable installs)


def _dirs():
    import platformdirs

    return platformdirs.PlatformDirs(APP_NAME, APP_AUTHOR)


def data_dir() -> Path:
    home = os.environ.get(DATA_ENV)
    path = Path(home) if home else Path(_dirs().user_data_dir)
    return make_app_dir(path)


def log_dir() -> Path:
    home = os.environ.get(DATA_ENV)
    path = Path(home) / "logs" if home else Path(_dirs().user_log_dir)
    return make_app_dir(path)


def documents_dir() -> Path:
    return make_app_dir(data_dir() / "documents")


def backups_dir() -> Path:
    return make_app_dir(data_dir() / "backups")


def default_database_path() -> Path:
    return data_dir() / "community-desk.sqlite3"


def resolve_database(arg: str | None, saved: str | None = None) -> str:
    """Return an SQLAlchemy URL from --db, then $COMMUNITY_DESK_DB, then `saved` (the database server set in this
    PC's settings, passed by the GUI), then the default file."""
    value = arg or os.environ.get(DB_ENV) or saved or str(default_database_path())
    if "://" in value:
        return value
    return "sqlite:///" + str(Path(value).expanduser().resolve())
