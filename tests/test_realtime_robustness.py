"""Robustness of the live side: no leaks after many subscribe/disconnect cycles, the Inbox+
field once the tasks area's Notification type is plugged in, and Redis outages."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json
import os
import signal
import time
from dataclasses import replace
from datetime import UTC, datetime

import pytest
import uvicorn

from eventstore.records import StoredEvent
from firmflow.context import Context
from models import Event, Notification
from resolvers.inbox import record_inbox_event
from resolvers.uow import atomic
from schema import build_schema
from subscriptions import broadcast as broadcast_module
from subscriptions.broadcast import make_broadcast
from subscriptions.hub import EventHub, current_hub
from tests.support import free_port, make_firm, needs_redis_server
from tests.support_realtime import (
    JOB_EVENTS,
    WsClient,
    make_job,
    record_job_status,
    start_redis,
    stop_process,
)


async def _until(condition, seconds: float = 10.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        await asyncio.sleep(0.005)
    return condition()


@pytest.mark.timeout(300)  # a thousand round trips: ~30 s at a load average of 12 on 2 cores
async def test_a_thousand_subscribe_and_disconnect_cycles_leave_nothing_behind(live_server):
    world = await make_firm()
    job = await make_job(world.firm_id, world.accounts["alpha"])
    hub = current_hub()
    await asyncio.sleep(0.2)
    tasks_before = len(asyncio.all_tasks())
    assert hub.subscriber_count == 0

    client = await WsClient.connect(live_server, token=world.owner.token)
    for cycle in range(1000):
        op = await client.subscribe(JOB_EVENTS)
        assert await _until(lambda: hub.subscriber_count == 1), f"cycle {cycle}"
        if cycle % 10 == 9:  # every tenth client just goes away mid-stream
            await client.close()
            client = await WsClient.connect(live_server, token=world.owner.token)
        else:
            await client.complete(op)
        assert await _until(lambda: hub.subscriber_count == 0), f"cycle {cycle}"
    # Still serving after the churn.
    await client.subscribe(JOB_EVENTS)
    assert await _until(lambda: hub.subscriber_count == 1)
    seq = await record_job_status(job, visible=True)
    assert (await client.next_data("jobStatusEvents"))["seq"] == str(seq)
    await client.close()

    assert await _until(lambda: hub.subscriber_count == 0)
    assert await _until(lambda: len(asyncio.all_tasks()) <= tasks_before), (
        len(asyncio.all_tasks()),
        tasks_before,
    )


async def test_inbox_notifications_field_streams_the_recipients_notifications(app):
    schema = build_schema()
    world = await make_firm()
    context = Context()
    context.viewer = world.employee.viewer
    hub = current_hub()
    before = hub.subscriber_count
    stream = await schema.subscribe(
        "subscription { inboxNotifications { id summary } }", context_value=context
    )
    waiting = asyncio.ensure_future(anext(stream))
    assert await _until(lambda: hub.subscriber_count == before + 1)  # registered: live
    async with atomic():
        row = await Notification.create(
            firm_id=world.firm_id,
            recipient_id=world.employee.id,
            at=datetime.now(UTC),
            kind="CLIENT_MESSAGE",
            client_account_id=world.accounts["alpha"],
            actor_name="Alpha Contact",
            actor_is_client=True,
            summary="New message from Alpha",
        )
        await record_inbox_event(row)
    result = await asyncio.wait_for(waiting, 5)
    assert result.errors is None
    assert result.data == {"inboxNotifications": {"id": str(row.id), "summary": row.summary}}
    await stream.aclose()


# ---------------------------------------------------------------- Redis outages


@needs_redis_server
async def test_subscriptions_recover_when_redis_comes_back_and_writes_never_fail(app, caplog):
    world = await make_firm()
    job = await make_job(world.firm_id, world.accounts["alpha"])
    port = free_port()
    url = f"redis://127.0.0.1:{port}"
    redis_process = start_redis(port)
    broadcast = make_broadcast(url)
    broadcast._backend.retry_seconds = 0.1
    await broadcast.connect()
    hub = EventHub(broadcast, "firmflow.outage-test", queue_size=100)
    await hub.start()
    sample = StoredEvent.from_model(await Event.get(seq=await record_job_status(job, visible=True)))

    async def publish(seq: int) -> None:
        message = replace(sample, seq=seq).to_message()
        await broadcast.publish("firmflow.outage-test", message)

    try:
        async with hub.subscribe(world.firm_id, ["job"]) as inbox:
            await publish(1_000_001)
            assert (await asyncio.wait_for(inbox.get(), 5)).seq == 1_000_001

            stop_process(redis_process)
            # Writes keep working while Redis is down: the event is stored, publishing is
            # only logged as failed.
            saved = broadcast_module._broadcast, broadcast_module._publisher
            outage_publisher = broadcast_module.OrderedPublisher(broadcast)
            broadcast_module._broadcast, broadcast_module._publisher = broadcast, outage_publisher
            try:
                seq = await record_job_status(job, visible=False)
                await broadcast_module.published()  # the failed publish is only logged
            finally:
                broadcast_module._broadcast, broadcast_module._publisher = saved
                await outage_publisher.close()
            assert f"could not publish event {seq}" in caplog.text
            assert await Event.exists(seq=seq)
            await asyncio.sleep(0.5)

            redis_process = start_redis(port)
            received = None
            for attempt in range(100):  # until the listener has reconnected
                with contextlib.suppress(Exception):
                    await publish(2_000_000 + attempt)
                try:
                    received = await asyncio.wait_for(inbox.get(), 0.2)
                    break
                except TimeoutError:
                    continue
            assert received is not None and received.seq >= 2_000_000
            assert broadcast._backend.reconnects >= 1
    finally:
        await hub.stop()
        with contextlib.suppress(Exception):
            await broadcast.disconnect()
        stop_process(redis_process)


# ---------------------------------------------------------------- dead sockets


def _client_frame(text: str | bytes, opcode: int = 0x1) -> bytes:
    """One masked frame, as a browser would send it."""
    data = text.encode() if isinstance(text, str) else text
    mask = os.urandom(4)
    header = bytearray([0x80 | opcode])
    if len(data) < 126:
        header.append(0x80 | len(data))
    else:
        header.append(0x80 | 126)
        header += len(data).to_bytes(2, "big")
    return bytes(header) + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(data))


async def _server_frame(reader: asyncio.StreamReader) -> tuple[int, bytes]:
    head = await reader.readexactly(2)
    length = head[1] & 0x7F
    if length == 126:
        length = int.from_bytes(await reader.readexactly(2), "big")
    elif length == 127:
        length = int.from_bytes(await reader.readexactly(8), "big")
    return head[0] & 0x0F, await reader.readexactly(length)


async def test_server_pings_idle_sockets_and_closes_dead_ones(app):
    """A peer that stops answering pings (a laptop closed mid-stream) is closed by the
    server's keep-alive, and its subscription leaves the hub; the same peer stays while it
    answers (no clock decides: each step waits for what the server does)."""
    world = await make_firm()
    hub = current_hub()
    port = free_port()
    config = uvicorn.Config(
        app,
        host="127.0.0.1",
        port=port,
        lifespan="off",
        log_level="warning",
        ws_ping_interval=0.5,
        # Generous: server and test share one event loop, and a loaded machine may stall it.
        ws_ping_timeout=2,
    )
    server = uvicorn.Server(config)
    serving = asyncio.create_task(server.serve())
    while not server.started:
        await asyncio.sleep(0.02)
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    pongs = 0
    acknowledged = asyncio.Event()

    async def live_peer() -> None:
        """Answer every ping, as a browser tab does."""
        nonlocal pongs
        while True:
            opcode, payload = await _server_frame(reader)
            if opcode == 0x9:
                writer.write(_client_frame(payload, opcode=0xA))
                await writer.drain()
                pongs += 1
            elif opcode == 0x1 and b"connection_ack" in payload:
                acknowledged.set()

    answering = None
    try:
        key = base64.b64encode(os.urandom(16)).decode()
        writer.write(
            (
                f"GET /graphql HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\n"
                f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\n"
                "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: graphql-transport-ws\r\n\r\n"
            ).encode()
        )
        init = {
            "type": "connection_init",
            "payload": {"authorization": f"Bearer {world.owner.token}"},
        }
        await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 5)  # 101 Switching Protocols
        answering = asyncio.create_task(live_peer())
        writer.write(_client_frame(json.dumps(init)))
        await writer.drain()
        await asyncio.wait_for(acknowledged.wait(), 10)
        subscribe = {"id": "1", "type": "subscribe", "payload": {"query": JOB_EVENTS}}
        writer.write(_client_frame(json.dumps(subscribe)))
        await writer.drain()
        assert await _until(lambda: hub.subscriber_count == 1, 10)
        # While the peer answers, the server's pings keep it: two more answered, still there.
        answered = pongs
        assert await _until(lambda: pongs >= answered + 2, 10)
        assert hub.subscriber_count == 1
        # From now on the peer is dead: it reads nothing and answers no ping.
        answering.cancel()
        assert await _until(lambda: hub.subscriber_count == 0, 30)
    finally:
        if answering is not None:
            answering.cancel()
        writer.close()
        server.should_exit = server.force_exit = True
        await serving


@needs_redis_server
async def test_a_frozen_redis_neither_blocks_writes_nor_grows_memory_without_bound(app, caplog):
    """Redis stopped with SIGSTOP accepts nothing and answers nothing: mutations still
    answer at once (publishing is the publisher task's), and the publisher keeps at most
    `max_waiting` messages, dropping the rest with a warning; all events stay stored."""
    world = await make_firm()
    job = await make_job(world.firm_id, world.accounts["alpha"])
    port = free_port()
    redis_process = start_redis(port)
    broadcast = make_broadcast(f"redis://127.0.0.1:{port}")
    await broadcast.connect()
    frozen = broadcast_module.OrderedPublisher(broadcast, max_waiting=3)
    saved = broadcast_module._broadcast, broadcast_module._publisher
    redis_process.send_signal(signal.SIGSTOP)
    try:
        broadcast_module._broadcast, broadcast_module._publisher = broadcast, frozen
        seqs = []
        for number in range(6):
            seqs.append(await asyncio.wait_for(record_job_status(job, visible=number % 2 == 0), 5))
        # One message is stuck in the publish call, three wait, the last two were dropped.
        assert frozen.dropped == 2
        assert f"dropped event {seqs[-1]}" in caplog.text
        assert await Event.filter(seq__in=seqs).count() == 6
    finally:
        broadcast_module._broadcast, broadcast_module._publisher = saved
        redis_process.send_signal(signal.SIGCONT)
        stop_process(redis_process)
        await frozen.close()
        with contextlib.suppress(Exception):
            await broadcast.disconnect()
