"""Role-scoped subscriptions over real websockets: each viewer hears exactly what it may read."""

from __future__ import annotations

import pytest
from websockets.exceptions import ConnectionClosed

from models import Event, JobAssignee
from tests.support import make_firm
from tests.support_realtime import (
    JOB_EVENTS,
    LEGACY_WS,
    REQUEST_EVENTS,
    TASK_EVENTS,
    TRANSPORT_WS,
    WsClient,
    first_error_code,
    make_job,
    make_request,
    make_thread,
    record_job_status,
    record_request_status,
    record_task_change,
    third_party_link,
    until_live,
)


@pytest.mark.parametrize("protocol", [TRANSPORT_WS, LEGACY_WS])
async def test_client_sees_its_job_appear_and_leave_work_in_progress(live_server, protocol):
    world = await make_firm()
    alpha = world.accounts["alpha"]
    job = await make_job(world.firm_id, alpha)
    client = await WsClient.connect(
        live_server, token=world.clients["alpha"].token, protocol=protocol
    )
    await client.subscribe(JOB_EVENTS)

    shown = await record_job_status(job, visible=True, status="In review")
    event = await client.next_data("jobStatusEvents")
    assert event["seq"] == str(shown)  # the first thing it hears: no replay without `after`
    assert event["visible"] is True
    assert event["jobId"] == str(job.id)
    assert event["clientAccountId"] == str(alpha)
    assert event["item"]["status"] == "In review"
    assert event["item"]["jobName"] == job.name

    hidden = await record_job_status(job, visible=False)
    event = await client.next_data("jobStatusEvents")
    assert (event["seq"], event["visible"], event["item"]) == (str(hidden), False, None)
    await client.close()


async def test_client_hears_nothing_of_jobs_it_never_saw_or_of_other_accounts(live_server):
    world = await make_firm()
    secret_job = await make_job(world.firm_id, world.accounts["alpha"], "Internal review")
    beta_job = await make_job(world.firm_id, world.accounts["beta"])
    shown_job = await make_job(world.firm_id, world.accounts["alpha"], "2026 return")
    client = await WsClient.connect(live_server, token=world.clients["alpha"].token)
    await client.subscribe(JOB_EVENTS)
    await until_live("jobStatusEvents", lambda: record_job_status(shown_job, visible=True), client)

    await record_job_status(secret_job, visible=False, source="AUTOMATION")
    await record_job_status(secret_job, visible=False)
    await record_job_status(beta_job, visible=True)
    # The control: an event it may hear, recorded after those (one firm's events arrive in
    # order, so any of them that reached the client would have come first).
    shown = await record_job_status(shown_job, visible=True)
    assert (await client.next_data("jobStatusEvents"))["seq"] == str(shown)
    await client.close()


async def test_client_cannot_subscribe_to_another_accounts_jobs(live_server):
    world = await make_firm()
    client = await WsClient.connect(live_server, token=world.clients["alpha"].token)
    await client.subscribe(JOB_EVENTS, {"account": str(world.accounts["beta"])})
    assert first_error_code(await client.next_result()) == "NOT_FOUND"
    await client.close()


async def test_employee_hears_jobs_of_its_team_and_of_jobs_assigned_later(live_server):
    world = await make_firm()
    alpha_job = await make_job(world.firm_id, world.accounts["alpha"])
    beta_job = await make_job(world.firm_id, world.accounts["beta"])
    employee = await WsClient.connect(live_server, token=world.employee.token)
    await employee.subscribe(JOB_EVENTS)
    await until_live(
        "jobStatusEvents", lambda: record_job_status(alpha_job, visible=True), employee
    )

    await record_job_status(beta_job, visible=True)
    alpha_seq = await record_job_status(alpha_job, visible=True)  # beta's would come first
    assert (await employee.next_data("jobStatusEvents"))["seq"] == str(alpha_seq)

    await JobAssignee.create(job=beta_job, staff_id=world.employee.id)
    beta_seq = await record_job_status(beta_job, visible=False)
    assert (await employee.next_data("jobStatusEvents"))["seq"] == str(beta_seq)
    await employee.close()


