"""Every event source, end to end: real mutations over HTTP, real websocket subscribers.

The areas record their events at one point each; these tests prove the whole path from a
staff or client action to the open views entitled to see it, and nothing more.
"""

from __future__ import annotations

from typing import Any

from tests.support import FirmWorld, Gql, make_firm
from tests.support_realtime import JOB_EVENTS, REQUEST_EVENTS, TASK_EVENTS, WsClient

INBOX = """subscription { inboxNotifications { id kind actorName actorIsClient summary
  task { title completed } request { title status } } }"""


async def _data(gql: Gql, query: str, variables: dict[str, Any], token: str) -> dict[str, Any]:
    result = await gql(query, variables, token=token)
    assert not result.get("errors"), result
    return result["data"]


async def _pipeline(gql: Gql, world: FirmWorld) -> dict[str, Any]:
    """Waiting for docs (auto-advance) → Preparing (shows "Preparing") → Filed."""
    statuses = (await _data(gql, "{ clientFacingStatuses { id name } }", {}, world.owner.token))[
        "clientFacingStatuses"
    ]
    preparing = next(s for s in statuses if s["name"] == "Preparing")
    created = await _data(
        gql,
        """mutation($stages: [StageInput!]!) {
          createPipeline(name: "Individual tax return", stages: $stages) { id stages { id } }
        }""",
        {
            "stages": [
                {"name": "Waiting for docs", "autoAdvance": True},
                {
                    "name": "Preparing",
                    "clientStatusAutomation": {"visible": True, "statusId": preparing["id"]},
                },
                {"name": "Filed"},
            ]
        },
        world.owner.token,
    )
    return {"pipeline": created["createPipeline"], "statuses": statuses}


async def _job(gql: Gql, world: FirmWorld, pipeline_id: str, account: str, name: str) -> str:
    created = await _data(
        gql,
        "mutation($input: CreateJobInput!) { createJob(input: $input) { id } }",
        {
            "input": {
                "name": name,
                "clientAccountId": str(world.accounts[account]),
                "pipelineId": pipeline_id,
            }
        },
        world.owner.token,
    )
    return created["createJob"]["id"]


async def test_bulk_show_and_hide_reach_the_clients_portal_live(gql, live_server):
    world = await make_firm()
    setup = await _pipeline(gql, world)
    pipeline_id = setup["pipeline"]["id"]
    mine = [await _job(gql, world, pipeline_id, "alpha", f"Return {n}") for n in (1, 2)]
    other = await _job(gql, world, pipeline_id, "beta", "Beta return")
    in_progress = next(s for s in setup["statuses"] if s["name"] == "In progress")
    client = await WsClient.connect(live_server, token=world.clients["alpha"].token)
    await client.subscribe(JOB_EVENTS)

    bulk = """mutation($ids: [ID!]!, $input: BulkClientFacingInput!) {
      bulkUpdateClientFacing(jobIds: $ids, input: $input) { updatedCount } }"""
    shown = {"visibility": "SHOW", "statusId": in_progress["id"]}
    await _data(gql, bulk, {"ids": [*mine, other], "input": shown}, world.owner.token)
    events = [await client.next_data("jobStatusEvents") for _ in mine]
    assert sorted(e["jobId"] for e in events) == sorted(mine)
    assert all(e["visible"] and e["source"] == "BULK" for e in events)
    assert {e["item"]["status"] for e in events} == {"In progress"}

    # The other account's job (after alpha's in that bulk edit) never reaches alpha: the next
    # event alpha hears is the one recorded after it.
    await _data(gql, bulk, {"ids": [mine[0]], "input": {"visibility": "HIDE"}}, world.owner.token)
    hidden = await client.next_data("jobStatusEvents")
    assert (hidden["jobId"], hidden["visible"], hidden["item"]) == (mine[0], False, None)
    await client.close()


