"""Resuming with `after`: replay then live with no gap and no duplicate; retention; slow
consumers are closed with a reason and can resume."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from eventstore.records import StoredEvent
from models import Event, Notification
from resolvers.auth import viewer_from_request_token
from resolvers.errors import Forbidden, InvalidState
from resolvers.inbox import notify_portal_users, record_inbox_event
from resolvers.uow import atomic
from subscriptions.hub import current_hub
from subscriptions.retention import prune_events
from subscriptions.streams import stream_inbox_notifications, stream_job_events
from tests.support import make_firm
from tests.support_realtime import (
    JOB_EVENTS,
    LEGACY_WS,
    WsClient,
    first_error_code,
    make_job,
    make_request,
    record_job_status,
    third_party_link,
)


async def test_client_resuming_after_a_seq_gets_what_it_missed_then_live_events(live_server):
    world = await make_firm()
    job = await make_job(world.firm_id, world.accounts["alpha"])
    seen = await record_job_status(job, visible=True, status="Preparing")
    missed = [
        await record_job_status(job, visible=True, status="In progress"),
        await record_job_status(job, visible=True, status="In review"),
    ]
    client = await WsClient.connect(live_server, token=world.clients["alpha"].token)
    await client.subscribe(JOB_EVENTS, {"after": str(seen)})
    replayed = [await client.next_data("jobStatusEvents") for _ in missed]
    assert [e["seq"] for e in replayed] == [str(s) for s in missed]
    assert [e["item"]["status"] for e in replayed] == ["In progress", "In review"]

    live = await record_job_status(job, visible=True, status="Completed")
    assert (await client.next_data("jobStatusEvents"))["seq"] == str(live)
    marker = await record_job_status(job, visible=True)  # a copy of any would come first
    assert (await client.next_data("jobStatusEvents"))["seq"] == str(marker)
    await client.close()


async def test_resume_while_events_keep_coming_loses_nothing_and_repeats_nothing(live_server):
    world = await make_firm()
    job = await make_job(world.firm_id, world.accounts["alpha"])
    first = await record_job_status(job, visible=True)
    for _ in range(20):
        await record_job_status(job, visible=True)

    async def keep_writing() -> list[int]:
        return [await record_job_status(job, visible=True) for _ in range(40)]

    owner = await WsClient.connect(live_server, token=world.owner.token, protocol=LEGACY_WS)
    writer = asyncio.create_task(keep_writing())
    await asyncio.sleep(0.01)
    await owner.subscribe(JOB_EVENTS, {"after": str(first)})
    written = await writer
    expected = (
        await Event.filter(topic="job", seq__gt=first).order_by("seq").values_list("seq", flat=True)
    )
    assert written[-1] == expected[-1]
    received = [int((await owner.next_data("jobStatusEvents"))["seq"]) for _ in expected]
    assert received == list(expected)
    marker = await record_job_status(job, visible=True)  # a repeated one would come first
    assert (await owner.next_data("jobStatusEvents"))["seq"] == str(marker)
    await owner.close()


async def test_resuming_from_before_the_retention_window_asks_the_client_to_reload(live_server):
    world = await make_firm()
    job = await make_job(world.firm_id, world.accounts["alpha"])
    old = await record_job_status(job, visible=True)
    older_than_retention = datetime.now(UTC) - timedelta(days=31)
    await Event.filter(seq=old).update(at=older_than_retention)
    kept = await record_job_status(job, visible=True)
    assert await prune_events() == 1
    assert not await Event.exists(seq=old)

    client = await WsClient.connect(live_server, token=world.clients["alpha"].token)
    await client.subscribe(JOB_EVENTS, {"after": str(old - 1)})
    result = await client.next_result()
    assert first_error_code(result) == "INVALID_STATE"
    assert "reload" in result["errors"][0]["message"]

    await client.subscribe(JOB_EVENTS, {"after": str(old)})
    assert (await client.next_data("jobStatusEvents"))["seq"] == str(kept)
    await client.close()


async def test_a_bad_after_value_is_bad_input(live_server):
    world = await make_firm()
    client = await WsClient.connect(live_server, token=world.owner.token)
    await client.subscribe(JOB_EVENTS, {"after": "yesterday"})
    assert first_error_code(await client.next_result()) == "BAD_INPUT"
    await client.close()


async def test_slow_subscriber_is_closed_with_a_reason_and_resumes_with_after(live_server):
    world = await make_firm()
    job = await make_job(world.firm_id, world.accounts["alpha"])
    hub = current_hub()
    hub.queue_size, before = 3, hub.queue_size
    try:
        stream = stream_job_events(viewer=world.owner.viewer)
        waiting = asyncio.ensure_future(anext(stream))
        while hub.subscriber_count == 0:  # registered: live from here
            await asyncio.sleep(0.01)
        first_seq = await record_job_status(job, visible=True)
        assert (await waiting).seq == first_seq
        # The consumer stops reading while more events arrive than its queue holds.
        base = await Event.get(seq=first_seq)
        for offset in range(1, 6):
            hub.dispatch(replace(StoredEvent.from_model(base), seq=first_seq + offset))
        assert hub.subscriber_count == 0  # dropped at once: its memory is freed
        try:
            await anext(stream)
            raise AssertionError("the slow subscriber should have been closed")
        except InvalidState as error:
            assert f'after: "{first_seq}"' in error.message
    finally:
        hub.queue_size = before


async def test_inbox_notifications_reach_only_their_recipient(app):
    world = await make_firm()
    hub = current_hub()
    before = hub.subscriber_count
    stream = stream_inbox_notifications(viewer=world.employee.viewer)
    admin_stream = stream_inbox_notifications(viewer=world.admin.viewer)
    mine = asyncio.ensure_future(anext(stream))
    admins = asyncio.ensure_future(anext(admin_stream))
    while hub.subscriber_count < before + 2:  # both registered: live from here
        await asyncio.sleep(0.01)

    async def notify(recipient_id: int, summary: str) -> Notification:
        async with atomic():
            row = await Notification.create(
                firm_id=world.firm_id,
                recipient_id=recipient_id,
                at=datetime.now(UTC),
                kind="CLIENT_TASK_CHANGED",
                client_account_id=world.accounts["alpha"],
                actor_name="Alpha Contact",
                actor_is_client=True,
                summary=summary,
            )
            await record_inbox_event(row)
        return row

    await notify(world.owner.id, "for the owner")
    for_employee = await notify(world.employee.id, "Alpha checked 'Upload your W-2'")
    # The control: the admin's own, recorded after those two, is the first the admin gets.
    for_admin = await notify(world.admin.id, "for the admin")
    assert (await asyncio.wait_for(mine, 5)).id == for_employee.id
    assert (await asyncio.wait_for(admins, 5)).id == for_admin.id
    await stream.aclose()
    await admin_stream.aclose()

    replay = stream_inbox_notifications(viewer=world.employee.viewer, after="0")
    assert (await asyncio.wait_for(anext(replay), 5)).summary == for_employee.summary
    await replay.aclose()


async def test_inbox_notifications_serve_a_portal_user_its_own_and_no_third_party(app):
    world = await make_firm()
    request = await make_request(world.firm_id, world.accounts["alpha"], access="THIRD_PARTY")
    guest = await viewer_from_request_token(await third_party_link(request))
    assert guest is not None
    try:
        await anext(stream_inbox_notifications(viewer=guest))
        raise AssertionError("a request link reaches no inbox")
    except Forbidden:
        pass
    stream = stream_inbox_notifications(viewer=world.clients["alpha"].viewer)
    hub = current_hub()
    before = hub.registrations
    mine = asyncio.ensure_future(anext(stream))
    while hub.registrations == before:  # registered: what commits next reaches it
        await asyncio.sleep(0.005)
    async with atomic():
        staff_only = await Notification.create(
            firm_id=world.firm_id,
            recipient_id=world.employee.id,
            at=datetime.now(UTC),
            kind="CLIENT_MESSAGE",
            client_account_id=world.accounts["alpha"],
            actor_name="Alpha Contact",
            actor_is_client=True,
            summary="for the employee",
        )
        await record_inbox_event(staff_only)
        await notify_portal_users(
            firm_id=world.firm_id,
            client_account_id=world.accounts["beta"],
            kind="FIRM_MESSAGE",
            actor_name="Acme Tax Owner",
            summary="for beta",
        )
        await notify_portal_users(
            firm_id=world.firm_id,
            client_account_id=world.accounts["alpha"],
            kind="FIRM_MESSAGE",
            actor_name="Acme Tax Owner",
            summary="for alpha",
        )
    got = await asyncio.wait_for(mine, 5)
    assert (got.kind, got.summary) == ("FIRM_MESSAGE", "for alpha")
    await stream.aclose()
