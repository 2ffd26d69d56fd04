"""A websocket fuzz (graphql-transport-ws and the legacy graphql-ws): random and malformed
frames at every protocol step (before connection_init, after the ack, with an operation
running), against the app served by uvicorn on loopback. After the frame a last frame `[]`
(malformed) is sent, so every socket ends: always with a close frame whose code is a
protocol code, never an abrupt 1006, and the server logs no traceback.

Bounded for CI: EXAMPLES per protocol, derandomized."""

from __future__ import annotations

import asyncio
import json
import logging

import pytest
import websockets
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from websockets.exceptions import ConnectionClosed

from tests.support import make_firm
from tests.support_realtime import JOB_EVENTS, LEGACY_WS, TRANSPORT_WS

# Longer than the suite's 90 s a test on a loaded machine (bounded all the same).
pytestmark = pytest.mark.timeout(300)


EXAMPLES = 150
PROTOCOL_CODES = {4400, 4401, 4403, 4408, 4409, 4429}
# graphql-ws (legacy) ends connection_terminate with a normal 1000 (the client asked for
# it) and a binary frame with 1002 (RFC 6455's protocol error), as that protocol does.
LEGACY_CODES = PROTOCOL_CODES | {1000, 1002}

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=8,
)
TYPES = st.sampled_from(
    [
        "connection_init",
        "ping",
        "pong",
        "subscribe",
        "complete",
        "start",
        "stop",
        "connection_terminate",
        "next",
        "error",
        "",
    ]
)
QUERIES = st.sampled_from(
    [
        "{ __typename }",
        "{ viewer { id } }",
        JOB_EVENTS,
        "subscription { nope }",
        "{",
        "query A { viewer { id } } query B { firm { name } }",
    ]
)
PAYLOADS = st.fixed_dictionaries(
    {},
    optional={
        "query": QUERIES | JSON,
        "variables": JSON,
        "operationName": JSON,
        "extensions": JSON,
        "authorization": st.sampled_from(["Bearer nope", "", "Bearer"]) | JSON,
        "requestToken": st.text(max_size=10) | JSON,
    },
)
MESSAGES = st.fixed_dictionaries(
    {"type": TYPES | JSON},
    optional={"id": st.sampled_from(["1", "2", ""]) | JSON, "payload": PAYLOADS | JSON},
)
# Frames JSON cannot produce from Python values: lone surrogate escapes, broken JSON.
RAW = st.sampled_from(
    [
        '{"type": "connection_init", "payload": {"authorization": "Bearer \\ud800"}}',
        '{"type": "connection_init", "payload": {"requestToken": "\\udc00x"}}',
        '{"type": "subscribe", "id": "\\ud800", "payload": {"query": "{ __typename }"}}',
        '{"type": "subscribe", "id": "1", "payload": {"query": "{ __typename }",'
        ' "variables": {"\\udfff": 1}}}',
        '{"type": "ping", "payload": {"x": "\\ud800"}}',
        "{",
        "",
        "[1]",
        '"hello"',
        "null",
    ]
)
FRAMES = (
    MESSAGES.map(json.dumps)
    | JSON.map(json.dumps)
    | RAW
    | st.text(max_size=20)
    | st.binary(max_size=20)
)
STEPS = st.sampled_from(["fresh", "acked", "running"])

FUZZ_SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture
async def token():
    return (await make_firm()).owner.token


async def run_example(server: str, protocol: str, token: str, step: str, frame: str | bytes) -> int:
    """The close code the server sent after `frame` at `step`, then `[]`."""
    ws = await websockets.connect(
        f"ws://{server}/graphql", subprotocols=[protocol], open_timeout=10
    )
    try:
        if step != "fresh":
            init = {"type": "connection_init", "payload": {"authorization": f"Bearer {token}"}}
            await ws.send(json.dumps(init))
            while json.loads(await asyncio.wait_for(ws.recv(), 10))["type"] != "connection_ack":
                pass
        if step == "running":
            kind = "subscribe" if protocol == TRANSPORT_WS else "start"
            await ws.send(json.dumps({"type": kind, "id": "1", "payload": {"query": JOB_EVENTS}}))
        await ws.send(frame)
        await ws.send("[]")
        with pytest.raises(ConnectionClosed) as closed:
            while True:
                await asyncio.wait_for(ws.recv(), 10)
    finally:
        await ws.close()
    assert closed.value.rcvd is not None, f"closed without a close frame (1006) after {frame!r}"
    return closed.value.rcvd.code


def assert_no_traceback(caplog, frame: str | bytes) -> None:
    assert "Traceback" not in caplog.text, (frame, caplog.text)
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert not errors, (frame, [r.getMessage() for r in errors])


@FUZZ_SETTINGS
@given(step=STEPS, frame=FRAMES)
async def test_graphql_transport_ws_closes_every_fuzzed_socket_with_a_protocol_code(
    live_server, token, caplog, step, frame
):
    caplog.clear()
    code = await run_example(live_server, TRANSPORT_WS, token, step, frame)
    assert code in PROTOCOL_CODES, (step, frame, code)
    assert_no_traceback(caplog, frame)


@FUZZ_SETTINGS
@given(step=STEPS, frame=FRAMES)
async def test_legacy_graphql_ws_closes_every_fuzzed_socket_with_a_protocol_code(
    live_server, token, caplog, step, frame
):
    caplog.clear()
    code = await run_example(live_server, LEGACY_WS, token, step, frame)
    assert code in LEGACY_CODES, (step, frame, code)
    assert_no_traceback(caplog, frame)
