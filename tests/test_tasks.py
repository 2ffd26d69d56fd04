"""Client tasks: adding, editing, deleting, reordering, checking; the thread's task list
message; who may do each; and the "task" events of every change."""

import asyncio

from models import ChatThread, ClientTask, Event, Message
from tests.support import error_code, make_firm
from tests.support_tasks import (
    ADD_TASKS,
    DELETE_TASK,
    REORDER_TASKS,
    RESEND,
    SET_COMPLETED,
    UPDATE_TASK,
    check,
    create_thread,
    data,
    thread_of,
)


async def _world_with_thread(gql, titles=("W-2", "1099", "Receipts")):
    world = await make_firm()
    thread = await create_thread(
        gql, world.owner.token, world.accounts["alpha"], tasks=list(titles)
    )
    return world, thread


async def test_staff_adds_many_tasks_later_and_they_append_in_order(gql):
    world, thread = await _world_with_thread(gql, ["W-2"])
    updated = data(
        await gql(
            ADD_TASKS,
            {"thread": thread["id"], "titles": ["1099", "Receipts"]},
            token=world.employee.token,
        ),
        "addClientTasks",
    )
    assert [(t["title"], t["position"]) for t in updated["tasks"]] == [
        ("W-2", 0),
        ("1099", 1),
        ("Receipts", 2),
    ]
    assert updated["totalTaskCount"] == 3


async def test_adding_tasks_updates_the_existing_list_message_instead_of_a_second(gql):
    world, thread = await _world_with_thread(gql, ["W-2"])
    await gql(ADD_TASKS, {"thread": thread["id"], "titles": ["1099"]}, token=world.owner.token)
    lists = await Message.filter(thread_id=int(thread["id"]), kind="TASKS")
    assert len(lists) == 1
    assert "[ ] W-2" in lists[0].body and "[ ] 1099" in lists[0].body
    stored = await ChatThread.get(id=int(thread["id"]))
    assert stored.task_list_message_id == lists[0].id


async def test_a_thread_without_tasks_gets_its_list_message_with_the_first_tasks(gql):
    world = await make_firm()
    thread = await create_thread(gql, world.owner.token, world.accounts["alpha"], message="Hi")
    after = data(
        await gql(ADD_TASKS, {"thread": thread["id"], "titles": ["Sign"]}, token=world.owner.token),
        "addClientTasks",
    )
    assert [m["body"].splitlines()[-1] for m in after["messages"]] == ["Hi", "[ ] Sign"]


async def test_checking_a_task_posts_what_was_completed_and_updates_the_list(gql):
    world, thread = await _world_with_thread(gql)
    task = await check(gql, world.clients["alpha"].token, thread["tasks"][1]["id"])
    assert task["completed"] is True
    assert task["completedBy"] == "Alpha Contact" and task["completedByClient"] is True
    assert task["completedAt"]
    shown = await thread_of(gql, world.owner.token, thread["id"])
    assert (shown["completedTaskCount"], shown["totalTaskCount"]) == (1, 3)
    bodies = [m["body"] for m in shown["messages"]]
    assert "[x] 1099" in bodies[0] and "1 of 3 completed" in bodies[0]
    assert bodies[-1] == "Completed: 1099"
    assert shown["messages"][-1]["fromClient"] is True
    unchecked = await check(gql, world.owner.token, thread["tasks"][1]["id"], completed=False)
    assert unchecked["completed"] is False and unchecked["completedBy"] is None
    shown = await thread_of(gql, world.owner.token, thread["id"])
    assert shown["completedTaskCount"] == 0
    assert shown["messages"][-1]["body"] == "Reopened: 1099"


async def test_checking_a_checked_task_again_changes_nothing(gql):
    world, thread = await _world_with_thread(gql)
    task_id = thread["tasks"][0]["id"]
    first = await check(gql, world.owner.token, task_id)
    again = await check(gql, world.clients["alpha"].token, task_id)
    assert again["completedBy"] == first["completedBy"] == "Acme Tax Owner"
    assert (await ChatThread.get(id=int(thread["id"]))).completed_task_count == 1
    kinds = [e.payload["kind"] for e in await Event.filter(topic="task")]
    assert kinds.count("CHECKED") == 1


async def test_staff_edits_a_task_title_keeping_links_as_written(gql):
    world, thread = await _world_with_thread(gql)
    title = "Sign <https://portal.example.com/doc?id=7&v=2> (see [guide](http://x.y))"
    edited = data(
        await gql(
            UPDATE_TASK, {"task": thread["tasks"][0]["id"], "title": title}, token=world.admin.token
        ),
        "updateClientTask",
    )
    assert edited["title"] == title
    too_long = await gql(
        UPDATE_TASK, {"task": thread["tasks"][0]["id"], "title": "x" * 201}, token=world.admin.token
    )
    assert error_code(too_long) == "BAD_INPUT"


