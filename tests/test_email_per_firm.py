"""An e-mail address is unique within a firm, not across firms: a firm adding a staff
member learns nothing of other firms (the answer for an address that signs in elsewhere is
the answer for a new one), and sign-in finds the person by the password."""

from __future__ import annotations

import json
import re

from models import OutboxMail
from tests.support import PASSWORD, error_code, make_firm

CREATE_STAFF = """mutation($e: String!, $p: String!) {
  createStaffMember(name: "Bea", email: $e, role: EMPLOYEE, password: $p) { id email role }
}"""
LOGIN = """mutation($e: String!, $p: String!, $f: ID) {
  login(email: $e, password: $p, firmId: $f) { token viewer { id role firm { id name } } }
}"""
RESET = """mutation($t: String!, $p: String!) {
  resetPassword(token: $t, password: $p) { viewer { id firm { name } } }
}"""
OTHER_PASSWORD = "other books password"


async def test_another_firm_adding_an_address_that_signs_in_elsewhere_learns_nothing(gql):
    await make_firm()
    other = await make_firm("Other Books")
    answers = {}
    for email in ("owner@acme-tax.test", "alpha@acme-tax.client", "new@other-books.test"):
        result = await gql(CREATE_STAFF, {"e": email, "p": OTHER_PASSWORD}, token=other.owner.token)
        assert error_code(result) is None, result
        answers[email] = result["data"]["createStaffMember"]
    # The answers differ only by the address given.
    shapes = {json.dumps({**a, "id": 0, "email": ""}) for a in answers.values()}
    assert len(shapes) == 1
    # Within one firm an address still names one person.
    again = await gql(
        CREATE_STAFF, {"e": "owner@acme-tax.test", "p": OTHER_PASSWORD}, token=other.owner.token
    )
    assert error_code(again) == "CONFLICT"
    assert "acme" not in again["errors"][0]["message"].replace("owner@acme-tax.test", "")


async def test_one_address_signs_in_to_each_firm_with_its_own_password(gql):
    acme = await make_firm()
    other = await make_firm("Other Books")
    created = await gql(
        CREATE_STAFF, {"e": "owner@acme-tax.test", "p": OTHER_PASSWORD}, token=other.owner.token
    )
    bea = created["data"]["createStaffMember"]["id"]
    at_acme = await gql(LOGIN, {"e": "owner@acme-tax.test", "p": PASSWORD})
    assert at_acme["data"]["login"]["viewer"]["id"] == str(acme.owner.id)
    assert at_acme["data"]["login"]["viewer"]["role"] == "OWNER"
    at_other = await gql(LOGIN, {"e": "owner@acme-tax.test", "p": OTHER_PASSWORD})
    assert at_other["data"]["login"]["viewer"]["id"] == bea
    assert at_other["data"]["login"]["viewer"]["firm"]["name"] == "Other Books"
    wrong = await gql(LOGIN, {"e": "owner@acme-tax.test", "p": "neither password"})
    assert error_code(wrong) == "UNAUTHENTICATED"


async def test_one_password_for_two_firms_signs_in_to_the_oldest_unless_a_firm_is_named(gql):
    acme = await make_firm()
    other = await make_firm("Other Books")
    created = await gql(
        CREATE_STAFF, {"e": "owner@acme-tax.test", "p": PASSWORD}, token=other.owner.token
    )
    bea = created["data"]["createStaffMember"]["id"]
    oldest = await gql(LOGIN, {"e": "owner@acme-tax.test", "p": PASSWORD})
    assert oldest["data"]["login"]["viewer"]["id"] == str(acme.owner.id)
    named = await gql(LOGIN, {"e": "owner@acme-tax.test", "p": PASSWORD, "f": str(other.firm_id)})
    assert named["data"]["login"]["viewer"]["id"] == bea
    elsewhere = await gql(
        LOGIN, {"e": "owner@acme-tax.test", "p": OTHER_PASSWORD, "f": str(other.firm_id)}
    )
    assert error_code(elsewhere) == "UNAUTHENTICATED"


async def test_a_password_reset_reaches_the_person_of_each_firm(gql):
    await make_firm()
    other = await make_firm("Other Books")
    await gql(
        CREATE_STAFF, {"e": "owner@acme-tax.test", "p": OTHER_PASSWORD}, token=other.owner.token
    )
    await gql('mutation { requestPasswordReset(email: "owner@acme-tax.test") }')
    mails = await OutboxMail.filter(
        to="owner@acme-tax.test", subject="Reset your firmflow password"
    ).order_by("id")
    assert len(mails) == 2
    firms = set()
    for index, mail in enumerate(mails):
        token = re.search(r"token=([A-Za-z0-9_-]+)", mail.body).group(1)  # type: ignore[union-attr]
        result = await gql(RESET, {"t": token, "p": f"new password {index}"})
        firms.add(result["data"]["resetPassword"]["viewer"]["firm"]["name"])
    assert firms == {"Acme Tax", "Other Books"}
