"""Live subscriptions served by the hub (subscriptions/fanout.py): one encoding per event and
operation, written to every socket of the audience; access rules applied per stream."""

from __future__ import annotations

import asyncio
import json

from subscriptions.fanout import Outbox
from subscriptions.hub import current_hub
from tests.support import make_firm
from tests.support_realtime import (
    JOB_EVENTS,
    LEGACY_WS,
    WsClient,
    make_job,
    record_job_status,
)

SHORT = "subscription { jobStatusEvents { seq visible item { status } } }"


async def parked(count: int) -> None:
    """Until the hub serves `count` parked streams (a stream parks right after it is live)."""
    hub = current_hub()
    for _ in range(500):
        if hub.parked_count == count:
            return
        await asyncio.sleep(0.01)
    raise AssertionError(f"{hub.parked_count} parked streams, expected {count}")


async def raw_next(client: WsClient, wait: float = 5) -> str:
    """The next `next` frame exactly as it came over the wire."""
    while True:
        raw = await asyncio.wait_for(client.ws.recv(), wait)
        if json.loads(raw)["type"] == "next":
            return raw


async def test_live_subscriptions_leave_their_tasks_and_still_hear_every_event(live_server):
    world = await make_firm()
    job = await make_job(world.firm_id, world.accounts["alpha"])
    hub = current_hub()
    clients = [await WsClient.connect(live_server, token=world.owner.token) for _ in range(3)]
    for client in clients:
        await client.subscribe(JOB_EVENTS)
    await parked(3)
    statuses = ("In review", "Preparing")
    seqs = [await record_job_status(job, visible=True, status=s) for s in statuses]
    for client in clients:
        assert [(await client.next_data("jobStatusEvents"))["seq"] for _ in seqs] == [
            str(seq) for seq in seqs
        ]
    assert hub.subscriber_count == 3
    for client in clients:
        await client.close()
    for _ in range(200):  # the sockets' ends release their parked streams
        if hub.subscriber_count == 0:
            break
        await asyncio.sleep(0.01)
    assert hub.subscriber_count == 0 and hub.parked_count == 0


async def test_two_audiences_never_get_each_others_bytes(live_server):
    world = await make_firm()
    alpha_job = await make_job(world.firm_id, world.accounts["alpha"])
    beta_job = await make_job(world.firm_id, world.accounts["beta"], name="Beta's books")
    owner = await WsClient.connect(live_server, token=world.owner.token)
    alpha = [await WsClient.connect(live_server, token=world.clients["alpha"].token) for _ in "ab"]
    beta = await WsClient.connect(live_server, token=world.clients["beta"].token)
    for client in [owner, *alpha, beta]:
        await client.subscribe(SHORT)  # the same document: only the audience tells them apart
    await parked(4)

    alpha_seq = await record_job_status(alpha_job, visible=True, status="In review")
    beta_seq = await record_job_status(beta_job, visible=True, status="Completed")
    owner_frames = [await raw_next(owner), await raw_next(owner)]
    alpha_frames = [await raw_next(client) for client in alpha]
    beta_frame = await raw_next(beta)

    assert [json.loads(f)["payload"]["data"]["jobStatusEvents"]["seq"] for f in owner_frames] == [
        str(alpha_seq),
        str(beta_seq),
    ]
    # Alpha's portal users get alpha's event, byte for byte what the owner got, and nothing
    # of beta's; beta's user gets beta's only.
    assert alpha_frames == [owner_frames[0], owner_frames[0]]
    assert beta_frame == owner_frames[1]
    assert beta_frame != alpha_frames[0]
    for client in [*alpha, beta]:
        assert await client.nothing_within(0.3)
    for client in [owner, *alpha, beta]:
        await client.close()


async def test_a_frame_is_what_strawberry_would_send(live_server):
    world = await make_firm()
    job = await make_job(world.firm_id, world.accounts["alpha"])
    client = await WsClient.connect(live_server, token=world.owner.token)
    legacy = await WsClient.connect(live_server, token=world.owner.token, protocol=LEGACY_WS)
    op_id = await client.subscribe(JOB_EVENTS, {"account": str(world.accounts["alpha"])})
    await legacy.subscribe(JOB_EVENTS, {"account": str(world.accounts["alpha"])})
    await parked(1)  # the legacy protocol keeps strawberry's path
    await record_job_status(job, visible=True, status="In progress")
    frame = await raw_next(client)
    data = (await legacy.next_result())["data"]
    expected = {"id": op_id, "type": "next", "payload": {"data": data}}
    assert frame == json.dumps(expected, separators=(",", ":"))
    await client.close()
    await legacy.close()


