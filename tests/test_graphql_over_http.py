"""GraphQL over HTTP: the official audit (graphql-http's serverAudits, from the npm
registry) passes against a real `firmflow serve` with no warning and no error, and the
two media types answer as the spec and our old clients expect, on the generic and the
compiled paths (firmflow/graphql_http.py)."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import httpx
import pytest

from firmflow.settings import PROJECT_ROOT
from tests.support import make_firm
from tests.support_node import node_modules, run_node
from tests.test_served_process import FIRMFLOW, env_for, served

AUDIT_PACKAGES = ("graphql-http@1.23.1", "graphql@16.15.0")
SPEC = "application/graphql-response+json"
LOGIN = "mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }"


def staff_token(base: str, env: dict[str, str]) -> str:
    """An owner's token on the served database (the firm made by `firmflow create-firm`)."""
    subprocess.run(
        [
            *FIRMFLOW,
            "create-firm",
            *("--name", "Audit & Co", "--owner-name", "Ada Auditor"),
            *("--owner-email", "ada@audit.test", "--owner-password", "audit-password-1"),
        ],
        cwd=PROJECT_ROOT,
        env=env,
        check=True,
        capture_output=True,
        timeout=120,
    )
    variables = {"e": "ada@audit.test", "p": "audit-password-1"}
    answer = httpx.post(
        f"{base}/graphql", json={"query": LOGIN, "variables": variables}, timeout=30
    ).json()
    return answer["data"]["login"]["token"]


@pytest.mark.timeout(600)
def test_the_official_graphql_over_http_audit_passes_with_no_warning_or_error(tmp_path: Path):
    modules = node_modules(*AUDIT_PACKAGES)
    env = env_for(tmp_path)
    with served([*FIRMFLOW, "serve"], env, tmp_path) as (base, _):
        # As a signed-in staff member: the audit introspects (`__type`), which the default
        # FIRMFLOW_INTROSPECTION=staff allows staff only.
        token = staff_token(base, env)
        report = run_node(
            "graphql_http_audit.mjs",
            f"{base}/graphql",
            modules=modules,
            env={"AUTHORIZATION": f"Bearer {token}"},
        )
    failures = [
        f"{item['status']} {item['id']} {item['name']}: {item['reason']}"
        for item in report
        if item["status"] in ("warn", "error")
    ]
    assert failures == [], "\n".join(failures)
    assert len(report) > 50 and {item["status"] for item in report} <= {"ok", "notice"}


async def _post(http: httpx.AsyncClient, body: dict[str, Any], accept: str | None) -> Any:
    headers = {"Accept": accept} if accept else {}
    return await http.post("/graphql", json=body, headers=headers)


BROKEN = {
    "does not parse": {"query": "{ viewer { id "},
    "does not validate": {"query": "{ viewer { noSuchField } }"},
    "has variables that cannot be coerced (generic path)": {
        "query": "query($id: ID!) { job(id: $id) { id title } }",
        "variables": {"id": {"not": "an id"}},
    },
    "lacks a required variable (compiled path)": {
        "query": "query($id: ID!) { job(id: $id) { id } }",
        "variables": {},
    },
    "names an operation it does not have": {
        "query": "query A { viewer { id } }",
        "operationName": "B",
    },
}


@pytest.mark.parametrize("case", list(BROKEN))
async def test_a_request_error_asked_as_graphql_response_json_is_400_without_data(http, case):
    response = await _post(http, BROKEN[case], SPEC)
    assert response.status_code == 400, response.text
    assert response.headers["content-type"].startswith(SPEC)
    answer = response.json()
    assert "data" not in answer
    assert answer["errors"][0]["extensions"]["code"] == "BAD_INPUT"


@pytest.mark.parametrize(
    "accept", [None, "*/*", "application/json", f"application/json, {SPEC};q=0.5"]
)
@pytest.mark.parametrize("case", list(BROKEN))
async def test_application_json_clients_keep_today_s_answer_with_data_null(http, case, accept):
    response = await _post(http, BROKEN[case], accept)
    # strawberry refused an unknown operation name with 400 before; the rest answered 200.
    assert response.status_code == (400 if "operation" in case else 200), response.text
    assert response.headers["content-type"] == "application/json"
    answer = response.json()
    assert answer["data"] is None
    assert answer["errors"][0]["extensions"]["code"] == "BAD_INPUT"


async def test_an_execution_error_keeps_its_data_and_200_in_either_media_type(http):
    # Executed: the viewer is read and refused (a field error with a path), so data stays.
    for accept in (SPEC, "application/json"):
        response = await _post(http, {"query": "{ viewer { id } }"}, accept)
        assert response.status_code == 200
        answer = response.json()
        assert "data" in answer and answer["errors"][0]["path"] == ["viewer"]
        assert answer["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_answers_come_in_the_media_type_asked_for_on_both_paths(http):
    world = await make_firm()
    headers = {"Authorization": f"Bearer {world.owner.token}"}
    compiled = {"query": "{ viewer { id email } }"}
    generic = {"query": "{ viewer { ... on Viewer { id email } } }"}
    for body in (compiled, generic):
        for accept, media in ((SPEC, SPEC), (f"{SPEC}, application/json;q=0.9", SPEC)):
            response = await http.post("/graphql", json=body, headers={**headers, "Accept": accept})
            assert response.status_code == 200
            assert response.headers["content-type"].startswith(media)
            assert response.json()["data"]["viewer"]["email"] == world.owner.email
        plain = await http.post("/graphql", json=body, headers=headers)
        assert plain.headers["content-type"] == "application/json"


async def test_a_request_refused_before_graphql_follows_the_media_type_asked_for(http):
    spec = await http.post(
        "/graphql",
        content=b"{not json",
        headers={"Content-Type": "application/json", "Accept": SPEC},
    )
    assert spec.status_code == 400 and spec.headers["content-type"].startswith(SPEC)
    assert "data" not in spec.json()
    legacy = await http.post(
        "/graphql", content=b"{not json", headers={"Content-Type": "application/json"}
    )
    assert legacy.status_code == 400 and legacy.json()["data"] is None


@pytest.mark.parametrize("name", [{"an": "object"}, ["a", "list"], 7])
async def test_an_operation_name_that_is_not_a_string_is_bad_input_not_a_500(http, name):
    response = await _post(http, {"query": "{ __typename }", "operationName": name}, None)
    assert response.status_code == 400
    assert response.json()["errors"][0]["extensions"]["code"] == "BAD_INPUT"
