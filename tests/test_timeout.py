"""The execution time limit (DOMAIN.md "Abuse limits"): a query or mutation still running
after FIRMFLOW_QUERY_TIMEOUT_SECONDS (default 10 s) is stopped and answered with TIMEOUT.

The served schema class (FirmflowSchema) runs here with one resolver that really waits
longer than the limit, over HTTP through the served view, and directly."""

from __future__ import annotations

import asyncio
import time

import httpx
import strawberry

from firmflow.app import FirmflowGraphQL
from firmflow.settings import Limits, load_settings, use_settings
from schema import FirmflowSchema, schema_extensions
from schema.common import ErrorCode

finished: list[str] = []


@strawberry.type
class SlowQuery:
    @strawberry.field
    async def slow(self) -> str:
        await asyncio.sleep(30)
        finished.append("slow")
        return "done"

    @strawberry.field
    def quick(self) -> str:
        return "done"


def slow_schema() -> FirmflowSchema:
    return FirmflowSchema(query=SlowQuery, types=[ErrorCode], extensions=schema_extensions())


def test_the_default_limit_is_ten_seconds():
    assert load_settings({}).limits.query_timeout_seconds == 10.0
    assert load_settings({"FIRMFLOW_QUERY_TIMEOUT_SECONDS": "2.5"}).limits.query_timeout_seconds
    assert "TIMEOUT" in ErrorCode.__members__


async def test_a_query_running_past_the_limit_is_answered_with_timeout(settings):
    use_settings(settings.with_changes(limits=Limits(query_timeout_seconds=0.2)))
    started = time.monotonic()
    result = await slow_schema().execute("{ slow }")
    assert time.monotonic() - started < 5
    assert result.data is None
    assert result.errors[0].extensions["code"] == "TIMEOUT"
    assert "FIRMFLOW_QUERY_TIMEOUT_SECONDS" in result.errors[0].message
    assert finished == []  # the resolver was stopped, not left running
    assert (await slow_schema().execute("{ quick }")).data == {"quick": "done"}


async def test_over_http_the_timeout_is_a_graphql_error_with_code_timeout(settings):
    use_settings(settings.with_changes(limits=Limits(query_timeout_seconds=0.2)))
    view = FirmflowGraphQL(slow_schema())
    transport = httpx.ASGITransport(app=view)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver.local") as http:
        response = await http.post("/graphql", json={"query": "{ slow }"})
    assert response.status_code == 200
    body = response.json()
    assert body["data"] is None
    assert body["errors"][0]["extensions"] == {"code": "TIMEOUT"}
