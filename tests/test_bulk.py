"""Bulk client-facing edits: the same settings on many jobs, all or nothing, in a bounded
number of SQL statements, with the same history rows and events as one-by-one edits."""

import asyncio
import contextlib
import json
import time
from collections.abc import Iterator

import asyncpg
import pytest

from eventstore.bulk_sql import SimilarJson, in_slices, meanwhile
from eventstore.records import events_of_message
from models import ClientStatusChange, Event, Job
from resolvers import jobs
from subscriptions.broadcast import PUBLISH_BATCH, current_broadcast, published
from subscriptions.hub import current_hub
from tests.support import error_code, make_firm
from tests.support_jobs import (
    BULK,
    StatementCounter,
    count_statements,
    many_jobs,
    new_job,
    plain_pipeline,
    tax_pipeline,
)
from tests.support_realtime import record_job_status


@contextlib.contextmanager
def count_statements_and_copies() -> Iterator[StatementCounter]:
    """`count_statements`, plus each binary COPY (asyncpg's `copy_records_to_table`, which
    bypasses Tortoise) counted as one statement."""
    original = asyncpg.Connection.copy_records_to_table

    with count_statements() as counter:

        async def counted(self, table_name, *args, **kwargs):
            counter.count += 1
            counter.statements.append(f'COPY "{table_name}" ({len(kwargs["records"])} rows)')
            started = time.perf_counter()
            try:
                return await original(self, table_name, *args, **kwargs)
            finally:
                counter.seconds.append(time.perf_counter() - started)

        asyncpg.Connection.copy_records_to_table = counted
        try:
            yield counter
        finally:
            asyncpg.Connection.copy_records_to_table = original


async def _setup(world, count=3):
    plain = await plain_pipeline(world.owner.viewer)
    ids = [
        await new_job(world.owner.viewer, world.accounts["alpha"], plain, name=f"Return {i}")
        for i in range(count)
    ]
    return plain, ids


async def test_bulk_show_with_a_status_on_many_jobs(gql):
    world = await make_firm()
    plain, ids = await _setup(world)
    ids.reverse()  # the result lists the jobs in the order given
    preparing = plain.statuses["Preparing"]
    result = await gql(
        BULK,
        {
            "ids": [str(i) for i in ids],
            "input": {
                "visibility": "SHOW",
                "statusId": str(preparing.id),
                "jobName": "Your return",
            },
        },
        token=world.employee.token,
    )
    data = result["data"]["bulkUpdateClientFacing"]
    assert data["updatedCount"] == 3
    assert [j["id"] for j in data["jobs"]] == [str(i) for i in ids]
    for job in data["jobs"]:
        assert job["clientFacing"] == {
            "visible": True,
            "jobName": "Your return",
            "description": preparing.description,
            "status": {"id": str(preparing.id), "name": "Preparing"},
        }
    changes = await ClientStatusChange.filter(job_id__in=ids)
    assert len(changes) == 3
    assert all(c.source == "BULK" and c.actor_id == world.employee.id for c in changes)
    assert all(
        c.before["visible"] is False and c.after["statusName"] == "Preparing" for c in changes
    )
    events = await Event.filter(topic="job", job_id__in=ids)
    assert len(events) == 3
    assert all(e.payload["source"] == "BULK" and e.payload["visible"] for e in events)
    assert {e.payload["item"]["jobName"] for e in events} == {"Your return"}
    wip = await gql("{ workInProgress { jobId } }", token=world.clients["alpha"].token)
    assert len(wip["data"]["workInProgress"]) == 3


async def test_bulk_hide_and_show_keep_each_jobs_own_status_and_description(gql):
    world = await make_firm()
    tax = await tax_pipeline(world.owner.viewer)
    first = await new_job(world.owner.viewer, world.accounts["alpha"], tax)
    second = await new_job(world.owner.viewer, world.accounts["alpha"], tax, stage_id=tax.stages[1])
    ids = [str(first), str(second)]
    hidden = await gql(BULK, {"ids": ids, "input": {"visibility": "HIDE"}}, token=world.owner.token)
    assert hidden["data"]["bulkUpdateClientFacing"]["updatedCount"] == 2
    shown = await gql(BULK, {"ids": ids, "input": {"visibility": "SHOW"}}, token=world.owner.token)
    states = [j["clientFacing"] for j in shown["data"]["bulkUpdateClientFacing"]["jobs"]]
    assert [s["status"]["name"] for s in states] == ["Waiting for docs", "Preparing"]
    assert states[1]["description"] == "We are preparing your 2025 return."
    # Already shown: nothing changes, nothing recorded.
    again = await gql(BULK, {"ids": ids, "input": {"visibility": "SHOW"}}, token=world.owner.token)
    assert again["data"]["bulkUpdateClientFacing"]["updatedCount"] == 0


