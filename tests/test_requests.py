"""Client requests, the firm's side: who may create and change them, the life cycle, what
the client sees, templates, e-mail on send, and the request events."""

import pytest

from models import ClientRequest, Event, Job, Pipeline, Stage
from tests.support import body_of, delivered, error_code, make_firm
from tests.support_requests import (
    CANCEL,
    CREATE,
    EVERY_KIND,
    GET,
    LIST,
    SAVE,
    SEND,
    SUBMIT,
    UPDATE,
    create_request,
    data,
    question_ids,
)


async def _job(world, account: str = "alpha", assignee=None) -> Job:
    pipeline = await Pipeline.create(firm_id=world.firm_id, name="Returns")
    stage = await Stage.create(pipeline=pipeline, name="Intake", position=0)
    job = await Job.create(
        firm_id=world.firm_id,
        client_account_id=world.accounts[account],
        pipeline_id=pipeline.id,
        stage_id=stage.id,
        name="2025 return",
    )
    if assignee is not None:
        from models import JobAssignee

        await JobAssignee.create(job_id=job.id, staff_id=assignee.id)
    return job


async def test_staff_create_a_draft_request_with_every_question_kind(gql):
    world = await make_firm()
    request = await create_request(gql, world.owner.token, world.accounts["alpha"])
    assert request["status"] == "DRAFT" and request["sentAt"] is None
    assert [q["kind"] for q in request["questions"]] == [q["kind"] for q in EVERY_KIND]
    assert [q["position"] for q in request["questions"]] == list(range(len(EVERY_KIND)))
    assert request["questions"][0]["required"] is True
    assert request["questions"][2]["options"] == ["Single", "Married"]
    assert request["recipients"] == ["alpha@acme-tax.client"]  # all portal users by default
    assert request["reminder"] is None


@pytest.mark.parametrize("who", ["owner", "admin", "employee"])
async def test_owners_admins_and_team_employees_create_requests(gql, who):
    world = await make_firm()
    request = await create_request(gql, getattr(world, who).token, world.accounts["alpha"])
    assert request["status"] == "DRAFT"


async def test_employee_off_the_team_cannot_create_a_request_for_the_account(gql):
    world = await make_firm()
    result = await gql(
        CREATE,
        {
            "input": {
                "title": "T",
                "clientAccountId": str(world.accounts["beta"]),
                "access": "PORTAL",
            }
        },
        token=world.employee.token,
    )
    assert error_code(result) == "NOT_FOUND"


async def test_employee_with_job_access_creates_a_request_linked_to_that_job(gql):
    world = await make_firm()
    job = await _job(world, "beta", assignee=world.employee)
    request = await create_request(
        gql, world.employee.token, world.accounts["beta"], jobId=str(job.id)
    )
    assert (await ClientRequest.get(id=request["id"])).job_id == job.id
    # ...and sees it afterwards, though not on the account's team.
    assert data(await gql(GET, {"id": request["id"]}, token=world.employee.token), "clientRequest")
    # Without the job, the same account is out of reach.
    result = await gql(
        CREATE,
        {
            "input": {
                "title": "T",
                "clientAccountId": str(world.accounts["beta"]),
                "access": "PORTAL",
            }
        },
        token=world.employee.token,
    )
    assert error_code(result) == "FORBIDDEN"


async def test_a_job_of_another_account_or_firm_is_refused(gql):
    world = await make_firm()
    other = await make_firm("Other Firm")
    beta_job = await _job(world, "beta")
    foreign_job = await _job(other, "alpha")
    base = {"title": "T", "clientAccountId": str(world.accounts["alpha"]), "access": "PORTAL"}
    result = await gql(
        CREATE, {"input": {**base, "jobId": str(beta_job.id)}}, token=world.owner.token
    )
    assert error_code(result) == "BAD_INPUT"
    result = await gql(
        CREATE, {"input": {**base, "jobId": str(foreign_job.id)}}, token=world.owner.token
    )
    assert error_code(result) == "NOT_FOUND"


