"""Answering a client request: autosaved answers checked against each question's kind,
submission with the required questions, and what submission sets off."""

import pytest

from models import ClientRequest, Job, Notification, Pipeline, Stage
from tests.support import body_of, delivered, error_code, make_firm, sign_in
from tests.support_requests import (
    GET,
    SAVE,
    SUBMIT,
    create_request,
    data,
    question_ids,
)


async def _sent(gql, world, **extra):
    request = await create_request(
        gql, world.owner.token, world.accounts["alpha"], send=True, **extra
    )
    return request, question_ids(request)


async def _save(gql, token, request_id, *answers):
    return await gql(SAVE, {"requestId": request_id, "answers": list(answers)}, token=token)


@pytest.mark.parametrize(
    ("kind", "answer", "stored"),
    [
        ("SHORT_TEXT", {"text": "ACME Corp"}, {"text": "ACME Corp", "choices": None}),
        ("LONG_TEXT", {"text": "line\nline"}, {"text": "line\nline", "choices": None}),
        ("SINGLE_CHOICE", {"choices": ["Married"]}, {"text": None, "choices": ["Married"]}),
        (
            "MULTIPLE_CHOICE",
            {"choices": ["Crypto", "Wages"]},
            {"text": None, "choices": ["Wages", "Crypto"]},
        ),
        ("MULTIPLE_CHOICE", {"choices": ["Rent"]}, {"text": None, "choices": ["Rent"]}),
        ("YES_NO", {"text": "yes"}, {"text": "yes", "choices": None}),
        ("YES_NO", {"text": "no"}, {"text": "no", "choices": None}),
        ("DATE", {"text": "2025-02-28"}, {"text": "2025-02-28", "choices": None}),
        ("NUMBER", {"text": "-1250.50"}, {"text": "-1250.50", "choices": None}),
        ("NUMBER", {"text": "42"}, {"text": "42", "choices": None}),
    ],
)
async def test_valid_answers_of_every_kind_are_saved(gql, kind, answer, stored):
    world = await make_firm()
    request, ids = await _sent(gql, world)
    result = await _save(
        gql, world.clients["alpha"].token, request["id"], {"questionId": ids[kind], **answer}
    )
    assert data(result, "saveRequestAnswers") == [
        {"questionId": ids[kind], **stored, "files": None}
    ]


@pytest.mark.parametrize(
    ("kind", "answer"),
    [
        ("SINGLE_CHOICE", {"choices": ["Single", "Married"]}),
        ("SINGLE_CHOICE", {"choices": ["Divorced"]}),
        ("SINGLE_CHOICE", {"text": "Single"}),
        ("MULTIPLE_CHOICE", {"choices": ["Wages", "Lottery"]}),
        ("YES_NO", {"text": "maybe"}),
        ("DATE", {"text": "2025-02-30"}),
        ("DATE", {"text": "28/02/2025"}),
        ("NUMBER", {"text": "twelve"}),
        ("NUMBER", {"text": "1e5"}),
        ("SHORT_TEXT", {"choices": ["x"]}),
        ("SHORT_TEXT", {"text": "x" * 10_001}),
        ("FILE_UPLOAD", {"text": "see attached"}),
    ],
)
async def test_answers_that_do_not_fit_the_question_are_bad_input(gql, kind, answer):
    world = await make_firm()
    request, ids = await _sent(gql, world)
    result = await _save(
        gql, world.clients["alpha"].token, request["id"], {"questionId": ids[kind], **answer}
    )
    assert error_code(result) == "BAD_INPUT"
    assert (await ClientRequest.get(id=request["id"])).status == "PENDING"


async def test_answers_merge_by_question_and_an_empty_answer_clears(gql):
    world = await make_firm()
    client = world.clients["alpha"].token
    request, ids = await _sent(gql, world)
    await _save(gql, client, request["id"], {"questionId": ids["SHORT_TEXT"], "text": "ACME"})
    await _save(gql, client, request["id"], {"questionId": ids["YES_NO"], "text": "yes"})
    merged = data(
        await _save(
            gql, client, request["id"], {"questionId": ids["SHORT_TEXT"], "text": "Globex"}
        ),
        "saveRequestAnswers",
    )
    assert {a["questionId"]: a["text"] for a in merged} == {
        ids["SHORT_TEXT"]: "Globex",
        ids["YES_NO"]: "yes",
    }
    cleared = data(
        await _save(
            gql,
            client,
            request["id"],
            {"questionId": ids["SHORT_TEXT"], "text": ""},
            {"questionId": ids["YES_NO"], "text": None},
        ),
        "saveRequestAnswers",
    )
    assert cleared == []


