"""Robustness of the live side: no leaks after many subscribe/disconnect cycles, the Inbox+
field once the tasks area's Notification type is plugged in, and Redis outages."""

from __future__ import annotations

import asyncio
import contextlib
import shutil
import socket
import subprocess
import time
from dataclasses import replace
from datetime import UTC, datetime

import pytest
import strawberry

from firmflow.context import Context
from models import Event, Notification
from resolvers.uow import atomic
from schema.events import build_subscription
from subscriptions import broadcast as broadcast_module
from subscriptions.broadcast import make_broadcast
from subscriptions.events import record_event
from subscriptions.hub import EventHub, current_hub
from subscriptions.records import StoredEvent
from tests.support import make_firm
from tests.support_realtime import JOB_EVENTS, WsClient, make_job, record_job_status


async def _until(condition, seconds: float = 10.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        await asyncio.sleep(0.005)
    return condition()


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


@strawberry.type
class StubNotification:
    """Stands in for the tasks area's `Notification` (schema/inbox.py) until the merge."""

    id: strawberry.ID
    summary: str

    @classmethod
    def from_model(cls, row: Notification) -> StubNotification:
        return cls(id=strawberry.ID(str(row.id)), summary=row.summary)


@strawberry.type
class _Query:
    ok: bool = True


async def test_inbox_notifications_field_streams_the_recipients_notifications(app):
    schema = strawberry.Schema(
        query=_Query, subscription=build_subscription(notification_type=StubNotification)
    )
    assert "inboxNotifications(after: ID = null): StubNotification!" in schema.as_str()
    world = await make_firm()
    context = Context()
    context.viewer = world.employee.viewer
    stream = await schema.subscribe(
        "subscription { inboxNotifications { id summary } }", context_value=context
    )
    waiting = asyncio.ensure_future(anext(stream))
    await asyncio.sleep(0.1)
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
        await record_event(
            topic="inbox",
            firm_id=world.firm_id,
            client_account_id=world.accounts["alpha"],
            recipient_staff_id=world.employee.id,
            payload={"notificationId": str(row.id)},
        )
    result = await asyncio.wait_for(waiting, 5)
    assert result.errors is None
    assert result.data == {"inboxNotifications": {"id": str(row.id), "summary": row.summary}}
    await stream.aclose()


# ---------------------------------------------------------------- Redis outages


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _start_redis(port: int) -> subprocess.Popen:
    process = subprocess.Popen(
        [
            "redis-server",
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.2):
            return process
        time.sleep(0.05)
    process.kill()
    raise RuntimeError("redis-server did not start")


def _stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(5)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(5)


@pytest.mark.skipif(shutil.which("redis-server") is None, reason="needs the redis-server binary")
async def test_subscriptions_recover_when_redis_comes_back_and_writes_never_fail(app):
    world = await make_firm()
    job = await make_job(world.firm_id, world.accounts["alpha"])
    port = _free_port()
    url = f"redis://127.0.0.1:{port}"
    redis_process = _start_redis(port)
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

            _stop(redis_process)
            # Writes keep working while Redis is down: the event is stored, publishing is
            # only logged as failed.
            saved, broadcast_module._broadcast = broadcast_module._broadcast, broadcast
            try:
                seq = await record_job_status(job, visible=False)
            finally:
                broadcast_module._broadcast = saved
            assert await Event.exists(seq=seq)
            await asyncio.sleep(0.5)

            redis_process = _start_redis(port)
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
        _stop(redis_process)
