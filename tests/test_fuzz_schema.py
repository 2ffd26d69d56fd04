"""A schema-driven fuzzer (hypothesis-graphql) over the served schema, against the real app
in-process over HTTP: generated queries and mutations, valid ones and ones with one schema
violation, as staff, as a portal user and anonymously. No answer may be an HTTP 500,
"Unexpected error.", or carry a stack trace, SQL or a file path.

Bounded for CI: EXAMPLES per test (4 tests), derandomized so every run tries the same
documents (no flaky failures; a failure names its document)."""

from __future__ import annotations

import re
from datetime import UTC

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_graphql import Mode, mutations, nodes, queries

from schema import build_schema
from tests.support import make_firm

# Longer than the suite's 90 s a test on a loaded machine (bounded all the same).
pytestmark = pytest.mark.timeout(300)


EXAMPLES = 100

SDL = build_schema().as_str()
SCALARS = {
    "DateTime": st.datetimes(timezones=st.just(UTC)).map(lambda d: d.isoformat()).map(nodes.String),
    "Upload": st.just("not-a-file").map(nodes.String),
}
LEAKS = re.compile(
    r"Traceback|File \"|\.py\b|/work/|/usr/|site-packages|"
    r"\bSELECT\b|\bINSERT INTO\b|\bUPDATE \"|\bFROM \"|sqlite|asyncpg|psycopg|tortoise",
    re.IGNORECASE,
)
FUZZ_SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture
async def tokens():
    world = await make_firm()
    return {"staff": world.owner.token, "client": world.clients["alpha"].token, "anonymous": None}


async def post_and_check(http, document: str, token: str | None) -> None:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    response = await http.post("/graphql", json={"query": document}, headers=headers)
    text = response.text
    assert response.status_code != 500, (document, text)
    assert response.status_code in (200, 400, 413), (document, response.status_code, text)
    assert "Unexpected error." not in text, (document, text)
    body = response.json()
    for error in body.get("errors") or []:
        assert error.get("extensions", {}).get("code"), (document, error)
        leak = LEAKS.search(error["message"])
        assert leak is None, (document, error["message"])


ROLES = st.sampled_from(["staff", "client", "anonymous"])


@FUZZ_SETTINGS
@given(document=queries(SDL, custom_scalars=SCALARS, allow_x00=False), role=ROLES)
async def test_generated_queries_get_answers_not_failures(http, tokens, document, role):
    await post_and_check(http, document, tokens[role])


@FUZZ_SETTINGS
@given(document=mutations(SDL, custom_scalars=SCALARS, allow_x00=False), role=ROLES)
async def test_generated_mutations_get_answers_not_failures(http, tokens, document, role):
    await post_and_check(http, document, tokens[role])


@FUZZ_SETTINGS
@given(
    document=queries(SDL, custom_scalars=SCALARS, mode=Mode.NEGATIVE, allow_x00=False),
    role=ROLES,
)
async def test_generated_invalid_queries_are_bad_input(http, tokens, document, role):
    await post_and_check(http, document, tokens[role])


@FUZZ_SETTINGS
@given(
    document=mutations(SDL, custom_scalars=SCALARS, mode=Mode.NEGATIVE, allow_x00=False),
    role=ROLES,
)
async def test_generated_invalid_mutations_are_bad_input(http, tokens, document, role):
    await post_and_check(http, document, tokens[role])
