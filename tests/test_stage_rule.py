"""Auto-advance counts the items of the current stage (docs/domain.md, next release), and
`Job.pendingBlockers` shows what an auto-advance stage still waits for."""

from __future__ import annotations

from typing import Any

from models import ClientRequest, Job, JobAssignee, OutboxMail
from resolvers import pipelines
from resolvers.uow import atomic
from tests.support import delivered as delivered_mail
from tests.support import error_code, make_firm, subject_of
from tests.support_jobs import MOVE_JOB, count_statements, new_job, plain_pipeline
from tests.support_requests import CANCEL, SUBMIT, create_request
from tests.support_requests import data as rdata
from tests.support_tasks import check, create_thread

BLOCKERS = """query($id: ID!) { job(id: $id) { stage { id } pendingBlockers {
  kind summary request { id title status } thread { id subject } } } }"""
SIMPLE = [{"kind": "SHORT_TEXT", "prompt": "Anything to add?"}]


async def _auto_first(world: Any, stages: int = 3) -> Any:
    """A plain pipeline whose first stage auto-advances."""
    plain = await plain_pipeline(world.owner.viewer, stages)
    await pipelines.set_stage_auto_advance(
        viewer=world.owner.viewer, stage_id=plain.stages[0], auto_advance=True
    )
    return plain


async def _request(gql: Any, world: Any, job_id: int, title: str = "Kick-off") -> dict:
    return await create_request(
        gql,
        world.owner.token,
        world.accounts["alpha"],
        questions=SIMPLE,
        send=True,
        jobId=str(job_id),
        title=title,
    )


async def _submit(gql: Any, world: Any, request_id: str) -> None:
    rdata(
        await gql(SUBMIT, {"requestId": request_id}, token=world.clients["alpha"].token),
        "submitClientRequest",
    )


async def _stage_of(job_id: int) -> int:
    return (await Job.get(id=job_id)).stage_id


async def _blockers(gql: Any, token: str, job_id: int) -> list[dict]:
    result = await gql(BLOCKERS, {"id": str(job_id)}, token=token)
    assert not result.get("errors"), result
    return result["data"]["job"]["pendingBlockers"]


# ---------------------------------------------------------------- the stage rule


async def test_completing_a_threads_tasks_does_not_advance_while_a_request_of_the_stage_waits(
    gql,
):
    world = await make_firm()
    plain = await _auto_first(world)
    job_id = await new_job(world.owner.viewer, world.accounts["alpha"], plain)
    request = await _request(gql, world, job_id)
    thread = await create_thread(
        gql, world.owner.token, world.accounts["alpha"], tasks=["Upload W-2"], job_id=job_id
    )
    await check(gql, world.clients["alpha"].token, thread["tasks"][0]["id"])
    assert await _stage_of(job_id) == plain.stages[0]
    await _submit(gql, world, request["id"])
    assert await _stage_of(job_id) == plain.stages[1]


async def test_submitting_the_request_does_not_advance_while_a_thread_of_the_stage_has_open_tasks(
    gql,
):
    world = await make_firm()
    plain = await _auto_first(world)
    job_id = await new_job(world.owner.viewer, world.accounts["alpha"], plain)
    thread = await create_thread(
        gql, world.owner.token, world.accounts["alpha"], tasks=["Sign"], job_id=job_id
    )
    request = await _request(gql, world, job_id)
    await _submit(gql, world, request["id"])
    assert await _stage_of(job_id) == plain.stages[0]
    await check(gql, world.clients["alpha"].token, thread["tasks"][0]["id"])
    assert await _stage_of(job_id) == plain.stages[1]


async def test_a_request_from_an_earlier_stage_never_moves_the_job(gql):
    world = await make_firm()
    plain = await plain_pipeline(world.owner.viewer, 3)
    await pipelines.set_stage_auto_advance(
        viewer=world.owner.viewer, stage_id=plain.stages[1], auto_advance=True
    )
    job_id = await new_job(world.owner.viewer, world.accounts["alpha"], plain)
    request = await _request(gql, world, job_id)  # an item of stage 1
    moved = await gql(
        MOVE_JOB, {"jobId": str(job_id), "stageId": str(plain.stages[1])}, token=world.owner.token
    )
    assert not moved.get("errors"), moved
    await _submit(gql, world, request["id"])
    assert await _stage_of(job_id) == plain.stages[1]


