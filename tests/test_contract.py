"""The served schema keeps the API contract (docs/contract.graphql, a copy kept in this
repository): no type, field, argument or enum value of it is missing, renamed or tightened.

`tools/check_contract.py` prints the same report from the command line; with
`CONTRACT=docs/contract-next.graphql` it checks the next wave, which is served whole and is
the contract in force; contract.graphql stays a subset of it (tested below).
"""

from __future__ import annotations

from tools.check_contract import CONTRACT, CONTRACT_NEXT, breaking_changes, served_sdl

CONTRACT_IN_FORCE = CONTRACT_NEXT


def test_the_whole_contract_is_served():
    """Zero breaking changes against the contract in force."""
    changes = breaking_changes(CONTRACT_IN_FORCE.read_text(), served_sdl())
    assert not changes, (
        f"the served schema breaks {CONTRACT_IN_FORCE.name} in {len(changes)} way(s):\n"
        + "\n".join(changes)
    )


def test_the_next_contract_keeps_every_name_of_the_current_one():
    """contract-next only adds to the contract: a client of today keeps working."""
    changes = breaking_changes(CONTRACT.read_text(), CONTRACT_NEXT.read_text())
    assert not changes, "contract-next breaks the contract:\n" + "\n".join(changes)


def test_the_checker_sees_a_dropped_field():
    """The check can fail: a schema without Job.clientFacing breaks the contract."""
    served = served_sdl()
    assert "clientFacing: ClientFacingState!" in served
    broken = served.replace("clientFacing: ClientFacingState!", "", 1)
    assert any("clientFacing" in line for line in breaking_changes(CONTRACT.read_text(), broken))
