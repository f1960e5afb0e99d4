"""The tests of an xdist_group share a costly fixture (a measurement, a demo population), so pytest-xdist must send
the whole group to one worker. tests/conftest.py picks `--dist loadgroup` for `-n N`; its worker then ends a grouped
test's id in "@group", which the controller reads to keep the group together (tests/conftest.py's `_name_groups`:
with pytest 9, pytest-xdist 3.8's own renaming does nothing, and every worker that got one of a group's tests made
the group's fixture again)."""

from __future__ import annotations

import pytest

from tests.backends import backend_free

pytestmark = [
    backend_free("reads only pytest's own ids and options, no database"),
    pytest.mark.xdist_group("xdist-groups-check"),
]


def test_a_grouped_test_carries_its_group_in_its_id_on_a_worker(request):
    config = request.config
    on_worker = hasattr(config, "workerinput")
    dist_given = any(arg.startswith(("--dist", "-d")) for arg in config.invocation_params.args)
    if on_worker and not dist_given:  # `-n N` alone: the conftest chose loadgroup
        assert request.node.nodeid.endswith(
            "::test_a_grouped_test_carries_its_group_in_its_id_on_a_worker@xdist-groups-check"
        )
    elif not on_worker:
        assert "@" not in request.node.nodeid  # no workers: the ids as pytest makes them
