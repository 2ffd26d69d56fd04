"""Jobs: creation with templates and stage automations, moves, the client-facing section,
its history, assignees, archive, unarchive and delete, and who may do each."""

from models import ClientStatusChange, Event
from resolvers import pipelines
from tests.support import error_code, make_firm
from tests.support_jobs import (
    CREATE_JOB,
    HISTORY,
    MOVE_JOB,
    UPDATE_CF,
    new_job,
    plain_pipeline,
    tax_pipeline,
)

ARCHIVE = "mutation($id: ID!) { archiveJob(jobId: $id) { id archived clientFacing { visible } } }"
UNARCHIVE = "mutation($id: ID!) { unarchiveJob(jobId: $id) { id archived } }"
DELETE = "mutation($id: ID!) { deleteJob(jobId: $id) }"
JOB = "query($id: ID!) { job(id: $id) { id archived clientFacing { visible status { name } } } }"
ASSIGN = """mutation($id: ID!, $staff: [ID!]!) {
  setJobAssignees(jobId: $id, staffIds: $staff) { id assignees { id } } }"""


def _input(world, pipeline, **extra):
    return {
        "name": "2025 tax return",
        "clientAccountId": str(world.accounts["alpha"]),
        "pipelineId": str(pipeline.id),
        **extra,
    }


async def _job_events(job_id):
    return [e.payload for e in await Event.filter(topic="job", job_id=job_id).order_by("seq")]


async def test_a_job_starts_hidden_in_the_first_stage_when_no_automation_or_template(gql):
    world = await make_firm()
    plain = await plain_pipeline(world.owner.viewer)
    result = await gql(CREATE_JOB, {"input": _input(world, plain)}, token=world.owner.token)
    job = result["data"]["createJob"]
    assert job["stage"]["id"] == str(plain.stages[0])
    assert job["clientFacing"] == {
        "visible": False,
        "jobName": "2025 tax return",
        "description": None,
        "updatedAt": None,
        "status": None,
    }
    assert job["archived"] is False and job["clientAccount"]["name"] == "Alpha Client"
    assert not await ClientStatusChange.filter(job_id=job["id"]).exists()


async def test_creating_in_a_stage_with_automation_applies_it_unless_told_not_to(gql):
    world = await make_firm()
    tax = await tax_pipeline(world.owner.viewer)
    result = await gql(CREATE_JOB, {"input": _input(world, tax)}, token=world.owner.token)
    job = result["data"]["createJob"]
    assert job["clientFacing"]["visible"] is True
    assert job["clientFacing"]["status"]["name"] == "Waiting for docs"
    assert job["clientFacing"]["description"] == tax.statuses["Waiting for docs"].description
    skipped = await gql(
        CREATE_JOB,
        {"input": _input(world, tax, applyStageAutomation=False)},
        token=world.owner.token,
    )
    assert skipped["data"]["createJob"]["clientFacing"]["visible"] is False
    in_second = await gql(
        CREATE_JOB,
        {"input": _input(world, tax, stageId=str(tax.stages[1]))},
        token=world.owner.token,
    )
    state = in_second["data"]["createJob"]["clientFacing"]
    assert state["status"]["name"] == "Preparing"
    assert state["description"] == "We are preparing your 2025 return."


async def test_a_template_applies_first_then_the_stage_automation_if_the_creator_wants(gql):
    world = await make_firm()
    tax = await tax_pipeline(world.owner.viewer)
    in_progress = tax.statuses["In progress"]
    template = await pipelines.create_job_template(
        viewer=world.owner.viewer,
        name="Return",
        client_status=pipelines.StatusPreset(
            visible=True, status_id=in_progress.id, description="Started."
        ),
    )
    kept = await gql(
        CREATE_JOB,
        {"input": _input(world, tax, templateId=str(template.id), applyStageAutomation=False)},
        token=world.owner.token,
    )
    job = kept["data"]["createJob"]
    assert job["clientFacing"]["status"]["name"] == "In progress"
    assert job["clientFacing"]["description"] == "Started."
    history = (await gql(HISTORY, {"id": job["id"]}, token=world.owner.token))["data"]
    assert [h["source"] for h in history["job"]["history"]] == ["TEMPLATE"]

    both = await gql(
        CREATE_JOB,
        {"input": _input(world, tax, templateId=str(template.id))},
        token=world.owner.token,
    )
    job = both["data"]["createJob"]
    assert job["clientFacing"]["status"]["name"] == "Waiting for docs"
    history = (await gql(HISTORY, {"id": job["id"]}, token=world.owner.token))["data"]
    entries = history["job"]["history"]
    assert [h["source"] for h in entries] == ["AUTOMATION", "TEMPLATE"]  # newest first
    assert entries[1]["before"]["visible"] is False
    assert entries[1]["after"]["status"]["name"] == "In progress"
    assert entries[0]["before"]["status"]["name"] == "In progress"
    assert entries[0]["actor"] is None  # an automation did it
    assert entries[1]["actor"]["id"] == str(world.owner.id)


