"""Persisted documents (schema/persisted.py): Apollo's automatic persisted queries over
GET and POST on both execution paths, kept in the database; the trusted-documents mode
(FIRMFLOW_TRUSTED_DOCUMENTS) over HTTP and websockets; `firmflow documents register`."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest

from firmflow.settings import PROJECT_ROOT, Settings, use_settings
from models import PersistedQuery
from resolvers.persisted_queries import register_documents
from tests.support import count_queries, make_firm
from tests.support_realtime import WsClient, first_error_code

SPEC = "application/graphql-response+json"


def sha(query: str) -> str:
    return hashlib.sha256(query.encode()).hexdigest()


def unique(query: str) -> str:
    """The query with a comment of its own: a hash no earlier test registered."""
    return f"# {uuid.uuid4().hex}\n{query}"


def persisted(query: str | None, digest: str, **extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "extensions": {"persistedQuery": {"version": 1, "sha256Hash": digest}},
        **extra,
    }
    if query is not None:
        body["query"] = query
    return body


async def post(http: httpx.AsyncClient, body: dict[str, Any], **headers: str) -> Any:
    return await http.post("/graphql", json=body, headers=headers)


async def get(http: httpx.AsyncClient, body: dict[str, Any], **headers: str) -> Any:
    params = {
        key: json.dumps(value) if isinstance(value, dict) else value for key, value in body.items()
    }
    return await http.get("/graphql", params=params, headers=headers)


def code(response: httpx.Response) -> str | None:
    errors = response.json().get("errors") or []
    return errors[0].get("extensions", {}).get("code") if errors else None


@pytest.fixture
def trusted(settings: Settings) -> Settings:
    return use_settings(settings.with_changes(trusted_documents=True))


# ----------------------------------------------------------------- automatic persisted queries

COMPILED = "query Me { viewer { email } }"
GENERIC = "query Me { viewer { ... on Viewer { email } } }"


@pytest.mark.parametrize("path", ["compiled", "generic"])
async def test_a_hash_is_unknown_until_its_document_is_sent_then_runs_alone(http, path):
    world = await make_firm()
    auth = {"Authorization": f"Bearer {world.owner.token}", "Accept": "*/*"}
    query = unique(COMPILED if path == "compiled" else GENERIC)
    digest = sha(query)

    for send in (post, get):
        unknown = await send(http, persisted(None, digest), **auth)
        assert unknown.status_code == 200 and unknown.headers["content-type"] == "application/json"
        assert unknown.json() == {
            "data": None,
            "errors": [
                {
                    "message": "PersistedQueryNotFound",
                    "extensions": {"code": "PERSISTED_QUERY_NOT_FOUND"},
                }
            ],
        }

    registered = await post(http, persisted(query, digest), **auth)
    assert registered.json() == {"data": {"viewer": {"email": world.owner.email}}}
    assert await PersistedQuery.filter(sha256=digest).values_list("query", flat=True) == [query]

    for send in (post, get):
        answer = await send(http, persisted(None, digest, operationName="Me"), **auth)
        assert answer.status_code == 200
        assert answer.json() == {"data": {"viewer": {"email": world.owner.email}}}


async def test_a_hash_that_is_not_the_document_s_is_refused(http):
    query = unique("{ __typename }")
    response = await post(http, persisted(query, sha("{ somethingElse }")))
    assert response.json()["errors"][0]["message"] == "provided sha does not match query"
    assert code(response) == "BAD_INPUT"
    assert await PersistedQuery.filter(sha256=sha(query)).count() == 0
    spec = await post(http, persisted(query, sha("x")), Accept=SPEC)
    assert spec.status_code == 400 and "data" not in spec.json()


@pytest.mark.parametrize(
    "extension",
    [{"version": 2, "sha256Hash": "ab"}, {"version": 1}, "not an object", {"sha256Hash": 5}],
)
async def test_a_malformed_persisted_query_extension_is_bad_input(http, extension):
    response = await post(http, {"extensions": {"persistedQuery": extension}})
    assert response.status_code == 200 and code(response) == "BAD_INPUT"


async def test_graphql_response_json_clients_get_a_400_for_an_unknown_hash(http):
    response = await post(http, persisted(None, sha(unique("{ __typename }"))), Accept=SPEC)
    assert response.status_code == 400
    assert response.json() == {
        "errors": [
            {
                "message": "PersistedQueryNotFound",
                "extensions": {"code": "PERSISTED_QUERY_NOT_FOUND"},
            }
        ]
    }


async def test_a_get_with_only_a_hash_is_answered_not_given_graphiql(http):
    response = await get(http, persisted(None, sha(unique("{ __typename }"))), Accept="text/html")
    assert response.headers["content-type"] == "application/json"
    assert code(response) == "PERSISTED_QUERY_NOT_FOUND"


async def test_a_known_hash_costs_no_statement_once_this_process_has_seen_it(http):
    query = unique("{ __typename }")
    await post(http, persisted(query, sha(query)))
    with count_queries() as counted:
        answer = await post(http, persisted(None, sha(query)))
    assert answer.json() == {"data": {"__typename": "Query"}}
    assert counted.statements == []


async def test_documents_that_do_not_parse_are_not_kept(http):
    broken = unique("{ viewer { ")
    response = await post(http, persisted(broken, sha(broken)))
    assert (
        code(response) == "BAD_INPUT" and "Syntax Error" in response.json()["errors"][0]["message"]
    )
    assert await PersistedQuery.all().count() == 0


async def test_a_very_long_document_runs_but_is_not_kept(http):
    query = "{ __typename }\n# " + "x" * 40_000
    answer = await post(http, persisted(query, sha(query)))
    assert answer.json() == {"data": {"__typename": "Query"}}
    assert await PersistedQuery.all().count() == 0


async def test_past_the_limit_the_oldest_persisted_documents_are_forgotten(http, settings):
    use_settings(settings.with_changes(persisted_queries_max=2))
    queries = [unique("{ __typename }") for _ in range(3)]
    for query in queries:
        assert (await post(http, persisted(query, sha(query)))).json()["data"]
    kept = set(await PersistedQuery.all().values_list("sha256", flat=True))
    assert kept == {sha(queries[1]), sha(queries[2])}


async def test_with_automatic_persisted_queries_off_a_hash_alone_is_not_supported(http, settings):
    use_settings(settings.with_changes(persisted_queries_max=0))
    query = unique("{ __typename }")
    alone = await post(http, persisted(None, sha(query)))
    assert alone.json()["errors"][0] == {
        "message": "PersistedQueryNotSupported",
        "extensions": {"code": "PERSISTED_QUERY_NOT_SUPPORTED"},
    }
    with_document = await post(http, persisted(query, sha(query)))
    assert with_document.json() == {"data": {"__typename": "Query"}}
    assert await PersistedQuery.all().count() == 0


# ----------------------------------------------------------------- trusted documents

VIEWER = "query Viewer { viewer { email role } }"


async def test_trusted_documents_run_only_registered_documents(http, trusted):
    world = await make_firm()
    auth = {"Authorization": f"Bearer {world.owner.token}"}
    refused = await post(http, {"query": VIEWER}, **auth)
    assert refused.status_code == 200 and code(refused) == "FORBIDDEN"
    assert "FIRMFLOW_TRUSTED_DOCUMENTS" in refused.json()["errors"][0]["message"]
    assert refused.json()["data"] is None

    # A client cannot register a document itself: sent with its hash, it is still refused.
    by_client = await post(http, persisted(VIEWER, sha(VIEWER)), **auth)
    assert code(by_client) == "FORBIDDEN"
    assert await PersistedQuery.all().count() == 0
    assert (
        code(await post(http, persisted(None, sha(VIEWER)), **auth)) == "PERSISTED_QUERY_NOT_FOUND"
    )

    assert await register_documents({sha(VIEWER): VIEWER}) == 1
    expected = {"data": {"viewer": {"email": world.owner.email, "role": "OWNER"}}}
    assert (await post(http, {"query": VIEWER}, **auth)).json() == expected
    assert (await post(http, persisted(None, sha(VIEWER)), **auth)).json() == expected
    assert (await get(http, persisted(None, sha(VIEWER)), **auth)).json() == expected


async def test_a_document_a_client_persisted_earlier_is_not_trusted(http, settings):
    query = unique("{ __typename }")
    await post(http, persisted(query, sha(query)))  # APQ, before the mode was turned on
    use_settings(settings.with_changes(trusted_documents=True))
    assert code(await post(http, persisted(None, sha(query)))) == "PERSISTED_QUERY_NOT_FOUND"
    assert code(await post(http, {"query": query})) == "FORBIDDEN"
    assert await register_documents({sha(query): query}) == 1  # now trusted
    assert (await post(http, {"query": query})).json() == {"data": {"__typename": "Query"}}


INTROSPECTION = "query IntrospectionQuery { __schema { queryType { name } } }"


async def test_staff_may_still_introspect_for_graphiql_in_trusted_mode(http, trusted):
    world = await make_firm()
    staff = await post(
        http, {"query": INTROSPECTION}, Authorization=f"Bearer {world.employee.token}"
    )
    assert staff.json() == {"data": {"__schema": {"queryType": {"name": "Query"}}}}
    portal_user = next(iter(world.clients.values()))
    client = await post(http, {"query": INTROSPECTION}, Authorization=f"Bearer {portal_user.token}")
    assert code(client) == "FORBIDDEN"
    mixed = "{ __schema { queryType { name } } viewer { email } }"
    staff_mixed = await post(http, {"query": mixed}, Authorization=f"Bearer {world.owner.token}")
    assert code(staff_mixed) == "FORBIDDEN"  # only documents that merely introspect


JOB_STATUS = """subscription Statuses { jobStatusEvents { seq } }"""


async def test_trusted_documents_hold_over_websockets_too(live_server, trusted):
    world = await make_firm()
    socket = await WsClient.connect(live_server, token=world.owner.token)
    try:
        await socket.subscribe(JOB_STATUS)
        refused = await socket.next_result()
        assert first_error_code(refused) == "FORBIDDEN"
        await register_documents({sha(VIEWER): VIEWER})
        await socket.subscribe(VIEWER)
        answered = await socket.next_result()
        assert answered == {"data": {"viewer": {"email": world.owner.email, "role": "OWNER"}}}
    finally:
        await socket.close()


# ----------------------------------------------------------------- the command line


def register(manifest: Any, tmp_path: Path, settings: Settings) -> subprocess.CompletedProcess:
    path = tmp_path / "manifest.json"
    path.write_text(json.dumps(manifest))
    env = {
        "PATH": "/usr/bin:/bin",
        "FIRMFLOW_DATABASE_URL": settings.database_url,
        "FIRMFLOW_DATA_DIR": str(settings.data_dir),
        "FIRMFLOW_SECRET_KEY": settings.secret_key,
    }
    return subprocess.run(
        [sys.executable, "-m", "firmflow.cli", "documents", "register", str(path)],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


OTHER = "query Firm { firm { name } }"


async def test_the_command_line_registers_an_apollo_manifest(tmp_path, settings):
    manifest = {
        "format": "apollo-persisted-query-manifest",
        "version": 1,
        "operations": [
            {"id": sha(VIEWER), "name": "Viewer", "type": "query", "body": VIEWER},
            {"id": sha(OTHER), "name": "Firm", "type": "query", "body": OTHER},
        ],
    }
    result = register(manifest, tmp_path, settings)
    assert result.returncode == 0, result.stderr
    assert "registered 2 document(s)" in result.stdout and "(2 new)" in result.stdout
    rows = await PersistedQuery.all().order_by("sha256").values_list("sha256", "trusted")
    assert rows == sorted([(sha(VIEWER), True), (sha(OTHER), True)])
    again = register(manifest, tmp_path, settings)
    assert "(0 new)" in again.stdout


async def test_the_command_line_registers_a_plain_hash_to_document_map(tmp_path, settings):
    result = register({sha(VIEWER): VIEWER}, tmp_path, settings)
    assert result.returncode == 0, result.stderr
    assert await PersistedQuery.filter(trusted=True).values_list("query", flat=True) == [VIEWER]


@pytest.mark.parametrize(
    ("manifest", "said"),
    [
        ({"not-the-hash": VIEWER}, "is not the SHA-256 of its document"),
        ({sha("{ nope }"): "{ nope }"}, "Cannot query field 'nope'"),
        ({sha("{ viewer {"): "{ viewer {"}, "Syntax Error"),
        ([VIEWER], "expected Apollo's persisted-query manifest"),
        ({}, "holds no document"),
    ],
)
async def test_the_command_line_refuses_a_bad_manifest_whole(tmp_path, settings, manifest, said):
    if isinstance(manifest, dict) and manifest:
        manifest = {**manifest, sha(VIEWER): VIEWER}  # a good one beside: not registered
    result = register(manifest, tmp_path, settings)
    assert result.returncode == 1
    assert said in result.stderr, result.stderr
    assert await PersistedQuery.all().count() == 0