async def test_a_question_of_another_request_is_not_found(gql):
    world = await make_firm()
    request, _ = await _sent(gql, world)
    _, other_ids = await _sent(gql, world)
    result = await _save(
        gql,
        world.clients["alpha"].token,
        request["id"],
        {"questionId": other_ids["SHORT_TEXT"], "text": "x"},
    )
    assert error_code(result) == "NOT_FOUND"
    bad_id = await _save(
        gql, world.clients["alpha"].token, request["id"], {"questionId": "q1", "text": "x"}
    )
    assert error_code(bad_id) == "BAD_INPUT"


async def test_answering_takes_exactly_one_of_request_id_or_token(gql):
    world = await make_firm()
    request, ids = await _sent(gql, world)
    client = world.clients["alpha"].token
    answers = [{"questionId": ids["SHORT_TEXT"], "text": "x"}]
    neither = await gql(SAVE, {"answers": answers}, token=client)
    both = await gql(
        SAVE, {"requestId": request["id"], "token": "abc", "answers": answers}, token=client
    )
    assert error_code(neither) == error_code(both) == "BAD_INPUT"
    assert error_code(await gql(SUBMIT, {}, token=client)) == "BAD_INPUT"
    assert (
        error_code(await gql(SUBMIT, {"requestId": request["id"], "token": "abc"}, token=client))
        == "BAD_INPUT"
    )


async def test_only_the_accounts_portal_users_answer_portal_requests(gql):
    world = await make_firm()
    request, ids = await _sent(gql, world)
    answers = {"questionId": ids["SHORT_TEXT"], "text": "x"}
    assert (
        error_code(await _save(gql, world.clients["beta"].token, request["id"], answers))
        == "NOT_FOUND"
    )
    assert error_code(await _save(gql, world.owner.token, request["id"], answers)) == "FORBIDDEN"
    assert error_code(await _save(gql, None, request["id"], answers)) == "UNAUTHENTICATED"
    assert (
        error_code(await gql(SUBMIT, {"requestId": request["id"]}, token=world.owner.token))
        == "FORBIDDEN"
    )


async def test_the_first_saved_answer_moves_the_request_in_progress(gql):
    world = await make_firm()
    request, ids = await _sent(gql, world)
    client = world.clients["alpha"].token
    await _save(gql, client, request["id"], {"questionId": ids["SHORT_TEXT"], "text": ""})
    assert (await ClientRequest.get(id=request["id"])).status == "PENDING"
    await _save(gql, client, request["id"], {"questionId": ids["SHORT_TEXT"], "text": "ACME"})
    assert (await ClientRequest.get(id=request["id"])).status == "IN_PROGRESS"


async def test_autosaved_answers_survive_signing_in_again(gql):
    world = await make_firm()
    request, ids = await _sent(gql, world)
    first_session = world.clients["alpha"]
    await _save(
        gql,
        first_session.token,
        request["id"],
        {"questionId": ids["LONG_TEXT"], "text": "half done"},
    )
    await gql("mutation { logout }", token=first_session.token)
    assert (
        error_code(await gql(GET, {"id": request["id"]}, token=first_session.token))
        == "UNAUTHENTICATED"
    )
    second_session = await sign_in(first_session.email)
    again = data(await gql(GET, {"id": request["id"]}, token=second_session.token), "clientRequest")
    assert again["status"] == "IN_PROGRESS"
    assert again["answers"] == [
        {"questionId": ids["LONG_TEXT"], "text": "half done", "choices": None, "files": None}
    ]


