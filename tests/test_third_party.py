"""Third parties: a secret link reaches one request's questions and answers, and nothing
else of the firm, over HTTP or websocket."""

import asyncio
import json
from datetime import UTC, datetime, timedelta

import pytest
import websockets

from firmflow.settings import get_settings, use_settings
from models import ClientRequest
from resolvers.reminders import run_due_reminders
from resolvers.request_links import link_token
from tests.support import body_of, delivered, error_code, make_firm, subject_of
from tests.support_requests import (
    CANCEL,
    LINK,
    REISSUE,
    SAVE,
    SHARED,
    SUBMIT,
    UPDATE,
    create_request,
    data,
    question_ids,
    sent_third_party_request,
)

# Every other root field of the served schema, as a third party might try it.
OTHER_QUERIES = [
    "{ viewer { id } }",
    "{ firm { name } }",
    "{ staff { id } }",
    "{ clientAccounts { id } }",
    '{ clientAccount(id: "1") { id } }',
    "{ clientRequests { id } }",
    "{ requestTemplates { id } }",
]


async def test_a_third_party_link_opens_the_request_and_shows_only_its_own_fields(gql):
    world = await make_firm()
    request, token = await sent_third_party_request(gql, world.owner.token, world.accounts["alpha"])
    shared = data(await gql(SHARED, {"token": token}), "sharedRequest")
    assert shared["title"] == request["title"]
    assert shared["status"] == "PENDING"
    assert shared["firmName"] == "Acme Tax"
    assert [q["id"] for q in shared["questions"]] == [q["id"] for q in request["questions"]]
    assert shared["answers"] == []
    # The type itself carries nothing else of the firm.
    fields = await gql('{ __type(name: "SharedRequest") { fields { name } } }')
    names = {f["name"] for f in fields["data"]["__type"]["fields"]}
    assert names == {"title", "status", "firmName", "questions", "answers"}


async def test_the_link_url_is_built_from_the_public_url_and_expires_in_30_days(gql):
    world = await make_firm()
    request = await create_request(
        gql, world.owner.token, world.accounts["alpha"], access="THIRD_PARTY"
    )
    link = data(await gql(LINK, {"id": request["id"]}, token=world.owner.token), "thirdPartyLink")
    assert link["url"].startswith("http://testserver.local/") and link["token"] in link["url"]
    assert len(link["token"]) >= 40
    expires = datetime.fromisoformat(link["expiresAt"])
    assert abs(expires - (datetime.now(UTC) + timedelta(days=30))) < timedelta(minutes=1)


async def test_a_third_party_answers_and_submits_with_the_token_alone(gql, mailbox):
    world = await make_firm()
    request, token = await sent_third_party_request(
        gql,
        world.owner.token,
        world.accounts["alpha"],
        questions=[{"kind": "YES_NO", "prompt": "OK?", "required": True}],
    )
    qid = request["questions"][0]["id"]
    saved = await gql(SAVE, {"token": token, "answers": [{"questionId": qid, "text": "yes"}]})
    assert data(saved, "saveRequestAnswers")[0]["text"] == "yes"
    assert data(await gql(SHARED, {"token": token}), "sharedRequest")["status"] == "IN_PROGRESS"
    assert data(await gql(SUBMIT, {"token": token}), "submitClientRequest") == "SUBMITTED"
    shared = data(await gql(SHARED, {"token": token}), "sharedRequest")
    assert shared["status"] == "SUBMITTED" and shared["answers"][0]["text"] == "yes"
    mails = [
        m
        for m in (await delivered(mailbox)).to(world.employee.email)
        if "Request submitted" in m["Subject"]
    ]
    assert "Third party submitted" in body_of(mails[0])


async def test_sending_emails_third_party_recipients_a_working_link(gql, mailbox):
    world = await make_firm()
    request = await create_request(
        gql,
        world.owner.token,
        world.accounts["alpha"],
        access="THIRD_PARTY",
        recipients=["assistant@example.com"],
        send=True,
    )
    (mail,) = (await delivered(mailbox)).to("assistant@example.com")
    body = body_of(mail)
    url = next(w for w in body.split() if w.startswith("http://testserver.local/"))
    token = url.split("token=", 1)[1]
    assert data(await gql(SHARED, {"token": token}), "sharedRequest")["title"] == request["title"]


