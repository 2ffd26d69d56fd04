"""Two firms side by side: nothing of one reaches the other, and another firm's record is
reported exactly like one that does not exist."""

from __future__ import annotations

import pytest

from models import ClientContact, ClientTeamMember
from tests.support import FirmWorld, error_code, make_firm


@pytest.fixture
async def firms() -> tuple[FirmWorld, FirmWorld]:
    return await make_firm("Acme Tax"), await make_firm("Other Books")


async def test_staff_lists_only_their_own_firm(gql, firms):
    acme, other = firms
    staff = (await gql("{ staff { email } }", token=acme.owner.token))["data"]["staff"]
    assert {s["email"] for s in staff} == {
        "owner@acme-tax.test",
        "admin@acme-tax.test",
        "employee@acme-tax.test",
    }
    accounts = (await gql("{ clientAccounts { id } }", token=other.admin.token))["data"]
    assert {a["id"] for a in accounts["clientAccounts"]} == {
        str(other.accounts["alpha"]),
        str(other.accounts["beta"]),
    }
    firm = (await gql("{ firm { id name } }", token=other.employee.token))["data"]["firm"]
    assert firm == {"id": str(other.firm_id), "name": "Other Books"}


async def test_another_firms_client_account_reads_as_missing(gql, firms):
    acme, other = firms
    query = "query($id: ID!) { clientAccount(id: $id) { id } }"
    for token in (acme.owner.token, acme.clients["alpha"].token):
        theirs = await gql(query, {"id": str(other.accounts["alpha"])}, token=token)
        missing = await gql(query, {"id": "2000000000"}, token=token)
        assert theirs == missing == {"data": {"clientAccount": None}}


SET_TEAM = (
    "mutation($a: ID!, $s: [ID!]!) { setClientTeam(clientAccountId: $a, staffIds: $s) { id } }"
)


async def test_set_client_team_with_another_firms_staff_is_not_found(gql, firms):
    acme, other = firms
    result = await gql(
        SET_TEAM,
        {"a": str(acme.accounts["beta"]), "s": [str(other.employee.id)]},
        token=acme.owner.token,
    )
    assert error_code(result) == "NOT_FOUND"
    missing = await gql(
        SET_TEAM, {"a": str(acme.accounts["beta"]), "s": ["2000000000"]}, token=acme.owner.token
    )
    assert error_code(missing) == "NOT_FOUND"
    assert result["errors"][0]["message"] == missing["errors"][0]["message"]
    assert not await ClientTeamMember.exists(client_account_id=acme.accounts["beta"])


async def test_set_client_team_of_another_firms_account_is_not_found(gql, firms):
    acme, other = firms
    result = await gql(
        SET_TEAM,
        {"a": str(other.accounts["beta"]), "s": [str(acme.employee.id)]},
        token=acme.owner.token,
    )
    assert error_code(result) == "NOT_FOUND"
    assert not await ClientTeamMember.exists(client_account_id=other.accounts["beta"])


async def test_create_client_account_with_another_firms_staff_is_not_found(gql, firms):
    acme, other = firms
    result = await gql(
        'mutation($t: [ID!]) { createClientAccount(name: "Gamma", teamIds: $t) { id } }',
        {"t": [str(other.admin.id)]},
        token=acme.admin.token,
    )
    assert error_code(result) == "NOT_FOUND"
    assert (await gql("{ clientAccounts { id } }", token=acme.owner.token))["data"][
        "clientAccounts"
    ].__len__() == 2


async def test_invite_to_portal_of_another_firms_contact_is_not_found(gql, firms):
    acme, other = firms
    contact = await ClientContact.create(
        firm_id=other.firm_id,
        client_account_id=other.accounts["beta"],
        name="Their Contact",
        email="their@other.client",
    )
    query = "mutation($c: ID!) { inviteToPortal(contactId: $c) { url } }"
    theirs = await gql(query, {"c": str(contact.id)}, token=acme.owner.token)
    missing = await gql(query, {"c": "2000000000"}, token=acme.owner.token)
    assert error_code(theirs) == error_code(missing) == "NOT_FOUND"
    assert theirs["errors"][0]["message"].replace(str(contact.id), "X") == missing["errors"][0][
        "message"
    ].replace("2000000000", "X")


async def test_settings_change_stays_in_its_firm(gql, firms):
    acme, other = firms
    await gql(
        "mutation { updateFirmSettings(showMessageContentInClientEmails: true) "
        "{ showMessageContentInClientEmails } }",
        token=acme.owner.token,
    )
    query = "{ firm { settings { showMessageContentInClientEmails } } }"
    assert (await gql(query, token=acme.employee.token))["data"]["firm"]["settings"][
        "showMessageContentInClientEmails"
    ] is True
    assert (await gql(query, token=other.employee.token))["data"]["firm"]["settings"][
        "showMessageContentInClientEmails"
    ] is False


async def test_staff_created_by_one_firm_belong_to_it(gql, firms):
    acme, other = firms
    await gql(
        'mutation { createStaffMember(name: "New", email: "new@acme-tax.test", role: EMPLOYEE,'
        ' password: "long enough pw") { id } }',
        token=acme.admin.token,
    )
    other_staff = (await gql("{ staff { email } }", token=other.owner.token))["data"]["staff"]
    assert "new@acme-tax.test" not in {s["email"] for s in other_staff}