async def test_owner_hears_the_whole_firm_and_nothing_of_another_firm(live_server):
    world = await make_firm()
    other = await make_firm("Other Books")
    ours = await make_job(world.firm_id, world.accounts["beta"])
    theirs = await make_job(other.firm_id, other.accounts["alpha"])
    owner = await WsClient.connect(live_server, token=world.owner.token)
    await owner.subscribe(JOB_EVENTS)
    other_owner = await WsClient.connect(live_server, token=other.owner.token)
    await other_owner.subscribe(JOB_EVENTS)
    await until_live("jobStatusEvents", lambda: record_job_status(ours, visible=True), owner)
    await until_live(
        "jobStatusEvents", lambda: record_job_status(theirs, visible=True), other_owner
    )

    # The other firm's event has reached this server's subscribers (its own owner heard
    # it) before ours is recorded: had it reached our owner too, it would have come first.
    their_seq = await record_job_status(theirs, visible=True)
    assert (await other_owner.next_data("jobStatusEvents"))["seq"] == str(their_seq)
    seq = await record_job_status(ours, visible=False)
    assert (await owner.next_data("jobStatusEvents"))["seq"] == str(seq)
    await other_owner.close()

    await owner.subscribe(JOB_EVENTS, {"account": str(other.accounts["alpha"])})
    assert first_error_code(await owner.next_result()) == "NOT_FOUND"
    await owner.close()


async def test_client_follows_task_checks_in_its_own_threads_only(live_server):
    world = await make_firm()
    alpha_thread = await make_thread(world.firm_id, world.accounts["alpha"])
    beta_thread = await make_thread(world.firm_id, world.accounts["beta"])
    client = await WsClient.connect(live_server, token=world.clients["alpha"].token)
    # Resuming after the newest event: what is recorded below is replayed if it commits
    # before the subscription is registered, so the test does not race the subscribe.
    newest = await Event.all().order_by("-seq").first()
    after = str(newest.seq if newest else 0)
    await client.subscribe(TASK_EVENTS, {"thread": str(alpha_thread.id), "after": after})
    await until_live("clientTaskEvents", lambda: record_task_change(alpha_thread), client)

    await record_task_change(beta_thread)
    seq = await record_task_change(alpha_thread, kind="CHECKED")  # beta's would come first
    event = await client.next_data("clientTaskEvents")
    assert event["seq"] == str(seq)
    assert event["kind"] == "CHECKED"
    assert event["threadId"] == str(alpha_thread.id)
    assert event["task"]["completed"] is True
    assert event["task"]["completedByClient"] is True
    assert (event["completedTaskCount"], event["totalTaskCount"]) == (1, 2)
    assert event["actorIsClient"] is True

    seq = await record_task_change(alpha_thread, kind="DELETED")
    event = await client.next_data("clientTaskEvents")
    assert (event["seq"], event["kind"], event["task"]) == (str(seq), "DELETED", None)

    await client.subscribe(TASK_EVENTS, {"thread": str(beta_thread.id)})
    assert first_error_code(await client.next_result()) == "NOT_FOUND"
    await client.close()


async def test_employee_hears_task_changes_of_team_accounts_only(live_server):
    world = await make_firm()
    alpha_thread = await make_thread(world.firm_id, world.accounts["alpha"])
    beta_thread = await make_thread(world.firm_id, world.accounts["beta"])
    employee = await WsClient.connect(live_server, token=world.employee.token)
    await employee.subscribe(TASK_EVENTS)
    await until_live("clientTaskEvents", lambda: record_task_change(alpha_thread), employee)

    await record_task_change(beta_thread)
    seq = await record_task_change(alpha_thread, kind="UNCHECKED", completed=False)
    event = await employee.next_data("clientTaskEvents")  # beta's would have come first
    assert (event["seq"], event["kind"]) == (str(seq), "UNCHECKED")
    await employee.close()


async def test_client_hears_its_sent_portal_requests_but_not_drafts_or_third_party_ones(
    live_server,
):
    world = await make_firm()
    alpha = world.accounts["alpha"]
    draft = await make_request(world.firm_id, alpha, status="DRAFT")
    outside = await make_request(world.firm_id, alpha, access="THIRD_PARTY")
    canary = await make_request(world.firm_id, alpha)
    client = await WsClient.connect(live_server, token=world.clients["alpha"].token)
    await client.subscribe(REQUEST_EVENTS)
    await until_live("requestEvents", lambda: record_request_status(canary, "IN_PROGRESS"), client)

    await record_request_status(outside, "IN_PROGRESS")
    await record_request_status(draft, "DRAFT")
    # Sent after those two: the first event the client hears.
    sent = await record_request_status(draft, "PENDING")
    event = await client.next_data("requestEvents")
    assert (event["seq"], event["requestId"], event["status"]) == (
        str(sent),
        str(draft.id),
        "PENDING",
    )
    await client.close()