async def test_portal_users_anonymous_and_other_firms_cannot_create_requests(gql):
    world = await make_firm()
    other = await make_firm("Other Firm")
    variables = {
        "input": {"title": "T", "clientAccountId": str(world.accounts["alpha"]), "access": "PORTAL"}
    }
    assert (
        error_code(await gql(CREATE, variables, token=world.clients["alpha"].token)) == "FORBIDDEN"
    )
    assert error_code(await gql(CREATE, variables)) == "UNAUTHENTICATED"
    assert error_code(await gql(CREATE, variables, token=other.owner.token)) == "NOT_FOUND"


@pytest.mark.parametrize(
    "question",
    [
        {"kind": "SINGLE_CHOICE", "prompt": "Pick"},
        {"kind": "MULTIPLE_CHOICE", "prompt": "Pick", "options": []},
        {"kind": "SINGLE_CHOICE", "prompt": "Pick", "options": ["A", "A"]},
        {"kind": "SHORT_TEXT", "prompt": ""},
        {"kind": "SHORT_TEXT", "prompt": "x" * 10_001},
        {"kind": "SHORT_TEXT", "prompt": "Name?", "options": ["A"]},
    ],
)
async def test_malformed_questions_are_bad_input(gql, question):
    world = await make_firm()
    result = await gql(
        CREATE,
        {
            "input": {
                "title": "T",
                "clientAccountId": str(world.accounts["alpha"]),
                "access": "PORTAL",
                "questions": [question],
            }
        },
        token=world.owner.token,
    )
    assert error_code(result) == "BAD_INPUT"


async def test_a_prompt_of_exactly_ten_thousand_characters_is_accepted(gql):
    world = await make_firm()
    request = await create_request(
        gql,
        world.owner.token,
        world.accounts["alpha"],
        questions=[{"kind": "LONG_TEXT", "prompt": "x" * 10_000}],
        title="t" * 200,
    )
    assert len(request["questions"][0]["prompt"]) == 10_000


async def test_titles_longer_than_200_characters_are_bad_input(gql):
    world = await make_firm()
    variables = {
        "input": {
            "title": "t" * 201,
            "clientAccountId": str(world.accounts["alpha"]),
            "access": "PORTAL",
        }
    }
    assert error_code(await gql(CREATE, variables, token=world.owner.token)) == "BAD_INPUT"


async def test_portal_recipients_must_be_portal_users_of_the_account(gql):
    world = await make_firm()
    base = {"title": "T", "clientAccountId": str(world.accounts["alpha"]), "access": "PORTAL"}
    for recipients in (["stranger@example.com"], ["beta@acme-tax.client"], ["not-an-email"]):
        result = await gql(
            CREATE, {"input": {**base, "recipients": recipients}}, token=world.owner.token
        )
        assert error_code(result) == "BAD_INPUT", recipients
    ok = await gql(
        CREATE,
        {"input": {**base, "recipients": ["ALPHA@acme-tax.client"]}},
        token=world.owner.token,
    )
    assert data(ok, "createClientRequest")["recipients"] == ["alpha@acme-tax.client"]


async def test_third_party_recipients_are_any_valid_addresses(gql):
    world = await make_firm()
    request = await create_request(
        gql,
        world.owner.token,
        world.accounts["alpha"],
        access="THIRD_PARTY",
        recipients=["assistant@example.com", "spouse@example.org"],
    )
    assert request["recipients"] == ["assistant@example.com", "spouse@example.org"]
    result = await gql(
        CREATE,
        {
            "input": {
                "title": "T",
                "clientAccountId": str(world.accounts["alpha"]),
                "access": "THIRD_PARTY",
                "recipients": ["nope"],
            }
        },
        token=world.owner.token,
    )
    assert error_code(result) == "BAD_INPUT"


