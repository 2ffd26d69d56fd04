"""Edits and links (DOMAIN.md, next wave): renaming a job, linking threads and requests to
jobs, and the live job events that tell staff when a job's pending blockers change."""

from __future__ import annotations

from typing import Any

from models import ClientRequest, Event, JobAssignee
from resolvers import pipelines
from tests.support import error_code, make_firm
from tests.support_jobs import UPDATE_CF, WORK_IN_PROGRESS, new_job, plain_pipeline, tax_pipeline
from tests.support_realtime import WsClient
from tests.support_requests import create_request
from tests.support_requests import data as rdata
from tests.support_tasks import check, create_thread

UPDATE_JOB = """mutation($id: ID!, $name: String!) {
  updateJob(jobId: $id, name: $name) { id name clientFacing { jobName } } }"""
LINK_THREAD = """mutation($t: ID!, $j: ID) {
  linkThreadToJob(threadId: $t, jobId: $j) { id job { id } } }"""
LINK_REQUEST = """mutation($r: ID!, $j: ID) {
  linkRequestToJob(requestId: $r, jobId: $j) { id job { id } } }"""
STAFF_JOB_EVENTS = """subscription($after: ID) {
  jobStatusEvents(after: $after) { seq jobId visible source blockersChanged item { jobName } }
}"""


async def _newest_seq() -> str:
    newest = await Event.all().order_by("-seq").first()
    return str(newest.seq if newest else 0)


# ---------------------------------------------------------------- updateJob


async def test_renaming_a_job_reaches_a_client_who_sees_the_default_name_live(gql, live_server):
    world = await make_firm()
    tax = await tax_pipeline(world.owner.viewer)  # the first stage shows the job
    job_id = await new_job(world.owner.viewer, world.accounts["alpha"], tax)
    client = await WsClient.connect(live_server, token=world.clients["alpha"].token)
    await client.subscribe(STAFF_JOB_EVENTS, {"after": await _newest_seq()})
    renamed = await gql(
        UPDATE_JOB, {"id": str(job_id), "name": "  2025 return (amended) "}, token=world.owner.token
    )
    assert rdata(renamed, "updateJob") == {
        "id": str(job_id),
        "name": "2025 return (amended)",
        "clientFacing": {"jobName": "2025 return (amended)"},
    }
    event = await client.next_data("jobStatusEvents")
    assert event["item"] == {"jobName": "2025 return (amended)"}
    assert event["blockersChanged"] is False and event["source"] == "MANUAL"
    portal = await gql(WORK_IN_PROGRESS, token=world.clients["alpha"].token)
    assert [item["jobName"] for item in rdata(portal, "workInProgress")] == [
        "2025 return (amended)"
    ]
    await client.close()


async def test_renaming_a_job_keeps_a_client_job_name_set_by_hand(gql):
    world = await make_firm()
    tax = await tax_pipeline(world.owner.viewer)
    job_id = await new_job(world.owner.viewer, world.accounts["alpha"], tax)
    await gql(
        UPDATE_CF,
        {"jobId": str(job_id), "input": {"jobName": "Your 2025 taxes"}},
        token=world.owner.token,
    )
    renamed = await gql(
        UPDATE_JOB, {"id": str(job_id), "name": "Internal"}, token=world.owner.token
    )
    assert rdata(renamed, "updateJob")["clientFacing"] == {"jobName": "Your 2025 taxes"}


async def test_a_job_name_must_be_1_to_200_characters_after_trimming(gql):
    world = await make_firm()
    plain = await plain_pipeline(world.owner.viewer)
    job_id = await new_job(world.owner.viewer, world.accounts["alpha"], plain)
    for name in ("", "   ", "x" * 201):
        refused = await gql(UPDATE_JOB, {"id": str(job_id), "name": name}, token=world.owner.token)
        assert error_code(refused) == "BAD_INPUT", name
    exact = await gql(UPDATE_JOB, {"id": str(job_id), "name": "y" * 200}, token=world.owner.token)
    assert rdata(exact, "updateJob")["name"] == "y" * 200