async def test_bulk_with_a_status_keeps_a_custom_description_where_the_status_is_unchanged(gql):
    world = await make_firm()
    tax = await tax_pipeline(world.owner.viewer)
    same = await new_job(world.owner.viewer, world.accounts["alpha"], tax)
    await jobs.update_job_client_facing(
        viewer=world.owner.viewer,
        job_id=same,
        change=jobs.ClientFacingChange(description="Custom text."),
    )
    other = await new_job(world.owner.viewer, world.accounts["alpha"], tax, stage_id=tax.stages[1])
    waiting = tax.statuses["Waiting for docs"]
    result = await gql(
        BULK,
        {
            "ids": [str(same), str(other)],
            "input": {"visibility": "SHOW", "statusId": str(waiting.id)},
        },
        token=world.owner.token,
    )
    data = result["data"]["bulkUpdateClientFacing"]
    assert data["updatedCount"] == 1
    descriptions = [j["clientFacing"]["description"] for j in data["jobs"]]
    assert descriptions == ["Custom text.", waiting.description]


async def test_bulk_is_all_or_nothing(gql):
    world = await make_firm()
    plain, ids = await _setup(world)
    beta_job = await new_job(world.owner.viewer, world.accounts["beta"], plain)
    preparing = str(plain.statuses["Preparing"].id)
    show = {"visibility": "SHOW", "statusId": preparing}

    empty = await gql(BULK, {"ids": [], "input": show}, token=world.owner.token)
    assert error_code(empty) == "BAD_INPUT"
    unknown = await gql(
        BULK, {"ids": [str(ids[0]), "999999"], "input": show}, token=world.owner.token
    )
    assert error_code(unknown) == "NOT_FOUND"
    # The employee is not on beta's team: one inaccessible job refuses the whole edit.
    mixed = [str(i) for i in [*ids, beta_job]]
    assert error_code(
        await gql(BULK, {"ids": mixed, "input": show}, token=world.employee.token)
    ) == ("NOT_FOUND")
    no_status = await gql(
        BULK,
        {"ids": [str(i) for i in ids], "input": {"visibility": "SHOW"}},
        token=world.owner.token,
    )
    assert error_code(no_status) == "BAD_INPUT"
    bad_status = {"visibility": "SHOW", "statusId": "999999"}
    result = await gql(BULK, {"ids": [str(ids[0])], "input": bad_status}, token=world.owner.token)
    assert error_code(result) == "BAD_INPUT"
    too_long = {"visibility": "HIDE", "jobName": "x" * 201}
    result = await gql(BULK, {"ids": [str(ids[0])], "input": too_long}, token=world.owner.token)
    assert error_code(result) == "BAD_INPUT"
    client = await gql(
        BULK, {"ids": [str(ids[0])], "input": show}, token=world.clients["alpha"].token
    )
    assert error_code(client) == "FORBIDDEN"
    assert error_code(await gql(BULK, {"ids": [str(ids[0])], "input": show})) == "UNAUTHENTICATED"

    assert not await ClientStatusChange.filter(job_id__in=[*ids, beta_job]).exists()
    assert not await Event.filter(topic="job").exists()
    assert await Job.filter(id__in=ids, cf_visible=True).count() == 0


async def test_bulk_on_a_partly_statusless_selection_refuses_show_without_status(gql):
    world = await make_firm()
    tax = await tax_pipeline(world.owner.viewer)
    with_status = await new_job(world.owner.viewer, world.accounts["alpha"], tax)
    without = await new_job(
        world.owner.viewer, world.accounts["alpha"], tax, apply_stage_automation=False
    )
    await jobs.bulk_update_client_facing(
        viewer=world.owner.viewer,
        job_ids=[with_status],
        show=False,
        change=jobs.ClientFacingChange(),
    )
    result = await gql(
        BULK,
        {"ids": [str(with_status), str(without)], "input": {"visibility": "SHOW"}},
        token=world.owner.token,
    )
    assert error_code(result) == "BAD_INPUT"
    assert not (await Job.get(id=with_status)).cf_visible


async def test_bulk_statement_count_does_not_grow_with_the_number_of_jobs():
    world = await make_firm()
    plain = await plain_pipeline(world.owner.viewer)
    status = plain.statuses["In progress"]
    counts = {}
    for count in (10, 300):
        ids = await many_jobs(
            world.firm_id, world.accounts["alpha"], plain, count, prefix=f"Batch {count}"
        )
        with count_statements_and_copies() as counter:
            changed, _ = await jobs.bulk_update_client_facing(
                viewer=world.employee.viewer,
                job_ids=list(ids),
                show=True,
                change=jobs.ClientFacingChange(status_id=status.id),
            )
        assert changed == count
        counts[count] = counter.count
        assert await ClientStatusChange.filter(job_id__in=list(ids)).count() == count
        assert await Event.filter(topic="job", job_id__in=list(ids)).count() == count
    assert counts[10] == counts[300], counts


