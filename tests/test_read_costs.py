"""The reads of bench/read_nested.py cost a fixed number of SQL statements, whatever the
page or list size (each count includes the token's lookup: tests.support.counting)."""

from __future__ import annotations

from typing import Any

import pytest

import models as m
from firmflow.settings import Settings, use_settings
from tests.support import make_firm
from tests.support_jobs import count_statements, tax_pipeline
from tests.support_tasks import POST_MESSAGE, create_thread
from tests.test_requests_queries import _answered_requests

# The documents bench/read_nested.py loads the server with (it imports them from here).
JOBS_QUERY = """query Jobs { jobs(first: 50) { edges { node { id name
  clientAccount { name team { name } } stage { name } assignees { name }
  clientFacing { visible status { name } } } } } }"""

KANBAN_QUERY = """query Kanban($pipelineId: ID!) { kanban(pipelineId: $pipelineId) {
  stage { id name } cards { job { id name clientAccount { name } assignees { name } }
  clientFacing { visible status { name } } } } }"""

THREADS_QUERY = """query Threads($accountId: ID!) { threads(clientAccountId: $accountId) {
  id subject completedTaskCount totalTaskCount tasks { id title completed completedBy }
  messages { id at authorName fromClient body } } }"""

INBOX_QUERY = """query Inbox { inbox(first: 50) { unreadCount edges { node { id at kind read
  actorName summary clientAccount { name } thread { id subject }
  task { id title completed } } } } }"""

CLIENT_REQUESTS_QUERY = """query Requests { clientRequests { id title status sentAt
  questions { id position kind prompt required options } answers { questionId text choices } } }"""

WORK_IN_PROGRESS_QUERY = """query Wip { workInProgress { jobId jobName status description
  updatedAt } }"""


@pytest.fixture(autouse=True)
def executed(settings: Settings) -> None:
    """These count what executing a read costs; a repeated read answered from the response
    cache costs none (tests/test_response_cache.py), and the data here changes behind its
    back (rows inserted directly)."""
    use_settings(settings.with_changes(response_cache=False))


async def _make_jobs(world, pipeline, count: int) -> None:
    """`count` more jobs across both accounts, each with two assignees and a visible status."""
    status = pipeline.statuses["Preparing"]
    start = await m.Job.filter(firm_id=world.firm_id).count()
    await m.Job.bulk_create(
        [
            m.Job(
                firm_id=world.firm_id,
                client_account_id=world.accounts["alpha" if i % 2 else "beta"],
                pipeline_id=pipeline.id,
                stage_id=pipeline.stages[i % len(pipeline.stages)],
                name=f"Job {i}",
                cf_visible=True,
                cf_status_id=status.id,
            )
            for i in range(start, start + count)
        ]
    )
    ids = await m.Job.filter(firm_id=world.firm_id).order_by("id").values_list("id", flat=True)
    await m.JobAssignee.bulk_create(
        [
            m.JobAssignee(job_id=j, staff_id=s)
            for j in ids[start:]
            for s in (world.owner.id, world.admin.id)
        ]
    )


async def _cost(gql, query: str, token: str, variables: dict[str, Any] | None = None) -> int:
    with count_statements() as counter:
        result = await gql(query, variables or {}, token=token)
    assert "errors" not in result, result
    # The app's mail sender may run beside the read (e-mails of the writes before it).
    return len([s for s in counter.statements if '"outbox_mail"' not in s])


async def test_the_issue_job_list_costs_six_statements_for_5_or_50_jobs(gql):
    world = await make_firm()
    tax = await tax_pipeline(world.owner.viewer)
    await _make_jobs(world, tax, 5)
    small = await _cost(gql, JOBS_QUERY, world.owner.token)
    await _make_jobs(world, tax, 45)
    large = await _cost(gql, JOBS_QUERY, world.owner.token)
    employee = await _cost(gql, JOBS_QUERY, world.employee.token)
    # token, the page with each job's stage, account and status joined, teams, assignees
    # (no count: totalCount is not asked)
    assert small == large == employee == 4, (small, large, employee)


async def test_the_kanban_costs_the_same_for_4_or_40_cards(gql):
    world = await make_firm()
    tax = await tax_pipeline(world.owner.viewer)
    variables = {"pipelineId": str(tax.id)}
    await _make_jobs(world, tax, 4)
    small = await _cost(gql, KANBAN_QUERY, world.owner.token, variables)
    await _make_jobs(world, tax, 36)
    large = await _cost(gql, KANBAN_QUERY, world.owner.token, variables)
    # token, pipeline, stages, jobs with their accounts and statuses joined, assignees
    assert small == large == 5, (small, large)


async def test_threads_of_an_account_cost_the_same_for_1_or_6_threads(gql):
    world = await make_firm()
    token, account = world.owner.token, world.accounts["alpha"]
    variables = {"accountId": str(account)}
    await create_thread(gql, token, account, "T0", tasks=["a", "b"], message="m")
    small = await _cost(gql, THREADS_QUERY, token, variables)
    for n in range(5):
        await create_thread(gql, token, account, f"T{n + 1}", tasks=["a"], message="m")
    large = await _cost(gql, THREADS_QUERY, token, variables)
    # token, account check, threads, tasks, messages
    assert small == large == 5, (small, large)


async def test_an_inbox_page_costs_the_same_for_1_or_11_notifications(gql):
    world = await make_firm()
    thread = await create_thread(gql, world.owner.token, world.accounts["alpha"], tasks=["a"])
    client = world.clients["alpha"].token
    await gql(POST_MESSAGE, {"thread": thread["id"], "body": "one"}, token=client)
    small = await _cost(gql, INBOX_QUERY, world.owner.token)
    for n in range(10):
        await gql(POST_MESSAGE, {"thread": thread["id"], "body": f"m{n}"}, token=client)
    large = await _cost(gql, INBOX_QUERY, world.owner.token)
    # token, page, unread count (the owner's inbox; accounts, threads and tasks are read
    # only for the notifications that have them)
    assert small == large == 3, (small, large)


async def test_a_portal_users_requests_cost_the_same_for_1_or_5(gql):
    world = await make_firm()
    client = world.clients["alpha"].token
    await _answered_requests(gql, world, 1)
    small = await _cost(gql, CLIENT_REQUESTS_QUERY, client)
    await _answered_requests(gql, world, 4)
    large = await _cost(gql, CLIENT_REQUESTS_QUERY, client)
    # token, requests, questions, answers, files
    assert small == large == 5, (small, large)


async def test_the_portal_work_in_progress_costs_the_same_for_1_or_10_jobs(gql):
    world = await make_firm()
    tax = await tax_pipeline(world.owner.viewer)
    client = world.clients["alpha"].token
    await _make_jobs(world, tax, 2)
    small = await _cost(gql, WORK_IN_PROGRESS_QUERY, client)
    await _make_jobs(world, tax, 18)
    large = await _cost(gql, WORK_IN_PROGRESS_QUERY, client)
    # token, the account's visible jobs with their statuses
    assert small == large == 2, (small, large)