async def test_renaming_is_for_staff_with_access_to_the_job(gql):
    world = await make_firm()
    other = await make_firm("Other Firm")
    plain = await plain_pipeline(world.owner.viewer)
    job_id = await new_job(world.owner.viewer, world.accounts["beta"], plain)  # no team
    variables = {"id": str(job_id), "name": "Renamed"}
    assert error_code(await gql(UPDATE_JOB, variables, token=world.employee.token)) == "NOT_FOUND"
    assert error_code(await gql(UPDATE_JOB, variables, token=other.owner.token)) == "NOT_FOUND"
    client = await gql(UPDATE_JOB, variables, token=world.clients["beta"].token)
    assert error_code(client) == "FORBIDDEN"
    await JobAssignee.create(job_id=job_id, staff_id=world.employee.id)
    assert rdata(await gql(UPDATE_JOB, variables, token=world.employee.token), "updateJob")


# ---------------------------------------------------------------- links


async def test_a_thread_and_a_request_are_linked_to_a_job_and_unlinked(gql):
    world = await make_firm()
    plain = await plain_pipeline(world.owner.viewer)
    job_id = await new_job(world.owner.viewer, world.accounts["alpha"], plain)
    thread = await create_thread(gql, world.owner.token, world.accounts["alpha"])
    request = await create_request(gql, world.owner.token, world.accounts["alpha"])
    for mutation, field, key, item in (
        (LINK_THREAD, "linkThreadToJob", "t", thread["id"]),
        (LINK_REQUEST, "linkRequestToJob", "r", request["id"]),
    ):
        linked = await gql(mutation, {key: item, "j": str(job_id)}, token=world.employee.token)
        assert rdata(linked, field) == {"id": item, "job": {"id": str(job_id)}}
        unlinked = await gql(mutation, {key: item, "j": None}, token=world.employee.token)
        assert rdata(unlinked, field) == {"id": item, "job": None}
    stored = await ClientRequest.get(id=int(request["id"]))
    assert stored.job_id is None and stored.job_stage_id is None


async def test_a_job_linked_to_a_thread_or_request_must_be_of_the_same_client_account(gql):
    world = await make_firm()
    plain = await plain_pipeline(world.owner.viewer)
    beta_job = await new_job(world.owner.viewer, world.accounts["beta"], plain)
    thread = await create_thread(gql, world.owner.token, world.accounts["alpha"])
    request = await create_request(gql, world.owner.token, world.accounts["alpha"])
    refused = await gql(
        LINK_THREAD, {"t": thread["id"], "j": str(beta_job)}, token=world.owner.token
    )
    assert error_code(refused) == "BAD_INPUT"
    refused = await gql(
        LINK_REQUEST, {"r": request["id"], "j": str(beta_job)}, token=world.owner.token
    )
    assert error_code(refused) == "BAD_INPUT"


async def test_linking_needs_access_to_both_the_job_and_the_thread_or_request(gql):
    world = await make_firm()
    other = await make_firm("Other Firm")
    plain = await plain_pipeline(world.owner.viewer)
    beta_job = await new_job(world.owner.viewer, world.accounts["beta"], plain)
    alpha_job = await new_job(world.owner.viewer, world.accounts["alpha"], plain)
    beta_thread = await create_thread(gql, world.owner.token, world.accounts["beta"])
    beta_request = await create_request(gql, world.owner.token, world.accounts["beta"])
    alpha_thread = await create_thread(gql, world.owner.token, world.accounts["alpha"])
    employee = world.employee.token  # on alpha's team only
    # The job is theirs, the thread and request are not: NOT_FOUND.
    await JobAssignee.create(job_id=beta_job, staff_id=world.employee.id)
    for mutation, key, item in (
        (LINK_THREAD, "t", beta_thread["id"]),
        (LINK_REQUEST, "r", beta_request["id"]),
    ):
        result = await gql(mutation, {key: item, "j": str(beta_job)}, token=employee)
        assert error_code(result) == "NOT_FOUND"
    # Another firm reaches neither.
    result = await gql(
        LINK_THREAD, {"t": alpha_thread["id"], "j": str(alpha_job)}, token=other.owner.token
    )
    assert error_code(result) == "NOT_FOUND"
    client = await gql(
        LINK_THREAD,
        {"t": alpha_thread["id"], "j": str(alpha_job)},
        token=world.clients["alpha"].token,
    )
    assert error_code(client) == "FORBIDDEN"