async def test_a_cancelled_request_is_no_item_of_the_stage(gql):
    world = await make_firm()
    plain = await _auto_first(world)
    job_id = await new_job(world.owner.viewer, world.accounts["alpha"], plain)
    request = await _request(gql, world, job_id)
    thread = await create_thread(
        gql, world.owner.token, world.accounts["alpha"], tasks=["Sign"], job_id=job_id
    )
    rdata(await gql(CANCEL, {"id": request["id"]}, token=world.owner.token), "cancelClientRequest")
    assert await _stage_of(job_id) == plain.stages[0]  # cancelling completes nothing
    await check(gql, world.clients["alpha"].token, thread["tasks"][0]["id"])
    assert await _stage_of(job_id) == plain.stages[1]


async def test_staff_ticking_the_last_task_advances_the_job_but_sends_no_all_completed_email(
    gql, mailbox
):
    world = await make_firm()
    plain = await _auto_first(world)
    job_id = await new_job(world.owner.viewer, world.accounts["alpha"], plain)
    thread = await create_thread(
        gql, world.owner.token, world.accounts["alpha"], tasks=["Sign", "Pay"], job_id=job_id
    )
    for task in thread["tasks"]:
        await check(gql, world.employee.token, task["id"])
    assert await _stage_of(job_id) == plain.stages[1]
    box = await delivered_mail(mailbox)
    assert not [m for m in box.messages if "completed all tasks" in subject_of(m)]
    assert await OutboxMail.filter(subject__contains="completed all tasks").count() == 0


async def test_the_client_ticking_the_last_task_advances_the_job_and_emails_the_team(gql, mailbox):
    world = await make_firm()
    plain = await _auto_first(world)
    job_id = await new_job(world.owner.viewer, world.accounts["alpha"], plain)
    thread = await create_thread(
        gql, world.owner.token, world.accounts["alpha"], tasks=["Sign"], job_id=job_id
    )
    await check(gql, world.clients["alpha"].token, thread["tasks"][0]["id"])
    assert await _stage_of(job_id) == plain.stages[1]
    box = await delivered_mail(mailbox)
    assert [subject_of(m) for m in box.to(world.employee.email)] == [
        "Alpha Client completed all tasks in “2025 tax return”"
    ]


async def test_a_thread_linked_later_is_an_item_of_the_stage_the_job_is_in_then(gql):
    world = await make_firm()
    plain = await _auto_first(world)
    job_id = await new_job(world.owner.viewer, world.accounts["alpha"], plain)
    thread = await create_thread(gql, world.owner.token, world.accounts["alpha"], tasks=["Sign"])
    linked = await gql(
        "mutation($t: ID!, $j: ID) { linkThreadToJob(threadId: $t, jobId: $j) { id job { id } } }",
        {"t": thread["id"], "j": str(job_id)},
        token=world.owner.token,
    )
    assert rdata(linked, "linkThreadToJob")["job"] == {"id": str(job_id)}
    await check(gql, world.clients["alpha"].token, thread["tasks"][0]["id"])
    assert await _stage_of(job_id) == plain.stages[1]


# ---------------------------------------------------------------- pendingBlockers