async def test_a_template_status_in_a_stage_without_automation_stays(gql):
    world = await make_firm()
    plain = await plain_pipeline(world.owner.viewer)
    preparing = plain.statuses["Preparing"]
    template = await pipelines.create_job_template(
        viewer=world.owner.viewer,
        name="Books",
        client_status=pipelines.StatusPreset(visible=True, status_id=preparing.id),
    )
    result = await gql(
        CREATE_JOB,
        {"input": _input(world, plain, templateId=str(template.id))},
        token=world.admin.token,
    )
    state = result["data"]["createJob"]["clientFacing"]
    assert state["visible"] is True and state["status"]["name"] == "Preparing"
    assert state["description"] == preparing.description


async def test_the_creators_own_client_facing_input_applies_last(gql):
    world = await make_firm()
    tax = await tax_pipeline(world.owner.viewer)
    cf = {"visible": False, "jobName": "Your 2025 return"}
    result = await gql(
        CREATE_JOB, {"input": _input(world, tax, clientFacing=cf)}, token=world.owner.token
    )
    state = result["data"]["createJob"]["clientFacing"]
    assert state["visible"] is False and state["jobName"] == "Your 2025 return"
    assert state["status"]["name"] == "Waiting for docs"


async def test_create_job_input_errors(gql):
    world = await make_firm()
    tax = await tax_pipeline(world.owner.viewer)
    other = await plain_pipeline(world.owner.viewer)
    token = world.owner.token
    wrong_stage = _input(world, tax, stageId=str(other.stages[0]))
    assert error_code(await gql(CREATE_JOB, {"input": wrong_stage}, token=token)) == "BAD_INPUT"
    bad = _input(world, tax, name="")
    assert error_code(await gql(CREATE_JOB, {"input": bad}, token=token)) == "BAD_INPUT"
    bad = _input(world, tax, pipelineId="999999")
    assert error_code(await gql(CREATE_JOB, {"input": bad}, token=token)) == "NOT_FOUND"
    bad = _input(world, tax, templateId="999999")
    assert error_code(await gql(CREATE_JOB, {"input": bad}, token=token)) == "NOT_FOUND"
    bad = _input(world, tax, assigneeIds=["999999"])
    assert error_code(await gql(CREATE_JOB, {"input": bad}, token=token)) == "BAD_INPUT"
    bad = _input(world, tax, clientFacing={"visible": True}, applyStageAutomation=False)
    assert error_code(await gql(CREATE_JOB, {"input": bad}, token=token)) == "BAD_INPUT"
    bad = _input(world, tax, pipelineId="x1")
    assert error_code(await gql(CREATE_JOB, {"input": bad}, token=token)) == "BAD_INPUT"


async def test_who_may_create_jobs(gql):
    world = await make_firm()
    other = await make_firm("Other Firm")
    tax = await tax_pipeline(world.owner.viewer)
    on_team = await gql(CREATE_JOB, {"input": _input(world, tax)}, token=world.employee.token)
    assert on_team["data"]["createJob"]["id"]
    beta = _input(world, tax, clientAccountId=str(world.accounts["beta"]))
    assert error_code(await gql(CREATE_JOB, {"input": beta}, token=world.employee.token)) in (
        "NOT_FOUND",
        "FORBIDDEN",
    )
    client = await gql(
        CREATE_JOB, {"input": _input(world, tax)}, token=world.clients["alpha"].token
    )
    assert error_code(client) == "FORBIDDEN"
    outsider = await gql(CREATE_JOB, {"input": _input(world, tax)}, token=other.owner.token)
    assert error_code(outsider) == "NOT_FOUND"
    assert error_code(await gql(CREATE_JOB, {"input": _input(world, tax)})) == "UNAUTHENTICATED"


