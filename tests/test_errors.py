"""Expected failures carry a contract code; unexpected ones are masked; bad input is
BAD_INPUT and never an HTTP 500."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator

import pytest
from tortoise import connections

from tests.support import error_code, make_firm

CONTRACT_CODES = {
    "UNAUTHENTICATED",
    "FORBIDDEN",
    "NOT_FOUND",
    "BAD_INPUT",
    "CONFLICT",
    "INVALID_STATE",
    "RATE_LIMITED",
}
LEAKS = ("Traceback", "SELECT", "client_team_member", "sqlite", "asyncpg", "/work", ".py", "File ")


@contextlib.asynccontextmanager
async def table_moved_away(table: str) -> AsyncIterator[None]:
    """Really break the database for a moment: the table is renamed, then put back."""
    conn = connections.get("default")
    await conn.execute_script(f'ALTER TABLE "{table}" RENAME TO "{table}_away"')
    try:
        yield
    finally:
        await conn.execute_script(f'ALTER TABLE "{table}_away" RENAME TO "{table}"')


async def test_a_database_failure_is_masked_and_logged(http, caplog):
    world = await make_firm()
    query = "{ clientAccounts { id name team { id } } }"
    with caplog.at_level(logging.ERROR, logger="firmflow.errors"):
        async with table_moved_away("client_team_member"):
            response = await http.post(
                "/graphql",
                json={"query": query},
                headers={"Authorization": f"Bearer {world.owner.token}"},
            )
    assert response.status_code == 200
    body = response.json()
    assert body["data"] is None
    messages = {e["message"] for e in body["errors"]}
    assert messages == {"Unexpected error."}
    for leak in LEAKS:
        assert leak not in response.text, leak
    assert all("extensions" not in e or "code" not in e["extensions"] for e in body["errors"])
    # The operator still learns what happened.
    assert any("client_team_member" in str(r.exc_info) for r in caplog.records if r.exc_info)
    # And the service is fine again afterwards.
    again = await http.post(
        "/graphql", json={"query": query}, headers={"Authorization": f"Bearer {world.owner.token}"}
    )
    assert len(again.json()["data"]["clientAccounts"]) == 2


async def test_a_failing_mutation_is_masked_and_rolled_back(http):
    from models import ClientAccount

    world = await make_firm()
    async with table_moved_away("client_team_member"):
        response = await http.post(
            "/graphql",
            json={
                "query": 'mutation($t: [ID!]) { createClientAccount(name: "Gamma", contacts: '
                '[{name: "G", email: "g@gamma.client"}], teamIds: $t) { id } }',
                "variables": {"t": [str(world.employee.id)]},
            },
            headers={"Authorization": f"Bearer {world.owner.token}"},
        )
    assert response.status_code == 200
    assert response.json()["errors"][0]["message"] == "Unexpected error."
    for leak in LEAKS:
        assert leak not in response.text, leak
    # The account created before the failure in the same mutation was rolled back.
    assert not await ClientAccount.exists(name="Gamma")


async def test_a_database_failure_while_reading_the_token_is_masked(http):
    world = await make_firm()
    async with table_moved_away("auth_token"):
        response = await http.post(
            "/graphql",
            json={"query": "{ viewer { id } }"},
            headers={"Authorization": f"Bearer {world.owner.token}"},
        )
    assert response.status_code == 200
    assert response.json()["errors"][0]["message"] == "Unexpected error."
    for leak in LEAKS:
        assert leak not in response.text, leak


@pytest.mark.parametrize("bad_id", ["abc", "-1", "0", "1.5", "", " ", "99999999999999999999999"])
async def test_an_invalid_id_is_bad_input(gql, bad_id):
    world = await make_firm()
    result = await gql(
        "query($id: ID!) { clientAccount(id: $id) { id } }", {"id": bad_id}, token=world.owner.token
    )
    assert error_code(result) == "BAD_INPUT"
    assert "not a valid id" in result["errors"][0]["message"]


async def test_invalid_ids_in_lists_are_bad_input(gql):
    world = await make_firm()
    result = await gql(
        "mutation($a: ID!, $s: [ID!]!) { setClientTeam(clientAccountId: $a, staffIds: $s) { id } }",
        {"a": str(world.accounts["alpha"]), "s": [str(world.employee.id), "x"]},
        token=world.owner.token,
    )
    assert error_code(result) == "BAD_INPUT"


async def test_an_unknown_enum_value_is_bad_input(gql):
    world = await make_firm()
    inline = await gql(
        'mutation { createStaffMember(name: "K", email: "k@acme-tax.test", role: KING, '
        'password: "long enough pw") { id } }',
        token=world.owner.token,
    )
    assert error_code(inline) == "BAD_INPUT"
    as_variable = await gql(
        'mutation($r: Role!) { createStaffMember(name: "K", email: "k@acme-tax.test", '
        'role: $r, password: "long enough pw") { id } }',
        {"r": "KING"},
        token=world.owner.token,
    )
    assert error_code(as_variable) == "BAD_INPUT"


@pytest.mark.parametrize(
    ("query", "variables"),
    [
        ("query($id: ID!) { clientAccount(id: $id) { id } }", {"id": {"nested": 1}}),
        ("query($id: ID!) { clientAccount(id: $id) { id } }", {}),
        ("query($id: ID!) { clientAccount(id: $id) { id } }", {"id": None}),
        (
            "mutation($v: Boolean!) { updateFirmSettings(showMessageContentInClientEmails: $v)"
            " { showMessageContentInClientEmails } }",
            {"v": "yes"},
        ),
        ("{ clientAccount(id: 1) { nosuchfield } }", {}),
        ("{ clientAccount { id } }", {}),
        ("{ viewer { id ", {}),
        ("", {}),
    ],
)
async def test_malformed_requests_are_bad_input(gql, query, variables):
    world = await make_firm()
    result = await gql(query, variables, token=world.owner.token)
    assert error_code(result) == "BAD_INPUT", result
    assert "Unexpected error" not in result["errors"][0]["message"]


async def test_over_long_strings_are_bad_input(gql):
    world = await make_firm()
    long_name = await gql(
        "mutation($n: String!) { createClientAccount(name: $n) { id } }",
        {"n": "x" * 201},
        token=world.owner.token,
    )
    assert error_code(long_name) == "BAD_INPUT"
    assert "200" in long_name["errors"][0]["message"]
    just_fits = await gql(
        "mutation($n: String!) { createClientAccount(name: $n) { name } }",
        {"n": "y" * 200},
        token=world.owner.token,
    )
    assert just_fits["data"]["createClientAccount"]["name"] == "y" * 200
    long_email = await gql(
        'mutation($e: String!) { createStaffMember(name: "N", email: $e, role: EMPLOYEE, '
        'password: "long enough pw") { id } }',
        {"e": "a" * 300 + "@x.test"},
        token=world.owner.token,
    )
    assert error_code(long_email) == "BAD_INPUT"
    long_password = await gql(
        'mutation { acceptPortalInvite(token: "t", password: "' + "p" * 2000 + '") { token } }'
    )
    assert error_code(long_password) == "BAD_INPUT"
    long_login = await gql(
        "mutation($e: String!) { login(email: $e, password: $e) { token } }", {"e": "z" * 100_000}
    )
    assert error_code(long_login) == "UNAUTHENTICATED"


async def test_empty_names_and_bad_emails_are_bad_input(gql):
    world = await make_firm()
    for name, email in (("   ", "ok@gamma.client"), ("Gamma", "not an email")):
        result = await gql(
            "mutation($n: String!, $e: String!) { createClientAccount(name: $n, "
            'contacts: [{name: "C", email: $e}]) { id } }',
            {"n": name, "e": email},
            token=world.owner.token,
        )
        assert error_code(result) == "BAD_INPUT"


@pytest.mark.parametrize(
    ("content", "content_type"),
    [
        (b"{not json", "application/json"),
        (b'["a list"]', "application/json"),
        (b'{"query": 5}', "application/json"),
        (b'{"query": "{ viewer { id } }", "variables": "nope"}', "application/json"),
        (b"query=%7B%7D", "application/x-www-form-urlencoded"),
        (b"\xff\xfe", "application/json"),
    ],
)
async def test_unreadable_http_bodies_never_give_500(http, content, content_type):
    response = await http.post("/graphql", content=content, headers={"Content-Type": content_type})
    assert 400 <= response.status_code < 500
    assert error_code(response.json()) == "BAD_INPUT"
    assert "Traceback" not in response.text


async def test_every_error_code_in_the_identity_area_is_a_contract_code(gql):
    world = await make_firm()
    results = [
        await gql("{ viewer { id } }"),
        await gql("{ staff { id } }", token=world.clients["alpha"].token),
        await gql(
            "mutation { inviteToPortal(contactId: 424242) { url } }", token=world.owner.token
        ),
        await gql("{ viewer { id } }", token="nope"),
    ]
    assert {error_code(r) for r in results} <= CONTRACT_CODES


async def test_a_multipart_request_without_a_preflight_header_is_refused(http):
    """The CSRF guard: a plain HTML form cannot send Apollo-Require-Preflight or X-…."""
    files = {
        "operations": (None, '{"query": "{ viewer { id } }", "variables": {}}'),
        "map": (None, "{}"),
    }
    refused = await http.post("/graphql", files=files)
    assert refused.status_code == 400
    assert error_code(refused.json()) == "BAD_INPUT"
    for header in ({"Apollo-Require-Preflight": "true"}, {"X-Requested-With": "firmflow"}):
        allowed = await http.post("/graphql", files=files, headers=header)
        assert allowed.status_code == 200
        assert error_code(allowed.json()) == "UNAUTHENTICATED"