async def test_sending_moves_draft_to_pending_and_emails_the_portal_users(gql, mailbox):
    world = await make_firm()
    request = await create_request(gql, world.owner.token, world.accounts["alpha"])
    sent = data(
        await gql(SEND, {"id": request["id"]}, token=world.owner.token), "sendClientRequest"
    )
    assert sent["status"] == "PENDING" and sent["sentAt"]
    messages = [
        m
        for m in (await delivered(mailbox)).to("alpha@acme-tax.client")
        if "Questions about your 2025 return" in m["Subject"]
    ]
    assert len(messages) == 1
    assert f"http://testserver.local/portal/requests/{request['id']}" in body_of(messages[0])
    again = await gql(SEND, {"id": request["id"]}, token=world.owner.token)
    assert error_code(again) == "INVALID_STATE"


async def test_create_and_send_at_once(gql):
    world = await make_firm()
    request = await create_request(gql, world.owner.token, world.accounts["alpha"], send=True)
    assert request["status"] == "PENDING" and request["sentAt"]


async def test_drafts_are_invisible_to_the_client_until_sent(gql):
    world = await make_firm()
    client = world.clients["alpha"].token
    request = await create_request(gql, world.owner.token, world.accounts["alpha"])
    assert data(await gql(GET, {"id": request["id"]}, token=client), "clientRequest") is None
    assert data(await gql(LIST, {}, token=client), "clientRequests") == []
    await gql(SEND, {"id": request["id"]}, token=world.owner.token)
    assert data(await gql(GET, {"id": request["id"]}, token=client), "clientRequest")["id"]


async def test_the_client_sees_only_its_own_portal_requests(gql):
    world = await make_firm()
    mine = await create_request(gql, world.owner.token, world.accounts["alpha"], send=True)
    theirs = await create_request(gql, world.owner.token, world.accounts["beta"], send=True)
    third = await create_request(
        gql, world.owner.token, world.accounts["alpha"], access="THIRD_PARTY", send=True
    )
    client = world.clients["alpha"].token
    listed = data(await gql(LIST, {}, token=client), "clientRequests")
    assert [r["id"] for r in listed] == [mine["id"]]
    assert data(await gql(GET, {"id": theirs["id"]}, token=client), "clientRequest") is None
    assert data(await gql(GET, {"id": third["id"]}, token=client), "clientRequest") is None


async def test_the_portal_list_puts_requests_waiting_for_the_client_first(gql):
    world = await make_firm()
    owner, client = world.owner.token, world.clients["alpha"].token
    account = world.accounts["alpha"]
    short = [{"kind": "SHORT_TEXT", "prompt": "Name?"}]
    first = await create_request(gql, owner, account, questions=short, send=True, title="first")
    second = await create_request(gql, owner, account, questions=short, send=True, title="second")
    third = await create_request(gql, owner, account, questions=short, send=True, title="third")
    await gql(SUBMIT, {"requestId": third["id"]}, token=client)
    await gql(CANCEL, {"id": second["id"]}, token=owner)
    listed = data(await gql(LIST, {}, token=client), "clientRequests")
    assert [r["title"] for r in listed] == ["first", "third", "second"]
    assert listed[0]["id"] == first["id"] and listed[0]["status"] == "PENDING"
    pending = data(await gql(LIST, {"status": "PENDING"}, token=client), "clientRequests")
    assert [r["id"] for r in pending] == [first["id"]]


async def test_staff_lists_follow_their_reach(gql):
    world = await make_firm()
    alpha = await create_request(gql, world.owner.token, world.accounts["alpha"])
    beta = await create_request(gql, world.owner.token, world.accounts["beta"])
    by_admin = data(await gql(LIST, {}, token=world.admin.token), "clientRequests")
    assert {r["id"] for r in by_admin} == {alpha["id"], beta["id"]}
    by_employee = data(await gql(LIST, {}, token=world.employee.token), "clientRequests")
    assert [r["id"] for r in by_employee] == [alpha["id"]]
    filtered = await gql(LIST, {"accountId": str(world.accounts["beta"])}, token=world.admin.token)
    assert [r["id"] for r in data(filtered, "clientRequests")] == [beta["id"]]
    assert error_code(await gql(LIST, {"accountId": "x"}, token=world.admin.token)) == "BAD_INPUT"
    assert error_code(await gql(LIST, {})) == "UNAUTHENTICATED"
    other = await make_firm("Other Firm")
    assert data(await gql(LIST, {}, token=other.owner.token), "clientRequests") == []
    assert (
        data(await gql(GET, {"id": alpha["id"]}, token=other.owner.token), "clientRequest") is None
    )


