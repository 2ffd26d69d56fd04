"""The client's Work in progress and the staff's read-only portal preview."""

from resolvers import jobs
from tests.support import error_code, make_firm
from tests.support_jobs import (
    MOVE_JOB,
    PREVIEW,
    UPDATE_CF,
    WORK_IN_PROGRESS,
    new_job,
    tax_pipeline,
)

INTERNAL = "{ workInProgress { jobId jobName status description updatedAt } }"


async def _wip(gql, person):
    result = await gql(WORK_IN_PROGRESS, token=person.token)
    assert "errors" not in result, result
    return result["data"]["workInProgress"]


async def test_work_in_progress_shows_only_visible_live_jobs_of_the_own_account(gql):
    world = await make_firm()
    tax = await tax_pipeline(world.owner.viewer)
    owner = world.owner.viewer
    alpha, beta = world.accounts["alpha"], world.accounts["beta"]
    shown = await new_job(owner, alpha, tax, name="Internal name 2025")
    await jobs.update_job_client_facing(
        viewer=owner, job_id=shown, change=jobs.ClientFacingChange(job_name="Your 2025 return")
    )
    await new_job(owner, alpha, tax, name="Hidden", apply_stage_automation=False)
    archived = await new_job(owner, alpha, tax, name="Archived")
    await jobs.archive_job(viewer=owner, job_id=archived)
    deleted = await new_job(owner, alpha, tax, name="Deleted")
    await jobs.delete_job(viewer=owner, job_id=deleted)
    beta_job = await new_job(owner, beta, tax, name="Beta's")

    items = await _wip(gql, world.clients["alpha"])
    assert len(items) == 1
    item = items[0]
    assert item["jobId"] == str(shown)
    assert item["jobName"] == "Your 2025 return"
    assert item["status"] == "Waiting for docs"
    assert item["description"] == tax.statuses["Waiting for docs"].description
    assert item["updatedAt"]
    assert [i["jobId"] for i in await _wip(gql, world.clients["beta"])] == [str(beta_job)]

    await jobs.unarchive_job(viewer=owner, job_id=archived)
    assert {i["jobId"] for i in await _wip(gql, world.clients["alpha"])} == {
        str(shown),
        str(archived),
    }


async def test_work_in_progress_exposes_nothing_internal(gql):
    world = await make_firm()
    await tax_pipeline(world.owner.viewer)
    for field in ("stage", "pipeline", "assignees", "name", "clientAccount"):
        result = await gql(
            f"{{ workInProgress {{ {field} }} }}", token=world.clients["alpha"].token
        )
        assert error_code(result) == "BAD_INPUT", field  # no such field on the type


async def test_staff_use_the_preview_not_work_in_progress(gql):
    world = await make_firm()
    for person in (world.owner, world.admin, world.employee):
        assert error_code(await gql(WORK_IN_PROGRESS, token=person.token)) == "FORBIDDEN"
    assert error_code(await gql(WORK_IN_PROGRESS)) == "UNAUTHENTICATED"


async def test_portal_preview_matches_what_the_client_sees_for_permitted_staff(gql):
    world = await make_firm()
    tax = await tax_pipeline(world.owner.viewer)
    owner = world.owner.viewer
    await new_job(owner, world.accounts["alpha"], tax, name="A1")
    await new_job(owner, world.accounts["alpha"], tax, name="A2", stage_id=tax.stages[1])
    await new_job(owner, world.accounts["beta"], tax, name="B1")
    alpha = str(world.accounts["alpha"])
    beta = str(world.accounts["beta"])
    client_view = await _wip(gql, world.clients["alpha"])
    assert len(client_view) == 2
    for person in (world.owner, world.admin, world.employee):
        preview = await gql(PREVIEW, {"id": alpha}, token=person.token)
        assert preview["data"]["portalPreview"] == client_view
    own = await gql(PREVIEW, {"id": alpha}, token=world.clients["alpha"].token)
    assert own["data"]["portalPreview"] == client_view
    # The employee is not on beta's team; another firm and another client see nothing.
    assert error_code(await gql(PREVIEW, {"id": beta}, token=world.employee.token)) == ("NOT_FOUND")
    assert error_code(await gql(PREVIEW, {"id": beta}, token=world.clients["alpha"].token)) == (
        "NOT_FOUND"
    )
    other = await make_firm("Other Firm")
    assert error_code(await gql(PREVIEW, {"id": alpha}, token=other.owner.token)) == "NOT_FOUND"
    assert error_code(await gql(PREVIEW, {"id": alpha})) == "UNAUTHENTICATED"
    assert error_code(await gql(PREVIEW, {"id": "x"}, token=world.owner.token)) == "BAD_INPUT"


