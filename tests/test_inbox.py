"""Inbox+: who is notified of client task changes and client messages, what they read, and
the inbox's pages, unread count and mark-as-read."""

from models import Event, Notification
from tests.support import error_code, make_firm
from tests.support_tasks import (
    INBOX,
    MARK_READ,
    POST_MESSAGE,
    UPDATE_TASK,
    check,
    create_thread,
    data,
    inbox_of,
)


async def test_a_client_ticking_a_task_notifies_each_team_member_with_the_tasks_state(gql):
    world = await make_firm()
    thread = await create_thread(
        gql, world.owner.token, world.accounts["alpha"], tasks=["W-2", "1099"]
    )
    await check(gql, world.clients["alpha"].token, thread["tasks"][0]["id"])
    inbox = await inbox_of(gql, world.employee.token)
    checked = [e["node"] for e in inbox["edges"] if "completed" in e["node"]["summary"]]
    assert len(checked) == 1
    node = checked[0]
    assert node["kind"] == "CLIENT_TASK_CHANGED"
    assert node["actorName"] == "Alpha Contact" and node["actorIsClient"] is True
    assert node["summary"] == "Alpha Contact completed the task “W-2” in “2025 tax return”"
    assert node["clientAccount"]["id"] == str(world.accounts["alpha"])
    assert node["thread"]["completedTaskCount"] == 1
    assert node["task"] == {
        "id": thread["tasks"][0]["id"],
        "title": "W-2",
        "completed": True,
        "completedBy": "Alpha Contact",
        "completedByClient": True,
    }
    # the owner is not on alpha's team: nothing for them
    assert (await inbox_of(gql, world.owner.token))["edges"] == []


async def test_the_notification_shows_the_tasks_current_state(gql):
    world = await make_firm()
    thread = await create_thread(gql, world.owner.token, world.accounts["alpha"], tasks=["W-2"])
    task_id = thread["tasks"][0]["id"]
    await check(gql, world.clients["alpha"].token, task_id)
    await gql(UPDATE_TASK, {"task": task_id, "title": "W-2 (both jobs)"}, token=world.owner.token)
    await check(gql, world.owner.token, task_id, completed=False)
    nodes = [e["node"] for e in (await inbox_of(gql, world.employee.token))["edges"]]
    assert all(n["task"] is None or n["task"]["title"] == "W-2 (both jobs)" for n in nodes)
    first_add = nodes[-1]
    assert first_add["task"]["completed"] is False
    assert [n["actorIsClient"] for n in nodes][:2] == [False, False]


async def test_staff_changes_notify_the_team_but_not_the_actor(gql):
    world = await make_firm()
    thread = await create_thread(gql, world.employee.token, world.accounts["alpha"], tasks=["a"])
    assert await Notification.filter(recipient_id=world.employee.id).count() == 0
    await check(gql, world.admin.token, thread["tasks"][0]["id"])
    notes = await Notification.filter(recipient_id=world.employee.id)
    assert [n.actor_name for n in notes] == ["Acme Tax Admin"]
    assert notes[0].actor_is_client is False
    assert await Notification.exclude(recipient_id=world.employee.id).count() == 0


async def test_an_account_without_a_team_notifies_the_firms_owners(gql):
    world = await make_firm()
    thread = await create_thread(gql, world.admin.token, world.accounts["beta"], tasks=["a"])
    await check(gql, world.clients["beta"].token, thread["tasks"][0]["id"])
    owner = await Notification.filter(recipient_id=world.owner.id).order_by("id")
    assert [n.kind for n in owner] == ["CLIENT_TASK_CHANGED"] * 2 + ["CLIENT_TASKS_ALL_COMPLETED"]
    assert await Notification.filter(recipient_id=world.admin.id).count() == 0


async def test_a_client_message_notifies_the_whole_team(gql):
    world = await make_firm()
    thread = await create_thread(gql, world.employee.token, world.accounts["alpha"])
    await gql(
        POST_MESSAGE,
        {"thread": thread["id"], "body": "Here you go"},
        token=world.clients["alpha"].token,
    )
    node = (await inbox_of(gql, world.employee.token))["edges"][0]["node"]
    assert node["kind"] == "CLIENT_MESSAGE" and node["actorIsClient"] is True
    assert "Here you go" in node["summary"] and node["task"] is None
    assert node["thread"]["id"] == thread["id"]
    assert (await inbox_of(gql, world.owner.token))["edges"] == []


