"""Stage automations on entry (status, then request template, then task template), task
templates, request template edits, and a person's move with visibleOverride."""

from __future__ import annotations

from typing import Any

from models import ChatThread, ClientRequest, ClientStatusChange, Event, Job, Message
from resolvers import pipelines
from tests.support import delivered, error_code, make_firm, subject_of
from tests.support_jobs import HISTORY, MOVE_JOB, new_job, plain_pipeline, tax_pipeline
from tests.support_requests import SUBMIT
from tests.support_requests import data as rdata
from tests.support_tasks import check

TASK_TEMPLATE = """mutation($name: String!, $subject: String!, $message: String,
  $tasks: [String!]!) {
  createTaskTemplate(name: $name, subject: $subject, message: $message, tasks: $tasks) {
    id name subject message tasks
  }
}"""
SET_TASKS = """mutation($stage: ID!, $template: ID) {
  setStageTaskAutomation(stageId: $stage, taskTemplateId: $template) {
    id taskTemplate { id name tasks }
  }
}"""
REQUEST_TEMPLATE = """mutation {
  createRequestTemplate(name: "Year-end", title: "Your year-end documents", questions: [
    {kind: SHORT_TEXT, prompt: "Your tax number"}
  ]) { id }
}"""
SET_REQUEST = """mutation($stage: ID!, $template: ID) {
  setStageRequestAutomation(stageId: $stage, requestTemplateId: $template) { id }
}"""
DELETE_TASK_TEMPLATE = "mutation($id: ID!) { deleteTaskTemplate(id: $id) }"
DELETE_REQUEST_TEMPLATE = "mutation($id: ID!) { deleteRequestTemplate(id: $id) }"
UPDATE_REQUEST_TEMPLATE = """mutation($id: ID!, $name: String, $title: String,
  $questions: [QuestionInput!]) {
  updateRequestTemplate(id: $id, name: $name, title: $title, questions: $questions) {
    id name title questions { kind prompt required options }
  }
}"""


async def _task_template(gql: Any, token: str, **overrides: Any) -> dict:
    variables = {
        "name": "Onboarding",
        "subject": "Welcome: a few things to do",
        "message": "Please tick these off when done.",
        "tasks": ["Upload your ID", "Sign the engagement letter"],
        **overrides,
    }
    return rdata(await gql(TASK_TEMPLATE, variables, token=token), "createTaskTemplate")


async def _on_stage(gql: Any, world: Any, stage_id: int, *, tasks: bool, request: bool) -> dict:
    made: dict[str, str] = {}
    if tasks:
        made["task"] = (await _task_template(gql, world.owner.token))["id"]
        rdata(
            await gql(
                SET_TASKS,
                {"stage": str(stage_id), "template": made["task"]},
                token=world.admin.token,
            ),
            "setStageTaskAutomation",
        )
    if request:
        made["request"] = rdata(
            await gql(REQUEST_TEMPLATE, token=world.owner.token), "createRequestTemplate"
        )["id"]
        rdata(
            await gql(
                SET_REQUEST,
                {"stage": str(stage_id), "template": made["request"]},
                token=world.owner.token,
            ),
            "setStageRequestAutomation",
        )
    return made


async def _move(gql: Any, world: Any, job_id: int, stage_id: int, **extra: Any) -> dict:
    moved = await gql(
        MOVE_JOB,
        {"jobId": str(job_id), "stageId": str(stage_id), **extra},
        token=world.owner.token,
    )
    return rdata(moved, "moveJob")


# ---------------------------------------------------------------- automations on entry