def test_similar_json_is_exactly_json_dumps():
    encode = SimilarJson("jobName")
    values = [
        {"visible": True, "jobName": 'Ünï "q"\n', "statusPosition": 1},
        {"visible": True, "jobName": "b", "statusPosition": True},
        {"visible": 1, "jobName": "c", "statusPosition": 1.0},
        {"visible": True, "jobName": "d", "statusPosition": 1},
        {"jobName": None, "x": [1]},
        {"jobName": "e", "x": [1]},
        {"jobName": "f", "x": "\x00firmflow-hole\x00"},
    ]
    for value in values * 2:
        assert encode(value) == json.dumps(value, separators=(",", ":"))


async def test_bulk_history_and_events_match_the_single_job_path():
    world = await make_firm()
    plain, (single, bulk) = await _setup(world, count=2)
    preparing = plain.statuses["Preparing"]
    change = jobs.ClientFacingChange(status_id=preparing.id, job_name="Your return")
    await jobs.update_job_client_facing(
        viewer=world.owner.viewer,
        job_id=single,
        change=jobs.ClientFacingChange(
            visible=True, status_id=preparing.id, job_name="Your return"
        ),
    )
    await jobs.bulk_update_client_facing(
        viewer=world.owner.viewer, job_ids=[bulk], show=True, change=change
    )
    one, many = [await ClientStatusChange.get(job_id=i) for i in (single, bulk)]
    for entry in (one, many):
        assert entry.after["updatedAt"] == entry.at.isoformat()
    assert one.before == {**many.before, "jobName": one.before["jobName"]}
    assert one.after == {**many.after, "updatedAt": one.after["updatedAt"]}
    first, second = [await Event.get(topic="job", job_id=i) for i in (single, bulk)]
    assert second.client_visible and first.client_visible
    assert second.payload["source"] == "BULK"
    ids = {"jobId": str(bulk)}
    item = {**first.payload["item"], **ids, "updatedAt": second.payload["item"]["updatedAt"]}
    assert second.payload == {**first.payload, **ids, "item": item, "source": "BULK"}


async def test_meanwhile_waits_for_the_statement_and_raises_its_error_first():
    """The statement can only end after the block has (it waits for the block's signal), so
    leaving `meanwhile` with the statement done proves that it waited; no clock decides."""
    order = []

    async def statement(block_done: asyncio.Event, fail: bool) -> None:
        await block_done.wait()
        order.append("statement")
        if fail:
            raise RuntimeError("statement failed")

    done = asyncio.Event()
    async with meanwhile(statement(done, False)):
        assert await in_slices(list(range(1201)), lambda i: i * 2) == [i * 2 for i in range(1201)]
        order.append("block")
        done.set()
    assert order == ["block", "statement"]

    done = asyncio.Event()
    with pytest.raises(RuntimeError, match="statement failed"):
        async with meanwhile(statement(done, True)):
            done.set()
            raise ValueError("the block failed because the statement did")
    done = asyncio.Event()
    with pytest.raises(ValueError, match="block"):
        async with meanwhile(statement(done, False)):
            done.set()
            raise ValueError("block")
    assert order == ["block", "statement", "statement", "statement"]


async def test_a_bulk_edit_reaches_subscribers_in_seq_order_in_a_few_broadcast_messages(app):
    """600 events go out as 2 messages of up to PUBLISH_BATCH events, not 600, and every
    one of them reaches the hub's subscribers with its stored seq, in order."""
    world = await make_firm()
    plain = await plain_pipeline(world.owner.viewer)
    count = PUBLISH_BATCH + 100
    *ids, last = await many_jobs(world.firm_id, world.accounts["alpha"], plain, count + 1)
    broadcast = current_broadcast()
    await published()  # nothing of earlier work is still on its way
    wanted = set(ids)
    messages: list[str] = []

    async def listen(subscriber) -> None:
        """Every message with events of the bulk edit, up to the marker event recorded
        after it (the firm's events go out in order, so the marker comes last)."""
        async for message in subscriber:
            events = events_of_message(message.message)
            if any(event.job_id in wanted for event in events):
                messages.append(message.message)
            if any(event.job_id == last for event in events):
                return

    async with broadcast.subscribe(app.state.settings.broadcast_channel) as raw:
        listener = asyncio.create_task(listen(raw))
        async with current_hub().subscribe(world.firm_id, ["job"]) as inbox:
            await jobs.bulk_update_client_facing(
                viewer=world.owner.viewer,
                job_ids=ids,
                show=True,
                change=jobs.ClientFacingChange(status_id=plain.statuses["Preparing"].id),
            )
            await record_job_status(await Job.get(id=last), visible=False)  # the marker
            await published()
            received = []
            while len(received) < count:
                event = await asyncio.wait_for(inbox.get(), 5)
                if event.job_id in wanted:
                    received.append(event)
        await asyncio.wait_for(listener, 10)
    stored = await Event.filter(topic="job", job_id__in=ids).order_by("seq")
    assert [(e.seq, e.job_id) for e in received] == [(e.seq, e.job_id) for e in stored]
    assert [e.payload for e in received] == [e.payload for e in stored]
    assert [e.client_visible for e in received] == [e.client_visible for e in stored]
    assert len(messages) == 2
