"""Client-facing status templates: the firm's list, its order, and safe deletion."""

from models import ClientStatusChange, Job, JobTemplate, Stage
from resolvers import pipelines
from tests.support import error_code, make_firm
from tests.support_jobs import new_job, tax_pipeline

LIST = "{ clientFacingStatuses { id name description position } }"
CREATE = """mutation($name: String!, $d: String) {
  createClientFacingStatus(name: $name, description: $d) { id name description position } }"""
UPDATE = """mutation($id: ID!, $name: String, $d: String, $p: Int) {
  updateClientFacingStatus(id: $id, name: $name, description: $d, position: $p) {
    id name description position } }"""
DELETE = """mutation($id: ID!, $r: ID) { deleteClientFacingStatus(id: $id, replacementId: $r) }"""


async def _names(gql, token):
    result = await gql(LIST, token=token)
    rows = result["data"]["clientFacingStatuses"]
    assert [r["position"] for r in rows] == list(range(len(rows)))
    return [r["name"] for r in rows]


async def test_a_new_firm_starts_with_five_statuses_in_order(gql):
    world = await make_firm()
    names = await _names(gql, world.employee.token)
    assert names == ["Waiting for docs", "Preparing", "In progress", "In review", "Completed"]
    result = await gql(LIST, token=world.owner.token)
    assert all(r["description"] for r in result["data"]["clientFacingStatuses"])


async def test_portal_users_and_anonymous_cannot_read_statuses(gql):
    world = await make_firm()
    assert error_code(await gql(LIST, token=world.clients["alpha"].token)) == "FORBIDDEN"
    assert error_code(await gql(LIST)) == "UNAUTHENTICATED"


async def test_owner_and_admin_create_statuses_at_the_end_employee_may_not(gql):
    world = await make_firm()
    for person, name in ((world.owner, "Signed"), (world.admin, "Paid")):
        result = await gql(CREATE, {"name": name, "d": "Done."}, token=person.token)
        assert result["data"]["createClientFacingStatus"]["name"] == name
    assert (await _names(gql, world.owner.token))[-2:] == ["Signed", "Paid"]
    denied = await gql(CREATE, {"name": "Nope"}, token=world.employee.token)
    assert error_code(denied) == "FORBIDDEN"
    denied = await gql(CREATE, {"name": "Nope"}, token=world.clients["alpha"].token)
    assert error_code(denied) == "FORBIDDEN"
    assert error_code(await gql(CREATE, {"name": ""}, token=world.owner.token)) == "BAD_INPUT"
    too_long = await gql(CREATE, {"name": "x" * 201}, token=world.owner.token)
    assert error_code(too_long) == "BAD_INPUT"
    too_long = await gql(CREATE, {"name": "ok", "d": "x" * 10_001}, token=world.owner.token)
    assert error_code(too_long) == "BAD_INPUT"


async def test_setting_a_position_moves_the_status_and_shifts_the_others_clamped(gql):
    world = await make_firm()
    rows = (await gql(LIST, token=world.owner.token))["data"]["clientFacingStatuses"]
    completed = rows[4]["id"]
    moved = await gql(UPDATE, {"id": completed, "p": 0}, token=world.admin.token)
    assert moved["data"]["updateClientFacingStatus"]["position"] == 0
    assert await _names(gql, world.owner.token) == [
        "Completed",
        "Waiting for docs",
        "Preparing",
        "In progress",
        "In review",
    ]
    clamped = await gql(UPDATE, {"id": completed, "p": 99}, token=world.owner.token)
    assert clamped["data"]["updateClientFacingStatus"]["position"] == 4
    clamped = await gql(UPDATE, {"id": completed, "p": -3}, token=world.owner.token)
    assert clamped["data"]["updateClientFacingStatus"]["position"] == 0
    renamed = await gql(
        UPDATE, {"id": completed, "name": "Done", "d": "All done."}, token=world.owner.token
    )
    assert renamed["data"]["updateClientFacingStatus"] == {
        "id": completed,
        "name": "Done",
        "description": "All done.",
        "position": 0,
    }
    denied = await gql(UPDATE, {"id": completed, "p": 2}, token=world.employee.token)
    assert error_code(denied) == "FORBIDDEN"


async def test_another_firms_status_is_not_found(gql):
    world = await make_firm()
    other = await make_firm("Other Firm")
    rows = (await gql(LIST, token=other.owner.token))["data"]["clientFacingStatuses"]
    result = await gql(UPDATE, {"id": rows[0]["id"], "name": "Mine"}, token=world.owner.token)
    assert error_code(result) == "NOT_FOUND"
    result = await gql(DELETE, {"id": rows[0]["id"]}, token=world.owner.token)
    assert error_code(result) == "NOT_FOUND"
    assert error_code(await gql(DELETE, {"id": "abc"}, token=world.owner.token)) == "BAD_INPUT"


async def test_deleting_an_unused_status_closes_the_gap(gql):
    world = await make_firm()
    rows = (await gql(LIST, token=world.owner.token))["data"]["clientFacingStatuses"]
    result = await gql(DELETE, {"id": rows[2]["id"]}, token=world.owner.token)
    assert result["data"]["deleteClientFacingStatus"] is True
    assert await _names(gql, world.owner.token) == [
        "Waiting for docs",
        "Preparing",
        "In review",
        "Completed",
    ]
    denied = await gql(DELETE, {"id": rows[0]["id"]}, token=world.employee.token)
    assert error_code(denied) == "FORBIDDEN"


async def test_deleting_a_status_in_use_needs_a_replacement_and_moves_every_use(gql):
    world = await make_firm()
    tax = await tax_pipeline(world.owner.viewer)
    waiting = tax.statuses["Waiting for docs"]
    in_progress = tax.statuses["In progress"]
    template = await pipelines.create_job_template(
        viewer=world.owner.viewer,
        name="Return",
        client_status=pipelines.StatusPreset(visible=True, status_id=waiting.id),
    )
    job_id = await new_job(world.owner.viewer, world.accounts["alpha"], tax)
    assert (await Job.get(id=job_id)).cf_status_id == waiting.id

    refused = await gql(DELETE, {"id": str(waiting.id)}, token=world.owner.token)
    assert error_code(refused) == "CONFLICT"
    same = await gql(DELETE, {"id": str(waiting.id), "r": str(waiting.id)}, token=world.owner.token)
    assert error_code(same) == "BAD_INPUT"
    unknown = await gql(DELETE, {"id": str(waiting.id), "r": "999999"}, token=world.owner.token)
    assert error_code(unknown) == "BAD_INPUT"
    assert (await Job.get(id=job_id)).cf_status_id == waiting.id  # nothing changed

    done = await gql(
        DELETE, {"id": str(waiting.id), "r": str(in_progress.id)}, token=world.admin.token
    )
    assert done["data"]["deleteClientFacingStatus"] is True
    job = await Job.get(id=job_id)
    assert job.cf_status_id == in_progress.id and job.cf_visible
    assert (await Stage.get(id=tax.stages[0])).automation_status_id == in_progress.id
    assert (await JobTemplate.get(id=template.id)).status_id == in_progress.id
    change = await ClientStatusChange.filter(job_id=job_id).order_by("-id").first()
    assert change.before["statusName"] == "Waiting for docs"
    assert change.after["statusName"] == "In progress"
    assert await _names(gql, world.owner.token) == [
        "Preparing",
        "In progress",
        "In review",
        "Completed",
    ]