async def test_everything_is_editable_while_draft_or_pending(gql):
    world = await make_firm()
    request = await create_request(gql, world.owner.token, world.accounts["alpha"])
    for step in ("DRAFT", "PENDING"):
        updated = data(
            await gql(
                UPDATE,
                {
                    "id": request["id"],
                    "input": {
                        "title": f"Edited in {step}",
                        "questions": [{"kind": "YES_NO", "prompt": "Still there?"}],
                        "reminder": {"everyDays": 3, "maxCount": 2},
                    },
                },
                token=world.owner.token,
            ),
            "updateClientRequest",
        )
        assert updated["title"] == f"Edited in {step}"
        assert [q["kind"] for q in updated["questions"]] == ["YES_NO"]
        assert updated["reminder"]["everyDays"] == 3
        await gql(SEND, {"id": request["id"]}, token=world.owner.token)
    off = await gql(
        UPDATE, {"id": request["id"], "input": {"reminder": None}}, token=world.owner.token
    )
    assert data(off, "updateClientRequest")["reminder"] is None
    switched = await gql(
        UPDATE,
        {"id": request["id"], "input": {"access": "THIRD_PARTY", "recipients": ["a@b.example"]}},
        token=world.owner.token,
    )
    assert data(switched, "updateClientRequest")["access"] == "THIRD_PARTY"


async def test_questions_are_frozen_once_answering_began(gql):
    world = await make_firm()
    request = await create_request(gql, world.owner.token, world.accounts["alpha"], send=True)
    ids = question_ids(request)
    saved = await gql(
        SAVE,
        {
            "requestId": request["id"],
            "answers": [{"questionId": ids["SHORT_TEXT"], "text": "ACME"}],
        },
        token=world.clients["alpha"].token,
    )
    assert not saved.get("errors")
    frozen = await gql(
        UPDATE,
        {"id": request["id"], "input": {"questions": [{"kind": "YES_NO", "prompt": "?"}]}},
        token=world.owner.token,
    )
    assert error_code(frozen) == "INVALID_STATE"
    assert (
        error_code(
            await gql(
                UPDATE, {"id": request["id"], "input": {"title": "x"}}, token=world.owner.token
            )
        )
        == "INVALID_STATE"
    )


async def test_life_cycle_refuses_every_other_transition(gql):
    world = await make_firm()
    owner = world.owner.token
    request = await create_request(gql, owner, world.accounts["alpha"], questions=[])
    # A draft cannot be submitted (the client cannot even see it).
    assert (
        error_code(
            await gql(SUBMIT, {"requestId": request["id"]}, token=world.clients["alpha"].token)
        )
        == "NOT_FOUND"
    )
    assert (
        data(await gql(CANCEL, {"id": request["id"]}, token=owner), "cancelClientRequest")["status"]
        == "CANCELLED"
    )
    assert error_code(await gql(CANCEL, {"id": request["id"]}, token=owner)) == "INVALID_STATE"
    assert error_code(await gql(SEND, {"id": request["id"]}, token=owner)) == "INVALID_STATE"
    submitted = await create_request(gql, owner, world.accounts["alpha"], questions=[], send=True)
    await gql(SUBMIT, {"requestId": submitted["id"]}, token=world.clients["alpha"].token)
    assert error_code(await gql(CANCEL, {"id": submitted["id"]}, token=owner)) == "INVALID_STATE"
    assert (
        error_code(
            await gql(SUBMIT, {"requestId": submitted["id"]}, token=world.clients["alpha"].token)
        )
        == "INVALID_STATE"
    )


