"""Notification preferences: each staff member chooses, per staff kind, whether it reaches
them in Inbox+ and by e-mail; the recipients rule still picks who hears of a change."""

from models import Notification
from tests.support import deliver_all, error_code, make_firm, subject_of
from tests.support_requests import SUBMIT, create_request, question_ids
from tests.support_tasks import POST_MESSAGE, check, create_thread, data

PREFERENCES = "{ notificationPreferences { kind inbox email } }"
SET = """mutation($kind: NotificationKind!, $inbox: Boolean!, $email: Boolean!) {
  setNotificationPreference(kind: $kind, inbox: $inbox, email: $email) { kind inbox email }
}"""
DEFAULTS = [
    {"kind": "CLIENT_TASK_CHANGED", "inbox": True, "email": False},
    {"kind": "CLIENT_TASKS_ALL_COMPLETED", "inbox": True, "email": True},
    {"kind": "CLIENT_REQUEST_SUBMITTED", "inbox": True, "email": True},
    {"kind": "CLIENT_MESSAGE", "inbox": True, "email": False},
]


async def _prefer(gql, token, kind, *, inbox, email):
    variables = {"kind": kind, "inbox": inbox, "email": email}
    return data(await gql(SET, variables, token=token), "setNotificationPreference")


async def test_a_staff_member_starts_with_the_default_preferences_of_the_four_staff_kinds(gql):
    world = await make_firm()
    for person in (world.owner, world.admin, world.employee):
        preferences = data(await gql(PREFERENCES, token=person.token), "notificationPreferences")
        assert preferences == DEFAULTS


async def test_a_preference_is_one_persons_own_and_only_for_staff_kinds(gql):
    world = await make_firm()
    changed = await _prefer(gql, world.employee.token, "CLIENT_MESSAGE", inbox=False, email=True)
    assert changed[3] == {"kind": "CLIENT_MESSAGE", "inbox": False, "email": True}
    again = await _prefer(gql, world.employee.token, "CLIENT_MESSAGE", inbox=True, email=True)
    assert again[3] == {"kind": "CLIENT_MESSAGE", "inbox": True, "email": True}
    assert changed[:3] == DEFAULTS[:3]
    owners = data(await gql(PREFERENCES, token=world.owner.token), "notificationPreferences")
    assert owners == DEFAULTS
    client = world.clients["alpha"].token
    assert error_code(await gql(PREFERENCES, token=client)) == "FORBIDDEN"
    variables = {"kind": "CLIENT_MESSAGE", "inbox": False, "email": False}
    assert error_code(await gql(SET, variables, token=client)) == "FORBIDDEN"
    assert error_code(await gql(SET, variables)) == "UNAUTHENTICATED"
    client_kind = {"kind": "FIRM_MESSAGE", "inbox": False, "email": False}
    assert error_code(await gql(SET, client_kind, token=world.owner.token)) == "BAD_INPUT"


async def test_an_owner_who_turned_inbox_off_still_gets_the_all_done_email_but_no_notification(
    gql, mailbox
):
    world = await make_firm()
    await _prefer(gql, world.owner.token, "CLIENT_TASKS_ALL_COMPLETED", inbox=False, email=True)
    thread = await create_thread(gql, world.admin.token, world.accounts["beta"], tasks=["a"])
    await check(gql, world.clients["beta"].token, thread["tasks"][0]["id"])
    await deliver_all()
    [mail] = mailbox.to(world.owner.email)
    assert "completed all tasks" in subject_of(mail)
    kinds = await Notification.filter(recipient_id=world.owner.id).values_list("kind", flat=True)
    assert kinds == ["CLIENT_TASK_CHANGED"] * 2  # added by the admin, checked by the client


async def test_a_team_member_who_turned_request_email_off_gets_the_notification_only(gql, mailbox):
    world = await make_firm()
    await _prefer(gql, world.employee.token, "CLIENT_REQUEST_SUBMITTED", inbox=True, email=False)
    request = await create_request(
        gql,
        world.owner.token,
        world.accounts["alpha"],
        questions=[{"kind": "SHORT_TEXT", "prompt": "Employer?"}],
        send=True,
    )
    assert question_ids(request)
    await deliver_all()
    mailbox.messages.clear()
    result = await gql(SUBMIT, {"requestId": request["id"]}, token=world.clients["alpha"].token)
    assert result["data"]["submitClientRequest"] == "SUBMITTED"
    await deliver_all()
    assert mailbox.to(world.employee.email) == []
    kinds = await Notification.filter(recipient_id=world.employee.id).values_list("kind", flat=True)
    assert kinds == ["CLIENT_REQUEST_SUBMITTED"]


async def test_e_mail_for_client_messages_reaches_only_those_who_asked_for_it(gql, mailbox):
    world = await make_firm()
    thread = await create_thread(gql, world.owner.token, world.accounts["beta"], "Docs")
    await gql(
        "mutation($ids: [ID!]!, $account: ID!) { setClientTeam(clientAccountId: $account,"
        " staffIds: $ids) { id } }",
        {"ids": [str(world.admin.id), str(world.employee.id)], "account": world.accounts["beta"]},
        token=world.owner.token,
    )
    await _prefer(gql, world.employee.token, "CLIENT_MESSAGE", inbox=False, email=True)
    await deliver_all()
    mailbox.messages.clear()
    posted = await gql(
        POST_MESSAGE,
        {"thread": thread["id"], "body": "Here you go"},
        token=world.clients["beta"].token,
    )
    assert not posted.get("errors")
    await deliver_all()
    [mail] = mailbox.to(world.employee.email)
    assert "Beta Contact wrote in “Docs”" in subject_of(mail)
    assert mailbox.to(world.admin.email) == [] and mailbox.to(world.owner.email) == []
    assert not await Notification.filter(recipient_id=world.employee.id).exists()
    assert await Notification.filter(recipient_id=world.admin.id, kind="CLIENT_MESSAGE").exists()