async def test_each_notification_has_its_inbox_event_for_its_recipient(gql):
    world = await make_firm()
    thread = await create_thread(gql, world.owner.token, world.accounts["alpha"], tasks=["a"])
    await check(gql, world.clients["alpha"].token, thread["tasks"][0]["id"])
    notes = await Notification.all().order_by("id")
    events = await Event.filter(topic="inbox", recipient_staff_id__isnull=False).order_by("seq")
    assert [e.payload["notificationId"] for e in events] == [str(n.id) for n in notes]
    assert {e.recipient_staff_id for e in events} == {world.employee.id}


async def test_the_inbox_pages_newest_first_with_cursors_and_an_unread_count(gql):
    world = await make_firm()
    thread = await create_thread(gql, world.owner.token, world.accounts["alpha"], message="x")
    for n in range(5):
        await gql(
            POST_MESSAGE,
            {"thread": thread["id"], "body": f"m{n}"},
            token=world.clients["alpha"].token,
        )
    token = world.employee.token
    first = await inbox_of(gql, token, first=2)
    assert first["unreadCount"] == 5
    assert [e["node"]["summary"][-2:] for e in first["edges"]] == ["m4", "m3"]
    assert first["pageInfo"]["hasNextPage"] is True
    second = await inbox_of(gql, token, first=2, after=first["pageInfo"]["endCursor"])
    assert [e["node"]["summary"][-2:] for e in second["edges"]] == ["m2", "m1"]
    last = await inbox_of(gql, token, first=2, after=second["pageInfo"]["endCursor"])
    assert [e["node"]["summary"][-2:] for e in last["edges"]] == ["m0"]
    assert last["pageInfo"] == {"hasNextPage": False, "endCursor": last["edges"][0]["cursor"]}


async def test_mark_read_changes_only_ones_own_notifications_and_counts_them(gql):
    world = await make_firm()
    thread = await create_thread(gql, world.owner.token, world.accounts["alpha"])
    beta = await create_thread(gql, world.owner.token, world.accounts["beta"])
    for body in ("a", "b", "c"):
        await gql(
            POST_MESSAGE, {"thread": thread["id"], "body": body}, token=world.clients["alpha"].token
        )
    await gql(POST_MESSAGE, {"thread": beta["id"], "body": "z"}, token=world.clients["beta"].token)
    mine = [e["node"]["id"] for e in (await inbox_of(gql, world.employee.token))["edges"]]
    owners = [e["node"]["id"] for e in (await inbox_of(gql, world.owner.token))["edges"]]
    token = world.employee.token
    changed = data(
        await gql(MARK_READ, {"ids": [mine[0], mine[1], *owners]}, token=token),
        "markNotificationsRead",
    )
    assert changed == 2
    again = data(await gql(MARK_READ, {"ids": [mine[0]]}, token=token), "markNotificationsRead")
    assert again == 0
    page = await inbox_of(gql, token, unreadOnly=True)
    assert [e["node"]["id"] for e in page["edges"]] == [mine[2]]
    assert page["unreadCount"] == 1
    everything = await inbox_of(gql, token)
    assert [e["node"]["read"] for e in everything["edges"]] == [True, True, False]
    assert (await inbox_of(gql, world.owner.token))["unreadCount"] == 1


async def test_the_inbox_is_for_signed_in_people_and_checks_its_arguments(gql):
    world = await make_firm()
    assert error_code(await gql(INBOX, {})) == "UNAUTHENTICATED"
    assert error_code(await gql(MARK_READ, {"ids": []})) == "UNAUTHENTICATED"
    token = world.owner.token
    for variables in ({"first": 0}, {"first": 201}, {"after": "not-a-cursor"}):
        assert error_code(await gql(INBOX, variables, token=token)) == "BAD_INPUT"
    assert error_code(await gql(MARK_READ, {"ids": ["x"]}, token=token)) == "BAD_INPUT"