async def test_an_employee_assigned_to_a_job_but_not_on_the_team_cannot_preview(gql):
    world = await make_firm()
    tax = await tax_pipeline(world.owner.viewer)
    await new_job(
        world.owner.viewer,
        world.accounts["beta"],
        tax,
        assignee_ids=[world.employee.id],
    )
    beta = str(world.accounts["beta"])
    assert error_code(await gql(PREVIEW, {"id": beta}, token=world.employee.token)) == ("NOT_FOUND")


async def test_one_job_walks_every_stage_and_the_client_sees_each_step(gql):
    """Scenario: Waiting for docs (shows) → Preparing (shows, tailored text) → In review (no
    automation: stays) → back by hand with the automation declined → Filed (hides)."""
    world = await make_firm()
    tax = await tax_pipeline(world.owner.viewer)
    client = world.clients["alpha"]
    created = await gql(
        """mutation($input: CreateJobInput!) { createJob(input: $input) { id } }""",
        {
            "input": {
                "name": "Garcia 1040",
                "clientAccountId": str(world.accounts["alpha"]),
                "pipelineId": str(tax.id),
                "assigneeIds": [str(world.employee.id)],
            }
        },
        token=world.owner.token,
    )
    job_id = created["data"]["createJob"]["id"]

    step = await _wip(gql, client)
    assert [(i["jobName"], i["status"]) for i in step] == [("Garcia 1040", "Waiting for docs")]
    assert step[0]["description"] == tax.statuses["Waiting for docs"].description
    first_update = step[0]["updatedAt"]

    await gql(
        UPDATE_CF,
        {"jobId": job_id, "input": {"jobName": "Your 2025 tax return"}},
        token=world.employee.token,
    )
    moved = await gql(
        MOVE_JOB, {"jobId": job_id, "stageId": tax.stages[1]}, token=world.employee.token
    )
    assert "errors" not in moved
    step = await _wip(gql, client)
    assert [(i["jobName"], i["status"], i["description"]) for i in step] == [
        ("Your 2025 tax return", "Preparing", "We are preparing your 2025 return.")
    ]
    assert step[0]["updatedAt"] >= first_update

    await gql(MOVE_JOB, {"jobId": job_id, "stageId": tax.stages[2]}, token=world.employee.token)
    assert [(i["status"]) for i in await _wip(gql, client)] == ["Preparing"]

    await gql(
        MOVE_JOB,
        {"jobId": job_id, "stageId": tax.stages[0], "apply": False},
        token=world.owner.token,
    )
    assert [(i["status"]) for i in await _wip(gql, client)] == ["Preparing"]

    await gql(MOVE_JOB, {"jobId": job_id, "stageId": tax.stages[1]}, token=world.owner.token)
    await gql(MOVE_JOB, {"jobId": job_id, "stageId": tax.stages[2]}, token=world.owner.token)
    await gql(MOVE_JOB, {"jobId": job_id, "stageId": tax.stages[3]}, token=world.owner.token)
    assert await _wip(gql, client) == []
    preview = await gql(PREVIEW, {"id": str(world.accounts["alpha"])}, token=world.owner.token)
    assert preview["data"]["portalPreview"] == []
    history = await gql(
        "query($id: ID!) { job(id: $id) { history { source after { visible } } } }",
        {"id": job_id},
        token=world.owner.token,
    )
    entries = history["data"]["job"]["history"]
    assert entries[0] == {"source": "AUTOMATION", "after": {"visible": False}}
    assert entries[-1] == {"source": "AUTOMATION", "after": {"visible": True}}
