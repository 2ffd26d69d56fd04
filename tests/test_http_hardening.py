"""POST /graphql against unusual input (DOMAIN.md "Abuse limits"): bodies over
FIRMFLOW_MAX_BODY_BYTES are refused with 413 while they arrive; a body that is not a JSON
object, invalid UTF-8 or a lone surrogate is BAD_INPUT, never HTTP 500 or "Unexpected
error."; several operations need operationName; answers carry security headers; a bad
input field is answered without echoing the input into the log."""

from __future__ import annotations

import json
import logging

import pytest

from firmflow.settings import Limits, use_settings
from tests.support import error_code, make_firm

LOGIN = "mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }"
MIB = 1_048_576


def assert_bad_input(response, status: int = 400) -> dict:
    assert response.status_code == status, response.text
    body = response.json()
    assert body["errors"][0]["extensions"]["code"] == "BAD_INPUT"
    assert "Unexpected error." not in response.text
    return body


async def test_a_json_body_over_one_mebibyte_is_413_with_bad_input(http):
    comment = "x" * (MIB + 10)
    body = json.dumps({"query": LOGIN, "variables": {"e": "a@b.test", "p": comment}})
    response = await http.post(
        "/graphql", content=body, headers={"content-type": "application/json"}
    )
    body = assert_bad_input(response, 413)
    assert "FIRMFLOW_MAX_BODY_BYTES" in body["errors"][0]["message"]
    # Just under the limit is read (and refused for its own reasons, not its size).
    small = json.dumps({"query": LOGIN, "variables": {"e": "a@b.test", "p": "x" * 1000}})
    ok = await http.post("/graphql", content=small, headers={"content-type": "application/json"})
    assert ok.status_code == 200


async def test_a_ten_megabyte_body_without_length_is_cut_off_after_the_limit(http):
    """Chunked: the server stops reading once the limit is passed, it does not take in
    the 10 MB first."""
    sent: list[int] = []
    chunk = b"x" * 65536

    async def body():
        yield b'{"query": "mutation { addComment }", "variables": {"c": "'
        for _ in range(160):  # 10 MiB
            sent.append(len(chunk))
            yield chunk
        yield b'"}}'

    response = await http.post(
        "/graphql", content=body(), headers={"content-type": "application/json"}
    )
    assert_bad_input(response, 413)
    assert sum(sent) <= MIB + 2 * len(chunk)


async def test_the_body_limit_is_a_setting(http, settings):
    use_settings(settings.with_changes(limits=Limits(max_body_bytes=2048)))
    body = json.dumps({"query": "{ viewer { id } }", "variables": {"x": "y" * 3000}})
    response = await http.post(
        "/graphql", content=body, headers={"content-type": "application/json"}
    )
    assert_bad_input(response, 413)


@pytest.mark.parametrize("body", [b'"hello"', b"null", b"[1, 2]", b"5", b"true"])
async def test_a_body_that_is_not_a_json_object_is_bad_input(http, body):
    response = await http.post(
        "/graphql", content=body, headers={"content-type": "application/json"}
    )
    assert_bad_input(response)


@pytest.mark.parametrize(
    "body", [b'{"query": "\xff{ viewer { id } }"}', b"\xff\xfe{}", b'{"query": "\xed\xa0\x80"}']
)
async def test_a_body_of_invalid_utf8_is_bad_input(http, body):
    response = await http.post(
        "/graphql", content=body, headers={"content-type": "application/json"}
    )
    assert_bad_input(response)


async def test_a_lone_surrogate_in_a_string_variable_is_bad_input(http):
    world = await make_firm()
    for variables in ('{"e": "\\ud800", "p": "x"}', '{"e": "a@b.test", "p": "ab\\udfffcd"}'):
        body = '{"query": ' + json.dumps(LOGIN) + ', "variables": ' + variables + "}"
        response = await http.post(
            "/graphql",
            content=body.encode(),
            headers={"content-type": "application/json"},
        )
        assert_bad_input(response)
    # In a mutation's text argument, by a signed-in caller.
    create = (
        '{"query": "mutation { createThread(clientAccountId: \\"%s\\",'
        ' subject: \\"\\ud800\\") { id } }"}'
    )
    response = await http.post(
        "/graphql",
        content=(create % world.accounts["alpha"]).encode(),
        headers={
            "content-type": "application/json",
            "authorization": f"Bearer {world.owner.token}",
        },
    )
    assert_bad_input(response)
    # A surrogate pair (a real character outside the BMP) is fine.
    body = '{"query": "{ __typename }", "variables": {"x": "\\ud83d\\ude00"}}'
    response = await http.post(
        "/graphql", content=body.encode(), headers={"content-type": "application/json"}
    )
    assert response.status_code == 200 and response.json()["data"] == {"__typename": "Query"}


async def test_several_named_operations_without_operation_name_are_bad_input(gql, http):
    world = await make_firm()
    document = "query A { viewer { name } } query B { firm { name } }"
    result = await gql(document, token=world.owner.token)
    assert error_code(result) == "BAD_INPUT"
    assert result.get("data") is None
    assert "operationName" in result["errors"][0]["message"]
    named = await http.post(
        "/graphql",
        json={"query": document, "operationName": "B"},
        headers={"authorization": f"Bearer {world.owner.token}"},
    )
    assert named.json() == {"data": {"firm": {"name": "Acme Tax"}}}


async def test_graphql_answers_carry_security_headers(http):
    response = await http.post("/graphql", json={"query": "{ __typename }"})
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"
    assert response.headers["referrer-policy"] == "no-referrer"
    csp = response.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "frame-ancestors 'none'" in csp
    refused = await http.post(
        "/graphql", content=b"null", headers={"content-type": "application/json"}
    )
    assert refused.headers["x-content-type-options"] == "nosniff"


async def test_the_graphiql_page_has_a_policy_that_lets_it_load(http):
    page = await http.get("/graphql", headers={"accept": "text/html"})
    assert page.status_code == 200 and "graphiql" in page.text.lower()
    csp = page.headers["content-security-policy"]
    directives = dict(d.strip().split(" ", 1) for d in csp.split(";") if d.strip())
    assert "'self'" in directives["script-src"] and "'self'" in directives["style-src"]
    assert "'self'" in directives["connect-src"]
    assert directives["frame-ancestors"] == "'none'"
    # Every script and stylesheet the page loads is allowed by the policy.
    import re

    for url in re.findall(r'(?:src|href)="(https?://[^"]+)"', page.text):
        origin = "/".join(url.split("/")[:3])
        assert origin in directives["script-src"] or origin in directives["style-src"], url
    assert page.headers["x-frame-options"] == "DENY"


async def test_an_unknown_input_field_is_bad_input_without_an_error_log_echoing_it(gql, caplog):
    world = await make_firm()
    mutation = "mutation($i: CreateClientRequestInput!) { createClientRequest(input: $i) { id } }"
    secret = "SECRET-INPUT-" + "y" * 200
    variables = {
        "i": {
            "title": "x",
            "clientAccountId": str(world.accounts["alpha"]),
            "access": "PORTAL",
            "bogus": secret,
        }
    }
    with caplog.at_level(logging.INFO):
        result = await gql(mutation, variables, token=world.owner.token)
    assert error_code(result) == "BAD_INPUT"
    assert "bogus" in result["errors"][0]["message"]
    assert secret not in result["errors"][0]["message"]
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert secret not in caplog.text
