"""Rate limits hold across server processes: two real `firmflow serve` processes on one
database count the same attempts (the counter is one atomic statement in the database,
not memory of a process)."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx

from tests.support import make_firm
from tests.test_realtime_scaleout import pytestmark, two_servers  # noqa: F401 (fixture)

SHARED = "query($t: String!) { sharedRequest(token: $t) { title } }"
LOGIN = """mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }"""


def _code(response: httpx.Response) -> str | None:
    errors: list[dict[str, Any]] = response.json().get("errors") or []
    return errors[0].get("extensions", {}).get("code") if errors else None


async def test_wrong_link_tokens_spread_over_two_processes_are_limited(app, two_servers):  # noqa: F811
    await make_firm()
    servers = two_servers
    async with httpx.AsyncClient(timeout=30) as client:
        responses = await asyncio.gather(
            *(
                client.post(
                    f"http://{servers[i % 2]}/graphql",
                    json={"query": SHARED, "variables": {"t": f"guess-{i}"}},
                )
                for i in range(16)
            )
        )
    codes = [_code(r) for r in responses]
    assert codes.count("NOT_FOUND") == 10, codes
    assert codes.count("RATE_LIMITED") == 6, codes


async def test_parallel_wrong_passwords_over_two_processes_are_limited(app, two_servers):  # noqa: F811
    await make_firm()
    servers = two_servers
    bad = {"e": "owner@acme-tax.test", "p": "wrong-password"}
    async with httpx.AsyncClient(timeout=30) as client:
        responses = await asyncio.gather(
            *(
                client.post(
                    f"http://{servers[i % 2]}/graphql", json={"query": LOGIN, "variables": bad}
                )
                for i in range(20)
            )
        )
    codes = [_code(r) for r in responses]
    assert codes.count("UNAUTHENTICATED") == 10, codes
    assert codes.count("RATE_LIMITED") == 10, codes
