"""Websockets (graphql-transport-ws) authenticate with the same bearer token, sent in the
connection_init payload: a bad or missing token closes with 4403, no init with 4408."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed

from subscriptions.credentials import credentials_still_valid, forget_token
from tests.support import count_queries, make_firm

PROTOCOL = "graphql-transport-ws"


async def _recv(ws: Any, seconds: float = 10) -> Any:
    """The next frame; a server that says nothing fails the test instead of hanging it."""
    return await asyncio.wait_for(ws.recv(), seconds)


async def _init_and_read(live_server: str, payload: dict | None) -> dict:
    async with connect(f"ws://{live_server}/graphql", subprotocols=[PROTOCOL]) as ws:
        message: dict = {"type": "connection_init"}
        if payload is not None:
            message["payload"] = payload
        await ws.send(json.dumps(message))
        return json.loads(await _recv(ws))


async def _close_code_after_init(live_server: str, payload: dict | None) -> int:
    with pytest.raises(ConnectionClosed) as closed:
        await _init_and_read(live_server, payload)
    assert closed.value.rcvd is not None
    return closed.value.rcvd.code


async def test_a_good_token_gets_connection_ack(live_server):
    world = await make_firm()
    for token in (world.employee.token, world.clients["alpha"].token):
        reply = await _init_and_read(live_server, {"authorization": f"Bearer {token}"})
        assert reply["type"] == "connection_ack"


async def test_a_bad_token_is_closed_with_4403(live_server):
    await make_firm()
    code = await _close_code_after_init(live_server, {"authorization": "Bearer not-a-token"})
    assert code == 4403


async def test_a_revoked_token_is_closed_with_4403(live_server, gql):
    world = await make_firm()
    await gql("mutation { logout }", token=world.owner.token)
    code = await _close_code_after_init(
        live_server, {"authorization": f"Bearer {world.owner.token}"}
    )
    assert code == 4403


async def test_no_credentials_are_closed_with_4403(live_server):
    assert await _close_code_after_init(live_server, None) == 4403
    assert await _close_code_after_init(live_server, {}) == 4403


async def test_no_connection_init_is_closed_with_4408_on_timeout(live_server):
    """The tests' settings wait one second for connection_init (production: a minute)."""
    async with connect(f"ws://{live_server}/graphql", subprotocols=[PROTOCOL]) as ws:
        with pytest.raises(ConnectionClosed) as closed:
            await _recv(ws)
    assert closed.value.rcvd is not None and closed.value.rcvd.code == 4408


async def test_legacy_graphql_ws_protocol_authenticates_with_the_same_token(live_server):
    world = await make_firm()
    url = f"ws://{live_server}/graphql"
    async with connect(url, subprotocols=["graphql-ws"]) as ws:
        await ws.send(
            json.dumps(
                {
                    "type": "connection_init",
                    "payload": {"authorization": f"Bearer {world.owner.token}"},
                }
            )
        )
        assert json.loads(await _recv(ws))["type"] == "connection_ack"
    async with connect(url, subprotocols=["graphql-ws"]) as ws:
        await ws.send(
            json.dumps({"type": "connection_init", "payload": {"authorization": "Bearer bad"}})
        )
        # The legacy protocol answers connection_error, then closes with 4403 like the other.
        assert json.loads(await _recv(ws))["type"] == "connection_error"
        with pytest.raises(ConnectionClosed) as closed:
            await _recv(ws)
        assert closed.value.rcvd is not None and closed.value.rcvd.code == 4403


@pytest.mark.parametrize("payload", [None, {}, {"requestToken": "not-a-link"}])
async def test_legacy_graphql_ws_without_valid_credentials_is_closed_with_4403(
    live_server, payload
):
    async with connect(f"ws://{live_server}/graphql", subprotocols=["graphql-ws"]) as ws:
        message: dict = {"type": "connection_init"}
        if payload is not None:
            message["payload"] = payload
        await ws.send(json.dumps(message))
        assert json.loads(await _recv(ws))["type"] == "connection_error"
        with pytest.raises(ConnectionClosed) as closed:
            await _recv(ws)
    assert closed.value.rcvd is not None and closed.value.rcvd.code == 4403


async def test_a_thousand_sockets_of_one_token_share_one_credentials_query():
    """All sockets of a token wake for the same event: one query answers all of them."""
    world = await make_firm()
    viewer = world.owner.viewer
    forget_token(viewer.token_id)
    with count_queries() as queries:
        answers = await asyncio.gather(*(credentials_still_valid(viewer) for _ in range(1000)))
    assert all(answers)
    assert len([s for s in queries.statements if "auth_token" in s]) == 1