async def test_client_ticking_the_last_task_reaches_the_team_live(gql, live_server):
    world = await make_firm()
    staff = await WsClient.connect(live_server, token=world.employee.token)
    await staff.subscribe(TASK_EVENTS)
    inbox = await WsClient.connect(live_server, token=world.employee.token)
    await inbox.subscribe(INBOX)
    thread = (
        await _data(
            gql,
            """mutation($account: ID!) { createThread(clientAccountId: $account,
              subject: "Documents", tasks: ["Upload your W-2"]) { id tasks { id } } }""",
            {"account": str(world.accounts["alpha"])},
            world.owner.token,
        )
    )["createThread"]
    added = await staff.next_data("clientTaskEvents")
    assert (added["kind"], added["totalTaskCount"]) == ("ADDED", 1)
    by_staff = await inbox.next_data("inboxNotifications")
    assert (by_staff["kind"], by_staff["actorIsClient"]) == ("CLIENT_TASK_CHANGED", False)

    await _data(
        gql,
        "mutation($id: ID!) { setClientTaskCompleted(taskId: $id, completed: true) { id } }",
        {"id": thread["tasks"][0]["id"]},
        world.clients["alpha"].token,
    )
    kinds = {(await staff.next_data("clientTaskEvents"))["kind"] for _ in range(2)}
    assert kinds == {"CHECKED", "ALL_COMPLETED"}
    notified = [await inbox.next_data("inboxNotifications") for _ in range(2)]
    assert {n["kind"] for n in notified} == {"CLIENT_TASK_CHANGED", "CLIENT_TASKS_ALL_COMPLETED"}
    assert all(n["actorIsClient"] and n["actorName"] == "Alpha Contact" for n in notified)
    changed = next(n for n in notified if n["kind"] == "CLIENT_TASK_CHANGED")
    assert changed["task"] == {"title": "Upload your W-2", "completed": True}
    await staff.close()
    await inbox.close()


async def test_submitting_a_linked_request_advances_the_job_and_tells_everyone(gql, live_server):
    world = await make_firm()
    setup = await _pipeline(gql, world)
    job_id = await _job(gql, world, setup["pipeline"]["id"], "alpha", "2026 return")
    client = await WsClient.connect(live_server, token=world.clients["alpha"].token)
    await client.subscribe(REQUEST_EVENTS)
    await client.subscribe(JOB_EVENTS)
    owner_inbox = await WsClient.connect(live_server, token=world.employee.token)
    await owner_inbox.subscribe(INBOX)

    request = (
        await _data(
            gql,
            """mutation($input: CreateClientRequestInput!) {
              createClientRequest(input: $input) { id status questions { id } } }""",
            {
                "input": {
                    "title": "A few questions",
                    "clientAccountId": str(world.accounts["alpha"]),
                    "jobId": job_id,
                    "access": "PORTAL",
                    "questions": [{"kind": "YES_NO", "prompt": "Did you move?", "required": True}],
                    "send": True,
                }
            },
            world.owner.token,
        )
    )["createClientRequest"]
    assert (await client.next_data("requestEvents"))["status"] == "PENDING"

    token = world.clients["alpha"].token
    await _data(
        gql,
        """mutation($id: ID!, $answers: [AnswerInput!]!) {
          saveRequestAnswers(requestId: $id, answers: $answers) { questionId } }""",
        {
            "id": request["id"],
            "answers": [{"questionId": request["questions"][0]["id"], "text": "no"}],
        },
        token,
    )
    assert (await client.next_data("requestEvents"))["status"] == "IN_PROGRESS"
    await _data(
        gql,
        "mutation($id: ID!) { submitClientRequest(requestId: $id) }",
        {"id": request["id"]},
        token,
    )

    seen: dict[str, Any] = {}
    for _ in range(2):
        result = await client.next_result()
        assert not result.get("errors"), result
        seen.update(result["data"])
    assert seen["requestEvents"]["status"] == "SUBMITTED"
    # Auto-advance: Waiting for docs → Preparing, whose automation shows the job.
    assert seen["jobStatusEvents"]["jobId"] == job_id
    assert seen["jobStatusEvents"]["source"] == "AUTOMATION"
    assert seen["jobStatusEvents"]["item"]["status"] == "Preparing"
    submitted = await owner_inbox.next_data("inboxNotifications")
    assert submitted["kind"] == "CLIENT_REQUEST_SUBMITTED"
    assert submitted["request"] == {"title": "A few questions", "status": "SUBMITTED"}
    await client.close()
    await owner_inbox.close()
