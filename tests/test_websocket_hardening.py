"""Websockets under abuse (DOMAIN.md "Abuse limits"): a malformed frame closes with 4400,
never an abrupt 1006 with a traceback in the log; open sockets are capped per address
(uninitialised ones count) and per token (over: 4429); operations at once are capped per
socket. Real websocket clients against the app served by uvicorn on loopback."""

from __future__ import annotations

import asyncio
import json
import logging

import pytest
import websockets
from websockets.exceptions import ConnectionClosed

from firmflow.settings import Limits, use_settings
from tests.support import make_firm
from tests.support_realtime import JOB_EVENTS, TRANSPORT_WS, WsClient, first_error_code


async def raw_socket(server: str, protocol: str = TRANSPORT_WS):
    return await websockets.connect(
        f"ws://{server}/graphql", subprotocols=[protocol], open_timeout=10
    )


async def close_code(ws) -> int:
    """The code the server closed with (waits for the close; a timeout fails the test)."""
    with pytest.raises(ConnectionClosed) as closed:
        for _ in range(20):
            await asyncio.wait_for(ws.recv(), 10)
    assert closed.value.rcvd is not None, "closed without a close frame (1006)"
    return closed.value.rcvd.code


def no_traceback(caplog) -> None:
    assert "Traceback" not in caplog.text
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR], caplog.text


FIRST_FRAMES = [
    "[1]",
    '"connection_init"',
    "null",
    "{}",
    '{"type": 5}',
    '{"type": "connection_init", "payload": "a string"}',
    '{"type": "connection_init", "payload": [1]}',
    '{"type": "connection_init", "payload": {"authorization": "Bearer \\ud800"}}',
    '{"type": "connection_init", "payload": {"requestToken": "\\udfff"}}',
    "{not json",
]


@pytest.mark.parametrize("frame", FIRST_FRAMES)
async def test_a_malformed_first_frame_closes_with_4400(live_server, caplog, frame):
    ws = await raw_socket(live_server)
    await ws.send(frame)
    assert await close_code(ws) == 4400
    no_traceback(caplog)


async def test_a_binary_frame_closes_with_4400(live_server, caplog):
    ws = await raw_socket(live_server)
    await ws.send(b'{"type": "connection_init"}')
    assert await close_code(ws) == 4400
    no_traceback(caplog)


AFTER_ACK_FRAMES = [
    '{"type": "subscribe", "id": {"x": 1}, "payload": {"query": "{ __typename }"}}',
    '{"type": "subscribe", "id": 7, "payload": {"query": "{ __typename }"}}',
    '{"type": "subscribe", "id": "1", "payload": "{ __typename }"}',
    '{"type": "subscribe", "id": "1", "payload": {"query": 5}}',
    '{"type": "subscribe", "id": "1", "payload": {"query": "{ __typename }", "variables": [1]}}',
    '{"type": "subscribe", "id": "1", "payload": {"query": "{ __typename }",'
    ' "variables": {"x": "\\ud800"}}}',
    '{"type": "subscribe", "id": "1"}',
    '{"type": "complete", "id": ["1"]}',
    '{"type": "no-such-type"}',
    "[]",
]


@pytest.mark.parametrize("frame", AFTER_ACK_FRAMES)
async def test_a_malformed_frame_after_sign_in_closes_with_4400(live_server, caplog, frame):
    world = await make_firm()
    client = await WsClient.connect(live_server, token=world.owner.token)
    await client.ws.send(frame)
    assert await close_code(client.ws) == 4400
    no_traceback(caplog)


async def test_connection_init_with_a_null_payload_is_like_no_credentials(live_server, caplog):
    ws = await raw_socket(live_server)
    await ws.send('{"type": "connection_init", "payload": null}')
    assert await close_code(ws) == 4403
    no_traceback(caplog)


async def test_sockets_per_address_are_capped_and_uninitialised_ones_count(live_server, settings):
    use_settings(settings.with_changes(limits=Limits(max_sockets_per_address=3)))
    world = await make_firm()
    idle = [await raw_socket(live_server) for _ in range(2)]
    signed_in = await WsClient.connect(live_server, token=world.owner.token)
    refused = await raw_socket(live_server)
    assert await close_code(refused) == 4429
    await idle[0].close()
    for _ in range(100):  # the server sees the close a moment after the client sends it
        again = await raw_socket(live_server)
        await again.send(json.dumps({"type": "connection_init", "payload": {}}))
        code = await close_code(again)
        if code == 4403:  # accepted, then refused for its missing credentials
            break
        assert code == 4429
        await asyncio.sleep(0.05)
    else:
        pytest.fail("a socket was never accepted again after one closed")
    await signed_in.close()
    for ws in idle[1:]:
        await ws.close()


async def test_sockets_per_token_are_capped(live_server, settings):
    use_settings(settings.with_changes(limits=Limits(max_sockets_per_token=2)))
    world = await make_firm()
    first = [await WsClient.connect(live_server, token=world.owner.token) for _ in range(2)]
    third = await raw_socket(live_server)
    await third.send(
        json.dumps(
            {"type": "connection_init", "payload": {"authorization": f"Bearer {world.owner.token}"}}
        )
    )
    assert await close_code(third) == 4429
    other = await WsClient.connect(live_server, token=world.admin.token)  # another token
    await first[0].close()
    for _ in range(50):
        try:
            again = await WsClient.connect(live_server, token=world.owner.token)
            break
        except ConnectionClosed as closed:
            assert closed.rcvd is not None and closed.rcvd.code == 4429
            await asyncio.sleep(0.05)
    else:
        pytest.fail("the token never got its socket back")
    for client in (again, other, first[1]):
        await client.close()


async def test_operations_per_socket_are_capped_and_the_socket_stays_open(live_server, settings):
    use_settings(settings.with_changes(limits=Limits(max_subscriptions_per_socket=2)))
    world = await make_firm()
    client = await WsClient.connect(live_server, token=world.owner.token)
    await client.subscribe(JOB_EVENTS)
    await client.subscribe(JOB_EVENTS)
    await client.subscribe(JOB_EVENTS)
    result = await client.next_result()
    assert first_error_code(result) == "RATE_LIMITED"
    assert "FIRMFLOW_MAX_SUBSCRIPTIONS_PER_SOCKET" in result["errors"][0]["message"]
    await client.ws.send(json.dumps({"type": "ping"}))
    assert json.loads(await asyncio.wait_for(client.ws.recv(), 5))["type"] == "pong"
    await client.close()