async def test_third_party_follows_its_one_request_only(live_server):
    world = await make_firm()
    alpha = world.accounts["alpha"]
    mine = await make_request(world.firm_id, alpha, access="THIRD_PARTY")
    other = await make_request(world.firm_id, alpha, access="THIRD_PARTY")
    token = await third_party_link(mine)
    guest = await WsClient.connect(live_server, params={"requestToken": token})
    await guest.subscribe(REQUEST_EVENTS)
    await until_live("requestEvents", lambda: record_request_status(mine, "IN_PROGRESS"), guest)

    await record_request_status(other, "IN_PROGRESS")
    seq = await record_request_status(mine, "SUBMITTED")
    event = await guest.next_data("requestEvents")  # the other request's would come first
    assert (event["seq"], event["status"]) == (str(seq), "SUBMITTED")

    await guest.subscribe(REQUEST_EVENTS, {"request": str(other.id)})
    assert first_error_code(await guest.next_result()) == "NOT_FOUND"
    await guest.subscribe(JOB_EVENTS)
    assert first_error_code(await guest.next_result()) == "FORBIDDEN"
    await guest.close()


@pytest.mark.parametrize("params", [{}, {"authorization": "Bearer not-a-token"}])
async def test_websocket_without_valid_credentials_is_closed_with_4403(live_server, params):
    with pytest.raises(ConnectionClosed) as closed:
        client = await WsClient.connect(live_server, params=params)
        await client.receive(2)
    assert closed.value.rcvd.code == 4403


async def test_many_viewers_share_one_execution_but_each_gets_its_own_selection(live_server):
    from schema import events as event_schema

    event_schema._results.clear()  # seqs restart between tests on PostgreSQL
    world = await make_firm()
    job = await make_job(world.firm_id, world.accounts["alpha"])
    short = "subscription { jobStatusEvents { seq visible } }"
    viewers = [world.owner, world.admin, world.clients["alpha"], world.employee]
    full = [await WsClient.connect(live_server, token=p.token) for p in viewers]
    for client in full:
        await client.subscribe(JOB_EVENTS)
    brief = await WsClient.connect(live_server, token=world.clients["alpha"].token)
    await brief.subscribe(short)
    await until_live("jobStatusEvents", lambda: record_job_status(job, visible=True), *full, brief)

    seq = await record_job_status(job, visible=True, status="In review")
    results = [await client.next_data("jobStatusEvents") for client in full]
    assert all(result == results[0] for result in results)
    assert results[0]["item"]["status"] == "In review"
    assert await brief.next_data("jobStatusEvents") == {"seq": str(seq), "visible": True}
    executions = [k for k, (payload, _) in event_schema._results.items() if payload.seq == str(seq)]
    assert len(executions) == 2  # one per distinct operation, not one per subscriber
    for client in [*full, brief]:
        await client.close()


async def test_a_revoked_request_link_stops_its_open_subscription(live_server):
    from resolvers.request_links import reissue_link
    from resolvers.uow import atomic

    world = await make_firm()
    request = await make_request(world.firm_id, world.accounts["alpha"], access="THIRD_PARTY")
    token = await third_party_link(request)
    guest = await WsClient.connect(live_server, params={"requestToken": token})
    await guest.subscribe(REQUEST_EVENTS)
    await record_request_status(request, "IN_PROGRESS")
    assert (await guest.next_data("requestEvents"))["status"] == "IN_PROGRESS"

    # Issuing a new link revokes the old one: its holder hears nothing more.
    async with atomic():
        await reissue_link(request)
    await record_request_status(request, "SUBMITTED")
    assert first_error_code(await guest.next_result()) == "NOT_FOUND"
    await guest.close()


async def test_signing_out_stops_the_sockets_opened_with_that_token(gql, live_server):
    world = await make_firm()
    job = await make_job(world.firm_id, world.accounts["alpha"])
    client = await WsClient.connect(live_server, token=world.clients["alpha"].token)
    await client.subscribe(JOB_EVENTS)
    await record_job_status(job, visible=True)
    assert (await client.next_data("jobStatusEvents"))["visible"] is True

    signed_out = await gql("mutation { logout }", token=world.clients["alpha"].token)
    assert signed_out["data"] == {"logout": True}
    await record_job_status(job, visible=False)
    assert first_error_code(await client.next_result()) == "UNAUTHENTICATED"
    await client.close()
