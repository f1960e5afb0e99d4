"""The database-server form's checks say what is actually wrong with each field (app/dbserver.validate)."""

import pytest

from app.dbserver import MAX_NAME, ServerSettings, validate
from app.errors import ValidationError


def _errors(**kw) -> dict[str, str]:
    fields = {"host": "server-pc", "port": 5432, "database": "community_desk", "user": "desk", "password": "pw"}
    fields.update(kw)
    with pytest.raises(ValidationError) as caught:
        validate(ServerSettings(**fields))
    return caught.value.errors


@pytest.mark.parametrize("field", ["database", "user"])
def test_a_control_character_is_named_not_the_length(field):
    message = _errors(**{field: "desk\x07db"})[field]
    assert "control character" in message
    assert "at most" not in message and str(MAX_NAME) not in message


@pytest.mark.parametrize("field", ["database", "user"])
def test_an_overlong_name_gives_its_length(field):
    message = _errors(**{field: "d" * (MAX_NAME + 5)})[field]
    assert str(MAX_NAME) in message and str(MAX_NAME + 5) in message


def test_a_good_set_passes_trimmed():
    ok = validate(ServerSettings(" server-pc ", 5432, " community_desk ", " desk ", "pw"))
    assert (ok.host, ok.database, ok.user) == ("server-pc", "community_desk", "desk")