async def test_moving_fires_the_target_stages_automation_recorded_as_automation(gql):
    world = await make_firm()
    tax = await tax_pipeline(world.owner.viewer)
    job_id = await new_job(world.owner.viewer, world.accounts["alpha"], tax)
    moved = await gql(
        MOVE_JOB, {"jobId": job_id, "stageId": tax.stages[1]}, token=world.employee.token
    )
    state = moved["data"]["moveJob"]["clientFacing"]
    assert moved["data"]["moveJob"]["stage"]["id"] == str(tax.stages[1])
    assert state["status"]["name"] == "Preparing"
    assert state["description"] == "We are preparing your 2025 return."
    history = (await gql(HISTORY, {"id": job_id}, token=world.owner.token))["data"]["job"]
    latest = history["history"][0]
    assert latest["source"] == "AUTOMATION" and latest["actor"] is None

    # A stage without automation leaves the settings as they were.
    moved = await gql(
        MOVE_JOB, {"jobId": job_id, "stageId": tax.stages[2]}, token=world.owner.token
    )
    assert moved["data"]["moveJob"]["clientFacing"]["status"]["name"] == "Preparing"
    # A hiding automation hides, keeping the status stored.
    moved = await gql(
        MOVE_JOB, {"jobId": job_id, "stageId": tax.stages[3]}, token=world.owner.token
    )
    state = moved["data"]["moveJob"]["clientFacing"]
    assert state["visible"] is False and state["status"]["name"] == "Preparing"


async def test_apply_automation_false_leaves_settings_and_override_sets_visibility(gql):
    world = await make_firm()
    tax = await tax_pipeline(world.owner.viewer)
    job_id = await new_job(world.owner.viewer, world.accounts["alpha"], tax)
    moved = await gql(
        MOVE_JOB,
        {"jobId": job_id, "stageId": tax.stages[1], "apply": False},
        token=world.owner.token,
    )
    state = moved["data"]["moveJob"]["clientFacing"]
    assert state["visible"] is True and state["status"]["name"] == "Waiting for docs"
    # Override hides what the automation would show.
    job2 = await new_job(world.owner.viewer, world.accounts["alpha"], tax)
    moved = await gql(
        MOVE_JOB,
        {"jobId": job2, "stageId": tax.stages[1], "override": False},
        token=world.owner.token,
    )
    state = moved["data"]["moveJob"]["clientFacing"]
    assert state["visible"] is False and state["status"]["name"] == "Preparing"
    # Override shows what a hiding automation would hide.
    moved = await gql(
        MOVE_JOB,
        {"jobId": job2, "stageId": tax.stages[3], "override": True},
        token=world.owner.token,
    )
    assert moved["data"]["moveJob"]["clientFacing"]["visible"] is True
    # Override on a move with applyAutomation false.
    moved = await gql(
        MOVE_JOB,
        {"jobId": job2, "stageId": tax.stages[2], "apply": False, "override": False},
        token=world.owner.token,
    )
    assert moved["data"]["moveJob"]["clientFacing"]["visible"] is False


async def test_showing_a_job_without_status_by_override_is_refused_and_nothing_moves(gql):
    world = await make_firm()
    plain = await plain_pipeline(world.owner.viewer)
    job_id = await new_job(world.owner.viewer, world.accounts["alpha"], plain)
    refused = await gql(
        MOVE_JOB,
        {"jobId": job_id, "stageId": plain.stages[1], "override": True},
        token=world.owner.token,
    )
    assert error_code(refused) == "BAD_INPUT"
    job = await gql(
        "query($id: ID!) { job(id: $id) { stage { id } } }", {"id": job_id}, token=world.owner.token
    )
    assert job["data"]["job"]["stage"]["id"] == str(plain.stages[0])


async def test_moving_to_the_same_stage_fires_nothing_but_the_override(gql):
    world = await make_firm()
    tax = await tax_pipeline(world.owner.viewer)
    job_id = await new_job(world.owner.viewer, world.accounts["alpha"], tax)
    await gql(
        UPDATE_CF, {"jobId": job_id, "input": {"description": "Mine."}}, token=world.owner.token
    )
    before = await ClientStatusChange.filter(job_id=job_id).count()
    events_before = len(await _job_events(job_id))
    same = await gql(MOVE_JOB, {"jobId": job_id, "stageId": tax.stages[0]}, token=world.owner.token)
    assert same["data"]["moveJob"]["clientFacing"]["description"] == "Mine."
    assert await ClientStatusChange.filter(job_id=job_id).count() == before
    assert len(await _job_events(job_id)) == events_before
    hidden = await gql(
        MOVE_JOB,
        {"jobId": job_id, "stageId": tax.stages[0], "override": False},
        token=world.owner.token,
    )
    state = hidden["data"]["moveJob"]["clientFacing"]
    assert state["visible"] is False and state["description"] == "Mine."
    history = (await gql(HISTORY, {"id": job_id}, token=world.owner.token))["data"]["job"]
    assert history["history"][0]["source"] == "MANUAL"


