"""Chat threads: who may open and read them, subjects, messages, job links, task filters."""

from models import Job, Pipeline, Stage
from tests.support import error_code, make_firm
from tests.support_tasks import (
    POST_MESSAGE,
    THREADS,
    check,
    create_thread,
    data,
    thread_of,
)


async def test_staff_opens_a_thread_with_a_message_and_tasks_for_a_client(gql):
    world = await make_firm()
    thread = await create_thread(
        gql,
        world.owner.token,
        world.accounts["alpha"],
        "Documents for 2025",
        message="Please send these.",
        tasks=["Upload W-2", "Sign https://example.com/engagement?x=1&y=2"],
    )
    assert thread["subject"] == "Documents for 2025"
    assert thread["clientAccount"]["id"] == str(world.accounts["alpha"])
    assert [t["title"] for t in thread["tasks"]] == [
        "Upload W-2",
        "Sign https://example.com/engagement?x=1&y=2",
    ]
    assert [t["position"] for t in thread["tasks"]] == [0, 1]
    assert (thread["completedTaskCount"], thread["totalTaskCount"]) == (0, 2)
    bodies = [m["body"] for m in thread["messages"]]
    assert bodies[0] == "Please send these."
    assert "[ ] Upload W-2" in bodies[1]
    assert thread["messages"][0]["authorName"] == "Acme Tax Owner"
    assert thread["messages"][0]["fromClient"] is False


async def test_the_portal_user_reads_its_own_accounts_threads_and_nothing_else(gql):
    world = await make_firm()
    mine = await create_thread(gql, world.owner.token, world.accounts["alpha"], "Mine")
    await create_thread(gql, world.owner.token, world.accounts["beta"], "Theirs")
    alpha = world.clients["alpha"].token
    listed = data(await gql(THREADS, {}, token=alpha), "threads")
    assert [t["subject"] for t in listed] == ["Mine"]
    assert await thread_of(gql, world.clients["beta"].token, mine["id"]) is None
    other = await gql(THREADS, {"account": str(world.accounts["beta"])}, token=alpha)
    assert error_code(other) == "NOT_FOUND"


async def test_employees_reach_only_their_teams_threads(gql):
    world = await make_firm()
    alpha = await create_thread(gql, world.admin.token, world.accounts["alpha"], "Alpha")
    beta = await create_thread(gql, world.admin.token, world.accounts["beta"], "Beta")
    employee = world.employee.token
    listed = data(await gql(THREADS, {}, token=employee), "threads")
    assert [t["id"] for t in listed] == [alpha["id"]]
    assert await thread_of(gql, employee, beta["id"]) is None
    result = await gql(
        POST_MESSAGE, {"thread": beta["id"], "body": "hello"}, token=world.employee.token
    )
    assert error_code(result) == "NOT_FOUND"
    denied = await gql(
        'mutation($a: ID!) { createThread(clientAccountId: $a, subject: "x") { id } }',
        {"a": str(world.accounts["beta"])},
        token=employee,
    )
    assert error_code(denied) == "NOT_FOUND"


async def test_another_firm_sees_nothing_of_a_thread(gql):
    world = await make_firm()
    other = await make_firm("Other Firm")
    thread = await create_thread(gql, world.owner.token, world.accounts["alpha"])
    assert await thread_of(gql, other.owner.token, thread["id"]) is None
    result = await gql(
        POST_MESSAGE, {"thread": thread["id"], "body": "hi"}, token=other.owner.token
    )
    assert error_code(result) == "NOT_FOUND"
    assert data(await gql(THREADS, {}, token=other.owner.token), "threads") == []


async def test_anonymous_callers_must_sign_in(gql):
    result = await gql(THREADS, {})
    assert error_code(result) == "UNAUTHENTICATED"


async def test_subject_and_message_limits_are_bad_input(gql):
    world = await make_firm()
    token = world.owner.token
    account = str(world.accounts["alpha"])
    query = "mutation($a: ID!, $s: String!, $m: String) { createThread(clientAccountId: $a, subject: $s, message: $m) { id } }"  # noqa: E501
    assert error_code(await gql(query, {"a": account, "s": "x" * 201}, token=token)) == "BAD_INPUT"
    assert error_code(await gql(query, {"a": account, "s": "  "}, token=token)) == "BAD_INPUT"
    long = {"a": account, "s": "ok", "m": "y" * 10_001}
    assert error_code(await gql(query, long, token=token)) == "BAD_INPUT"
    assert error_code(await gql(query, {"a": "abc", "s": "ok"}, token=token)) == "BAD_INPUT"
    thread = await create_thread(gql, token, account, "x" * 200, message="y" * 10_000)
    too_long = await gql(POST_MESSAGE, {"thread": thread["id"], "body": "z" * 10_001}, token=token)
    assert error_code(too_long) == "BAD_INPUT"
    empty = await gql(POST_MESSAGE, {"thread": thread["id"], "body": " "}, token=token)
    assert error_code(empty) == "BAD_INPUT"


