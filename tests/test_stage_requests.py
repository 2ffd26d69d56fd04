"""The stage automation "send a request from a template": a job entering the stage sends the
client a PORTAL request from the firm's template, on every entry path."""

from datetime import UTC, datetime

from models import ClientRequest, Job
from tests.support import body_of, delivered, error_code, make_firm
from tests.support_jobs import CREATE_JOB, MOVE_JOB, new_job, plain_pipeline
from tests.support_requests import SAVE, SUBMIT, data, question_ids

TEMPLATE = """mutation {
  createRequestTemplate(name: "Year-end", title: "Your year-end documents", questions: [
    {kind: SHORT_TEXT, prompt: "Your tax number", required: true},
    {kind: YES_NO, prompt: "Did you move house?"}
  ]) { id }
}"""
SET_AUTOMATION = """mutation($stageId: ID!, $templateId: ID) {
  setStageRequestAutomation(stageId: $stageId, requestTemplateId: $templateId) {
    id requestTemplate { id title }
  }
}"""
CLIENT_REQUESTS = "{ clientRequests { id title status questions { prompt } } }"


async def _automated_stage(gql, world, stage_id: int) -> str:
    template = data(await gql(TEMPLATE, token=world.owner.token), "createRequestTemplate")["id"]
    stage = data(
        await gql(
            SET_AUTOMATION,
            {"stageId": str(stage_id), "templateId": template},
            token=world.admin.token,
        ),
        "setStageRequestAutomation",
    )
    assert stage["requestTemplate"] == {"id": template, "title": "Your year-end documents"}
    return template


async def test_moving_a_job_into_the_stage_sends_the_client_the_templates_request(gql, mailbox):
    world = await make_firm()
    plain = await plain_pipeline(world.owner.viewer)
    await _automated_stage(gql, world, plain.stages[1])
    job_id = await new_job(world.owner.viewer, world.accounts["alpha"], plain)
    assert not await ClientRequest.exists(job_id=job_id)

    moved = await gql(
        MOVE_JOB, {"jobId": str(job_id), "stageId": str(plain.stages[1])}, token=world.owner.token
    )
    assert data(moved, "moveJob")["stage"]["id"] == str(plain.stages[1])
    request = await ClientRequest.get(job_id=job_id)
    assert (request.status, request.access, request.title) == (
        "PENDING",
        "PORTAL",
        "Your year-end documents",
    )
    assert request.created_by_id is None and request.recipients == ["alpha@acme-tax.client"]
    seen = data(await gql(CLIENT_REQUESTS, token=world.clients["alpha"].token), "clientRequests")
    assert seen == [
        {
            "id": str(request.id),
            "title": "Your year-end documents",
            "status": "PENDING",
            "questions": [{"prompt": "Your tax number"}, {"prompt": "Did you move house?"}],
        }
    ]
    assert (
        data(await gql(CLIENT_REQUESTS, token=world.clients["beta"].token), "clientRequests") == []
    )
    mails = [
        m
        for m in (await delivered(mailbox)).to("alpha@acme-tax.client")
        if "Your year-end documents" in m["Subject"]
    ]
    assert len(mails) == 1 and f"/portal/requests/{request.id}" in body_of(mails[0])


async def test_a_job_created_in_the_stage_sends_it_unless_automation_is_skipped(gql):
    world = await make_firm()
    plain = await plain_pipeline(world.owner.viewer)
    await _automated_stage(gql, world, plain.stages[0])
    made = []
    for apply in (True, False):
        created = await gql(
            CREATE_JOB,
            {
                "input": {
                    "name": f"Return {apply}",
                    "clientAccountId": str(world.accounts["alpha"]),
                    "pipelineId": str(plain.id),
                    "applyStageAutomation": apply,
                }
            },
            token=world.owner.token,
        )
        made.append(int(data(created, "createJob")["id"]))
    assert await ClientRequest.filter(job_id=made[0]).count() == 1
    assert not await ClientRequest.exists(job_id=made[1])
    # Moving without automation, or within the same stage, sends nothing either.
    await gql(
        MOVE_JOB,
        {"jobId": str(made[1]), "stageId": str(plain.stages[0]), "apply": True},
        token=world.owner.token,
    )
    assert not await ClientRequest.exists(job_id=made[1])


