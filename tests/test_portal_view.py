"""The client's portal as one view: `clientTodo` (what the client has to do: open tasks and
waiting requests, oldest first) and `portalView` (everything a portal user sees; for staff
a read-only preview of exactly that)."""

from datetime import UTC, datetime, timedelta

from models import ClientRequest, ClientTask
from tests.support import count_queries, error_code, make_firm
from tests.support_jobs import new_job, plain_pipeline, tax_pipeline
from tests.support_requests import create_request
from tests.support_tasks import check, create_thread, data

TODO = """{ clientTodo { kind since task { id title } thread { id subject }
  request { id title status } } }"""
VIEW = """query($id: ID) { portalView(clientAccountId: $id) {
  workInProgress { jobId jobName status description }
  threads { id subject completedTaskCount totalTaskCount tasks { id title completed }
            messages { body } }
  requests { id title status access }
  todo { kind since task { id } thread { id } request { id } }
} }"""


async def _portal(gql, world):
    """Alpha's portal: two threads with tasks, a sent PORTAL request, a draft, a
    THIRD_PARTY request, a visible job and a hidden one."""
    owner = world.owner.token
    alpha = world.accounts["alpha"]
    first = await create_thread(gql, owner, alpha, "Documents", tasks=["W-2", "1099"])
    second = await create_thread(gql, owner, alpha, "Signatures", tasks=["Sign 8879"])
    await check(gql, world.clients["alpha"].token, first["tasks"][1]["id"])
    sent = await create_request(gql, owner, alpha, title="Your employer", send=True)
    await create_request(gql, owner, alpha, title="Draft only")
    await create_request(
        gql, owner, alpha, title="For the assistant", access="THIRD_PARTY", send=True
    )
    await new_job(world.owner.viewer, alpha, await tax_pipeline(world.owner.viewer), "2025 return")
    await new_job(world.owner.viewer, alpha, await plain_pipeline(world.owner.viewer), "Hidden")
    return first, second, sent


async def test_the_clients_todo_lists_open_tasks_and_waiting_requests_oldest_first(gql):
    world = await make_firm()
    first, second, sent = await _portal(gql, world)
    base = datetime(2026, 1, 1, tzinfo=UTC)
    # Spread the creation times: the request came in between the two threads' tasks.
    await ClientTask.filter(id=first["tasks"][0]["id"]).update(created_at=base)
    await ClientTask.filter(id=second["tasks"][0]["id"]).update(created_at=base + timedelta(2))
    await ClientRequest.filter(id=sent["id"]).update(sent_at=base + timedelta(1))
    todo = data(await gql(TODO, token=world.clients["alpha"].token), "clientTodo")
    assert [(t["kind"], (t["task"] or t["request"])["id"]) for t in todo] == [
        ("TASK", first["tasks"][0]["id"]),
        ("REQUEST", sent["id"]),
        ("TASK", second["tasks"][0]["id"]),
    ]
    assert todo[0]["thread"] == {"id": first["id"], "subject": "Documents"}
    assert todo[1]["request"]["status"] == "PENDING" and todo[1]["thread"] is None
    assert datetime.fromisoformat(todo[1]["since"]) == base + timedelta(1)
    assert data(await gql(TODO, token=world.clients["beta"].token), "clientTodo") == []


async def test_ties_in_the_todo_are_broken_by_id_and_done_things_leave_it(gql):
    world = await make_firm()
    thread = await create_thread(gql, world.owner.token, world.accounts["alpha"], tasks=["a", "b"])
    same = datetime(2026, 2, 1, tzinfo=UTC)
    await ClientTask.filter(thread_id=thread["id"]).update(created_at=same)
    client = world.clients["alpha"].token
    todo = data(await gql(TODO, token=client), "clientTodo")
    assert [t["task"]["title"] for t in todo] == ["a", "b"]
    await check(gql, client, thread["tasks"][0]["id"])
    assert [t["task"]["title"] for t in data(await gql(TODO, token=client), "clientTodo")] == ["b"]


async def test_the_todo_is_the_clients_own(gql):
    world = await make_firm()
    for person in (world.owner, world.admin, world.employee):
        assert error_code(await gql(TODO, token=person.token)) == "FORBIDDEN"
    assert error_code(await gql(TODO)) == "UNAUTHENTICATED"


async def test_the_portal_view_shows_what_the_portal_user_sees_and_staff_preview_the_same(gql):
    world = await make_firm()
    await _portal(gql, world)
    mine = data(await gql(VIEW, token=world.clients["alpha"].token), "portalView")
    assert [w["jobName"] for w in mine["workInProgress"]] == ["2025 return"]
    assert [t["subject"] for t in mine["threads"]] == ["Signatures", "Documents"]
    assert [r["title"] for r in mine["requests"]] == ["Your employer"]
    assert [t["kind"] for t in mine["todo"]] == ["TASK", "TASK", "REQUEST"]
    variables = {"id": str(world.accounts["alpha"])}
    for person in (world.owner, world.admin, world.employee):
        preview = data(await gql(VIEW, variables, token=person.token), "portalView")
        assert preview == mine
    own_id = data(await gql(VIEW, variables, token=world.clients["alpha"].token), "portalView")
    assert own_id == mine


async def test_who_may_open_a_portal_view(gql):
    world = await make_firm()
    beta = {"id": str(world.accounts["beta"])}
    assert error_code(await gql(VIEW, beta, token=world.employee.token)) == "NOT_FOUND"
    assert error_code(await gql(VIEW, beta, token=world.clients["alpha"].token)) == "NOT_FOUND"
    assert error_code(await gql(VIEW, {"id": "999999"}, token=world.owner.token)) == "NOT_FOUND"
    assert error_code(await gql(VIEW, {}, token=world.owner.token)) == "BAD_INPUT"
    assert error_code(await gql(VIEW, {})) == "UNAUTHENTICATED"
    assert data(await gql(VIEW, beta, token=world.admin.token), "portalView")["threads"] == []


async def test_the_portal_view_costs_the_same_statements_whatever_its_size(gql):
    world = await make_firm()
    client = world.clients["alpha"].token
    await _portal(gql, world)
    with count_queries() as small:
        view = data(await gql(VIEW, token=client), "portalView")
    assert len(view["threads"]) == 2
    owner, alpha = world.owner.token, world.accounts["alpha"]
    for index in range(4):
        await create_thread(gql, owner, alpha, f"More {index}", tasks=["x", "y"], message="hi")
        await create_request(gql, owner, alpha, title=f"More {index}", send=True)
        await new_job(
            world.owner.viewer, alpha, await tax_pipeline(world.owner.viewer), f"J{index}"
        )
    with count_queries() as large:
        view = data(await gql(VIEW, token=client), "portalView")
    assert len(view["threads"]) == 6 and len(view["requests"]) == 5
    assert len(large.statements) == len(small.statements), large.statements
    with count_queries() as todo:
        assert len(data(await gql(TODO, token=client), "clientTodo")) == 2 + 4 * 2 + 1 + 4
    assert len(todo.statements) <= len(small.statements)