async def test_move_errors_and_access(gql):
    world = await make_firm()
    other = await make_firm("Other Firm")
    tax = await tax_pipeline(world.owner.viewer)
    foreign = await tax_pipeline(other.owner.viewer)
    job_id = await new_job(world.owner.viewer, world.accounts["beta"], tax)
    variables = {"jobId": job_id, "stageId": tax.stages[1]}
    assert error_code(await gql(MOVE_JOB, variables, token=world.employee.token)) == "NOT_FOUND"
    client = world.clients["beta"].token
    assert error_code(await gql(MOVE_JOB, variables, token=client)) == "FORBIDDEN"
    assert error_code(await gql(MOVE_JOB, variables, token=other.owner.token)) == "NOT_FOUND"
    foreign_stage = {"jobId": job_id, "stageId": foreign.stages[1]}
    assert error_code(await gql(MOVE_JOB, foreign_stage, token=world.owner.token)) == "NOT_FOUND"
    bad = {"jobId": "nope", "stageId": tax.stages[1]}
    assert error_code(await gql(MOVE_JOB, bad, token=world.owner.token)) == "BAD_INPUT"


async def test_an_employee_assigned_to_a_job_reaches_it(gql):
    world = await make_firm()
    tax = await tax_pipeline(world.owner.viewer)
    job_id = await new_job(world.owner.viewer, world.accounts["beta"], tax)
    assert (await gql(JOB, {"id": job_id}, token=world.employee.token))["data"]["job"] is None
    assigned = await gql(
        ASSIGN, {"id": job_id, "staff": [str(world.employee.id)]}, token=world.admin.token
    )
    assert assigned["data"]["setJobAssignees"]["assignees"] == [{"id": str(world.employee.id)}]
    found = await gql(JOB, {"id": job_id}, token=world.employee.token)
    assert found["data"]["job"]["id"] == str(job_id)
    moved = await gql(
        MOVE_JOB, {"jobId": job_id, "stageId": tax.stages[1]}, token=world.employee.token
    )
    assert moved["data"]["moveJob"]["stage"]["id"] == str(tax.stages[1])
    cleared = await gql(ASSIGN, {"id": job_id, "staff": []}, token=world.owner.token)
    assert cleared["data"]["setJobAssignees"]["assignees"] == []
    assert error_code(
        await gql(ASSIGN, {"id": job_id, "staff": ["99999"]}, token=world.owner.token)
    ) == ("BAD_INPUT")
    denied = await gql(ASSIGN, {"id": job_id, "staff": []}, token=world.clients["beta"].token)
    assert error_code(denied) == "FORBIDDEN"