async def test_the_link_is_derived_from_the_secret_key_and_no_token_is_stored(gql):
    world = await make_firm()
    request, token = await sent_third_party_request(gql, world.owner.token, world.accounts["alpha"])
    stored = await ClientRequest.get(id=request["id"])
    assert token not in str(await ClientRequest.filter(id=stored.id).values())
    assert token == link_token(stored.id, stored.link_generation)
    use_settings(get_settings().with_changes(secret_key="another deployment's key"))
    assert error_code(await gql(SHARED, {"token": token})) == "NOT_FOUND"


async def test_showing_the_link_again_gives_the_same_link_and_the_emailed_one_keeps_working(
    gql, mailbox
):
    world = await make_firm()
    request = await create_request(
        gql,
        world.owner.token,
        world.accounts["alpha"],
        access="THIRD_PARTY",
        recipients=["assistant@example.com"],
        send=True,
        reminder={"everyDays": 1, "maxCount": 2},
    )
    shown = data(await gql(LINK, {"id": request["id"]}, token=world.owner.token), "thirdPartyLink")
    again = data(await gql(LINK, {"id": request["id"]}, token=world.owner.token), "thirdPartyLink")
    assert again == shown
    await run_due_reminders(datetime.now(UTC) + timedelta(days=1, minutes=1))
    sent_and_reminded = (await delivered(mailbox)).to("assistant@example.com")
    assert len(sent_and_reminded) == 2
    assert all(shown["url"] in body_of(mail) for mail in sent_and_reminded)
    assert data(await gql(SHARED, {"token": shown["token"]}), "sharedRequest")["status"]


async def test_reissuing_a_link_revokes_the_live_one_and_later_emails_carry_the_new_one(
    gql, mailbox
):
    world = await make_firm()
    request, old = await sent_third_party_request(
        gql,
        world.owner.token,
        world.accounts["alpha"],
        recipients=["assistant@example.com"],
        reminder={"everyDays": 1, "maxCount": 1},
    )
    new = data(
        await gql(REISSUE, {"id": request["id"]}, token=world.owner.token), "reissueThirdPartyLink"
    )
    assert new["token"] != old
    assert error_code(await gql(SHARED, {"token": old})) == "NOT_FOUND"
    assert data(await gql(SHARED, {"token": new["token"]}), "sharedRequest")["title"]
    shown = data(await gql(LINK, {"id": request["id"]}, token=world.owner.token), "thirdPartyLink")
    assert shown == new
    await run_due_reminders(datetime.now(UTC) + timedelta(days=1, minutes=1))
    mails = (await delivered(mailbox)).to("assistant@example.com")
    [reminded] = [m for m in mails if subject_of(m).startswith("Reminder")]
    assert new["url"] in body_of(reminded) and old not in body_of(reminded)


async def test_an_expired_link_is_replaced_when_shown_again(gql):
    world = await make_firm()
    request, old = await sent_third_party_request(gql, world.owner.token, world.accounts["alpha"])
    await ClientRequest.filter(id=request["id"]).update(
        link_expires_at=datetime.now(UTC) - timedelta(seconds=1)
    )
    fresh = data(await gql(LINK, {"id": request["id"]}, token=world.owner.token), "thirdPartyLink")
    assert fresh["token"] != old
    assert error_code(await gql(SHARED, {"token": old})) == "NOT_FOUND"
    assert data(await gql(SHARED, {"token": fresh["token"]}), "sharedRequest")["title"]


async def test_reissuing_works_while_draft_pending_or_in_progress_only(gql):
    world = await make_firm()
    owner = world.owner.token
    draft = await create_request(gql, owner, world.accounts["alpha"], access="THIRD_PARTY")
    assert data(await gql(REISSUE, {"id": draft["id"]}, token=owner), "reissueThirdPartyLink")
    portal = await create_request(gql, owner, world.accounts["alpha"])
    assert error_code(await gql(REISSUE, {"id": portal["id"]}, token=owner)) == "INVALID_STATE"
    await gql(CANCEL, {"id": draft["id"]}, token=owner)
    assert error_code(await gql(REISSUE, {"id": draft["id"]}, token=owner)) == "INVALID_STATE"
    client = world.clients["alpha"].token
    assert error_code(await gql(REISSUE, {"id": draft["id"]}, token=client)) == "FORBIDDEN"
    other = await create_request(gql, owner, world.accounts["beta"], access="THIRD_PARTY")
    result = await gql(REISSUE, {"id": other["id"]}, token=world.employee.token)
    assert error_code(result) == "NOT_FOUND"