async def test_same_document_with_other_variables_is_its_own_stream(live_server):
    world = await make_firm()
    alpha_job = await make_job(world.firm_id, world.accounts["alpha"])
    beta_job = await make_job(world.firm_id, world.accounts["beta"])
    only_alpha = await WsClient.connect(live_server, token=world.owner.token)
    only_beta = await WsClient.connect(live_server, token=world.owner.token)
    await only_alpha.subscribe(JOB_EVENTS, {"account": str(world.accounts["alpha"])})
    await only_beta.subscribe(JOB_EVENTS, {"account": str(world.accounts["beta"])})
    await parked(2)
    beta_seq = await record_job_status(beta_job, visible=True)
    alpha_seq = await record_job_status(alpha_job, visible=True)
    assert (await only_alpha.next_data("jobStatusEvents"))["seq"] == str(alpha_seq)
    assert (await only_beta.next_data("jobStatusEvents"))["seq"] == str(beta_seq)
    assert await only_alpha.nothing_within(0.3) and await only_beta.nothing_within(0.1)
    await only_alpha.close()
    await only_beta.close()


async def test_completing_a_parked_operation_releases_it_and_ends_its_stream(live_server):
    world = await make_firm()
    job = await make_job(world.firm_id, world.accounts["alpha"])
    hub = current_hub()
    client = await WsClient.connect(live_server, token=world.owner.token)
    first = await client.subscribe(JOB_EVENTS)
    await client.subscribe(SHORT)
    await parked(2)
    await client.complete(first)
    await parked(1)
    seq = await record_job_status(job, visible=True)
    message = await client.receive()
    assert message["id"] != first
    assert message["payload"]["data"]["jobStatusEvents"]["seq"] == str(seq)
    assert await client.nothing_within(0.3)
    assert hub.subscriber_count == 1
    await client.close()


async def test_signing_out_ends_parked_streams_with_the_error_then_complete(gql, live_server):
    world = await make_firm()
    job = await make_job(world.firm_id, world.accounts["alpha"])
    hub = current_hub()
    token = world.clients["alpha"].token
    leaving = await WsClient.connect(live_server, token=token)
    staying = await WsClient.connect(live_server, token=world.owner.token)
    op_id = await leaving.subscribe(SHORT)
    await staying.subscribe(SHORT)
    await parked(2)

    assert (await gql("mutation { logout }", token=token))["data"] == {"logout": True}
    seq = await record_job_status(job, visible=True)
    error = await leaving.receive()
    assert error["id"] == op_id and error["type"] == "next"
    assert error["payload"]["data"] is None
    assert error["payload"]["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    assert await leaving.receive() == {"id": op_id, "type": "complete"}
    assert (await staying.next_data("jobStatusEvents"))["seq"] == str(seq)
    assert hub.parked_count == 1 and hub.subscriber_count == 1
    await leaving.close()
    await staying.close()


async def test_a_socket_that_stops_reading_holds_back_only_its_own_frames():
    """The outbox writes at once while the peer reads; while its write waits, later frames
    queue behind it in order; past the limit the stream is told to end."""
    gate = asyncio.Event()
    written: list[str] = []

    async def send_text(frame: str) -> None:
        if frame == "stuck":
            await gate.wait()  # the transport is paused until the peer reads again
        written.append(frame)

    outbox = Outbox(send_text)
    assert outbox.push(1, "first", limit=2) and written == ["first"] and outbox.written == 1
    assert outbox.push(2, "stuck", limit=2) and written == ["first"]
    assert outbox.push(3, "third", limit=2) and outbox.push(4, "fourth", limit=2)
    assert not outbox.push(5, "fifth", limit=2)  # fell behind by more than the limit
    assert outbox.written == 1  # what the client has: it resumes after seq 1
    gate.set()
    for _ in range(100):
        if outbox.backlog is None:
            break
        await asyncio.sleep(0.01)
    assert written == ["first", "stuck", "third", "fourth"] and outbox.written == 4
    assert outbox.push(6, "sixth", limit=2) and written[-1] == "sixth"