async def test_deleting_a_task_closes_the_gap_and_corrects_the_counts(gql):
    world, thread = await _world_with_thread(gql)
    await check(gql, world.owner.token, thread["tasks"][0]["id"])
    after = data(
        await gql(DELETE_TASK, {"task": thread["tasks"][0]["id"]}, token=world.owner.token),
        "deleteClientTask",
    )
    assert [(t["title"], t["position"]) for t in after["tasks"]] == [("1099", 0), ("Receipts", 1)]
    assert (after["completedTaskCount"], after["totalTaskCount"]) == (0, 2)
    again = await gql(DELETE_TASK, {"task": thread["tasks"][0]["id"]}, token=world.owner.token)
    assert error_code(again) == "NOT_FOUND"


async def test_reordering_makes_the_given_order_the_positions(gql):
    world, thread = await _world_with_thread(gql)
    ids = [t["id"] for t in thread["tasks"]]
    after = data(
        await gql(
            REORDER_TASKS,
            {"thread": thread["id"], "ids": [ids[2], ids[0], ids[1]]},
            token=world.owner.token,
        ),
        "reorderClientTasks",
    )
    assert [(t["title"], t["position"]) for t in after["tasks"]] == [
        ("Receipts", 0),
        ("W-2", 1),
        ("1099", 2),
    ]


async def test_reordering_with_ids_that_are_not_exactly_the_threads_tasks_is_bad_input(gql):
    world, thread = await _world_with_thread(gql)
    other = await create_thread(gql, world.owner.token, world.accounts["alpha"], tasks=["other"])
    ids = [t["id"] for t in thread["tasks"]]
    token = world.owner.token
    for wrong in (ids[:2], [*ids, ids[0]], [*ids[:2], other["tasks"][0]["id"]], [*ids, "999999"]):
        result = await gql(REORDER_TASKS, {"thread": thread["id"], "ids": wrong}, token=token)
        assert error_code(result) == "BAD_INPUT", wrong
    positions = (
        await ClientTask.filter(thread_id=int(thread["id"]))
        .order_by("id")
        .values_list("position", flat=True)
    )
    assert positions == [0, 1, 2]


async def test_a_portal_user_cannot_add_edit_delete_reorder_or_resend_tasks(gql):
    world, thread = await _world_with_thread(gql)
    client = world.clients["alpha"].token
    task_id = thread["tasks"][0]["id"]
    ids = [t["id"] for t in thread["tasks"]]
    attempts = [
        (ADD_TASKS, {"thread": thread["id"], "titles": ["mine"]}),
        (UPDATE_TASK, {"task": task_id, "title": "renamed"}),
        (DELETE_TASK, {"task": task_id}),
        (REORDER_TASKS, {"thread": thread["id"], "ids": list(reversed(ids))}),
        (RESEND, {"thread": thread["id"]}),
    ]
    for query, variables in attempts:
        assert error_code(await gql(query, variables, token=client)) == "FORBIDDEN"
    assert await ClientTask.filter(thread_id=int(thread["id"])).count() == 3


async def test_a_client_of_another_account_cannot_check_or_see_the_tasks(gql):
    world, thread = await _world_with_thread(gql)
    result = await gql(
        SET_COMPLETED,
        {"task": thread["tasks"][0]["id"], "completed": True},
        token=world.clients["beta"].token,
    )
    assert error_code(result) == "NOT_FOUND"
    assert not (await ClientTask.get(id=int(thread["tasks"][0]["id"]))).completed


async def test_an_employee_off_the_team_cannot_touch_the_tasks(gql):
    world = await make_firm()
    thread = await create_thread(gql, world.owner.token, world.accounts["beta"], tasks=["a", "b"])
    token = world.employee.token
    task_id = thread["tasks"][0]["id"]
    for query, variables in [
        (ADD_TASKS, {"thread": thread["id"], "titles": ["x"]}),
        (UPDATE_TASK, {"task": task_id, "title": "x"}),
        (DELETE_TASK, {"task": task_id}),
        (SET_COMPLETED, {"task": task_id, "completed": True}),
        (REORDER_TASKS, {"thread": thread["id"], "ids": [t["id"] for t in thread["tasks"]]}),
    ]:
        assert error_code(await gql(query, variables, token=token)) == "NOT_FOUND"


async def test_the_team_employee_and_admin_manage_tasks(gql):
    world, thread = await _world_with_thread(gql)
    for person in (world.employee, world.admin):
        result = await gql(ADD_TASKS, {"thread": thread["id"], "titles": ["x"]}, token=person.token)
        assert not result.get("errors")
    assert (await ChatThread.get(id=int(thread["id"]))).total_task_count == 5


async def test_task_titles_are_checked(gql):
    world, thread = await _world_with_thread(gql)
    token = world.owner.token
    for titles in ([], ["ok", ""], ["x" * 201]):
        result = await gql(ADD_TASKS, {"thread": thread["id"], "titles": titles}, token=token)
        assert error_code(result) == "BAD_INPUT"
    bad_id = await gql(SET_COMPLETED, {"task": "nope", "completed": True}, token=token)
    assert error_code(bad_id) == "BAD_INPUT"