async def test_submitting_a_request_auto_advances_into_a_stage_that_sends_the_next_one(gql):
    world = await make_firm()
    plain = await plain_pipeline(world.owner.viewer)
    await _automated_stage(gql, world, plain.stages[1])
    await gql(
        "mutation($id: ID!) { setStageAutoAdvance(stageId: $id, autoAdvance: true) { id } }",
        {"id": str(plain.stages[0])},
        token=world.owner.token,
    )
    job_id = await new_job(world.owner.viewer, world.accounts["alpha"], plain)
    first = await ClientRequest.create(
        firm_id=world.firm_id,
        client_account_id=world.accounts["alpha"],
        job_id=job_id,
        job_stage_id=plain.stages[0],
        title="Kick-off",
        access="PORTAL",
        recipients=["alpha@acme-tax.client"],
        status="PENDING",
        sent_at=datetime.now(UTC),
    )
    client = world.clients["alpha"].token
    assert data(
        await gql(SUBMIT, {"requestId": str(first.id)}, token=client), "submitClientRequest"
    )
    assert (await Job.get(id=job_id)).stage_id == plain.stages[1]
    follow_up = await ClientRequest.get(job_id=job_id, title="Your year-end documents")
    assert follow_up.status == "PENDING"
    # The client can answer it like any other request.
    request = await gql(
        "query($id: ID!) { clientRequest(id: $id) { questions { id kind } } }",
        {"id": str(follow_up.id)},
        token=client,
    )
    ids = question_ids(data(request, "clientRequest"))
    saved = await gql(
        SAVE,
        {
            "requestId": str(follow_up.id),
            "answers": [{"questionId": ids["SHORT_TEXT"], "text": "12/345/67890"}],
        },
        token=client,
    )
    assert not saved.get("errors"), saved


async def test_archived_jobs_move_without_sending_the_client_a_request(gql):
    world = await make_firm()
    plain = await plain_pipeline(world.owner.viewer)
    await _automated_stage(gql, world, plain.stages[1])
    job_id = await new_job(world.owner.viewer, world.accounts["alpha"], plain)
    await gql(
        "mutation($id: ID!) { archiveJob(jobId: $id) { id } }",
        {"id": str(job_id)},
        token=world.owner.token,
    )
    moved = await gql(
        MOVE_JOB, {"jobId": str(job_id), "stageId": str(plain.stages[1])}, token=world.owner.token
    )
    assert not moved.get("errors"), moved
    assert not await ClientRequest.exists(job_id=job_id)


async def test_only_owners_and_admins_set_it_and_only_with_their_own_firms_template(gql):
    world = await make_firm()
    other = await make_firm("Other Firm")
    plain = await plain_pipeline(world.owner.viewer)
    stage = str(plain.stages[1])
    theirs = data(await gql(TEMPLATE, token=other.owner.token), "createRequestTemplate")["id"]
    ours = data(await gql(TEMPLATE, token=world.owner.token), "createRequestTemplate")["id"]
    denied = await gql(
        SET_AUTOMATION, {"stageId": stage, "templateId": ours}, token=world.employee.token
    )
    assert error_code(denied) == "FORBIDDEN"
    foreign = await gql(
        SET_AUTOMATION, {"stageId": stage, "templateId": theirs}, token=world.owner.token
    )
    assert error_code(foreign) == "NOT_FOUND"
    elsewhere = await gql(
        SET_AUTOMATION, {"stageId": stage, "templateId": theirs}, token=other.owner.token
    )
    assert error_code(elsewhere) == "NOT_FOUND"  # our stage is not theirs to change
    set_on = await gql(
        SET_AUTOMATION, {"stageId": stage, "templateId": ours}, token=world.owner.token
    )
    assert data(set_on, "setStageRequestAutomation")["requestTemplate"]["id"] == ours
    turned_off = await gql(SET_AUTOMATION, {"stageId": stage}, token=world.owner.token)
    assert data(turned_off, "setStageRequestAutomation")["requestTemplate"] is None
    job_id = await new_job(world.owner.viewer, world.accounts["alpha"], plain)
    await gql(MOVE_JOB, {"jobId": str(job_id), "stageId": stage}, token=world.owner.token)
    assert not await ClientRequest.exists(job_id=job_id)