async def test_entering_a_stage_sets_the_status_then_sends_the_request_then_opens_the_task_thread(
    gql, mailbox
):
    world = await make_firm()
    tax = await tax_pipeline(world.owner.viewer)  # stage 2 shows "Preparing"
    made = await _on_stage(gql, world, tax.stages[1], tasks=True, request=True)
    job_id = await new_job(world.owner.viewer, world.accounts["alpha"], tax)
    before = (await Event.all().order_by("-seq").first()).seq
    await _move(gql, world, job_id, tax.stages[1])

    request = await ClientRequest.get(job_id=job_id)
    assert (request.status, request.access, request.template_id) == (
        "PENDING",
        "PORTAL",
        int(made["request"]),
    )
    thread = await ChatThread.get(job_id=job_id)
    assert thread.subject == "Welcome: a few things to do"
    assert thread.job_stage_id == tax.stages[1] and request.job_stage_id == tax.stages[1]
    assert (thread.total_task_count, thread.completed_task_count) == (2, 0)
    bodies = [m.body for m in await Message.filter(thread_id=thread.id).order_by("id")]
    assert bodies[0] == "Please tick these off when done."
    assert "[ ] Upload your ID" in bodies[1] and "[ ] Sign the engagement letter" in bodies[1]

    events = await Event.filter(seq__gt=before).order_by("seq")
    order = [
        e.topic
        for e in events
        if e.topic in ("request", "task")
        or (e.topic == "job" and not e.payload.get("blockersChanged"))
    ]
    assert order[0] == "job" and order[1] == "request" and set(order[2:]) == {"task"}

    box = await delivered(mailbox)
    subjects = [subject_of(m) for m in box.to("alpha@acme-tax.client")]
    assert "Acme Tax asks: Your year-end documents" in subjects
    assert "Acme Tax: new tasks in “Welcome: a few things to do”" in subjects


async def test_moving_a_job_out_and_back_creates_no_duplicate_request_or_thread(gql):
    world = await make_firm()
    plain = await plain_pipeline(world.owner.viewer, 3)
    await _on_stage(gql, world, plain.stages[1], tasks=True, request=True)
    job_id = await new_job(world.owner.viewer, world.accounts["alpha"], plain)
    for stage in (1, 2, 1, 0, 1):
        await _move(gql, world, job_id, plain.stages[stage])
    assert await ClientRequest.filter(job_id=job_id).count() == 1
    assert await ChatThread.filter(job_id=job_id).count() == 1


async def test_once_the_templates_items_are_done_re_entering_the_stage_makes_new_ones(gql):
    world = await make_firm()
    plain = await plain_pipeline(world.owner.viewer, 3)
    await _on_stage(gql, world, plain.stages[1], tasks=True, request=True)
    job_id = await new_job(world.owner.viewer, world.accounts["alpha"], plain)
    await _move(gql, world, job_id, plain.stages[1])
    client = world.clients["alpha"].token
    request = await ClientRequest.get(job_id=job_id)
    rdata(await gql(SUBMIT, {"requestId": str(request.id)}, token=client), "submitClientRequest")
    thread = await ChatThread.get(job_id=job_id)
    tasks = await thread.tasks.all()
    for task in tasks:
        await check(gql, client, str(task.id))
    await _move(gql, world, job_id, plain.stages[0])
    await _move(gql, world, job_id, plain.stages[1])
    assert await ClientRequest.filter(job_id=job_id).count() == 2
    assert await ChatThread.filter(job_id=job_id).count() == 2


async def test_the_task_automations_thread_is_an_item_of_its_stage_and_advances_the_job(gql):
    world = await make_firm()
    plain = await plain_pipeline(world.owner.viewer, 3)
    await _on_stage(gql, world, plain.stages[0], tasks=True, request=False)
    await pipelines.set_stage_auto_advance(
        viewer=world.owner.viewer, stage_id=plain.stages[0], auto_advance=True
    )
    job_id = await new_job(world.owner.viewer, world.accounts["alpha"], plain)  # fires on creation
    thread = await ChatThread.get(job_id=job_id)
    for task in await thread.tasks.all():
        await check(gql, world.clients["alpha"].token, str(task.id))
    assert (await Job.get(id=job_id)).stage_id == plain.stages[1]


async def test_an_archived_job_entering_the_stage_gets_no_task_thread(gql):
    world = await make_firm()
    plain = await plain_pipeline(world.owner.viewer, 3)
    await _on_stage(gql, world, plain.stages[1], tasks=True, request=False)
    job_id = await new_job(world.owner.viewer, world.accounts["alpha"], plain)
    await Job.filter(id=job_id).update(archived=True)
    await _move(gql, world, job_id, plain.stages[1])
    assert not await ChatThread.exists(job_id=job_id)


# ---------------------------------------------------------------- templates