async def test_resend_posts_the_current_list_again(gql):
    world, thread = await _world_with_thread(gql)
    await check(gql, world.clients["alpha"].token, thread["tasks"][0]["id"])
    message = data(
        await gql(RESEND, {"thread": thread["id"]}, token=world.employee.token), "resendClientTasks"
    )
    assert "[x] W-2" in message["body"] and "[ ] 1099" in message["body"]
    lists = await Message.filter(thread_id=int(thread["id"]), kind="TASKS").count()
    assert lists == 2
    empty = await create_thread(gql, world.owner.token, world.accounts["alpha"])
    assert (
        error_code(await gql(RESEND, {"thread": empty["id"]}, token=world.owner.token))
        == "BAD_INPUT"
    )


async def test_two_simultaneous_checks_keep_counts_and_positions_exact(gql):
    world, thread = await _world_with_thread(gql, ["a", "b", "c", "d"])
    ids = [t["id"] for t in thread["tasks"]]
    client = world.clients["alpha"].token
    results = await asyncio.gather(
        gql(SET_COMPLETED, {"task": ids[0], "completed": True}, token=client),
        gql(SET_COMPLETED, {"task": ids[1], "completed": True}, token=world.employee.token),
        gql(SET_COMPLETED, {"task": ids[2], "completed": True}, token=world.owner.token),
        gql(SET_COMPLETED, {"task": ids[2], "completed": True}, token=client),
    )
    assert all(not r.get("errors") for r in results), results
    stored = await ChatThread.get(id=int(thread["id"]))
    assert (stored.completed_task_count, stored.total_task_count) == (3, 4)
    tasks = await ClientTask.filter(thread_id=stored.id).order_by("position")
    assert [t.position for t in tasks] == [0, 1, 2, 3]
    assert [t.completed for t in tasks] == [True, True, True, False]


async def test_simultaneous_checks_of_the_last_two_tasks_tell_the_firm_once(gql):
    world, thread = await _world_with_thread(gql, ["a", "b"])
    ids = [t["id"] for t in thread["tasks"]]
    client = world.clients["alpha"].token
    await asyncio.gather(*(check(gql, client, task_id) for task_id in ids))
    stored = await ChatThread.get(id=int(thread["id"]))
    assert stored.completed_task_count == 2 and stored.all_completed_notified
    kinds = [e.payload["kind"] for e in await Event.filter(topic="task").order_by("seq")]
    assert kinds.count("ALL_COMPLETED") == 1


async def test_every_task_change_records_one_task_event_with_the_counts(gql):
    world, thread = await _world_with_thread(gql, ["a", "b"])
    ids = [t["id"] for t in thread["tasks"]]
    owner = world.owner.token
    await gql(ADD_TASKS, {"thread": thread["id"], "titles": ["c"]}, token=owner)
    await gql(UPDATE_TASK, {"task": ids[0], "title": "A"}, token=owner)
    await check(gql, world.clients["alpha"].token, ids[0])
    await check(gql, world.clients["alpha"].token, ids[0], completed=False)
    await gql(
        REORDER_TASKS,
        {
            "thread": thread["id"],
            "ids": list(
                reversed([t["id"] for t in (await thread_of(gql, owner, thread["id"]))["tasks"]])
            ),
        },
        token=owner,
    )
    await gql(DELETE_TASK, {"task": ids[1]}, token=owner)
    events = await Event.filter(topic="task").order_by("seq")
    assert [e.payload["kind"] for e in events] == [
        "ADDED",
        "ADDED",
        "ADDED",
        "UPDATED",
        "CHECKED",
        "UNCHECKED",
        "REORDERED",
        "DELETED",
    ]
    checked = events[4]
    assert checked.thread_id == int(thread["id"])
    assert checked.client_account_id == world.accounts["alpha"]
    assert checked.payload == {
        "kind": "CHECKED",
        "threadId": thread["id"],
        "clientAccountId": str(world.accounts["alpha"]),
        "task": {
            "id": ids[0],
            "title": "A",
            "position": 0,
            "completed": True,
            "completedAt": checked.payload["task"]["completedAt"],
            "completedBy": "Alpha Contact",
            "completedByClient": True,
        },
        "completedTaskCount": 1,
        "totalTaskCount": 3,
        "actorName": "Alpha Contact",
        "actorIsClient": True,
    }
    assert events[6].payload["task"] is None and events[7].payload["task"] is None
    assert events[7].payload["totalTaskCount"] == 2


async def test_a_failed_change_records_nothing(gql):
    world, thread = await _world_with_thread(gql)
    before = await Event.filter(topic="task").count()
    ids = [t["id"] for t in thread["tasks"]]
    result = await gql(
        REORDER_TASKS, {"thread": thread["id"], "ids": ids[:1]}, token=world.owner.token
    )
    assert error_code(result) == "BAD_INPUT"
    assert await Event.filter(topic="task").count() == before
