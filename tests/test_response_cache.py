"""Repeated reads are answered from the response cache (schema/responses.py) while nothing in
the viewer's firm changed, and never after a committed write of that firm: events or not.
Each answer is kept per viewer; tokens are checked on every request."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

import models as m
from eventstore.autocommit import changes_readable_data
from eventstore.uow import atomic
from firmflow.settings import Settings, SettingsError, load_settings, use_settings
from schema import responses
from tests.support import error_code, make_firm, sign_in
from tests.support_jobs import WORK_IN_PROGRESS, count_statements, new_job, tax_pipeline
from tests.support_tasks import MARK_READ, POST_MESSAGE, create_thread, inbox_of
from tests.test_read_costs import JOBS_QUERY

UPDATE_JOB = "mutation($id: ID!, $name: String!) { updateJob(jobId: $id, name: $name) { id } }"
PREFERENCES = "{ notificationPreferences { kind inbox email } }"
SET_PREFERENCE = """mutation($kind: NotificationKind!, $inbox: Boolean!, $email: Boolean!) {
  setNotificationPreference(kind: $kind, inbox: $inbox, email: $email) { kind } }"""
THREAD_MESSAGES = "query($id: ID!) { thread(id: $id) { messages { body } } }"


def hits() -> int:
    return sum(cache.hits for cache in responses._caches)


async def read(gql, query: str, token: str, variables: dict[str, Any] | None = None) -> Any:
    result = await gql(query, variables or {}, token=token)
    assert "errors" not in result, result
    return result["data"]


async def read_counted(
    gql, query: str, token: str, variables: dict[str, Any] | None = None
) -> tuple[Any, int, bool]:
    """The data, the SQL statements the read made besides the token's lookup (counted
    afresh: tests.support.counting), and whether the cache answered it."""
    before = hits()
    with count_statements() as counter:
        data = await read(gql, query, token, variables)
    statements = [s for s in counter.statements if '"outbox_mail"' not in s]
    assert '"auth_token"' in statements[0], statements  # the token is checked first
    return data, len(statements) - 1, hits() == before + 1


async def jobs_world() -> Any:
    world = await make_firm()
    tax = await tax_pipeline(world.owner.viewer)
    for n in range(3):
        await new_job(world.owner.viewer, world.accounts["alpha"], tax, f"Alpha {n}")
        await new_job(world.owner.viewer, world.accounts["beta"], tax, f"Beta {n}")
    return world


def names(data: dict[str, Any]) -> set[str]:
    return {edge["node"]["name"] for edge in data["jobs"]["edges"]}


async def test_a_repeated_read_is_answered_without_executing_it(gql):
    world = await jobs_world()
    token = world.owner.token
    first, executed, cached = await read_counted(gql, JOBS_QUERY, token)
    assert executed >= 3 and not cached
    again, statements, cached = await read_counted(gql, JOBS_QUERY, token)
    assert cached and again == first
    assert statements == 0, statements  # nothing besides the token's check


async def test_a_write_with_events_is_seen_by_the_next_read(gql):
    world = await jobs_world()
    token = world.owner.token
    data, _, _ = await read_counted(gql, JOBS_QUERY, token)
    job_id = next(e["node"]["id"] for e in data["jobs"]["edges"] if e["node"]["name"] == "Alpha 0")
    await read(gql, UPDATE_JOB, token, {"id": job_id, "name": "Alpha renamed"})
    after, _, cached = await read_counted(gql, JOBS_QUERY, token)
    assert not cached and "Alpha renamed" in names(after)


async def test_marking_notifications_read_records_no_event_and_is_seen_at_once(gql):
    world = await make_firm()
    owner, client = world.owner.token, world.clients["alpha"].token
    thread = await create_thread(gql, owner, world.accounts["alpha"], tasks=["a"])
    await read(gql, POST_MESSAGE, client, {"thread": thread["id"], "body": "one"})
    token = world.employee.token  # on alpha's team: notified
    inbox = await inbox_of(gql, token)
    assert inbox["unreadCount"] == len(inbox["edges"]) > 0
    assert await inbox_of(gql, token) == inbox  # kept
    events = await m.Event.filter(firm_id=world.firm_id).count()
    ids = [edge["node"]["id"] for edge in inbox["edges"]]
    await read(gql, MARK_READ, token, {"ids": ids})
    assert await m.Event.filter(firm_id=world.firm_id).count() == events  # event-less
    assert (await inbox_of(gql, token))["unreadCount"] == 0


async def test_a_changed_notification_preference_is_seen_at_once(gql):
    world = await make_firm()
    token = world.employee.token
    before = await read(gql, PREFERENCES, token)
    await read(gql, PREFERENCES, token)
    kind = before["notificationPreferences"][0]["kind"]
    await read(gql, SET_PREFERENCE, token, {"kind": kind, "inbox": False, "email": False})
    after = await read(gql, PREFERENCES, token)
    changed = next(p for p in after["notificationPreferences"] if p["kind"] == kind)
    assert (changed["inbox"], changed["email"]) == (False, False)


async def test_an_employee_never_gets_the_owners_kept_answer(gql):
    world = await jobs_world()
    owner = await read(gql, JOBS_QUERY, world.owner.token)
    await read(gql, JOBS_QUERY, world.owner.token)
    employee, _, cached = await read_counted(gql, JOBS_QUERY, world.employee.token)
    assert not cached
    assert names(owner) == {f"{a} {n}" for a in ("Alpha", "Beta") for n in range(3)}
    assert names(employee) == {f"Alpha {n}" for n in range(3)}  # their team's account only
    assert names(await read(gql, JOBS_QUERY, world.employee.token)) == names(employee)


async def test_a_portal_user_never_gets_another_portal_users_kept_answer(gql):
    world = await jobs_world()
    alpha = await read(gql, WORK_IN_PROGRESS, world.clients["alpha"].token)
    await read(gql, WORK_IN_PROGRESS, world.clients["alpha"].token)
    beta, _, cached = await read_counted(gql, WORK_IN_PROGRESS, world.clients["beta"].token)
    assert not cached
    assert {i["jobName"] for i in alpha["workInProgress"]} == {f"Alpha {n}" for n in range(3)}
    assert {i["jobName"] for i in beta["workInProgress"]} == {f"Beta {n}" for n in range(3)}
    # Staff asking the same document get their own answer (FORBIDDEN), not a portal user's.
    staff = await gql(WORK_IN_PROGRESS, token=world.owner.token)
    assert error_code(staff) == "FORBIDDEN"


async def test_a_signed_out_token_gets_no_kept_answer(gql):
    world = await jobs_world()
    token = (await sign_in(world.owner.email)).token
    await read(gql, JOBS_QUERY, token)
    _, _, cached = await read_counted(gql, JOBS_QUERY, token)
    assert cached
    assert (await gql("mutation { logout }", token=token))["data"] == {"logout": True}
    assert error_code(await gql(JOBS_QUERY, token=token)) == "UNAUTHENTICATED"


async def test_errors_and_mutations_are_never_kept(gql):
    world = await make_firm()
    owner = world.owner.token
    for _ in range(2):
        assert error_code(await gql(WORK_IN_PROGRESS, token=owner)) == "FORBIDDEN"
    thread = await create_thread(gql, owner, world.accounts["alpha"])
    before = hits()
    for _ in range(2):
        await read(gql, POST_MESSAGE, owner, {"thread": thread["id"], "body": "twice"})
    assert hits() == before
    messages = await read(gql, THREAD_MESSAGES, owner, {"id": thread["id"]})
    assert [msg["body"] for msg in messages["thread"]["messages"]].count("twice") == 2


async def test_a_write_of_one_firm_keeps_the_answers_of_another(gql):
    world = await jobs_world()
    other = await make_firm("Beta Books")
    await read(gql, JOBS_QUERY, other.owner.token)
    data = await read(gql, JOBS_QUERY, world.owner.token)
    job_id = data["jobs"]["edges"][0]["node"]["id"]
    await read(gql, UPDATE_JOB, world.owner.token, {"id": job_id, "name": "Renamed"})
    await sign_in(world.employee.email)  # a sign-in changes its own firm only
    _, statements, cached = await read_counted(gql, JOBS_QUERY, other.owner.token)
    assert cached and statements == 0
    _, _, cached = await read_counted(gql, JOBS_QUERY, world.owner.token)
    assert not cached


async def test_a_committed_block_that_names_no_firm_makes_every_firms_answers_stale(gql):
    world = await jobs_world()
    other = await make_firm("Beta Books")
    for person in (world.owner, other.owner):
        await read(gql, JOBS_QUERY, person.token)
    async with atomic():  # background work with no request: which firm is not known
        await m.Job.filter(firm_id=world.firm_id).update(name="Changed by a timer")
    for person in (world.owner, other.owner):
        _, _, cached = await read_counted(gql, JOBS_QUERY, person.token)
        assert not cached
    assert names(await read(gql, JOBS_QUERY, world.owner.token)) == {"Changed by a timer"}


async def test_a_write_outside_any_transaction_makes_kept_answers_stale(gql):
    world = await jobs_world()
    await read(gql, JOBS_QUERY, world.owner.token)
    # A background worker's plain ORM call commits as it runs, with no atomic() around it.
    await m.Job.filter(firm_id=world.firm_id).update(name="Changed outside")
    after, _, cached = await read_counted(gql, JOBS_QUERY, world.owner.token)
    assert not cached and names(after) == {"Changed outside"}
    # Rows no query reads (rate-limit counters, the outbox) keep the kept answers.
    await m.RateLimitCounter.create(key="login:x", minute=1, count=1)
    await m.OutboxMail.filter(firm_id=world.firm_id).update(attempts=7)
    _, _, cached = await read_counted(gql, JOBS_QUERY, world.owner.token)
    assert cached


def test_which_statements_change_readable_data():
    assert changes_readable_data('UPDATE "job" SET "name"=$1 WHERE "id"=$2')
    assert changes_readable_data('  insert into "message" ("body") values (?)')
    assert changes_readable_data('DELETE FROM "notification" WHERE "id" IN (1)')
    assert changes_readable_data("WITH moved AS (UPDATE job SET x = 1 RETURNING id) SELECT 1")
    assert changes_readable_data('SET session_replication_role = replica;DELETE FROM "job";')
    assert not changes_readable_data('SELECT "id" FROM "job" WHERE "name" = \'UPDATE\'')
    assert not changes_readable_data("WITH page AS (SELECT id FROM job) SELECT * FROM page")
    assert not changes_readable_data('INSERT INTO "rate_limit_counter" ("key") VALUES (?)')
    assert not changes_readable_data('UPDATE "outbox_mail" SET "attempts" = 1')


async def test_the_response_cache_can_be_turned_off(gql, settings: Settings):
    world = await jobs_world()
    use_settings(settings.with_changes(response_cache=False))
    await read(gql, JOBS_QUERY, world.owner.token)
    _, statements, cached = await read_counted(gql, JOBS_QUERY, world.owner.token)
    assert not cached and statements >= 3


async def test_kept_answers_are_bounded_by_count_bytes_and_time(gql, settings: Settings):
    world = await make_firm()
    token = world.owner.token
    query = "query($id: ID!) { clientAccount(id: $id) { name } }"
    accounts = [{"id": str(world.accounts[name])} for name in ("alpha", "beta")]
    use_settings(settings.with_changes(response_cache_entries=1))
    for variables in (*accounts, accounts[0]):
        _, _, cached = await read_counted(gql, query, token, variables)
        assert not cached  # one answer kept: each read pushed the other out
    _, _, cached = await read_counted(gql, query, token, accounts[0])
    assert cached

    use_settings(settings.with_changes(response_cache_bytes=1024))
    await read(gql, JOBS_QUERY, token)  # ~300 bytes of overhead + the answer > 1024 / 4
    _, _, cached = await read_counted(gql, JOBS_QUERY, token)
    assert not cached

    use_settings(settings.with_changes(response_cache_seconds=0.2))
    await read(gql, query, token, accounts[1])
    await asyncio.sleep(0.3)
    _, _, cached = await read_counted(gql, query, token, accounts[1])
    assert not cached


@pytest.mark.parametrize("operation", ["A", "B"])
async def test_each_operation_of_a_document_is_kept_on_its_own(gql, operation: str):
    world = await make_firm()
    document = "query A { viewer { name } } query B { firm { name } }"
    for name in ("A", "B", operation):
        result = await gql.http.post(
            "/graphql",
            json={"query": document, "operationName": name},
            headers={"Authorization": f"Bearer {world.owner.token}"},
        )
        assert ("viewer" if name == "A" else "firm") in result.json()["data"]


def test_the_cache_settings_come_from_the_environment():
    default = load_settings({})
    assert default.response_cache is True
    assert (default.response_cache_entries, default.response_cache_bytes) == (10_000, 64 << 20)
    assert default.response_cache_seconds == 30
    chosen = load_settings(
        {
            "FIRMFLOW_RESPONSE_CACHE": "off",
            "FIRMFLOW_RESPONSE_CACHE_ENTRIES": "50",
            "FIRMFLOW_RESPONSE_CACHE_BYTES": "4096",
            "FIRMFLOW_RESPONSE_CACHE_SECONDS": "2.5",
        }
    )
    assert (chosen.response_cache, chosen.response_cache_entries) == (False, 50)
    assert (chosen.response_cache_bytes, chosen.response_cache_seconds) == (4096, 2.5)
    with pytest.raises(SettingsError, match="FIRMFLOW_RESPONSE_CACHE_SECONDS"):
        load_settings({"FIRMFLOW_RESPONSE_CACHE_SECONDS": "soon"})