async def test_editing_the_client_facing_section_on_the_job_card(gql):
    world = await make_firm()
    plain = await plain_pipeline(world.owner.viewer)
    job_id = await new_job(world.owner.viewer, world.accounts["alpha"], plain)
    refused = await gql(
        UPDATE_CF, {"jobId": job_id, "input": {"visible": True}}, token=world.owner.token
    )
    assert error_code(refused) == "BAD_INPUT"
    preparing = plain.statuses["Preparing"]
    shown = await gql(
        UPDATE_CF,
        {"jobId": job_id, "input": {"visible": True, "statusId": str(preparing.id)}},
        token=world.employee.token,
    )
    state = shown["data"]["updateJobClientFacing"]["clientFacing"]
    assert state["visible"] is True and state["status"]["name"] == "Preparing"
    assert state["description"] == preparing.description and state["updatedAt"]
    assert state["jobName"] == "2025 tax return"
    renamed = await gql(
        UPDATE_CF,
        {"jobId": job_id, "input": {"jobName": "Your return", "description": "Nearly there."}},
        token=world.admin.token,
    )
    state = renamed["data"]["updateJobClientFacing"]["clientFacing"]
    assert state["jobName"] == "Your return" and state["description"] == "Nearly there."
    reset = await gql(
        UPDATE_CF, {"jobId": job_id, "input": {"jobName": ""}}, token=world.owner.token
    )
    assert reset["data"]["updateJobClientFacing"]["clientFacing"]["jobName"] == "2025 tax return"
    hidden = await gql(
        UPDATE_CF, {"jobId": job_id, "input": {"visible": False}}, token=world.owner.token
    )
    assert hidden["data"]["updateJobClientFacing"]["clientFacing"]["visible"] is False
    cleared = await gql(
        UPDATE_CF, {"jobId": job_id, "input": {"statusId": None}}, token=world.owner.token
    )
    assert cleared["data"]["updateJobClientFacing"]["clientFacing"]["status"] is None

    history = (await gql(HISTORY, {"id": job_id}, token=world.owner.token))["data"]["job"][
        "history"
    ]
    assert [h["source"] for h in history] == ["MANUAL"] * 5
    assert history[-1]["actor"]["id"] == str(world.employee.id)
    assert history[-1]["before"]["visible"] is False and history[-1]["after"]["visible"] is True
    assert history[0]["after"]["status"] is None
    times = [h["at"] for h in history]
    assert times == sorted(times, reverse=True)

    errors = [
        {"statusId": "999999"},
        {"jobName": "x" * 201},
        {"description": "x" * 10_001},
        {"statusId": "abc"},
    ]
    for bad in errors:
        result = await gql(UPDATE_CF, {"jobId": job_id, "input": bad}, token=world.owner.token)
        assert error_code(result) == "BAD_INPUT", bad
    client = await gql(
        UPDATE_CF,
        {"jobId": job_id, "input": {"visible": False}},
        token=world.clients["alpha"].token,
    )
    assert error_code(client) == "FORBIDDEN"
    history_by_client = await gql(HISTORY, {"id": job_id}, token=world.clients["alpha"].token)
    assert error_code(history_by_client) == "FORBIDDEN"


async def test_archive_unarchive_delete_keep_settings_add_no_history_but_emit_events(gql):
    world = await make_firm()
    tax = await tax_pipeline(world.owner.viewer)
    job_id = await new_job(world.owner.viewer, world.accounts["alpha"], tax)
    history_before = await ClientStatusChange.filter(job_id=job_id).count()
    archived = await gql(ARCHIVE, {"id": job_id}, token=world.employee.token)
    assert archived["data"]["archiveJob"] == {
        "id": str(job_id),
        "archived": True,
        "clientFacing": {"visible": True},
    }
    events = await _job_events(job_id)
    assert events[-1]["visible"] is False and events[-1]["item"] is None
    assert events[-1]["source"] == "MANUAL"
    job = await gql(JOB, {"id": job_id}, token=world.owner.token)
    assert job["data"]["job"]["clientFacing"]["status"]["name"] == "Waiting for docs"

    unarchived = await gql(UNARCHIVE, {"id": job_id}, token=world.owner.token)
    assert unarchived["data"]["unarchiveJob"]["archived"] is False
    events = await _job_events(job_id)
    assert events[-1]["visible"] is True
    assert events[-1]["item"]["status"] == "Waiting for docs"
    assert events[-1]["item"]["jobName"] == "2025 tax return"

    assert (await gql(DELETE, {"id": job_id}, token=world.owner.token))["data"]["deleteJob"] is True
    events = await _job_events(job_id)
    assert events[-1]["visible"] is False and events[-1]["source"] == "MANUAL"
    assert await ClientStatusChange.filter(job_id=job_id).count() == history_before
    assert (await gql(JOB, {"id": job_id}, token=world.owner.token))["data"]["job"] is None
    again = await gql(DELETE, {"id": job_id}, token=world.owner.token)
    assert error_code(again) == "NOT_FOUND"


async def test_archive_and_delete_access(gql):
    world = await make_firm()
    tax = await tax_pipeline(world.owner.viewer)
    beta_job = await new_job(world.owner.viewer, world.accounts["beta"], tax)
    for query in (ARCHIVE, UNARCHIVE, DELETE):
        assert error_code(await gql(query, {"id": beta_job}, token=world.employee.token)) == (
            "NOT_FOUND"
        )
        client = world.clients["beta"].token
        assert error_code(await gql(query, {"id": beta_job}, token=client)) == "FORBIDDEN"
        assert error_code(await gql(query, {"id": beta_job})) == "UNAUTHENTICATED"
    assert (await gql(DELETE, {"id": beta_job}, token=world.admin.token))["data"]["deleteJob"]
