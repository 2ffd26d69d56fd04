"""The staff's job views: the filterable, paginated jobs list, kanban, and their SQL cost."""

import time

from models import ClientAccount, Job, JobAssignee
from resolvers import jobs
from tests.support import error_code, make_firm
from tests.support_jobs import JOBS, count_statements, new_job, plain_pipeline, tax_pipeline

KANBAN = """query($id: ID!, $s: ID) { kanban(pipelineId: $id, clientFacingStatusId: $s) {
  stage { id name } cards { job { id name } clientFacing { visible status { name } } } } }"""
SETTINGS = """mutation($id: ID!, $on: Boolean!) {
  updatePipelineSettings(pipelineId: $id, showClientFacingStatusOnCards: $on) { id } }"""


async def _ids(gql, token, job_filter=None, first=50):
    result = await gql(JOBS, {"filter": job_filter, "first": first}, token=token)
    assert "errors" not in result, result
    return [int(e["node"]["id"]) for e in result["data"]["jobs"]["edges"]]


async def test_jobs_filter_by_status_visibility_pipeline_stage_client_search_archived(gql):
    world = await make_firm()
    tax = await tax_pipeline(world.owner.viewer)
    plain = await plain_pipeline(world.owner.viewer)
    owner = world.owner.viewer
    alpha, beta = world.accounts["alpha"], world.accounts["beta"]
    shown = await new_job(owner, alpha, tax, name="Alpha return")
    hidden = await new_job(owner, alpha, tax, name="Alpha hidden", apply_stage_automation=False)
    await jobs.update_job_client_facing(
        viewer=owner,
        job_id=hidden,
        change=jobs.ClientFacingChange(status_id=tax.statuses["Waiting for docs"].id),
    )
    books = await new_job(owner, beta, plain, name="Beta books")
    archived = await new_job(owner, beta, tax, name="Beta archived")
    await jobs.archive_job(viewer=owner, job_id=archived)
    deleted = await new_job(owner, beta, tax, name="Beta deleted")
    await jobs.delete_job(viewer=owner, job_id=deleted)
    token = world.owner.token

    assert await _ids(gql, token) == [shown, hidden, books]
    waiting = str(tax.statuses["Waiting for docs"].id)
    assert await _ids(gql, token, {"clientFacingStatusId": waiting}) == [shown, hidden]
    assert await _ids(gql, token, {"clientFacingStatusId": waiting, "includeArchived": True}) == [
        shown,
        hidden,
        archived,
    ]
    assert await _ids(gql, token, {"clientFacingVisible": True}) == [shown]
    assert await _ids(gql, token, {"clientFacingVisible": False}) == [hidden, books]
    assert await _ids(gql, token, {"pipelineId": str(plain.id)}) == [books]
    assert await _ids(gql, token, {"stageId": str(tax.stages[0])}) == [shown, hidden]
    assert await _ids(gql, token, {"clientAccountId": str(beta)}) == [books]
    assert await _ids(gql, token, {"includeArchived": True, "clientAccountId": str(beta)}) == [
        books,
        archived,
    ]
    assert await _ids(gql, token, {"search": "HIDDEN"}) == [hidden]
    assert await _ids(gql, token, {"search": "deleted", "includeArchived": True}) == []
    # Employees see their team's account (alpha) only; portal users nothing.
    assert await _ids(gql, world.employee.token) == [shown, hidden]
    assert error_code(await gql(JOBS, token=world.clients["alpha"].token)) == "FORBIDDEN"
    assert error_code(await gql(JOBS)) == "UNAUTHENTICATED"
    bad = await gql(JOBS, {"filter": {"pipelineId": "x"}}, token=token)
    assert error_code(bad) == "BAD_INPUT"


async def test_cursor_pagination_is_stable_and_counts_the_whole_filter(gql):
    world = await make_firm()
    plain = await plain_pipeline(world.owner.viewer)
    created = [
        await new_job(world.owner.viewer, world.accounts["alpha"], plain, name=f"Job {i}")
        for i in range(7)
    ]
    seen, after = [], None
    while True:
        result = await gql(JOBS, {"first": 3, "after": after}, token=world.owner.token)
        page = result["data"]["jobs"]
        assert page["totalCount"] == 7
        seen += [int(e["node"]["id"]) for e in page["edges"]]
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
        assert after == page["edges"][-1]["cursor"]
    assert seen == created
    for first in (0, 201, -1):
        result = await gql(JOBS, {"first": first}, token=world.owner.token)
        assert error_code(result) == "BAD_INPUT"
    result = await gql(JOBS, {"after": "garbage!"}, token=world.owner.token)
    assert error_code(result) == "BAD_INPUT"
    assert (await _ids(gql, world.owner.token, first=200)) == created