async def test_wrong_revoked_and_expired_tokens_are_all_not_found(gql):
    world = await make_firm()
    request, token = await sent_third_party_request(gql, world.owner.token, world.accounts["alpha"])
    qid = request["questions"][0]["id"]
    await ClientRequest.filter(id=request["id"]).update(
        link_expires_at=datetime.now(UTC) - timedelta(seconds=1)
    )
    for wrong in (token, "no-such-token", "x" * 500):
        assert error_code(await gql(SHARED, {"token": wrong})) == "NOT_FOUND"
        result = await gql(SAVE, {"token": wrong, "answers": [{"questionId": qid, "text": "x"}]})
        assert error_code(result) == "NOT_FOUND"
        assert error_code(await gql(SUBMIT, {"token": wrong})) == "NOT_FOUND"


async def test_more_than_ten_wrong_tokens_a_minute_are_rate_limited(gql):
    world = await make_firm()
    _, token = await sent_third_party_request(gql, world.owner.token, world.accounts["alpha"])
    for attempt in range(10):
        assert error_code(await gql(SHARED, {"token": f"guess-{attempt}"})) == "NOT_FOUND"
    assert error_code(await gql(SHARED, {"token": "guess-10"})) == "RATE_LIMITED"
    assert error_code(await gql(SUBMIT, {"token": token})) == "RATE_LIMITED"


async def test_links_only_for_third_party_requests_that_are_still_open(gql):
    world = await make_firm()
    owner = world.owner.token
    portal = await create_request(gql, owner, world.accounts["alpha"])
    assert error_code(await gql(LINK, {"id": portal["id"]}, token=owner)) == "INVALID_STATE"
    draft = await create_request(gql, owner, world.accounts["alpha"], access="THIRD_PARTY")
    assert data(await gql(LINK, {"id": draft["id"]}, token=owner), "thirdPartyLink")["token"]
    await gql(CANCEL, {"id": draft["id"]}, token=owner)
    assert error_code(await gql(LINK, {"id": draft["id"]}, token=owner)) == "INVALID_STATE"
    assert (
        error_code(await gql(LINK, {"id": draft["id"]}, token=world.clients["alpha"].token))
        == "FORBIDDEN"
    )
    other_account = await create_request(gql, owner, world.accounts["beta"], access="THIRD_PARTY")
    result = await gql(LINK, {"id": other_account["id"]}, token=world.employee.token)
    assert error_code(result) == "NOT_FOUND"


async def test_a_draft_is_not_reachable_through_its_link_until_sent(gql):
    world = await make_firm()
    request = await create_request(
        gql, world.owner.token, world.accounts["alpha"], access="THIRD_PARTY"
    )
    token = data(await gql(LINK, {"id": request["id"]}, token=world.owner.token), "thirdPartyLink")[
        "token"
    ]
    assert error_code(await gql(SHARED, {"token": token})) == "NOT_FOUND"
    await gql(
        "mutation($id: ID!) { sendClientRequest(id: $id) { id } }",
        {"id": request["id"]},
        token=world.owner.token,
    )
    assert data(await gql(SHARED, {"token": token}), "sharedRequest")["status"] == "PENDING"


async def test_switching_a_request_to_portal_access_kills_its_links(gql):
    world = await make_firm()
    request, token = await sent_third_party_request(gql, world.owner.token, world.accounts["alpha"])
    result = await gql(
        UPDATE, {"id": request["id"], "input": {"access": "PORTAL"}}, token=world.owner.token
    )
    assert data(result, "updateClientRequest")["recipients"] == ["alpha@acme-tax.client"]
    assert error_code(await gql(SHARED, {"token": token})) == "NOT_FOUND"


async def test_a_portal_request_token_argument_reaches_nothing(gql):
    world = await make_firm()
    request = await create_request(gql, world.owner.token, world.accounts["alpha"], send=True)
    assert error_code(await gql(SUBMIT, {"token": "anything"})) == "NOT_FOUND"
    assert (await ClientRequest.get(id=request["id"])).status == "PENDING"


@pytest.mark.parametrize("query", OTHER_QUERIES)
async def test_a_link_token_as_bearer_opens_no_other_query(gql, query):
    world = await make_firm()
    _, token = await sent_third_party_request(gql, world.owner.token, world.accounts["alpha"])
    assert error_code(await gql(query, token=token)) == "UNAUTHENTICATED"