async def test_client_and_staff_write_messages_in_a_thread(gql):
    world = await make_firm()
    thread = await create_thread(gql, world.owner.token, world.accounts["alpha"])
    reply = data(
        await gql(
            POST_MESSAGE,
            {"thread": thread["id"], "body": "Sent them today"},
            token=world.clients["alpha"].token,
        ),
        "postMessage",
    )
    assert reply["fromClient"] is True and reply["authorName"] == "Alpha Contact"
    data(
        await gql(
            POST_MESSAGE, {"thread": thread["id"], "body": "Thanks!"}, token=world.employee.token
        ),
        "postMessage",
    )
    shown = await thread_of(gql, world.clients["alpha"].token, thread["id"])
    assert [m["body"] for m in shown["messages"]] == ["Sent them today", "Thanks!"]


async def test_a_client_may_open_a_thread_but_not_give_itself_tasks(gql):
    world = await make_firm()
    client = world.clients["alpha"].token
    thread = await create_thread(gql, client, world.accounts["alpha"], "Question", message="Hi")
    assert thread["messages"][0]["fromClient"] is True
    denied = await gql(
        'mutation($a: ID!) { createThread(clientAccountId: $a, subject: "s", tasks: ["t"]) { id } }',  # noqa: E501
        {"a": str(world.accounts["alpha"])},
        token=client,
    )
    assert error_code(denied) == "FORBIDDEN"


async def _job(world, account_key: str) -> Job:
    pipeline = await Pipeline.create(firm_id=world.firm_id, name="Returns")
    stage = await Stage.create(pipeline=pipeline, name="Intake", position=0)
    return await Job.create(
        firm_id=world.firm_id,
        client_account_id=world.accounts[account_key],
        pipeline_id=pipeline.id,
        stage_id=stage.id,
        name="2025 return",
    )


async def test_a_thread_links_only_to_a_job_its_creator_may_read(gql):
    world = await make_firm()
    alpha_job = await _job(world, "alpha")
    beta_job = await _job(world, "beta")
    linked = await create_thread(
        gql, world.employee.token, world.accounts["alpha"], job_id=alpha_job.id
    )
    from models import ChatThread

    assert (await ChatThread.get(id=int(linked["id"]))).job_id == alpha_job.id
    query = 'mutation($a: ID!, $j: ID) { createThread(clientAccountId: $a, subject: "s", jobId: $j) { id } }'  # noqa: E501
    wrong_account = await gql(
        query, {"a": str(world.accounts["alpha"]), "j": str(beta_job.id)}, token=world.owner.token
    )
    assert error_code(wrong_account) == "NOT_FOUND"
    other = await make_firm("Other Firm")
    foreign = await gql(
        query, {"a": str(other.accounts["alpha"]), "j": str(alpha_job.id)}, token=other.owner.token
    )
    assert error_code(foreign) == "NOT_FOUND"


async def test_threads_filter_by_their_tasks(gql):
    world = await make_firm()
    token = world.owner.token
    account = world.accounts["alpha"]
    plain = await create_thread(gql, token, account, "No tasks")
    open_one = await create_thread(gql, token, account, "Open", tasks=["a", "b"])
    done = await create_thread(gql, token, account, "Done", tasks=["c"])
    await check(gql, token, done["tasks"][0]["id"])

    async def subjects(task_filter):
        variables = {"account": str(account), "filter": task_filter}
        return {t["subject"] for t in data(await gql(THREADS, variables, token=token), "threads")}

    assert await subjects(None) == {"No tasks", "Open", "Done"}
    assert await subjects("ALL_THREADS") == {"No tasks", "Open", "Done"}
    assert await subjects("WITH_TASKS") == {"Open", "Done"}
    assert await subjects("INCOMPLETE") == {"Open"}
    assert await subjects("COMPLETED") == {"Done"}
    assert plain["totalTaskCount"] == 0 and open_one["totalTaskCount"] == 2


async def test_account_threads_helper_for_the_client_account_field(gql):
    from resolvers.tasks import list_account_threads

    world = await make_firm()
    await create_thread(gql, world.owner.token, world.accounts["alpha"], "A", tasks=["x"])
    await create_thread(gql, world.owner.token, world.accounts["beta"], "B")
    rows = await list_account_threads(world.employee.viewer, world.accounts["alpha"], "INCOMPLETE")
    assert [t.subject for t in rows] == ["A"]
    assert await list_account_threads(world.employee.viewer, world.accounts["beta"]) == []
