"""Forgotten passwords: requestPasswordReset e-mails a single-use, one-hour link to whoever
signs in with the address (and says true for any address); resetPassword sets the password,
signs out every session of that person and signs in."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from models import OutboxMail, PasswordReset
from resolvers.auth import hash_token
from tests.support import (
    PASSWORD,
    body_of,
    delivered,
    error_code,
    make_firm,
    subject_of,
)
from tests.support_realtime import (
    JOB_EVENTS,
    WsClient,
    first_error_code,
    make_job,
    record_job_status,
)

REQUEST = "mutation($e: String!) { requestPasswordReset(email: $e) }"
RESET = """mutation($t: String!, $p: String!) {
  resetPassword(token: $t, password: $p) { token expiresAt viewer { id role email } }
}"""
LOGIN = """mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }"""
NEW_PASSWORD = "a brand new password"
LINK = re.compile(r"http://testserver\.local/reset-password\?token=([A-Za-z0-9_-]+)")


async def _reset_token_mailed_to(email: str) -> str:
    mails = await OutboxMail.filter(to=email, subject="Reset your firmflow password").order_by(
        "-id"
    )
    assert mails, f"no reset e-mail to {email}"
    found = LINK.search(mails[0].body)
    assert found, mails[0].body
    return found.group(1)


async def test_a_staff_member_resets_a_forgotten_password_by_email_link(gql, mailbox):
    world = await make_firm()
    asked = await gql(REQUEST, {"e": " Owner@Acme-Tax.test "})
    assert asked == {"data": {"requestPasswordReset": True}}
    received = (await delivered(mailbox)).to("owner@acme-tax.test")
    assert [subject_of(m) for m in received] == ["Reset your firmflow password"]
    token = LINK.search(body_of(received[0])).group(1)  # type: ignore[union-attr]

    reset = await gql(RESET, {"t": token, "p": NEW_PASSWORD})
    payload = reset["data"]["resetPassword"]
    assert payload["viewer"] == {
        "id": str(world.owner.id),
        "role": "OWNER",
        "email": "owner@acme-tax.test",
    }
    assert (await gql("{ viewer { role } }", token=payload["token"]))["data"]["viewer"]
    signed_in = await gql(LOGIN, {"e": "owner@acme-tax.test", "p": NEW_PASSWORD})
    assert error_code(signed_in) is None
    old = await gql(LOGIN, {"e": "owner@acme-tax.test", "p": PASSWORD})
    assert error_code(old) == "UNAUTHENTICATED"


async def test_a_portal_user_resets_a_password_and_every_old_session_ends(gql):
    world = await make_firm()
    client = world.clients["alpha"]
    # The old session is in use (and its viewer kept by the process a few seconds).
    assert (await gql("{ viewer { id } }", token=client.token))["data"]["viewer"]
    assert (await gql(REQUEST, {"e": client.email}))["data"]["requestPasswordReset"] is True
    token = await _reset_token_mailed_to(client.email)
    payload = (await gql(RESET, {"t": token, "p": NEW_PASSWORD}))["data"]["resetPassword"]
    assert payload["viewer"]["role"] == "CLIENT"
    assert payload["viewer"]["id"] == str(client.id)
    old_session = await gql("{ viewer { id } }", token=client.token)
    assert error_code(old_session) == "UNAUTHENTICATED"
    new_session = await gql("{ viewer { id } }", token=payload["token"])
    assert new_session["data"]["viewer"]["id"] == str(client.id)
    # Nobody else was signed out.
    other = await gql("{ viewer { id } }", token=world.clients["beta"].token)
    assert error_code(other) is None


async def test_an_unknown_email_gets_the_same_answer_and_no_email(gql):
    world = await make_firm()
    # A contact without portal access does not sign in: no link for that address either.
    from models import ClientContact

    await ClientContact.create(
        firm_id=world.firm_id,
        client_account_id=world.accounts["beta"],
        name="No Portal",
        email="noportal@beta.client",
    )
    for email in ("nobody@acme-tax.test", "noportal@beta.client", "not an e-mail"):
        assert await gql(REQUEST, {"e": email}) == {"data": {"requestPasswordReset": True}}
    assert not await OutboxMail.filter(subject="Reset your firmflow password").exists()
    assert not await PasswordReset.exists()


async def test_a_reset_link_works_once_and_revokes_the_persons_other_links(gql):
    await make_firm()
    await gql(REQUEST, {"e": "admin@acme-tax.test"})
    first = await _reset_token_mailed_to("admin@acme-tax.test")
    await gql(REQUEST, {"e": "admin@acme-tax.test"})
    second = await _reset_token_mailed_to("admin@acme-tax.test")
    assert first != second
    assert error_code(await gql(RESET, {"t": second, "p": NEW_PASSWORD})) is None
    assert error_code(await gql(RESET, {"t": second, "p": "yet another one"})) == "NOT_FOUND"
    assert error_code(await gql(RESET, {"t": first, "p": "yet another one"})) == "NOT_FOUND"
    assert error_code(await gql(LOGIN, {"e": "admin@acme-tax.test", "p": NEW_PASSWORD})) is None


async def test_a_reset_link_expires_after_an_hour_and_is_stored_hashed(gql):
    await make_firm()
    before = datetime.now(UTC)
    await gql(REQUEST, {"e": "employee@acme-tax.test"})
    token = await _reset_token_mailed_to("employee@acme-tax.test")
    assert not await PasswordReset.exists(token_hash=token)
    row = await PasswordReset.get(token_hash=hash_token(token))
    assert timedelta(minutes=59) < row.expires_at - before <= timedelta(minutes=61)
    await PasswordReset.filter(id=row.id).update(expires_at=datetime.now(UTC) - timedelta(1))
    assert error_code(await gql(RESET, {"t": token, "p": NEW_PASSWORD})) == "NOT_FOUND"
    assert error_code(await gql(RESET, {"t": "made-up", "p": NEW_PASSWORD})) == "NOT_FOUND"


async def test_a_short_new_password_is_bad_input_and_keeps_the_link(gql):
    await make_firm()
    await gql(REQUEST, {"e": "owner@acme-tax.test"})
    token = await _reset_token_mailed_to("owner@acme-tax.test")
    assert error_code(await gql(RESET, {"t": token, "p": "short"})) == "BAD_INPUT"
    assert error_code(await gql(RESET, {"t": token, "p": NEW_PASSWORD})) is None


async def test_reset_emails_to_one_address_are_capped_but_the_answer_stays_true(gql):
    await make_firm()
    for _ in range(5):
        assert (await gql(REQUEST, {"e": "owner@acme-tax.test"}))["data"] == {
            "requestPasswordReset": True
        }
    resets = OutboxMail.filter(to="owner@acme-tax.test", subject="Reset your firmflow password")
    assert await resets.count() == 3


async def test_resetting_a_password_ends_the_open_websockets_of_old_sessions(gql, live_server):
    world = await make_firm()
    job = await make_job(world.firm_id, world.accounts["alpha"])
    client = await WsClient.connect(live_server, token=world.clients["alpha"].token)
    await client.subscribe(JOB_EVENTS)
    await record_job_status(job, visible=True)
    assert (await client.next_data("jobStatusEvents"))["visible"] is True

    await gql(REQUEST, {"e": world.clients["alpha"].email})
    token = await _reset_token_mailed_to(world.clients["alpha"].email)
    assert error_code(await gql(RESET, {"t": token, "p": NEW_PASSWORD})) is None
    await record_job_status(job, visible=False)
    assert first_error_code(await client.next_result()) == "UNAUTHENTICATED"
    await client.close()
