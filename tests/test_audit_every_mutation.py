"""Every mutation a staff member may perform writes an audit entry: each one served, run
through the authorization matrix's own builders (tests/test_authorization_matrix.py lists
every operation), as the first staff role allowed to do it, from that role's address.

A new mutation is in this list the moment it is served, so one that changes firm data
without its entry fails here. The few that write none say why in NO_ENTRY.
"""

from __future__ import annotations

import pytest

from models import AuditEntry
from schema.audit import SELF_AUDITED
from tests.test_authorization_matrix import (  # noqa: F401  (fixtures used by name)
    OK,
    ROLES,
    ROWS,
    call_http,
    callers,
    served_operations,
    settings,
    world,
)

STAFF_ROLES = ("owner", "admin", "employee")
# Mutations staff may run that leave no entry, and why.
NO_ENTRY = {
    # The caller's own reading state, no firm data (resolvers.inbox: changes_nothing_audited).
    "markNotificationsRead": "only the caller's notifications, marked read",
    # The matrix asks for an address nobody signs in with: it belongs to no firm's log
    # (a known address: tests/test_audit_log.py).
    "requestPasswordReset": "an address of no firm",
}
# Portal users' and third parties' own mutations: no staff role may run them.
NOT_STAFF = {"saveRequestAnswers", "uploadRequestFile", "submitClientRequest"}
MUTATIONS = sorted(name for name, kind in served_operations().items() if kind == "mutation")


def staff_role(name: str) -> str | None:
    """The first staff role the matrix lets run the mutation (None: no staff role may)."""
    expected = ROWS[name].expected
    return next((role for role in STAFF_ROLES if expected[role] == OK), None)


def test_every_mutation_staff_cannot_run_is_known():
    assert {name for name in MUTATIONS if staff_role(name) is None} == NOT_STAFF


@pytest.mark.parametrize("operation", [name for name in MUTATIONS if staff_role(name)])
async def test_performing_it_writes_an_audit_entry(operation, world, callers):  # noqa: F811
    role = staff_role(operation)
    assert role is not None
    call = await ROWS[operation].build(world, role)
    last = await AuditEntry.all().order_by("-id").first()
    since = last.id if last else 0
    assert await call_http(world, callers[role], operation, role, call) == OK
    address = f"192.0.2.{ROLES.index(role) + 1}"  # the role's own client (the matrix's)
    written = await AuditEntry.filter(id__gt=since, operation=operation, address=address)
    if operation in NO_ENTRY:
        assert written == [], NO_ENTRY[operation]
        return
    assert written, f"{operation} changed data as {role} and left no audit entry"
    entry = written[0]
    assert entry.firm_id == world.firm.firm_id
    if operation not in SELF_AUDITED:  # those name the person signing in or resetting
        person = getattr(world.firm, role)
        assert (entry.actor_kind, entry.staff_id) == ("STAFF", person.id)