async def test_owners_and_admins_manage_task_templates_and_employees_read_them(gql):
    world = await make_firm()
    plain = await plain_pipeline(world.owner.viewer, 2)
    made = await _task_template(gql, world.admin.token, message=None)
    assert made["message"] == "" and made["tasks"] == [
        "Upload your ID",
        "Sign the engagement letter",
    ]
    refused = await gql(
        TASK_TEMPLATE,
        {"name": "x", "subject": "y", "tasks": ["z"]},
        token=world.employee.token,
    )
    assert error_code(refused) == "FORBIDDEN"
    listed = await gql("{ taskTemplates { id name } }", token=world.employee.token)
    assert rdata(listed, "taskTemplates") == [{"id": made["id"], "name": "Onboarding"}]
    client = await gql("{ taskTemplates { id } }", token=world.clients["alpha"].token)
    assert error_code(client) == "FORBIDDEN"
    for mutation, variables in (
        (SET_TASKS, {"stage": str(plain.stages[0]), "template": made["id"]}),
        (DELETE_TASK_TEMPLATE, {"id": made["id"]}),
    ):
        assert error_code(await gql(mutation, variables, token=world.employee.token)) == "FORBIDDEN"


async def test_a_task_template_needs_a_name_a_subject_and_at_least_one_task(gql):
    world = await make_firm()
    for overrides in ({"tasks": []}, {"name": "  "}, {"subject": ""}, {"tasks": ["ok", " "]}):
        refused = await gql(
            TASK_TEMPLATE,
            {"name": "N", "subject": "S", "tasks": ["T"], **overrides},
            token=world.owner.token,
        )
        assert error_code(refused) == "BAD_INPUT", overrides


async def test_a_template_used_by_a_stage_cannot_be_deleted_until_the_stage_lets_go(gql):
    world = await make_firm()
    plain = await plain_pipeline(world.owner.viewer, 2)
    made = await _on_stage(gql, world, plain.stages[1], tasks=True, request=True)
    for mutation, template in (
        (DELETE_TASK_TEMPLATE, made["task"]),
        (DELETE_REQUEST_TEMPLATE, made["request"]),
    ):
        assert error_code(await gql(mutation, {"id": template}, token=world.owner.token)) == (
            "CONFLICT"
        )
    for mutation in (SET_TASKS, SET_REQUEST):
        await gql(
            mutation, {"stage": str(plain.stages[1]), "template": None}, token=world.owner.token
        )
    assert rdata(
        await gql(DELETE_TASK_TEMPLATE, {"id": made["task"]}, token=world.owner.token),
        "deleteTaskTemplate",
    )
    assert rdata(
        await gql(DELETE_REQUEST_TEMPLATE, {"id": made["request"]}, token=world.owner.token),
        "deleteRequestTemplate",
    )
    listed = await gql("{ taskTemplates { id } requestTemplates { id } }", token=world.owner.token)
    assert listed["data"] == {"taskTemplates": [], "requestTemplates": []}


async def test_deleting_a_template_keeps_the_requests_and_threads_made_from_it(gql):
    world = await make_firm()
    plain = await plain_pipeline(world.owner.viewer, 2)
    made = await _on_stage(gql, world, plain.stages[1], tasks=True, request=True)
    job_id = await new_job(world.owner.viewer, world.accounts["alpha"], plain)
    await _move(gql, world, job_id, plain.stages[1])
    for mutation in (SET_TASKS, SET_REQUEST):
        await gql(
            mutation, {"stage": str(plain.stages[1]), "template": None}, token=world.owner.token
        )
    await gql(DELETE_TASK_TEMPLATE, {"id": made["task"]}, token=world.owner.token)
    await gql(DELETE_REQUEST_TEMPLATE, {"id": made["request"]}, token=world.owner.token)
    assert (await ClientRequest.get(job_id=job_id)).template_id is None
    assert (await ChatThread.get(job_id=job_id)).task_template_id is None


async def test_editing_a_request_template_changes_the_requests_made_after_it_only(gql):
    world = await make_firm()
    plain = await plain_pipeline(world.owner.viewer, 3)
    made = await _on_stage(gql, world, plain.stages[1], tasks=False, request=True)
    first_job = await new_job(world.owner.viewer, world.accounts["alpha"], plain)
    await _move(gql, world, first_job, plain.stages[1])
    updated = await gql(
        UPDATE_REQUEST_TEMPLATE,
        {
            "id": made["request"],
            "title": "Your 2026 documents",
            "questions": [
                {"kind": "YES_NO", "prompt": "Did you move?", "required": True},
                {
                    "kind": "SINGLE_CHOICE",
                    "prompt": "Filing status",
                    "options": ["Single", "Joint"],
                },
            ],
        },
        token=world.admin.token,
    )
    assert rdata(updated, "updateRequestTemplate") == {
        "id": made["request"],
        "name": "Year-end",
        "title": "Your 2026 documents",
        "questions": [
            {"kind": "YES_NO", "prompt": "Did you move?", "required": True, "options": []},
            {
                "kind": "SINGLE_CHOICE",
                "prompt": "Filing status",
                "required": False,
                "options": ["Single", "Joint"],
            },
        ],
    }
    second_job = await new_job(world.owner.viewer, world.accounts["alpha"], plain, name="Other")
    await _move(gql, world, second_job, plain.stages[1])
    assert (await ClientRequest.get(job_id=first_job)).title == "Your year-end documents"
    assert (await ClientRequest.get(job_id=second_job)).title == "Your 2026 documents"


