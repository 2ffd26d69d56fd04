"""Signing in and out, tokens that expire, and portal invites that work once."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from models import AuthToken, ClientContact, OutboxMail, PortalInvite
from resolvers.auth import hash_token
from resolvers.outbox import deliver_due_mail
from tests.support import PASSWORD, error_code, mail_settled, make_firm

LOGIN = """mutation($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    token expiresAt viewer { id role name email clientAccount { id } }
  }
}"""
VIEWER = "{ viewer { id role } }"


async def test_staff_member_signs_in_and_gets_a_token_that_works(gql):
    world = await make_firm()
    result = await gql(LOGIN, {"email": "admin@acme-tax.test", "password": PASSWORD})
    payload = result["data"]["login"]
    assert payload["viewer"]["role"] == "ADMIN"
    assert payload["viewer"]["id"] == str(world.admin.id)
    assert payload["viewer"]["clientAccount"] is None
    expires = datetime.fromisoformat(payload["expiresAt"])
    assert timedelta(days=13, hours=23) < expires - datetime.now(UTC) <= timedelta(days=14)
    me = await gql(VIEWER, token=payload["token"])
    assert me["data"]["viewer"] == {"id": str(world.admin.id), "role": "ADMIN"}


async def test_portal_user_signs_in_as_client_of_their_account(gql):
    world = await make_firm()
    result = await gql(LOGIN, {"email": "alpha@acme-tax.client", "password": PASSWORD})
    viewer = result["data"]["login"]["viewer"]
    assert viewer["role"] == "CLIENT"
    assert viewer["id"] == str(world.clients["alpha"].id)
    assert viewer["clientAccount"] == {"id": str(world.accounts["alpha"])}


async def test_sign_in_email_is_case_insensitive(gql):
    await make_firm()
    result = await gql(LOGIN, {"email": "  Owner@ACME-tax.test ", "password": PASSWORD})
    assert result["data"]["login"]["viewer"]["role"] == "OWNER"


async def test_wrong_email_and_wrong_password_say_the_same_thing(gql):
    await make_firm()
    wrong_email = await gql(LOGIN, {"email": "nobody@acme-tax.test", "password": PASSWORD})
    wrong_password = await gql(LOGIN, {"email": "owner@acme-tax.test", "password": "nope-nope"})
    assert error_code(wrong_email) == error_code(wrong_password) == "UNAUTHENTICATED"
    assert wrong_email["errors"][0]["message"] == wrong_password["errors"][0]["message"]
    assert wrong_email["data"] is None


async def test_more_than_ten_failures_a_minute_for_one_email_are_rate_limited(gql):
    await make_firm()
    bad = {"email": "owner@acme-tax.test", "password": "wrong-password"}
    codes = [error_code(await gql(LOGIN, bad)) for _ in range(10)]
    assert codes == ["UNAUTHENTICATED"] * 10
    assert error_code(await gql(LOGIN, bad)) == "RATE_LIMITED"
    # Even the right password waits until the minute has passed.
    good = {"email": "owner@acme-tax.test", "password": PASSWORD}
    assert error_code(await gql(LOGIN, good)) == "RATE_LIMITED"
    # Another e-mail is not affected.
    other = {"email": "admin@acme-tax.test", "password": PASSWORD}
    assert error_code(await gql(LOGIN, other)) is None


async def test_tokens_are_stored_only_as_hashes(gql):
    await make_firm()
    result = await gql(LOGIN, {"email": "owner@acme-tax.test", "password": PASSWORD})
    token = result["data"]["login"]["token"]
    assert len(token) >= 40
    assert not await AuthToken.exists(token_hash=token)
    assert await AuthToken.exists(token_hash=hash_token(token))


async def test_token_lifetime_follows_the_setting(gql, settings):
    from firmflow.settings import use_settings

    await make_firm()
    use_settings(settings.with_changes(token_days=2))
    result = await gql(LOGIN, {"email": "owner@acme-tax.test", "password": PASSWORD})
    expires = datetime.fromisoformat(result["data"]["login"]["expiresAt"])
    assert timedelta(days=1, hours=23) < expires - datetime.now(UTC) <= timedelta(days=2)


async def test_an_expired_token_is_unauthenticated(gql):
    world = await make_firm()
    await AuthToken.filter(token_hash=hash_token(world.owner.token)).update(
        expires_at=datetime.now(UTC) - timedelta(seconds=1)
    )
    result = await gql(VIEWER, token=world.owner.token)
    assert error_code(result) == "UNAUTHENTICATED"
    assert result["data"] is None


async def test_logout_revokes_the_token_it_is_called_with(gql):
    world = await make_firm()
    second = await gql(LOGIN, {"email": "owner@acme-tax.test", "password": PASSWORD})
    other_token = second["data"]["login"]["token"]
    assert (await gql("mutation { logout }", token=world.owner.token))["data"] == {"logout": True}
    assert error_code(await gql(VIEWER, token=world.owner.token)) == "UNAUTHENTICATED"
    assert error_code(await gql("mutation { logout }", token=world.owner.token)) == (
        "UNAUTHENTICATED"
    )
    # The owner's other session stays signed in.
    assert (await gql(VIEWER, token=other_token))["data"]["viewer"]["role"] == "OWNER"


async def test_portal_user_logs_out_too(gql):
    world = await make_firm()
    token = world.clients["alpha"].token
    assert (await gql("mutation { logout }", token=token))["data"] == {"logout": True}
    assert error_code(await gql(VIEWER, token=token)) == "UNAUTHENTICATED"


async def test_anonymous_logout_is_unauthenticated(gql):
    assert error_code(await gql("mutation { logout }")) == "UNAUTHENTICATED"


async def test_a_made_up_or_malformed_bearer_token_is_unauthenticated(gql, http):
    await make_firm()
    assert error_code(await gql(VIEWER, token="not-a-real-token")) == "UNAUTHENTICATED"
    for header in ("Basic dXNlcjpwdw==", "Bearer", "Bearer " + "x" * 5000):
        response = await http.post(
            "/graphql", json={"query": VIEWER}, headers={"Authorization": header}
        )
        assert response.status_code in (200, 400)
        assert error_code(response.json()) == "UNAUTHENTICATED"


async def test_anonymous_can_still_sign_in_while_sending_a_stale_token(gql):
    """A stale token in the browser must not lock its owner out of signing in again."""
    await make_firm()
    result = await gql(
        LOGIN, {"email": "owner@acme-tax.test", "password": PASSWORD}, token="stale-token"
    )
    assert result["data"]["login"]["viewer"]["role"] == "OWNER"


# ---------------------------------------------------------------- portal invites

INVITE = "mutation($id: ID!) { inviteToPortal(contactId: $id) { url token expiresAt } }"
ACCEPT = """mutation($token: String!, $password: String!) {
  acceptPortalInvite(token: $token, password: $password) { token viewer { id role } }
}"""
CREATE_ACCOUNT = """mutation($name: String!, $contacts: [ContactInput!]) {
  createClientAccount(name: $name, contacts: $contacts) { id contacts { id hasPortalAccess } }
}"""


async def _new_contact(gql, token: str, email: str = "carol@gamma.client") -> str:
    result = await gql(
        CREATE_ACCOUNT,
        {"name": "Gamma", "contacts": [{"name": "Carol", "email": email}]},
        token=token,
    )
    contact = result["data"]["createClientAccount"]["contacts"][0]
    assert contact["hasPortalAccess"] is False
    return contact["id"]


async def test_invite_is_emailed_through_the_outbox_and_signs_the_contact_in(gql):
    world = await make_firm()
    contact_id = await _new_contact(gql, world.admin.token)
    invite = (await gql(INVITE, {"id": contact_id}, token=world.admin.token))["data"][
        "inviteToPortal"
    ]
    assert invite["url"].startswith("http://testserver.local/")
    assert invite["token"] in invite["url"]
    mail = await OutboxMail.get(to="carol@gamma.client")
    assert invite["url"] in mail.body
    await deliver_due_mail()
    await mail_settled()
    assert (await OutboxMail.get(id=mail.id)).sent_at is not None
    assert not await PortalInvite.exists(token_hash=invite["token"])

    accepted = await gql(ACCEPT, {"token": invite["token"], "password": "carol's password"})
    payload = accepted["data"]["acceptPortalInvite"]
    assert payload["viewer"] == {"id": contact_id, "role": "CLIENT"}
    assert (await gql(VIEWER, token=payload["token"]))["data"]["viewer"]["role"] == "CLIENT"
    signed_in = await gql(LOGIN, {"email": "carol@gamma.client", "password": "carol's password"})
    assert signed_in["data"]["login"]["viewer"]["id"] == contact_id


async def test_an_invite_works_only_once(gql):
    world = await make_firm()
    contact_id = await _new_contact(gql, world.owner.token)
    invite = await gql(INVITE, {"id": contact_id}, token=world.owner.token)
    token = invite["data"]["inviteToPortal"]["token"]
    assert error_code(await gql(ACCEPT, {"token": token, "password": "first password"})) is None
    second = await gql(ACCEPT, {"token": token, "password": "second password"})
    assert error_code(second) == "NOT_FOUND"
    assert error_code(
        await gql(LOGIN, {"email": "carol@gamma.client", "password": "second password"})
    ) == ("UNAUTHENTICATED")


async def test_an_expired_invite_is_refused(gql):
    world = await make_firm()
    contact_id = await _new_contact(gql, world.owner.token)
    invite = await gql(INVITE, {"id": contact_id}, token=world.owner.token)
    token = invite["data"]["inviteToPortal"]["token"]
    await PortalInvite.filter(token_hash=hash_token(token)).update(
        expires_at=datetime.now(UTC) - timedelta(minutes=1)
    )
    result = await gql(ACCEPT, {"token": token, "password": "a fine password"})
    assert error_code(result) == "NOT_FOUND"
    assert (await ClientContact.get(id=int(contact_id))).password_hash is None


async def test_a_made_up_invite_token_is_not_found(gql):
    result = await gql(ACCEPT, {"token": "made-up", "password": "a fine password"})
    assert error_code(result) == "NOT_FOUND"


async def test_a_short_portal_password_is_bad_input_and_keeps_the_invite(gql):
    world = await make_firm()
    contact_id = await _new_contact(gql, world.owner.token)
    invite = await gql(INVITE, {"id": contact_id}, token=world.owner.token)
    token = invite["data"]["inviteToPortal"]["token"]
    assert error_code(await gql(ACCEPT, {"token": token, "password": "short"})) == "BAD_INPUT"
    assert error_code(await gql(ACCEPT, {"token": token, "password": "long enough"})) is None


async def test_inviting_a_contact_who_already_has_portal_access_is_a_conflict(gql):
    world = await make_firm()
    contact = await ClientContact.get(client_account_id=world.accounts["alpha"])
    result = await gql(INVITE, {"id": str(contact.id)}, token=world.owner.token)
    assert error_code(result) == "CONFLICT"


async def test_accepting_an_invite_revokes_the_contacts_other_invites(gql):
    world = await make_firm()
    contact_id = await _new_contact(gql, world.owner.token)
    first = (await gql(INVITE, {"id": contact_id}, token=world.owner.token))["data"]
    second = (await gql(INVITE, {"id": contact_id}, token=world.admin.token))["data"]
    accepted = await gql(
        ACCEPT, {"token": first["inviteToPortal"]["token"], "password": "first password"}
    )
    session = accepted["data"]["acceptPortalInvite"]["token"]
    later = await gql(
        ACCEPT, {"token": second["inviteToPortal"]["token"], "password": "other password"}
    )
    assert error_code(later) == "NOT_FOUND"
    assert error_code(
        await gql(LOGIN, {"email": "carol@gamma.client", "password": "other password"})
    ) == ("UNAUTHENTICATED")
    assert (
        error_code(await gql(LOGIN, {"email": "carol@gamma.client", "password": "first password"}))
        is None
    )
    assert (await gql(VIEWER, token=session))["data"]["viewer"]["role"] == "CLIENT"


async def test_an_invite_cannot_set_the_password_of_a_contact_who_already_signed_up(gql):
    world = await make_firm()
    contact_id = await _new_contact(gql, world.owner.token)
    old = (await gql(INVITE, {"id": contact_id}, token=world.owner.token))["data"]
    new = (await gql(INVITE, {"id": contact_id}, token=world.owner.token))["data"]
    assert (
        error_code(
            await gql(ACCEPT, {"token": new["inviteToPortal"]["token"], "password": "carol chose"})
        )
        is None
    )
    # An invite left unused by an earlier version (nothing revoked it) is still refused.
    old_token = old["inviteToPortal"]["token"]
    await PortalInvite.filter(token_hash=hash_token(old_token)).update(used_at=None)
    replaced = await gql(ACCEPT, {"token": old_token, "password": "an attacker's password"})
    assert error_code(replaced) == "INVALID_STATE"
    assert (
        error_code(await gql(LOGIN, {"email": "carol@gamma.client", "password": "carol chose"}))
        is None
    )


async def test_two_invites_accepted_at_once_set_one_password(gql):
    world = await make_firm()
    contact_id = await _new_contact(gql, world.owner.token)
    tokens = [
        (await gql(INVITE, {"id": contact_id}, token=world.owner.token))["data"]["inviteToPortal"][
            "token"
        ]
        for _ in range(2)
    ]
    results = await asyncio.gather(
        *(
            gql(ACCEPT, {"token": token, "password": f"password number {i}"})
            for i, token in enumerate(tokens)
        )
    )
    codes = [error_code(r) for r in results]
    assert codes.count(None) == 1, codes
    assert {c for c in codes if c} <= {"INVALID_STATE", "NOT_FOUND"}, codes


async def test_a_token_used_a_moment_ago_is_refused_right_after_logout(gql):
    """The viewer of a token is kept a few seconds per process; logout forgets it at once."""
    world = await make_firm()
    for _ in range(2):
        assert (await gql(VIEWER, token=world.owner.token))["data"]["viewer"]
    assert (await gql("mutation { logout }", token=world.owner.token))["data"] == {"logout": True}
    assert error_code(await gql(VIEWER, token=world.owner.token)) == "UNAUTHENTICATED"
