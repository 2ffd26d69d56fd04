"""Events are ordered per firm: consecutive numbers within a firm, allocated just before the
recording transaction commits; firms never wait for each other, and a transaction that
records no event waits for nobody. The hub delivers a firm's events in order, exactly once,
reading from the store what its broadcast copy missed."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from tortoise import connections

from eventstore.store import add_sink, remove_sink
from models import ClientFacingStatus, Event, EventCounter
from resolvers.client_facing import record_job_status_event
from resolvers.errors import InvalidState
from resolvers.uow import atomic, before_commit
from subscriptions.broadcast import publish_committed
from subscriptions.hub import current_hub
from subscriptions.retention import prune_events
from tests.support import PASSWORD, error_code, make_firm
from tests.support_realtime import make_job, record_job_status

SET_VISIBLE = """mutation($job: ID!, $input: ClientFacingInput!) {
  updateJobClientFacing(jobId: $job, input: $input) { id } }"""
LOGIN = """mutation($email: String!, $password: String!) {
  login(email: $email, password: $password) { token } }"""


async def _firm_seqs(firm_id: int) -> list[int]:
    return list(await Event.filter(firm_id=firm_id).order_by("id").values_list("seq", flat=True))


async def test_each_firm_numbers_its_own_events_one_by_one(gql):
    acme, globex = await make_firm("Acme Tax"), await make_firm("Globex Books")
    acme_job = await make_job(acme.firm_id, acme.accounts["alpha"])
    globex_job = await make_job(globex.firm_id, globex.accounts["alpha"])
    for visible in (True, False, True):
        await record_job_status(acme_job, visible=visible)
        await record_job_status(globex_job, visible=visible)
    await record_job_status(acme_job, visible=False)
    assert await _firm_seqs(acme.firm_id) == [1, 2, 3, 4]
    assert await _firm_seqs(globex.firm_id) == [1, 2, 3]
    counters = dict(await EventCounter.all().values_list("firm_id", "last_seq"))
    assert counters == {acme.firm_id: 4, globex.firm_id: 3}


async def test_a_rolled_back_change_gives_its_numbers_back():
    world = await make_firm()
    job = await make_job(world.firm_id, world.accounts["alpha"])
    await record_job_status(job, visible=True)

    class Refused(Exception):
        pass

    with contextlib.suppress(Refused):
        async with atomic():
            await record_job_status_event(job, "MANUAL", was_in_portal=False)
            raise Refused
    assert await record_job_status(job, visible=False) == 2
    assert await _firm_seqs(world.firm_id) == [1, 2]


async def test_a_firm_waits_only_for_its_own_event_writers(gql, settings):
    """Firm A's recording transaction holds A's counter (kept open by a before-commit hook
    registered after the event store's); meanwhile a mutation of firm B commits and a
    sign-in in firm A answers, while a mutation of firm A waits until A's transaction ends."""
    if settings.dialect != "postgres":
        pytest.skip(
            "SQLite runs one transaction at a time per process; the PostgreSQL suite runs this"
        )
    acme, globex = await make_firm("Acme Tax"), await make_firm("Globex Books")
    acme_job = await make_job(acme.firm_id, acme.accounts["alpha"])
    globex_job = await make_job(globex.firm_id, globex.accounts["alpha"])
    acme_status = await ClientFacingStatus.get(firm_id=acme.firm_id, name="In review")
    globex_status = await ClientFacingStatus.get(firm_id=globex.firm_id, name="In review")
    holding, release = asyncio.Event(), asyncio.Event()

    async def hold(_conn: object) -> None:
        holding.set()
        await release.wait()

    async def acme_transaction_held_open() -> None:
        async with atomic():
            await record_job_status_event(acme_job, "MANUAL", was_in_portal=False)
            before_commit(hold)  # runs after the store numbered the event: A is locked

    def show(job_id: int, status_id: int) -> dict[str, object]:
        return {"job": str(job_id), "input": {"visible": True, "statusId": str(status_id)}}

    holder = asyncio.create_task(acme_transaction_held_open())
    await asyncio.wait_for(holding.wait(), 10)
    try:
        globex_result = await asyncio.wait_for(
            gql(SET_VISIBLE, show(globex_job.id, globex_status.id), token=globex.owner.token), 10
        )
        assert error_code(globex_result) is None, globex_result
        login = await asyncio.wait_for(
            gql(LOGIN, {"email": acme.owner.email, "password": PASSWORD}), 10
        )
        assert login["data"]["login"]["token"]

        acme_mutation = asyncio.create_task(
            gql(SET_VISIBLE, show(acme_job.id, acme_status.id), token=acme.owner.token)
        )
        conn = connections.get("default")
        waiting = 0
        for _ in range(1000):  # until PostgreSQL reports a backend waiting for a lock
            rows = await conn.execute_query_dict(
                "SELECT count(*) AS waiting FROM pg_stat_activity "
                "WHERE datname = current_database() AND wait_event_type = 'Lock'"
            )
            waiting = rows[0]["waiting"]
            if waiting or acme_mutation.done():
                break
            await asyncio.sleep(0.01)
        assert waiting == 1 and not acme_mutation.done()
    finally:
        release.set()
        await holder
    acme_result = await asyncio.wait_for(acme_mutation, 10)
    assert error_code(acme_result) is None, acme_result
    # Commit order: the held transaction's event is 1, the waiting mutation's come after
    # (its job event, then its client's inbox notifications), with no gap in either firm.
    acme_seqs, globex_seqs = await _firm_seqs(acme.firm_id), await _firm_seqs(globex.firm_id)
    assert acme_seqs == list(range(1, len(acme_seqs) + 1)) and len(acme_seqs) >= 2
    assert (await Event.get(firm_id=acme.firm_id, seq=1)).payload["visible"] is False
    assert globex_seqs == list(range(1, len(globex_seqs) + 1)) and globex_seqs


@contextlib.contextmanager
def _broadcast_lost() -> Iterator[None]:
    """Committed events reach neither the publisher nor the local hub (a lost message)."""
    hub = current_hub()
    remove_sink(hub.accept)
    remove_sink(publish_committed)
    try:
        yield
    finally:
        add_sink(publish_committed)
        add_sink(hub.accept)


async def test_the_hub_reads_missed_events_from_the_store_in_order_exactly_once(app):
    world = await make_firm()
    job = await make_job(world.firm_id, world.accounts["alpha"])
    hub = current_hub()
    async with hub.subscribe(world.firm_id, ["job"]) as inbox:
        first = await record_job_status(job, visible=True)
        with _broadcast_lost():
            lost = [await record_job_status(job, visible=v) for v in (False, True, False)]
        last = await record_job_status(job, visible=True)  # its arrival shows the gap
        got = [(await asyncio.wait_for(inbox.get(), 5)).seq for _ in range(5)]
        assert got == [first, *lost, last]
        await hub.idle()
        assert not inbox.queue  # nothing twice

        with _broadcast_lost():  # no later event: the catch-up notices the loss
            quiet = await record_job_status(job, visible=False)
        hub.resync()
        assert (await asyncio.wait_for(inbox.get(), 5)).seq == quiet
        await hub.idle()
        assert not inbox.queue


async def test_a_subscriber_whose_missed_events_were_pruned_is_told_to_reload(app):
    world = await make_firm()
    job = await make_job(world.firm_id, world.accounts["alpha"])
    hub = current_hub()
    async with hub.subscribe(world.firm_id, ["job"]) as inbox:
        await hub.idle()  # its registration's look at the counter is done
        with _broadcast_lost():
            lost = [await record_job_status(job, visible=v) for v in (True, False)]
        # Retention deletes them before the hub learns that it missed them.
        await Event.filter(firm_id=world.firm_id, seq__in=lost).update(
            at=datetime.now(UTC) - timedelta(days=400)
        )
        assert await prune_events() == 2
        await record_job_status(job, visible=True)  # its arrival shows the gap
        with pytest.raises(InvalidState, match="reload"):
            await asyncio.wait_for(inbox.get(), 5)
