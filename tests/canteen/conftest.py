import pytest


@pytest.fixture
def supervisor(db, admin):
    """A second administrator: approves what the first one did (four eyes, issue 12)."""
    from app.accounts.service import actor_for, create_user

    return actor_for(db, create_user(db, admin, "zhuguan", "主管 李梅", "supervisor-pw", ["admin"]))
