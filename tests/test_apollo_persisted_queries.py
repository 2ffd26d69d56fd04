"""Apollo Client's own persisted-queries link (@apollo/client from the npm registry) against
two real `firmflow serve` processes on the suite's database (PostgreSQL on CI's second
leg): the first client's link sends the hash alone, is told PERSISTED_QUERY_NOT_FOUND and
sends the document; from then on a fresh client on the OTHER process sends only the hash
and gets the answer (the document is shared through the database), by POST and by GET."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from firmflow.settings import Settings
from models import PersistedQuery
from tests.support import make_firm
from tests.support_node import node_modules, run_node
from tests.test_realtime_scaleout import serving

APOLLO_PACKAGES = ("@apollo/client@3.14.1", "graphql@16.15.0")
QUERY = "query Me {\n  viewer {\n    email\n    role\n  }\n}"
SPEC = "application/graphql-response+json"


@pytest.mark.timeout(600)
async def test_apollo_s_link_sends_only_the_hash_once_any_process_knows_the_document(
    app, settings: Settings, tmp_path: Path
):
    modules = node_modules(*APOLLO_PACKAGES)
    world = await make_firm()
    with serving(settings, tmp_path) as (server_a, server_b):
        config = {
            "query": QUERY,
            "token": world.owner.token,
            "clients": [
                {"url": f"http://{server_a}/graphql"},
                {"url": f"http://{server_b}/graphql"},
                {"url": f"http://{server_b}/graphql", "get": True},
                {"url": f"http://{server_a}/graphql", "accept": f"{SPEC}, application/json;q=0.9"},
            ],
        }
        first, second, by_get, spec = run_node(
            "apollo_persisted_queries.mjs", json.dumps(config), modules=modules
        )
    # Apollo's cache adds __typename to the document it hashes and sends.
    answer = {"viewer": {"email": world.owner.email, "role": "OWNER", "__typename": "Viewer"}}
    for client in (first, second, by_get, spec):
        assert client["error"] is None and client["data"] == answer, client
    digest = first["requests"][0]["hash"]
    # The first client: the hash alone, not found; then the document with its hash.
    assert [(r["method"], r["sentQuery"], r["codes"]) for r in first["requests"]] == [
        ("POST", False, ["PERSISTED_QUERY_NOT_FOUND"]),
        ("POST", True, []),
    ]
    assert {r["hash"] for r in first["requests"]} == {digest}
    assert await PersistedQuery.filter(sha256=digest).count() == 1
    # Fresh clients (no memory of the first) on the other process: one request, hash only.
    for client, method in ((second, "POST"), (by_get, "GET")):
        assert [
            (r["method"], r["sentQuery"], r["hash"], r["status"]) for r in client["requests"]
        ] == [(method, False, digest, 200)]
    # A graphql-response+json client gets that media type.
    assert spec["requests"] == [
        {
            "method": "POST",
            "sentQuery": False,
            "hash": digest,
            "status": 200,
            "contentType": f"{SPEC}; charset=utf-8",
            "codes": [],
        }
    ]


@pytest.mark.timeout(600)
async def test_apollo_s_link_retries_an_unknown_hash_answered_with_http_400(
    app, settings: Settings, tmp_path: Path
):
    """A graphql-response+json client is told PERSISTED_QUERY_NOT_FOUND with HTTP 400 (a
    request error without data); Apollo's link reads the error from the body and retries."""
    modules = node_modules(*APOLLO_PACKAGES)
    world = await make_firm()
    query = QUERY.replace("role", "id")
    with serving(settings, tmp_path) as (server_a, _):
        config = {
            "query": query,
            "token": world.owner.token,
            "clients": [{"url": f"http://{server_a}/graphql", "accept": SPEC}],
        }
        (client,) = run_node("apollo_persisted_queries.mjs", json.dumps(config), modules=modules)
    assert client["error"] is None and client["data"]["viewer"]["email"] == world.owner.email
    assert [(r["sentQuery"], r["status"], r["codes"]) for r in client["requests"]] == [
        (False, 400, ["PERSISTED_QUERY_NOT_FOUND"]),
        (True, 200, []),
    ]