async def test_portal_users_and_other_staff_cannot_change_requests(gql):
    world = await make_firm()
    beta = await create_request(gql, world.owner.token, world.accounts["beta"], send=True)
    client = world.clients["beta"].token
    for doc, variables in (
        (SEND, {"id": beta["id"]}),
        (CANCEL, {"id": beta["id"]}),
        (UPDATE, {"id": beta["id"], "input": {"title": "x"}}),
    ):
        assert error_code(await gql(doc, variables, token=client)) == "FORBIDDEN"
        assert error_code(await gql(doc, variables, token=world.employee.token)) == "NOT_FOUND"
    assert error_code(await gql(SEND, {"id": "abc"}, token=world.owner.token)) == "BAD_INPUT"


async def test_request_templates_copy_their_questions_into_new_requests(gql):
    world = await make_firm()
    created = await gql(
        """mutation($q: [QuestionInput!]!) {
          createRequestTemplate(name: "Year-end", title: "Year-end questions", questions: $q) {
            id name title questions { position kind prompt required options }
          }
        }""",
        {"q": EVERY_KIND[:3]},
        token=world.admin.token,
    )
    template = data(created, "createRequestTemplate")
    assert [q["kind"] for q in template["questions"]] == [
        "SHORT_TEXT",
        "LONG_TEXT",
        "SINGLE_CHOICE",
    ]
    listed = await gql("{ requestTemplates { id name } }", token=world.employee.token)
    assert data(listed, "requestTemplates") == [{"id": template["id"], "name": "Year-end"}]
    request = data(
        await gql(
            CREATE,
            {
                "input": {
                    "title": "From a template",
                    "clientAccountId": str(world.accounts["alpha"]),
                    "access": "PORTAL",
                    "templateId": template["id"],
                }
            },
            token=world.employee.token,
        ),
        "createClientRequest",
    )
    assert [(q["kind"], q["prompt"]) for q in request["questions"]] == [
        (q["kind"], q["prompt"]) for q in EVERY_KIND[:3]
    ]
    assert request["questions"][2]["options"] == ["Single", "Married"]


async def test_request_templates_are_staff_only_and_changed_by_admins(gql):
    world = await make_firm()
    other = await make_firm("Other Firm")
    doc = """mutation { createRequestTemplate(name: "n", title: "t", questions: []) { id } }"""
    assert error_code(await gql(doc, token=world.employee.token)) == "FORBIDDEN"
    assert error_code(await gql(doc, token=world.clients["alpha"].token)) == "FORBIDDEN"
    template_id = data(await gql(doc, token=world.owner.token), "createRequestTemplate")["id"]
    reading = "{ requestTemplates { id } }"
    assert error_code(await gql(reading, token=world.clients["alpha"].token)) == "FORBIDDEN"
    assert data(await gql(reading, token=other.owner.token), "requestTemplates") == []
    result = await gql(
        CREATE,
        {
            "input": {
                "title": "T",
                "clientAccountId": str(other.accounts["alpha"]),
                "access": "PORTAL",
                "templateId": template_id,
            }
        },
        token=other.owner.token,
    )
    assert error_code(result) == "NOT_FOUND"


async def test_every_status_change_records_one_request_event(gql):
    world = await make_firm()
    owner, client = world.owner.token, world.clients["alpha"].token
    request = await create_request(gql, owner, world.accounts["alpha"])
    assert not await Event.filter(topic="request").exists()  # drafts are nobody's news
    await gql(SEND, {"id": request["id"]}, token=owner)
    ids = question_ids(request)
    answers = [
        {"questionId": ids["SHORT_TEXT"], "text": "ACME"},
        {"questionId": ids["YES_NO"], "text": "no"},
    ]
    await gql(SAVE, {"requestId": request["id"], "answers": answers}, token=client)
    await gql(SAVE, {"requestId": request["id"], "answers": answers}, token=client)
    await gql(SUBMIT, {"requestId": request["id"]}, token=client)
    events = await Event.filter(topic="request").order_by("seq")
    assert [e.payload for e in events] == [
        {"requestId": request["id"], "status": status}
        for status in ("PENDING", "IN_PROGRESS", "SUBMITTED")
    ]
    assert all(e.request_id == int(request["id"]) for e in events)
    assert all(e.client_account_id == world.accounts["alpha"] for e in events)