async def test_a_link_token_as_bearer_changes_nothing(gql):
    world = await make_firm()
    request, token = await sent_third_party_request(gql, world.owner.token, world.accounts["alpha"])
    for doc, variables in (
        (CANCEL, {"id": request["id"]}),
        (LINK, {"id": request["id"]}),
        (SUBMIT, {"requestId": request["id"]}),
        (SAVE, {"requestId": request["id"], "answers": []}),
    ):
        assert error_code(await gql(doc, variables, token=token)) == "UNAUTHENTICATED"
    assert (await ClientRequest.get(id=request["id"])).status == "PENDING"


async def test_a_third_partys_token_does_not_reach_another_request(gql):
    world = await make_firm()
    _mine, token = await sent_third_party_request(gql, world.owner.token, world.accounts["alpha"])
    other, _ = await sent_third_party_request(gql, world.owner.token, world.accounts["alpha"])
    other_qid = question_ids(other)["SHORT_TEXT"]
    result = await gql(SAVE, {"token": token, "answers": [{"questionId": other_qid, "text": "x"}]})
    assert error_code(result) == "NOT_FOUND"
    both = await gql(SAVE, {"token": token, "requestId": other["id"], "answers": []})
    assert error_code(both) == "BAD_INPUT"


async def _ws_results(server: str, token: str, documents: list[str]) -> list[dict]:
    results = []
    async with websockets.connect(
        f"ws://{server}/graphql", subprotocols=["graphql-transport-ws"]
    ) as ws:
        await ws.send(json.dumps({"type": "connection_init", "payload": {"requestToken": token}}))
        assert json.loads(await asyncio.wait_for(ws.recv(), 5))["type"] == "connection_ack"
        for index, document in enumerate(documents):
            await ws.send(
                json.dumps({"id": str(index), "type": "subscribe", "payload": {"query": document}})
            )
            message = json.loads(await asyncio.wait_for(ws.recv(), 5))
            if message["type"] == "next":
                results.append(message["payload"])
                await asyncio.wait_for(ws.recv(), 5)  # complete
            else:
                results.append({"errors": message["payload"]})
    return results


async def test_a_websocket_opened_with_a_request_token_reaches_no_query(gql, live_server, settings):
    world = await make_firm()
    request, token = await sent_third_party_request(gql, world.owner.token, world.accounts["alpha"])
    use_settings(settings)
    documents = [*OTHER_QUERIES, f'{{ clientRequest(id: "{request["id"]}") {{ id recipients }} }}']
    results = await _ws_results(live_server, token, documents)
    # Each sees nothing: no data, and the refusal its own rule gives (or plain "not there").
    refusals = {
        "{ viewer { id } }": "NOT_FOUND",
        "{ firm { name } }": "NOT_FOUND",
        "{ staff { id } }": "FORBIDDEN",
        "{ clientAccounts { id } }": "FORBIDDEN",
        '{ clientAccount(id: "1") { id } }': None,
        "{ clientRequests { id } }": "FORBIDDEN",
        "{ requestTemplates { id } }": "FORBIDDEN",
    }
    assert set(refusals) == set(OTHER_QUERIES)
    for document, result in zip(documents[:-1], results[:-1], strict=True):
        assert error_code(result) == refusals[document], (document, result)
        assert all(value is None for value in (result.get("data") or {}).values()), result
    assert results[-1] == {"data": {"clientRequest": None}}


async def _ws_close_code(server: str, request_token: str) -> int | None:
    async with websockets.connect(
        f"ws://{server}/graphql", subprotocols=["graphql-transport-ws"]
    ) as ws:
        await ws.send(
            json.dumps({"type": "connection_init", "payload": {"requestToken": request_token}})
        )
        try:
            while True:  # an ack (a bug here) is followed by nothing: the wait ends it
                await asyncio.wait_for(ws.recv(), 5)
        except websockets.ConnectionClosed as closed:
            return closed.rcvd.code if closed.rcvd else None
        except TimeoutError:
            return None


async def test_wrong_request_tokens_on_websockets_count_toward_the_rate_limit(gql, live_server):
    world = await make_firm()
    _, token = await sent_third_party_request(gql, world.owner.token, world.accounts["alpha"])
    for attempt in range(10):
        assert await _ws_close_code(live_server, f"guess-{attempt}") == 4403
    # The same address guessing over HTTP is now limited, and so is the websocket.
    assert error_code(await gql(SHARED, {"token": token})) == "RATE_LIMITED"
    assert await _ws_close_code(live_server, token) == 4403