async def test_kanban_columns_and_cards_follow_the_pipeline_setting_and_visibility(gql):
    world = await make_firm()
    tax = await tax_pipeline(world.owner.viewer)
    owner = world.owner.viewer
    shown = await new_job(owner, world.accounts["alpha"], tax, name="Shown")
    hidden = await new_job(
        owner, world.accounts["alpha"], tax, name="Hidden", apply_stage_automation=False
    )
    prep = await new_job(owner, world.accounts["beta"], tax, name="Prep", stage_id=tax.stages[1])
    archived = await new_job(owner, world.accounts["beta"], tax, name="Archived")
    await jobs.archive_job(viewer=owner, job_id=archived)

    result = await gql(KANBAN, {"id": tax.id}, token=world.owner.token)
    columns = result["data"]["kanban"]
    assert [c["stage"]["name"] for c in columns] == [
        "Waiting for docs",
        "Preparing",
        "In review",
        "Filed",
    ]
    first = {c["job"]["id"]: c["clientFacing"] for c in columns[0]["cards"]}
    assert set(first) == {str(shown), str(hidden)}
    assert first[str(shown)]["status"]["name"] == "Waiting for docs"
    assert first[str(hidden)] is None
    assert columns[1]["cards"][0]["job"]["id"] == str(prep)

    waiting = str(tax.statuses["Waiting for docs"].id)
    filtered = await gql(KANBAN, {"id": tax.id, "s": waiting}, token=world.owner.token)
    assert [len(c["cards"]) for c in filtered["data"]["kanban"]] == [1, 0, 0, 0]

    await gql(SETTINGS, {"id": tax.id, "on": False}, token=world.owner.token)
    off = await gql(KANBAN, {"id": tax.id}, token=world.owner.token)
    cards = [card for column in off["data"]["kanban"] for card in column["cards"]]
    assert cards and all(card["clientFacing"] is None for card in cards)

    employee = await gql(KANBAN, {"id": tax.id}, token=world.employee.token)
    assert sum(len(c["cards"]) for c in employee["data"]["kanban"]) == 2  # alpha only
    client = await gql(KANBAN, {"id": tax.id}, token=world.clients["alpha"].token)
    assert error_code(client) == "FORBIDDEN"
    other = await make_firm("Other Firm")
    assert error_code(await gql(KANBAN, {"id": tax.id}, token=other.owner.token)) == "NOT_FOUND"


async def _make_jobs(world, pipeline, count):
    """Many jobs across both accounts, each with two assignees and a visible status."""
    status = pipeline.statuses["Preparing"]
    rows = [
        Job(
            firm_id=world.firm_id,
            client_account_id=world.accounts["alpha" if i % 2 else "beta"],
            pipeline_id=pipeline.id,
            stage_id=pipeline.stages[i % len(pipeline.stages)],
            name=f"Job {i}",
            cf_visible=True,
            cf_status_id=status.id,
            cf_description=status.description,
        )
        for i in range(count)
    ]
    await Job.bulk_create(rows)
    ids = await Job.filter(firm_id=world.firm_id).values_list("id", flat=True)
    await JobAssignee.bulk_create(
        [JobAssignee(job_id=j, staff_id=s) for j in ids for s in (world.owner.id, world.admin.id)]
    )


async def test_jobs_page_with_nested_fields_costs_the_same_statements_for_5_and_50_jobs(gql):
    world = await make_firm()
    tax = await tax_pipeline(world.owner.viewer)
    await _make_jobs(world, tax, 50)
    assert await ClientAccount.filter(firm_id=world.firm_id).count() == 2
    counts, times = {}, {}
    for first in (5, 50):
        with count_statements() as counter:
            started = time.perf_counter()
            result = await gql(JOBS, {"first": first}, token=world.owner.token)
            times[first] = f"{(time.perf_counter() - started) * 1000:.0f} ms"
        assert len(result["data"]["jobs"]["edges"]) == first
        node = result["data"]["jobs"]["edges"][0]["node"]
        assert len(node["assignees"]) == 2 and node["clientFacing"]["status"]["name"]
        counts[first] = counter.count
    print(f"jobs(first: N) SQL statements: {counts}, time over HTTP in-process: {times}")
    assert counts[5] == counts[50], counts
    # token + count + page (stage, account and status joined) + pipeline + assignees
    assert counts[50] == 5, counts
