"""The hub gets this process's events straight from the commit, so the broadcast's echo of
them is dropped unread (no JSON parse per event for nothing); another process's messages
are read as before. A firm's first subscriber here misses nothing committed while it
registers, though that event's copies came while nobody of the firm was listening."""

from __future__ import annotations

import asyncio
import os

from eventstore.records import StoredEvent, batch_message
from eventstore.store import add_sink, remove_sink
from models import Event
from subscriptions.broadcast import OwnMessages, current_broadcast, publish_committed, published
from subscriptions.hub import current_hub
from tests.support import make_firm
from tests.support_realtime import make_job, record_job_status


async def _until(condition, seconds: float = 5.0) -> None:
    deadline = asyncio.get_running_loop().time() + seconds
    while not condition():
        assert asyncio.get_running_loop().time() < deadline, "timed out"
        await asyncio.sleep(0.01)


async def test_the_echo_of_this_process_events_is_dropped_unread_and_each_arrives_once(app):
    world = await make_firm()
    job = await make_job(world.firm_id, world.accounts["alpha"])
    hub = current_hub()
    async with hub.subscribe(world.firm_id, ["job"]) as inbox:
        await published()
        echoes = hub.echoes_dropped
        seqs = [await record_job_status(job, visible=v) for v in (True, False)]
        await published()
        await _until(lambda: hub.echoes_dropped == echoes + 2)
        await hub.idle()
        assert [(await asyncio.wait_for(inbox.get(), 5)).seq for _ in seqs] == seqs
        assert not inbox.queue


async def test_another_process_message_is_read_and_delivered(app, settings):
    world = await make_firm()
    job = await make_job(world.firm_id, world.accounts["alpha"])
    hub = current_hub()
    async with hub.subscribe(world.firm_id, ["job"]) as inbox:
        # An event committed elsewhere: stored, but neither published nor handed to the hub.
        remove_sink(hub.accept)
        remove_sink(publish_committed)
        try:
            seq = await record_job_status(job, visible=True)
        finally:
            add_sink(publish_committed)
            add_sink(hub.accept)
        row = await Event.get(firm_id=world.firm_id, seq=seq)
        broadcast = current_broadcast()
        assert broadcast is not None
        echoes = hub.echoes_dropped
        await broadcast.publish(
            channel=settings.broadcast_channel,
            message=batch_message([StoredEvent.from_model(row)]),
        )
        assert (await asyncio.wait_for(inbox.get(), 5)).seq == seq
        assert hub.echoes_dropped == echoes


async def test_an_event_committed_while_a_firm_first_subscriber_registers_reaches_it(
    app, tmp_path, monkeypatch
):
    world = await make_firm()
    job = await make_job(world.firm_id, world.accounts["alpha"])
    hub = current_hub()
    await published()
    await hub.idle()
    monkeypatch.setenv("FIRMFLOW_PAUSE_AT", "hub-first-subscriber")
    monkeypatch.setenv("FIRMFLOW_PAUSE_DIR", str(tmp_path))
    monkeypatch.setenv("FIRMFLOW_PAUSE_SECONDS", "30")

    async def first_event() -> int:
        async with hub.subscribe(world.firm_id, ["job"]) as inbox:
            return (await asyncio.wait_for(inbox.get(), 5)).seq

    registering = asyncio.create_task(first_event())
    # The starting point is read (no event yet); the registration is held here.
    await _until(lambda: (tmp_path / f"hub-first-subscriber.{os.getpid()}").exists())
    seq = await record_job_status(job, visible=True)
    await published()
    await hub.idle()  # both copies came and went while the firm had nobody here
    (tmp_path / "go").touch()
    assert await registering == seq


def test_a_message_whose_echo_never_comes_is_forgotten_beyond_the_size_limit():
    own = OwnMessages(limit_chars=10)
    own.remember("aaaa")
    own.remember("bbbb")
    own.remember("cccc")  # 12 characters: the oldest goes
    assert not own.is_echo("aaaa")
    assert own.is_echo("bbbb") and own.is_echo("cccc")
    assert not own.is_echo("cccc")  # one echo per publish
