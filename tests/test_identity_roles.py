"""Who may use each identity operation: every role, allowed and denied (docs/access.md and the
Precise rules of docs/domain.md)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from models import ClientContact, ClientTeamMember, Firm, StaffMember
from tests.support import PASSWORD, FirmWorld, error_code, make_firm

ROLES = ("owner", "admin", "employee", "client", "anonymous")
OK = None


def token_of(world: FirmWorld, role: str) -> str | None:
    if role == "anonymous":
        return None
    if role == "client":
        return world.clients["alpha"].token
    return getattr(world, role).token


async def _beta_contact_without_portal(world: FirmWorld) -> str:
    contact = await ClientContact.create(
        firm_id=world.firm_id,
        client_account_id=world.accounts["beta"],
        name="Beta Second",
        email="second@beta.client",
    )
    return str(contact.id)


Operation = Callable[[FirmWorld], Any]


async def op_viewer(world: FirmWorld) -> tuple[str, dict]:
    return "{ viewer { id name email role firm { id name } } }", {}


async def op_firm(world: FirmWorld) -> tuple[str, dict]:
    return "{ firm { id name } }", {}


async def op_firm_settings(world: FirmWorld) -> tuple[str, dict]:
    return "{ firm { settings { showMessageContentInClientEmails } } }", {}


async def op_staff(world: FirmWorld) -> tuple[str, dict]:
    return "{ staff { id name email role } }", {}


async def op_client_accounts(world: FirmWorld) -> tuple[str, dict]:
    return "{ clientAccounts { id name contacts { id } team { id } } }", {}


async def op_update_firm_settings(world: FirmWorld) -> tuple[str, dict]:
    return (
        "mutation { updateFirmSettings(showMessageContentInClientEmails: true) "
        "{ showMessageContentInClientEmails } }",
        {},
    )


async def op_create_staff_member(world: FirmWorld) -> tuple[str, dict]:
    return (
        'mutation($e: String!) { createStaffMember(name: "New", email: $e, role: EMPLOYEE,'
        ' password: "long enough pw") { id role } }',
        {"e": "new@acme-tax.test"},
    )


async def op_create_client_account(world: FirmWorld) -> tuple[str, dict]:
    return (
        'mutation { createClientAccount(name: "Gamma", contacts: [{name: "G", '
        'email: "g@gamma.client"}]) { id name contacts { email } } }',
        {},
    )


async def op_set_client_team(world: FirmWorld) -> tuple[str, dict]:
    return (
        "mutation($a: ID!, $s: [ID!]!) { setClientTeam(clientAccountId: $a, staffIds: $s)"
        " { id team { id } } }",
        {"a": str(world.accounts["beta"]), "s": [str(world.employee.id)]},
    )


async def op_invite_to_portal(world: FirmWorld) -> tuple[str, dict]:
    contact_id = await _beta_contact_without_portal(world)
    return "mutation($c: ID!) { inviteToPortal(contactId: $c) { url } }", {"c": contact_id}


async def op_client_account(world: FirmWorld) -> tuple[str, dict]:
    return (
        "query($id: ID!) { clientAccount(id: $id) { id name contacts { id } team { id } } }",
        {"id": str(world.accounts["alpha"])},
    )


async def op_logout(world: FirmWorld) -> tuple[str, dict]:
    return "mutation { logout }", {}


async def op_login(world: FirmWorld) -> tuple[str, dict]:
    return (
        "mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }",
        {"e": world.admin.email, "p": PASSWORD},
    )


async def op_accept_portal_invite(world: FirmWorld) -> tuple[str, dict]:
    from resolvers.auth import invite_to_portal

    contact_id = await _beta_contact_without_portal(world)
    invite = await invite_to_portal(viewer=world.owner.viewer, contact_id=contact_id)
    return (
        'mutation($t: String!) { acceptPortalInvite(token: $t, password: "new portal pw")'
        " { viewer { role } } }",
        {"t": invite.token},
    )


U, F = "UNAUTHENTICATED", "FORBIDDEN"
EVERYONE = dict.fromkeys(ROLES, OK)
MATRIX: dict[str, tuple[Operation, dict[str, str | None]]] = {
    "viewer": (op_viewer, {"owner": OK, "admin": OK, "employee": OK, "client": OK}),
    "firm": (op_firm, {"owner": OK, "admin": OK, "employee": OK, "client": OK}),
    "firm.settings": (op_firm_settings, {"owner": OK, "admin": OK, "employee": OK, "client": F}),
    "staff": (op_staff, {"owner": OK, "admin": OK, "employee": OK, "client": F}),
    "clientAccounts": (op_client_accounts, {"owner": OK, "admin": OK, "employee": OK, "client": F}),
    "clientAccount": (op_client_account, {"owner": OK, "admin": OK, "employee": OK, "client": OK}),
    "login": (op_login, EVERYONE),
    "logout": (op_logout, {"owner": OK, "admin": OK, "employee": OK, "client": OK}),
    "acceptPortalInvite": (op_accept_portal_invite, EVERYONE),
    "updateFirmSettings": (
        op_update_firm_settings,
        {"owner": OK, "admin": OK, "employee": F, "client": F},
    ),
    "createStaffMember": (
        op_create_staff_member,
        {"owner": OK, "admin": OK, "employee": F, "client": F},
    ),
    "createClientAccount": (
        op_create_client_account,
        {"owner": OK, "admin": OK, "employee": F, "client": F},
    ),
    "setClientTeam": (op_set_client_team, {"owner": OK, "admin": OK, "employee": F, "client": F}),
    "inviteToPortal": (op_invite_to_portal, {"owner": OK, "admin": OK, "employee": F, "client": F}),
}
CASES = [
    pytest.param(name, role, expected.get(role, U), id=f"{name}-{role}")
    for name, (_, expected) in MATRIX.items()
    for role in ROLES
]


@pytest.mark.parametrize(("operation", "role", "expected"), CASES)
async def test_identity_operation_role_rule(gql, operation, role, expected):
    world = await make_firm()
    query, variables = await MATRIX[operation][0](world)
    result = await gql(query, variables, token=token_of(world, role))
    assert error_code(result) == expected, result
    if expected is None:
        assert result["data"] is not None
    else:  # nothing of the answer leaks (a nullable field is null, else the whole data)
        assert result["data"] is None or set(result["data"].values()) == {None}


async def test_denied_changes_leave_nothing_behind(gql):
    world = await make_firm()
    staff_before = await StaffMember.all().count()
    for role in ("employee", "client", "anonymous"):
        query, variables = await op_create_staff_member(world)
        await gql(query, variables, token=token_of(world, role))
        await gql(*(await op_update_firm_settings(world)), token=token_of(world, role))
        await gql(*(await op_set_client_team(world)), token=token_of(world, role))
    assert await StaffMember.all().count() == staff_before
    firm = await Firm.get(id=world.firm_id)
    assert firm.show_message_content_in_client_emails is False
    assert not await ClientTeamMember.exists(client_account_id=world.accounts["beta"])


async def test_viewer_id_is_the_staff_member_or_the_client_contact(gql):
    world = await make_firm()
    for person, role in ((world.owner, "OWNER"), (world.employee, "EMPLOYEE")):
        data = (await gql("{ viewer { id role clientAccount { id } } }", token=person.token))[
            "data"
        ]
        assert data["viewer"] == {"id": str(person.id), "role": role, "clientAccount": None}
    client = world.clients["beta"]
    contact = await ClientContact.get(email=client.email)
    data = (await gql("{ viewer { id role clientAccount { id name } } }", token=client.token))[
        "data"
    ]
    assert data["viewer"] == {
        "id": str(contact.id),
        "role": "CLIENT",
        "clientAccount": {"id": str(world.accounts["beta"]), "name": "Beta Client"},
    }


async def test_employee_reads_firm_settings_but_cannot_change_them(gql):
    world = await make_firm()
    await gql(*(await op_update_firm_settings(world)), token=world.admin.token)
    result = await gql(*(await op_firm_settings(world)), token=world.employee.token)
    assert result["data"]["firm"]["settings"] == {"showMessageContentInClientEmails": True}


async def test_employee_sees_only_the_client_accounts_whose_team_they_are_on(gql):
    world = await make_firm()
    ids = {
        a["id"]
        for a in (await gql("{ clientAccounts { id } }", token=world.employee.token))["data"][
            "clientAccounts"
        ]
    }
    assert ids == {str(world.accounts["alpha"])}
    beta = await gql(
        "query($id: ID!) { clientAccount(id: $id) { id } }",
        {"id": str(world.accounts["beta"])},
        token=world.employee.token,
    )
    assert beta == {"data": {"clientAccount": None}}


async def test_owner_sees_every_client_account_with_contacts_and_team(gql):
    world = await make_firm()
    accounts = (
        await gql(
            "{ clientAccounts { id name contacts { email hasPortalAccess } team { id } } }",
            token=world.owner.token,
        )
    )["data"]["clientAccounts"]
    assert [a["name"] for a in accounts] == ["Alpha Client", "Beta Client"]
    assert accounts[0]["contacts"] == [{"email": "alpha@acme-tax.client", "hasPortalAccess": True}]
    assert accounts[0]["team"] == [{"id": str(world.employee.id)}]
    assert accounts[1]["team"] == []


async def test_portal_user_reads_only_their_own_client_account(gql):
    world = await make_firm()
    query = "query($id: ID!) { clientAccount(id: $id) { id name contacts { email } } }"
    client = world.clients["alpha"]
    own = await gql(query, {"id": str(world.accounts["alpha"])}, token=client.token)
    assert own["data"]["clientAccount"]["name"] == "Alpha Client"
    other = await gql(query, {"id": str(world.accounts["beta"])}, token=client.token)
    missing = await gql(query, {"id": "999999"}, token=client.token)
    assert other == missing == {"data": {"clientAccount": None}}


async def test_anonymous_reading_a_client_account_is_unauthenticated(gql):
    world = await make_firm()
    result = await gql(
        "query($id: ID!) { clientAccount(id: $id) { id } }", {"id": str(world.accounts["alpha"])}
    )
    assert error_code(result) == "UNAUTHENTICATED"


async def test_only_an_owner_adds_another_owner(gql):
    world = await make_firm()
    query = (
        'mutation($e: String!) { createStaffMember(name: "Co-owner", email: $e, role: OWNER,'
        ' password: "long enough pw") { id role } }'
    )
    by_admin = await gql(query, {"e": "co@acme-tax.test"}, token=world.admin.token)
    assert error_code(by_admin) == "FORBIDDEN"
    by_owner = await gql(query, {"e": "co@acme-tax.test"}, token=world.owner.token)
    assert by_owner["data"]["createStaffMember"]["role"] == "OWNER"


async def test_an_email_signs_in_one_person_only(gql):
    world = await make_firm()
    query, _ = await op_create_staff_member(world)
    for email in ("employee@acme-tax.test", "alpha@acme-tax.client"):
        result = await gql(query, {"e": email}, token=world.owner.token)
        assert error_code(result) == "CONFLICT"


async def test_set_client_team_replaces_the_team(gql):
    world = await make_firm()
    query = (
        "mutation($a: ID!, $s: [ID!]!) { setClientTeam(clientAccountId: $a, staffIds: $s)"
        " { team { id } } }"
    )
    account = str(world.accounts["alpha"])
    result = await gql(
        query,
        {"a": account, "s": [str(world.admin.id), str(world.admin.id)]},
        token=world.owner.token,
    )
    assert result["data"]["setClientTeam"]["team"] == [{"id": str(world.admin.id)}]
    result = await gql(query, {"a": account, "s": []}, token=world.owner.token)
    assert result["data"]["setClientTeam"]["team"] == []


async def test_client_account_list_costs_the_same_statements_for_two_or_six_accounts(gql):
    from resolvers import firms as firm_resolvers
    from tests.support import count_queries

    world = await make_firm()
    query = "{ clientAccounts { id contacts { email } team { name } } }"
    with count_queries() as two:
        result = await gql(query, token=world.owner.token)
    assert len(result["data"]["clientAccounts"]) == 2
    for index in range(4):
        await firm_resolvers.create_client_account(
            viewer=world.owner.viewer,
            name=f"Extra {index}",
            contacts=[firm_resolvers.ContactData(name="C", email=f"c{index}@extra.client")],
            team_ids=[str(world.employee.id)],
        )
    with count_queries() as six:
        result = await gql(query, token=world.owner.token)
    assert len(result["data"]["clientAccounts"]) == 6
    assert len(six.statements) == len(two.statements) == 4, six.statements