async def test_request_template_edits_are_checked_and_for_owners_and_admins(gql):
    world = await make_firm()
    other = await make_firm("Other Firm")
    template = rdata(await gql(REQUEST_TEMPLATE, token=world.owner.token), "createRequestTemplate")
    bad = [
        {"name": ""},
        {"title": "x" * 201},
        {"questions": [{"kind": "SINGLE_CHOICE", "prompt": "Pick", "options": []}]},
    ]
    for change in bad:
        result = await gql(
            UPDATE_REQUEST_TEMPLATE, {"id": template["id"], **change}, token=world.owner.token
        )
        assert error_code(result) == "BAD_INPUT", change
    assert (
        error_code(
            await gql(
                UPDATE_REQUEST_TEMPLATE,
                {"id": template["id"], "name": "Mine"},
                token=world.employee.token,
            )
        )
        == "FORBIDDEN"
    )
    for mutation, variables in (
        (UPDATE_REQUEST_TEMPLATE, {"id": template["id"], "name": "Theirs"}),
        (DELETE_REQUEST_TEMPLATE, {"id": template["id"]}),
    ):
        assert error_code(await gql(mutation, variables, token=other.owner.token)) == "NOT_FOUND"


async def test_a_stage_cannot_use_another_firms_task_template(gql):
    world = await make_firm()
    other = await make_firm("Other Firm")
    plain = await plain_pipeline(world.owner.viewer, 2)
    theirs = await _task_template(gql, other.owner.token)
    refused = await gql(
        SET_TASKS,
        {"stage": str(plain.stages[0]), "template": theirs["id"]},
        token=world.owner.token,
    )
    assert error_code(refused) == "NOT_FOUND"
    assert error_code(
        await gql(DELETE_TASK_TEMPLATE, {"id": theirs["id"]}, token=world.owner.token)
    ) == ("NOT_FOUND")


# ---------------------------------------------------------------- a person's move with an override


async def test_a_persons_move_with_visible_override_is_one_manual_entry_by_that_person(gql):
    world = await make_firm()
    tax = await tax_pipeline(world.owner.viewer)
    job_id = await new_job(world.owner.viewer, world.accounts["alpha"], tax)
    before = await ClientStatusChange.filter(job_id=job_id).count()
    moved = await gql(
        MOVE_JOB,
        {"jobId": str(job_id), "stageId": str(tax.stages[1]), "override": False},
        token=world.admin.token,
    )
    assert rdata(moved, "moveJob")["clientFacing"]["status"]["name"] == "Preparing"
    assert await ClientStatusChange.filter(job_id=job_id).count() == before + 1
    latest = (await gql(HISTORY, {"id": str(job_id)}, token=world.owner.token))["data"]["job"][
        "history"
    ][0]
    assert latest["source"] == "MANUAL"
    assert latest["actor"]["id"] == str(world.admin.id)
    # It includes what the automation set: the status and the pipeline's description.
    assert latest["after"]["status"]["name"] == "Preparing"
    assert latest["after"]["description"] == "We are preparing your 2025 return."
    assert latest["after"]["visible"] is False


async def test_a_move_without_override_stays_an_automation_entry_without_actor(gql):
    world = await make_firm()
    tax = await tax_pipeline(world.owner.viewer)
    job_id = await new_job(world.owner.viewer, world.accounts["alpha"], tax)
    await _move(gql, world, job_id, tax.stages[1])
    latest = (await gql(HISTORY, {"id": str(job_id)}, token=world.owner.token))["data"]["job"][
        "history"
    ][0]
    assert latest["source"] == "AUTOMATION" and latest["actor"] is None
