"""The served schema keeps the API contract (../shared/design/contract.graphql): no type,
field, argument or enum value of it is missing, renamed or tightened.

In an area's branch this lists the other areas' operations as missing until the lead merges
them; on main it must hold for the whole contract.
"""

from __future__ import annotations

import re

import pytest
from graphql import build_schema as build_sdl
from graphql.utilities import find_breaking_changes

from firmflow.settings import PROJECT_ROOT
from schema import build_schema

CONTRACT = PROJECT_ROOT.parent / "shared" / "design" / "contract.graphql"

IDENTITY_TYPES = {
    "Viewer",
    "AuthPayload",
    "Firm",
    "FirmSettings",
    "StaffMember",
    "ClientContact",
    "PortalInvite",
    "ContactInput",
    "ErrorCode",
    "Role",
    "DateTime",
}
IDENTITY_OPERATIONS = {
    "viewer",
    "firm",
    "staff",
    "clientAccounts",
    "clientAccount",
    "login",
    "logout",
    "updateFirmSettings",
    "createStaffMember",
    "createClientAccount",
    "setClientTeam",
    "inviteToPortal",
    "acceptPortalInvite",
}


def breaking_changes() -> list[str]:
    if not CONTRACT.exists():
        pytest.fail(f"the contract is not at {CONTRACT} (CI keeps shared/ beside the clone)")
    contract = build_sdl(CONTRACT.read_text())
    served = build_sdl(build_schema().as_str())
    return [f"{c.type.name}: {c.description}" for c in find_breaking_changes(contract, served)]


def test_identity_part_of_the_contract_is_served_exactly():
    """This issue's own operations and types (foundation): must hold in every branch.

    ClientAccount.threads and ClientAccount.jobs are other areas' fields, wired at merge.
    """
    names = IDENTITY_TYPES | {f"Query.{o}" for o in IDENTITY_OPERATIONS}
    names |= {f"Mutation.{o}" for o in IDENTITY_OPERATIONS} | {"ClientAccount"}
    pattern = re.compile(r"\b(" + "|".join(re.escape(n) for n in sorted(names)) + r")\b")
    later = ("ClientAccount.threads", "ClientAccount.jobs")
    mine = [c for c in breaking_changes() if pattern.search(c) and not any(x in c for x in later)]
    assert not mine, "the identity part breaks the contract:\n" + "\n".join(mine)


def test_the_whole_contract_is_served():
    """Zero breaking changes against the whole contract (passes once every area is merged)."""
    changes = breaking_changes()
    assert not changes, f"{len(changes)} breaking change(s):\n" + "\n".join(changes)