# ---------------------------------------------------------------- live blockers


async def test_staff_hear_live_when_a_jobs_blockers_change_and_clients_never_do(gql, live_server):
    world = await make_firm()
    tax = await tax_pipeline(world.owner.viewer, auto_advance_first=True)
    job_id = await new_job(world.owner.viewer, world.accounts["alpha"], tax)  # visible
    after = await _newest_seq()
    staff = await WsClient.connect(live_server, token=world.owner.token)
    await staff.subscribe(STAFF_JOB_EVENTS, {"after": after})
    client = await WsClient.connect(live_server, token=world.clients["alpha"].token)
    await client.subscribe(STAFF_JOB_EVENTS, {"after": after})

    thread = await create_thread(
        gql, world.owner.token, world.accounts["alpha"], tasks=["Sign", "Pay"], job_id=job_id
    )
    event = await staff.next_data("jobStatusEvents")
    assert (event["jobId"], event["blockersChanged"]) == (str(job_id), True)
    await check(gql, world.clients["alpha"].token, thread["tasks"][0]["id"])
    event = await staff.next_data("jobStatusEvents")
    assert event["blockersChanged"] is True

    # The client's next job event is the next change it may see, not the blockers events.
    await gql(
        UPDATE_CF,
        {"jobId": str(job_id), "input": {"description": "Soon."}},
        token=world.owner.token,
    )
    seen = await client.next_data("jobStatusEvents")
    assert (seen["blockersChanged"], seen["source"]) == (False, "MANUAL")
    await staff.close()
    await client.close()


async def test_linking_a_request_to_a_job_in_an_auto_advance_stage_tells_staff(gql, live_server):
    world = await make_firm()
    plain = await plain_pipeline(world.owner.viewer)
    await pipelines.set_stage_auto_advance(
        viewer=world.owner.viewer, stage_id=plain.stages[0], auto_advance=True
    )
    job_id = await new_job(world.owner.viewer, world.accounts["alpha"], plain)
    request = await create_request(gql, world.owner.token, world.accounts["alpha"], send=True)
    staff = await WsClient.connect(live_server, token=world.employee.token)
    await staff.subscribe(STAFF_JOB_EVENTS, {"after": await _newest_seq()})
    await gql(LINK_REQUEST, {"r": request["id"], "j": str(job_id)}, token=world.owner.token)
    event: dict[str, Any] = await staff.next_data("jobStatusEvents")
    assert (event["jobId"], event["blockersChanged"]) == (str(job_id), True)
    await staff.close()


async def test_an_employee_hears_blockers_only_of_jobs_it_has_access_to(gql, live_server):
    world = await make_firm()
    plain = await plain_pipeline(world.owner.viewer)
    await pipelines.set_stage_auto_advance(
        viewer=world.owner.viewer, stage_id=plain.stages[0], auto_advance=True
    )
    beta_job = await new_job(world.owner.viewer, world.accounts["beta"], plain)  # not its team
    alpha_job = await new_job(world.owner.viewer, world.accounts["alpha"], plain)
    staff = await WsClient.connect(live_server, token=world.employee.token)
    await staff.subscribe(STAFF_JOB_EVENTS, {"after": await _newest_seq()})
    await create_thread(
        gql, world.owner.token, world.accounts["beta"], tasks=["Sign"], job_id=beta_job
    )
    await create_thread(
        gql, world.owner.token, world.accounts["alpha"], tasks=["Sign"], job_id=alpha_job
    )
    event = await staff.next_data("jobStatusEvents")
    assert (event["jobId"], event["blockersChanged"]) == (str(alpha_job), True)
    await staff.close()