async def test_pending_blockers_list_the_open_items_of_the_stage_oldest_first(gql):
    world = await make_firm()
    plain = await _auto_first(world)
    job_id = await new_job(world.owner.viewer, world.accounts["alpha"], plain)
    assert await _blockers(gql, world.owner.token, job_id) == []
    request = await _request(gql, world, job_id, title="Year-end questionnaire")
    thread = await create_thread(
        gql,
        world.owner.token,
        world.accounts["alpha"],
        subject="Documents",
        tasks=["W-2", "1099"],
        job_id=job_id,
    )
    await check(gql, world.clients["alpha"].token, thread["tasks"][0]["id"])
    assert await _blockers(gql, world.admin.token, job_id) == [
        {
            "kind": "OPEN_REQUEST",
            "summary": "Year-end questionnaire: waiting for the client",
            "request": {
                "id": request["id"],
                "title": "Year-end questionnaire",
                "status": "PENDING",
            },
            "thread": None,
        },
        {
            "kind": "OPEN_TASKS",
            "summary": "Documents: 1 of 2 client tasks open",
            "request": None,
            "thread": {"id": thread["id"], "subject": "Documents"},
        },
    ]
    await _submit(gql, world, request["id"])
    assert [b["kind"] for b in await _blockers(gql, world.owner.token, job_id)] == ["OPEN_TASKS"]


async def test_a_stage_without_auto_advance_has_no_pending_blockers(gql):
    world = await make_firm()
    plain = await plain_pipeline(world.owner.viewer, 3)
    job_id = await new_job(world.owner.viewer, world.accounts["alpha"], plain)
    await _request(gql, world, job_id)
    assert await _blockers(gql, world.owner.token, job_id) == []


async def test_pending_blockers_are_for_staff_with_access_only(gql):
    world = await make_firm()
    plain = await _auto_first(world)
    job_id = await new_job(world.owner.viewer, world.accounts["beta"], plain)  # no team
    await create_thread(
        gql,
        world.owner.token,
        world.accounts["beta"],
        subject="Secret",
        tasks=["Sign"],
        job_id=job_id,
    )
    client = await gql(BLOCKERS, {"id": str(job_id)}, token=world.clients["beta"].token)
    assert error_code(client) == "FORBIDDEN"
    outsider = await gql(BLOCKERS, {"id": str(job_id)}, token=world.employee.token)
    assert not outsider.get("errors") and outsider["data"]["job"] is None
    # Assigned to the job but not on the account's team: the blocker, not the thread.
    async with atomic():  # committed as the product commits (kept answers go stale)
        await JobAssignee.create(job_id=job_id, staff_id=world.employee.id)
    assert await _blockers(gql, world.employee.token, job_id) == [
        {
            "kind": "OPEN_TASKS",
            "summary": "A chat thread: 1 of 1 client tasks open",
            "request": None,
            "thread": None,
        }
    ]


async def test_pending_blockers_of_a_job_list_cost_the_same_statements_for_5_or_40_jobs(gql):
    world = await make_firm()
    plain = await _auto_first(world)
    for index in range(40):
        job_id = await new_job(
            world.owner.viewer, world.accounts["alpha"], plain, name=f"Return {index}"
        )
        await ClientRequest.create(
            firm_id=world.firm_id,
            client_account_id=world.accounts["alpha"],
            job_id=job_id,
            job_stage_id=plain.stages[0],
            title=f"Questions {index}",
            access="PORTAL",
            status="PENDING",
        )
        await create_thread(
            gql, world.owner.token, world.accounts["alpha"], tasks=["Sign"], job_id=job_id
        )
    query = """query($first: Int) { jobs(first: $first) { edges { node { id
      pendingBlockers { kind summary request { id } thread { id } } } } } }"""
    counts = {}
    await gql(query, {"first": 1}, token=world.owner.token)  # warm: first-request work
    await gql(query, {"first": 1}, token=world.employee.token)
    for first in (5, 40):
        for token in (world.owner.token, world.employee.token):
            with count_statements() as counter:
                result = await gql(query, {"first": first}, token=token)
            edges = result["data"]["jobs"]["edges"]
            assert len(edges) == first
            assert all(len(e["node"]["pendingBlockers"]) == 2 for e in edges)
            counts[(first, token == world.owner.token)] = counter.count
    assert counts[(5, True)] == counts[(40, True)], counts
    assert counts[(5, False)] == counts[(40, False)], counts
    # token + count + page + stages + requests + threads (+ the employee's readable threads)
    assert counts[(40, True)] <= 6 and counts[(40, False)] <= 7, counts