async def test_submitting_names_the_unanswered_required_questions(gql):
    world = await make_firm()
    request, ids = await _sent(gql, world)
    client = world.clients["alpha"].token
    result = await gql(SUBMIT, {"requestId": request["id"]}, token=client)
    assert error_code(result) == "BAD_INPUT"
    message = result["errors"][0]["message"]
    assert "Your employer?" in message and "Did you move this year?" in message
    assert "Income kinds?" not in message
    await _save(gql, client, request["id"], {"questionId": ids["SHORT_TEXT"], "text": "ACME"})
    result = await gql(SUBMIT, {"requestId": request["id"]}, token=client)
    assert error_code(result) == "BAD_INPUT"
    assert "Did you move this year?" in result["errors"][0]["message"]
    assert "Your employer?" not in result["errors"][0]["message"]
    assert (await ClientRequest.get(id=request["id"])).status == "IN_PROGRESS"


async def test_submission_records_the_time_and_tells_the_team(gql, mailbox):
    world = await make_firm()
    request, ids = await _sent(gql, world, title="Moving questions")
    client = world.clients["alpha"].token
    await _save(
        gql,
        client,
        request["id"],
        {"questionId": ids["SHORT_TEXT"], "text": "ACME"},
        {"questionId": ids["YES_NO"], "text": "no"},
    )
    result = await gql(SUBMIT, {"requestId": request["id"]}, token=client)
    assert data(result, "submitClientRequest") == "SUBMITTED"
    shown = data(await gql(GET, {"id": request["id"]}, token=world.owner.token), "clientRequest")
    assert shown["status"] == "SUBMITTED" and shown["submittedAt"]
    # Inbox+: the account's team (the employee); e-mail to the same people.
    notes = await Notification.filter(kind="CLIENT_REQUEST_SUBMITTED")
    assert [(n.recipient_id, n.request_id, n.actor_is_client) for n in notes] == [
        (world.employee.id, int(request["id"]), True)
    ]
    mails = [
        m
        for m in (await delivered(mailbox)).to(world.employee.email)
        if "Moving questions" in m["Subject"]
    ]
    assert len(mails) == 1 and "Alpha Contact submitted" in body_of(mails[0])
    assert not [m for m in mailbox.to(world.owner.email) if "Moving questions" in m["Subject"]]
    # Frozen afterwards.
    late = await _save(
        gql, client, request["id"], {"questionId": ids["SHORT_TEXT"], "text": "late"}
    )
    assert error_code(late) == "INVALID_STATE"


async def test_submission_of_an_account_without_team_tells_the_owners(gql, mailbox):
    world = await make_firm()
    request = await create_request(
        gql, world.owner.token, world.accounts["beta"], questions=[], send=True
    )
    await gql(SUBMIT, {"requestId": request["id"]}, token=world.clients["beta"].token)
    notes = await Notification.filter(kind="CLIENT_REQUEST_SUBMITTED")
    assert [n.recipient_id for n in notes] == [world.owner.id]
    assert [
        m
        for m in (await delivered(mailbox)).to(world.owner.email)
        if "Request submitted" in m["Subject"]
    ]


async def _pipeline_job(world, *, auto_advance: bool) -> tuple[Job, list[Stage]]:
    pipeline = await Pipeline.create(firm_id=world.firm_id, name="Returns")
    stages = [
        await Stage.create(
            pipeline=pipeline, name="Waiting for answers", position=0, auto_advance=auto_advance
        ),
        await Stage.create(pipeline=pipeline, name="Preparing", position=1),
    ]
    job = await Job.create(
        firm_id=world.firm_id,
        client_account_id=world.accounts["alpha"],
        pipeline_id=pipeline.id,
        stage_id=stages[0].id,
        name="2025 return",
    )
    return job, stages


@pytest.mark.parametrize("auto_advance", [True, False])
async def test_a_submitted_request_auto_advances_its_job(gql, auto_advance):
    world = await make_firm()
    job, stages = await _pipeline_job(world, auto_advance=auto_advance)
    request = await create_request(
        gql, world.owner.token, world.accounts["alpha"], questions=[], send=True, jobId=str(job.id)
    )
    await gql(SUBMIT, {"requestId": request["id"]}, token=world.clients["alpha"].token)
    expected = stages[1] if auto_advance else stages[0]
    assert (await Job.get(id=job.id)).stage_id == expected.id
