"""`schema.events.SharedEventExecution` runs a subscription event's selection set once per
(event, document, variables) and hands every subscriber the same result. It subclasses
strawberry's `StrawberryGraphQLCoreExecutionContext` (passed as the public
`execution_context_class` of the schema, but the class itself is strawberry's own), so
strawberry is pinned to one version in pyproject.toml and this test holds the behaviour the
subclass relies on: `execute_operation` is called per event with the event as root value."""

from __future__ import annotations

import asyncio

from firmflow.context import Context
from schema import build_schema
from subscriptions.hub import current_hub
from tests.support import make_firm
from tests.support_realtime import make_job, record_job_status

SEQ_ONLY = "subscription { jobStatusEvents { seq } }"
WITH_ITEM = "subscription { jobStatusEvents { seq visible item { status } } }"


async def test_subscribers_with_one_document_share_one_execution_of_each_event(app):
    schema = build_schema()
    world = await make_firm()
    job = await make_job(world.firm_id, world.accounts["alpha"])
    hub = current_hub()
    before = hub.registrations
    streams = []
    for document, person in (
        (SEQ_ONLY, world.owner),
        (SEQ_ONLY, world.admin),
        (WITH_ITEM, world.owner),
    ):
        context = Context()
        context.viewer = person.viewer
        streams.append(await schema.subscribe(document, context_value=context))
    waiting = [asyncio.ensure_future(anext(stream)) for stream in streams]
    for _ in range(2000):  # until all three are registered with the hub
        if hub.registrations >= before + 3:
            break
        await asyncio.sleep(0.005)

    seq = await record_job_status(job, visible=True, status="In review")
    owner_seq, admin_seq, owner_item = await asyncio.wait_for(asyncio.gather(*waiting), 5)
    assert owner_seq.data == {"jobStatusEvents": {"seq": str(seq)}}
    assert owner_seq.data is admin_seq.data  # executed once, shared
    assert owner_item.data is not owner_seq.data
    assert owner_item.data == {
        "jobStatusEvents": {"seq": str(seq), "visible": True, "item": {"status": "In review"}}
    }
    for stream in streams:
        await stream.aclose()
