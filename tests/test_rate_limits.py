"""Rate limits hold under concurrency: wrong link tokens and failed sign-ins are counted
before they are evaluated, atomically in the database, so parallel requests and aliases of
one document cannot all slip under the limit. Sign-in failures are limited per (address,
e-mail), per address and (as a high ceiling) per e-mail, so a guesser cannot lock the real
user out from elsewhere."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from tortoise.expressions import F

from firmflow.settings import use_settings
from models import RateLimitCounter
from tests.support import PASSWORD, Gql, error_code, make_firm
from tests.support_requests import SHARED, sent_third_party_request

LOGIN = """mutation($email: String!, $password: String!) {
  login(email: $email, password: $password) { token }
}"""


@pytest.fixture
async def from_address(app: Any) -> AsyncIterator[Any]:
    """`from_address("10.0.0.7")`: a GraphQL caller whose requests come from that address."""
    clients: list[httpx.AsyncClient] = []

    def caller(host: str) -> Gql:
        transport = httpx.ASGITransport(app=app, client=(host, 40000))
        client = httpx.AsyncClient(transport=transport, base_url="http://testserver.local")
        clients.append(client)
        return Gql(client)

    yield caller
    for client in clients:
        await client.aclose()


def codes(results: list[dict[str, Any]]) -> list[str | None]:
    return [error_code(r) for r in results]


async def test_eleven_wrong_link_tokens_at_once_from_one_address_are_rate_limited(gql):
    await make_firm()
    results = await asyncio.gather(*(gql(SHARED, {"token": f"guess-{i}"}) for i in range(11)))
    found = codes(results)
    assert "RATE_LIMITED" in found, found
    assert found.count("NOT_FOUND") <= 10, found


async def test_thirty_parallel_wrong_link_tokens_evaluate_at_most_ten(gql):
    await make_firm()
    results = await asyncio.gather(*(gql(SHARED, {"token": f"guess-{i}"}) for i in range(30)))
    found = codes(results)
    assert found.count("NOT_FOUND") == 10, found
    assert found.count("RATE_LIMITED") == 20, found


async def test_aliases_of_shared_request_count_as_attempts(gql):
    await make_firm()
    aliases = " ".join(f'a{i}: sharedRequest(token: "guess-{i}") {{ title }}' for i in range(30))
    result = await gql(f"{{ {aliases} }}")
    found = [e["extensions"]["code"] for e in result["errors"]]
    assert len(found) == 30
    assert found.count("NOT_FOUND") == 10, found
    assert found.count("RATE_LIMITED") == 20, found


async def test_right_link_tokens_do_not_use_up_the_limit(gql):
    world = await make_firm()
    _, token = await sent_third_party_request(gql, world.owner.token, world.accounts["alpha"])
    results = await asyncio.gather(*(gql(SHARED, {"token": token}) for _ in range(15)))
    assert codes(results) == [None] * 15
    for attempt in range(10):
        assert error_code(await gql(SHARED, {"token": f"guess-{attempt}"})) == "NOT_FOUND"
    assert error_code(await gql(SHARED, {"token": "guess-10"})) == "RATE_LIMITED"


async def test_twenty_parallel_wrong_password_sign_ins_are_limited(gql):
    await make_firm()
    bad = {"email": "owner@acme-tax.test", "password": "wrong-password"}
    results = await asyncio.gather(*(gql(LOGIN, bad) for _ in range(20)))
    found = codes(results)
    assert found.count("UNAUTHENTICATED") == 10, found
    assert found.count("RATE_LIMITED") == 10, found


async def test_a_guessing_address_cannot_lock_the_real_user_out_from_another(from_address):
    await make_firm()
    guesser, owner = from_address("203.0.113.9"), from_address("198.51.100.4")
    bad = {"email": "owner@acme-tax.test", "password": "wrong-password"}
    assert codes([await guesser(LOGIN, bad) for _ in range(10)]) == ["UNAUTHENTICATED"] * 10
    assert error_code(await guesser(LOGIN, bad)) == "RATE_LIMITED"
    good = {"email": "owner@acme-tax.test", "password": PASSWORD}
    assert error_code(await guesser(LOGIN, good)) == "RATE_LIMITED"
    assert error_code(await owner(LOGIN, good)) is None


async def test_one_address_cannot_try_many_emails(from_address):
    await make_firm()
    sprayer, other = from_address("203.0.113.10"), from_address("198.51.100.5")
    results = [
        await sprayer(LOGIN, {"email": f"person{i}@acme-tax.test", "password": "guess"})
        for i in range(31)
    ]
    assert codes(results) == ["UNAUTHENTICATED"] * 30 + ["RATE_LIMITED"]
    good = {"email": "admin@acme-tax.test", "password": PASSWORD}
    assert error_code(await sprayer(LOGIN, good)) == "RATE_LIMITED"
    assert error_code(await other(LOGIN, good)) is None


async def test_an_email_guessed_from_many_addresses_hits_the_ceiling(from_address, settings):
    use_settings(
        settings.with_changes(
            limits=settings.limits.__class__(
                **{**settings.limits.__dict__, "login_failures_per_email_per_minute": 15}
            )
        )
    )
    await make_firm()
    bad = {"email": "owner@acme-tax.test", "password": "wrong-password"}
    for i in range(15):
        assert error_code(await from_address(f"203.0.113.{i}")(LOGIN, bad)) == "UNAUTHENTICATED"
    assert error_code(await from_address("203.0.113.99")(LOGIN, bad)) == "RATE_LIMITED"


async def test_failures_older_than_a_minute_no_longer_count(gql):
    await make_firm()
    bad = {"email": "owner@acme-tax.test", "password": "wrong-password"}
    for _ in range(10):
        await gql(LOGIN, bad)
    good = {"email": "owner@acme-tax.test", "password": PASSWORD}
    assert error_code(await gql(LOGIN, good)) == "RATE_LIMITED"
    await RateLimitCounter.all().update(minute=F("minute") - 2)
    assert error_code(await gql(LOGIN, good)) is None
